"""Rows of a table with no number column (项目名称 / 内容 / 牵头单位 / 进展情况): where each row ends.

No number opens the rows, so a row is full when its units stand where the header puts them and a cell follows
for each column after theirs; a list of units printed as two cells, or a leader cell naming two people a line
each, is counted as one cell.
"""

from __future__ import annotations

from collections.abc import Callable

from ...grammar.compiled import compile_pattern
from ...grammar.deadlines import is_deadline_phrase
from ...grammar.roles import UNIT_ROLES
from ...grammar.text import compact
from ...grammar.vocabulary import Role
from ...spans import MappedText
from .cells import MISFIT, cell_score, names_who


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


# A task cell in a table with no number column: a sentence (it has a stop) or words longer than a label.
MIN_TASK_CELL = 12
# 6%左右 · ≥95% · 5200人 · 1.2万亿元: a figure to reach, the cell of an indicator table's 目标值 column.
FIGURE_CELL = compile_pattern(r"[≥≤>＜<]?\d[\d.,]{0,12}\s{0,2}[%‰]?\p{Han}{0,6}")


def reads_as_task_cell(text: str) -> bool:
    """A cell that can hold a task of a table with no number column: words that name no one and no time,
    a sentence or longer than a label (a group's 经济发展 or an indicator's 分值 is not one)."""
    compact_text = compact(text)
    if names_who(compact_text) or is_deadline_phrase(compact_text):
        return False
    return len(compact_text) >= MIN_TASK_CELL or compact_text.endswith(("。", ";"))


def reads_as_figure(text: str) -> bool:
    """A figure to reach (6%左右 · 3.8万人), not a date or a deadline: a column of them anchors its rows."""
    compact_text = compact(text)
    return FIGURE_CELL.fullmatch(compact_text) is not None and not is_deadline_phrase(compact_text)


def rows_around_task_cells(
    cells: list[MappedText], columns: list[Role | None]
) -> list[tuple[int, int, list[MappedText]]] | None:
    """The rows of a one-cell-per-line table with no number column whose rows print only some of their cells
    (项目 / 分值 / 目标任务 / 责任单位, a group's 项目 printed on its first row, a unit cell merged over rows
    printed once): each row is anchored on a cell every row prints in a shape of its own (the task's
    sentence, else the figure of a column of figures, else its units: 类别 / 指标名称 / 目标值 / 责任单位), and
    the cells between two anchors are split between the row above (its columns after the anchor's, from
    the left) and the row below (its columns before it, up to the anchor) where they fit their columns
    best. Cells left out are empty. Each row comes with the orders of its first and last cell. None when
    the cells read so on no anchor (cells before the first anchor overflow its columns, more lie between
    two anchors than the columns around them hold, units are left for the columns before an anchor, or a
    row's cells do not read as their columns: `_fits_its_columns`). A task cell wrapped over two lines
    (the first not closing its sentence) is one cell."""
    task = columns.index(Role.TASK)
    anchors: list[tuple[int, Callable[[str], bool]]] = [(task, _ends_a_sentence), (task, reads_as_task_cell)]
    anchors += [(order, reads_as_figure) for order, role in enumerate(columns) if role in (None, Role.NOTE)]
    anchors += [(order, _reads_as_units) for order, role in enumerate(columns) if role in UNIT_ROLES]
    for column, is_anchor in anchors:
        rows = _rows_around(cells, columns, column, is_anchor)
        if rows is not None and all(_fits_its_columns(row, columns) for _, _, row in rows):
            return rows
    return None


def _ends_a_sentence(text: str) -> bool:
    """A task cell that closes its sentence: where every row's does, a long group label is no task."""
    return compact(text).endswith(("。", ";")) and reads_as_task_cell(text)


