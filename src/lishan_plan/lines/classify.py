"""Classify: split the normalised text into lines and give each a kind from the pattern table.

This is the only stage that runs the line patterns. It returns frozen `Line` records holding the
kind, the named groups as document offsets and, for table rows, the cells; `build` reads only
these records and never touches a regex.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import regex

from ..grammar.compiled import compile_pattern
from ..grammar.deadlines import is_deadline_phrase
from ..grammar.labels import GLUED_HEADER_START, MAX_GLUED_HEADER, glued_header
from ..grammar.numerals import han_to_int
from ..grammar.roles import ENDS_WITH_ROLE_VERB, ends_a_clause_of_its_own, ends_with_role_bracket
from ..grammar.text import NOTICE_SENTENCE_ENDS, SENTENCE_ENDS
from ..grammar.units import HAN_ONLY, ORGANISATION_END, ORGANISATION_ENDING, separator_positions
from ..spans import LineIndex, MappedText, Offsets
from .patterns import (
    BOX_VERTICAL,
    COLLAPSED_MIN_LENGTH,
    COLLAPSED_MIN_MARKERS,
    DOC_SITE_PREVIEW,
    DOCUMENT_NAME_NOISE,
    FIRST_GLUED_ROW,
    FIRST_ITEM_AFTER_TITLE,
    GLUED_HINT,
    GLUED_MIN_LENGTH,
    GLUED_MIN_MARKERS,
    HEADING_THEN_TASK,
    LABELLED_FIELD,
    LEADING_NUMBER,
    MARKDOWN_PREFIX,
    MARKER_AFTER_CHUNK,
    NEXT_TASK_AFTER_BRACKET,
    NEXT_TASK_AFTER_FIELD,
    PATTERNS,
    PIPE_ROW,
    RUN_IN_POINT,
    RUN_IN_SECTION_TITLE,
    RUN_IN_TITLE,
    SIGNATURE_AFTER_SENTENCE,
    SIGNATURE_REACH,
    SIGNER_THEN_DATE,
    TABLE_TITLE_END,
    TASK_AFTER_TEXT,
    TITLE_THEN_DOC_NUMBER,
    LineKind,
    collapsed_patterns,
    glued_markers,
)

# The groups of a line without any: one shared, read-only mapping instead of a dict per line.
_NO_GROUPS: Mapping[str, Offsets] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Line:
    """One classified line. Offsets are document offsets into the decoded text."""

    no: int
    start: int
    end: int
    kind: LineKind
    body: Offsets
    groups: Mapping[str, Offsets] = field(default_factory=lambda: _NO_GROUPS)
    cells: tuple[Offsets, ...] | None = None
    row_style: str | None = None  # "pipe", "box", "tab" or "bar" (one cell per line ending in |)
    width: int = 0  # display columns of the body: CJK counts two
    joins_above: bool = False  # the line goes on the sentence above it, a document site's page chunk or footer broke it

    def __repr__(self) -> str:
        return f"Line({self.no}, {self.kind.value}, {self.body})"

    @property
    def own_text(self) -> Offsets:
        """The text after the line's marker (1. · 一是 · 三、 · （一）): its text or title group, else its body."""
        return self.groups.get("text") or self.groups.get("title") or self.body

    @property
    def marker(self) -> Offsets:
        """Where the line's marker is printed: from the start of its body to its own text (empty if none)."""
        return (self.body[0], self.own_text[0])


@dataclass(frozen=True)
class Document:
    """The decoded text, its normalised twin (same length) and its classified lines."""

    text: str
    norm: str
    index: LineIndex
    lines: tuple[Line, ...]

    def printed(self, offsets: Offsets) -> str:
        return self.text[offsets[0] : offsets[1]]

    def matched(self, offsets: Offsets) -> str:
        return self.norm[offsets[0] : offsets[1]]

    def mapped(self, offsets: Offsets) -> MappedText:
        return MappedText.from_source(self.norm, self.text, offsets[0], offsets[1])

    def group(self, line: Line, name: str) -> MappedText:
        offsets = line.groups.get(name)
        return self.mapped(offsets) if offsets else MappedText()


def display_width(text: str) -> int:
    """Columns the text takes: ASCII one, CJK two (computed from UTF-8 length, in C)."""
    return (len(text.encode("utf-8")) + len(text)) // 2


def _strip_bounds(norm: str, start: int, end: int) -> Offsets:
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    return start, end


def split_cells(norm: str, start: int, end: int, separators: str) -> tuple[Offsets, ...]:
    """The cells of norm[start:end] between `separators`, each without its surrounding whitespace."""
    cells: list[Offsets] = []
    cell_start = start
    for position in range(start, end):
        if norm[position] in separators:
            cells.append(_strip_bounds(norm, cell_start, position))
            cell_start = position + 1
    cells.append(_strip_bounds(norm, cell_start, end))
    return tuple(cells)


def _row_cells(norm: str, start: int, end: int) -> tuple[str | None, tuple[Offsets, ...] | None]:
    """Detect a table row rendering and split it into cells."""
    body = norm[start:end]
    if sum(body.count(vertical) for vertical in BOX_VERTICAL) >= 2:
        cells = split_cells(norm, start, end, BOX_VERTICAL)
        return "box", cells[1:-1] if body[0] in BOX_VERTICAL and body[-1] in BOX_VERTICAL else cells
    if body.endswith("|") and body.count("|") == 1:
        return "bar", (_strip_bounds(norm, start, end - 1),)
    if PIPE_ROW.fullmatch(body):
        cells = split_cells(norm, start, end, "|")
        if body.startswith("|"):
            cells = cells[1:]
        if body.endswith("|"):
            cells = cells[:-1]
        return "pipe", cells
    if "\t" in body:
        return "tab", split_cells(norm, start, end, "\t")
    return None, None


