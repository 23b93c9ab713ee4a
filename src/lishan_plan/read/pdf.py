"""PDF files (the pdf extra: pdfplumber on pdfminer.six): the text layer in reading order, one line per
printed line, pages apart (a form feed opens each page after the first, so the layout rules see the
running headers and "— N —" footers), and ruled tables found from their lines, rendered as
`| cell | cell |` rows as the Word and HTML readers render theirs.

In a table cell, a line that ends short of the cell's right edge (the next line's first word would
have fitted) was broken on purpose: the break separates units as 、 does and becomes <br>; a full line
is a wrap and is joined to the next. A cell merged over rows or columns (pdfplumber
gives None for the covered positions) is spread over what it covers. A table that goes on over a page
break repeats its header on the next page: the repeat is dropped. A PDF with no text layer (a scan), an
encrypted one, a damaged one and one whose compressed streams inflate past --max-bytes (a zip bomb) are
refused with one line.
"""

from __future__ import annotations

import io
import itertools
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..errors import InputError
from ..grammar.compiled import compile_pattern
from ..grammar.units import FUSED_NEXT, NAME_END
from .rendering import cell_text, pipe_row
from .text import Decoded

# A cell's text is inset from its borders by its padding: the left inset as measured, but no more than
# this (points; Word's default is 5.4) when the text is centred or indented, where the left inset says
# nothing of the right one.
MAX_PADDING = 6.0
# A paragraph's first line is set in this many characters at the most (two is the rule, 首行缩进2字符).
MAX_INDENT = 4
# Slack (points) for rounding in the positions a PDF gives.
SLACK = 0.5
# A line may not begin with these: a typesetter moves the character before them down with them.
NO_LINE_START = "，。、；：？！）》」』”’%．,.;:?!)"
_LEADING_WORD = compile_pattern(r"[A-Za-z0-9.\-/%]+")


def _first_token_width(line: dict[str, Any]) -> float:
    """The width the start of `line` needed on the line above: its first character, a whole Latin word
    or number (they wrap whole), and the punctuation that may not start a line."""
    chars = line["chars"]
    if not chars:
        return 0.0
    word = _LEADING_WORD.match(line["text"])
    count = len(word.group()) if word else 1
    while count < len(chars) and chars[count]["text"] in NO_LINE_START:
        count += 1
    last = chars[min(count, len(chars)) - 1]
    return float(last["x1"] - chars[0]["x0"])


def _chars_in(page: Any, box: tuple[float, float, float, float]) -> Any:
    """The page with only the characters whose middle lies in `box` (as pdfplumber assigns characters to
    table cells: a character that overflows a border still belongs to its cell)."""
    x0, top, x1, bottom = box

    def inside(obj: dict[str, Any]) -> bool:
        middle_x, middle_y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return obj.get("object_type") == "char" and x0 <= middle_x <= x1 and top <= middle_y <= bottom

    return page.filter(inside)


def _cell(page: Any, box: tuple[float, float, float, float]) -> str:
    """The text of one table cell. A line that is full (the start of the next line would not have fitted
    after it, inside the cell's padding) is a wrap, joined to the next; a line that ends short of the
    cell's right edge was broken on purpose, and the break, like 、, separates units: it becomes <br>.
    A full line can be a whole unit name that happens to fill the cell (县发展和改革局 / 县交通运输局): a
    line that ends a name before a line that begins one is a break too, as the unit grammar reads it."""
    x0, _top, x1, _bottom = box
    lines = [line for line in _chars_in(page, box).extract_text_lines(return_chars=True) if line["text"].strip()]
    if not lines:
        return ""
    inset = min(min(line["x0"] for line in lines) - x0, MAX_PADDING)
    right = x1 - inset
    joined = [lines[0]["text"].strip()]
    for above, line in itertools.pairwise(lines):
        text = line["text"].strip()
        full = above["x1"] + _first_token_width(line) > right - SLACK
        if full and not (NAME_END.search(joined[-1]) and FUSED_NEXT.match(text)):
            joined[-1] += text  # a wrap: the cell's text goes on
        else:
            joined.append(text)
    return cell_text(joined)


def _rows(page: Any, table: Any) -> list[list[str]]:
    """The table's cells, those covered by a merged cell (None in pdfplumber's rows) filled from the cell
    above (a cell merged down rows). A row whose cells after the first are all covered is one cell merged
    across: a section row, left as one cell."""
    rows: list[list[str]] = []
    for table_row in table.rows:
        boxes = table_row.cells
        row_page = _chars_in(page, table_row.bbox)
        filled = [position for position, box in enumerate(boxes) if box is not None]
        if filled == [0] and len(boxes) > 1:
            rows.append([_cell(row_page, boxes[0])] + [""] * (len(boxes) - 1))
            continue
        row: list[str] = []
        for column, box in enumerate(boxes):
            if box is None:
                row.append(rows[-1][column] if rows and column < len(rows[-1]) else "")
            else:
                row.append(_cell(row_page, box))
        rows.append(row)
    return rows


