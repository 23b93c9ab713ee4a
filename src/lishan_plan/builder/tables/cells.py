"""Cells of table rows: columns apart by runs of spaces, and where the cells of a short row belong.

A one-cell-per-line copy can lose its empty cells entirely (FORMATS.md §3.D, 42), and a PDF text
layer separates columns only by spaces; these helpers place such cells in their columns.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import NamedTuple

import regex

from ...grammar.compiled import compile_pattern
from ...grammar.deadlines import EMPTY_MARK, is_deadline_phrase, opens_with_a_month
from ...grammar.labels import NAME_SEPARATOR
from ...grammar.roles import UNIT_ROLES, VERB_CLAUSE
from ...grammar.text import compact
from ...grammar.units import UNIT_MARKS, looks_organisational, names_a_post_holder, names_apart_by_spaces
from ...grammar.vocabulary import Role
from ...lines.classify import Document, Line, display_width
from ...lines.patterns import LineKind
from ...spans import MappedText, Offsets

# After a row's number, a mark some plans print on the rows their own government leads: 1* · 3★ (the marks
# a table prints after a unit, too)
LEAD_ROW_MARKS = UNIT_MARKS


def is_number_cell(compact_text: str) -> bool:
    """A number cell: digits, perhaps with a lead row's mark (1*)."""
    return compact_text.rstrip(LEAD_ROW_MARKS).isdecimal()


def fits(role: Role | None, text: str) -> bool:
    """Whether a cell's text can stand in a column of `role` (for rows whose empty cells vanished)."""
    compact_text = compact(text)
    if role is Role.NUMBER:
        return is_number_cell(compact_text)
    if role is Role.DEADLINE:
        return is_deadline_phrase(compact_text)
    if role is Role.LEADER:
        names = [name for name in NAME_SEPARATOR.split(compact_text) if name]
        # a short name that is no body: 王华 · 副县长, never 县财政局 or 各乡镇; or a name beside its posts
        short = bool(names) and all(len(name) <= 4 and not looks_organisational(name) for name in names)
        if short or names_a_post_holder(text) or names_apart_by_spaces(text):
            return True  # (李 明 赵一平: two people, the first padded)
        # 贾某某 常务副市长、苏　某 副市长: several names, each beside its post
        people = [person for person in NAME_SEPARATOR.split(text) if person.strip()]
        return len(people) > 1 and all(fits(Role.LEADER, person) for person in people)
    if role in UNIT_ROLES:
        return not is_deadline_phrase(compact_text) and not fits(Role.LEADER, text)
    return True


# How a cell's text suits a column (see `assign`): a clear fit, a clear misfit, and the cost of a
# column left empty or of one more cell line in a column that rarely holds several.
GOOD_FIT, MISFIT, EMPTY_COLUMN, EXTRA_LINE = 3, -4, -1, -1
# Every row has its task: a placement that leaves the (first) task column empty misfits as a wrong cell
# does (a short row's topic 文化产业 is not a leader's name with the task moved to the notes).
EMPTY_TASK = MISFIT
# A schedule that opens with a month (2026年3月印发…，9月开展…) suits a deadline column a little: more
# than a note column, which takes anything, and less than a deadline phrase.
SCHEDULE_FIT = 1
# A row longer than this is placed by order alone (keeps `assign` quadratic in a bounded size).
MAX_ASSIGNED_CELLS = 48
# A cell of units is at most this long; a longer one is running text whatever its words.
MAX_UNIT_CELL = 200
# Unit lists are short; a cell longer than this that does not read as units is running text.
LONG_TEXT = 40
# A topic's words (文化产业 · 旅游项目) are at most this long.
SHORT_LABEL = 10
# Columns whose cells name bodies: those that do the work and those that score it (评分部门).
BODY_COLUMNS = (*UNIT_ROLES, Role.ASSESSOR)
# A figure or a measure, the cells of an assessment table's 年度目标 and 单位 columns, never a task:
# 3.1 · ≥95% · 0.07 · 万亩 · 万元/人 · % · - (no measure)
FIGURE_OR_MEASURE = compile_pattern(
    r"[≥≤>＜<]?\d+(?:\.\d+)?\s*[%‰]?|[%‰\-—/]|[万亿千百]?[元吨亩斤人个家户座项条辆所次台套只头](?:/[人户年亩])?"
    r"|(?:平方|立方)?(?:公里|千米|米)|千瓦时?"
)
_MULTILINE = (*UNIT_ROLES, Role.TASK, Role.NOTE, None)
# What a progress cell opens with, never a body's name: 已于2022年11月印发实施 · 正在征求意见 · 尚未启动
PROGRESS_OPENING = compile_pattern(r"已经?|正在|尚未|均已|全面完成|基本完成")


