"""Tables whose cells ran together: a document site's preview of a Word table prints every cell's text with
nothing between cells, rows or pages.

    序号项目名称主要内容区政府分管领导牵头单位配合单位          (the header: grammar.labels.glued_header)
    1增加教育资源供给实施新建学校12个。张立新教育局经开区各街道2促进…
    2、)各街道3老城厢…                                      (the site's next page chunk, mid-name)

The rows are found by their numbers running in sequence (a number inside a row's text is followed by its
measure word, 12个, or stands where no row has ended, 实施3大行动; a row's number follows a row's end: unit names
or a deadline), with the section rows (二、民生保障) and the site's page numbers (—2—) and repeated headers between
them; a row's cells are read by their kinds from its end, in the header's order: a note after the deadline, the
deadline, the leaders' names, the unit lists, and the text before them, which is the task's.
Two unit columns part where one name follows another with no separator (县发改局县财政局、县统计局: the first
cell's list prints its own separators only inside it). What comes out is a `TableBlock` like any other
reader's, so rows become tasks the same way.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import NamedTuple

import regex

from ...grammar.canon import is_known_bare_body, is_known_body
from ...grammar.compiled import compile_pattern
from ...grammar.deadlines import is_deadline_phrase
from ...grammar.labels import GLUED_HEADER_START, MAX_GLUED_HEADER, glued_header
from ...grammar.numerals import han_to_int
from ...grammar.roles import CLAUSE_OPENING
from ...grammar.units import (
    BARE_ORGAN,
    ETC_TAIL,
    ORGANISATION_END,
    ORGANISATION_ENDINGS,
    ending_runs_over,
    looks_organisational,
    opens_with_surname,
    separator_positions,
)
from ...grammar.vocabulary import LEVELS, Role
from ...lines.classify import Document
from ...lines.patterns import LineKind
from ...model import NoiseKind
from ...spans import MappedText
from . import find  # the module, not its names: find reads glued tables among the others
from .block import TableBlock, TableRow

# 2、 at the start of a line inside the table: the site's number for its next page chunk, not a row's
_CHUNK_NUMBER = compile_pattern(r"\s{0,2}(\d{1,3})\s{0,2}、")
# —2— · -3- · －4－: a page's number printed in the run of cells (a row's number may follow it: —2—4城乡…; not the
# -6- of a date, 2025-6-30)
_PAGE_NUMBER = compile_pattern(r"(?<!\d)(?:[—–－]{1,2}\s?\d{1,3}\s?[—–－]{1,2}|-{1,2}\s?\d{1,3}\s?-{1,2}(?!\d))")
# A section row's numeral: 二、民生保障 (not 一、二、三产业 nor 三、四季度: no numeral before or after it; nor 统一、)
_SECTION = compile_pattern(
    r"(?<![一二三四五六七八九十统合唯之第同万不单逐划专归整周、])([一二三四五六七八九十]{1,3})、(?=\p{Han})"
    r"(?![一二三四五六七八九十])"
)
# What follows a figure inside a row's text (12个 · 3.5% · 2024年): no row opens there
_MEASURE = frozenset("个万亿千百元%.．年月日号家所人项次天米吨亩户条处座辆台套场级批倍名类件期届周岁分秒时")
# A schedule's column by its header: 进度安排 · 时间安排 · 时间节点
_TIME_HEADER = compile_pattern(r"进度|时间|时限|期限|节点|安排")
# How a collective of bodies ends (县直各部门 · 区属国有企业 · 各街道、板块)
_COLLECTIVE_END = compile_pattern(r"(?:单位|部门|企业|机关|街道|乡镇|园区|板块|社区)$")
# Words of work to do (建设 · 工作 · 项目 · 级 …), then a level (县 · 省 · 市 · 区 · 镇; not 城市 · 新区 · 社区)
# opening a name with a body's ending: the end of a task's text glued to a unit (…农田建设县农业农村局 ·
# …迎检工作区文明办); not a place's name before its level (安平县人民医院 · 国网安平县供电公司 · 湖州市…安吉分局)
_TEXT_THEN_NAME = compile_pattern(
    r"(?:建设|工作|项目|谋划|储备|推进|实施|整治|治理|改造|提升|开展|创建|迎检|复评|农田|标准|[级全])"
    r"\p{Han}{0,8}?(?:[县省镇]|(?<![城都超门各])市|(?<![城新开发园社景片港小])区)"
    rf"\p{{Han}}{{2,12}}(?:{ORGANISATION_ENDINGS})$"
)
# Measures that open words a row may open with (2项目建设 · 3人居环境 · 4家庭医生 · 5千万工程 · 6年内…); the others
# (个 · 所 · 条 · 月 …) never do
_OPENS_WORDS_TOO = frozenset("项人家千万百年类件期届级")
# The table's title stands this many lines above its header at most (1、某县…分解表 / 序号…)
MAX_TITLE_LINES = 2
# A row's number is looked for this far after its first place at most (a row's text is shorter)
MAX_ROW_REACH = 1000
# A section row's title (民生保障 · 推动经济平稳向好) is this long at most
MAX_SECTION_TITLE = 30
# A deadline ending a row is read back this far at most (2024年12月底前)
MAX_DEADLINE_TAIL = 12
# What a row's text may open with besides a word: a quotation or a title
_WORD_OPENINGS = frozenset('“"《(‘')
# The verb and 等 a unit cell may close with (镇(街道)、区委组织部等按职责分工负责): no name of its own
_UNITS_VERB_TAIL = compile_pattern(
    r"(?:等(?:有关|相关)?(?:部门|单位)?)?(?:按职责(?:分工)?)?(?:负责|牵头|配合|协助|参与|落实)?$"
)
# A body's ending with a level or 各 after it, inside one piece: two names run together (局县 · 委各)
_TWO_NAMES = compile_pattern(rf"(?:局|委|办|厅|院|所|站|队|中心|公司|政府|委员会|办公室|街道)[{LEVELS}各](?=\p{{Han}})")
# 办公室 · 委员会 · 领导小组办公室 · 指挥部: an organ of the body before it, never a name of its own
_ORGAN_ONLY = compile_pattern(r"(?:管理)?委员会|(?:领导小组)?办公室|领导小组|指挥部|党组|党支部")
# 各成员单位 · 所属单位 after a body's name: its members, one name with it
_OF_THE_BODY_BEFORE = compile_pattern(r"各?(?:成员|所属|下属|直属)")
# 各乡镇 right before a name: each town's (各乡镇卫生院)
_EVERY_BEFORE = compile_pattern(r"(?:^|[^\p{Han}]|[局委办厅院所站队司团校])各\p{Han}{1,4}$")
# Every way to cut a body's ending of several characters in two (委 / 员会 · 办 / 公室 · 人民政 / 府)
_ENDING_SPLITS = tuple(
    (word, cut)
    for word in (
        "委员会",
        "办公室",
        "管委会",
        "人民政府",
        "政府",
        "办事处",
        "中心",
        "公司",
        "集团",
        "街道",
        "小组",
        "专班",
    )
    for cut in range(1, len(word))
)
# 青潭分局 · 城南支队: a body's branch in a place, named after the body
_BRANCH = compile_pattern(r"\p{Han}{1,4}(?:分局|分公司|支队|大队|分中心|分院|分所)")
# 公安分局 is 公安局's branch: the body the alias table knows (分公司 · 分中心 alike)
_BRANCH_ENDINGS = ("分局", "分公司", "分中心", "分院")
_BRANCH_OF = compile_pattern(r"分(局|公司|中心|院)$")
# The longest name of a body with no level the alias table may know (人力资源和社会保障局)
MAX_BARE_BODY = 12
# The last characters of bodies' endings (局 · 委 · 心 · 司 …): where a known body's name may end
_LAST_OF_A_BODY = frozenset(ending[-1] for ending in ORGANISATION_ENDINGS.split("|"))
# A bracket inside a name: 各县(市、区)政府 · 市委宣传部(市文明办)
_BRACKETED = compile_pattern(r"\([^()]{0,16}\)")
# The separators of a unit list in a cell
_UNIT_SEPARATORS = "、,;"
# A name's length, its level prefix and a trailing bracket aside
MIN_NAME, MAX_NAME = 2, 20
# Zones, parks, towns and villages a table names as units (经开区 · 高新园(石桥镇) · 城东片区 · 城关镇 · 东岭村) beside
# the organisation endings; a town or village by its own short name (not 县乡村…, nor a sentence ending in 乡)
_ZONE = compile_pattern(
    rf".{{0,10}}(?:园|港区|经开区|新城|片区)|[^\P{{Han}}{LEVELS}各]\p{{Han}}{{1,4}}(?:村|乡|镇|社区)"
)
# Words that open a zone's name right after a leader's (陈婕高新园…: 高新园, not 婕高 …)
_ZONE_OPENINGS = ("高新", "经开", "开发", "经济", "产业", "工业", "园区", "港区", "新区", "保税", "综保")
# Words of a task's text that no unit's name holds (完善公共服务中心 is work to do, not a centre)
_PROSE_WORDS = compile_pattern(
    r"完善|实施|提升|开展|新建|改造|打造|培育|深化|优化|扩大|提高|健全|建立|创建|全面|积极|着力|大力"
)
# Words after a figure that open like a surname (2000人左右 · 100家以上): no leader's name
_AFTER_A_FIGURE = frozenset(("左右", "以上", "以下", "以内", "之间", "上下", "以来", "左右的"))
# A leader's name: two or three characters (several parted by 、)
_LEADER_LENGTHS = (3, 2)
# A note printed after the deadline (续建项目 · 新开工项目) is this short at most
MAX_NOTE = 16
# The kinds of column a row's cells are read by
_UNIT_ROLES = (Role.LEAD, Role.RESPONSIBLE, Role.COOPERATING)


class _Names(NamedTuple):
    """The unit names that end a row's text: where they begin, each name's [start, end), and for each name
    after the first whether it follows the one before with no separator (a glued junction)."""

    start: int
    names: list[tuple[int, int]]
    glued: list[bool]


def glued_table_at(doc: Document, position: int) -> TableBlock | None:
    """The table whose header is the line at `position` (a glued header, cut off its line by the line stage),
    with its rows on the lines after it; None for any other line."""
    header_line = doc.lines[position]
    matched = doc.matched(header_line.body)
    if not matched.startswith(GLUED_HEADER_START):
        return None
    names = glued_header(matched[: MAX_GLUED_HEADER + 1])
    if names is None or names[-1][1] != len(matched.rstrip()):
        return None
    headers = [doc.mapped((header_line.body[0] + low, header_line.body[0] + high)) for low, high, _ in names]
    columns = find.header_roles([header.text for header in headers], begun=True)
    if columns is None:
        return None
    last, pieces, furniture = _row_lines(doc, position, matched)
    if not pieces:
        return None
    block = TableBlock(position, last, "glued", columns, headers, furniture=furniture)
    block.furniture[position] = NoiseKind.TABLE_HEADER
    timing = _timing_column(columns, [header.text for header in headers])
    block.rows = list(_rows(MappedText.concat((piece, "") for piece in pieces), columns, timing))
    return block if any(row.kind is LineKind.TASK for row in block.rows) else None


def _row_lines(doc: Document, position: int, header: str) -> tuple[int, list[MappedText], dict[int, NoiseKind]]:
    """The lines that hold the rows after the header line: the rest of its own line, and the site's page chunks
    after it (each without its chunk number, and without the page numbers and repeated headers inside).
    The last line's index, the rows' text in pieces, and the lines that are only a repeated header."""
    lines = doc.lines
    source_no = lines[position].no  # the source line whose pieces are the table's
    opening = _chunk_above(doc, position)
    # the site's next chunk number, when the header's own line opens with one (1、某县…分解表序号…)
    chunk_expected = int(opening[1]) + 1 if opening is not None else None
    pieces: list[MappedText] = []
    furniture: dict[int, NoiseKind] = {}
    last = position
    for index in range(position + 1, len(lines)):
        line = lines[index]
        if line.kind is LineKind.BLANK:
            continue
        start = line.start
        if line.no != source_no:
            chunk = _CHUNK_NUMBER.match(doc.norm, line.start, line.end)
            if chunk is not None and chunk_expected is not None and int(chunk[1]) == chunk_expected:
                start, chunk_expected = chunk.end(), chunk_expected + 1
            elif line.joins_above:
                start = line.body[0]
            else:
                break  # 1、加强组织领导。… after the table: the notice's own item, not the site's next page
            source_no = line.no
        last = index
        if doc.matched((start, line.end)).strip() == header:
            furniture[index] = NoiseKind.TABLE_HEADER  # the header again at a page's top
            continue
        pieces.extend(_without_furniture(doc.mapped((start, line.end)), header))
    return last, pieces, furniture


def _chunk_above(doc: Document, position: int) -> regex.Match[str] | None:
    """The site's chunk number that opens the header's own line, or the title's line right above it (1、某县…
    分解表 / 序号…): where the site's numbering of its page chunks stands."""
    lines = doc.lines
    for index in range(position, max(-1, position - MAX_TITLE_LINES - 1), -1):
        if lines[index].kind is LineKind.BLANK:
            continue
        start = doc.index.line_bounds(lines[index].no)[0]
        if (found := _CHUNK_NUMBER.match(doc.norm, start, lines[index].end)) is not None:
            return found
    return None