# Lines of a key and its value apart by one bar, not tables: a page's metadata and a card's role labels
KEY_VALUE_KINDS = (LineKind.META, LineKind.FIELD)


def classify_line(text: str, norm: str, no: int, start: int, end: int) -> Line:
    """Classify the line [start, end) (its content, without the line break).

    Patterns see `norm`; the display width is measured on `text` as printed, where full-width
    punctuation takes two columns.
    """
    body_start, body_end = _strip_bounds(norm, start, end)
    prefix = MARKDOWN_PREFIX.match(norm, body_start, body_end)
    if prefix:
        body_start = prefix.end()
    row_style, cells = _row_cells(norm, body_start, body_end) if body_end > body_start else (None, None)
    if row_style == "bar" and cells:
        body_start, body_end = cells[0]
    body = norm[body_start:body_end]
    kind, spans = match_kind(body)
    if row_style == "pipe" and cells and len(cells) % 2 == 0 and body.startswith("|"):
        # | 发文字号 | 某政办发〔2024〕11号 |: a page's metadata row printed in a Markdown table of its own, also with
        # more pairs after it (| 文 号: | 临政〔2024〕12号 | 关 键 词: | … |)
        inner = norm[cells[0][0] : cells[-1][1]]
        if (found := match_kind(inner))[0] is LineKind.META:
            (body_start, body_end), body, (kind, spans) = (cells[0][0], cells[-1][1]), inner, found
    if row_style == "bar" and not body:
        kind = LineKind.TABLE_RULE  # a bare "|": an empty cell, furniture outside a table
    if kind is not LineKind.TABLE_RULE and (
        row_style == "box" or (row_style == "pipe" and (body.startswith("|") or kind not in KEY_VALUE_KINDS))
    ):
        # A table row, unless it is a "key | value" row: 索引号 | 11341726X00/2024-0000036 · 牵头单位 | 区教育局
        return Line(
            no,
            start,
            end,
            LineKind.TABLE_ROW,
            (body_start, body_end),
            _NO_GROUPS,
            cells,
            row_style,
            display_width(text[body_start:body_end]),
        )
    groups = (
        {name: (body_start + low, body_start + high) for name, (low, high) in spans.items()} if spans else _NO_GROUPS
    )
    return Line(
        no, start, end, kind, (body_start, body_end), groups, cells, row_style, display_width(text[body_start:body_end])
    )


def classify(text: str, norm: str) -> Document:
    """Split into lines and classify each. `norm` is `text` normalised one character for one."""
    if len(norm) != len(text):
        raise ValueError("normalised text must keep the length of the decoded text")
    index = LineIndex(text)
    lines = []
    run_in: dict[int, int] = {}  # （一） lines with a run-in title: where the title ends
    # a page that holds nothing but one collapsed line may hold a notice shorter than a long paragraph
    alone = "\n" not in norm.strip()
    for line_no in range(1, index.line_count + 1):
        start, end = index.line_bounds(line_no)
        if norm[start:end].isspace() or start == end:  # a third of a notice: no pattern to run
            lines.append(Line(line_no, start, end, LineKind.BLANK, (end, end), _NO_GROUPS))
            continue
        for low, high in (
            piece
            for part in _around_a_glued_header(norm, start, end)
            for piece in _collapsed_pieces(text, norm, *part, alone=alone)
        ):
            pieces = _task_pieces(text, norm, low, high)
            for piece_start, piece_end in pieces:
                line = classify_line(text, norm, line_no, piece_start, piece_end)
                cut = _signer_before_date(norm, line, lines[-1] if lines else None) or _doc_number_after_title(
                    norm, line
                )
                if cut is not None:
                    lines.append(classify_line(text, norm, line_no, line.start, cut))
                    lines.append(classify_line(text, norm, line_no, cut, line.end))
                    continue
                title = _run_in_title(norm, line)
                # a title ended by a colon ((二)主要目标：一是…；二是…) runs in clauses closed by units only; a
                # section's title runs in points only where they close with units of their own, one a piece
                points = len(pieces) > 1
                cut = title is not None and norm[title - 1] != ":" and (points or line.kind is LineKind.SUBSECTION)
                if cut and title is not None and _runs_in_a_point(norm, title, line.end, more_points=points):
                    lines.append(classify_line(text, norm, line_no, line.start, title))
                    lines.append(classify_line(text, norm, line_no, title, line.end))
                    continue
                if title is not None and line.kind is LineKind.SUBSECTION:
                    run_in[len(lines)] = title
                if _wrapped_figure(norm, line, lines):
                    line = dataclasses.replace(line, kind=LineKind.TEXT, groups=_NO_GROUPS)
                lines.append(line)
    _bare_numbers_in_sequence(norm, lines)
    _titles_over_glued_headers(text, norm, lines)
    _page_chunks(text, norm, lines)
    _sentences_across_footers(norm, lines)
    if clauses := _run_in_clauses(text, norm, lines, run_in):
        lines = _clauses_apart(text, norm, lines, clauses)
    return Document(text, norm, index, tuple(lines))


