"""The same notice in another script or another file format gives the same tasks and units."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT
from lishan_plan import Notice, parse_file
from lishan_plan.exporters import EXPORTERS, ExportOptions
from lishan_plan.output import neutralise

FIXTURES = ROOT / "tests" / "fixtures"


def outline(notice: Notice) -> list[tuple[object, ...]]:
    """Each task's place, number and role lists (unit names), leaders and deadline."""
    rows = []
    for task in notice.all_tasks():
        rows.append(
            (
                task.id,
                task.number,
                [unit.name for unit in task.lead_units],
                [unit.name for unit in task.responsible_units],
                [unit.name for unit in task.cooperating_units],
                [leader.name for leader in task.leaders],
                task.deadline.date if task.deadline else None,
            )
        )
    return rows


def test_traditional_and_simplified_twins_agree() -> None:
    traditional = parse_file(FIXTURES / "d3_qinwan_traditional_inline_four_labels.txt")
    simplified = parse_file(FIXTURES / "d4_qinwan_simplified_inline_four_labels.txt")
    assert traditional.source.script == "traditional"
    assert simplified.source.script == "simplified"
    assert outline(traditional) == outline(simplified)
    assert len(outline(simplified)) == 12
    # task text and raw units stay as printed (traditional); only names are simplified
    printed = [unit for task in traditional.all_tasks() for unit in task.lead_units + task.responsible_units]
    assert sum(unit.raw != unit.name for unit in printed) >= len(printed) // 2
    assert traditional.all_tasks()[0].text != simplified.all_tasks()[0].text


def test_text_html_and_word_copies_agree() -> None:
    copies = [
        parse_file(FIXTURES / f"d8_yunzhou_inline_labelled_{kind}.{suffix}")
        for kind, suffix in (("txt", "txt"), ("html", "html"), ("docx", "docx"))
    ]
    assert [copy.source.encoding for copy in copies] == ["utf-8", "utf-8", "docx"]
    first = outline(copies[0])
    assert len(first) == 14
    for copy in copies[1:]:
        assert outline(copy) == first


def test_html_and_word_tables_agree() -> None:
    html = parse_file(FIXTURES / "c5_huangxi_html_rowspan_colspan.html")
    word = parse_file(FIXTURES / "c5_huangxi_docx_vmerge.docx")
    assert outline(html) == outline(word)
    assert len(outline(word)) == 14


def test_input_format_option_overrides_the_extension(tmp_path: Path) -> None:
    copy = tmp_path / "page.txt"
    copy.write_bytes((FIXTURES / "d8_yunzhou_inline_labelled_html.html").read_bytes())
    as_html = parse_file(copy, input_format="html")
    assert outline(as_html) == outline(parse_file(FIXTURES / "d8_yunzhou_inline_labelled_txt.txt"))


def test_spreadsheet_formulas_are_neutralised() -> None:
    assert [neutralise(cell) for cell in ("=HYPERLINK(1)", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "区发改局")] == [
        "'=HYPERLINK(1)",
        "'+1",
        "'-2",
        "'@SUM(A1)",
        "'\tx",
        "'\rx",
        "区发改局",
    ]


def test_csv_of_a_planted_formula(tmp_path: Path) -> None:
    notice_text = (
        (ROOT / "data" / "raw" / "lishan-2023.txt")
        .read_text("utf-8")
        .replace("1.努力实现地区生产总值增长6.2%左右。", '1.=HYPERLINK("http://example.invalid","x")')
    )
    path = tmp_path / "planted.txt"
    path.write_text(notice_text, "utf-8")
    notice = parse_file(path)
    sanitized = EXPORTERS["csv"].render(notice, ExportOptions())
    raw = EXPORTERS["csv"].render(notice, ExportOptions(sanitize=False))
    assert "'=HYPERLINK" in sanitized
    assert ",=HYPERLINK" not in sanitized
    assert '"=HYPERLINK(""http://example.invalid"",""x"")"' in raw