def _without_furniture(text: MappedText, header: str) -> Iterator[MappedText]:
    """The text in pieces around what a page prints inside the run of cells: its number (—2—) and the header
    again at its top (…2024年12月底前序号项目名称…备注5鹤沅…)."""
    low = 0
    spans = sorted(
        [(found.start(), found.end()) for found in _PAGE_NUMBER.finditer(text.text)]
        + [(at, at + len(header)) for at in _occurrences(text.text, header)]
    )
    for start, end in spans:
        if start >= low:
            yield text.slice(low, start)
            low = end
    yield text.slice(low, len(text))


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where `word` stands in `text`, left to right, apart."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


def _timing_column(columns: list[Role | None], headers: list[str]) -> int | None:
    """The column that holds each row's time: the deadline's, else a schedule's after the units (进度安排 · 时间安排:
    a note by the vocabulary, whose cells still print a date the units must be told from)."""
    if Role.DEADLINE in columns:
        return columns.index(Role.DEADLINE)
    units = [column for column, role in enumerate(columns) if role in _UNIT_ROLES]
    return next(
        (
            column
            for column, role in enumerate(columns)
            if units and column > units[-1] and role is Role.NOTE and _TIME_HEADER.search(headers[column])
        ),
        None,
    )


def _rows(text: MappedText, columns: list[Role | None], timing: int | None) -> Iterator[TableRow]:
    """The section and task rows of the rows' text, each with its cells."""
    starts = list(_row_starts(text.text, remarks_last=columns[-1] in (Role.NOTE, None)))
    for order, (start, body, kind) in enumerate(starts):
        end = starts[order + 1][0] if order + 1 < len(starts) else len(text)
        row_start, row_end = text.source_range(start, end)
        if kind is LineKind.SECTION:
            yield find.section_row(kind, text.slice(start, end), row_start, row_end)
            continue
        cells = _cells(text.slice(body, end), columns, timing)
        cells[columns.index(Role.NUMBER)] = text.slice(start, body)
        yield TableRow(LineKind.TASK, cells, row_start, row_end)


