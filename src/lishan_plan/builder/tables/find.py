"""Tables: find plans published as tables and read their rows.

Renderings seen in published copies (FORMATS.md §3.D): pipe rows (| 1 | … |, Markdown or HTML
rendered by our readers), tab-separated rows, box drawing (┌─┬─┐ │…│ with cells wrapped over several
text lines), and one cell per line, optionally followed by " |". A table starts at a header row whose
cells are column names (序号 / 工作任务 / 牵头单位 / 责任单位 / 完成时限 / 责任领导, any order, synonyms);
section rows (一、…) may stand inside it; empty cells may be blank, a bare "|" or missing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from itertools import islice, pairwise, zip_longest

from ...grammar.compiled import compile_pattern
from ...grammar.deadlines import is_deadline_phrase
from ...grammar.labels import column_role
from ...grammar.numerals import CIRCLED_NUMBERS, han_to_int
from ...grammar.roles import UNIT_ROLES, join_wrapped_lines, looks_like_units
from ...grammar.text import OPENS_A_NOTE, SENTENCE_ENDS, WORD, compact
from ...grammar.units import breaks_off_in_a_name, looks_organisational
from ...grammar.vocabulary import LEVELS, Role
from ...lines.classify import Document, Line, match_kind, split_cells
from ...lines.patterns import LineKind
from ...model import NoiseKind
from ...spans import MappedText, Offsets, TextBuilder
from ..header import MAX_SIGNERS, is_issuer
from .block import NEVER_A_CELL, TableBlock, TableRow
from .cells import (
    BODY_COLUMNS,
    COLUMN_MEASURES,
    LEAD_ROW_MARKS,
    MAX_ANCHOR_LOOKAHEAD,
    PROGRESS_OPENING,
    WRAP_TOLERANCE,
    Columns,
    assign,
    assign_runs,
    cell_score,
    fits,
    join_listed_words,
    merged_items,
    placed_by_fit,
    placed_without_topic,
    segments,
    space_cells,
    unquoted,
)
from .glued import glued_table_at
from .records import RecordReader
from .unnumbered import (
    carry_row_units,
    first_unit_column,
    rows_around_task_cells,
    units_in_place,
    units_then_more,
    unnumbered_row_full,
)

_UNIT_OR_TASK = {Role.TASK, *UNIT_ROLES}
# The end of a header cell's name broken onto the line below (单位 · 时限 · 领导)
_NAME_END = compile_pattern(r"\p{Han}{1,4}")
# A topic's words where a row's count of cells cannot tell them from the row's last cell (a merged cell
# left the row short): four to ten Han characters (生态宜居), never a placeholder (无 · /), a name (张三).
_TOPIC_LABEL = compile_pattern(r"\p{Han}{4,10}")
# No plan table has more columns than this; a header scan stops there (and stays linear).
MAX_COLUMNS = 16
_SECTION_KINDS = {LineKind.SECTION, LineKind.SUBSECTION}
# A header of words apart by single spaces: at most this many words, and this many to one column name.
MAX_WORDS, MAX_HEADER_WORDS = 48, 8
# A row numbered past the next one goes on a table of words only this far ahead (a list filtered to some rows).
MAX_ROW_GAP = 20
# The number column that opens a header run on at the end of a line of text (… 序号 名称 工作任务 牵头责任单位)
_LAST_NUMBER_COLUMN = compile_pattern(r"(?r)(?<=\s)序\s?号")  # searched from the line's end
# 序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位: a header word the vocabulary does not know names a column
# of its own (read as no role) when it is a few Han characters; a longer word is a sentence, no header.
UNREAD_COLUMN = compile_pattern(r"\p{Han}{2,6}")
# A group row (one merged cell naming the rows below it) is a heading: at most this many characters.
MAX_GROUP_ROW = 40
# Blank (or bare "|") lines between two header cells of a spaced copy, at most.
MAX_SEPARATOR_LINES = 3
# A header cell the vocabulary does not know: a short label of Han characters (民生实事, 具体要求), which
# may open with the year it is for and close with its measure (2024年建设内容, 年度投资(万元)).
UNKNOWN_HEADER = compile_pattern(r"(?:(?:19|20)\d{2}年)?\p{Han}{2,8}(?:\(\p{Han}{1,4}\))?")
# A header cell's closing bracket on a line of its own: (单位) · (万元) · (12月) · (1-6月)
WRAPPED_AFTERTHOUGHT = compile_pattern(r"\((?![一二三四五六七八九十]{1,3}\))(?=[^()]*\p{Han})[\p{Han}\d\-—~]{1,8}\)")
# A document number with words after it, in a cell: 皖政〔2022〕9号文件 · 青政〔2022〕5号文件精神
_CITED_DOCUMENT = compile_pattern(r"^[^,;。:]{2,30}?号\s{0,2}(?:文件|文|精神|要求)\s*$")
# A heading's numeral printed as a cell of its own, its title in the next: 一 · (一)
_BARE_NUMERAL = compile_pattern(r"[一二三四五六七八九十]{1,3}|\([一二三四五六七八九十]{1,3}\)")
# The number cell of a row as copies print it: 3 · 3. · ( 3 ) · [3] · 3* (a star marks the rows the city leads)
ROW_NUMBER = compile_pattern(rf"[(\[]?\s{{0,3}}(\d{{1,3}})\s{{0,3}}[)\].、{LEAD_ROW_MARKS}]?")


# Where a box-drawing rule line has a column boundary (every box character but the horizontal ones).
BOX_JUNCTION = compile_pattern(r"[┌┬┐├┼┤└┴┘│┃║╔╦╗╠╬╣╚╩╝╞╪╡╟╫╢┏┳┓┣╋┫┗┻┛]")


def spread_merged(
    records: list[tuple[list[MappedText], int, int]], merged_below: list[set[int]]
) -> list[tuple[list[MappedText], int, int]]:
    """Give every record of a vertically merged cell the cell's value (a leader or a deadline printed
    once in the middle of the rows it spans): records joined by an open rule segment share it."""
    spread = [(list(cells), start, end) for cells, start, end in records]
    columns = max((len(cells) for cells, _, _ in records), default=0)
    for column in range(columns):
        group_start = 0
        for index in range(len(records)):
            if column in merged_below[index] and index + 1 < len(records):
                continue
            group = spread[group_start : index + 1]
            values = [cells[column] for cells, _, _ in group if column < len(cells) and cells[column].text.strip()]
            if len(group) > 1 and len(values) == 1:
                for cells, _, _ in group:
                    cells += [MappedText()] * (column + 1 - len(cells))
                    cells[column] = values[0]
            group_start = index + 1
    return spread


# Columns whose cell a table merges over the rows of a group (one deadline, leader or list of units for
# several tasks): a one-cell-per-line copy prints it in the group's first row only.
MERGED_OVER_ROWS = (Role.DEADLINE, Role.LEADER, Role.LEAD, Role.RESPONSIBLE, Role.COOPERATING)
# Columns whose cell a table merges over each group of rows with a pattern no coincidence gives: a units column
# filled in the first row of each group only may be one, in a small table, whose other rows need no units.
MERGED_OVER_GROUPS = (Role.LEADER, Role.DEADLINE)
# Columns whose cell lists names (units or leaders), one a line where a cell's line breaks are typed.
NAME_COLUMNS = (*UNIT_ROLES, Role.LEADER)


def carry_merged_cells(block: TableBlock) -> None:
    """Give the rows a merged cell covers the cell above them.

    A copy that prints a cell a line drops the cells a merge covers, as it drops empty ones; the two are
    told apart by their pattern. Where two of these columns (a deadline and a leader, say) are filled in
    the same rows, at least two of them and at most half of all rows, those rows open groups the cells are
    merged over. Each such column, and any other filled in every row that opens a group and in at most
    half of all rows, gives its cell to the later rows of the group from which cells vanished; never across
    a section row, which a merged cell cannot span. So does a column of units filled in every row that
    opens a group, however many others it fills: once merges are evident, a task row without its units
    lost a merged cell rather than printed none. One column filled here and there is a column of
    empty cells, and stays so."""
    tasks = [index for index, row in enumerate(block.rows) if row.kind is LineKind.TASK]
    filled = {
        column: frozenset(
            index
            for index in tasks
            if column < len(block.rows[index].cells) and block.rows[index].cells[column].text.strip()
        )
        for column, role in enumerate(block.columns)
        if role in MERGED_OVER_ROWS
    }
    sparse = {column: rows for column, rows in filled.items() if rows and len(rows) * 2 <= len(tasks)}
    shared = [rows for rows, count in Counter(sparse.values()).most_common() if count >= 2 and len(rows) >= 2]
    if not shared:
        return
    openers = shared[0]
    units = {column: rows for column, rows in filled.items() if block.columns[column] in UNIT_ROLES}
    for column, rows in (sparse | units).items():
        if not rows >= openers:
            continue
        above: MappedText | None = None
        for row in block.rows:
            if row.kind is not LineKind.TASK:
                above = None
            elif column < len(row.cells) and row.cells[column].text.strip():
                above = row.cells[column]
            elif row.short and above is not None and column < len(row.cells):
                row.cells[column] = above


def carry_merged_over_groups(block: TableBlock) -> None:
    """Give every row of a group the cell its first row prints, in a column merged over each group.

    A leader (or deadline) merged over the rows of each group of a table is printed in the group's
    first row only: a copy a cell a line drops it from the rows it covers, a tab or pipe copy prints their
    cells empty. One row's cell alone cannot tell a merge from an empty cell; a column filled in the first
    row of every group and in no other row can, once two groups or more have rows for it to cover. So can
    a leader's column filled in the first row of every group and in at most half of all rows: a merge may
    also start in the middle of a section (one leader over rows 7–8, the next over 9–10), and each empty
    cell then takes the nearest filled one above it in its group. (A deadline column so filled may leave
    ongoing tasks without a date: it is carried only on the first evidence.)"""
    groups: list[list[TableRow]] = []
    opens_group = True
    for row in block.rows:
        if row.kind is not LineKind.TASK:
            opens_group = True
        elif opens_group:
            groups.append([row])
            opens_group = False
        else:
            groups[-1].append(row)
    if len(groups) < 2 or sum(len(group) > 1 for group in groups) < 2:
        return
    tasks = sum(len(group) for group in groups)
    for column, role in enumerate(block.columns):
        if role not in MERGED_OVER_GROUPS or not all(_filled(group[0], column) for group in groups):
            continue
        filled = sum(_filled(row, column) for group in groups for row in group)
        if filled > len(groups) and (role is not Role.LEADER or filled * 2 > tasks):
            continue  # filled here and there: its empty cells are empty (an ongoing task has no deadline)
        for first, *covered in groups:
            above = first.cells[column]
            for row in covered:
                if _filled(row, column):
                    above = row.cells[column]
                    continue
                row.cells += [MappedText()] * (column + 1 - len(row.cells))
                row.cells[column] = above


def units_in_the_first_unit_column(block: TableBlock) -> None:
    """Give a row that lost cells, and prints units in one of its unit columns only, those units as its
    first unit column's (牵头单位 before 配合单位), where that column is filled in most rows.

    A copy a cell a line drops empty cells, so a row's one unit cell fits each unit column alike (the table
    reader leaves it in the last). Where the first unit column is filled in most rows, the unit is that
    column's and the task does without the next (配合单位); where it is filled in a few rows only, it is a
    cell merged over the others, already carried down to them or left empty, and the unit stays."""
    if block.style not in ("cell", "bar"):
        return  # a tab or pipe copy keeps its empty cells: a cell it lost is a merged one
    columns = [column for column, role in enumerate(block.columns) if role in UNIT_ROLES]
    tasks = [row for row in block.rows if row.kind is LineKind.TASK]
    if len(columns) < 2 or sum(_filled(row, columns[0]) for row in tasks) * 2 <= len(tasks):
        return
    for row in tasks:
        filled = [column for column in columns if _filled(row, column)]
        if row.short and len(filled) == 1 and filled[0] != columns[0]:
            row.cells += [MappedText()] * (columns[0] + 1 - len(row.cells))
            row.cells[columns[0]], row.cells[filled[0]] = row.cells[filled[0]], MappedText()


def spreadsheet_quoted(row: TableRow) -> set[int]:
    """The columns of a tab row whose cell a spreadsheet quoted: Excel copies a cell as "…" only when it
    holds a line break or a quote, so a cell that opens with " and goes on over lines, or doubles a quote
    inside, is quoted; a quoted word alone ("一网通办") is the text's own."""
    quoted = set()
    for column in set(range(len(row.cells))) | set(row.wrapped):
        printed = [row.cells[column]] if column < len(row.cells) and row.cells[column].text else []
        pieces = [piece.text for piece in printed + row.wrapped.get(column, [])]
        if pieces and pieces[0].startswith('"') and (len(pieces) > 1 or '""' in pieces[0]):
            quoted.add(column)
    return quoted


def join_spreadsheet_row(row: TableRow, columns: list[Role | None]) -> None:
    """Join a tab row's wrapped cells as a spreadsheet's copy means them. A quoted cell's line breaks are
    typed (Alt+Enter): in a cell of names they part the names, unless a unit's name was cut (县发展和改革 / 局);
    the quotes of the copy go, and a name never holds quotes ("县发改局")."""
    names = {column for column, role in enumerate(columns) if role in NAME_COLUMNS}
    quoted = spreadsheet_quoted(row)
    row.join_wrapped(quoted & names)
    for column in quoted | {column for column in names if column < len(row.cells)}:
        row.cells[column] = unquoted(row.cells[column])
        if column < len(columns) and columns[column] in UNIT_ROLES:
            row.cells[column] = join_wrapped_lines(row.cells[column])


def _filled(row: TableRow, column: int) -> bool:
    return column < len(row.cells) and bool(row.cells[column].text.strip())


