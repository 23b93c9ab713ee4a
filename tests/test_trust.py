"""Issue 10: a tool you can trust with your files, your terminal and your CI. Each test reproduces
one reported problem through the real command (a subprocess, as a user runs it) and shows it fixed."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import ROOT

REFERENCE = str(ROOT / "data" / "raw" / "lishan-2023.txt")
CLI = str(Path(sys.executable).with_name("lishan-plan"))


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([CLI, *args], capture_output=True, timeout=120, check=False, cwd=cwd)


def one_line_error(result: subprocess.CompletedProcess[bytes]) -> str:
    lines = result.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1, lines
    assert "Traceback" not in lines[0]
    return lines[0]


# -- 1. output paths behave like the Unix tools users know ---------------------------------------
def test_output_to_a_fifo_is_written_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = run("parse", REFERENCE, "-o", str(fifo))
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still a FIFO, not replaced by a regular file
    assert received
    assert received[0].startswith(b"{")


def test_output_through_a_symlink_replaces_its_target(tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_bytes(b"old\n")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert run("parse", REFERENCE, "-o", str(link)).returncode == 0
    assert link.is_symlink()
    assert link.resolve() == target.resolve()
    assert target.read_bytes().startswith(b"{")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["link.json", "real.json"]


def test_output_to_a_character_device_never_replaces_it(tmp_path: Path) -> None:
    device = tmp_path / "null"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a /dev/null of our own
    except PermissionError:
        pytest.skip("creating a device node needs root")
    assert run("parse", REFERENCE, "-o", str(device)).returncode == 0
    assert stat.S_ISCHR(device.stat().st_mode)


def test_output_dash_is_standard_output() -> None:
    result = run("parse", REFERENCE, "-o", "-", "-f", "jsonl")
    assert result.returncode == 0
    assert result.stdout.count(b"\n") == 86


# -- 2. every failure maps to the documented exit status ------------------------------------------
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("args", [("parse", REFERENCE), ("--help",), ("--version",), ("rules",)])
def test_full_standard_output_exits_two(args: tuple[str, ...]) -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run([CLI, *args], stdout=full, stderr=subprocess.PIPE, timeout=60, check=False)
    assert result.returncode == 2
    assert "No space left" in one_line_error(result)


def test_closed_standard_input_exits_two() -> None:
    result = subprocess.run(
        f"exec 0<&-; {CLI} parse -",
        shell=True,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "standard input" in one_line_error(result)


def test_closed_standard_output_exits_two() -> None:
    result = subprocess.run(
        f"exec 1>&-; {CLI} parse {REFERENCE}",
        shell=True,
        stderr=subprocess.PIPE,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "standard output" in one_line_error(result)


# -- 3. one bad file does not hide the others -----------------------------------------------------
def test_validate_reports_every_readable_file_and_exits_with_the_worst(tmp_path: Path) -> None:
    other = ROOT / "tests" / "fixtures" / "a1_tangling_verb_xiatong.txt"
    result = run("validate", REFERENCE, str(tmp_path / "missing.txt"), str(other), "-f", "concise")
    assert result.returncode == 2
    out = result.stdout.decode("utf-8")
    assert "lishan-2023.txt:325:1: LP101" in out
    assert "a1_tangling_verb_xiatong.txt" in out
    assert "missing.txt: no such file" in one_line_error(result)


# -- 4. unknown selectors are usage errors --------------------------------------------------------
@pytest.mark.parametrize("selector", ["LP999", "task-without-lead", "XYZ"])
def test_unknown_selector_exits_two_naming_it(selector: str) -> None:
    for option in ("--select", "--ignore"):
        result = run("validate", REFERENCE, option, selector)
        assert result.returncode == 2
        line = one_line_error(result)
        assert repr(selector) in line
        assert "nearest" in line


def test_rule_names_are_selectors() -> None:
    result = run("validate", REFERENCE, "--select", "task-without-lead-unit", "-f", "concise")
    assert result.returncode == 1
    assert {line.split(": ")[1].split()[0] for line in result.stdout.decode().splitlines()} == {"LP101"}


# -- 5. terminal escapes from the document never reach the terminal raw ---------------------------
@pytest.mark.parametrize("report_format", ["text", "concise", "github", "markdown", "junit"])
def test_control_characters_are_escaped_in_human_formats(tmp_path: Path, report_format: str) -> None:
    notice = tmp_path / "esc\x1b.txt"
    notice.write_bytes("一、任务\n1.做\x1b]0;pwned\x07好。\n".encode())
    result = run("validate", str(notice), "-f", report_format, "--exit-zero")
    assert result.returncode == 0
    assert b"\x1b" not in result.stdout
    assert b"\x07" not in result.stdout
    assert b"\\x1b" in result.stdout


def test_machine_formats_stay_faithful(tmp_path: Path) -> None:
    notice = tmp_path / "esc.txt"
    notice.write_bytes("一、任务\n1.做\x1b]0;pwned\x07好。\n".encode())
    import json

    parsed = json.loads(run("parse", str(notice)).stdout)
    assert parsed["sections"][0]["tasks"][0]["text"] == "做\x1b]0;pwned\x07好。"


def test_sarif_uris_are_percent_encoded(tmp_path: Path) -> None:
    import json

    folder = tmp_path / "a b:c"
    folder.mkdir()
    notice = folder / "通知.txt"
    notice.write_bytes(Path(REFERENCE).read_bytes())
    result = run("validate", os.path.relpath(notice, tmp_path), "-f", "sarif", cwd=tmp_path)
    sarif = json.loads(result.stdout)
    uri = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "a%20b%3Ac/%E9%80%9A%E7%9F%A5.txt"


# -- 7. output format from the extension ----------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "start"), [("tasks.csv", b"\xef\xbb\xbfid,"), ("t.yaml", b"schema_version"), ("t.jsonl", b'{"id"')]
)
def test_format_follows_the_output_extension(tmp_path: Path, name: str, start: bytes) -> None:
    target = tmp_path / name
    result = run("parse", REFERENCE, "-o", str(target), *(["--excel"] if name.endswith(".csv") else []))
    assert result.returncode == 0
    assert target.read_bytes().startswith(start)


def test_a_format_against_the_extension_is_a_warning(tmp_path: Path) -> None:
    target = tmp_path / "tasks.csv"
    result = run("parse", REFERENCE, "-o", str(target), "-f", "json")
    assert result.returncode == 0
    assert "warning" in one_line_error(result)
    assert target.read_bytes().startswith(b"{")


# -- 6. archives are read defensively -------------------------------------------------------------
def zip_bomb(path: Path, inflated: int) -> None:
    """A .docx whose document.xml inflates to `inflated` bytes (written in chunks, never held whole)."""
    import zipfile

    chunk = b" " * (1 << 20)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(inflated // len(chunk)):
                member.write(chunk)


def test_zip_bomb_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    zip_bomb(bomb, 300 << 20)
    assert bomb.stat().st_size < 2 << 20
    # Measured in a process of its own, so no earlier child of this test session counts.
    probe = (
        "import resource, subprocess, sys; "
        f"result = subprocess.run([{CLI!r}, 'parse', {str(bomb)!r}], capture_output=True); "
        "sys.stderr.buffer.write(result.stderr); "
        "print(result.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    measured = subprocess.run([sys.executable, "-c", probe], capture_output=True, timeout=120, check=True)
    status, peak_kib = (int(value) for value in measured.stdout.split())
    assert status == 2
    assert "document.xml" in one_line_error(measured)
    assert peak_kib < 200 * 1024  # under 200 MB for a 300 MB bomb


def test_a_lower_max_bytes_refuses_a_smaller_archive(tmp_path: Path) -> None:
    bomb = tmp_path / "big.docx"
    zip_bomb(bomb, 4 << 20)
    result = run("parse", str(bomb), "--max-bytes", str(1 << 20))
    assert result.returncode == 2
    assert "--max-bytes" in one_line_error(result)