def _row_starts(text: str, *, remarks_last: bool = False) -> Iterator[tuple[int, int, LineKind]]:
    """Where each row starts, where its cells start (after its number) and its kind: the rows' numbers run 1, 2,
    3 … (or again from 1 after a section row) and the sections' 一、二、…; the earlier of the next number and the
    next section opens the next row. `remarks_last`: the rows end with a remark, so no row's end is known and
    the first place a row's number stands is taken."""
    row, section = 1, None
    position = 0
    after_section = False  # a section row opened last: its title may run into the row's number (民生保障3人居…)
    # every section numeral, found once and passed over once (each row's look ahead starts where the last ended)
    numerals = [(found.start(), han_to_int(found[1])) for found in _SECTION.finditer(text)]
    next_numeral = 0
    while position < len(text):
        number = _next_number(text, row, position, after_section=after_section, first_only=remarks_last)
        if after_section and row > 1:
            restart = _next_number(text, 1, position, after_section=True)  # numbered again from 1 in the section
            if restart is not None and (number is None or restart[0] < number[0]):
                number, row = restart, 1
        while next_numeral < len(numerals) and numerals[next_numeral][0] < position:
            next_numeral += 1
        heading = _next_section(numerals, next_numeral, section, number[0] if number is not None else len(text))
        if number is None and heading is None:
            return
        if heading is not None and (number is None or heading[0] < number[0]):
            yield heading[0], heading[0], LineKind.SECTION
            section, position, after_section = heading[1] + 1, heading[0] + 2, True
            continue
        assert number is not None
        yield number[0], number[1], LineKind.TASK
        row, position, after_section = row + 1, number[1] + 1, False


