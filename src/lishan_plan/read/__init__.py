"""Readers turn input bytes into text: plain text, HTML pages, Word files, PDFs and spreadsheets.

Each reader renders its input as lines of text; spans of a notice read from any but plain text point into
that rendered text. The reader is chosen by `--input-format`, else by the file's extension, else by
sniffing the first bytes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import PurePath

from ..errors import InputError
from .text import Decoded, decode_text, drop_pinyin_glosses

# (data, name for messages, --encoding, --max-bytes: the most any part of the input may inflate to)
Reader = Callable[[bytes, str, str | None, int], Decoded]
# The size limit when the caller names none (the CLI's --max-bytes default).
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def _imported_when_used(module: str, function: str) -> Reader:
    """A reader whose module (and the extra it needs) is imported only when a file of its kind is read,
    so a run over plain text never pays for HTML, Word, Excel or PDF support."""

    def read(data: bytes, name: str, encoding: str | None, max_bytes: int) -> Decoded:
        reader: Reader = getattr(importlib.import_module(module, __package__), function)
        return reader(data, name, encoding, max_bytes)

    read.__doc__ = f"{function} of {module}, imported on first use."
    return read


READERS: dict[str, Reader] = {
    "text": decode_text,
    "html": _imported_when_used(".html", "read_html"),
    "docx": _imported_when_used(".docx", "read_docx"),
    "xlsx": _imported_when_used(".spreadsheet", "read_xlsx"),
    "xls": _imported_when_used(".spreadsheet", "read_xls"),
    "ods": _imported_when_used(".spreadsheet", "read_ods"),
    "pdf": _imported_when_used(".pdf", "read_pdf"),
}
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".shtml": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".xlsx": "xlsx",
    ".xls": "xls",
    ".ods": "ods",
    ".pdf": "pdf",
}


# An OLE2 compound file (Office 97-2003) starts with these bytes; its directory, often at the end of
# the file, names a Word document's stream "WordDocument" and a slide deck's "PowerPoint Document" in
# UTF-16. Any other is taken for a workbook (the .xls reader refuses what it cannot read).
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
NOT_WORKBOOK_STREAMS = ("WordDocument".encode("utf-16-le"), "PowerPoint Document".encode("utf-16-le"))
# An OpenDocument file stores its media type uncompressed as the first member, right after the header.
ODS_MIMETYPE = b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet"


def _ole2_format(data: bytes, name: str) -> str:
    if any(stream in data for stream in NOT_WORKBOOK_STREAMS):
        raise InputError(f"{name}: an Office 97-2003 file that is not a workbook (an old .doc?): save it as .docx")
    return "xls"


def format_for(path: str | None, data: bytes, name: str = "input") -> str:
    """The reader for what the bytes unmistakably are (a PDF, a Word, Excel or OpenDocument file), else
    for the path's extension, else for what the text looks like: a PDF saved as .txt is read as a PDF."""
    if data.startswith(b"PK\x03\x04"):
        head = data[:65536]
        if b"word/" in head:
            return "docx"
        if b"xl/" in head:
            return "xlsx"
        if ODS_MIMETYPE in head[:100]:
            return "ods"
    if data.startswith(OLE2_MAGIC):
        return _ole2_format(data, name)
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if path and path != "-":
        suffix = PurePath(path).suffix.lower()
        if suffix in EXTENSIONS:
            return EXTENSIONS[suffix]
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in data[:4096].lower():
        return "html"
    return "text"


def read_input(
    data: bytes,
    name: str,
    *,
    path: str | None,
    encoding: str | None,
    input_format: str | None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Decoded:
    chosen = input_format or format_for(path, data, name)
    reader = READERS.get(chosen)
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise InputError(f"unknown input format {chosen!r} (known: {known})", usage=True)
    decoded = reader(data, name, encoding, max_bytes)
    return Decoded(drop_pinyin_glosses(decoded.text), decoded.encoding)
