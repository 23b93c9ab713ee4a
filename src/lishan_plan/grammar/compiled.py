"""Patterns compiled once per machine rather than once per run.

The grammar is some 190 patterns, and compiling them was a quarter of a cold `lishan-plan parse`
(about 100 ms before the first line is read). The `regex` module pickles a pattern together with its
compiled program, so a pattern loaded from a pickle is ready without being compiled again. This module
keeps the patterns of earlier runs in the user's cache folder, as Python keeps bytecode in
`__pycache__`: `compile_pattern` answers from it, compiles what it does not hold, and the file is
written again (whole, atomically) when a run compiled something new.

The file is named after the versions of Python and `regex` (the program's format is theirs), holds
only patterns keyed by their source and flags (loading accepts no other object), and is only ever a
copy: a missing, unreadable or stale file means the patterns are compiled, never that a parse fails
or reads differently. `LISHAN_PLAN_CACHE_DIR` moves the folder; `LISHAN_PLAN_NO_CACHE=1` turns it off.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

import regex

# Bump when the file's layout changes, so an old file is left alone rather than misread.
FORMAT = 1
# More patterns than the grammar holds means something compiles per input: stop keeping them.
MOST_PATTERNS = 2000

Key = tuple[str, int]


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
        self.compiled_now = 0

    @staticmethod
    def _load(path: Path) -> dict[Key, regex.Pattern[str]]:
        try:
            with path.open("rb") as file:
                loaded = _PatternsOnly(io.BytesIO(file.read())).load()
        except Exception:
            return {}
        if not isinstance(loaded, dict):
            return {}
        return {
            key: value
            for key, value in loaded.items()
            if isinstance(key, tuple) and isinstance(value, regex.Pattern) and value.pattern == key[0]
        }

    def compile(self, source: str, flags: int) -> regex.Pattern[str]:
        key = (source, int(flags))
        found = self.patterns.get(key)
        if found is None:
            found = self.patterns[key] = regex.compile(source, flags)
            self.compiled_now += 1
        return found

    def save(self) -> None:
        """Write the patterns if this run compiled any, whole and atomically; never fail the run."""
        if self.path is None or not self.compiled_now or len(self.patterns) > MOST_PATTERNS:
            return
        with contextlib.suppress(OSError, pickle.PicklingError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns-", suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as file:
                    pickle.dump(self.patterns, file, protocol=pickle.HIGHEST_PROTOCOL)
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
