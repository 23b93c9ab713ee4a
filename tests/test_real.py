"""The real published excerpts of ../shared/real parse as their hand truth says, scored as
../shared/tools/score.py scores them (tasks after the excerpt's cut are ignored)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import shared_folder
from line_coverage import uncovered_lines
from lishan_plan import parse_file
from lishan_plan.read import read_input
from real_truth import problems

REAL = shared_folder("real")
EXCERPTS = sorted(REAL.glob("*.txt")) if REAL.is_dir() else []


@pytest.mark.parametrize("path", EXCERPTS, ids=[path.stem for path in EXCERPTS])
def test_real_excerpt_matches_truth(path: Path) -> None:
    assert problems(path, path.with_name(path.stem + ".truth.json")) == []


@pytest.mark.parametrize("path", EXCERPTS, ids=[path.stem for path in EXCERPTS])
def test_real_excerpt_loses_nothing(path: Path) -> None:
    text = read_input(path.read_bytes(), path.name, path=str(path), encoding=None, input_format=None).text
    assert uncovered_lines(parse_file(path), text) == []


def test_real_excerpts_are_there() -> None:
    assert len(EXCERPTS) >= 29