def is_row_label(text: str) -> bool:
    """Whether a first cell numbers a row: 3 · ( 3 ) · ③ · 三 · （三）."""
    if row_number(text) is not None or text in CIRCLED_NUMBERS:
        return True
    return han_to_int(text.strip(" .、()[]")) is not None


# - 2 - · — 3 — · 第2页: what marks a number as a page's (1/2 alone may be a cell's value).
_PAGE_MARK = compile_pattern(r"[-—–~]|页")
# Lines that never go on with a table row.
NOT_A_ROW = (LineKind.BLANK, LineKind.TABLE_RULE, LineKind.PAGE_NUMBER)
# 1.按时公开… · （1）修订… · ①…: the numbers a task cell may open with (a table without a 序号 column, or
# tasks numbered inside the cells under a 序号 merged over them).
IN_CELL_NUMBERS = (LineKind.TASK, LineKind.NUMBERED_ITEM)
# A line that lists several units or closes a sentence: not one more unit of a list printed a unit a line.
_LIST_OR_SENTENCE = compile_pattern(r"[、,;。]")
# Columns of words (a task, a target, a note) that text wrapped out of its row can go on in.
TEXT_ROLES = (Role.TASK, Role.NOTE, None)
# A multi-line cell seldom runs over more lines than this when its copy lost the row's empty cells.
MAX_TEXT_BETWEEN_ROWS = 6


# Columns whose cell, merged over two rows, a text layer prints at their middle, across the line between them
_STRADDLED = (*UNIT_ROLES, Role.LEADER, Role.DEADLINE)
# The end of a deadline, or of a name, a merged cell's middle pushed onto the lower row: 2025年12月 / 底前 ·
# 区发展和改革 / 局 (a whole name or a list there is the lower row's own)
MAX_DEADLINE_END = 3
MAX_NAME_END = 4
# How a name opens: its level (县 · 市 · 区 …) or a collective 各
_OPENS_A_NAME = frozenset(LEVELS + "各")


def join_straddling_cells(block: TableBlock) -> None:
    """A text layer prints a cell merged over two rows at their middle, so its text may straddle the line between
    them: the lower row's cell is only the end of the upper's (区发展和改革 / 局 · 2025年12月 / 底前). Both rows are
    the merged cell's, and each takes its whole text."""
    rows = [row for row in block.rows if row.kind is LineKind.TASK]
    for upper, lower in pairwise(rows):
        for column, role in enumerate(block.columns):
            if role not in _STRADDLED or column >= min(len(upper.cells), len(lower.cells)):
                continue
            above, below = upper.cells[column].text.strip(), lower.cells[column].text.strip()
            if not above or not below or not _finishes(role, above, below):
                continue
            merged = MappedText.concat([(upper.cells[column], ""), (lower.cells[column], "")])
            upper.cells[column] = lower.cells[column] = merged


def _finishes(role: Role | None, above: str, below: str) -> bool:
    """Whether a cell's text is only the end of the cell above it (see `join_straddling_cells`)."""
    if role is Role.DEADLINE:
        return len(below) <= MAX_DEADLINE_END and not is_deadline_phrase(below) and is_deadline_phrase(above + below)
    if "\n" in below or len(below) > MAX_NAME_END or below[0] in _OPENS_A_NAME:
        return False  # 县政协 under 县人大: a name of its own, opened by its level
    return breaks_off_in_a_name(above, below)


def fold_items(block: TableBlock) -> None:
    """Each ITEM row (see `_Reader.item_row`) into the task cell of the row above it, on a line of its own:
    its number, its text and whatever else it printed (its own deadline), in column order."""
    if not any(row.kind is LineKind.NUMBERED_ITEM for row in block.rows):
        return
    task = block.columns.index(Role.TASK)
    rows: list[TableRow] = []
    for row in block.rows:
        if row.kind is not LineKind.NUMBERED_ITEM:
            rows.append(row)
            continue
        above = rows[-1]
        item = MappedText.concat((cell, " ") for cell in row.cells)
        above.cells[task] = MappedText.concat([(above.cells[task], ""), (item, "\n")])
        above.end = row.end
    block.rows = rows


def _trailing_empty(cells: list[MappedText]) -> int:
    """How many cells at the end of a row are empty."""
    return next((count for count, cell in enumerate(reversed(cells)) if cell.text.strip()), len(cells))


def row_number(text: str) -> int | None:
    match = ROW_NUMBER.fullmatch(text.strip())
    return int(match[1]) if match else None


def section_row(kind: LineKind, cell: MappedText, start: int, end: int) -> TableRow:
    """A section row, with the numeral and title located in the document."""
    text = cell.strip()
    _, spans = match_kind(text.text)
    groups = {name: text.source_range(low, high) for name, (low, high) in spans.items()}
    return TableRow(kind, [text], start, end, groups)


def header_roles(cells: list[str], *, begun: bool = False) -> list[Role | None] | None:
    """Column roles when `cells` are a header row, else None; `begun`: the cells are known to be a
    header's (see `column_role`): each a column name or a short label, so labels the vocabulary does not
    know may outnumber the names it does (序号 | 项目名称 | 建设地点 | 建设时间 | 投资金额 | 责任单位)."""
    roles = _named_indicators(
        [compact(cell) for cell in cells], [column_role(cell, among_headers=begun) for cell in cells]
    )
    known = [role for role in roles if role is not None]
    filled = [cell for cell in cells if cell.strip()]
    if len(known) < 2 or not _UNIT_OR_TASK & set(known):
        return None
    if not begun and len(known) * 2 < len(filled) and not _numbered_tasks_and_units(roles, filled):
        return None
    if len(roles) > 1 and roles[0] is None and roles[1] is Role.NUMBER:
        roles[0] = Role.TOPIC  # 考核项目 | 序号: a column of groups before the numbers, a cell merged over each
    if Role.TASK in roles and Role.TOPIC not in roles:
        # 类别 | 民生事项名称 | …: a column named as groups before the tasks' is their topic (四、教育文化)
        tasks_at = roles.index(Role.TASK)
        roles = [
            Role.TOPIC if role is None and column < tasks_at and _GROUP_COLUMN.fullmatch(compact(cell)) else role
            for column, (role, cell) in enumerate(zip(roles, cells, strict=True))
        ]
    if not any(role in UNIT_ROLES or role is Role.LEADER for role in roles):
        # 项目 | 目标任务 | 监考单位: the only bodies named, and no leader, answer for the work
        roles = [Role.RESPONSIBLE if role is Role.ASSESSOR else role for role in roles]
    if Role.TASK not in roles and None in roles:  # 民生实事 · 具体要求 · 整改措施: the unnamed column is the task
        roles[_task_column(cells, roles)] = Role.TASK
    squeezed = [compact(cell) for cell in cells]
    if roles.count(Role.LEAD) > 1 and "主要责任单位" in squeezed:
        # 第一责任单位 | 主要责任单位: beside a column of the lead, the main units answer with it
        roles[squeezed.index("主要责任单位")] = Role.RESPONSIBLE
    return _with_topic_column(squeezed, _as_indicator_table(squeezed, roles))


# The longest name of a column the vocabulary does not know, in a header it reads by its known names.
MAX_UNKNOWN_HEADER = 10
# Labels the vocabulary does not know that may open a one-cell-per-line header before its first known name.
MAX_LEADING_LABELS = 3


def _numbered_tasks_and_units(roles: list[Role | None], cells: list[str]) -> bool:
    """序号 | 项目名称 | 建设规模及内容 | 总投资 | 建设起止年限 | 2022年计划投资 | 责任单位: a header that opens with
    the number column and names the tasks and their units is a header, whatever the short names of its
    other columns (figures of a project list) that the vocabulary does not know."""
    return (
        roles[0] is Role.NUMBER
        and Role.TASK in roles
        and any(role in UNIT_ROLES for role in roles)
        and all(len(compact(cell)) <= MAX_UNKNOWN_HEADER for cell in cells)
    )


# The header of a column of groups: 类别 · 分类 · 领域 (not 项目类型, a kind each row names: 新建 · 续建)
_GROUP_COLUMN = compile_pattern(r"(?:项目|任务|工作)?(?:类别|分类|领域|板块)")

# An assessment table names what is measured (考核指标 · 指标名称 · 考核内容) beside a column of measures
# (单位 · 计量单位: %, 万亩) and one of the figures to reach (年度目标 · 目标值).
_INDICATOR_COLUMN = compile_pattern(r"(?:考核|主要)?指标(?:名称|内容)?|考核(?:内容|事项|要点)")
_MEASURE_COLUMN = compile_pattern(r"(?:计量)?单位")
_TARGET_COLUMN = compile_pattern(r"(?:(?:19|20)\d{2}年)?(?:年度|预期)?目标值?")
# The figures an indicator must reach (目标值 · 2025年目标值 · 年度目标), not a column of goals (目标) that are tasks.
_FIGURE_TARGET_COLUMN = compile_pattern(r"(?:(?:19|20)\d{2}年)?(?:(?:年度|预期)?目标值|(?:年度|预期)目标)")


def _named_indicators(headers: list[str], roles: list[Role | None]) -> list[Role | None]:
    """类别 | 指标名称 | 目标值 | 责任单位: a column of indicators beside one of the figures they must reach, in a
    table naming who answers for them and no task column, is the task; the figures are a note."""
    if Role.TASK in roles or not any(role in UNIT_ROLES for role in roles):
        return roles
    indicators = [column for column, header in enumerate(headers) if _INDICATOR_COLUMN.fullmatch(header)]
    targets = [column for column, header in enumerate(headers) if _FIGURE_TARGET_COLUMN.fullmatch(header)]
    if len(indicators) != 1 or len(targets) != 1 or roles[indicators[0]] is not None:
        return roles
    return [
        Role.TASK if column == indicators[0] else Role.NOTE if column == targets[0] else role
        for column, role in enumerate(roles)
    ]


def _as_indicator_table(headers: list[str], roles: list[Role | None]) -> list[Role | None]:
    """考核指标 | 考核内容 | 单位 | 年度目标 | 责任部门: what is measured is the task, and the figure it must
    reach (年度目标, elsewhere the task's own column) is a note."""
    indicators = [column for column, header in enumerate(headers) if _INDICATOR_COLUMN.fullmatch(header)]
    if not indicators or not any(_MEASURE_COLUMN.fullmatch(header) for header in headers):
        return roles
    if any(role is Role.TASK and not _TARGET_COLUMN.fullmatch(headers[column]) for column, role in enumerate(roles)):
        return roles  # 重点任务 | 考核内容 | 单位: a column names the tasks (and 单位 may be the body doing them)
    return [
        Role.TASK if column in indicators else Role.NOTE if role is Role.TASK else role
        for column, role in enumerate(roles)
    ]


# The column of a task's own requirements or measures, beside a column of the work they serve:
# 工作任务 | 具体要求 | 责任科室 · 重点工作 | 具体措施 | 牵头单位 · 目标任务 | 主要内容 | 责任单位 · 重点任务 |
# 具体工作任务和要求 | 责任单位 · 工作任务 | 任务及要求 (the second column named as a task with what it asks) ·
# 工作任务 | 细化分工 | 责任单位 (the work broken down)
_DETAIL_COLUMN = compile_pattern(
    r"具体(?:要求|措施|举措|内容|工作)|(?:工作|主要|推进|落实)(?:要求|措施|举措)|主要内容|细化(?:分工|措施|任务|举措)"
    r"|(?:具体|重点|主要)?(?:工作)?任务[和及与](?:要求|内容|措施|目标)|具体(?:工作)?任务"
)


def _with_topic_column(headers: list[str], roles: list[Role | None]) -> list[Role | None]:
    """工作任务 | 具体要求 | 责任科室: the requirements are the tasks, and the work they serve (a cell merged
    over their rows, often numbered 一、) is their topic."""
    detail = next((column for column, header in enumerate(headers) if _DETAIL_COLUMN.fullmatch(header)), None)
    if detail is None:
        return roles
    served = next((column for column in range(detail) if roles[column] is Role.TASK), None)
    if served is None:
        return roles
    return [
        Role.TOPIC if column == served else Role.TASK if column == detail else role for column, role in enumerate(roles)
    ]


# Words of a column that holds the task, when no column is named as one, strongest first: 整治任务 ·
# 工作举措 · 主要事项; then a column that names each row (项目名称, before 建设内容); then 具体内容.
_TASK_WORDS = (compile_pattern(r"任务|工作|举措|措施|事项|目标"), compile_pattern(r"名称"), compile_pattern(r"内容"))
# In a rectification table the problem is the row's task, its measures a note: 存在问题 · 反馈问题 · 问题
_PROBLEM_WORDS = compile_pattern(r"问题")


def _named(roles: list[Role | None]) -> int:
    """How many columns a header names."""
    return sum(role is not None for role in roles)


def _task_column(headers: list[str], roles: list[Role | None]) -> int:
    """Which unnamed column holds the tasks: the first whose words say so, the strongest words first
    (村庄名称 / 整治任务: 整治任务 · 项目名称 / 建设内容: 项目名称 · 项目 / 类别 / 具体内容: 具体内容; the problem in a
    table of 整改), else the first unnamed one (民生实事)."""
    unnamed = [column for column, role in enumerate(roles) if role is None]
    rectifying = any("整改" in header for header in headers)  # 存在问题 | 整改措施 | 责任单位 | 整改时限
    for words in (_PROBLEM_WORDS, *_TASK_WORDS) if rectifying else _TASK_WORDS:
        if found := [column for column in unnamed if words.search(compact(headers[column]))]:
            return found[0]
    return unnamed[0]


def _first_offset(cells: list[MappedText], roles: list[Role | None]) -> int:
    """Where the second item of a merged row starts: its task cell (its number and units are the
    first item's)."""
    task = cells[roles.index(Role.TASK)]
    first = task if task.text else next(cell for cell in cells if cell.text)  # (merged_items placed some text)
    return first.source_range(0, len(first))[0]