def _next_number(
    text: str, row: int, position: int, *, after_section: bool = False, first_only: bool = False
) -> tuple[int, int] | None:
    """The next place at or after `position` where row `row` opens (see `_number_at`). Where the row's number
    also stands inside the text before the next row's (2实施3大提升行动,… 3推进…), the one after a row's end (a
    unit's name, a deadline) is the row's."""
    first = _number_at(text, row, position, after_section=after_section)
    if first is None or after_section or first_only or _ends_a_row(text, first[0]):
        return first
    following = _number_at(text, row + 1, first[1])
    # a row's text is looked through this far at most for its number's later place (the next row's number may be
    # missing: a cut excerpt)
    limit = min(following[0] if following is not None else len(text), first[1] + MAX_ROW_REACH)
    later = _number_at(text, row, first[1])
    while later is not None and later[0] < limit:
        if _ends_a_row(text, later[0]):
            return later
        later = _number_at(text, row, later[1])
    return first


def _number_at(text: str, row: int, position: int, *, after_section: bool = False) -> tuple[int, int] | None:
    """The first place at or after `position` where row `row`'s number stands alone (no digit or point on
    either side) before a word: not a figure's measure (12个 · 3%) unless a row's end comes right before it
    (…县住建局2项目建设…: a row may open with 项 · 人 · 年)."""
    wanted = str(row)
    found = text.find(wanted, position)
    while found >= 0:
        after = found + len(wanted)
        before_ok = found == 0 or not (text[found - 1].isdigit() or text[found - 1] in ".．")
        following = text[after : after + 1]
        # 1PM2.5平均浓度… · 3GDP…: letters that run on open a row's text; 5G基站 is a figure's
        letters = text[after : after + 2]
        ascii_word = len(letters) == 2 and letters.isascii() and letters.isalpha()
        opens_words = (following.isalpha() and not following.isascii()) or ascii_word or following in _WORD_OPENINGS
        # a figure's measure; one that opens words too (项目 · 人居 · 家庭 · 千万) where a row's end comes before it
        # (or a section's title: 二、民生保障3人居环境…)
        measured = following in _MEASURE and (
            following not in _OPENS_WORDS_TOO
            or found - position > MAX_ROW_REACH  # no row runs this long: no more look at what ends before it
            or not ((after_section and found - position <= MAX_SECTION_TITLE) or _ends_a_row(text, found))
        )
        if before_ok and opens_words and not following.isdigit() and not measured:
            return found, after
        found = text.find(wanted, found + 1)
    return None