def _around_a_glued_header(norm: str, start: int, end: int) -> list[Offsets]:
    """A line holding a table whose cells ran together (…分解表序号重点任务牵头单位配合单位1推进…) as the text before
    its header, the header, and the rows after it, each read as a line of its own (see
    grammar.labels.glued_header); any other line as itself."""
    opening = norm.find(GLUED_HEADER_START, start, end)
    while opening >= 0:
        names = glued_header(norm[opening : min(end, opening + MAX_GLUED_HEADER + 1)])
        rows = opening + names[-1][1] if names is not None else end
        # the first row follows the header (1 · 一、): not 表内注明序号任务名称牵头单位配合单位2份 in a sentence
        if rows < end and FIRST_GLUED_ROW.match(norm, rows, end):
            bounds = [start, opening, rows, end]
            return [(low, high) for low, high in itertools.pairwise(bounds) if norm[low:high].strip()]
        opening = norm.find(GLUED_HEADER_START, opening + 1, end)
    return [(start, end)]


def _titles_over_glued_headers(text: str, norm: str, lines: list[Line]) -> None:
    """1、某县重点任务分解表 right before a glued header, on its line or the line above (a document site's first page
    chunk, its number before the table's title): the title, read without the site's number, is no task."""
    for order in range(1, len(lines)):
        line, title = lines[order], lines[order - 1]
        if title.no not in (line.no, line.no - 1) or title.kind is not LineKind.TASK or "text" not in title.groups:
            continue
        if norm.startswith(GLUED_HEADER_START, line.body[0]) and TABLE_TITLE_END.search(norm, *title.body):
            rest = classify_line(text, norm, title.no, title.groups["text"][0], title.end)
            lines[order - 1] = dataclasses.replace(rest, start=title.start)


def _bare_numbers_in_sequence(norm: str, lines: list[Line]) -> None:
    """A number with no stop after it (1组织好… · 1 2月26日召开…) opens a task only in a run of such numbers: the
    numbered line before it has the number before it, or the one after it the number after it (a copy that
    lost the stops lost them all). Any other is a figure that opens its line's text."""
    numbered = [order for order, line in enumerate(lines) if line.kind is LineKind.TASK]
    if not any("bare" in lines[order].groups for order in numbered):
        return
    numbers = [int(norm[slice(*lines[order].groups["num"])]) for order in numbered]
    for place, order in enumerate(numbered):
        if "bare" not in lines[order].groups:
            continue
        before = place > 0 and numbers[place - 1] == numbers[place] - 1
        after = place + 1 < len(numbered) and numbers[place + 1] == numbers[place] + 1
        if not (before or after):
            lines[order] = dataclasses.replace(lines[order], kind=LineKind.TEXT, groups=_NO_GROUPS)


def _page_chunks(text: str, norm: str, lines: list[Line]) -> None:
    """Below a document site's preview (《…》由会员分享…), the site prints the document in page chunks, each opening
    at a line's start with its number, 1、 before the title and the next wherever a page ended, mid-sentence
    (…游客服务中 / 2、心建设，…). Those numbers are the site's, not tasks': each such line is read without its
    number, the first as what follows it, the others as going on with the sentence above."""
    preview = next((order for order, line in enumerate(lines) if _previews_a_document(norm, line)), None)
    if preview is None:
        return
    chunk = _ChunkCount(expected=1, document=_document_named(norm, lines[preview]))
    for order in range(preview + 1, len(lines)):
        line = lines[order]
        if line.kind is LineKind.BLANK:
            continue
        if chunk.expected == 1 and chunk.above is not None:
            return  # the site numbers its first chunk on the line under its preview, or not at all
        if _opens_chunk(norm, lines, order, chunk):
            rest = classify_line(text, norm, line.no, line.groups["text"][0], line.end)
            # what follows the number goes on with the sentence above, unless it opens with a marker of its own
            joins = chunk.expected > 1 and rest.kind is LineKind.TEXT
            lines[order] = line = dataclasses.replace(rest, start=line.start, joins_above=joins)
            chunk.expected += 1
        elif line.kind is LineKind.TASK:
            chunk.task, chunk.heading = _number(norm, line), False
        elif line.kind in (LineKind.SECTION, LineKind.SUBSECTION):
            chunk.heading = True
        chunk.above = line


# What a document site prints inside the line of a copy that lost its breaks, where a page ended
_FOOTER_KINDS = (LineKind.PAGE_NUMBER, LineKind.CHROME)


def _sentences_across_footers(norm: str, lines: list[Line]) -> None:
    """A page's footer cut out of a line that lost its breaks (…清理垃圾杂物,第 1 页共 3 页下载后可任意编辑做好岸坡
    绿化。, see _glued_pieces) may stand inside a sentence: the text after it goes on with the text before it; after
    a label's units only where it completes the list's last name (…城关镇人民政 / footer / 府配合), not a heading
    cut off them (…各街道办事处 / footer / 改善群众居住条件)."""
    for order, line in enumerate(lines):
        if line.kind is not LineKind.TEXT:
            continue
        above = order - 1
        while above > 0 and lines[above].kind in _FOOTER_KINDS and lines[above].no == line.no:
            above -= 1
        if above == order - 1 or lines[above].no != line.no or norm[lines[above].body[1] - 1] in SENTENCE_CLOSERS:
            continue
        if lines[above].kind is LineKind.FIELD and not _completes_a_name(norm, lines[above], line):
            continue  # …各街道办事处 / footer / 改善群众居住条件: a heading cut off a label's units, not more of them
        lines[order] = dataclasses.replace(line, joins_above=True)


