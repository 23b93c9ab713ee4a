"""Issue 13 (spreadsheets): a workbook's task table is read like a table in a text notice — merged cells
spread, section rows, line breaks in cells as unit separators, numbers and dates as values."""

from __future__ import annotations

import datetime
import io
from pathlib import Path

import pytest

from lishan_plan import InputError, Notice, parse_bytes, parse_text

openpyxl = pytest.importorskip("openpyxl", reason="the xlsx extra is not installed: pip install 'lishan-plan[xlsx]'")

ROWS = [
    # (number, task, lead, responsible, deadline)
    (1.0, "新建高标准农田3万亩。", "县农业农村局", "县财政局\n县水利局", datetime.date(2025, 10, 31)),
    (2.0, "建设美丽宜居村庄20个。", None, "各乡镇人民政府", datetime.date(2025, 12, 31)),
    (3.0, "新增城镇就业3500人以上。", "县人社局", "", "全年"),
]


def workbook() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "任务分解"
    sheet.append(["附件"])
    sheet.append(["澜川县2025年重点工作任务分解表"])
    sheet.merge_cells("A2:E2")
    sheet.append(["序号", "重点工作", "牵头单位", "责任单位", "完成时限"])
    sheet.append(["一、推进乡村振兴"])
    sheet.merge_cells("A4:E4")
    for row in ROWS:
        sheet.append(list(row))
    sheet.merge_cells("C5:C6")  # 县农业农村局 leads tasks 1 and 2
    notes = book.create_sheet("说明")
    notes.append(["本表由县政府督查室负责解释。"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


TEXT_TWIN = """附件
澜川县2025年重点工作任务分解表
| 序号 | 重点工作 | 牵头单位 | 责任单位 | 完成时限 |
| 一、推进乡村振兴 |  |  |  |  |
| 1 | 新建高标准农田3万亩。 | 县农业农村局 | 县财政局<br>县水利局 | 2025年10月31日 |
| 2 | 建设美丽宜居村庄20个。 | 县农业农村局 | 各乡镇人民政府 | 2025年12月31日 |
| 3 | 新增城镇就业3500人以上。 | 县人社局 |  | 全年 |
"""


def rows(notice: Notice) -> list[tuple[object, ...]]:
    return [
        (
            task.id,
            task.number,
            [u.name for u in task.lead_units],
            [u.name for u in task.responsible_units],
            task.deadline.raw if task.deadline else None,
            task.deadline.date if task.deadline else None,
        )
        for task in notice.all_tasks()
    ]


def test_workbook_tasks() -> None:
    notice = parse_bytes(workbook(), "plan.xlsx")
    assert rows(notice) == [
        ("1.1", 1, ["县农业农村局"], ["县财政局", "县水利局"], "2025年10月31日", "2025-10-31"),
        ("1.2", 2, ["县农业农村局"], ["各乡镇人民政府"], "2025年12月31日", "2025-12-31"),
        ("1.3", 3, ["县人社局"], [], "全年", "2025-12-31"),
    ]
    assert notice.sections[0].title == "推进乡村振兴"
    assert notice.source.encoding == "xlsx"


def test_workbook_and_its_text_twin_give_the_same_tasks() -> None:
    assert rows(parse_bytes(workbook(), "plan.xlsx")) == rows(parse_text(TEXT_TWIN))


def test_a_workbook_found_by_its_bytes_under_another_name() -> None:
    assert len(parse_bytes(workbook(), "plan.bin").all_tasks()) == 3


def test_a_workbook_without_a_task_table_is_refused(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["联系人", "电话"])
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(InputError, match="no sheet holds a task table"):
        parse_bytes(buffer.getvalue(), "contacts.xlsx")


def test_a_workbook_bomb_is_refused_before_inflating() -> None:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            for _ in range(40):
                member.write(b" " * (1 << 20))
    with pytest.raises(InputError, match="inflates"):
        parse_bytes(buffer.getvalue(), "bomb.xlsx", max_bytes=8 << 20)


def test_an_xls_or_ods_without_a_task_table_is_refused() -> None:
    xlwt = pytest.importorskip("xlwt", reason="xlwt (a dev dependency) writes the test .xls")
    pytest.importorskip("odf", reason="odfpy (a dev dependency) writes the test .ods")
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    book = xlwt.Workbook(encoding="utf-8")
    book.add_sheet("通讯录").write(0, 0, "联系人")
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(InputError, match=r"no sheet holds a task table.*通讯录"):
        parse_bytes(buffer.getvalue(), "contacts.xls")
    document = OpenDocumentSpreadsheet()
    table, row, cell = Table(name="通讯录"), TableRow(), TableCell(valuetype="string")
    cell.addElement(P(text="联系人"))
    row.addElement(cell)
    table.addElement(row)
    document.spreadsheet.addElement(table)
    buffer = io.BytesIO()
    document.write(buffer)
    with pytest.raises(InputError, match=r"no sheet holds a task table.*通讯录"):
        parse_bytes(buffer.getvalue(), "contacts.ods")


def test_an_ods_bomb_is_refused_before_inflating() -> None:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        with archive.open("content.xml", "w") as member:
            for _ in range(40):
                member.write(b" " * (1 << 20))
    with pytest.raises(InputError, match="inflates"):
        parse_bytes(buffer.getvalue(), "bomb.bin", max_bytes=8 << 20)
