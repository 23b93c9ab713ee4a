"""PDF files (the pdf extra: pdfplumber on pdfminer.six): the text layer in reading order, one line per
printed line, pages apart (a form feed opens each page after the first, so the layout rules see the
running headers and "— N —" footers), and ruled tables found from their lines, rendered as
`| cell | cell |` rows as the Word and HTML readers render theirs.

In a table cell, a line that ends a name (…局, …委, …政府, a 、) is a break between units and becomes
<br>; any other line is a wrap and is joined to the next. A cell merged over rows or columns (pdfplumber
gives None for the covered positions) is spread over what it covers. A table that goes on over a page
break repeats its header on the next page: the repeat is dropped. A PDF with no text layer (a scan), an
encrypted one and a damaged one are refused with one line.
"""

from __future__ import annotations

import io
from typing import Any

import regex

from ..errors import InputError
from .rendering import cell_text, pipe_row
from .text import Decoded

# A line in a table cell that ends like this closes a unit name: the next line starts another unit.
UNIT_BREAK = regex.compile(r"(?:局|委|办|厅|部|院|中心|公司|集团|政府|管委会|委员会|办公室|街道|专班|[、,，;；])$")


def _cell(value: str | None) -> str:
    if not value:
        return ""
    lines = [line.strip() for line in value.split("\n") if line.strip()]
    joined: list[str] = []
    for line in lines:
        if joined and not UNIT_BREAK.search(joined[-1]):
            joined[-1] += line  # a wrap: the cell's text goes on
        else:
            joined.append(line)
    return cell_text(joined)


def _rows(table: list[list[str | None]]) -> list[list[str]]:
    """Cells with merged positions filled from the cell above (a cell merged down rows). A row whose
    cells after the first are all covered is one cell merged across: a section row, left as one cell."""
    rows: list[list[str]] = []
    for raw in table:
        filled = [position for position, value in enumerate(raw) if value is not None]
        if filled == [0] and len(raw) > 1:
            rows.append([_cell(raw[0])] + [""] * (len(raw) - 1))
            continue
        row: list[str] = []
        for column, value in enumerate(raw):
            if value is None:
                row.append(rows[-1][column] if rows and column < len(rows[-1]) else "")
            else:
                row.append(_cell(value))
        rows.append(row)
    return rows


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
    for line in page.filter(outside).extract_text_lines(return_chars=False):
        placed.append((line["top"], [line["text"]]))
    for table in tables:
        rows = _rows(table.extract())
        if rows and header is not None and rows[0] == header:
            rows = rows[1:]  # the header repeated on a new page
        elif rows:
            header = rows[0]
        placed.append((table.bbox[1], [pipe_row(row) for row in rows if any(row)]))
    placed.sort(key=lambda item: item[0])
    return [line for _, lines in placed for line in lines], header


def _refusal(name: str, error: Exception) -> InputError:
    """One line for a PDF that cannot be read: encrypted (pdfplumber wraps pdfminer's password error),
    or damaged."""
    causes = [error, error.__cause__, error.__context__, *getattr(error, "args", ())]
    if any(type(cause).__name__ in ("PDFPasswordIncorrect", "PDFEncryptionError") for cause in causes):
        return InputError(f"{name}: the PDF is encrypted: it needs a password (decrypt it first)")
    return InputError(f"{name}: not a readable PDF, it may be damaged ({type(error).__name__})")


def read_pdf(data: bytes, name: str, encoding: str | None, max_bytes: int) -> Decoded:
    """The text of a PDF (needs the pdf extra: pip install 'lishan-plan[pdf]')."""
    try:
        import pdfplumber
    except ImportError:
        raise InputError(f"{name}: reading .pdf needs the pdf extra: pip install 'lishan-plan[pdf]'") from None
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as error:  # pdfminer raises PDFSyntaxError, PSEOF, … on damaged files
        raise _refusal(name, error) from None
    lines: list[str] = []
    header: list[str] | None = None
    characters = 0
    try:
        with pdf:
            for number, page in enumerate(pdf.pages):
                characters += len(page.chars)
                page_lines, header = _page_lines(page, header)
                if number and page_lines:
                    page_lines[0] = "\f" + page_lines[0]
                lines += page_lines
    except Exception as error:
        raise _refusal(name, error) from None
    if characters == 0:
        raise InputError(f"{name}: the PDF has no text layer (a scan): run OCR on it first")
    return Decoded("\n".join(lines) + "\n", "pdf")