def _completes_a_name(norm: str, value: Line, rest: Line) -> bool:
    """Whether the text after a footer goes on with the last name of a label's list above it: the two halves
    end a body's name, before any verb closing the list (…城关镇人民政 / 府配合 · …各乡镇（街 / 道）)."""
    # only the end of the joined text is read, so the value's last name need not be cut out of it
    joined = norm[value.body[0] : value.body[1]] + _NAME_BREAK.split(norm[rest.body[0] : rest.body[1]])[0]
    if (verb := ENDS_WITH_ROLE_VERB.search(joined)) is not None:
        joined = joined[: verb.start()]
    return ORGANISATION_END.search(joined.rstrip(")")) is not None


@dataclass
class _ChunkCount:
    """Where `_page_chunks` stands: the chunk number it expects next, the document's last task number and
    whether a heading came after it, and the last line with text."""

    expected: int
    document: str = ""  # the document's name as the preview gives it, without its quotes and file type
    task: int | None = None
    heading: bool = False
    above: Line | None = None


def _number(norm: str, line: Line) -> int | None:
    digits = norm[slice(*line.groups["num"])]
    return int(digits) if digits.isdecimal() else None


# How far below a page chunk's number the next task's number is looked for
MAX_CHUNK_LOOKAHEAD = 40


def _next_number(norm: str, lines: list[Line], order: int) -> int | None:
    """The number of the next numbered task line within MAX_CHUNK_LOOKAHEAD lines after `order`, if any."""
    window = itertools.islice(lines, order + 1, order + 1 + MAX_CHUNK_LOOKAHEAD)
    following = next((line for line in window if line.kind is LineKind.TASK), None)
    return _number(norm, following) if following is not None else None


# A preview may shorten the name; the first chunk opens with this much of it at least
NAME_PREFIX = 12


def _document_named(norm: str, preview: Line) -> str:
    found = DOC_SITE_PREVIEW.match(norm, preview.body[0], preview.body[1])
    return DOCUMENT_NAME_NOISE.sub("", found.group("document")) if found else ""


def _opens_with_name(own: str, chunk: _ChunkCount) -> bool:
    """Whether a line's text opens with the previewed document's name (its title, glued to the text after it
    where the copy lost its line breaks: …若干措施实施方案为深入贯彻…)."""
    name = chunk.document[:NAME_PREFIX]
    opening = DOCUMENT_NAME_NOISE.sub("", own[: 2 * len(chunk.document)])
    return len(name) >= NAME_PREFIX // 2 and opening.startswith(name)


def _previews_a_document(norm: str, line: Line) -> bool:
    return line.kind is LineKind.CHROME and DOC_SITE_PREVIEW.match(norm, line.body[0], line.body[1]) is not None


def _opens_chunk(norm: str, lines: list[Line], order: int, chunk: _ChunkCount) -> bool:
    """Whether a line opens the expected page chunk (see `_page_chunks`): a number straight before another
    marker (7、8、组织… · 4、（二）优化…), which no task's is; 1、 before a title (no sentence in its line); a later
    number inside a bracket the line above left open (…（牵头单位：县甲局；), or after a line that breaks off
    mid-sentence where the number does not go on with the document's own (…接入工程全 / 5、程免费 after task 4 and
    before another 5、; never 2、 between tasks 1 and 3, nor 1、 under a heading)."""
    line = lines[order]
    if line.kind is not LineKind.TASK or "bare" in line.groups or _number(norm, line) != chunk.expected:
        return False
    if norm[line.groups["num"][1] : line.groups["text"][0]].strip() != "、":
        return False
    own = norm[line.groups["text"][0] : line.end]
    if MARKER_AFTER_CHUNK.match(own):
        return True
    if chunk.expected == 1:
        return "。" not in own or _opens_with_name(own, chunk)
    above = chunk.above
    if above is None or (
        above.kind in (LineKind.SECTION, LineKind.SUBSECTION) and "。" not in norm[above.body[0] : above.body[1]]
    ):
        return False  # a heading's line ends with its title, no stop needed (unless its text runs in)
    before = norm[above.body[0] : above.body[1]].rstrip()
    if before.count("(") > before.count(")"):
        return True
    if before[-1:] in SENTENCE_CLOSERS:
        return False
    number = chunk.expected
    goes_on = number == (chunk.task or 0) + 1 or (number == 1 and chunk.heading)
    return not goes_on or _next_number(norm, lines, order) == number


def _wrapped_figure(norm: str, line: Line, lines: list[Line]) -> bool:
    """Whether a line read as a task numbered with the script's full stop (10。持续优化…) is a figure a wrap
    cut from the sentence above (…排名进入全省前 / 10。持续…): it is not the first task nor the one after the
    last task line, and the line above does not end its sentence. The usual 1. or 1、 needs no such care;
    。 ends sentences too."""
    low, high = line.groups.get("num", (0, 0))
    if line.kind is not LineKind.TASK or norm[high : high + 1] != "。":
        return False
    number = int(norm[low:high])
    last = next((other for other in reversed(lines) if other.kind is LineKind.TASK), None)
    if number == 1 or (last is not None and int(norm[slice(*last.groups["num"])] or 0) == number - 1):
        return False
    above = next((other for other in reversed(lines) if other.kind is not LineKind.BLANK), None)
    if above is None or above.kind in (LineKind.SECTION, LineKind.SUBSECTION, LineKind.PAGE_NUMBER):
        return False
    return norm[above.body[0] : above.body[1]].rstrip()[-1:] not in SENTENCE_CLOSERS


