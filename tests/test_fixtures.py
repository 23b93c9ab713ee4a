"""Our own fixture notices, one or more per layout variant, each parse exactly as its expected file says."""

from __future__ import annotations

from pathlib import Path

import pytest

from fixtures_catalogue import expected_path, fixtures
from line_coverage import uncovered_lines
from lishan_plan import parse_file
from lishan_plan.exporters.tree import json_text, render_json, stream_json
from lishan_plan.model import Notice, node_data
from lishan_plan.read import read_input
from truth import compare

FIXTURES = fixtures()


@pytest.mark.parametrize("path", FIXTURES, ids=[path.name for path in FIXTURES])
def test_fixture_matches_expected(path: Path) -> None:
    assert compare(path, expected_path(path)) == []


@pytest.mark.parametrize("path", FIXTURES, ids=[path.name for path in FIXTURES])
def test_fixture_loses_nothing(path: Path) -> None:
    notice = parse_file(path)
    text = read_input(path.read_bytes(), path.name, path=str(path), encoding=None, input_format=None).text
    assert uncovered_lines(notice, text) == []


@pytest.mark.parametrize("path", FIXTURES, ids=[path.name for path in FIXTURES])
def test_streamed_json_is_the_json(path: Path) -> None:
    """`parse` writes JSON in pieces (a task at a time); joined, they are the JSON text itself."""
    notice = parse_file(path)
    pieces = list(stream_json(notice))
    assert "".join(pieces) == render_json(notice)
    assert len(pieces) > len(notice.all_tasks())  # in pieces indeed, not one text


@pytest.mark.parametrize("path", FIXTURES, ids=[path.name for path in FIXTURES])
def test_json_is_pydantics_json_of_the_validated_notice(path: Path) -> None:
    """The parser builds its nodes unvalidated and writes them without pydantic's serializer (the cold start).
    Loaded by pydantic, validated and written by pydantic, the JSON is the same text: every value the parser
    built has its field's type (an int in a float field would come back as 8.0), and no field is missing."""
    notice = parse_file(path)
    text = json_text(node_data(notice), indent=2)  # what `render_json` writes until pydantic's serializer is built
    assert Notice.model_validate_json(text).model_dump_json(indent=2) == text
    assert notice.model_dump_json(indent=2) == text  # and what it writes after


def test_enough_fixtures() -> None:
    assert len(FIXTURES) >= 15