def _ends_a_row(text: str, at: int) -> bool:
    """Whether the text before `at` ends as a row does: unit names (see `_names_before`), perhaps with a deadline
    after them (…县住建局 · …各乡镇 · …县财政局2024年底前 · …全年); not 中小学校, a word that ends like a body, nor a
    stop or a date inside a row's text (…改造。3年内 · 确保2025年底前3项)."""
    if at == 0:
        return True
    before = text[max(0, at - MAX_DEADLINE_TAIL) : at]
    deadline = next((start for start in range(len(before) - 1) if is_deadline_phrase(before[start:])), None)
    end = at - len(before) + deadline if deadline is not None else at
    names = _names_before(text, end, max(0, end - MAX_NAME_RUN), plain_last=False)
    return names is not None and bool(names.names)


def _next_section(
    numerals: list[tuple[int, int | None]], first: int, section: int | None, before: int
) -> tuple[int, int] | None:
    """The next section row among the text's section `numerals` (where each stands, its value) from the one at
    `first`, standing before `before` (the next row's number: a section after it is not needed yet): its numeral
    the next in order (any, before the first)."""
    for index in range(first, len(numerals)):
        start, value = numerals[index]
        if start >= before:
            break
        if value is not None and (section is None or value == section):
            return start, value
    return None


def _cells(row: MappedText, columns: list[Role | None], deadline_at: int | None) -> list[MappedText]:
    """A task row's cells in the header's columns, read from the row's end by their kinds (see the module)."""
    cells = [MappedText() for _ in columns]
    text = row.text
    end = len(text.rstrip())
    tail = [column for column, role in enumerate(columns) if role is not None and role is not Role.NUMBER]
    text_column = next(
        (column for column, role in enumerate(columns) if role is Role.TASK),
        next(column for column, role in enumerate(columns) if role is not Role.NUMBER),
    )
    units = [column for column in tail if columns[column] in _UNIT_ROLES]
    after_units = [column for column in tail if units and column > units[-1]]
    before_units = [column for column in tail if units and column < units[0] and columns[column] is Role.LEADER]
    # from the end: the note, the deadline and the leaders after the unit columns
    note_at = after_units[-1] if after_units and columns[after_units[-1]] is Role.NOTE else None
    if deadline_at is not None:
        reach = MAX_NOTE if note_at is not None and note_at > deadline_at else 0
        found = _deadline_before(text, end, reach)
        if found is not None:
            if note_at is not None and note_at > deadline_at:
                cells[note_at] = row.slice(found[1], end)
            cells[deadline_at] = row.slice(*found)
            end = found[0]
    for column in reversed(after_units):
        if columns[column] is Role.LEADER:
            leaders = _leaders_before(text, end)
            if leaders is not None:
                cells[column] = row.slice(leaders, end)
                end = leaders
    found_names = _names_before(text, end)
    start = end
    if found_names is not None and found_names.names:
        start = found_names.start
        if before_units:
            leaders_end = start
            leaders = _leaders_at(text, start, found_names) if not _opens_a_name(text, start) else None
            if leaders is not None:
                # 何海平教育局…: the leader's name read into the first unit's; the units begin after it
                found_names = _names_before(text, end, leaders) or found_names
                leaders_end = leaders
            if leaders is not None and text[start - 1 : start] == "、":
                start = min(start, _leaders_ending_at(text, start - 1))  # 马骏、孙立新区…: the names before it too
            else:
                start = _leaders_ending_at(text, start)
            cells[before_units[-1]] = row.slice(start, leaders_end)
        for column, value in zip(units, _unit_cells(row, found_names, len(units), end), strict=True):
            cells[column] = value
    cells[text_column] = row.slice(0, start).strip()
    return cells