# What ends a line's sentence, so that a number may open the next line: a sentence's end, a colon or a
# closing bracket.
SENTENCE_CLOSERS = SENTENCE_ENDS + ":)]"


def _run_in_title(norm: str, line: Line) -> int | None:
    """Where the run-in title of a heading ends ((一)强化项目支撑。一是… · 一、扩大有效投资。一是…), if it has one:
    a subsection's ends at a stop or a colon, a section's at a stop."""
    if line.kind is LineKind.SUBSECTION:
        title = RUN_IN_TITLE.match(norm, line.start, line.end)
    elif line.kind is LineKind.SECTION:
        title = RUN_IN_SECTION_TITLE.match(norm, line.start, line.end)
    else:
        return None
    return title.end() if title is not None else None


def _runs_in_a_point(norm: str, title_end: int, end: int, *, more_points: bool) -> bool:
    """Whether a （一） (or 一、) line goes on after its run-in title with its first 一是 point: the point is a
    line of its own. So when its units stand on the lines below ((一)强化项目支撑。一是加快征收扫尾…, no bracket), or
    when it closes with units of its own and the next point follows on the line (`more_points`: …（责任单位：
    X）二是… · …（县政务局牵头）。二是…). Not when one bracket closes the whole paragraph (一是…；二是…。（X牵头）):
    the （一） line is the task, its points its text."""
    if RUN_IN_POINT.match(norm, title_end, end) is None:
        return False
    return more_points or norm.find(")", title_end, end) < 0


def _run_in_clauses(text: str, norm: str, lines: list[Line], run_in: dict[int, int]) -> dict[int, list[int]]:
    """Where the clauses of each （一） line end (after its title, then after each clause), when the notice
    runs its headings' paragraphs into their lines: every （一） line has a run-in title, most a clause (a
    heading whose paragraph names no units, （二）优化服务。提升水平，各部门要加强协作。, is cut after its title
    alone), one holds two clauses or more, and no 1. line stands among them. Otherwise none: a （一） line is a
    task (（二）推进乙项工作（县丙局牵头）。, units on the lines below) or a heading over 1. tasks, and its line
    is read whole. The clauses are read only once the notice's lines allow it (most notices have 1. lines)."""
    if not run_in or any(
        line.kind is LineKind.TASK or (line.kind is LineKind.SUBSECTION and position not in run_in)
        for position, line in enumerate(lines)
    ):
        return {}
    clauses = {position: _clause_ends(text, norm, lines[position], title) for position, title in run_in.items()}
    closed = sum(bool(ends) for ends in clauses.values())
    if closed * RUN_IN_SHARE_DENOMINATOR < len(clauses) * RUN_IN_SHARE_NUMERATOR:
        return {}  # too few lines with a clause: the （一） lines are what they read as
    if all(len(ends) <= MIN_RUN_IN_CLAUSES for ends in clauses.values()):
        return {}  # no line of two (the title's end and each clause's)
    return {position: ends or [run_in[position]] for position, ends in clauses.items()}


# A （一） line runs its paragraphs in when it holds at least this many clauses closed by role brackets:
# one is a task whose text goes on after its run-in title.
MIN_RUN_IN_CLAUSES = 2
# ... and at least two thirds of its （一） lines close a clause: a few headings of such a notice name no
# units in their paragraph, but a notice of （一） tasks with a bracket here and there is no 分工意见.
RUN_IN_SHARE_NUMERATOR, RUN_IN_SHARE_DENOMINATOR = 2, 3


def _clause_ends(text: str, norm: str, line: Line, start: int) -> list[int]:
    """Where the clauses of a （一） line whose run-in title ends at `start` end: there, and after each
    bracket closing a sentence that names who leads the clause or answers for it (see
    `ends_a_clause_of_its_own`). Empty for a line without such a clause."""
    rest = norm[start : line.end].rstrip()
    ends: list[int] = []
    for close in [*separator_positions(rest, "。;,"), len(rest)]:
        if rest[close - 1 : close] not in (")", "]"):
            continue
        if ends_a_clause_of_its_own(MappedText.from_source(norm, text, ends[-1] if ends else start, start + close)):
            ends.append(start + close + 1)
    if not ends:
        return []
    # …下同),建设一批众创空间(省科技厅牵头)。: a bracket before a comma closes a clause where the sentence's next
    # clause closes with a bracket too; …(县住建局牵头),确保年底前完工。 goes on to the end of its sentence
    stops = [start + stop + 1 for stop in separator_positions(rest, "。;")] + [start + len(rest)]
    for order, end in enumerate(ends):
        if norm[end - 1] == ",":
            sentence_end = stops[bisect.bisect_left(stops, end)]
            if order + 1 == len(ends) or ends[order + 1] > sentence_end:
                ends[order] = sentence_end
    return [start, *sorted(set(ends))]


