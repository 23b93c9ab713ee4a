"""Bad input through the CLI: a documented exit status, at most one line on stderr, never a traceback,
and for input or usage problems no output file created or damaged."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT
from lishan_plan.cli import app

REFERENCE = ROOT / "data" / "raw" / "lishan-2023.txt"
runner = CliRunner()
OLD = b"previous output, must survive\n"


def reference_text() -> str:
    return REFERENCE.read_text("utf-8")


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def invalid_utf8(tmp: Path) -> Path:
    data = REFERENCE.read_bytes()
    boundary = data.index(b"\n", 5000) + 1  # a character boundary: the start of a line (offset 5037)
    return write(tmp / "broken.txt", data[:boundary] + b"\xff" + data[boundary:])


def png(tmp: Path) -> Path:
    return write(tmp / "scan.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)


def plain_zip(tmp: Path, name: str) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "not a word document")
    return write(tmp / name, buffer.getvalue())


def huge(tmp: Path) -> Path:
    path = tmp / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)  # sparse: 60 MB of NUL bytes, written instantly
    return path


def gb18030_file(tmp: Path) -> Path:
    return write(tmp / "gb.txt", reference_text().encode("gb18030"))


def cut_fixture(tmp: Path, name: str) -> Path:
    """The first half of a binary fixture (a download that stopped)."""
    data = (ROOT / "tests" / "fixtures" / name).read_bytes()
    return write(tmp / f"cut{Path(name).suffix}", data[: len(data) // 2])


def old_word(tmp: Path) -> Path:
    """An Office 97-2003 Word document (its stream names it), saved with a workbook's extension."""
    return write(
        tmp / "old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "WordDocument".encode("utf-16-le")
    )


# (name, make input, extra arguments, expected exit status of `parse`, words the message must contain)
INPUT_PROBLEMS: list[tuple[str, Callable[[Path], Path], list[str], str]] = [
    ("png image", png, [], "PNG"),
    ("zip that is not docx", lambda tmp: plain_zip(tmp, "archive.zip"), [], "ZIP"),
    ("zip named .docx", lambda tmp: plain_zip(tmp, "fake.docx"), [], ".docx"),
    ("nul bytes", lambda tmp: write(tmp / "nul.txt", b"abc\x00\x00def" * 10), [], "NUL"),
    ("invalid utf-8 byte", invalid_utf8, [], "0xff at offset 5037"),
    ("gb18030 read as utf-8", gb18030_file, ["--encoding", "utf-8"], "offset"),
    ("unknown encoding", gb18030_file, ["--encoding", "klingon"], "klingon"),
    ("60 MB file", huge, [], "limit"),
    ("directory", lambda tmp: tmp, [], "directory"),
    ("missing file", lambda tmp: tmp / "absent.txt", [], "no such file"),
    ("truncated pdf", lambda tmp: cut_fixture(tmp, "q1_qingyi_twins_pdf.pdf"), [], "PDF"),
    ("truncated xlsx", lambda tmp: cut_fixture(tmp, "q1_qingyi_twins_xlsx.xlsx"), [], ".xlsx"),
    ("truncated ods", lambda tmp: cut_fixture(tmp, "q1_qingyi_twins_ods.ods"), [], ".ods"),
    ("truncated xls", lambda tmp: cut_fixture(tmp, "q1_qingyi_twins_xls.xls"), [], ".xls"),
    ("old word document", old_word, [], "not a workbook"),
]


def check_one_line(stderr: str) -> None:
    assert len(stderr.strip().splitlines()) <= 1, stderr
    assert "Traceback" not in stderr


@pytest.mark.parametrize(
    ("make", "extra", "words"), [case[1:] for case in INPUT_PROBLEMS], ids=[case[0] for case in INPUT_PROBLEMS]
)
def test_input_problems_exit_two_and_write_nothing(
    tmp_path: Path, make: Callable[[Path], Path], extra: list[str], words: str
) -> None:
    source = make(tmp_path)
    existing, fresh = tmp_path / "existing.json", tmp_path / "fresh.json"
    existing.write_bytes(OLD)
    for target in (existing, fresh):
        result = runner.invoke(app, ["parse", str(source), *extra, "--output", str(target)])
        assert result.exit_code == 2
        check_one_line(result.stderr)
        assert words in result.stderr
        assert source.name in result.stderr or words in ("klingon",)
    assert existing.read_bytes() == OLD
    assert not fresh.exists()
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(".")) == []
    result = runner.invoke(app, ["validate", str(source), *extra])
    assert result.exit_code == 2
    check_one_line(result.stderr)