def _deadline_before(text: str, end: int, reach: int) -> tuple[int, int] | None:
    """The deadline ending at `end`, or up to `reach` characters before it (a note after it): the longest
    phrase at the latest end."""
    for stop in range(end, max(end - reach, 0) - 1, -1):
        for start in range(max(0, stop - 20), stop - 1):
            if is_deadline_phrase(text[start:stop]):
                return start, stop
    return None


def _leaders_before(text: str, end: int) -> int | None:
    """Where the leaders' names that end at `end` begin (周明远 · 吴海、陈婕), after the unit names they follow:
    the length that leaves a name's ending before it."""
    position = end
    while True:
        for length in _LEADER_LENGTHS:
            start = position - length
            if start <= 0 or not text[start:position].isalpha():
                continue
            if text[start - 1] == "、":
                position = start - 1  # 吴海、陈婕: another name before this one
                break
            if _ends_a_name(text[:start]):
                return start
        else:
            return None


def _leaders_at(text: str, start: int, names: _Names) -> int | None:
    """Where the unit names begin after the leaders' name that opens the unit part at `start` (张立新教育局… ·
    李红县水利局…): the length after which a unit's name opens best (a level or 各 before a known body or a
    zone's first word), three characters where both read alike."""
    best: tuple[int, int] | None = None
    for length in _LEADER_LENGTHS:
        after = start + length
        if after < names.names[-1][1] and text[start:after].isalpha():
            opening = _name_opening(text, after)
            if opening and (best is None or opening > best[0]):
                best = (opening, after)
    return best[1] if best is not None else None


def _leaders_ending_at(text: str, end: int) -> int:
    """Where the leaders' names that end at `end` begin, before the unit names (…企业40家何志强县工信局 · …。吴海、
    陈婕区教育局): each two or three characters opening with a common surname, after the task's text has ended
    (a stop, a figure's measure) or after another name and 、; `end` itself when there are none."""
    start = end
    while True:
        for length in _LEADER_LENGTHS:
            name_start = start - length
            if name_start < 0 or not text[name_start:start].isalpha() or not opens_with_surname(text[name_start:start]):
                continue
            before = text[name_start - 1 : name_start]
            if text[name_start:start] in _AFTER_A_FIGURE:
                continue  # 2000人左右: words on the figure, no one's name
            if not before or before in "。;,、" or before.isdigit() or before in _MEASURE:
                break
        else:
            return start
        start = name_start
        if before != "、":
            return start
        start -= 1  # 吴海、陈婕: another name before the 、


def _ends_a_name(text: str) -> bool:
    name = text.rstrip()
    return bool(name) and (name.endswith(")") or looks_organisational(name[-MAX_NAME:]))


def _opens_a_name(text: str, at: int) -> bool:
    return _name_opening(text, at) > 0


def _name_opening(text: str, at: int) -> int:
    """How surely a unit's name opens at `at`: 2 for a level or 各 (县水利局 · 各街道), 1 for a body the alias table
    knows or a zone's first word (教育局 · 高新园), 0 for none."""
    following = text[at : at + MAX_NAME]
    if following[:1] in LEVELS or following.startswith("各"):
        return 2
    if following.startswith(_ZONE_OPENINGS):
        return 1
    for length in range(MIN_NAME + 1, min(len(following), MAX_BARE_BODY) + 1):
        if following[length - 1] not in _LAST_OF_A_BODY:
            continue  # no body's name ends here: spare the look-up
        prefix = following[:length]  # no level before it (a level opens a name surely, above)
        if is_known_bare_body(prefix) or (
            prefix.endswith(_BRANCH_ENDINGS) and is_known_bare_body(_BRANCH_OF.sub(r"\1", prefix))
        ):
            return 1
    return 0


def _names_before(text: str, end: int, floor: int = 0, *, plain_last: bool = True) -> _Names | None:
    """The unit names that end the row's text at `end` (a verb and 等 after them aside), no further back than
    `floor`: items after a separator are names whole, and the first item of the run is read for where its
    names begin (after the task's sentence, or where a glued name opens). `plain_last`: a list's last item may
    be a name by its words alone (…、城关镇), where the row's end is known; not where that is the question."""
    stop = _UNITS_VERB_TAIL.search(text, floor, end)
    names_end = stop.start() if stop is not None else end
    items = _items(text, floor, names_end)
    names: list[tuple[int, int]] = []
    glued: list[bool] = []
    for order in range(len(items) - 1, -1, -1):
        low, high = items[order]
        if (etc := ETC_TAIL.fullmatch(text, low, high)) is not None:
            high = etc.end("base")  # 市文广旅局等部门, 各区(市)县政府: the list goes on after its 等
        split = _glued_names(text, low, high)
        if split is None and plain_last and order == len(items) - 1 and _plain_name(text[low:high]):
            split = low, [(low, high)]  # …、城关镇 · …、国网某县供电分公司: a list's last name, read whole
        if split is None:
            return _Names(names[0][0], names, glued[1:]) if names else None
        begin, pieces = split
        glued[:0] = [False] + [True] * (len(pieces) - 1)  # a separator before the item, none inside it
        names[:0] = pieces
        if begin > low or order == 0:
            return _Names(begin, names, glued[1:])
    return None


