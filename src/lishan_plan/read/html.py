"""HTML pages: the body text as lines, tables as pipe rows, navigation chrome left out.

Government pages wrap the notice in site chrome (logo, breadcrumb, share buttons, footer). Elements
that are chrome by tag (nav, header, footer, script, style) or by a class or id naming it
(breadcrumb, position, footer, share …) are not rendered. Each block element becomes a line; a table
row becomes `| cell | cell |` with cell line breaks kept as <br>; a cell merged over several rows
(rowspan) is repeated in each row it covers, and a cell merged across columns (colspan, a section
row) stands in its first column. Spans of a notice read from HTML point into this text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .rendering import cell_text, pipe_row
from .text import Decoded, decode_with, sniff_binary

BLOCKS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "section",
    "article",
    "blockquote",
    "pre",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "dl",
    "dt",
    "dd",
    "center",
    "form",
    "main",
    "body",
    "hr",
}
SKIPPED = {
    "script",
    "style",
    "head",
    "nav",
    "header",
    "footer",
    "noscript",
    "iframe",
    "svg",
    "button",
    "select",
    "template",
    "object",
}
VOID = {"br", "img", "meta", "link", "input", "hr", "col", "area", "base", "wbr", "source", "embed", "param"}
# A class or id token that names site chrome (the whole token: "article-header" is content).
CHROME_NAME = re.compile(
    r"(?:site-?|page-?|top-?|main-?)?(?:nav\w*|menu\w*|breadcrumbs?|crumbs?|position|location|"
    r"footer|foot|share\w*|toolbar|banner|copyright|header|topbar|sidebar|search\w*|login|logo)",
    re.IGNORECASE,
)
CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
ASCII_SPACE = re.compile(r"[ \t\r\n\f]+")


@dataclass
class _Cell:
    text: list[str] = field(default_factory=list)
    rowspan: int = 1
    colspan: int = 1


@dataclass
class _Table:
    rows: list[list[_Cell]] = field(default_factory=list)
    cell: _Cell | None = None
    outside: list[str] = field(default_factory=list)  # text in the table but in no cell: <caption>


class _Renderer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.tables: list[_Table] = []

    # -- structure ---------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag in VOID:
            if tag == "br" and not self.skip_depth:
                self.line_break()
            return
        names = (attributes.get("class", "") + " " + attributes.get("id", "")).split()
        chrome = tag in SKIPPED or any(CHROME_NAME.fullmatch(name) for name in names)
        self.stack.append((tag, chrome))
        if chrome:
            self.skip_depth += 1
            return
        if self.skip_depth:
            return
        if tag == "table":
            self.flush()
            self.tables.append(_Table())
        elif tag == "tr" and self.tables:
            self.tables[-1].rows.append([])
        elif tag in ("td", "th") and self.tables and self.tables[-1].rows:
            cell = _Cell(rowspan=_span(attributes.get("rowspan")), colspan=_span(attributes.get("colspan")))
            self.tables[-1].rows[-1].append(cell)
            self.tables[-1].cell = cell
        elif tag in BLOCKS:
            self.block_break()

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID or all(open_tag != tag for open_tag, _ in self.stack):
            return  # a stray end tag closes nothing
        while self.stack:
            open_tag, chrome = self.stack.pop()
            if chrome:
                self.skip_depth -= 1
            if open_tag == tag:
                break
        if self.skip_depth:
            return
        if tag == "table" and self.tables:
            self.lines.extend(_render_table(self.tables.pop()))
        elif tag in ("td", "th") and self.tables:
            self.tables[-1].cell = None
        elif tag in BLOCKS:
            self.block_break()

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        text = ASCII_SPACE.sub(" ", data)
        table = self.tables[-1] if self.tables else None
        if table is not None and table.cell is not None:
            table.cell.text.append(text)
        elif table is not None:
            table.outside.append(text)
        else:
            self.current.append(text)

    # -- lines -------------------------------------------------------------------------------------
    def line_break(self) -> None:
        table = self.tables[-1] if self.tables else None
        if table is not None and table.cell is not None:
            table.cell.text.append("<br>")
        elif table is None:
            self.flush()

    def block_break(self) -> None:
        table = self.tables[-1] if self.tables else None
        if table is not None and table.cell is not None:
            if table.cell.text and "".join(table.cell.text).strip():
                table.cell.text.append("<br>")
        elif table is None:
            self.flush()

    def flush(self) -> None:
        line = "".join(self.current).strip(" ")
        if line:
            self.lines.append(line)
        self.current = []


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or "1"), 1000))
    except ValueError:
        return 1


def _cell_text(cell: _Cell) -> str:
    return cell_text(part.strip(" ") for part in "".join(cell.text).split("<br>")).strip()


def _render_table(table: _Table) -> list[str]:
    """Rows as pipe lines, merged cells repeated across the rows and columns they cover; text that
    stands in no cell (a caption) comes first, as a line of its own."""
    caption = " ".join(part.strip() for part in table.outside if part.strip())
    grid: list[list[str]] = []
    pending: dict[int, tuple[str, int]] = {}  # column → (text, rows still covered)
    for row in table.rows:
        out: list[str] = []
        cells = iter(row)
        column = 0
        while True:
            if column in pending:
                text, remaining = pending[column]
                out.append(text)
                pending[column] = (text, remaining - 1)
                if remaining - 1 == 0:
                    del pending[column]
                column += 1
                continue
            cell = next(cells, None)
            if cell is None:
                break
            text = _cell_text(cell)
            for spanned in range(cell.colspan):
                # A cell merged across columns is one cell (a section row): its text stands in the
                # first column; a cell merged down rows counts for every row it covers.
                shown = text if spanned == 0 else ""
                if cell.rowspan > 1:
                    pending[column] = (shown, cell.rowspan - 1)
                out.append(shown)
                column += 1
        while column in pending:  # merged cells at the end of a short row
            text, remaining = pending.pop(column)
            out.append(text)
            if remaining > 1:
                pending[column] = (text, remaining - 1)
            column += 1
        if any(out):
            grid.append(out)
    return ([caption] if caption else []) + [pipe_row(cells) for cells in grid]


def render_html(markup: str) -> str:
    """The text of an HTML page, one block per line."""
    renderer = _Renderer()
    renderer.feed(markup)
    renderer.close()
    renderer.flush()
    while renderer.tables:
        renderer.lines.extend(_render_table(renderer.tables.pop()))
    return "\n".join(renderer.lines) + "\n"


def read_html(data: bytes, name: str, encoding: str | None, max_bytes: int) -> Decoded:
    """Decode with --encoding, the page's declared charset, or detection; then render."""
    if encoding is None:
        declared = CHARSET.search(data[:4096])
        encoding = declared.group(1).decode("ascii").lower() if declared else None
        if encoding in ("gb2312", "gbk"):
            encoding = "gb18030"  # pages that say GB2312 use GBK characters; GB18030 reads both
    if encoding is None:
        from .text import decode_text

        decoded = decode_text(data, name)
    else:
        sniff_binary(data, name)
        decoded = decode_with(data, encoding, name)
    return Decoded(render_html(decoded.text), decoded.encoding)
