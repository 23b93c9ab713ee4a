"""Outputs are atomic: a failed, killed or interrupted run leaves the old file or the new one, never half."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT
from lishan_plan.cli import app
from lishan_plan.errors import Terminated, termination
from lishan_plan.exporters import EXPORTERS, Exporter
from lishan_plan.output import write_atomic

REFERENCE = str(ROOT / "data" / "raw" / "lishan-2023.txt")
OLD = b'{"old": true}\n'
runner = CliRunner()


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".tmp"))


def assert_parse_fails_leaving_old_file_and_no_new_one(folder: Path) -> None:
    """`parse --output` over an existing file and to a new name: both fail (exit 3), the old file is as
    it was, the new name stays free and no temporary file is left."""
    existing, fresh = folder / "existing.json", folder / "fresh.json"
    existing.write_bytes(OLD)
    for target in (existing, fresh):
        result = runner.invoke(app, ["parse", REFERENCE, "--output", str(target)])
        assert result.exit_code == 3
    assert existing.read_bytes() == OLD
    assert not fresh.exists()
    assert leftovers(folder) == []


def test_failing_exporter_creates_no_file_and_keeps_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*args: object) -> str:
        raise RuntimeError("exporter failed")

    monkeypatch.setitem(EXPORTERS, "json", Exporter("json", ".json", "broken", explode))
    assert_parse_fails_leaving_old_file_and_no_new_one(tmp_path)


def test_a_stream_that_fails_half_way_creates_no_file_and_keeps_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """JSON is written in pieces as they come: a failure after some were written still leaves the old
    file as it was, and no new one."""

    def half_then_fail(*args: object) -> Iterator[str]:
        yield '{"sections": [\n' + "x" * 200_000  # more than a block: written to the temporary file
        raise RuntimeError("serialiser failed")

    monkeypatch.setitem(EXPORTERS, "json", Exporter("json", ".json", "broken", lambda *a: "", half_then_fail))
    assert_parse_fails_leaving_old_file_and_no_new_one(tmp_path)


def test_failure_during_the_write_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    existing = tmp_path / "existing.json"
    existing.write_bytes(OLD)
    result = runner.invoke(app, ["parse", REFERENCE, "--output", str(existing)])
    assert result.exit_code == 2
    assert "No space left" in result.stderr
    assert existing.read_bytes() == OLD
    assert leftovers(tmp_path) == []


KILLED_WRITER = """
import sys
from pathlib import Path
from lishan_plan.errors import Terminated, termination
from lishan_plan.output import write_atomic
print("writing", flush=True)
write_atomic(Path(sys.argv[1]), b"x" * 400_000_000)
"""


def test_killed_mid_write_leaves_the_old_file(tmp_path: Path) -> None:
    """SIGKILL cannot be caught: the rename never happened, so the target is untouched."""
    target = tmp_path / "out.json"
    target.write_bytes(OLD)
    child = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(target)], stdout=subprocess.PIPE)
    assert child.stdout is not None
    assert child.stdout.readline() == b"writing\n"
    time.sleep(0.3)
    child.kill()
    child.wait()
    assert target.read_bytes() == OLD


def test_interrupted_cli_run_leaves_no_partial_output(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text((ROOT / "data" / "raw" / "lishan-2023.txt").read_text("utf-8") * 150, "utf-8")  # seconds to parse
    target = tmp_path / "out.json"
    target.write_bytes(OLD)
    command = [str(Path(sys.executable).with_name("lishan-plan")), "parse", str(big), "--output", str(target)]
    # past start-up, well inside the parse; on a loaded machine start-up may take longer than the first
    # wait (the signal then ends the interpreter before the tool's handler exists): wait longer and retry
    for delay in (1.5, 3.0, 6.0):
        child = subprocess.Popen(command, stderr=subprocess.PIPE)
        time.sleep(delay)
        child.send_signal(signal.SIGTERM)
        _, stderr = child.communicate(timeout=120)
        if child.returncode != -signal.SIGTERM:
            break
    assert child.returncode == 143  # 128 + SIGTERM, as a shell reports a terminated command
    assert target.read_bytes() == OLD
    assert stderr.decode().strip() == "lishan-plan: interrupted"
    assert leftovers(tmp_path) == []


@pytest.fixture
def dropped_sigterm() -> Iterator[None]:
    """A SIGTERM whose exception Python dropped (raised while a finalizer ran): only the flag is left."""
    termination.set()
    try:
        yield
    finally:
        termination.clear()


@pytest.mark.usefixtures("dropped_sigterm")
def test_a_sigterm_whose_exception_was_dropped_still_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(OLD)
    with pytest.raises(Terminated):
        write_atomic(target, b"new")
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []


@pytest.mark.usefixtures("dropped_sigterm")
@pytest.mark.parametrize("to_file", [True, False])
def test_a_command_told_to_stop_ends_as_terminated(tmp_path: Path, to_file: bool) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(OLD)
    result = runner.invoke(app, ["parse", REFERENCE, *(["--output", str(target)] if to_file else [])])
    assert result.exit_code == 143
    assert "lishan-plan: interrupted" in result.stderr
    assert target.read_bytes() == OLD


def test_write_atomic_replaces_in_one_step(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(OLD)
    write_atomic(target, b"new content\n")
    assert target.read_bytes() == b"new content\n"
    assert leftovers(tmp_path) == []