def _plain_name(item: str) -> bool:
    """Whether a list's last item after a separator reads as a name whole, though not by its ending: a few words,
    no figure, no work to do."""
    bare = _BRACKETED.sub("", item)
    return MIN_NAME < len(bare) <= MAX_PLAIN_NAME and bare.isalpha() and _PROSE_WORDS.search(bare) is None


# The names glued at an item's end run this far back at most (a unit cell's list): the reading of each start is
# a search over the names after it, so a row's long text is not searched from every character
MAX_NAME_RUN = 100
# A list's last item read as a name whole is this short at most
MAX_PLAIN_NAME = 10


def _items(text: str, low: int, high: int) -> list[tuple[int, int]]:
    """[start, end) of the items of text[low:high] parted by list separators outside brackets."""
    cuts = [low + position for position in separator_positions(text[low:high], _UNIT_SEPARATORS)]
    bounds = zip([low, *(cut + 1 for cut in cuts)], [*cuts, high], strict=True)
    return [(start, end) for start, end in bounds if end > start]


def _glued_names(text: str, low: int, high: int) -> tuple[int, list[tuple[int, int]]] | None:
    """The names glued together at the end of the item text[low:high] and where the first begins: the earliest
    start, after the item's last sentence end, from which the rest reads as whole names each opening where a
    name may (the item's start, a level, 各, or right after the name before it). None when no name ends it."""
    floor = max(low, high - MAX_NAME_RUN)
    for stop in ("。", ";", ":"):
        floor = max(floor, text.rfind(stop, low, high) + 1)
    fallback: tuple[int, list[tuple[int, int]]] | None = None
    for start in range(floor, high - MIN_NAME + 1):
        opening = start > low and (text[start - 1] in "。;:" or _name_opening(text, start) == 2)
        if start > low and not opening and not _opens_a_name(text, start):
            continue
        names = _split_names(text, start, high)
        if names is None:
            continue
        if (
            start > low
            or text[low - 1 : low] in "。;:"
            or _opens_a_name(text, low)
            or names[0][1] - low <= MAX_PLAIN_NAME
        ):
            return (start, names) if fallback is None or opening else fallback
        # 实现垃圾日产日清乡环卫所: a long first name with nothing opening it is the text's end and a name after a level
        fallback = fallback or (start, names)
    return fallback


def _split_names(text: str, low: int, high: int) -> list[tuple[int, int]] | None:
    """text[low:high] as whole names glued together, read the way that scores best (see `_name_score`:
    教育局经开区各街道 is three names, 市三产发展领导小组各成员单位 two, 经济开发区管委会 one), or None when it is no
    run of names at all."""
    # best[j]: the best score reading text[low:low + j] and the ends of its names
    best: list[tuple[int, list[int]] | None] = [None] * (high - low + 1)
    best[0] = (0, [])
    for start in range(high - low):
        before = best[start]
        if before is None:
            continue
        for stop in range(start + MIN_NAME, min(high - low, start + MAX_NAME + 6) + 1):
            name = text[low + start : low + stop]
            score = _name_score(name)
            if score is None or (before[1] and not _parts_from(text[low : low + start], name)):
                continue
            candidate = (before[0] + score, [*before[1], low + stop])
            current = best[stop]
            if current is None or (candidate[0], len(candidate[1])) > (current[0], len(current[1])):
                best[stop] = candidate
    found = best[high - low]
    if found is None or not found[1]:
        return None
    return list(zip([low, *found[1][:-1]], found[1], strict=True))