def _indent(line: dict[str, Any], margin: float) -> str:
    """The first-line indent of a paragraph (首行缩进, two characters) as full-width spaces, as a copy of
    the page's text gives it: without it a paragraph's full first line looks short, and the parser's wrap
    rules would take it for a line that ends. A line set in further (centred, or set right like a
    signature) is left as it was: its place says nothing of a paragraph."""
    size = line["chars"][0]["size"] if line["chars"] else 0
    if size <= 0:
        return ""
    characters = round((line["x0"] - margin) / size)
    return "\u3000" * characters if 0 < characters <= MAX_INDENT else ""


def _page_lines(page: Any, header: list[str] | None) -> tuple[list[str], list[str] | None]:
    """The lines of one page, tables in place; the header of the last table (to drop its repeat)."""
    tables = page.find_tables()
    boxes = [table.bbox for table in tables]

    def outside(obj: dict[str, Any]) -> bool:
        return not any(
            x0 <= obj["x0"] and obj["x1"] <= x1 and top <= obj["top"] and obj["bottom"] <= bottom
            for x0, top, x1, bottom in boxes
        )

    placed: list[tuple[float, list[str]]] = []
    text_lines = page.filter(outside).extract_text_lines(return_chars=True)
    margin = min((line["x0"] for line in text_lines), default=0.0)
    for line in text_lines:
        placed.append((line["top"], [_indent(line, margin) + line["text"]]))
    for table in tables:
        rows = _rows(page, table)
        if rows and header is not None and rows[0] == header:
            rows = rows[1:]  # the header repeated on a new page
        elif rows:
            header = rows[0]
        placed.append((table.bbox[1], [pipe_row(row) for row in rows if any(row)]))
    placed.sort(key=lambda item: item[0])
    return [line for _, lines in placed for line in lines], header


def _refusal(name: str, error: Exception, max_bytes: int) -> InputError:
    """One line for a PDF that cannot be read: encrypted (pdfplumber wraps pdfminer's password error),
    a stream that inflates past the limit, or damaged."""
    causes = [error, error.__cause__, error.__context__, *getattr(error, "args", ())]
    if any(isinstance(cause, StreamTooLarge) for cause in causes):
        return InputError(
            f"{name}: a stream of the PDF inflates past the limit of {max_bytes:,} bytes: refused as a zip bomb "
            "(raise it with --max-bytes)"
        )
    if any(type(cause).__name__ in ("PDFPasswordIncorrect", "PDFEncryptionError") for cause in causes):
        return InputError(f"{name}: the PDF is encrypted: it needs a password (decrypt it first)")
    return InputError(f"{name}: not a readable PDF, it may be damaged ({type(error).__name__})")


class StreamTooLarge(Exception):
    """A compressed stream of the PDF inflates past the limit (a zip bomb)."""


class _BoundedZlib:
    """zlib as pdfminer uses it, with each stream's inflation bounded by --max-bytes: pdfminer inflates a
    whole stream in memory, so a few kilobytes that inflate to gigabytes would exhaust it."""

    error = zlib.error

    def __init__(self, limit: int) -> None:
        self.limit = limit

    def decompress(self, data: bytes) -> bytes:
        inflater = zlib.decompressobj()
        inflated = inflater.decompress(data, self.limit)
        if inflater.unconsumed_tail:
            raise StreamTooLarge(self.limit)
        return bytes(inflated + inflater.flush())

    def decompressobj(self, *args: Any) -> Any:
        return zlib.decompressobj(*args)


# One reader at a time swaps pdfminer's zlib (a library caller may read PDFs from several threads).
_SWAP = threading.Lock()


@contextmanager
def _bounded_inflation(limit: int) -> Iterator[None]:
    import pdfminer.pdftypes as streams

    with _SWAP:
        original = streams.zlib  # type: ignore[attr-defined]
        streams.zlib = _BoundedZlib(limit)  # type: ignore[attr-defined,assignment]
        try:
            yield
        finally:
            streams.zlib = original  # type: ignore[attr-defined]


def read_pdf(data: bytes, name: str, encoding: str | None, max_bytes: int) -> Decoded:
    """The text of a PDF (needs the pdf extra: pip install 'lishan-plan[pdf]')."""
    try:
        import pdfplumber
    except ImportError:
        raise InputError(f"{name}: reading .pdf needs the pdf extra: pip install 'lishan-plan[pdf]'") from None
    lines: list[str] = []
    header: list[str] | None = None
    characters = 0
    with _bounded_inflation(max_bytes):
        try:
            pdf = pdfplumber.open(io.BytesIO(data))
        except Exception as error:  # pdfminer raises PDFSyntaxError, PSEOF, … on damaged files
            raise _refusal(name, error, max_bytes) from None
        try:
            with pdf:
                for number, page in enumerate(pdf.pages):
                    characters += len(page.chars)
                    page_lines, header = _page_lines(page, header)
                    if number and page_lines:
                        page_lines[0] = "\f" + page_lines[0]
                    lines += page_lines
        except Exception as error:
            raise _refusal(name, error, max_bytes) from None
    if characters == 0:
        raise InputError(f"{name}: the PDF has no text layer (a scan): run OCR on it first")
    return Decoded("\n".join(lines) + "\n", "pdf")