def _fits_its_columns(row: list[MappedText], columns: list[Role | None]) -> bool:
    """Whether a row's cells read as their columns: a task that names no one and is no figure, units in the
    unit columns, and no units in the columns of words."""
    for cell, role in zip(row, columns, strict=True):
        text = compact(cell.text)
        if role is Role.TASK and (not text or names_who(text) or reads_as_figure(text)):
            return False
        if text and role in (*UNIT_ROLES, None, Role.NOTE, Role.TOPIC) and (role in UNIT_ROLES) != names_who(text):
            return False
    return True


def _reads_as_units(text: str) -> bool:
    return names_who(compact(text))


def _rows_around(
    cells: list[MappedText], columns: list[Role | None], column: int, is_anchor: Callable[[str], bool]
) -> list[tuple[int, int, list[MappedText]]] | None:
    before, after = columns[:column], columns[column + 1 :]
    anchors = [order for order, cell in enumerate(cells) if is_anchor(cell.text)]
    spans = [(order, order) for order in range(len(cells))]  # the cells' first and last orders as printed
    if columns[column] is Role.TASK:  # 全县地区生产总值增长6.5%以上， / 规模以上工业…。: a task cell wrapped
        cells = list(cells)
        for order in reversed(anchors[:-1]):
            if order + 1 in anchors and not compact(cells[order].text).endswith(("。", ";")):
                cells[order : order + 2] = [MappedText.concat([(cells[order], ""), (cells[order + 1], "")])]
                spans[order : order + 2] = [(spans[order][0], spans[order + 1][1])]
                anchors = [at - 1 if at > order else at for at in anchors if at != order + 1]
    if not anchors or anchors[0] > len(before) or len(cells) - anchors[-1] - 1 > len(after):
        return None
    rows: list[tuple[int, int, list[MappedText]]] = []
    leading = cells[: anchors[0]]
    for anchor, following in zip(anchors, [*anchors[1:], len(cells)], strict=True):
        between = cells[anchor + 1 : following]
        if following < len(cells):
            if len(between) > len(before) + len(after):
                return None
            split = _best_split(between, before, after)
            if any(names_who(compact(cell.text)) for cell in between[split:]):
                return None  # units left over for the columns before an anchor: a unit list a line, not these rows
        else:
            split = len(between)
        empty = [MappedText()] * (len(before) - len(leading))
        tail = between[:split] + [MappedText()] * (len(after) - split)
        first, last = spans[anchor - len(leading)][0], spans[anchor + split][1]
        rows.append((first, last, [*empty, *leading, cells[anchor], *tail]))
        leading = between[split:]
    return rows


def _best_split(between: list[MappedText], before: list[Role | None], after: list[Role | None]) -> int:
    """How many of the cells between two task cells close the row above: the split whose cells fit their
    columns best (the row above's from the left, the row below's up to its task cell); on a tie, more close
    the row above."""
    best, best_score = 0, None
    for split in range(max(0, len(between) - len(before)), min(len(after), len(between)) + 1):
        closing, opening = between[:split], between[split:]
        score = sum(cell_score(role, cell.text) for role, cell in zip(after, closing, strict=False))
        score += sum(
            MISFIT if names_who(compact(cell.text)) else cell_score(role, cell.text)
            for role, cell in zip(before[len(before) - len(opening) :], opening, strict=True)
        )
        if best_score is None or score >= best_score:
            best, best_score = split, score
    return best


def carry_row_units(rows: list[tuple[int, int, list[MappedText]]], columns: list[Role | None]) -> None:
    """A unit cell merged over rows is printed on the first of them only: the rows after it that print none
    take it (a one-cell-per-line copy drops a merged cell's covered cells). A copy that kept an empty unit
    cell as a blank line cannot be told from one that dropped it here (blank lines are passed over), so such
    a row takes the unit above too."""
    for column, role in enumerate(columns):
        if role not in UNIT_ROLES:
            continue
        above: MappedText | None = None
        for _, _, row in rows:
            if row[column].text.strip():
                above = row[column]
            elif above is not None:
                row[column] = above