@functools.lru_cache(maxsize=4096)
def _name_score(name: str) -> int | None:
    """How well a piece reads as one unit's name, None when it is none: a body's ending (局 · 委 · 公司 …), a
    zone's (经开区 · 高新园(石桥镇)) or a collective opening with 各 or a level (各街道 · 县直各部门); more for a body
    the alias table knows and for a level or 各 before it; one less for each name, so a name is not cut in
    two for nothing. No sentence in it, and short."""
    bare = _BRACKETED.sub("", name)  # 各县(市、区)政府 · 高新园(石桥镇): the words in brackets aside
    short = len(bare) < MIN_NAME + 1 and "(" in name
    if short:
        bare = name.replace("(", "").replace(")", "")  # 镇(街道) · 各村(社区): the name is the bracket's too
    if not MIN_NAME <= len(bare) <= MAX_NAME or not bare.isalpha() or name[0] == "(":
        return None
    if CLAUSE_OPENING.search(bare) or _PROSE_WORDS.search(bare) or "的" in bare or "等" in bare:
        return None
    if _TWO_NAMES.search(bare):
        return None  # 青潭分局县生态环境保护委员会办公室: a body's ending, then a level opening the next name
    if _TEXT_THEN_NAME.search(bare):
        return (
            None  # 县高标准农田建设县农业农村局 · 市级文明城市复评迎检工作县文明办: words, then a level opening a name
        )
    known = is_known_body(bare)
    ending = ORGANISATION_END.search(bare) is not None
    opens = bare[0] in LEVELS or bare.startswith("各")
    zone = _ZONE.fullmatch(bare) is not None
    if len(bare) < MIN_NAME + 1 and not known:
        return None  # 各县 · 市委 · 员单位: too short to stand alone
    collective = (bare.startswith("各") or _COLLECTIVE_END.search(bare) is not None) and looks_organisational(bare)
    if not (known or ending or zone or (opens and collective)):
        return None  # 县高标准农田建设县: a level word, not a collective (各县市区 · 县直各部门)
    # a short name in brackets (各区(市)) stands alone only where nothing joins it to the next (县政府(管委会))
    return 3 * known + 2 * ending + 2 * opens + zone - 1 - 2 * short


def _parts_from(before: str, name: str) -> bool:
    """Whether `name` may stand as a name of its own after `before` (not the rest of it: 经济开发区 / 管委会 ·
    县人民政 / 府 · 市三产发展领导小组 / 各成员单位 · 各乡镇 / 卫生院)."""
    if _EVERY_BEFORE.search(before) and name[0] not in LEVELS and not name.startswith("各"):
        return False  # 各乡镇 / 卫生院: the 各 reaches over the body after it, each town's
    if any(before.endswith(word[:cut]) and name.startswith(word[cut:]) for word, cut in _ENDING_SPLITS):
        return False  # 县生态环境保护委 / 员会办公室: the name's ending is cut in two
    if _BRANCH.fullmatch(name) and name[0] not in LEVELS and ORGANISATION_END.search(before):
        return False  # 市生态环境局 / 青潭分局: a branch of the body before it, in its place
    return (
        not BARE_ORGAN.fullmatch(_BRACKETED.sub("", name))
        and _ORGAN_ONLY.fullmatch(_BRACKETED.sub("", name)) is None
        and _OF_THE_BODY_BEFORE.match(name) is None
        and not ending_runs_over(before, name)
    )


def _unit_cells(row: MappedText, names: _Names, columns: int, end: int) -> list[MappedText]:
    """The unit cells of a row: its names parted among `columns` unit columns where one name follows another
    with no separator (the first such junction when no cell prints separators, else the last before the
    separators start: 县发改局县财政局、县统计局), each cell's names joined by 、 where the copy glued them."""
    parts = _junction_cuts(names.glued, columns)
    starts = [low for low, _ in names.names]
    cells: list[MappedText] = []
    for low, high in zip([0, *parts], [*parts, len(names.names)], strict=True):
        pieces: list[tuple[MappedText, str]] = []
        for order in range(low, min(high, len(names.names))):
            # to the next name (its separator), the last name of all to the row's units' end (等…负责)
            stop = (
                starts[order + 1]
                if order + 1 < high
                else end
                if order + 1 == len(names.names)
                else names.names[order][1]
            )
            glued_before = order > low and names.glued[order - 1]
            pieces.append((row.slice(starts[order], stop), "、" if glued_before else ""))
        cells.append(MappedText.concat(pieces).strip(" " + _UNIT_SEPARATORS))
    return cells


def _junction_cuts(glued: list[bool], columns: int) -> list[int]:
    """The indices of the names that open each unit column after the first (`columns` - 1 of them, fewer when
    there are not enough junctions: the later cells are empty)."""
    junctions = [order + 1 for order, flag in enumerate(glued) if flag]
    wanted = columns - 1
    if not junctions or wanted <= 0:
        return [len(glued) + 1] * max(wanted, 0)
    if all(glued):
        cuts = junctions[:wanted]
    else:
        first_separator = next(order + 1 for order, flag in enumerate(glued) if not flag)
        cuts = [junction for junction in junctions if junction < first_separator][-wanted:] or junctions[:wanted]
    return cuts + [len(glued) + 1] * (wanted - len(cuts))