def _clauses_apart(text: str, norm: str, lines: list[Line], clauses: dict[int, list[int]]) -> list[Line]:
    """A notice that runs a heading's paragraphs into its line (one of its （一） lines holds two
    clauses closed by role brackets, or more): each such line as its title and one piece per clause,
    so the heading stands over paragraphs closed by units as a 部门分工意见's does. A line whose only
    clause closes it is cut too, so every heading of the notice is read alike."""
    apart: list[Line] = []
    for position, line in enumerate(lines):
        if position not in clauses:
            apart.append(line)
            continue
        bounds = [line.start, *(cut for cut in clauses[position] if cut < line.end), line.end]
        for low, high in itertools.pairwise(bounds):
            if norm[low:high].strip():
                apart.append(classify_line(text, norm, line.no, low, high))
    return apart


def _collapsed_pieces(text: str, norm: str, start: int, end: int, *, alone: bool) -> list[Offsets]:
    """A notice that lost its line breaks to spaces (see `collapsed_patterns`) as one piece per lost line;
    any other line as itself. Table rows (| and tabs) keep their own cells. A line `alone` in its text
    is all there is of the notice: however short, a heading and a task's number in it are enough."""
    least = COLLAPSED_MIN_MARKERS - 1 if alone else COLLAPSED_MIN_MARKERS
    if end - start < GLUED_MIN_LENGTH and not alone:
        return [(start, end)]
    if norm.find("|", start, end) >= 0 or norm.find("\t", start, end) >= 0:
        return [(start, end)]
    if end - start < COLLAPSED_MIN_LENGTH and not alone:
        return _glued_pieces(norm, start, end)
    marker, task_marker, cutter, header_cutter = collapsed_patterns()
    markers = list(itertools.islice(marker.finditer(norm, start, end), least))
    if not markers:
        return _glued_pieces(norm, start, end)
    found = len(markers)
    for task in task_marker.finditer(norm, start, end) if found < least else ():
        found += ends_with_role_bracket(MappedText.from_source(norm, text, start, task.start()))
        if found >= least:
            break
    if found < least:
        return _glued_pieces(norm, start, end)
    heading = markers[0].start()
    pieces = []
    low = start
    for cut in itertools.chain(header_cutter.finditer(norm, start, heading), cutter.finditer(norm, heading, end)):
        if cut.start() > low:
            pieces.append((low, cut.start()))
        low = cut.end()
    if end > low:
        pieces.append((low, end))
    return pieces


# The heading markers of a glued line, each counted in its own sequence; a 一、 heading starts its (一) over
_GLUED_HEADINGS = ("section", "subsection", "task")


def _glued_pieces(norm: str, start: int, end: int) -> list[Offsets]:
    """A line that lost its breaks with nothing in their place (see patterns._GLUED_MARKER) as one piece per
    lost line; any other line as itself. A heading's marker counts where its number goes on from the last of
    its kind, or starts again at one (a section's never: 统一、规范 is no second 一、; a task's under a heading);
    a marker inside a bracket (（牵头单位:X;责任单位:Y）) never cuts."""
    if len(list(itertools.islice(GLUED_HINT.finditer(norm, start, end), GLUED_MIN_MARKERS))) < GLUED_MIN_MARKERS:
        return [(start, end)]
    last = dict.fromkeys(_GLUED_HEADINGS, 0)
    cuts: list[int] = []
    kinds: set[str] = set()
    headings = 0
    depth, scanned = 0, start
    label: int | None = None  # where the value of the label cut last begins, until a heading's marker
    headed = False  # a heading's marker came after the last task's
    opening = _strip_bounds(norm, start, end)[0]
    for match in glued_markers().finditer(norm, start, end):
        depth = max(0, depth + _bracket_balance(norm, scanned, match.start()))
        scanned = match.start()
        if match.group("footer") is not None:
            cuts += (match.start(), match.end())  # a page's footer, wherever the page broke (…各乡镇（街 / 道）)
            continue
        if depth:
            continue
        kind = next((name for name in _GLUED_HEADINGS if match.group(name) is not None), "label")
        if match.start() == opening:
            # the line's own marker (1.… on a line of its own) is glued to nothing, but the markers after it go on
            # from its number
            if kind != "label":
                last[kind] = han_to_int(match.group(kind)) or 0
                headed = kind != "task"
            continue
        if kind != "label":
            number = han_to_int(match.group(kind))
            restarts = number == 1 and (kind == "subsection" or (kind == "task" and headed))
            if number != last[kind] + 1 and not restarts:
                continue
            if label is not None:
                # …责任部门:园林局配合做好专项整治工作(一)…: a heading that lost its numeral, glued to the units above
                cuts += _heading_after_units(norm, label, match.start())
            last[kind] = number or 0
            if kind == "section":
                last["subsection"] = 0  # a task's number may go on across sections, or start again under one
            headings += 1
            headed = kind != "task"
        label = match.end() if kind == "label" else None
        kinds.add(kind)
        cuts.append(match.start())
    if headings < GLUED_MIN_MARKERS or len(kinds) < 2:
        return [(start, end)]
    bounds = sorted({start, *cuts, end})
    pieces = [(low, high) for low, high in itertools.pairwise(bounds) if norm[low:high].strip()]
    if "label" not in kinds and all(high - low <= MAX_OUTLINE_ENTRY for low, high in pieces[1:]):
        return [(start, end)]  # 【提纲】一、…。(一)…。1、…2、…: an outline of the plan's headings, not the plan
    return pieces


# The longest entry of an outline of headings printed on one line (【提纲】一、…(一)…1、…); a glued plan's pieces hold
# their tasks' sentences and units, longer
MAX_OUTLINE_ENTRY = 30
# The most characters of a heading that lost its numeral (一、 or （一）) between a task's units and the next marker
MAX_GLUED_HEADING = 30
# Where the names of a label's list part: its first name after a footer
_NAME_BREAK = compile_pattern(r"[、,;:]")