def test_encoding_option_reads_what_detection_refuses(tmp_path: Path) -> None:
    result = runner.invoke(app, ["parse", str(invalid_utf8(tmp_path)), "--encoding", "latin-1"])
    assert result.exit_code == 0
    gb = gb18030_file(tmp_path)
    result = runner.invoke(app, ["parse", str(gb), "--encoding", "gb18030", "--format", "csv"])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 87


@pytest.mark.parametrize(
    "target", ["missing-folder/out.json", "."], ids=["output in a missing folder", "output is a directory"]
)
def test_bad_output_paths_exit_two(tmp_path: Path, target: str) -> None:
    output = tmp_path / target
    result = runner.invoke(app, ["parse", str(REFERENCE), "--output", str(output)])
    assert result.exit_code == 2
    check_one_line(result.stderr)
    assert not (tmp_path / "missing-folder").exists()


# Readable text that is not (all) a plan: a normal parse whose findings say so, exit 0.
SAYS_SO = [
    ("empty file", "", "LP404"),
    ("only whitespace", " \n\u3000\n\t\n", "LP404"),
    ("news article", "本报讯 近日，某某县召开全县经济工作会议，总结去年工作。\n记者 张三 报道\n", "LP404"),
    ("notice without plan body", reference_text().split("立山区政府2023年重点工作\n")[0], "LP404"),
    ("cut off mid-task", reference_text()[: reference_text().index("让群众关注的热点")], "LP303"),
]


@pytest.mark.parametrize(("text", "code"), [case[1:] for case in SAYS_SO], ids=[case[0] for case in SAYS_SO])
def test_readable_text_gives_a_normal_parse_with_findings(tmp_path: Path, text: str, code: str) -> None:
    source = tmp_path / "input.txt"
    source.write_text(text, "utf-8")
    result = runner.invoke(app, ["parse", str(source), "--format", "json"])
    assert result.exit_code == 0
    check_one_line(result.stderr)
    assert "input.txt" in result.stderr
    assert f'"code": "{code}"' in result.stdout
    result = runner.invoke(app, ["validate", str(source), "--format", "concise"])
    assert code in result.stdout
    assert result.exit_code in {"LP404": (0,), "LP303": (1,)}[code]  # the cut-off task has no lead: LP101


def test_one_line_of_ten_megabytes(tmp_path: Path) -> None:
    source = tmp_path / "long.txt"
    source.write_text("1." + "推进各项工作落实，" * 1_200_000 + "\n", "utf-8")
    assert source.stat().st_size > 10_000_000
    result = runner.invoke(app, ["parse", str(source), "--format", "csv"])
    assert result.exit_code == 0
    check_one_line(result.stderr)
    assert len(result.stdout.splitlines()) == 2


def test_max_bytes_option(tmp_path: Path) -> None:
    result = runner.invoke(app, ["parse", str(REFERENCE), "--max-bytes", "1000"])
    assert result.exit_code == 2
    assert "limit" in result.stderr
    assert runner.invoke(app, ["parse", "-", "--max-bytes", "10"], input=b"x" * 11).exit_code == 2


def test_debug_shows_the_traceback_of_an_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr("lishan_plan.cli.parse_file", broken)
    quiet = runner.invoke(app, ["parse", str(REFERENCE)])
    assert quiet.exit_code == 3
    check_one_line(quiet.stderr)
    assert "simulated bug" in quiet.stderr
    loud = runner.invoke(app, ["parse", str(REFERENCE), "--debug"])
    assert loud.exit_code == 3
    assert "Traceback" in loud.stderr


def test_control_characters_a_worksheet_cannot_hold_still_give_a_workbook(tmp_path: Path) -> None:
    # A stray ESC or NUL in a copy (found by the property run: "1.\x1b"), or a non-character (U+FFFE), once made
    # the xlsx export fail; the workbook is written, the character shown as U+FFFD where it stood.
    pytest.importorskip("openpyxl")
    from openpyxl import load_workbook

    source = write(tmp_path / "esc.txt", "一、重点任务\n1.推进\x1b甲项工作\ufffe。（牵头单位：县甲局）\n".encode())
    output = tmp_path / "esc.xlsx"
    result = runner.invoke(app, ["parse", str(source), "--format", "xlsx", "--output", str(output)])
    assert result.exit_code == 0, result.output
    texts = [cell.value for row in load_workbook(output).worksheets[0].iter_rows() for cell in row]
    assert "推进\ufffd甲项工作\ufffd。" in texts
