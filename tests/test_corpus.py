"""Every invented notice of ../shared/corpus parses exactly as its hand-checked truth says."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import shared_folder
from line_coverage import uncovered_lines
from lishan_plan import parse_file
from lishan_plan.read import read_input
from truth import compare, corpus_files

shared_folder("corpus")  # skips this module, with the reason, in a clone without ../shared
CORPUS = corpus_files()


@pytest.mark.parametrize("path", CORPUS, ids=[path.name for path in CORPUS])
def test_matches_truth(path: Path) -> None:
    assert compare(path) == []


@pytest.mark.parametrize("path", CORPUS, ids=[path.name for path in CORPUS])
def test_nothing_lost(path: Path) -> None:
    notice = parse_file(path)
    text = read_input(path.read_bytes(), path.name, path=str(path), encoding=None, input_format=None).text
    assert uncovered_lines(notice, text) == []
    for task in notice.all_tasks():
        for unit in task.lead_units + task.responsible_units + task.cooperating_units:
            printed = "".join(text[unit.span.start : unit.span.end].split())
            if "\n" not in text[unit.span.start : unit.span.end] and "|" not in printed and "│" not in printed:
                assert text[unit.span.start : unit.span.end] == unit.raw


def test_corpus_is_there() -> None:
    assert len(CORPUS) >= 12