def reads_as_units(text: str) -> bool:
    """Whether a cell's text is a list of bodies (县水务局、县住建局 · 各乡镇(街道))."""
    names = [name for name in regex.split(r"[、,;/\s]+", text) if name]
    return bool(names) and len(text) <= MAX_UNIT_CELL and all(looks_organisational(name) for name in names)


def reads_as_assignment(text: str) -> bool:
    """Whether a cell's text says with verbs which bodies do the work (市发改委牵头落实 · 市金融办、市统计局分别
    牵头落实 · 办公室牵头,各科室配合): every clause a list of bodies and a role verb."""
    clauses = [clause for clause in regex.split(r"[,;]", text) if clause]
    return (
        bool(clauses)
        and len(text) <= MAX_UNIT_CELL
        and all((verb := VERB_CLAUSE.fullmatch(clause)) and reads_as_units(verb["units"]) for clause in clauses)
    )


def names_who(text: str) -> bool:
    """Whether a cell names the bodies doing the work, as a list or with verbs."""
    return reads_as_units(text) or reads_as_assignment(text)


def cell_score(role: Role | None, text: str) -> int:
    """How well one cell line suits a column of `role`: positive for a fit, negative for a misfit."""
    compact_text = compact(text)
    if not compact_text:
        return 0
    if EMPTY_MARK.fullmatch(compact_text) and role not in (Role.NUMBER, Role.TASK):
        return 0  # — · 无: a cell a copy marked empty, in whichever column it stands
    if role is Role.NUMBER:
        return GOOD_FIT if is_number_cell(compact_text) else MISFIT
    if role is Role.DEADLINE:
        if is_deadline_phrase(compact_text):
            return GOOD_FIT
        return SCHEDULE_FIT if opens_with_a_month(compact_text) else MISFIT
    if role is Role.LEADER:  # a leader cell may name two people a line each (黄启明 / 苏雅琴)
        names = [line for line in text.split("\n") if line.strip()]
        return GOOD_FIT if names and all(fits(Role.LEADER, name) for name in names) else MISFIT
    if role in BODY_COLUMNS:
        if is_deadline_phrase(compact_text) or fits(Role.LEADER, text) or PROGRESS_OPENING.match(compact_text):
            return MISFIT
        if names_who(compact_text):
            return GOOD_FIT
        return MISFIT if len(compact_text) > LONG_TEXT or "。" in compact_text else 0
    if role is Role.TASK:
        if FIGURE_OR_MEASURE.fullmatch(compact_text):
            return MISFIT  # a row's number, a figure or a measure: never its task
        return 1 if not names_who(compact_text) and not is_deadline_phrase(compact_text) else -1
    if role in (Role.TOPIC, None) and _is_short_label(compact_text):
        return 1  # a topic or a column the parser does not read (指标 · 建设地点): short words, no sentence
    return 0


def _is_short_label(text: str) -> bool:
    """A few words that are no sentence, no units and no deadline: 文化产业 · 旅游项目."""
    return len(text) <= SHORT_LABEL and "。" not in text and not reads_as_units(text) and not is_deadline_phrase(text)


def placed_by_fit(cells: list[MappedText], roles: list[Role | None]) -> list[MappedText]:
    """A row's cells in their columns in order, unless they fit their columns clearly better placed by
    `assign`: a copy that dropped an empty cell of one column and gained a bare "|" that ends the row (a
    leader's name under 年度目标, a bureau under 分管领导), or a row that lost the cell a merged cell above
    it covers (1 | 主题 | 任务 | 一处 | 年底前 then 2 | 任务 | 二处 | 长期), is put back in its columns."""
    if len(cells) > len(roles):
        return cells
    in_order = [(min(column, len(cells)), min(column + 1, len(cells))) for column in range(len(roles))]
    runs = assign_runs([cell.text for cell in cells], roles)
    if _placement_score(cells, roles, runs) < _placement_score(cells, roles, in_order) + GOOD_FIT:
        return cells
    return [_joined(cells[start:end]) for start, end in runs]


