"""The pipeline facade: read → normalise → classify → build → validate, as one pure function.

`parse_bytes` is a pure function of the input bytes (and the options), so the same file always
gives the same Notice; the CLI, the tests and batch users all call it through these functions.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path

from .builder.context import BuildContext, State
from .builder.levels import infer_levels
from .builder.machine import build
from .builder.tables.find import find_tables
from .checks.rules import findings_for
from .errors import InputError
from .finish.notice import finish
from .finish.registry import know_units
from .grammar.roles import bracket_memo
from .lines.classify import classify
from .lines.layout import Page, detect_margin, detect_wrap_width, running_headers
from .lines.normalize import detect_script, normalize
from .model import Notice, Source, trusted
from .read import DEFAULT_MAX_BYTES, read_input
from .read.text import Decoded, drop_pinyin_glosses, strip_bom


def parse_decoded(decoded: Decoded, path: str | None, sha256: str, aliases: Mapping[str, str] | None = None) -> Notice:
    """Parse text already decoded; `sha256` identifies the input it came from; `aliases` extend or
    override the built-in alias table of canonical unit names."""
    text = decoded.text
    with bracket_memo():  # each role bracket is read once, whichever stage asks first
        notice = _build_notice(decoded, path, sha256)
    # the lines, the drafts and the bracket readings are gone by now: the checks' findings take their room
    know_units(notice, text, aliases)
    notice.diagnostics = findings_for(notice, text)
    return notice


def _build_notice(decoded: Decoded, path: str | None, sha256: str) -> Notice:
    """Lines → events → drafts → model: everything the builder keeps is dropped when this returns."""
    text = decoded.text
    script = detect_script(text)
    doc = classify(text, normalize(text, script))
    running = running_headers(doc)
    tables = find_tables(doc, running)
    table_lines = {index for block in tables.values() for index in range(block.first, block.last + 1)}
    page = Page(detect_wrap_width(doc), detect_margin(doc))
    ctx = BuildContext(
        doc=doc,
        path=path,
        script=script,
        levels=infer_levels(doc, table_lines, page),
        tables=tables,
        page=page,
        state=State.HEADER,
        running=running,
    )
    build(doc, ctx)
    source = trusted(Source)(
        path=path, sha256=sha256, encoding=decoded.encoding, script=script, lines=doc.index.line_count
    )
    return finish(ctx, source)


def parse_bytes(
    data: bytes,
    path: str | Path | None = None,
    *,
    encoding: str | None = None,
    input_format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    aliases: Mapping[str, str] | None = None,
) -> Notice:
    """Parse a notice from its bytes; `path` is recorded as given and picks the reader by extension."""
    notice, _ = read_and_parse(
        data, path, encoding=encoding, input_format=input_format, max_bytes=max_bytes, aliases=aliases
    )
    return notice


def read_and_parse(
    data: bytes,
    path: str | Path | None = None,
    *,
    encoding: str | None = None,
    input_format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    aliases: Mapping[str, str] | None = None,
) -> tuple[Notice, str]:
    """The notice, and the text its spans point into (what the reader rendered: a view that shows
    the source, such as the HTML report, needs both)."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"parse_bytes() needs bytes, not {type(data).__name__} (text goes to parse_text)")
    data = bytes(data)
    path = _recorded_path(path, "parse_bytes")
    name = path or "<input>"
    if len(data) > max_bytes:
        raise InputError(f"{name}: {len(data):,} bytes is over the limit of {max_bytes:,} (raise it with --max-bytes)")
    decoded = read_input(data, name, path=path, encoding=encoding, input_format=input_format, max_bytes=max_bytes)
    return parse_decoded(decoded, path, hashlib.sha256(data).hexdigest(), aliases), decoded.text


def parse_text(text: str, path: str | Path | None = None, *, aliases: Mapping[str, str] | None = None) -> Notice:
    """Parse a notice from text; its sha256 is that of the UTF-8 encoding of `text`."""
    if not isinstance(text, str):
        raise TypeError(f"parse_text() needs str, not {type(text).__name__} (bytes go to parse_bytes)")
    text = strip_bom(text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return parse_decoded(
        Decoded(drop_pinyin_glosses(text), "utf-8"), _recorded_path(path, "parse_text"), digest, aliases
    )


def _recorded_path(path: str | Path | None, caller: str) -> str | None:
    """The path a notice records, as a string (a Path is written as one); anything else is the caller's mistake,
    said at once rather than by an export that cannot write it."""
    if path is None or isinstance(path, str):
        return path
    if isinstance(path, Path):
        return str(path)
    raise TypeError(f"{caller}() needs a path (str or Path) or None, not {type(path).__name__}")


def parse_file(
    path: str | Path,
    *,
    encoding: str | None = None,
    input_format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    aliases: Mapping[str, str] | None = None,
) -> Notice:
    """Parse the notice in a file (.txt in any supported encoding, .html, or .docx with the extra)."""
    if not isinstance(path, str | Path):
        raise TypeError(f"parse_file() needs a path (str or Path), not {type(path).__name__}")
    data = read_file(path, max_bytes)
    return parse_bytes(
        data, str(path), encoding=encoding, input_format=input_format, max_bytes=max_bytes, aliases=aliases
    )


def read_file(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """A notice file's bytes, or an InputError with one line saying why not (missing, a folder, too
    large, unreadable)."""
    name, file = str(path), Path(path)
    try:
        if file.is_dir():
            raise InputError(f"{name}: is a directory, not a notice file")
        size = file.stat().st_size
        if size > max_bytes:
            raise InputError(f"{name}: {size:,} bytes is over the limit of {max_bytes:,} (raise it with --max-bytes)")
        return file.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as error:
        raise InputError(f"{name}: cannot read: {error.strerror or error}") from None