def _heading_after_units(norm: str, value: int, end: int) -> list[int]:
    """Where a heading glued after a label's list of units begins (园林局配合做好专项整治工作: after 园林局), or
    nothing: the list's last item must end a body's name (局, 科, 中心 …) and hold after it no more than
    MAX_GLUED_HEADING characters, words only, with none that could end a name (a name's own words, 市社会保险…局,
    never part), no verb closing the list (…按职责分工负责) and no deadline (…持续推进)."""
    item = max(value, *(norm.rfind(mark, value, end) + 1 for mark in "、,;"))
    for name_end in ORGANISATION_ENDING.finditer(norm, item, end):
        heading = norm[name_end.end() : end]
        if 4 <= len(heading) <= MAX_GLUED_HEADING and ORGANISATION_ENDING.search(heading) is None:
            # …各乡镇人民政府按职责分工负责 · …县住建局2025年底前完成 · …县园林局持续推进: the list's own verb or its
            # deadline, no heading
            # words, not a figure or a date (…县住建局2025年底前完成 is the list's deadline)
            words_only = HAN_ONLY.fullmatch(heading) is not None and not is_deadline_phrase(heading)
            return [name_end.end()] if words_only and not ENDS_WITH_ROLE_VERB.search(heading) else []
    return []


def _bracket_balance(norm: str, low: int, high: int) -> int:
    """Brackets (and quotes, book titles: “多证合一、一照一码”) opened minus those closed in norm[low:high]."""
    opened = sum(norm.count(mark, low, high) for mark in "([“《")
    return opened - sum(norm.count(mark, low, high) for mark in ")]”》")


def _doc_number_after_title(norm: str, line: Line) -> int | None:
    """Where the document number begins on a title's line that prints it in brackets after the title
    (…的通知(青府〔2023〕17号), see TITLE_THEN_DOC_NUMBER)."""
    if (
        line.kind is not LineKind.TEXT
        or norm[line.body[1] - 1 : line.body[1]] != ")"
        or "[" not in norm[line.start : line.end]
    ):
        return None
    found = TITLE_THEN_DOC_NUMBER.search(norm, line.body[0] + 1, line.body[1])
    if found is None or any(stop in norm[line.body[0] : found.start()] for stop in "。,;:"):
        return None  # …按照《某某意见》(某发〔2023〕5号): a sentence that cites a document, not a title
    return found.end()


def _ends_like_a_date(last: str) -> bool:
    """Whether a line's last character may close a date (…3月8日 · …2025-03-08): the cheap test before a
    signature's pattern is run."""
    return bool(last) and last in "日0123456789"


def _signer_before_date(norm: str, line: Line, above: Line | None) -> int | None:
    """Where the date begins on a line of text that is a signing body and its date (see SIGNER_THEN_DATE),
    standing where a signature stands: under a blank line or the sentence that closes the notice's text (a
    table's cell or a task's field line above it makes it a note: 县财政局 2025年6月30日)."""
    if line.kind is not LineKind.TEXT or not _ends_like_a_date(norm[line.body[1] - 1 : line.body[1]]):
        return None
    if above is not None and above.kind is not LineKind.BLANK and norm[above.body[1] - 1] not in NOTICE_SENTENCE_ENDS:
        return None
    signed = SIGNER_THEN_DATE.fullmatch(norm, *line.body)
    return None if signed is None else signed.end("cut")


def _task_pieces(text: str, norm: str, start: int, end: int) -> list[Offsets]:
    """A line holding two tasks (a lost line break: …（X牵头）二是… · …责任单位:县甲局。2.…) as two pieces of
    the same line; split only after a bracket that reads as roles or after a labelled field, so ordinary
    brackets and sentences never split a line."""
    cuts = []
    if (opening := _bracket_opening_the_line(text, norm, start, end)) is not None:
        cuts.append(opening)  # (市戊局牵头)戊指标减少5%。: a hard wrap put the last task's bracket before the next
    if norm.find(")", start, end) >= 0 or norm.find("]", start, end) >= 0:
        items = False
        for match in NEXT_TASK_AFTER_BRACKET.finditer(norm, start, end):
            before = MappedText.from_source(norm, text, start, match.end())
            if ends_with_role_bracket(before):
                cuts.append(match.end())
                items = items or match.group("item") is not None
        if items and (first := FIRST_ITEM_AFTER_TITLE.search(norm, start, cuts[0])) is not None:
            cuts.insert(0, first.end())  # the items close with their units: the task's title stands apart
    if not cuts and norm.find(":", start, end) >= 0:
        line_heading = HEADING_THEN_TASK.match(norm, start, end)
        opens_a_task = line_heading is not None or LEADING_NUMBER.match(norm, start, end) is not None
        if opens_a_task and LABELLED_FIELD.search(norm, start, end):
            cuts = _cuts_after_fields(norm, start, end, line_heading)
    if _ends_like_a_date(norm[max(start, end - SIGNATURE_REACH) : end].rstrip()[-1:]) and (
        signature := SIGNATURE_AFTER_SENTENCE.search(norm, max(start + 1, end - SIGNATURE_REACH), end)
    ):
        cuts.append(signature.start())  # the signature run onto the last task
    bounds = [start, *cuts, end]
    pieces = []
    for low, high in itertools.pairwise(bounds):
        heading = HEADING_THEN_TASK.match(norm, low, high)
        if heading is not None and _says_roles(text, norm, heading.end(), high):
            pieces.append((low, heading.start("cut")))  # (四)简化登记。 12.简化…(牵头单位:X): the heading apart
            low = heading.end()
        elif low == start and high < end and (opening := _task_after_text(norm, low, high, end)) is not None:
            pieces.append((low, opening))
            low = opening
        pieces.append((low, high))
    return pieces


