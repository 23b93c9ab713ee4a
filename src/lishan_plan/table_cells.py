"""Cells of table rows: columns apart by runs of spaces, and where the cells of a short row belong.

A one-cell-per-line copy can lose its empty cells entirely (FORMATS.md §3.D, 42), and a PDF text
layer separates columns only by spaces; these helpers place such cells in their columns.
"""

from __future__ import annotations

import regex

from .classify import Document, Line, Offsets
from .deadlines import is_deadline_phrase
from .normalize import compact
from .patterns import NAME_SEPARATOR, LineKind
from .spans import MappedText
from .units import ORGANISATION_END
from .vocabulary import Role


def fits(role: Role | None, text: str) -> bool:
    """Whether a cell's text can stand in a column of `role` (for rows whose empty cells vanished)."""
    compact_text = compact(text)
    if role is Role.NUMBER:
        return compact_text.isdecimal()
    if role is Role.DEADLINE:
        return is_deadline_phrase(compact_text)
    if role is Role.LEADER:
        names = [name for name in NAME_SEPARATOR.split(compact_text) if name]
        return bool(names) and all(len(name) <= 4 and not ORGANISATION_END.search(name) for name in names)
    if role in (Role.LEAD, Role.RESPONSIBLE, Role.COOPERATING):
        return not is_deadline_phrase(compact_text) and not fits(Role.LEADER, text)
    return True


def align(cells: list[MappedText], roles: list[Role | None]) -> list[MappedText]:
    """Place the cells of a short row in the columns they fit, in order, leaving the others empty."""
    placed: list[MappedText] = []
    remaining = list(cells)
    for position, role in enumerate(roles):
        if not remaining:
            break
        spare = (len(roles) - position) - len(remaining)  # columns that may still stay empty
        if spare > 0 and not fits(role, remaining[0].text):
            placed.append(MappedText())
            continue
        placed.append(remaining.pop(0))
    return placed + [MappedText()] * (len(roles) - len(placed))


# Columns of text copied from a PDF or a console stand apart by runs of two or more spaces.
COLUMN_GAP = regex.compile(r"\s{2,}")
# How far (display columns) a wrapped cell's text may stand from its column's start.
WRAP_TOLERANCE = 2


def segments(doc: Document, line: Line) -> tuple[Offsets, ...]:
    """The pieces of a line between runs of two or more spaces."""
    if line.row_style is not None or line.kind in (LineKind.BLANK, LineKind.TABLE_RULE, LineKind.PAGE_NUMBER):
        return ()
    start, end = line.body
    body = doc.norm[start:end]
    cells, cell_start = [], 0
    for gap in COLUMN_GAP.finditer(body):
        cells.append((start + cell_start, start + gap.start()))
        cell_start = gap.end()
    cells.append((start + cell_start, end))
    return tuple(cells)


def space_cells(doc: Document, line: Line) -> tuple[Offsets, ...] | None:
    """Cells of a line whose columns are separated by runs of spaces (at least two cells)."""
    cells = segments(doc, line)
    return cells if len(cells) >= 2 else None
