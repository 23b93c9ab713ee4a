"""Write outputs the way Unix tools do: regular files atomically, special files directly.

A regular file is replaced in one step (a temporary file in the same folder, then a rename): an
interrupted or failed run leaves either the old file or the new one, never half of one, and a run
that fails before writing creates no file at all. A symbolic link is followed and its target
replaced the same way, so the link stays a link. A FIFO, a character device (/dev/null, a
terminal) or "-" is written to directly: replacing it would destroy it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import OutputError, stop_if_terminated
from .grammar.compiled import compile_pattern

STDOUT = "-"


def is_stdout(path: Path | None) -> bool:
    return path is None or str(path) == STDOUT


def _target(path: Path) -> Path:
    """The file a path names: a symbolic link's final target (which may not exist yet)."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _special(path: Path) -> bool:
    """Whether `path` is a FIFO, a device or a socket: written in place, never replaced."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode)


def check_writable(path: Path) -> None:
    """Fail early, before any work, when `path` cannot be written."""
    if is_stdout(path):
        return
    target = _target(path)
    if _special(target):
        if not os.access(target, os.W_OK):
            raise OutputError(f"{path}: not writable")
        return
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise OutputError(f"{path}: is a directory")
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise OutputError(f"{path}: folder {folder} is not writable")


Content = str | bytes | Iterable[str]  # text, bytes, or text in pieces written as they come

# Pieces of streamed text are gathered into blocks of about this many characters before writing.
BLOCK = 1 << 16


def _blocks(content: Content) -> Iterator[bytes]:
    """The bytes to write: UTF-8 for text, and streamed pieces gathered into blocks."""
    if isinstance(content, bytes):
        yield content
        return
    if isinstance(content, str):
        yield content.encode("utf-8")
        return
    gathered: list[str] = []
    size = 0
    for piece in content:
        gathered.append(piece)
        size += len(piece)
        if size >= BLOCK:
            yield "".join(gathered).encode("utf-8")
            gathered, size = [], 0
    if gathered:
        yield "".join(gathered).encode("utf-8")


def write_atomic(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Replace the file `path` names with `data` in one step (a special file is written in place);
    `data` may come in blocks, written as they come into the temporary file that replaces it."""
    check_writable(path)
    target = _target(path)
    blocks = [data] if isinstance(data, bytes) else data
    if _special(target):
        with open(target, "wb") as handle:  # a FIFO or a device, written as it is
            for block in blocks:
                handle.write(block)
        return
    folder = target.parent if str(target.parent) else Path(".")
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        # mkstemp makes the file 0600; give it the mode the old file had, or the umask's default.
        os.fchmod(descriptor, _mode_for(target))
        with os.fdopen(descriptor, "wb") as handle:
            for block in blocks:
                handle.write(block)
            handle.flush()
            os.fsync(handle.fileno())
        stop_if_terminated()  # a run told to stop never replaces the old file
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_stdout(data: bytes | Iterable[bytes]) -> None:
    """Bytes to standard output; a closed or full stdout is an OutputError (exit 2), a reader that
    went away (… | head) a BrokenPipeError for the caller to end quietly."""
    stream = sys.stdout
    if stream is None:
        raise OutputError("standard output is closed")
    try:
        for block in [data] if isinstance(data, bytes) else data:
            stream.buffer.write(block)
        stream.buffer.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else "closed"
        if isinstance(error, OSError) and error.errno == errno.EBADF:
            reason = "closed"
        raise OutputError(f"standard output: cannot write: {reason}") from None


def emit(content: Content, path: Path | None) -> None:
    """Text (as UTF-8), bytes or text in pieces to `path` (atomically, or in place for a special file)
    or to stdout."""
    data = _blocks(content)
    if is_stdout(path):
        write_stdout(data)
        return
    assert path is not None
    try:
        write_atomic(path, data)
    except OSError as error:
        raise OutputError(f"{path}: cannot write: {error.strerror or error}") from None


# -- what a written value may contain ---------------------------------------------------------------
# Control characters a document (or a file name) may carry: C0 but tab and newline, DEL and C1. In a
# format a person reads on a terminal they are shown as escapes, never written raw (ESC ] 0; … BEL
# would retitle the terminal); machine formats keep the text as it is (JSON escapes it itself).
CONTROL = compile_pattern(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """The text with control characters shown as \\xNN escapes."""
    return CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


# Cells a spreadsheet would evaluate (= + - @, a tab or a carriage return first): OWASP's CSV injection.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """Make a cell inert in a spreadsheet: a formula-like start gets a leading apostrophe."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value