def placed_without_topic(cells: list[MappedText], roles: list[Role | None]) -> list[MappedText]:
    """A row one cell short of a table whose first column holds topics: the topic's cell is the one that
    vanished (merged over the rows, or printed as a heading above them), the others placed by fit."""
    return [MappedText(), *placed_by_fit(cells, roles[1:])]


def _placement_score(cells: list[MappedText], roles: list[Role | None], runs: list[tuple[int, int]]) -> int:
    """The fit of a placement as `assign_runs` counts it."""
    total = 0
    empties = _empty_costs(roles)
    for role, empty, (start, end) in zip(roles, empties, runs, strict=True):
        if end == start:
            total += empty
            continue
        extra = 0 if role in _MULTILINE else EXTRA_LINE
        total += sum(cell_score(role, cell.text) for cell in cells[start:end]) + extra * (end - start - 1)
    return total


def _empty_costs(roles: list[Role | None]) -> list[int]:
    """What leaving each column empty costs: the first task column more than any other."""
    first_task = roles.index(Role.TASK) if Role.TASK in roles else -1
    return [EMPTY_TASK if column == first_task else EMPTY_COLUMN for column in range(len(roles))]


# A word that ends so goes on in the next: 市发展改革委、 农业局 is one list of units over a space.
_LIST_GOES_ON = ("、", ",", ";")


def join_listed_words(words: list[str]) -> list[tuple[int, int]]:
    """The runs [start, end) of a row's words that are one piece: a word ending in a list separator
    runs on in the next (各区教育局、 市局直属单位)."""
    runs: list[tuple[int, int]] = []
    for index in range(len(words)):
        if runs and words[index - 1].endswith(_LIST_GOES_ON):
            runs[-1] = (runs[-1][0], index + 1)
        else:
            runs.append((index, index + 1))
    return runs


def assign(cells: list[MappedText], roles: list[Role | None]) -> list[MappedText]:
    """Place a row's cell lines in its columns, in order, where they fit best (see `assign_runs`).
    Several lines in one column are joined by line breaks, which separate units."""
    return [_joined(cells[start:end]) for start, end in assign_runs([cell.text for cell in cells], roles)]


def assign_runs(cells: list[str], roles: list[Role | None], *, words: bool = False) -> list[tuple[int, int]]:
    """For each column, the run [start, end) of a row's cells it takes.

    A web copy of a table prints one cell per line and may drop empty cells or print one cell over
    several lines (a unit per line, a progress note over two); a text layer may separate cells by
    single spaces. Each column takes a run of consecutive pieces, possibly none; the runs are chosen
    to maximise the fit of every piece to its column (`cell_score`), which places a short row's
    cells and gathers a long row's extra pieces alike. `words`: the pieces are a row's words, a list of
    units already kept together where a separator ends a word (`join_listed_words`), so two pieces in
    one unit column would be two cells, and units are never a task's words.
    """
    if len(cells) > MAX_ASSIGNED_CELLS:  # placed by order alone: the last column takes the rest
        bounds = [min(column, len(cells)) for column in range(len(roles))] + [len(cells)]
        return list(itertools.pairwise(bounds))
    scores = [[cell_score(role, cell) for cell in cells] for role in roles]
    if words:
        listed = [reads_as_units(compact(cell)) for cell in cells]
        for row in (scores[column] for column, role in enumerate(roles) if role is Role.TASK):
            row[:] = [MISFIT if units else score for units, score in zip(listed, row, strict=True)]
    worst = float("-inf")
    # best[j][i]: the best score of the first j columns holding the first i pieces; choice[j][i] the
    # number of pieces the j-th column took.
    best = [[worst] * (len(cells) + 1) for _ in range(len(roles) + 1)]
    choice = [[0] * (len(cells) + 1) for _ in range(len(roles) + 1)]
    best[0][0] = 0
    for column, (role, empty) in enumerate(zip(roles, _empty_costs(roles), strict=True)):
        extra = MISFIT if words and role in UNIT_ROLES else 0 if role in _MULTILINE else EXTRA_LINE
        for start in range(len(cells) + 1):
            if best[column][start] == worst:
                continue
            running = 0
            for end in range(start, len(cells) + 1):
                if end > start:
                    running += scores[column][end - 1] + (extra if end > start + 1 else 0)
                candidate = best[column][start] + (running if end > start else empty)
                if candidate > best[column + 1][end]:
                    best[column + 1][end], choice[column + 1][end] = candidate, end - start
    runs: list[tuple[int, int]] = []
    end = len(cells)
    for column in range(len(roles), 0, -1):
        runs.append((end - choice[column][end], end))
        end -= choice[column][end]
    return runs[::-1]


