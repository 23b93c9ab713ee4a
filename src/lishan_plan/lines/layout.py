"""Page layout of text extracted from PDFs: the wrap width and running headers.

A PDF text layer breaks lines where the page ran out, mid-word and mid-name (市自然资 / 源和规划局). When
most long lines share one width, that width is the page's, and a line that reaches it continues on
the next line. A short line repeated on several pages next to a page number is a running header.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from ..grammar.compiled import compile_pattern
from .classify import Document, Line, display_width
from .patterns import LineKind

# A running header is a title or a letterhead (朔川县人民政府办公室文件) repeated at the top of each page.
RUNNING_KINDS = (LineKind.TEXT, LineKind.LETTERHEAD)
_NOT_TEXT = (LineKind.BLANK, LineKind.PAGE_NUMBER, LineKind.TABLE_RULE, LineKind.TABLE_ROW)


# A hard-wrapped text has at least this many text lines; a fifth of them (FULL_SHARE), and at least
# MIN_FULL_LINES, reach the page width, and at most one in fifty (WIDER_SHARE) is wider.
MIN_TEXT_LINES, MIN_FULL_LINES, FULL_SHARE, WIDER_SHARE = 10, 8, 5, 50
# A running header is a short line (display columns): a title or a letterhead, never a paragraph.
MAX_RUNNING_WIDTH = 80


def detect_wrap_width(doc: Document) -> int | None:
    """The page width in columns when the text is hard-wrapped, else None.

    Hard-wrapped: at least 8 lines and a fifth of the text lines lie within three columns of one
    width, and almost no line (2%) is wider. Paragraph-per-line text has no such width.
    """
    widths = [line.width for line in _text_lines(doc)]
    if len(widths) < MIN_TEXT_LINES:
        return None
    counts = Counter(widths)
    for width in sorted(counts, reverse=True):
        wider = sum(count for value, count in counts.items() if value > width)
        if wider > max(2, len(widths) // WIDER_SHARE):
            return None
        near = sum(count for value, count in counts.items() if width - 3 <= value <= width)
        if near >= max(MIN_FULL_LINES, len(widths) // FULL_SHARE):
            return width
    return None


class Margin(NamedTuple):
    """The indent every text line of a page shares, in characters and in display columns."""

    chars: int = 0
    columns: int = 0


NO_MARGIN = Margin()


# A wrapped line fills the page width up to this many columns (one CJK character and a half).
WRAP_SLACK = 3


class Page(NamedTuple):
    """The measure of a hard-wrapped text: its page width in columns (None when it is not hard-wrapped)
    and the margin its lines share."""

    wrap_width: int | None = None
    margin: Margin = NO_MARGIN

    def filled_by(self, doc: Document, line: Line) -> bool:
        """Whether `line` reaches the page width of a hard-wrapped text (no line does on an unwrapped one).
        A paragraph's first line is measured with its indent (首行缩进) above the page's margin: it is as
        full as the lines under it."""
        if self.wrap_width is None:
            return False
        printed_indent = display_width(doc.text[line.start : line.body[0]].replace("\f", ""))
        indent = max(0, printed_indent - self.margin.columns)
        return line.width + indent >= self.wrap_width - WRAP_SLACK


UNWRAPPED = Page()  # a text whose lines end where its paragraphs do (a web copy)


def _text_lines(doc: Document) -> list[Line]:
    """The lines that measure a page: running text, not blanks, page numbers or table rows."""
    return [line for line in doc.lines if line.kind not in _NOT_TEXT and line.row_style is None]


def detect_margin(doc: Document) -> Margin:
    """The left margin all text lines share; NO_MARGIN when one of them starts at the edge.

    A PDF text layer laid out as on its page (pdftotext -layout) indents every line by the page's
    margin: four spaces before a wrapped line, six before a paragraph's first. Only the indent above
    the margin tells a paragraph's first line (首行缩进) from the rest of a wrapped paragraph.
    """
    lines = _text_lines(doc)
    if len(lines) < MIN_TEXT_LINES:
        return NO_MARGIN
    indents = [doc.text[line.start : line.body[0]].replace("\f", "") for line in lines]
    return Margin(min(len(indent) for indent in indents), min(display_width(indent) for indent in indents))


def _page_top(doc: Document, index: int) -> bool:
    """Whether line `index` is the first printed line of a page: a form feed stands between it and the
    line before."""
    before = doc.lines[index - 1].end if index else 0
    return "\f" in doc.text[before : doc.lines[index].end]


# The gap between the parts of a running header: two spaces or more.
_HEADER_GAP = compile_pattern(r"\s{2,}")


def _running_key(text: str) -> str:
    """What a running header repeats: its parts apart by runs of spaces, in any order, since a gazette
    mirrors its header on facing pages (2025年第4期 … 某省人民政府公报 · 某省人民政府公报 … 2025年第4期)."""
    return "\n".join(sorted(part for part in _HEADER_GAP.split(text.strip()) if part))


def running_headers(doc: Document) -> set[int]:
    """Indices of lines repeated beside a page number on three or more pages, or at the very top of
    two or more pages (after a form feed: a PDF's second and third pages)."""
    lines = doc.lines
    near_page_break: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        if line.kind not in RUNNING_KINDS or line.width > MAX_RUNNING_WIDTH:
            continue
        window = lines[max(0, index - 2) : index + 3]
        if any(other.kind is LineKind.PAGE_NUMBER or "\f" in doc.text[other.start : other.end] for other in window):
            near_page_break.setdefault(_running_key(doc.matched(line.body)), []).append(index)
    repeated: set[int] = set()
    for indices in near_page_break.values():
        if len(indices) >= 3 or (len(indices) == 2 and all(_page_top(doc, index) for index in indices)):
            repeated.update(indices)
    return repeated
