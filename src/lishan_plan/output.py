"""Write outputs atomically: a temporary file in the same folder, then a rename.

An interrupted or failed run leaves either the old file or the new one, never half of one, and a
run that fails before writing creates no file at all.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

from .errors import OutputError


def check_writable(path: Path) -> None:
    """Fail early, before any work, when `path` cannot be written."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(f"{path}: is a directory")
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise OutputError(f"{path}: folder {folder} is not writable")


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one step."""
    check_writable(path)
    folder = path.parent if str(path.parent) else Path(".")
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        # mkstemp makes the file 0600; give it the mode the old file had, or the umask's default.
        os.fchmod(descriptor, _mode_for(path))
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
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


def emit(text: str, path: Path | None) -> None:
    """UTF-8 to `path` (atomically) or to standard output, whatever the locale says."""
    data = text.encode("utf-8")
    if path is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        try:
            write_atomic(path, data)
        except OSError as error:
            raise OutputError(f"{path}: cannot write: {error.strerror or error}") from None