def _names_a_group(squeezed: str) -> bool:
    """Whether a cell (whitespace removed) can name a group of rows: short, naming no body and no label
    (注：… · 单位：万元)."""
    return len(squeezed) <= MAX_GROUP_ROW and ":" not in squeezed and not looks_organisational(squeezed.rstrip("。."))


def section_kind(text: str) -> LineKind | None:
    kind, _ = match_kind(text.strip())
    return kind if kind in _SECTION_KINDS else None


class _Reader:
    def __init__(self, doc: Document, running: set[int]) -> None:
        self.doc = doc
        self.lines = doc.lines
        self.running = running  # running page headers: furniture inside a table that goes over a page
        self.next_row_at = -1  # the row `rows_follow` last found ahead: the lines before it need no new look
        self.records = RecordReader(doc)

    def find(self) -> dict[int, TableBlock]:
        blocks: dict[int, TableBlock] = {}
        position = 0
        while position < len(self.lines):
            block = self.table_at(position)
            if block is None and self.lines[position].row_style == "box":
                position = self.box_record(position)[0] + 1  # a box record without a header: skip it whole
                continue
            if block is None:
                position += 1
                continue
            carry_merged_over_groups(block)
            units_in_the_first_unit_column(block)
            group_numbered_in_cells(block)
            blocks[block.first] = block
            position = block.last + 1
        return blocks

    def row_cells(self, line: Line, style: str) -> tuple[Offsets, ...] | None:
        """The cells of a one-row-per-line rendering: as classified, or split at runs of spaces."""
        if style == "spaces":
            return space_cells(self.doc, line)
        return line.cells if line.row_style == style else None

    def table_at(self, position: int) -> TableBlock | None:
        line = self.lines[position]
        if (glued := glued_table_at(self.doc, position)) is not None:
            return glued
        if (labelled := self.records.read(position)) is not None:
            return labelled
        style = line.row_style if line.row_style in ("pipe", "tab") else "spaces"
        cells = self.row_cells(line, style)
        if cells:
            roles = header_roles([self.doc.matched(cell) for cell in cells])
            split = self.split_header(position, style, cells)
            if split is not None and (not roles or _named(split.columns) > _named(roles)):
                return split  # | 序号 | 重点任务 | 责任 | 完成 | over |  |  | 单位 | 时限 |: the rows name more joined
            if roles:
                return self.read_rows(position, style, roles, [self.doc.mapped(cell) for cell in cells])
        if line.row_style == "box":
            end, record = self.box_record(position)
            roles = header_roles([cell.text for cell in record])
            if roles:
                return self.read_box(position, end, roles, record)
        if line.kind in (LineKind.TEXT, LineKind.TASK) and (header := self.word_header(line)) is not None:
            return self.read_word_rows(position, *header)
        if line.kind is LineKind.TEXT and (header := self.header_at_end(line)) is not None:
            block = self.read_word_rows(position, *header, header_line=False)
            return block if block.rows else None
        if line.kind in (LineKind.TEXT, LineKind.TASK) or line.row_style == "bar":
            return self.read_cells_per_line(position)
        return None

    def split_header(self, position: int, style: str, cells: tuple[Offsets, ...]) -> TableBlock | None:
        """A header whose names are broken over two rows (牵头 | 配合 over 单位 | 单位): joined cell by cell; in
        a text layer the second row holds only the broken names' ends, each under its column."""
        if position + 1 >= len(self.lines):
            return None
        if style == "spaces":
            joined = self.header_ends_below(position, cells)
        else:
            below = self.row_cells(self.lines[position + 1], style)
            if not below or len(below) != len(cells):
                return None
            pairs = zip(cells, below, strict=True)
            joined = [self.doc.mapped(top).append(self.doc.mapped(bottom)) for top, bottom in pairs]
        if not joined or (roles := header_roles([cell.text for cell in joined])) is None:
            return None
        block = self.read_rows(position + 1, style, roles, joined, header_at=position)
        block.first = position
        block.furniture[position] = NoiseKind.TABLE_HEADER
        return block

    def header_ends_below(self, position: int, cells: tuple[Offsets, ...]) -> list[MappedText] | None:
        """The header cells of a text layer's table, each with the end of its name the line below prints under
        it (牵头 / 单位 · 完成 / 时限); None unless that line holds only such ends, a few characters each."""
        below = self.lines[position + 1]
        pieces = segments(self.doc, below)
        if not pieces or len(pieces) >= len(cells):
            return None
        if any(not _NAME_END.fullmatch(self.doc.matched(piece)) for piece in pieces):
            return None
        line = self.lines[position]
        for measure in COLUMN_MEASURES:
            names = [self._extent(line, cell, measure) for cell in cells]
            ends: list[MappedText] = [MappedText()] * len(cells)
            for piece in pieces:
                low, high = self._extent(below, piece, measure)
                overlaps = [min(high, top_high) - max(low, top_low) for top_low, top_high in names]
                column = max(range(len(names)), key=overlaps.__getitem__)
                if overlaps[column] <= 0 or ends[column].text:
                    break  # under no name, or under one another end stands under too
                ends[column] = self.doc.mapped(piece)
            else:
                return [self.doc.mapped(top).append(end) for top, end in zip(cells, ends, strict=True)]
        return None

    def _extent(self, line: Line, cell: Offsets, measure: Callable[[str], int]) -> tuple[int, int]:
        """Where a cell stands on its line, [start, end) in `measure`."""
        start = self._column_at(line, cell[0], measure)
        return start, start + measure(self.doc.text[cell[0] : cell[1]])

    def _column_at(self, line: Line, offset: int, measure: Callable[[str], int]) -> int:
        """The column of a line (in `measure`: display width or characters) where the text at `offset` stands."""
        return measure(self.doc.text[line.start : offset])

    # -- columns apart by single spaces: 序号 工 作 任 务 牵头负责部门 / 1 居民消费价格涨幅3%左右 发展改革委 --------
    def word_header(self, line: Line) -> tuple[list[MappedText], list[Role | None]] | None:
        """A header whose column names stand apart by single spaces, names spaced out letter by
        letter (工 作 任 务) joined back; the first column must be the row number."""
        return self.header_of_words(self.words(line))

    def header_at_end(self, line: Line) -> tuple[list[MappedText], list[Role | None]] | None:
        """A header of words run on at the end of a line of text, a copy that lost the line break before
        it (…2018年2月24日 任务分解表 序号 名称 工作任务 牵头责任单位): from its last 序号 after a space. The
        line stays the text it is; only the rows below are the table's."""
        start, end = line.body
        found = _LAST_NUMBER_COLUMN.search(self.doc.norm, start, end)
        if found is None or found.start() == start:
            return None
        found_words = WORD.finditer(self.doc.norm, found.start(), end)
        words = [word.span() for word in islice(found_words, MAX_HEADER_WORDS + 1)]
        return self.header_of_words(words) if len(words) <= MAX_HEADER_WORDS else None

    def header_of_words(self, words: list[Offsets]) -> tuple[list[MappedText], list[Role | None]] | None:
        """The columns named by a header's words (see `word_header`), or None when they name none."""
        if not 3 <= len(words) <= MAX_WORDS:
            return None
        headers: list[MappedText] = []
        roles: list[Role | None] = []
        position = 0
        while position < len(words):
            # A word of its own that names a column is one (责任部门 备注 is two columns, though 责任部门备注
            # would read as a note); letters spaced out (工 作 任 务) are joined, the longest run first.
            whole = self.doc.matched(words[position])
            widest = position + 1 if len(whole) > 1 and column_role(whole) else position + MAX_HEADER_WORDS
            for end in range(min(len(words), widest), position, -1):
                role = column_role(self.doc.matched((words[position][0], words[end - 1][1])))
                if role is not None:
                    break
            else:
                if not UNREAD_COLUMN.fullmatch(whole):
                    return None
                end = position + 1  # 类别 · 细化措施: a column the parser does not read, one short word
            headers.append(self.doc.mapped((words[position][0], words[end - 1][1])))
            roles.append(role)
            position = end
        if len(roles) < 3 or roles[0] is not Role.NUMBER or header_roles([cell.text for cell in headers]) is None:
            return None
        return headers, roles

    def words(self, line: Line) -> list[Offsets]:
        """The whitespace-separated words of a line (at most MAX_WORDS + 1 of them)."""
        start, end = line.body
        found: list[Offsets] = []
        for word in WORD.finditer(self.doc.norm, start, end):
            found.append(word.span())
            if len(found) > MAX_WORDS:
                break
        return found

    def read_word_rows(
        self, first: int, headers: list[MappedText], roles: list[Role | None], *, header_line: bool = True
    ) -> TableBlock:
        """Rows that each begin with their number; the other words are placed in the columns they fit,
        the words of one column kept together as printed (a task text may hold spaces). `header_line`: the
        line at `first` is the header's own, else the header ends a line of text and the table starts below.
        A blank line between two rows is passed over (a copy that prints a row a paragraph)."""
        start = first if header_line else first + 1
        furniture = {first: NoiseKind.TABLE_HEADER} if header_line else {}
        block = TableBlock(start, start, "words", roles, headers, furniture=furniture)
        previous: int | None = None
        position = first
        while (position := position + 1) < len(self.lines):
            line = self.lines[position]
            if line.kind is LineKind.BLANK and (following := self.word_row_next(position, previous or 0)):
                position = following - 1  # past the whole run of blank lines at once
                continue
            if line.kind is LineKind.PAGE_NUMBER and self.word_row_next(position + 1, previous or 0):
                block.furniture[position] = NoiseKind.PAGE_NUMBER  # - 2 - between two rows: the page's footer
                continue
            words = self.words(line)
            if line.kind in _SECTION_KINDS and section_kind(self.doc.matched(line.body)):
                block.rows.append(section_row(line.kind, self.doc.mapped(line.body), line.start, line.end))
            else:
                number = self.word_row_number(words)
                if number is None and self.rows_follow(position, previous) and self.continues_units(block, line):
                    block.last = position
                    continue
                if number is None and self.rows_follow(position + 1, previous) and self.fills_row_rest(block, line):
                    block.last = position
                    continue
                if number is None and self.rows_follow(position + 1, previous) and self.adds_sub_row(block, words):
                    block.rows[-1].end = line.end
                    block.last = position
                    continue
                if number is None and self.rows_follow(position + 1, previous) and self.wraps_task_cell(block, line):
                    block.last = position
                    continue
                if number is None or not self.word_row_follows(previous, number, words, roles):
                    break
                previous = number
                cells = [self.doc.mapped(words[0]), *self.word_cells(words[1:], roles[1:])]
                block.rows.append(TableRow(LineKind.TASK, cells, line.start, line.end))
            block.last = position
        return block

    def word_row_follows(
        self, previous: int | None, number: int, words: list[Offsets], roles: list[Role | None]
    ) -> bool:
        """Whether a row of words numbered `number` goes on a table whose last row was `previous`: the next
        number, or a later one on a row with a word for every column whose unit cells read as units (a list
        filtered to some of its rows: 81, 85, 87; not 12 月 10 日前，各牵头单位… after the table); never a line
        of more words than any row holds (MAX_WORDS)."""
        if len(words) > MAX_WORDS:
            return False
        if previous is None or number == previous + 1:
            return True
        if not previous < number <= previous + MAX_ROW_GAP or len(words) < len(roles):
            return False
        cells = self.word_cells(words[1:], roles[1:])
        units = [cell.text for role, cell in zip(roles[1:], cells, strict=False) if role in UNIT_ROLES]
        return bool(units) and all(text.strip() and looks_like_units(text) for text in units)

    def word_row_next(self, position: int, previous: int) -> int | None:
        """The first line with words after `position` when it opens the row after `previous` or a section."""
        following = self.next_cell(position, "words")
        if following is None:
            return None
        line = self.lines[following]
        if line.kind in _SECTION_KINDS:
            return following if section_kind(self.doc.matched(line.body)) is not None else None
        return following if self.word_row_number(self.words(line)) == previous + 1 else None

    def word_row_number(self, words: list[Offsets]) -> int | None:
        """The number a row of words opens with (1 推进甲项工作。 市发改委), or None."""
        return row_number(self.doc.matched(words[0])) if len(words) >= 2 else None

    def word_cells(self, words: list[Offsets], roles: list[Role | None]) -> list[MappedText]:
        """A row's words (after its number) placed in the columns of `roles`, the words of one column kept
        together as printed."""
        texts = [self.doc.matched(word) for word in words]
        pieces = join_listed_words(texts)
        rest = [(words[low][0], words[high - 1][1]) for low, high in pieces]
        runs = assign_runs(["".join(texts[low:high]) for low, high in pieces], roles, words=True)
        return [
            self.doc.mapped((rest[low][0], rest[high - 1][1])) if high > low else MappedText() for low, high in runs
        ]

    def adds_sub_row(self, block: TableBlock, words: list[Offsets]) -> bool:
        """2 推进甲项工作。 人秘科 / 完成年度目标任务。 各科室 / 3 …: a line with no number that holds both a task's
        words and units, between two rows, is a second line of the row above whose number cell is merged
        over both: its words go on in that row's cells."""
        if not block.rows or block.rows[-1].kind is not LineKind.TASK or len(words) > MAX_WORDS:
            return False
        row = block.rows[-1]
        cells = [MappedText(), *self.word_cells(words, block.columns[1:])]
        filled = {role for role, cell in zip(block.columns, cells, strict=True) if cell.text.strip()}
        if Role.TASK not in filled or not filled & set(UNIT_ROLES) or len(row.cells) != len(cells):
            return False
        row.cells = [
            MappedText.concat([(above, ""), (below, "、" if role in UNIT_ROLES else "\n")])
            for role, above, below in zip(block.columns, row.cells, cells, strict=True)
        ]
        return True

    def wraps_task_cell(self, block: TableBlock, line: Line) -> bool:
        """1 加快推进…完成新增区块规划环评和基 管委会 县发改局 10月底前 / 础设施配套方案编制。 / 2 …: a line of one
        word with no number between two rows, not unit names, is the rest of the row's task text that a PDF
        copy wrapped under it: it goes on in the row's task cell."""
        if not block.rows or block.rows[-1].kind is not LineKind.TASK or Role.TASK not in block.columns:
            return False
        if line.kind is not LineKind.TEXT or len(self.words(line)) != 1:
            return False
        text = self.doc.matched(line.body).rstrip()
        row = block.rows[-1]
        units = [index for index, role in enumerate(block.columns) if role in UNIT_ROLES and _filled(row, index)]
        if units and breaks_off_in_a_name(row.cells[units[-1]].text, text):
            column = units[-1]  # 县发改局、县自然资源 / 局: the rest of a unit's name the wrap cut
        elif looks_like_units(text) and not text.endswith(tuple(SENTENCE_ENDS)):
            return False  # a units cell's next line (县商务局), not the text's: a sentence ends the text
        else:
            column = block.columns.index(Role.TASK)
            if column < len(row.cells) and row.cells[column].text.rstrip().endswith(tuple(SENTENCE_ENDS)):
                return False  # the text ended its sentence: a line that does not is no more of it
        if column >= len(row.cells):
            return False
        row.cells[column] = MappedText.concat([(row.cells[column], ""), (self.doc.mapped(line.body).strip(), "")])
        row.end = line.end
        return True

    def rows_follow(self, position: int, previous: int | None) -> bool:
        """Whether the table's rows go on after the unnumbered lines from `position`: the first line that
        does not read as unit names is the next row (or a section row). Lines after the last row (a
        signature, a closing sentence) are not the row's units."""
        if previous is None:
            return False
        if position < self.next_row_at:
            return True  # between lines already looked at and the row found after them
        for following in range(position, len(self.lines)):
            line = self.lines[following]
            if line.kind is LineKind.BLANK:
                continue
            text = self.doc.matched(line.body)
            number = self.word_row_number(self.words(line))
            if number is not None or (line.kind in _SECTION_KINDS and section_kind(text)):
                if number is None or number == previous + 1:
                    self.next_row_at = following
                    return True
                return False
            if not looks_like_units(text):
                # the rest of a row whose units went on a line each (…区农业委 / 区林业局 / 同比增长2%。): one line,
                # right before the next row
                return following > position and self.word_row_next(following + 1, previous) is not None
        return False

    def fills_row_rest(self, block: TableBlock, line: Line) -> bool:
        """The rest of a row of words whose unit cell listed its units a line each (2 农业增加值增长4%。 区农业委 /
        区林业局 / 同比增长2%。 · 13 加快… 区经发局 / 区建设局 / 区自然资源分局、…。 2019年11月底): the line's words
        fill the empty columns after the units, one each, when there are as many and each fits its column."""
        words = self.words(line)
        if not block.rows or block.rows[-1].kind is not LineKind.TASK or not words:
            return False
        row = block.rows[-1]
        filled = [index for index, cell in enumerate(row.cells) if cell.text.strip()]
        if not filled or filled[-1] + len(words) >= len(row.cells) or block.columns[filled[-1]] not in UNIT_ROLES:
            return False
        texts = [self.doc.matched(word).strip() for word in words]
        columns = block.columns[filled[-1] + 1 : filled[-1] + 1 + len(words)]
        if len(words) > 1 and not all(fits(role, text) for role, text in zip(columns, texts, strict=True)):
            return False
        cells = (
            [self.doc.mapped(word).strip() for word in words]
            if len(words) > 1
            else [self.doc.mapped(line.body).strip()]
        )
        for offset, cell in enumerate(cells):
            row.cells[filled[-1] + 1 + offset] = cell
        row.end = line.end
        return True

    def continues_units(self, block: TableBlock, line: Line) -> bool:
        """A line of unit names under a row whose last filled cell names units (a cell that listed its
        units one per line, copied line by line): another unit of that cell, so the table goes on."""
        if not block.rows or block.rows[-1].kind is not LineKind.TASK:
            return False
        row = block.rows[-1]
        column = max(index for index, cell in enumerate(row.cells) if cell.text.strip())
        text = self.doc.matched(line.body)
        if column >= len(block.columns) or block.columns[column] not in UNIT_ROLES or not looks_like_units(text):
            return False
        if column + 1 < len(row.cells) and not row.cells[column + 1].text.strip() and _LIST_OR_SENTENCE.search(text):
            return False  # 区政府有关部门,各镇人民政府。 after a unit a line: a list of its own, the next column's
        if column > 0 and block.columns[column - 1] in UNIT_ROLES and not row.cells[column - 1].text.strip():
            # 2 … 区财政局 / 区税务局 / …: a cell going on below was printed from the left, in the first unit column
            row.cells[column - 1], row.cells[column] = row.cells[column], MappedText()
            column -= 1
        row.cells[column] = MappedText.concat([(row.cells[column], ""), (self.doc.mapped(line.body), "、")])
        row.end = line.end
        return True

    # -- one row per line: pipe, tab, and columns apart by runs of spaces ---------------------------
    def read_rows(
        self, first: int, style: str, roles: list[Role | None], headers: list[MappedText], header_at: int | None = None
    ) -> TableBlock:
        """The rows under the header at `first` (`header_at`: the header's first line, when it spans two)."""
        block = TableBlock(first, first, style, roles, headers, furniture={first: NoiseKind.TABLE_HEADER})
        columns = self.column_starts(self.lines[first if header_at is None else header_at]) if style == "spaces" else []
        anchored = False  # whether `columns` come from a full row rather than the header (see below)
        position = first + 1
        while position < len(self.lines):
            line = self.lines[position]
            cells = self.with_empty_first_cell(block, line, self.row_cells(line, style))
            if columns and block.rows and self.continue_cells(block, line, columns):
                pass  # a cell's text wrapped onto this line, indented under its column
            elif cells and self.item_row(block, line, cells, columns):
                pass  # （1）… under a numbered row: an item of its task
            elif line.kind in NEVER_A_CELL:
                break  # the page's own rows after the table (索引号: | … · 发布机构: | …)
            elif not cells and (opening := self.row_opening(block, line)):
                block.rows.append(TableRow(LineKind.TASK, opening, line.start, line.end))
            elif not cells and (lone := self.lone_task_cell(block, line)) is not None:
                block.rows.append(lone)  # 2.整理… | under a pipe row: its other cells merged with the row above's
            elif self.continues_row(block, position, cells):
                pass  # a tab or pipe row whose cell went on on the next line
            elif line.kind is LineKind.BLANK:
                if not self.goes_on_after(position, style):
                    break
            elif line.kind in (LineKind.TABLE_RULE, LineKind.PAGE_NUMBER):
                block.furniture[position] = (
                    NoiseKind.TABLE_RULE if line.kind is LineKind.TABLE_RULE else NoiseKind.PAGE_NUMBER
                )
            elif position in self.running and self.goes_on_after(position, style):
                block.furniture[position] = NoiseKind.RUNNING_HEADER
            elif cells and (named := header_roles([self.doc.matched(cell) for cell in cells])):
                # After rows: the same header repeated on the next page is furniture; other columns start
                # the next table. Before any row: a second header row (牵头单位 | 配合单位 under a merged
                # 责任分工) names the columns the first left blank.
                if block.rows and named != block.columns:
                    break
                block.columns = [second or first for first, second in zip_longest(block.columns, named)]
                block.headers += [MappedText()] * (len(cells) - len(block.headers))
                for index, role in enumerate(named):
                    if role is not None:
                        block.headers[index] = self.doc.mapped(cells[index])
                block.furniture[position] = NoiseKind.TABLE_HEADER
            elif cells:
                if columns and not anchored and len(cells) == len(columns[0].starts):
                    # a text layer centres its header's labels over their columns; the first row that fills
                    # every column shows where the cells (and the lines they wrap onto) really begin
                    columns, anchored = self.anchored_columns(position, columns), True
                under = (
                    self.under_columns(line, cells, columns)
                    if columns and len(columns[0].starts) == len(block.columns)
                    else None
                )
                under = under or self.tab_cells_in_place(block, line, cells)
                self.add_row(block, under or [self.doc.mapped(cell) for cell in cells], line.start, line.end)
            elif line.kind in _SECTION_KINDS:
                block.rows.append(section_row(line.kind, self.doc.mapped(line.body), line.start, line.end))
            else:
                break
            block.last = position
            position += 1
        for row in block.rows:
            if style == "tab":
                join_spreadsheet_row(row, block.columns)
            else:
                row.join_wrapped()
        if style == "spaces":
            join_straddling_cells(block)
        fold_items(block)
        return block

    def item_row(self, block: TableBlock, line: Line, cells: tuple[Offsets, ...], columns: list[Columns]) -> bool:
        """4. 推进重大项目建设： / （1）甲项目竣工投产；  2025年8月 / （2）乙项目开工: a row of a table numbered 1,
        2, … whose number cell holds an item's number and which names no one (its units and leaders are the row
        above's) is an item of the row above: kept as an ITEM row (the lines wrapped under it are its own),
        folded into that row's task cell when the table is read (`fold_items`)."""
        if line.kind is not LineKind.NUMBERED_ITEM or not block.rows or not columns:
            return False
        above = next((row for row in reversed(block.rows) if row.kind is not LineKind.NUMBERED_ITEM), None)
        if above is None or above.kind is not LineKind.TASK or not above.cells:
            return False
        if (
            block.columns[0] is not Role.NUMBER
            or Role.TASK not in block.columns
            or row_number(above.cells[0].text) is None
        ):
            return False
        placed = self.under_columns(line, cells, columns) if len(cells) > 1 else None
        if placed is None or any(
            cell.text.strip() for cell, role in zip(placed, block.columns, strict=False) if role in NAME_COLUMNS
        ):
            return False
        block.rows.append(TableRow(LineKind.NUMBERED_ITEM, placed, line.start, line.end))
        return True

    def lone_task_cell(self, block: TableBlock, line: Line) -> TableRow | None:
        """A numbered task printed alone with the bar that ends its cell (2.整理历年档案数据。 |) among the rows of a
        pipe table: a row whose other cells a copy left out, merged with the row above's (the section's cell and
        the units' alike); it takes the units, leaders and deadline of the task row above it."""
        if block.style != "pipe" or line.row_style != "bar" or line.kind is not LineKind.TASK:
            return None
        above = next((row for row in reversed(block.rows) if row.kind is LineKind.TASK), None)
        if above is None or Role.TASK not in block.columns:
            return None
        task = block.columns.index(Role.TASK)
        text = self.doc.mapped(line.body).strip(" |")
        cells = [
            text
            if column == task
            else above.cells[column]
            if role in MERGED_OVER_ROWS and column < len(above.cells)
            else MappedText()
            for column, role in enumerate(block.columns)
        ]
        return TableRow(LineKind.TASK, cells, line.start, line.end)

    def row_opening(self, block: TableBlock, line: Line) -> list[MappedText]:
        """The cells of a row of a numbered pipe table that a long cell wrapped before its end: 4|推进老旧小区
        改造，完成两个小区 / 雨污分流改造。|周某|城建办|…: the line has too few bars to be a row by itself,
        but opens with the row's number; the lines after it go on with the row (`continues_row`). None of
        the cells, else."""
        if block.style != "pipe" or not block.columns or block.columns[0] is not Role.NUMBER:
            return []
        pieces = split_cells(self.doc.norm, *line.body, "|")
        if not 2 <= len(pieces) < len(block.columns):
            return []
        cells = [self.doc.mapped(piece) for piece in pieces]
        if not cells[0].text.strip() and len(cells) > 2:
            cells = cells[1:]  # | 4 | 推进… : the bar before the first cell
        return cells if is_row_label(cells[0].text.strip()) else []

    def continues_row(self, block: TableBlock, position: int, cells: tuple[Offsets, ...] | None) -> bool:
        """A line that goes on with the last row of a numbered tab or pipe table rather than start one:
        it has no number in the 序号 column. Its first piece continues the row's open cell (or, after
        leading empty cells, the cell of that column); the pieces after it fill the next columns. Plain
        text after a complete row goes on with it only where the table's rows go on below (a multi-line
        cell whose copy lost its empty cells: ——高标准农田… under a goal's row), in its last text cell."""
        line = self.lines[position]
        if block.style not in ("tab", "pipe") or not block.rows or block.rows[-1].kind is not LineKind.TASK:
            return False
        if block.columns[0] is not Role.NUMBER or line.kind in NOT_A_ROW:
            return False
        pieces = list(cells) if cells else [line.body]
        first = self.doc.matched(pieces[0]).strip()
        texts = [self.doc.matched(piece).strip() for piece in pieces]
        if is_row_label(first) or any(section_kind(text) for text in texts if text):
            return False
        if cells and header_roles([self.doc.matched(cell) for cell in cells]):
            return False
        row = block.rows[-1]
        task_column = block.columns.index(Role.TASK) if Role.TASK in block.columns else -1
        filled_texts = [text for text in texts if text]
        if (
            0 <= task_column < len(row.cells)
            and len(filled_texts) > 1  # its text and units of its own: an item of the row's task names none
            and _goes_on_in_cells(row.cells[task_column].text, filled_texts[0])
        ):
            return False  # （2）… under （1）…'s row: the next task numbered in its cell, its 序号 merged
        # Leading empty cells (tabs or bars before the text) place the text under its own column.
        leading = self.doc.text[line.start : line.body[0]].count("\t" if block.style == "tab" else "|")
        border = 1 if block.style == "pipe" and leading else 0
        column = max([index for index, cell in enumerate(row.cells) if cell.text.strip()] + list(row.wrapped))
        if not cells and not leading and len(row.cells) >= len(block.columns) and row.cells[-1].text.strip():
            if (
                position in self.running
                or self.topic_heading(line)
                or not self.rows_resume_below(position, block.style)
            ):
                return False  # plain text after a complete row: a note under the table, not a wrapped cell
            texts_at = [index for index, role in enumerate(block.columns[: len(row.cells)]) if role in TEXT_ROLES]
            if not texts_at:
                return False  # no column of words for it to go on in
            column = texts_at[-1]
        filled = [index for index, piece in enumerate(pieces) if self.doc.matched(piece).strip()]
        if leading or (filled and filled[0] > 0):
            column = leading + (filled[0] if filled else 0) - border
            pieces = pieces[filled[0] :] if filled else []
        for offset, piece in enumerate(pieces):
            if self.doc.matched(piece).strip():
                row.wrapped.setdefault(column + offset, []).append(self.doc.mapped(piece).strip())
        row.end = line.end
        return True

    def tab_cells_in_place(self, block: TableBlock, line: Line, cells: tuple[Offsets, ...]) -> list[MappedText] | None:
        """The cells of a tab row whose empty first and last cells left only their tabs around its text
        (\t（2）…\t县安委办\t): with them counted it has the header's width, so each cell stands in its own
        column; None otherwise."""
        if block.style != "tab":
            return None
        leading = self.doc.text[line.start : line.body[0]].count("\t")
        trailing = self.doc.text[line.body[1] : line.end].count("\t")
        if not leading + trailing or leading + len(cells) + trailing != len(block.columns):
            return None
        return [MappedText()] * leading + [self.doc.mapped(cell) for cell in cells] + [MappedText()] * trailing

    def rows_resume_below(self, position: int, style: str) -> bool:
        """Whether lines of plain text from `position` on lead, within MAX_TEXT_BETWEEN_ROWS lines, to a
        numbered row of the same table (not a note, a line announcing more, or another table's header)."""
        text = self.doc.matched(self.lines[position].body).rstrip()
        if OPENS_A_NOTE.match(text) or text.endswith(":"):
            return False  # 注：… · 第二批任务如下：: the table's note, or the words that announce another
        for below in range(position + 1, min(len(self.lines), position + 1 + MAX_TEXT_BETWEEN_ROWS)):
            if cells := self.row_cells(self.lines[below], style):
                return row_number(self.doc.matched(cells[0]).strip(" |")) is not None
            if self.lines[below].kind not in (LineKind.TEXT, LineKind.TOPIC) or self.topic_heading(self.lines[below]):
                return False
        return False

    def topic_heading(self, line: Line) -> bool:
        """A —— line that heads a topic (——推动制造业提质增效), not one that states a target and ends its
        sentence (——高标准农田累计建成280万亩；)."""
        return line.kind is LineKind.TOPIC and self.doc.norm[line.body[1] - 1] not in "。;."

    def with_empty_first_cell(
        self, block: TableBlock, line: Line, cells: tuple[Offsets, ...] | None
    ) -> tuple[Offsets, ...] | None:
        """The cells of a pipe row with the empty first cell the classify stage dropped: a bar that opens the
        line of a table whose header opens with none (序号 | 任务内容 | … over  | 创伤等… | ·  |  | 牵头单位 | …)
        closes an empty 序号 cell when the row is short of the header's cells; a row with all its cells
        (| 1 | 推进… | 县发改局 | under 序号 | 重点任务 | 牵头单位 |) only has a border there."""
        if block.style != "pipe" or not cells or not self._opens_with_bar(line):
            return cells
        if self._opens_with_bar(self.lines[block.first]) or len(cells) >= len(block.headers):
            return cells
        return ((line.body[0], line.body[0]), *cells)

    def _opens_with_bar(self, line: Line) -> bool:
        return self.doc.norm[line.body[0] : line.body[0] + 1] == "|"

    def column_starts(self, line: Line) -> list[Columns]:
        """Where the cells of a space-separated row begin, in each of `COLUMN_MEASURES`."""
        starts = [start for start, _ in segments(self.doc, line)]
        return [
            Columns(measure, [self._column_at(line, start, measure) for start in starts]) for measure in COLUMN_MEASURES
        ]

    def anchored_columns(self, position: int, header: list[Columns]) -> list[Columns]:
        """The columns the lines below the full row at `position` keep to: the row's starts or the `header`'s,
        in the one measure under which most of the next lines stand with every piece at one of the starts (a
        copy lines all its rows up by display width or all by characters, never both; a row whose cell holds
        a stray double space keeps to neither, and leaves the header's starts in place)."""

        def kept_to(columns: Columns) -> int:
            kept = 0
            for line in self.lines[position + 1 : position + MAX_ANCHOR_LOOKAHEAD + 1]:
                pieces = segments(self.doc, line)
                kept += bool(pieces) and all(
                    any(
                        abs(self._column_at(line, start, columns.measure) - begin) <= WRAP_TOLERANCE
                        for begin in columns.starts
                    )
                    for start, _ in pieces
                )
            return kept

        candidates = [*header, *self.column_starts(self.lines[position])]
        return [max(candidates, key=kept_to)]  # on a tie the header's, and display width before characters

    def under_columns(self, line: Line, cells: tuple[Offsets, ...], columns: list[Columns]) -> list[MappedText] | None:
        """The cells of a space-separated row with fewer cells than columns, each under the column it stands
        under (its column at or just past the column's start, in the first measure that places every cell),
        the others empty: a row that leaves the 牵头单位 of a merged cell blank keeps its 责任单位 under 责任单位.
        None when the row has all its cells, or when a cell stands under no column or under the same column
        as another (a row whose text runs across the columns: read as before)."""
        if len(cells) >= len(columns[0].starts):
            return None
        for measure, starts in columns:
            if (placed := self.placed_under(line, cells, measure, starts)) is not None:
                return placed
        return None

    def placed_under(
        self, line: Line, cells: tuple[Offsets, ...], measure: Callable[[str], int], starts: list[int]
    ) -> list[MappedText] | None:
        """A short row's cells under the columns they stand under in `measure`, the others empty."""
        placed: list[MappedText] = [MappedText()] * len(starts)
        taken = -1
        for start, end in cells:
            at = self._column_at(line, start, measure)
            column = max((index for index, begin in enumerate(starts) if begin <= at + WRAP_TOLERANCE), default=-1)
            if column <= taken:
                return None
            placed[column], taken = self.doc.mapped((start, end)), column
        return placed

    def continue_cells(self, block: TableBlock, line: Line, columns: list[Columns]) -> bool:
        """Text wrapped inside cells of a space-separated table: an indented line whose pieces stand
        under their columns (in one of `COLUMN_MEASURES`) goes on with the last row's cells, joined
        without a separator."""
        row = block.rows[-1]
        pieces = segments(self.doc, line)
        if row.kind not in (LineKind.TASK, LineKind.NUMBERED_ITEM) or not pieces or line.kind in _SECTION_KINDS:
            return False
        placed = next(
            (
                found
                for measure, starts in columns
                if (found := self.under_their_columns(line, pieces, measure, starts)) is not None
            ),
            None,
        )
        if placed is None:
            return False
        for column, offsets in placed:
            row.wrapped.setdefault(column, []).append(self.doc.mapped(offsets))
        row.end = line.end
        return True

    def under_their_columns(
        self, line: Line, pieces: tuple[Offsets, ...], measure: Callable[[str], int], starts: list[int]
    ) -> list[tuple[int, Offsets]] | None:
        """Each piece of a wrapped line with the column it starts under (within `WRAP_TOLERANCE`, in
        `measure`), or None when one stands under no column, under the first, or runs wider than its column."""
        placed: list[tuple[int, Offsets]] = []
        for start, end in pieces:
            at = self._column_at(line, start, measure)
            column = next((index for index, begin in enumerate(starts) if abs(begin - at) <= WRAP_TOLERANCE), None)
            if column is None or column == 0:
                return None  # not under a column, or under the first: a row or a paragraph of its own
            limit = starts[column + 1] - starts[column] if column + 1 < len(starts) else None
            if limit is not None and measure(self.doc.text[start:end]) > limit + WRAP_TOLERANCE:
                return None  # wider than its column: running text after the table, not a wrapped cell
            placed.append((column, (start, end)))
        return placed

    def goes_on_after(self, position: int, style: str) -> bool:
        """Whether the table goes on after the line at `position`, a blank line or page furniture (a
        running header): the next line that is none of these is a row (or a section row) of the table."""
        for following in range(position + 1, len(self.lines)):
            line = self.lines[following]
            if line.kind is LineKind.BLANK or (style == "cell" and self.marked_page(line)):
                continue  # (a page's footer between two rows of plain cells: — 3 —)
            if style == "cell":  # plain cells: only a new row (a number or a section row) goes on
                return line.kind in _SECTION_KINDS or self.doc.matched(line.body).strip().isdecimal()
            if line.kind is LineKind.PAGE_NUMBER or following in self.running:
                continue
            return bool(self.row_cells(line, style)) or (line.kind in _SECTION_KINDS and style in ("tab", "spaces"))
        return False

    def add_row(self, block: TableBlock, cells: list[MappedText], start: int, end: int) -> None:
        filled = [cell for cell in cells if cell.text.strip()]
        if len(filled) == 1 and (kind := section_kind(filled[0].text)) and cells[0].text.strip():
            block.rows.append(section_row(kind, filled[0], start, end))
            return
        if not filled:
            return
        # | 2 | 组织… | 各乡镇人民政府 | 2024年9月底前 | |: a row that lost a merged cell may be padded with empty
        # cells at its end instead; they stand for no column (where the last column is no remark a row leaves empty)
        padded = block.style in ("pipe", "tab") and block.columns[-1:] not in ([Role.NOTE], [None])
        printed = cells[: len(cells) - _trailing_empty(cells)] if padded else cells
        if block.style in ("pipe", "tab") and len(cells) == len(block.columns) - 1 and block.columns[0] is Role.TOPIC:
            cells = placed_without_topic(cells, block.columns)
        elif block.style in ("pipe", "tab") and len(printed) < len(block.columns):
            placed = placed_by_fit(printed, block.columns)  # the cell of a merged column is not repeated
            if all(cell.text.strip() for cell in printed):  # every printed cell filled: one is missing, not empty
                carry_merged_leader(block, placed)
            cells = placed if placed is not printed else cells
        block.rows.append(TableRow(LineKind.TASK, cells, start, end))

    # -- box drawing: a row is the text lines between two rules -----------------------------------
    def box_record(self, position: int) -> tuple[int, list[MappedText]]:
        """Last index of the record starting at `position` and its cells joined down each column."""
        columns: list[TextBuilder] = []
        end = last = position
        while end < len(self.lines):
            if self.lines[end].row_style != "box":
                following = self.box_line_after_blanks(end)
                if following is None or self.lines[following].row_style != "box":
                    break
                end = following
            for column, cell in enumerate(self.lines[end].cells or ()):
                while len(columns) <= column:
                    columns.append(TextBuilder())
                columns[column].add(self.doc.mapped(cell))
            last = end
            end += 1
        return last, [column.build() for column in columns]

    def box_line_after_blanks(self, position: int) -> int | None:
        """Past blank lines at `position` (a copy that puts an empty line after every line of a box table),
        the next line when it is a row or a rule of the box; None when no blank line stands there or the
        box ends."""
        following = position
        while following < len(self.lines) and self.lines[following].kind is LineKind.BLANK:
            following += 1
        if following == position or following == len(self.lines):
            return None
        line = self.lines[following]
        return following if line.row_style == "box" or line.kind is LineKind.TABLE_RULE else None

    def read_box(self, first: int, header_end: int, roles: list[Role | None], headers: list[MappedText]) -> TableBlock:
        block = TableBlock(first, header_end, "box", roles, headers)
        for index in range(first, header_end + 1):
            block.furniture[index] = NoiseKind.TABLE_HEADER
        if first > 0 and self.lines[first - 1].kind is LineKind.TABLE_RULE:
            block.first = first - 1
            block.furniture[first - 1] = NoiseKind.TABLE_RULE
        position = header_end + 1
        records: list[tuple[list[MappedText], int, int]] = []
        merged_below: list[set[int]] = []  # for each record, the columns whose cell goes on in the next
        while position < len(self.lines):
            line = self.lines[position]
            if line.kind is LineKind.TABLE_RULE:
                block.furniture[position] = NoiseKind.TABLE_RULE
                block.last = position
                if records:
                    merged_below[-1] = self.open_segments(line)
                position += 1
            elif line.row_style == "box":
                end, cells = self.box_record(position)
                records.append((cells, line.start, self.lines[end].end))
                merged_below.append(set())
                block.last = end
                position = end + 1
            elif (following := self.box_line_after_blanks(position)) is not None:
                position = following  # an empty line between the box's lines
            else:
                break
        for cells, start, end in spread_merged(records, merged_below):
            self.add_row(block, cells, start, end)
        return block

    def open_segments(self, line: Line) -> set[int]:
        """Columns a rule line leaves open (spaces where ─ would be): the cell above goes on below,
        a vertically merged cell (├──┼────┤    ├───┤)."""
        body = self.doc.text[line.body[0] : line.body[1]]
        segments = BOX_JUNCTION.split(body)
        if segments and not segments[0]:
            segments = segments[1:]
        if segments and not segments[-1]:
            segments = segments[:-1]
        return {column for column, segment in enumerate(segments) if segment and not segment.strip()}

    # -- one cell per line, with or without a trailing "|" ---------------------------------------
    def read_cells_per_line(self, first: int) -> TableBlock | None:
        style = self.lines[first].row_style or "cell"
        header = self.header_cells(first, style)
        if header is None:
            return None
        headers, roles, position, spaced = header
        # 项目 / 分值 / 目标任务 / …: a header that opens with labels the vocabulary does not know (a group's column
        # before a column of numbers is known by those numbers) stands only over rows read around their tasks
        unknown_first = column_role(headers[0].text) is None and Role.NUMBER not in roles
        block = TableBlock(first, position - 1, style, roles, headers)
        block.furniture = {
            index: NoiseKind.TABLE_HEADER for index in range(first, position) if self.is_cell(self.lines[index], style)
        }
        block.furniture.update(
            (index, NoiseKind.PAGE_NUMBER) for index in range(first, position) if self.page_break_in_cells(index, style)
        )
        block.furniture.update(self.bare_bars(first, position + self.separator_run(position, style), style))
        if spaced:
            self.read_spaced_cells(block, position)
            return block
        if self.numbers_after_topics(block, position):
            block.columns.insert(1, Role.NUMBER)  # a column of numbers the header does not name (topic / 1 / …)
            block.headers.insert(1, MappedText())
        around_tasks = Role.NUMBER not in roles and Role.TASK in roles[1:] and not units_then_more(roles)
        if style == "cell" and around_tasks and (read := self.read_rows_around_task_cells(block, position)):
            return read
        if unknown_first:
            return None
        row: list[MappedText] = []
        row_start = 0
        topics_as_headings = False  # the topic column's cells are the 一、/(一) rows above the tasks
        while position < len(self.lines):
            line = self.lines[position]
            if self.took_page_furniture(block, position, style):
                position += 1
                continue
            bars = self.doc.norm[line.start : line.end].strip()
            after_section = bool(block.rows) and block.rows[-1].kind is not LineKind.TASK
            if style == "bar" and not row and after_section and len(bars) > 2 and not bars.strip("|"):
                # 一、… | then |||: the empty cells of a section row run together on one line, no cell of a row
                block.furniture[position] = NoiseKind.TABLE_RULE
                block.last = position
                position += 1
                continue
            if style == "bar" and bars == "||":
                cell = MappedText()  # an empty cell: nothing before its bar
            elif style == "bar" and not row and line.kind is LineKind.TABLE_RULE and self.numbered(position + 1):
                # A bare "|" before a row's number is the border a copy prints between rows (| / 1 | / 项目 | …);
                # anywhere else it is an empty cell.
                block.furniture[position] = NoiseKind.TABLE_RULE
                block.last = position
                position += 1
                continue
            elif style == "cell" and not row and line.kind is LineKind.TABLE_RULE:
                block.furniture[position] = NoiseKind.TABLE_RULE  # --- between the rows of a Markdown copy
                block.last = position
                position += 1
                continue
            elif not row and self.signature_at(position):
                break  # 某县人民政府 / 2025年3月1日 straight under the last row: the notice's signature
            elif style == "bar" and self.bar_on_next_line(position):
                # 相关业务科室、办公室 / |: a cell whose bar the copy put on the line below; that line is furniture
                cell = self.doc.mapped(line.body)
                position += 1
                block.furniture[position] = NoiseKind.TABLE_RULE
            elif not self.is_cell(line, style) or self.note_under_table(position, style):
                if line.kind is not LineKind.BLANK:
                    break
                if style == "cell" and row:
                    # Plain cells: an empty line inside a row is an empty cell kept in its place.
                    cell = MappedText()
                elif self.goes_on_after(position, style):
                    position += 1  # a blank line between rows
                    continue
                else:
                    break
            else:
                cell = self.doc.mapped(line.body)
            if row and self.starts_next_row(cell, line, roles, row):
                # A short row: cells that were empty have disappeared from the copy.
                block.rows.append(self.short_row(row, roles, row_start, self.lines[block.last].end))
                row = []
            if not row and (split := self.split_heading(position, style, len(roles))) is not None:
                block.rows.append(split[0])
                block.last = position = split[1]
                position += 1
                continue
            if not row and (kind := section_kind(cell.text)) and line.kind in _SECTION_KINDS:
                block.rows.append(section_row(kind, cell, line.start, line.end))
                topics_as_headings = topics_as_headings or roles[0] is Role.TOPIC
            else:
                if not row:
                    row_start = line.start
                row.append(cell)
                if topics_as_headings and self.full_without_topic(row, roles, position + 1, style):
                    block.rows.append(TableRow(LineKind.TASK, placed_without_topic(row, roles), row_start, line.end))
                    row = []
                elif (
                    unnumbered_row_full(row, roles) if units_then_more(roles) else len(row) >= len(roles)
                ) and not self.row_runs_on(position, style, roles, row):
                    # a line for each column, or more where a cell went on over several (a unit a line)
                    placed = placed_by_fit(row, roles) if len(row) == len(roles) else assign(row, roles)
                    block.rows.append(TableRow(LineKind.TASK, placed, row_start, line.end))
                    row = []
                    if self.next_in_cells(placed, roles, position + 1, style):
                        row = [MappedText()]  # the next task numbered in its cell: its 序号 cell is the merged one
                        row_start = self.lines[position + 1].start
            block.last = position
            position += 1
        if row:
            block.rows.append(self.short_row(row, roles, row_start, self.lines[block.last].end))
        carry_merged_cells(block)
        return block

    def next_in_cells(self, cells: list[MappedText], roles: list[Role | None], following: int, style: str) -> bool:
        """Whether the cell at `following` opens with the number after the one the task cell of a full row of
        `cells` opens with, in a table with a 序号 column before its task column."""
        number_column = roles.index(Role.NUMBER) if Role.NUMBER in roles else -1
        task_column = roles.index(Role.TASK) if Role.TASK in roles else -1
        if not 0 <= number_column < task_column < len(cells) or following >= len(self.lines):
            return False
        if not self.is_cell(self.lines[following], style):
            return False
        return _goes_on_in_cells(cells[task_column].text, self.doc.matched(self.lines[following].body))

    def read_rows_around_task_cells(self, block: TableBlock, position: int) -> TableBlock | None:
        """The rows of a one-cell-per-line table with no number column and columns before its task's, whose
        rows print only some of their cells (see `rows_around_task_cells`); section rows (一、…) between them
        part the rows. None when its cells do not read so (the caller reads them a row a header's width)."""
        cells: list[MappedText] = []
        lines: list[Line] = []

        def close() -> bool:
            rows = rows_around_task_cells(cells, block.columns) if cells else []
            if rows is None:
                return False
            carry_row_units(rows, block.columns)
            for first, last, placed in rows:
                block.rows.append(TableRow(LineKind.TASK, placed, lines[first].start, lines[last].end))
            cells.clear()
            lines.clear()
            return True

        while position < len(self.lines):
            line = self.lines[position]
            if self.took_page_furniture(block, position, "cell"):
                position += 1
                continue
            if not self.is_cell(line, "cell") or self.note_under_table(position, "cell"):
                if line.kind is LineKind.BLANK and self.goes_on_after(position, "cell"):
                    position += 1
                    continue
                break
            cell = self.doc.mapped(line.body)
            if line.kind in _SECTION_KINDS and (kind := section_kind(cell.text)):
                if not close():
                    return None
                block.rows.append(section_row(kind, cell, line.start, line.end))
            else:
                cells.append(cell)
                lines.append(line)
            block.last = position
            position += 1
        return block if close() and block.rows else None

    def split_heading(self, position: int, style: str, width: int) -> tuple[TableRow, int] | None:
        """A heading row whose numeral and title are cells of their own (一 | / 主要任务 | / | / |, or (一) | /
        构建责任体系 |), its other cells empty, the next row numbered: one heading row, and the line it ends on."""
        if not self.bare_numeral(position) or position + 1 >= len(self.lines):
            return None
        numeral = self.doc.mapped(self.lines[position].body).strip()
        title = self.doc.mapped(self.lines[position + 1].body).strip()
        if not self.is_cell(self.lines[position + 1], style) or not title.text or self.numbered(position + 1):
            return None
        end = position + 1
        while end - position < width - 1 and end + 1 < len(self.lines) and self.is_empty_cell(end + 1, style):
            end += 1
        if end + 1 < len(self.lines) and not (self.numbered(end + 1) or self.bare_numeral(end + 1)):
            return None  # a task row numbered 一、二: its units follow the title
        joined = MappedText.concat([(numeral, ""), (title, "" if numeral.text.startswith("(") else "、")])
        kind = section_kind(joined.text)
        if kind is None:
            return None
        return section_row(kind, joined, self.lines[position].start, self.lines[end].end), end

    def is_empty_cell(self, position: int, style: str) -> bool:
        """A cell with nothing in it: a bare | of a copy closing each cell with one, or a blank line."""
        line = self.lines[position]
        if style == "bar":
            return line.row_style == "bar" and not self.doc.matched(line.body).strip(" |")
        return self.is_empty_line(position)

    def bare_numeral(self, position: int) -> bool:
        """Whether the line at `position` is a heading's numeral alone in its cell (一 · (一))."""
        return _BARE_NUMERAL.fullmatch(self.doc.matched(self.lines[position].body).strip()) is not None

    def full_without_topic(self, row: list[MappedText], roles: list[Role | None], following: int, style: str) -> bool:
        """Whether a row of a table whose first column holds topics is complete without a cell of that
        column: the topics are printed as the heading rows (一、… / (一)…) above their tasks, so a row has a
        line for every other column, its last a cell only the last column takes (市发改委牵头落实), and the
        line after it is no more of that cell (a unit a line: 县发改局 / 县财政局)."""
        last = roles[-1]
        if len(row) != len(roles) - 1 or not cell_score(last, row[-1].text) > 0 >= cell_score(last, row[0].text):
            return False
        after = self.next_cell(following, style) if style != "cell" else following
        if after is None or after >= len(self.lines) or not self.is_cell(self.lines[after], style):
            return True
        return cell_score(last, self.doc.matched(self.lines[after].body)) <= 0

    @staticmethod
    def short_row(row: list[MappedText], roles: list[Role | None], start: int, end: int) -> TableRow:
        """A row closed before it filled its columns (by the next one's number, or at the table's end): its
        lines placed in their columns, and whether it has fewer lines than columns (cells vanished from it)."""
        return TableRow(LineKind.TASK, assign(row, roles), start, end, short=len(row) < len(roles))

    def header_cells(self, first: int, style: str) -> tuple[list[MappedText], list[Role | None], int, bool] | None:
        """The header of a one-cell-per-line table starting at `first`: its cells, their roles, the
        index after the header, and whether cells stand apart by blank (or bare "|") lines.

        A header cell is a column name (序号, 牵头单位, 分 管 县领导) or a short label the vocabulary
        does not know (民生实事); a name split over two lines (牵头 / 单位) is one cell. The first
        cell must be a known column name.
        """
        headers: list[MappedText] = []
        known: list[Role | None] = []
        ends: list[int] = []  # the position after each header cell
        position, spaced = first, False
        while position < len(self.lines) and len(headers) < MAX_COLUMNS:
            gap = self.separator_run(position, style) if headers else 0
            if gap > MAX_SEPARATOR_LINES or (headers and gap and not spaced and len(headers) > 1):
                break
            if position + gap >= len(self.lines):
                break  # only separators left: the text ends
            line = self.lines[position + gap]
            if headers and self.page_break_in_cells(position + gap, style):
                position += gap + 1  # a page broke the header: the next page goes on with it
                continue
            if not self.is_cell(line, style):
                break
            text = self.doc.matched(line.body)
            if headers and (not gap or spaced) and WRAPPED_AFTERTHOUGHT.fullmatch(compact(text)):
                # 责任股室 / (单位): the bracket that ends a header cell, wrapped onto a line of its own (a cell
                # of its own in a copy that parts every line of a cell: 进展情况 / / (12月))
                headers[-1] = headers[-1].append(self.doc.mapped(line.body))
                known[-1] = column_role(headers[-1].text, among_headers=True)
                position += gap + 1
                ends[-1] = position
                continue
            role = column_role(text, among_headers=bool(headers))
            # A bar ends each cell (牵头单位 |), so only plain cells may wrap a name over two lines.
            following = self.next_cell(position + gap + 1, style) if style != "bar" else None
            if role is None and following is not None:
                joined = text + self.doc.matched(self.lines[following].body)
                if (split_role := column_role(joined, among_headers=bool(headers))) is not None:
                    headers.append(self.doc.mapped(line.body).append(self.doc.mapped(self.lines[following].body)))
                    known.append(split_role)
                    spaced = spaced or gap > 0
                    position = following + 1
                    ends.append(position)
                    continue
            if role is None and not headers and self.names_groups_before_numbers(text, position + 1, style):
                role = Role.TOPIC
            # 项目 / 分值 / 目标任务 / …: a header may open with names the vocabulary does not know
            opens_with_labels = not headers and self.column_name_follows(position + gap + 1, style)
            if role is None and not opens_with_labels and (not headers or not UNKNOWN_HEADER.fullmatch(compact(text))):
                break
            headers.append(self.doc.mapped(line.body))
            known.append(role)
            spaced = spaced or gap > 0
            position += gap + 1
            ends.append(position)
        while known and known[-1] is None:  # a header ends with a known column name
            known.pop()
            headers.pop()
            ends.pop()  # and the cell left off is the first of the rows
        position = ends[-1] if ends else position
        if len(headers) < 2:
            return None
        headers = _under_their_group(headers)
        roles = header_roles([header.text for header in headers], begun=True)
        first_row = self.next_cell(position, style)
        if roles is None or (len(headers) == 2 and not self.task_and_units_below(roles, first_row, style)):
            return None  # two lines that name columns, but no table of tasks and their units under them
        if known[0] is Role.TOPIC and first_row is not None and self.numbered(first_row):
            return None  # 民生实事项目清单 / 序号 / …: the rows open with their numbers, so a title stands above
        end = position
        while end > first and not self.is_cell(self.lines[end - 1], style):
            end -= 1
        if (
            style == "bar"
            and position < len(self.lines)
            and self.doc.matched(self.lines[position].body).strip() == "||"
        ):
            # 时限要求 | / ||: a last column the header leaves unnamed, its cell empty in each row (a bare |)
            headers, roles, end = [*headers, MappedText()], [*roles, None], position + 1
        return headers, roles, end, spaced

    def column_name_follows(self, position: int, style: str) -> bool:
        """Whether a short label at `position` - 1 opens a header: it and at most MAX_LEADING_LABELS - 1 more
        such labels lead to a column name the vocabulary knows (项目 / 分值 / 目标任务)."""
        if not UNKNOWN_HEADER.fullmatch(compact(self.doc.matched(self.lines[position - 1].body))):
            return False
        for _ in range(MAX_LEADING_LABELS):
            following = self.next_cell(position, style)
            if following is None or following != position:
                return False
            text = compact(self.doc.matched(self.lines[following].body))
            if column_role(text, among_headers=True) is not None:
                return True
            if not UNKNOWN_HEADER.fullmatch(text):
                return False
            position += 1
        return False

    def task_and_units_below(self, roles: list[Role | None], first_row: int | None, style: str) -> bool:
        """重点工作任务 / 责任单位 over 推进…增长。 / 区发改局: a header of two columns, the tasks and the units that do
        them, over a first row whose cells fit them (two header lines alone say too little of a table)."""
        if roles[0] is not Role.TASK or roles[1] not in UNIT_ROLES or first_row is None:
            return False
        second = self.next_cell(first_row + 1, style)
        if second is None:
            return False
        task, units = (self.doc.matched(self.lines[index].body) for index in (first_row, second))
        return cell_score(roles[1], units) > 0 >= cell_score(roles[1], task)

    def names_groups_before_numbers(self, text: str, position: int, style: str) -> bool:
        """Whether a header's first cell, a label the vocabulary does not know, is a column of groups: the
        next header cell is the number column (考核项目 / 序号 / 考核指标 …)."""
        following = self.next_cell(position, style)
        return (
            following is not None
            and UNKNOWN_HEADER.fullmatch(compact(text)) is not None
            and column_role(self.doc.matched(self.lines[following].body)) is Role.NUMBER
        )

    def separator_run(self, position: int, style: str) -> int:
        """How many blank or bare "|" lines stand at `position` (cell separators in a spaced copy)."""
        run = 0
        while position + run < len(self.lines) and self.is_separator(self.lines[position + run], style):
            run += 1
        return run

    def next_cell(self, position: int, style: str) -> int | None:
        """The index of the next cell line at or after `position`, past separator lines."""
        position += self.separator_run(position, style)
        return position if position < len(self.lines) and self.is_cell(self.lines[position], style) else None

    @staticmethod
    def is_separator(line: Line, style: str) -> bool:
        # A bare "|" between plain cells is a cell border, as a blank line is; so is a rule between the rows
        # of a copy that prints a cell a line (--- in a Markdown copy).
        bare_bar = style == "cell" and line.row_style == "bar" and line.kind is LineKind.TABLE_RULE
        return line.kind is LineKind.BLANK or bare_bar or (style == "cell" and line.kind is LineKind.TABLE_RULE)

    def read_spaced_cells(self, block: TableBlock, position: int) -> None:
        """Rows of a table whose cells stand apart by blank lines: a row runs from its number (the
        one after the previous row's) or a section row to the next, and its cell lines are placed
        in the columns by `assign`, so a missing cell or a cell over several lines shifts nothing."""
        if self.numbers_after_topics(block, position):
            block.columns.insert(1, Role.NUMBER)  # a column of numbers the header does not name
            block.headers.insert(1, MappedText())
        elif self.numbers_left_out(block, position):
            del block.columns[0], block.headers[0]  # 序号 over rows a copy printed without their numbers
        topic_first = block.columns[:2] == [Role.TOPIC, Role.NUMBER]
        numbered = bool(block.columns) and (block.columns[0] is Role.NUMBER or topic_first)
        row: list[MappedText] = []
        row_start = row_end = 0
        previous_number: int | None = None
        after_section = False  # a section row was the last row: the numbers may start again at 1
        # A line of spaces marks an empty cell only where the header's cells stand apart by empty lines alone
        # (a copy that puts a line of spaces in every gap has no such marks).
        spaces_mark_empty = not any(self.has_spaces_only(index) for index in range(block.first, position))
        joined_to = -1  # the last line taken as a cell (or part of one) of the open row
        row_first = position  # the line of the open row's first cell
        unit_column = first_unit_column(block.columns)

        def close_row() -> None:
            if not row:
                return
            items = merged_items(row, block.columns)
            starts = [row_start] + [_first_offset(item, block.columns) for item in items[1:]]
            ends = [*starts[1:], row_end]
            short = len(items) == 1 and len(row) < len(block.columns)  # cells vanished from the row
            for cells, start, end in zip(items, starts, ends, strict=True):
                block.rows.append(TableRow(LineKind.TASK, cells, start, end, short=short))

        while position < len(self.lines):
            line = self.lines[position]
            if row and spaces_mark_empty and self.empty_cell_between_gaps(position):
                row.append(MappedText())  # " " between two empty lines: a cell left empty, kept in its place
                block.last = position
                position += 1
                continue
            if self.is_separator(line, block.style):
                position += 1
                continue
            if self.took_page_furniture(block, position, block.style):
                position += 1
                continue
            if not self.is_cell(line, block.style) or self.note_under_table(position, block.style):
                break
            cell = self.doc.mapped(line.body)
            number = row_number(cell.text) if numbered else None
            kind = section_kind(cell.text) if line.kind in _SECTION_KINDS else None
            if kind is not None:
                close_row()
                row = []
                heading = section_row(kind, cell, line.start, line.end)
                title = heading.groups.get("title")
                if (not title or title[0] == title[1]) and (below := self.title_below(position, block.style)):
                    # (一) / 加强战略科技力量建设。: the numeral's cell, its title in the cell below
                    heading.groups["title"], heading.end = self.lines[below].body, self.lines[below].end
                    position = below
                block.rows.append(heading)
                after_section = True
            elif number is not None and (
                previous_number is None
                or number == previous_number + 1
                or (number > previous_number and (not row or len(row) >= len(block.columns)))
                or (number == 1 and after_section and not row)  # numbered again in each section
            ):
                # a later number opens a row when no row is open (after a section row) or the open one is
                # full: a department's extract keeps its parent list's numbers (5, 41, 42, 47)
                if topic_first and previous_number is None:
                    topic = row.pop() if row else None  # the first row's topic, before its number
                else:
                    topic = row.pop() if topic_first and self.ends_with_next_topic(row, block.columns) else None
                close_row()
                row, row_start, previous_number = [cell.strip(" ()[].、")], line.start, number
                after_section = False
                if topic is not None:  # the topic cell stands before the number of its first row
                    row, row_start = [topic, *row], topic.source_range(0, len(topic))[0]
                row_end = line.end
            elif (
                not row
                and numbered
                and not topic_first
                and self.group_row(cell, position, previous_number, block.style)
            ):
                # 强化科技创新支撑能力。 over (一) or the next row's number: a row of one merged cell naming a
                # group whose numeral the copy lost, the topic of the rows that follow
                block.rows.append(TableRow(LineKind.TOPIC, [cell.strip()], line.start, line.end))
            elif (
                not row
                and numbered
                and not (topic_first and self.number_next(position + 1, previous_number, block.style))
            ):
                break  # text after the table that no number opened
            elif row and joined_to == position - 1:
                # a line straight under a cell's line, no empty line between: the same cell goes on (a 牵头单位
                # cell naming two units, one a line), where empty lines part the cells
                row[-1] = MappedText.concat([(row[-1], ""), (cell, "\n")])
                row_end, joined_to = line.end, position
            else:
                if not numbered and row and unnumbered_row_full(row, block.columns):
                    if self.more_of_the_last_cell(row_first, position, block.columns):
                        # 2.培育…产业。 / 区发改局 / 区工信局 / 各街道办事处: the task cell's number opens each row,
                        # so a unit past the last column is more of that column's list, printed as a cell of its own
                        row[-1] = MappedText.concat([(row[-1], ""), (cell, "、")])
                        row_end = line.end
                        block.last = position
                        position += 1
                        continue
                    if unit_column is not None and units_in_place(row, block.columns) is None:
                        # out of step with the header (a cell over two paragraphs): the table ends before the
                        # row, its lines read as text rather than as a row of the wrong cells
                        row, block.last = [], row_first - 1
                        break
                    close_row()  # no number opens the rows: the next cell after a full row opens the next
                    row = []
                if not row:
                    row_start, row_first = line.start, position
                row.append(cell)
                row_end, joined_to = line.end, position
            if joined_to != position:
                joined_to = -1  # a number, a section or a topic: no cell goes on under it
            block.last = position
            position += 1
        if row and not numbered and unit_column is not None and not self.row_of_its_own(row, block):
            block.last = row_first - 1  # the table ended with its last full row: what follows is text
            row = []
        close_row()
        after = block.last + 1 + self.separator_run(block.last + 1, block.style)
        bars = self.bare_bars(block.first, after, block.style)  # between cells, and after the last one
        block.furniture.update(bars)
        block.last = max([block.last, *bars])

    def more_of_the_last_cell(self, row_first: int, position: int, columns: list[Role | None]) -> bool:
        """Whether the line at `position`, after a full row of a table whose rows open with a numbered task
        cell (1.推进… / 区发改局 / 区工信局), is more of the row's last cell: a list of units, printed as a cell
        of its own, in a last column of units, before the next numbered task cell."""
        if self.lines[row_first].kind is not LineKind.TASK or columns[-1] not in UNIT_ROLES:
            return False
        line = self.lines[position]
        text = compact(self.doc.matched(line.body))
        if line.kind is not LineKind.TEXT or not text or text[-1] in SENTENCE_ENDS or not looks_like_units(text):
            return False  # 各单位要按时报送进展情况。 under the table: a sentence, no more of the list
        if self.date_after(position, "cell"):
            return False  # 青岚区人民政府办公室 / 2025年3月1日: the signature under the table, no unit of its list
        return all(name and looks_organisational(name) for name in text.split("、"))

    def row_of_its_own(self, row: list[MappedText], block: TableBlock) -> bool:
        """Whether the cells an unnumbered table ends with are a row: its units in their place, and the last
        cell no signature (an office over the date that closes the notice: 青岚县人民政府办公室 / 2025年10月12日)."""
        cells = list(row)
        if cells and match_kind(cells[-1].text.strip())[0] is LineKind.DATE:
            cells.pop()  # the date the table's last cells took
        elif not self.date_after(block.last, block.style):
            return units_in_place(cells, block.columns) is not None
        return len(cells) > 1 and units_in_place(cells[:-1], block.columns) is not None

    def date_after(self, position: int, style: str) -> bool:
        """Whether the next line after `position`, past separator lines, is a date (a signature's)."""
        after = position + 1 + self.separator_run(position + 1, style)
        return after < len(self.lines) and self.lines[after].kind is LineKind.DATE

    def bare_bars(self, first: int, end: int, style: str) -> dict[int, NoiseKind]:
        """The bare "|" lines among [first, end) that separate plain cells: table rules, as furniture."""
        return {
            index: NoiseKind.TABLE_RULE
            for index in range(first, end)
            if self.is_separator(self.lines[index], style) and self.lines[index].kind is LineKind.TABLE_RULE
        }

    def numbers_left_out(self, block: TableBlock, position: int) -> bool:
        """序号 / 重点工作任务 / 牵头领导 / 牵头单位 over 推进…建设。 / 张一平 / 甲湖新城管委会: the header names a
        number column, but the first row opens with its task, no number and no section row before it (a site's
        copy that dropped the number cells)."""
        if len(block.columns) < 3 or block.columns[0] is not Role.NUMBER or block.columns[1] is not Role.TASK:
            return False
        first = self.next_cell(position, block.style)
        if first is None:
            return False
        line = self.lines[first]
        text = self.doc.matched(line.body).strip()
        if line.kind in _SECTION_KINDS or not cell_score(Role.TASK, text) > 0 >= cell_score(Role.LEAD, text):
            return False
        # no number among the first rows' cells either (强化科技创新支撑能力。 / 1 / …: a group row over numbered rows)
        cell: int | None = first
        for _ in range(2 * len(block.columns)):
            if cell is None:
                break
            if row_number(self.doc.matched(self.lines[cell].body)) is not None:
                return False
            cell = self.next_cell(cell + 1, block.style)
        return True

    def numbers_after_topics(self, block: TableBlock, position: int) -> bool:
        """工作任务 / 具体要求 / … over rows of topic / 1 / requirement / …: the header names a topic column
        first and no number column, and the first row's second cell is the number 1."""
        if not block.columns or block.columns[0] is not Role.TOPIC or Role.NUMBER in block.columns:
            return False
        first = self.next_cell(position, block.style)
        return first is not None and self.number_next(first + 1, None, block.style)

    def numbered(self, position: int) -> bool:
        """Whether the line at `position` is a row's number cell."""
        return position < len(self.lines) and row_number(self.doc.matched(self.lines[position].body)) is not None

    def empty_cell_between_gaps(self, position: int) -> bool:
        """Whether the line at `position` holds only spaces and stands between two empty lines: a copy
        whose cells stand apart by empty lines prints a cell left empty as a space."""
        if not 0 < position < len(self.lines) - 1 or not self.has_spaces_only(position):
            return False
        return all(self.is_empty_line(neighbour) for neighbour in (position - 1, position + 1))

    def has_spaces_only(self, position: int) -> bool:
        line = self.lines[position]
        return line.kind is LineKind.BLANK and bool(self.doc.text[line.start : line.end].strip("\r"))

    def is_empty_line(self, position: int) -> bool:
        line = self.lines[position]
        return line.kind is LineKind.BLANK and not self.doc.text[line.start : line.end].strip("\r")

    def title_below(self, position: int, style: str) -> int | None:
        """The cell after a bare numeral's section row (（一） alone on its line) that is its title: a cell
        that can name a group, neither a row number nor another section row."""
        below = self.next_cell(position + 1, style)
        if below is None:
            return None
        line = self.lines[below]
        text = compact(self.doc.matched(line.body))
        if line.kind in _SECTION_KINDS or row_number(text) is not None:
            return None
        return below if _names_a_group(text) else None

    def group_row(self, cell: MappedText, position: int, previous: int | None, style: str) -> bool:
        """Whether a cell with no number, where a row should open, is a group row: short, naming no body
        and no label (注：… · 单位：万元), and followed by a section row or by the next row's number (before
        the first row, a cell shaped like a column name followed by the number 1 is a column the header
        missed)."""
        squeezed = compact(cell.text)
        if not _names_a_group(squeezed):
            return False
        following = self.next_cell(position + 1, style)
        if following is None:
            return False
        line = self.lines[following]
        text = self.doc.matched(line.body)
        if line.kind in _SECTION_KINDS and section_kind(text) is not None:
            return True
        if previous is None and UNKNOWN_HEADER.fullmatch(squeezed):
            return False  # 联系人 before the number 1: a column the header did not take
        return row_number(text) == (previous or 0) + 1

    def number_next(self, position: int, previous: int | None, style: str) -> bool:
        """Whether the next cell at or after `position` is the row number after `previous` (1 if none)."""
        following = self.next_cell(position, style)
        if following is None:
            return False
        return row_number(self.doc.matched(self.lines[following].body)) == (previous or 0) + 1

    @staticmethod
    def ends_with_next_topic(row: list[MappedText], columns: list[Role | None]) -> bool:
        """Whether the row's last cell is the topic of the next row: the last does not suit the last column
        while the one before does, and more cells follow the row's number than its columns hold, or (a
        row short of a merged cell) the last column holds bodies and the last cell is a short label."""
        numbers = [index for index, cell in enumerate(row) if row_number(cell.text) is not None]
        if (
            not numbers
            or len(row) < 2
            or not cell_score(columns[-1], row[-1].text) <= 0 < cell_score(columns[-1], row[-2].text)
        ):
            return False
        if len(row) - numbers[0] - 1 > len(columns) - 2:
            return True
        label = compact(row[-1].text)
        return (
            columns[-1] in BODY_COLUMNS
            and _TOPIC_LABEL.fullmatch(label) is not None
            and not looks_organisational(label)
        )

    def row_runs_on(self, position: int, style: str, roles: list[Role | None], row: list[MappedText]) -> bool:
        """Whether a numbered row of plain cells that has a line for every column goes on past the line at
        `position`: a cell printed over several lines (a unit a line) puts the next row's number a few lines
        further on. The lines up to that number are all cells, and there are fewer of them than the columns."""
        current = row_number(row[0].text) if style == "cell" and roles and roles[0] is Role.NUMBER else None
        if current is None:
            return False  # a bar ends each cell, so a bar-ended row has no line left over
        if self.next_in_cells(row, roles, position + 1, style):
            return False  # the next task numbered inside its cell under the same 序号
        cells = 0
        progress = roles[-1] is Role.NOTE  # the lines so far may all be more of a last column of progress
        # the table's last row, one of whose cells took a line more than the others (two measures a line): the
        # lines up to the table's end close with the deadline its last column lacks (…/ 顾海川 / 长期坚持)
        deadline = roles[-1] is Role.DEADLINE and not is_deadline_phrase(compact(row[-1].text))
        last = ""
        for following in range(position + 1, len(self.lines)):
            line = self.lines[following]
            if line.kind is LineKind.BLANK or self.marked_page(line) or line.kind is LineKind.PAGE_NUMBER:
                continue  # a page's footer between a cell's lines and the next row (— 3 —)
            if self.signature_at(following):
                # the notice's signature under the table (某县人民政府 / 2025年3月1日) ends it: no cell of the row
                return 0 < cells < len(roles) and (progress or (deadline and is_deadline_phrase(last)))
            if not self.is_cell(line, style) or cells == len(roles):
                # the table's last row: lines straight under its progress cell that say how the work stands
                # (正在组织… / 已完成…) are more of that cell, up to the table's end
                ends = 0 < cells < len(roles) and not self.is_cell(line, style)
                return ends and (progress or (deadline and is_deadline_phrase(last)))
            if row_number(text := self.doc.matched(line.body)) == current + 1:
                return cells > 0
            if following != position + 1 + cells:  # past a gap, and no next row: the table ended above
                return cells > 0 and (progress or (deadline and is_deadline_phrase(last)))
            # 正在推进第二批建设， / 预计9月底前投入运营。: a line that finishes the sentence above goes on with it
            goes_on = self.doc.matched(self.lines[following - 1].body).rstrip()[-1:] not in SENTENCE_ENDS
            progress = progress and (_reports_progress(line, self.doc) or goes_on)
            last = compact(text)
            cells += 1
        return cells > 0 and (progress or (deadline and is_deadline_phrase(last)))

    @staticmethod
    def starts_next_row(cell: MappedText, line: Line, roles: list[Role | None], row: list[MappedText]) -> bool:
        """Whether a cell opens the next row before the current one is full: a section row, or the
        number after the current row's in the 序号 column."""
        if line.kind in _SECTION_KINDS and section_kind(cell.text):
            return True
        number, current = cell.text.strip(), row[0].text.strip()
        if not roles or roles[0] is not Role.NUMBER or not number.isdecimal() or not current.isdecimal():
            return False
        return int(number) == int(current) + 1

    def is_cell(self, line: Line, style: str) -> bool:
        """Whether a line is a plain cell (or a bar-ended one): not a rule, a page number or page chrome."""
        if style == "bar":
            return line.row_style == "bar"
        return (
            line.row_style is None
            and line.kind not in (LineKind.BLANK, LineKind.TABLE_RULE)
            and (line.kind not in NEVER_A_CELL or self.cites_a_document(line))
            and not self.marked_page(line)
        )

    def cites_a_document(self, line: Line) -> bool:
        """Whether a document number is a cell citing another document (任务来源 | 皖政〔2022〕9号文件), not a
        notice's own number: words follow the number, and nothing else stands in the cell (按照…号文件要求，… is
        a sentence of the closing)."""
        return line.kind is LineKind.DOC_NUMBER and _CITED_DOCUMENT.search(self.doc.matched(line.body)) is not None

    def signature_at(self, position: int) -> bool:
        """Whether the line at `position` opens a signature: a signing body (or up to MAX_SIGNERS of them, a line
        each, 中共某县委办公室 / 某县人民政府办公室) with the date on the line after them."""
        for _ in range(MAX_SIGNERS):
            line = self.lines[position]
            if line.kind is not LineKind.TEXT or not is_issuer(self.doc.matched(line.body)):
                return False
            following = self.next_cell(position + 1, "cell")
            if following is None:
                return False
            if self.lines[following].kind is LineKind.DATE:
                return True
            position = following
        return False

    def bar_on_next_line(self, position: int) -> bool:
        """Whether the line at `position` is a cell's text with no bar of its own and a lone "|" on the next line."""
        line = self.lines[position]
        if line.row_style == "bar" or line.kind is LineKind.BLANK or position + 1 >= len(self.lines):
            return False
        following = self.lines[position + 1]
        if self.doc.norm[following.start : following.end].strip() != "|":
            return False
        return not OPENS_A_NOTE.match(self.doc.matched(line.body))  # (注：… under the table is its note)

    def note_under_table(self, position: int, style: str) -> bool:
        """Whether the line at `position` is a note under the table (注：… · 备注：…) rather than a cell: it
        opens with a note's label and no row follows it (a 备注 cell may open so too, with the next row's
        number or a section row after it). A copy a cell a line would glue it to the last cell."""
        if not OPENS_A_NOTE.match(self.doc.matched(self.lines[position].body)):
            return False
        following = self.next_cell(position + 1, style)
        if following is None:
            return True
        line = self.lines[following]
        text = self.doc.matched(line.body).strip()
        return row_number(text) is None and not (line.kind in _SECTION_KINDS and section_kind(text))

    def marked_page(self, line: Line) -> bool:
        """A line that numbers a page as a page's number is marked (- 2 -, 第2页); a bare 1/2 may be a cell."""
        return line.kind is LineKind.PAGE_NUMBER and _PAGE_MARK.search(self.doc.matched(line.body)) is not None

    def took_page_furniture(self, block: TableBlock, position: int, style: str) -> bool:
        """Whether the line at `position` is a page number inside the cells (see `page_break_in_cells`),
        kept in `block` as furniture if so."""
        if not self.page_break_in_cells(position, style):
            return False
        block.furniture[position] = NoiseKind.PAGE_NUMBER
        block.last = position
        return True

    def page_break_in_cells(self, position: int, style: str) -> bool:
        """A page number between the cells of a one-cell-per-line table that goes on after it (a PDF copy
        breaks the page wherever the table reaches a page's foot): furniture, not a cell. Only a number
        marked as a page's (- 2 -, 第2页) counts: a bare 1/2 may be a cell's value, and a line repeated
        near page numbers may be a value many rows share, so running headers stay cells here."""
        if not self.marked_page(self.lines[position]):
            return False
        following = position + 1
        while following < len(self.lines) and self.lines[following].kind in (LineKind.BLANK, LineKind.PAGE_NUMBER):
            following += 1
        goes_on = following < len(self.lines) and self.is_cell(self.lines[following], style)
        return goes_on and self.lines[following].kind not in NEVER_A_CELL


