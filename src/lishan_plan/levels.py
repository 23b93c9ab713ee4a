"""Which numbering is the task level: 1. (most notices), （一） (FORMATS.md §4: 14, 22, 23, 24) or 一、 (44).

The task level is the marker whose items carry units: a unit line or a role bracket before the next
numbered line. Levels above it are section and subsection; markers below it are sub-items. The
builder sees the result as events (HEADING1, HEADING2, TASK, ITEM) rather than raw line kinds.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import StrEnum

from .brackets import read_bracket, trailing_bracket
from .classify import Document
from .patterns import LineKind


class Event(StrEnum):
    BLANK = "blank"
    NOISE = "noise"
    HEADING1 = "heading1"
    HEADING2 = "heading2"
    TASK = "task"
    ITEM = "item"
    TOPIC = "topic"
    FIELD = "field"
    TEXT = "text"
    DATE = "date"
    PUBLICATION = "publication"
    ATTACHMENT = "attachment"
    RECIPIENTS = "recipients"
    DOC_NUMBER = "doc-number"
    META = "meta"
    LETTERHEAD = "letterhead"
    IMPRINT = "imprint"
    REQUIREMENT = "requirement"
    TABLE = "table"


_DIRECT = {
    LineKind.BLANK: Event.BLANK,
    LineKind.PAGE_NUMBER: Event.NOISE,
    LineKind.TABLE_RULE: Event.NOISE,
    LineKind.CHROME: Event.NOISE,
    LineKind.TABLE_ROW: Event.TEXT,  # a row outside any recognised table is plain text
    LineKind.PUBLICATION: Event.PUBLICATION,
    LineKind.DOC_NUMBER: Event.DOC_NUMBER,
    LineKind.META: Event.META,
    LineKind.LETTERHEAD: Event.LETTERHEAD,
    LineKind.ATTACHMENT: Event.ATTACHMENT,
    LineKind.IMPRINT: Event.IMPRINT,
    LineKind.DATE: Event.DATE,
    LineKind.REQUIREMENT: Event.REQUIREMENT,
    LineKind.SUB_ITEM: Event.ITEM,
    LineKind.TOPIC: Event.TOPIC,
    LineKind.FIELD: Event.FIELD,
    LineKind.RECIPIENTS: Event.RECIPIENTS,
    LineKind.TEXT: Event.TEXT,
}
NUMBERED = (LineKind.SECTION, LineKind.SUBSECTION, LineKind.TASK)


@dataclass(frozen=True)
class Levels:
    """The structural event of each numbered line kind, and where units are attached."""

    numbered: dict[LineKind, Event]
    carriers: tuple[int, ...] = ()  # indices of lines that attach units: unit lines, role brackets
    positions: dict[LineKind, tuple[int, ...]] = field(default_factory=dict)  # numbered lines by kind

    def event_of(self, kind: LineKind) -> Event:
        return self.numbered.get(kind) or _DIRECT.get(kind, Event.TEXT)

    def units_follow(self, position: int, kind: LineKind) -> bool:
        """Whether units are attached after the line at `position` before the next line of `kind`."""
        carrier = bisect.bisect_left(self.carriers, position)
        if carrier == len(self.carriers):
            return False
        same = self.positions.get(kind, ())
        following = bisect.bisect_right(same, position)
        boundary = same[following] if following < len(same) else None
        return boundary is None or self.carriers[carrier] < boundary


def _carriers(doc: Document, skip: set[int]) -> list[int]:
    """Lines that attach units: 牵头单位：… lines and lines ending in a role bracket."""
    found = []
    for index, line in enumerate(doc.lines):
        if index in skip:
            continue
        if line.kind is LineKind.FIELD:
            found.append(index)
            continue
        text = doc.mapped(line.body)
        bracket = trailing_bracket(text)
        if bracket and read_bracket(text.slice(bracket[0] + 1, bracket[1])) is not None:
            found.append(index)
    return found


def infer_levels(doc: Document, table_lines: set[int]) -> Levels:
    """Decide the task level from where units are attached (lines inside tables are left out)."""
    carriers = _carriers(doc, table_lines)
    positions = [index for index, line in enumerate(doc.lines) if line.kind in NUMBERED and index not in table_lines]
    carried: dict[LineKind, list[bool]] = {kind: [] for kind in NUMBERED}
    for order, index in enumerate(positions):
        end = positions[order + 1] if order + 1 < len(positions) else len(doc.lines)
        first = bisect.bisect_left(carriers, index)
        carried[doc.lines[index].kind].append(first < len(carriers) and carriers[first] < end)
    ratio = {kind: (sum(flags) / len(flags) if flags else -1.0) for kind, flags in carried.items()}
    present = [kind for kind in NUMBERED if ratio[kind] >= 0]
    carrying = [kind for kind in present if ratio[kind] > 0]
    preference = {LineKind.TASK: 0, LineKind.SUBSECTION: 1, LineKind.SECTION: 2}
    # Nothing carries units (tasks in tables, or no plan at all): the usual 一、 / （一） / 1. levels.
    task_kind = max(carrying, key=lambda kind: (ratio[kind], -preference[kind])) if carrying else LineKind.TASK
    numbered = {task_kind: Event.TASK}
    above = [kind for kind in (LineKind.SECTION, LineKind.SUBSECTION) if preference[kind] > preference[task_kind]]
    for kind, event in zip(above, (Event.HEADING1, Event.HEADING2), strict=False):
        numbered[kind] = event
    for kind in NUMBERED:
        numbered.setdefault(kind, Event.ITEM)
    by_kind = {kind: tuple(index for index in positions if doc.lines[index].kind is kind) for kind in NUMBERED}
    return Levels(numbered, tuple(carriers), by_kind)