def _bracket_opening_the_line(text: str, norm: str, start: int, end: int) -> int | None:
    """Where a role bracket that opens a line ends, when more text follows it on the line: …丁指标保持稳定。 /
    (市戊局牵头)戊指标减少5%。(市己局牵头), a hard wrap after the sentence its bracket closes."""
    if norm[start : start + 1] != "(" or not _ends_a_sentence_above(norm, start):
        return None  # the line above goes on in this one: the bracket is inside its sentence
    depth, close = 0, -1
    for position in range(start, min(end, start + MAX_OPENING_BRACKET)):
        depth += {"(": 1, ")": -1}.get(norm[position], 0)
        if depth == 0:
            close = position
            break
    if close < start + MIN_OPENING_BRACKET or not norm[close + 1 : end].strip(" \t\f。.;"):
        return None  # no bracket closed, one of a numeral ((一)推进… · (1)…), or nothing after it
    if not ends_with_role_bracket(MappedText.from_source(norm, text, start, close + 1)):
        return None
    if is_deadline_phrase(norm[close + 1 : end].strip(" \t\f。.;")):
        return None  # (X牵头)2024年底前完成。: the bracket's sentence goes on with its deadline
    return close + 1


def _ends_a_sentence_above(norm: str, start: int) -> bool:
    """Whether the text before `start` (past its line break and spaces, looking back a few characters only)
    ends a sentence: …丁指标保持稳定。 / (市戊局牵头)…"""
    position = start - 1
    while position >= max(0, start - 8) and norm[position] in " \t\f\n\r\u3000":
        position -= 1
    return position >= 0 and norm[position] in SENTENCE_ENDS


# A bracket opening a line is read as one a wrap put there when it closes within this many characters, and
# holds more than a numeral's (市戊局牵头 is five).
MAX_OPENING_BRACKET = 60
MIN_OPENING_BRACKET = 4


def _task_after_text(norm: str, start: int, end: int, line_end: int) -> int | None:
    """Where the first task of a line cut into tasks opens after other text and a space (a running header:
    某市人民政府公报 2018年第5期 11.…(牵头单位:X) 12.…): its number is one before the next piece's."""
    if _leading_number(norm, start, end) is not None:
        return None
    following = _leading_number(norm, end, line_end)
    for match in TASK_AFTER_TEXT.finditer(norm, start, end):
        if following is not None and int(match["number"]) == following - 1:
            return match.end()
    return None


def _says_roles(text: str, norm: str, start: int, end: int) -> bool:
    """Whether a piece ends with a role bracket or holds a labelled field: it names who does it."""
    return ends_with_role_bracket(MappedText.from_source(norm, text, start, end)) or bool(
        LABELLED_FIELD.search(norm, start, end)
    )


def _cuts_after_fields(norm: str, start: int, end: int, heading: regex.Match[str] | None) -> list[int]:
    """Where tasks run together after their labelled fields (1.…。牵头单位:X;责任单位:Y。2.…), also after a
    heading that runs into its first such task (二、深化专项整治 4.开展…, cut apart by `_task_pieces`): each cut
    opens the next task, whose number follows the one before it, between two pieces that each hold a
    labelled field of their own (a list inside a value, 完成时限:分两步,1.…;2.…, has none after its 2.).
    `heading`: HEADING_THEN_TASK's match at the line's start, if any."""
    low = heading.end() if heading is not None else start
    number = _leading_number(norm, low, end)
    if number is None:
        return []
    candidates = [
        (match.start(), match.end(), int(match["number"])) for match in NEXT_TASK_AFTER_FIELD.finditer(norm, low, end)
    ]
    cuts: list[int] = []
    field_before = False  # whether the piece from `low` holds a field, searched up to `searched`
    searched = low
    for order, (stop, opening, following) in enumerate(candidates):
        if following != number + 1:
            continue
        field_before = field_before or LABELLED_FIELD.search(norm, searched, stop) is not None
        searched = stop
        after = next((other for other, _, later in candidates[order + 1 :] if later == following + 1), end)
        if field_before and LABELLED_FIELD.search(norm, opening, after) is not None:
            cuts.append(low := opening)
            number, field_before, searched = following, False, opening
    return cuts


def _leading_number(norm: str, start: int, end: int) -> int | None:
    """The task number a piece opens with (4.开展… → 4), if any."""
    match = LEADING_NUMBER.match(norm, start, end)
    return int(match["number"]) if match is not None else None


def match_kind(body: str) -> tuple[LineKind, dict[str, tuple[int, int]]]:
    """The kind of a piece of text (a table cell, say) by the same pattern table as whole lines."""
    if not body:
        return LineKind.BLANK, {}  # the first row of the table, without running a regex
    for candidate, pattern, needs in PATTERNS:
        if needs is not None and needs.search(body) is None:
            continue
        match = pattern.fullmatch(body)
        if match:
            return candidate, {name: match.span(name) for name in match.groupdict() if match.group(name) is not None}
    return LineKind.TEXT, {}
