"""Properties every parse must have, shared by the hypothesis tests and the fuzz target."""

from __future__ import annotations

from typing import Any

from line_coverage import uncovered_lines
from lishan_plan import Notice
from lishan_plan.exporters import EXPORTERS, ExportOptions
from lishan_plan.spans import LineIndex


def spans_of(node: Any) -> list[dict[str, int]]:
    """Every span in a dumped model."""
    found: list[dict[str, int]] = []
    if isinstance(node, dict):
        if set(node) == {"start_line", "end_line", "start", "end"}:
            return [node]
        for value in node.values():
            found += spans_of(value)
    elif isinstance(node, list):
        for value in node:
            found += spans_of(value)
    return found


def check_notice(notice: Notice, text: str) -> None:
    """Nothing lost, spans inside the text, and a JSON round trip."""
    assert uncovered_lines(notice, text) == []
    index = LineIndex(text)
    lines = max(index.line_count, 1)
    for span in spans_of(notice.model_dump(mode="json")):
        assert 0 <= span["start"] <= span["end"] <= len(text), span
        assert 1 <= span["start_line"] <= span["end_line"] <= lines, span
    rendered = EXPORTERS["json"].render(notice, ExportOptions())
    assert Notice.model_validate_json(rendered) == notice
    for exporter in EXPORTERS.values():
        exporter.render(notice, ExportOptions())
