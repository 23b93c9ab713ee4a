"""Rows of a table with no number column (项目名称 / 内容 / 牵头单位 / 进展情况): where each row ends.

No number opens the rows, so a row is full when its units stand where the header puts them and a cell follows
for each column after theirs; a list of units printed as two cells, or a leader cell naming two people a line
each, is counted as one cell.
"""

from __future__ import annotations

from ...grammar.roles import UNIT_ROLES
from ...grammar.vocabulary import Role
from ...spans import MappedText
from .cells import cell_score


def unnumbered_row_full(row: list[MappedText], columns: list[Role | None]) -> bool:
    """Whether a row of a table with no number column (项目名称 / 项目内容 / 责任单位 / 进展情况) is full: its
    units and a cell for each column after theirs, or where it names none, a cell for every column. A list of
    units printed as two cells (县住建局 / 县城投公司) is one, so the cells after it are counted from its last."""
    unit_column = first_unit_column(columns)
    units = units_in_place(row, columns)
    if unit_column is not None and units is None and _naming_leaders_still(row, columns, unit_column):
        return False  # 林一平 / 陈明 / …: the leader cell goes on, the units are still to come
    if unit_column is None or units is None:
        return len(row) >= len(columns)  # no units where they belong: a row ends at the header's width
    if unit_column + 1 < len(columns) and columns[unit_column + 1] not in UNIT_ROLES:
        while _names_units(row, columns[unit_column], units + 1):
            units += 1
    return len(row) - 1 - units >= len(columns) - 1 - unit_column


def units_then_more(columns: list[Role | None]) -> bool:
    """Whether an unnumbered table's rows end by the cells after their units: no number column, and a column
    of another kind after the unit column (where the units are the last, a unit a line may go on)."""
    unit_column = first_unit_column(columns)
    return (
        Role.NUMBER not in columns
        and unit_column is not None
        and unit_column + 1 < len(columns)
        and columns[unit_column + 1] not in UNIT_ROLES
    )


def _naming_leaders_still(row: list[MappedText], columns: list[Role | None], unit_column: int) -> bool:
    """Whether the row's cells from the leader column before the units on all name people (a leader cell of
    two names, one a line), so the units are still to come."""
    if unit_column == 0 or columns[unit_column - 1] is not Role.LEADER or len(row) <= unit_column:
        return False
    return all(cell_score(Role.LEADER, cell.text) > 0 for cell in row[unit_column - 1 :])


def first_unit_column(columns: list[Role | None]) -> int | None:
    """The first column of units, if the header names one."""
    return next((order for order, role in enumerate(columns) if role in UNIT_ROLES), None)


def _names_units(row: list[MappedText], role: Role | None, order: int) -> bool:
    return 0 < order < len(row) and cell_score(role, row[order].text) > 0


def units_in_place(row: list[MappedText], columns: list[Role | None]) -> int | None:
    """Where an unnumbered row's units stand: in the unit column's place, or one before it where a group row's
    merged cell (（一）经济发展 over its rows) takes the first column of the rows under it, or after a leader cell
    that names two people a line each. None when they stand in none of these places (the row is out of step
    with the header, or names none)."""
    unit_column = first_unit_column(columns)
    if unit_column is None:
        return None
    role = columns[unit_column]
    if (
        found := next((order for order in (unit_column, unit_column - 1) if _names_units(row, role, order)), None)
    ) is not None:
        return found
    # 林一平 / 陈明 / 市财政局: a leader column before the units whose cell names two people, one a line
    if unit_column == 0 or columns[unit_column - 1] is not Role.LEADER:
        return None
    order = unit_column
    while order < len(row) and cell_score(Role.LEADER, row[order].text) > 0:
        order += 1
    return order if order > unit_column and _names_units(row, role, order) else None