def _reports_progress(line: Line, doc: Document) -> bool:
    """Whether a line says how the work stands (已完成… · 正在组织…), as a progress cell's lines do."""
    return line.kind is LineKind.TEXT and PROGRESS_OPENING.match(compact(doc.matched(line.body))) is not None


# 责任单位 · 责任分工 · 责任主体: a header cell merged over the columns of the units, named in a second row
_UNIT_GROUP = compile_pattern(r"责任(?:单位|分工|主体|部门)")


def _under_their_group(headers: list[MappedText]) -> list[MappedText]:
    """A header of two rows copied a cell a line: 序号 / 工作任务 / 责任单位 / 完成时限 / 牵头单位 / 配合单位, the
    second row's unit columns (two or more, last) printed after the first row's end, stand in the place of
    the group cell merged over them: 序号 / 工作任务 / 牵头单位 / 配合单位 / 完成时限."""
    texts = [compact(header.text) for header in headers]
    trailing = 0
    while trailing < len(texts) and column_role(texts[-1 - trailing], among_headers=True) in UNIT_ROLES:
        trailing += 1
    if trailing < 2:
        return headers
    first_row = texts[: len(texts) - trailing]
    groups = [order for order, text in enumerate(first_row) if _UNIT_GROUP.fullmatch(text)]
    if len(groups) != 1 or groups[0] == len(first_row) - 1:
        return headers  # the group cell must stand before another first-row cell (完成时限)
    group = groups[0]
    if any(
        column_role(text, among_headers=True) in UNIT_ROLES for order, text in enumerate(first_row) if order != group
    ):
        return headers
    return [*headers[:group], *headers[len(texts) - trailing :], *headers[group + 1 : len(texts) - trailing]]