# Columns a merged cell of a two-item row stands for in both items: the number and who does the work.
_SHARED_WHEN_MERGED = (Role.NUMBER, Role.LEADER, *UNIT_ROLES)


def merged_items(cells: list[MappedText], roles: list[Role | None]) -> list[list[MappedText]]:
    """A row's cells in its columns (in order where there is a filled cell for each and they fit no worse,
    see `placed_by_fit`), as one row or as two when merged cells span a second item:
    5 / 开工建设养护楼。 / 县民政局 / 5月底前动工 / 开工建设老年大学。 / 12月底前 is two items of row 5, the
    second sharing the merged number and units. Only where the deadline is the last column and a
    deadline cell is followed by task text and another deadline."""
    texts = [compact(cell.text) for cell in cells]
    # a cell for each column, none of them blank: they stand in order (a blank one may be a stray of the copy's
    # gaps, and then the cells after it are one column off)
    in_order = len(cells) == len(roles) and all(texts)
    one_row = [placed_by_fit(cells, roles) if in_order else assign(cells, roles)]
    if not roles or roles[-1] is not Role.DEADLINE or Role.TASK not in roles or not texts:
        return one_row
    ends = [index for index, text in enumerate(texts) if text and is_deadline_phrase(text)]
    if len(ends) < 2 or ends[-1] != len(cells) - 1 or ends[0] < 2:
        return one_row
    second = cells[ends[0] + 1 :]
    if not any(cell_score(Role.TASK, text) > 0 for text in texts[ends[0] + 1 : -1]):
        return one_row
    first = assign(cells[: ends[0] + 1], roles)
    placed = assign(second, roles)
    shared = [
        first[column] if role in _SHARED_WHEN_MERGED and not placed[column].text.strip() else placed[column]
        for column, role in enumerate(roles)
    ]
    return [first, shared]


def _joined(cells: list[MappedText]) -> MappedText:
    return MappedText.concat((cell, "\n") for cell in cells)


# Columns of text copied from a PDF or a console stand apart by runs of two or more spaces.
COLUMN_GAP = compile_pattern(r"\s{2,}")
# How far (display columns) a wrapped cell's text may stand from its column's start.
WRAP_TOLERANCE = 2
# How a text layer lines its columns up: by display width (a CJK character two columns wide, as a monospaced
# console or `pdftotext -layout` prints it), or by characters (a copy that pads each cell with a space per
# character it lacks). A table is read in the first measure its cells stand in.
COLUMN_MEASURES: tuple[Callable[[str], int], ...] = (display_width, len)
# How many lines under a table's first full row show which measure its rows keep to.
MAX_ANCHOR_LOOKAHEAD = 40


class Columns(NamedTuple):
    """Where a space-separated table's cells begin, and how their offsets are counted (`COLUMN_MEASURES`)."""

    measure: Callable[[str], int]
    starts: list[int]


def unquoted(cell: MappedText) -> MappedText:
    """A spreadsheet cell without the quotes of its copy: Excel copies a cell that holds a line break or
    a quote as "…", the quotes inside doubled ("建成""智慧"" 平台" is 建成"智慧" 平台). A cell with a lone
    quote inside was not quoted so, and stays as it is."""
    text = cell.text
    if len(text) < 2 or text[0] != '"' or text[-1] != '"' or '"' in text[1:-1].replace('""', ""):
        return cell
    inner = cell.slice(1, len(text) - 1)
    parts: list[tuple[MappedText, str]] = []
    start = 0
    while (doubled := inner.text.find('""', start)) != -1:
        parts.append((inner.slice(start, doubled + 1), ""))
        start = doubled + 2
    parts.append((inner.slice(start, len(inner.text)), ""))
    return MappedText.concat(parts)


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
