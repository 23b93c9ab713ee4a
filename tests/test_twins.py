"""Issue 13: one invented notice as .txt, .docx, .pdf, .xlsx, .xls and .ods (tests/make_twins.py) gives
the same tasks, units, texts and deadlines whatever the format; the binary formats are recognised by
their bytes whatever their name."""

from __future__ import annotations

from pathlib import Path

import pytest

from fixtures_catalogue import FIXTURE_DIR
from lishan_plan import InputError, Notice, parse_bytes, parse_file

FORMATS = ("docx", "pdf", "xlsx", "xls", "ods")


def twin(kind: str) -> Path:
    return FIXTURE_DIR / f"q1_qingyi_twins_{kind}.{kind}"


def rows(notice: Notice) -> list[tuple[object, ...]]:
    return [
        (
            task.id,
            task.number,
            task.text,
            [unit.name for unit in task.lead_units],
            [unit.name for unit in task.responsible_units],
            task.deadline.raw if task.deadline else None,
            task.deadline.date if task.deadline else None,
        )
        for task in notice.all_tasks()
    ]


def sections(notice: Notice) -> list[tuple[str, str]]:
    return [(section.label, section.title) for section in notice.sections]


@pytest.mark.parametrize("kind", FORMATS)
def test_every_format_gives_the_tasks_of_the_text(kind: str) -> None:
    text = parse_file(twin("txt"))
    notice = parse_file(twin(kind))
    assert len(rows(text)) == 22
    assert rows(notice) == rows(text)
    assert sections(notice) == sections(text)
    assert notice.source.encoding == kind


@pytest.mark.parametrize("kind", ["pdf", "xlsx", "xls", "ods"])
def test_a_binary_twin_is_read_for_what_it_is_under_any_name(kind: str) -> None:
    data = twin(kind).read_bytes()
    assert rows(parse_bytes(data, "attachment.txt")) == rows(parse_file(twin(kind)))


def test_the_pdf_twin_keeps_its_header_and_drops_its_furniture() -> None:
    notice = parse_file(twin("pdf"))
    assert (notice.meta.doc_number, notice.meta.issuer, notice.meta.date) == (
        "清政发〔2025〕7号",
        "清漪县人民政府",
        "2025-03-12",
    )
    furniture = {(noise.kind, noise.text.strip("\f")) for noise in notice.noise}
    assert ("running-header", "清漪县人民政府规范性文件") in furniture
    assert {("page-number", f"— {page} —") for page in (1, 2, 3)} <= furniture


def test_an_old_word_document_is_refused_not_read_as_a_workbook() -> None:
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "WordDocument".encode("utf-16-le")
    with pytest.raises(InputError, match="not a workbook"):
        parse_bytes(ole2, "old.doc")


@pytest.mark.parametrize("kind", ["xls", "ods"])
def test_a_damaged_workbook_is_refused_with_one_line(kind: str) -> None:
    data = twin(kind).read_bytes()
    with pytest.raises(InputError, match=f"not a readable .{kind} file|not a .{kind} file") as caught:
        parse_bytes(data[: len(data) // 2], f"cut.{kind}")
    assert "\n" not in str(caught.value)