def _goes_on_in_cells(task_cell: str, cell: str) -> bool:
    """Whether `cell` opens with the number after the one `task_cell` opens with: （1）… then （2）…"""
    opening = _in_cell_number(task_cell)
    return opening is not None and _in_cell_number(cell) == (opening[0], opening[1] + 1)


def group_numbered_in_cells(block: TableBlock) -> None:
    """Rows under a 序号 merged over tasks numbered inside their task cells (1 | （1）… · | （2）… · 2 | …):
    a row whose 序号 cell is empty and whose task cell goes on with the number after the task cell above
    is one of a group with that row; each row of the group gets the 序号 as its `group`."""
    if Role.NUMBER not in block.columns or Role.TASK not in block.columns:
        return
    number_column, task_column = block.columns.index(Role.NUMBER), block.columns.index(Role.TASK)
    above: TableRow | None = None
    for row in block.rows:
        if row.kind is not LineKind.TASK or len(row.cells) <= max(number_column, task_column):
            above = None
            continue
        if (
            above is not None
            and not row.cells[number_column].text.strip()
            and _goes_on_in_cells(above.cells[task_column].text, row.cells[task_column].text)
        ):
            if above.group is None:
                above.group = row_number(above.cells[number_column].text)
            row.group = above.group
        above = row


