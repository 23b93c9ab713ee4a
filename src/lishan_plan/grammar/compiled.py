"""Patterns compiled once per machine rather than once per run.

The grammar is some 190 patterns, and compiling them was a quarter of a cold `lishan-plan parse`
(about 100 ms before the first line is read). The `regex` module pickles a pattern together with its
compiled program, so a pattern loaded from a pickle is ready without being compiled again. This module
keeps the patterns of earlier runs in the user's cache folder, as Python keeps bytecode in
`__pycache__`: `compile_pattern` answers from it, compiles what it does not hold, and the file is
written again (whole, atomically) when a run compiled something new.

The file is named after the versions of Python and `regex` (the program's format is theirs), holds
only patterns keyed by their source, flags and regex's default version (loading accepts no other
object), and carries a digest of its contents: `regex` does not check a program it is handed, so a file
damaged on disk (one flipped bit can make a program loop or crash the interpreter) is never loaded. It
is only ever a copy: a missing, unreadable, damaged or stale file means the patterns are compiled and
the file written anew, never that a parse fails or reads differently. It keeps the patterns runs ask for
(those of earlier runs too, up to MOST_PATTERNS, then only this run's). `LISHAN_PLAN_CACHE_DIR` moves the
folder; `LISHAN_PLAN_NO_CACHE=1` turns it off.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import io
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

import regex

# Bump when the file's layout changes, so an old file is left alone rather than misread.
FORMAT = 2
# The grammar holds about 200 patterns; more means old versions of them pile up: keep this run's only.
MOST_PATTERNS = 2000
# The digest of the pickled patterns, written before them.
DIGEST_SIZE = 32

Key = tuple[str, int, int]  # source, flags, regex.DEFAULT_VERSION


def _digest(payload: bytes) -> bytes:
    return hashlib.blake2b(payload, digest_size=DIGEST_SIZE).digest()


def cache_folder() -> Path | None:
    """The folder for this user's copies, or None when caching is off."""
    if os.environ.get("LISHAN_PLAN_NO_CACHE"):
        return None
    if chosen := os.environ.get("LISHAN_PLAN_CACHE_DIR"):
        return Path(chosen)
    if sys.platform == "win32" and (local := os.environ.get("LOCALAPPDATA")):
        return Path(local) / "lishan-plan" / "Cache"
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path(os.path.expanduser("~")) / ".cache")
    # no home to expand (~ left as it is) or a relative XDG_CACHE_HOME: never a folder in the working directory
    return base / "lishan-plan" if base.is_absolute() else None


def cache_file() -> Path | None:
    """The file of this user's copies for this Python and this regex, or None when caching is off."""
    folder = cache_folder()
    if folder is None:
        return None
    version = f"{sys.implementation.cache_tag}-regex{regex.__version__}-{FORMAT}"
    return folder / f"patterns-{version}.pickle"


class _PatternsOnly(pickle.Unpickler):
    """Rebuilds compiled patterns and nothing else: the one callable a pattern's pickle names."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("regex._regex", "compile"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"not a pattern: {module}.{name}")


class PatternStore:
    """The patterns of earlier runs, and those this run compiled that they did not hold."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.patterns: dict[Key, regex.Pattern[str]] = self._load(path) if path else {}
        self.used: set[Key] = set()
        self.compiled_now = 0

    @staticmethod
    def _load(path: Path) -> dict[Key, regex.Pattern[str]]:
        try:
            content = path.read_bytes()
        except OSError:
            return {}
        digest, payload = content[:DIGEST_SIZE], content[DIGEST_SIZE:]
        if len(digest) < DIGEST_SIZE or _digest(payload) != digest:
            return {}  # damaged or foreign: its programs are never handed to regex
        try:
            loaded = _PatternsOnly(io.BytesIO(payload)).load()
        except (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, IndexError, KeyError):
            return {}
        if not isinstance(loaded, dict):
            return {}
        return {
            key: value
            for key, value in loaded.items()
            if isinstance(key, tuple) and isinstance(value, regex.Pattern) and value.pattern == key[0]
        }

    def compile(self, source: str, flags: int) -> regex.Pattern[str]:
        key = (source, int(flags), int(regex.DEFAULT_VERSION))
        self.used.add(key)
        found = self.patterns.get(key)
        if found is None:
            found = self.patterns[key] = regex.compile(source, flags)
            self.compiled_now += 1
        return found

    def save(self) -> None:
        """Write the patterns if this run compiled any (or the file holds too many), whole and atomically,
        behind their digest; never fail the run."""
        too_many = len(self.patterns) > MOST_PATTERNS
        if self.path is None or not (self.compiled_now or too_many):
            return
        kept = {key: self.patterns[key] for key in self.used} if too_many else self.patterns
        with contextlib.suppress(OSError, pickle.PicklingError):
            payload = pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns-", suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as file:
                    file.write(_digest(payload) + payload)
                os.replace(temporary, self.path)
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
            self.compiled_now = 0


_STORE = PatternStore(cache_file())
atexit.register(_STORE.save)


def compile_pattern(source: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile`, answered from the patterns of earlier runs when they hold it."""
    return _STORE.compile(source, flags)
