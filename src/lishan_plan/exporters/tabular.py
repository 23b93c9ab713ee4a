"""Flat exports, one record per task: CSV for spreadsheets and JSON Lines for pipelines.

CSV columns are an explicit spec (the public contract); unit names are joined by ；, which never
occurs inside a name. Cells that a spreadsheet would evaluate (= + - @, tab, carriage return at the
start) are neutralised with a leading apostrophe, as OWASP recommends, unless `sanitize` is off.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator

from ..model import Notice, Section, Subsection, Task, Unit, node_data
from ..output import neutralise
from .tree import node_json

UNIT_JOINER = "；"


def _names(units: list[Unit]) -> str:
    return UNIT_JOINER.join(unit.name for unit in units)


def _canonical(units: list[Unit]) -> str:
    return UNIT_JOINER.join(unit.canonical for unit in units)


Row = tuple[Section | None, Subsection | None, Task]

CSV_COLUMNS: tuple[tuple[str, Callable[[Row], object]], ...] = (
    ("id", lambda row: row[2].id),
    ("section_label", lambda row: row[0].label if row[0] else ""),
    ("section_title", lambda row: row[0].title if row[0] else ""),
    ("subsection_label", lambda row: row[1].label if row[1] else ""),
    ("subsection_title", lambda row: row[1].title if row[1] else ""),
    ("number", lambda row: "" if row[2].number is None else row[2].number),  # empty for a paragraph task
    ("text", lambda row: row[2].text),
    ("lead_units", lambda row: _names(row[2].lead_units)),
    ("responsible_units", lambda row: _names(row[2].responsible_units)),
    ("cooperating_units", lambda row: _names(row[2].cooperating_units)),
    ("leaders", lambda row: UNIT_JOINER.join(leader.name for leader in row[2].leaders)),
    ("deadline", lambda row: row[2].deadline.raw if row[2].deadline else ""),
    ("start_line", lambda row: row[2].span.start_line),
    # 1.1: added at the end, so consumers that read columns by position are not broken
    ("lead_canonical", lambda row: _canonical(row[2].lead_units)),
    ("responsible_canonical", lambda row: _canonical(row[2].responsible_units)),
    ("cooperating_canonical", lambda row: _canonical(row[2].cooperating_units)),
    ("targets", lambda row: UNIT_JOINER.join(target.raw for target in row[2].targets)),
)


def task_rows(notice: Notice) -> Iterator[Row]:
    """Every task with its section and subsection, in printed order."""
    rows: list[Row] = [(None, None, task) for task in notice.tasks]
    for section in notice.sections:
        rows += [(section, None, task) for task in section.tasks]
        for subsection in section.subsections:
            rows += [(section, subsection, task) for task in subsection.tasks]
    yield from sorted(rows, key=lambda row: row[2].span.start)


def render_csv(notice: Notice, *, excel: bool = False, sanitize: bool = True) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(name for name, _ in CSV_COLUMNS)
    for row in task_rows(notice):
        cells = [str(value(row)) for _, value in CSV_COLUMNS]
        writer.writerow(neutralise(cell) if sanitize else cell for cell in cells)
    return ("\ufeff" if excel else "") + buffer.getvalue()


def _placement(notice: Notice, section: Section | None, subsection: Subsection | None) -> dict[str, object]:
    return {
        "notice": notice.source.path,
        "section_label": section.label if section else None,
        "section_title": section.title if section else None,
        "subsection_label": subsection.label if subsection else None,
        "subsection_title": subsection.title if subsection else None,
    }


def jsonl_records(notice: Notice) -> Iterator[dict[str, object]]:
    """Each task as a record: its fields, then the notice's path and the task's section and subsection."""
    for section, subsection, task in task_rows(notice):
        yield {**node_data(task), **_placement(notice, section, subsection)}


def render_jsonl(notice: Notice) -> str:
    """One compact JSON object per line (the same keys as `jsonl_records`): the task's own JSON with the
    placement keys spliced in before its closing brace."""
    lines = []
    for section, subsection, task in task_rows(notice):
        placement = json.dumps(_placement(notice, section, subsection), ensure_ascii=False, separators=(",", ":"))
        lines.append(node_json(task)[:-1] + "," + placement[1:] + "\n")
    return "".join(lines)