def _in_cell_number(text: str) -> tuple[LineKind, int] | None:
    """The kind of number a cell opens with (（1） · ⑴ an item's, 1. a task's) and its value, or None."""
    kind, groups = match_kind(text.strip())
    if kind not in IN_CELL_NUMBERS or "num" not in groups:
        return None
    low, high = groups["num"]
    value = han_to_int(text.strip()[low:high])
    return None if value is None else (kind, value)


def find_tables(doc: Document, running: set[int] | None = None) -> dict[int, TableBlock]:
    """Every table in the document, keyed by the index of its first line; `running` are the lines of
    running page headers, passed over inside a table that goes on over a page break."""
    return _Reader(doc, running or set()).find()


def carry_merged_leader(block: TableBlock, cells: list[MappedText]) -> None:
    """A row short of cells, each printed one filled, whose leader cell is left out: a browser's copy of a
    table whose leader cell is merged over several rows prints it in the first of them only (张某 | 县发改局
    | … then 县自然资源局 | …), so the leader of the row above, within the same part of the table, is this
    row's too. (A row that prints an empty cell may have left out a cell of its own; it takes nothing.)"""
    if Role.LEADER not in block.columns or not block.rows or block.rows[-1].kind is not LineKind.TASK:
        return
    column = block.columns.index(Role.LEADER)
    above = block.rows[-1].cells
    if column < len(cells) and not cells[column].text.strip() and column < len(above) and above[column].text.strip():
        cells[column] = above[column]
