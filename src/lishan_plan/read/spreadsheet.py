"""Spreadsheets (.xlsx, the xlsx extra: openpyxl): every sheet that holds a task table, rendered as
lines the table recogniser reads (`| cell | cell |` rows), the title rows above it as plain lines.

A sheet holds a task table when one of its first rows names at least two known columns (序号, 工作任务,
牵头单位 …), one of them the task or a unit column; a workbook with no such sheet is refused with one
line, never guessed. Merged cells are spread over every row and column they cover (a 牵头单位 merged down
three rows leads all three), except a row merged across (a section row, 一、…) which stands once. Line
breaks inside a cell become <br> (they separate units as 、 does); numbers stored as numbers lose a
trailing .0 (序号 1.0 → 1); dates stored as dates are written 2024年6月30日.
"""

from __future__ import annotations

import datetime
import io
from typing import Any

from ..errors import InputError
from ..grammar.text import compact
from ..grammar.vocabulary import COLUMN_HEADERS, Role
from .archive import open_archive
from .rendering import cell_text, pipe_row
from .text import Decoded

# Rows searched for a header, at the most; title rows stand above it.
HEADER_SEARCH = 15
_TASK_OR_UNIT = {Role.TASK, Role.LEAD, Role.RESPONSIBLE, Role.COOPERATING}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime | datetime.date):
        return f"{value.year}年{value.month}月{value.day}日"
    return str(value)


def _grid(sheet: Any) -> list[list[str]]:
    """The sheet's values with merged cells spread; a range merged across a whole row stays in its first cell."""
    rows = [[_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    width = max((len(row) for row in rows), default=0)
    for cells in rows:
        cells += [""] * (width - len(cells))
    for merged in sheet.merged_cells.ranges:
        top, left = merged.min_row - 1, merged.min_col - 1
        if top >= len(rows) or left >= width:
            continue
        value = rows[top][left]
        across_whole_row = merged.min_row == merged.max_row and merged.max_col - merged.min_col + 1 >= width - 1
        for row_index in range(top, min(merged.max_row, len(rows))):
            for column in range(left, min(merged.max_col, width)):
                if not across_whole_row or (row_index, column) == (top, left):
                    rows[row_index][column] = value
    return rows


def _header_row(rows: list[list[str]]) -> int | None:
    for index, row in enumerate(rows[:HEADER_SEARCH]):
        roles = [COLUMN_HEADERS.get(compact(cell)) for cell in row if cell.strip()]
        known = [role for role in roles if role is not None]
        if len(known) >= 2 and _TASK_OR_UNIT & set(known):
            return index
    return None


def read_xlsx(data: bytes, name: str, encoding: str | None, max_bytes: int) -> Decoded:
    """The task tables of a workbook as text lines (needs openpyxl: pip install 'lishan-plan[xlsx]')."""
    try:
        import openpyxl
    except ImportError:
        raise InputError(f"{name}: reading .xlsx needs the xlsx extra: pip install 'lishan-plan[xlsx]'") from None
    open_archive(data, name, max_bytes, ".xlsx")
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as error:  # openpyxl raises KeyError, ValueError, zipfile errors … on broken files
        raise InputError(f"{name}: not a readable .xlsx file ({type(error).__name__})") from None
    lines: list[str] = []
    for sheet in workbook.worksheets:
        rows = _grid(sheet)
        header = _header_row(rows)
        if header is None:
            continue
        for row in rows[:header]:  # title rows: 附件 / the plan's title
            text = " ".join(cell for cell in dict.fromkeys(row) if cell)
            if text:
                lines.append(text)
        for row in rows[header:]:
            cells = [cell_text(part.strip() for part in cell.split("\n")) for cell in row]
            if any(cells):
                lines.append(pipe_row(cells))
        lines.append("")
    if not lines:
        sheets = "、".join(sheet.title for sheet in workbook.worksheets)
        raise InputError(
            f"{name}: no sheet holds a task table (a header row with 序号 / 工作任务 / 牵头单位 …): {sheets}"
        )
    return Decoded("\n".join(lines), "xlsx")
