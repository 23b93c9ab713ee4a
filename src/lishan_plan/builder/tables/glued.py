"""Tables whose cells ran together: a document site's preview of a Word table prints every cell's text with
nothing between cells, rows or pages.

    序号项目名称主要内容区政府分管领导牵头单位配合单位          (the header: grammar.labels.glued_header)
    1增加教育资源供给实施新建学校12个。张立新教育局经开区各街道2促进…
    2、)各街道3老城厢…                                      (the site's next page chunk, mid-name)

The rows are found by their numbers running in sequence (a number inside a row's text is followed by its
measure word, 12个, or stands where no row has ended, 实施3大行动; a row's number follows a row's end: unit names
or a deadline), with the section rows (二、民生保障) and the site's page numbers (—2—) and repeated headers between
them; a row's cells are read by their kinds from its end, in the header's order: a note after the deadline, the
deadline, the leaders' names, the unit lists (glued_names.py reads where their names begin and part), and the
text before them, which is the task's.
Two unit columns part where one name follows another with no separator (县发改局县财政局、县统计局: the first
cell's list prints its own separators only inside it). What comes out is a `TableBlock` like any other
reader's, so rows become tasks the same way.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ...grammar.compiled import compile_pattern
from ...grammar.deadlines import MAX_DEADLINE_PHRASE, is_deadline_phrase
from ...grammar.labels import GLUED_HEADER_START, MAX_GLUED_HEADER, glued_header
from ...grammar.numerals import han_to_int
from ...grammar.units import (
    opens_with_surname,
)
from ...grammar.vocabulary import Role
from ...lines.classify import Document
from ...lines.patterns import LineKind
from ...model import NoiseKind
from ...spans import MappedText
from . import find  # the module, not its names: find reads glued tables among the others
from .block import TableBlock, TableRow
from .glued_names import MAX_NAME_RUN, UNIT_SEPARATORS, Names, ends_a_name, name_opening, names_before, opens_a_name

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
# Measures that open words a row may open with (2项目建设 · 3人居环境 · 4家庭医生 · 5千万工程 · 6年内…); the others
# (个 · 所 · 条 · 月 …) never do
_OPENS_WORDS_TOO = frozenset("项人家千万百年类件期届级")
# The table's title stands this many lines above its header at most (1、某县…分解表 / 序号…)
MAX_TITLE_LINES = 2
# A row's number is looked for this far after its first place at most (a row's text is shorter)
MAX_ROW_REACH = 1000
# A section row's title (民生保障 · 推动经济平稳向好) is this long at most
MAX_SECTION_TITLE = 30
# What a row's text may open with besides a word: a quotation or a title
_WORD_OPENINGS = frozenset('“"《(‘')
# Words after a figure that open like a surname (2000人左右 · 100家以上): no leader's name
_AFTER_A_FIGURE = frozenset(("左右", "以上", "以下", "以内", "之间", "上下", "以来", "左右的"))
# A leader's name: two or three characters (several parted by 、)
_LEADER_LENGTHS = (3, 2)
# A note printed after the deadline (续建项目 · 新开工项目) is this short at most
MAX_NOTE = 16
# The kinds of column a row's cells are read by
_UNIT_ROLES = (Role.LEAD, Role.RESPONSIBLE, Role.COOPERATING)


def glued_table_at(doc: Document, position: int) -> TableBlock | None:
    """The table whose header is the line at `position` (a glued header, cut off its line by the line stage),
    with its rows on the lines after it; None for any other line."""
    header_line = doc.lines[position]
    if not doc.norm.startswith(GLUED_HEADER_START, *header_line.body):
        return None  # asked of every line: the check copies nothing
    matched = doc.matched(header_line.body)
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
    """Whether the text before `at` ends as a row does: unit names (see `names_before`), perhaps with a deadline
    after them (…县住建局 · …各乡镇 · …县财政局2024年底前 · …全年); not 中小学校, a word that ends like a body, nor a
    stop or a date inside a row's text (…改造。3年内 · 确保2025年底前3项)."""
    if at == 0:
        return True
    deadline = _deadline_before(text, at, 0)
    end = deadline[0] if deadline is not None else at
    names = names_before(text, end, max(0, end - MAX_NAME_RUN), plain_last=False)
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
    found_names = names_before(text, end)
    start = end
    if found_names is not None and found_names.names:
        start = found_names.start
        if before_units:
            leaders_end = start
            leaders = _leaders_at(text, start, found_names) if not opens_a_name(text, start) else None
            if leaders is not None:
                # 何海平教育局…: the leader's name read into the first unit's; the units begin after it
                found_names = names_before(text, end, leaders) or found_names
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
        for start in range(max(0, stop - MAX_DEADLINE_PHRASE), stop - 1):
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
            if ends_a_name(text[:start]):
                return start
        else:
            return None


def _leaders_at(text: str, start: int, names: Names) -> int | None:
    """Where the unit names begin after the leaders' name that opens the unit part at `start` (张立新教育局… ·
    李红县水利局…): the length after which a unit's name opens best (a level or 各 before a known body or a
    zone's first word), three characters where both read alike."""
    best: tuple[int, int] | None = None
    for length in _LEADER_LENGTHS:
        after = start + length
        if after < names.names[-1][1] and text[start:after].isalpha():
            opening = name_opening(text, after)
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


def _unit_cells(row: MappedText, names: Names, columns: int, end: int) -> list[MappedText]:
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
        cells.append(MappedText.concat(pieces).strip(" " + UNIT_SEPARATORS))
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
