"""Patterns kept between runs (grammar.compiled): a copy that reads the same, or is compiled again."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from lishan_plan.grammar.compiled import DIGEST_SIZE, PatternStore, _digest, cache_file

SOURCES = [(r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月底前", 0), (r"牵头单位 \s* [:：]", regex.VERBOSE)]
SAMPLES = ["2025年6月底前完成", "牵头单位：县发改局", "2025 年 12 月底前", "配合单位:无"]


def test_patterns_read_back_from_the_file_match_as_the_compiled_ones(tmp_path: Path) -> None:
    path = tmp_path / "patterns.pickle"
    first = PatternStore(path)
    compiled = [first.compile(source, flags) for source, flags in SOURCES]
    assert first.compiled_now == 2
    first.save()
    assert list(tmp_path.iterdir()) == [path]  # written, and no temporary file left beside it

    second = PatternStore(path)
    loaded = [second.compile(source, flags) for source, flags in SOURCES]
    assert second.compiled_now == 0  # every one came from the file
    for old, new in zip(compiled, loaded, strict=True):
        assert new.flags == old.flags
        assert [m and m.groupdict() for m in map(new.search, SAMPLES)] == [
            m and m.groupdict() for m in map(old.search, SAMPLES)
        ]


def test_nothing_new_compiled_leaves_the_file_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "patterns.pickle"
    store = PatternStore(path)
    store.compile(*SOURCES[0])
    store.save()
    before = path.stat().st_mtime_ns
    again = PatternStore(path)
    again.compile(*SOURCES[0])
    again.save()
    assert path.stat().st_mtime_ns == before


def sealed(payload: bytes) -> bytes:
    """A file's content as the store writes it: the payload behind its digest."""
    return _digest(payload) + payload


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not a pickle at all",
        sealed(b"not a pickle at all"),
        sealed(pickle.dumps({("a", 0, 0): os.getcwd})),
        sealed(pickle.dumps(["a list"])),
        sealed(b"\x80\x05K"),
        pickle.dumps({("a", 0, 0): "no digest before it"}),
    ],
    ids=["empty", "garbage", "sealed garbage", "a foreign callable", "not a mapping", "cut short", "no digest"],
)
def test_a_file_that_holds_anything_but_patterns_is_ignored(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "patterns.pickle"
    path.write_bytes(content)
    store = PatternStore(path)
    assert store.patterns == {}
    assert store.compile(*SOURCES[0]).search(SAMPLES[0]) is not None
    store.save()  # the unreadable copy is replaced by a good one
    assert [key[:2] for key in PatternStore(path).patterns] == [(SOURCES[0][0], 0)]


def test_a_file_damaged_on_disk_is_never_handed_to_regex_and_is_written_anew(tmp_path: Path) -> None:
    # regex does not check a compiled program: one flipped bit can make it loop or crash. The digest
    # catches every flipped byte of the payload, so the patterns are compiled again and the file rewritten.
    path = tmp_path / "patterns.pickle"
    store = PatternStore(path)
    for source, flags in SOURCES:
        store.compile(source, flags)
    store.save()
    good = path.read_bytes()
    for position in range(DIGEST_SIZE, len(good), 7):
        damaged = bytearray(good)
        damaged[position] ^= 0x10
        path.write_bytes(bytes(damaged))
        again = PatternStore(path)
        assert again.patterns == {}, position
    again.compile(*SOURCES[0])
    again.save()
    assert PatternStore(path).patterns.keys() == {(SOURCES[0][0], 0, int(regex.DEFAULT_VERSION))}


def test_patterns_are_kept_apart_by_regex_s_default_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = PatternStore(tmp_path / "patterns.pickle")
    first = store.compile("a", 0)
    monkeypatch.setattr(regex, "DEFAULT_VERSION", regex.VERSION1)
    second = store.compile("a", 0)
    assert first is not second
    assert second.flags & regex.VERSION1


def test_a_file_grown_past_its_bound_keeps_only_what_this_run_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "patterns.pickle"
    store = PatternStore(path)
    store.patterns = {(f"stale{index}", 0, 0): regex.compile(f"stale{index}") for index in range(2001)}
    store.compile(*SOURCES[0])
    store.save()
    assert [key[0] for key in PatternStore(path).patterns] == [SOURCES[0][0]]


class _MakesAFolder:
    """A pickle that, loaded by a plain unpickler, would call os.mkdir."""

    def __init__(self, target: Path) -> None:
        self.target = target

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.mkdir, (str(self.target),)


def test_loading_calls_nothing_but_the_pattern_compiler(tmp_path: Path) -> None:
    path = tmp_path / "patterns.pickle"
    path.write_bytes(sealed(pickle.dumps({(SOURCES[0][0], 0, 0): _MakesAFolder(tmp_path / "made")})))
    assert PatternStore(path).patterns == {}
    assert not (tmp_path / "made").exists()


def test_an_unwritable_folder_never_fails_the_run(tmp_path: Path) -> None:
    blocker = tmp_path / "a file where the folder would be"
    blocker.write_text("x")
    store = PatternStore(blocker / "patterns.pickle")
    store.compile(*SOURCES[0])
    store.save()  # OSError swallowed: the copy is only a copy
    assert blocker.read_text() == "x"


def test_the_cache_can_be_moved_or_turned_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LISHAN_PLAN_CACHE_DIR", str(tmp_path))
    path = cache_file()
    assert path is not None
    assert path.parent == tmp_path
    assert regex.__version__ in path.name
    monkeypatch.setenv("LISHAN_PLAN_NO_CACHE", "1")
    assert cache_file() is None


def test_no_home_means_no_cache_rather_than_a_folder_here(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LISHAN_PLAN_CACHE_DIR", "LISHAN_PLAN_NO_CACHE", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)  # no HOME and no password entry
    assert cache_file() is None
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    assert cache_file() is None


def test_a_parse_reads_the_same_with_an_empty_a_filled_and_no_cache(tmp_path: Path, reference_path: str) -> None:
    command = [sys.executable, "-m", "lishan_plan", "parse", reference_path, "--format", "json"]
    environment = {**os.environ, "LISHAN_PLAN_CACHE_DIR": str(tmp_path)}
    environment.pop("LISHAN_PLAN_NO_CACHE", None)
    first = subprocess.run(command, env=environment, capture_output=True, check=True).stdout
    assert any(tmp_path.glob("patterns-*.pickle"))  # the first run kept its patterns
    second = subprocess.run(command, env=environment, capture_output=True, check=True).stdout
    without = subprocess.run(
        command, env={**environment, "LISHAN_PLAN_NO_CACHE": "1"}, capture_output=True, check=True
    ).stdout
    assert first == second == without
