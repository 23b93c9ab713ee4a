"""Word files (.docx): paragraphs and tables in document order, through python-docx (the docx extra).

Each paragraph becomes a line; each table row becomes `| cell | cell |`, a cell's own paragraphs and
line breaks joined by <br> (a line break inside a cell separates units as 、 does). A cell merged down
rows is repeated in every row it covers (python-docx reports it for each); a cell merged across
columns (a section row) stands once, in its first column.
"""

from __future__ import annotations

import io
from typing import Any

from ..errors import InputError
from .archive import open_archive
from .rendering import cell_text, pipe_row
from .text import Decoded

WORD_NAMESPACE = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _cell_text(cell: Any) -> str:
    """A cell's paragraphs and line breaks, joined by <br> (a line break in a cell separates units)."""
    return cell_text(line.strip() for paragraph in cell.paragraphs for line in paragraph.text.split("\n"))


def _row_texts(row: Any) -> list[str]:
    """Cell texts of a row; a cell merged across columns is reported once, in its first column."""
    texts: list[str] = []
    previous = None
    for cell in row.cells:
        # python-docx has no public identity for a merged cell; its XML element (_tc) is that identity.
        texts.append("" if cell._tc is previous else _cell_text(cell))
        previous = cell._tc
    return texts


def render_docx(document: Any) -> str:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for element in document.element.body.iterchildren():
        if element.tag == f"{WORD_NAMESPACE}p":
            lines.extend(Paragraph(element, document).text.split("\n"))
        elif element.tag == f"{WORD_NAMESPACE}tbl":
            for row in Table(element, document).rows:
                cells = _row_texts(row)
                if any(cells):
                    lines.append(pipe_row(cells))
    return "\n".join(line.rstrip() for line in lines) + "\n"


def read_docx(data: bytes, name: str, encoding: str | None, max_bytes: int) -> Decoded:
    """The rendered text of a .docx, read defensively: sizes checked before inflating, and XML parsed
    by python-docx's lxml parser, which resolves no entities and reaches no network."""
    try:
        import docx
    except ImportError:
        raise InputError(f"{name}: reading .docx needs the docx extra: pip install 'lishan-plan[docx]'") from None
    open_archive(data, name, max_bytes, ".docx")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises KeyError, ValueError, lxml errors … on broken files
        raise InputError(f"{name}: not a readable .docx file ({type(error).__name__})") from None
    return Decoded(render_docx(document), "docx")
