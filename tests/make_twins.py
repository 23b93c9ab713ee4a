"""Write the twins: one invented notice as .txt, .docx, .pdf, .xlsx, .xls and .ods (tests/fixtures/q1_*_<format>),
with the expected file of each written from the same data, never from the parser.

The notice: a red-head county notice whose plan is a table 序号 / 重点任务 / 牵头单位 / 责任单位 / 完成时限,
with section rows merged across the table, a 牵头单位 merged down over the tasks it leads, units on
separate lines inside a cell, and deadlines as dates. The PDF prints the table over three pages with its
header repeated, a running header and "— N —" page numbers; the spreadsheets hold only the table and
its title rows. Beside them, q2: the same notice as a PDF whose plan is running text, wrapped wherever the page
ran out. Run `python tests/make_twins.py` after changing the data below, and commit its outputs.
Needs the dev extra (python-docx, reportlab, openpyxl, xlwt, odfpy).
"""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent / "fixtures"
STEM = "q1_qingyi_twins"
TEXT_STEM = "q2_qingyi_text_plan_pdf"

ISSUER = "清漪县人民政府"
DOC_NUMBER = "清政发〔2025〕7号"
DATE = datetime.date(2025, 3, 12)
HEADER = [
    f"{ISSUER}文件",
    DOC_NUMBER,
    f"{ISSUER}关于印发清漪县2025年重点工作任务分解方案的通知",
    "各乡镇人民政府，县政府各部门、各直属机构：",
    "现将《清漪县2025年重点工作任务分解方案》印发给你们，请结合实际认真抓好落实。",
    ISSUER,
    "2025年3月12日",
]
TITLE = "清漪县2025年重点工作任务分解方案"
COLUMNS = ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"]

# (section heading, [(task text, lead, [responsible units], deadline)]); a lead equal to the task above's
# is printed once, merged down over both.
SECTIONS: list[tuple[str, list[tuple[str, str, list[str], datetime.date]]]] = [
    (
        "一、做强特色产业",
        [
            (
                "新建茶叶标准化示范基地2个，改造低产茶园5000亩，推动茶产业全链条提质增效。",
                "县农业农村局",
                ["县财政局", "县林业局"],
                datetime.date(2025, 10, 31),
            ),
            (
                "培育规模以上农产品加工企业3家，新增省级农业产业化龙头企业1家以上。",
                "县农业农村局",
                ["县工业和信息化局"],
                datetime.date(2025, 11, 30),
            ),
            (
                "建成冷链物流集散中心一期工程，配套建设乡镇冷藏保鲜设施12处。",
                "县商务局",
                ["县发展和改革局", "县交通运输局"],
                datetime.date(2025, 12, 31),
            ),
            (
                "举办第三届清漪山水茶文化旅游节，全年接待游客增长百分之十以上。",
                "县文化和旅游局",
                ["县商务局", "各乡镇人民政府"],
                datetime.date(2025, 9, 30),
            ),
            (
                "完成县城商业步行街改造提升，引进品牌连锁企业10家以上。",
                "县商务局",
                ["县住房和城乡建设局"],
                datetime.date(2025, 8, 31),
            ),
            (
                "推进清漪工业园区标准厂房三期建设，新建厂房8万平方米。",
                "县工业园区管委会",
                ["县自然资源局", "县住房和城乡建设局"],
                datetime.date(2025, 12, 31),
            ),
        ],
    ),
    (
        "二、补齐基础设施短板",
        [
            (
                "开工建设县城至白沙镇二级公路改建工程，全年完成投资2亿元。",
                "县交通运输局",
                ["县自然资源局", "白沙镇人民政府"],
                datetime.date(2025, 12, 31),
            ),
            (
                "完成农村公路安全生命防护工程120公里，改造危桥6座。",
                "县交通运输局",
                ["县财政局"],
                datetime.date(2025, 11, 30),
            ),
            (
                "实施城乡供水一体化工程，新建改造供水管网80公里，农村自来水普及率达到百分之九十八。",
                "县水利局",
                ["县卫生健康局", "各乡镇人民政府"],
                datetime.date(2025, 12, 31),
            ),
            (
                "完成中小河流治理工程3处，加固病险水库2座，全面落实汛期值守责任。",
                "县水利局",
                ["县应急管理局"],
                datetime.date(2025, 6, 30),
            ),
            (
                "新建5G基站150个，实现行政村5G网络全覆盖。",
                "县工业和信息化局",
                ["县通信发展办公室"],
                datetime.date(2025, 12, 31),
            ),
            (
                "建成县城第二污水处理厂并投入运行，城市生活污水集中收集率达到百分之七十五以上。",
                "县住房和城乡建设局",
                ["县生态环境局", "县发展和改革局"],
                datetime.date(2025, 10, 31),
            ),
        ],
    ),
    (
        "三、办好民生实事",
        [
            (
                "新增城镇就业2800人以上，城镇调查失业率控制在百分之五点五以内。",
                "县人力资源和社会保障局",
                ["县财政局", "各乡镇人民政府"],
                datetime.date(2025, 12, 31),
            ),
            (
                "开展职业技能培训5000人次，新增技能人才1200人。",
                "县人力资源和社会保障局",
                ["县教育局"],
                datetime.date(2025, 12, 31),
            ),
            (
                "新建改扩建公办幼儿园4所，新增公办学位1080个。",
                "县教育局",
                ["县发展和改革局", "县财政局"],
                datetime.date(2025, 8, 31),
            ),
            (
                "完成县人民医院综合楼主体工程，建成胸痛、卒中、创伤三大中心。",
                "县卫生健康局",
                ["县医疗保障局"],
                datetime.date(2025, 12, 31),
            ),
            (
                "改造城镇老旧小区18个，惠及居民2600户。",
                "县住房和城乡建设局",
                ["县财政局", "城关镇人民政府"],
                datetime.date(2025, 11, 30),
            ),
            (
                "新建乡镇综合养老服务中心3个、村级互助养老点20个。",
                "县民政局",
                ["各乡镇人民政府"],
                datetime.date(2025, 12, 31),
            ),
        ],
    ),
    (
        "四、守牢安全底线",
        [
            (
                "开展安全生产治本攻坚三年行动，完成重点行业领域隐患排查整治。",
                "县应急管理局",
                ["县安全生产委员会各成员单位"],
                datetime.date(2025, 12, 31),
            ),
            (
                "完成地质灾害隐患点工程治理8处，落实群测群防员全覆盖。",
                "县自然资源局",
                ["县应急管理局", "各乡镇人民政府"],
                datetime.date(2025, 6, 30),
            ),
            (
                "推进食品安全示范县创建，全年完成食品抽检3000批次以上。",
                "县市场监督管理局",
                ["县农业农村局"],
                datetime.date(2025, 12, 31),
            ),
            (
                "深化平安清漪建设，建成县级社会治安综合治理中心。",
                "县委政法委",
                ["县公安局", "县司法局"],
                datetime.date(2025, 9, 30),
            ),
        ],
    ),
]


def deadline_text(day: datetime.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def numbered() -> list[tuple[str, list[tuple[int, str, str, list[str], datetime.date]]]]:
    """The sections with their tasks numbered on through the table (1, 2 … 22)."""
    number = 0
    sections = []
    for heading, tasks in SECTIONS:
        rows = []
        for text, lead, responsible, deadline in tasks:
            number += 1
            rows.append((number, text, lead, responsible, deadline))
        sections.append((heading, rows))
    return sections


def lead_spans(tasks: list[tuple[int, str, str, list[str], datetime.date]]) -> list[tuple[int, int]]:
    """(first, last) task positions within a section that share one merged 牵头单位 cell."""
    spans: list[tuple[int, int]] = []
    for position, task in enumerate(tasks):
        if spans and tasks[spans[-1][1]][2] == task[2]:
            spans[-1] = (spans[-1][0], position)
        else:
            spans.append((position, position))
    return spans


def write_txt() -> None:
    lines = [*HEADER, "", "附件", TITLE, "| " + " | ".join(COLUMNS) + " |"]
    for heading, tasks in numbered():
        lines.append(f"| {heading} |  |  |  |  |")
        for number, text, lead, responsible, deadline in tasks:
            lines.append(f"| {number} | {text} | {lead} | {'、'.join(responsible)} | {deadline_text(deadline)} |")
    (FIXTURES / f"{STEM}_txt.txt").write_text("\n".join(lines) + "\n", "utf-8")


def write_docx() -> None:
    import docx

    document = docx.Document()
    for line in HEADER:
        document.add_paragraph(line)
    document.add_page_break()
    document.add_paragraph("附件")
    document.add_paragraph(TITLE)
    sections = numbered()
    table = document.add_table(rows=1 + sum(1 + len(tasks) for _heading, tasks in sections), cols=len(COLUMNS))
    for column, name in enumerate(COLUMNS):
        table.cell(0, column).text = name
    row = 1
    for heading, tasks in sections:
        merged = table.cell(row, 0).merge(table.cell(row, len(COLUMNS) - 1))
        merged.text = heading
        row += 1
        for first, last in lead_spans(tasks):
            table.cell(row + first, 2).merge(table.cell(row + last, 2)).text = tasks[first][2]
        for number, text, _lead, responsible, deadline in tasks:
            table.cell(row, 0).text = str(number)
            table.cell(row, 1).text = text
            run = table.cell(row, 3).paragraphs[0].add_run(responsible[0])
            for unit in responsible[1:]:
                run.add_break()
                run.add_text(unit)
            table.cell(row, 4).text = deadline_text(deadline)
            row += 1
    buffer = io.BytesIO()
    document.core_properties.created = datetime.datetime(2025, 3, 12)
    document.save(buffer)
    (FIXTURES / f"{STEM}_docx.docx").write_bytes(buffer.getvalue())


def write_pdf() -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    body = ParagraphStyle("body", fontName=font, fontSize=12, leading=20)
    red = ParagraphStyle("red", fontName=font, fontSize=26, leading=36, textColor=colors.red, alignment=1)
    cell = ParagraphStyle("cell", fontName=font, fontSize=10.5, leading=15)

    def furniture(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 9)
        if document.page > 1:
            canvas.drawString(72, 805, "清漪县人民政府规范性文件")
        canvas.drawCentredString(A4[0] / 2, 36, f"— {document.page} —")
        canvas.restoreState()

    story: list[Any] = [Paragraph(HEADER[0], red), Spacer(1, 6)]
    story.append(Table([[""]], colWidths=[450], style=[("LINEBELOW", (0, 0), (-1, -1), 2, colors.red)]))
    story += [Paragraph(line, body) for line in HEADER[1:]]
    story += [PageBreak(), Paragraph("附件", body), Paragraph(TITLE, body), Spacer(1, 8)]
    data: list[list[Any]] = [list(COLUMNS)]
    style: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 10.5),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for heading, tasks in numbered():
        style.append(("SPAN", (0, len(data)), (-1, len(data))))
        data.append([heading, "", "", "", ""])
        top = len(data)
        for first, last in lead_spans(tasks):
            if last > first:
                style.append(("SPAN", (2, top + first), (2, top + last)))
        for number, text, lead, responsible, deadline in tasks:
            units = Paragraph("<br/>".join(responsible), cell)
            data.append([str(number), Paragraph(text, cell), Paragraph(lead, cell), units, deadline_text(deadline)])
    table = Table(data, repeatRows=1, colWidths=[32, 190, 82, 92, 82], style=style)
    story.append(table)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, title=TITLE, author=ISSUER, invariant=1)
    document.build(story, onFirstPage=furniture, onLaterPages=furniture)
    (FIXTURES / f"{STEM}_pdf.pdf").write_bytes(buffer.getvalue())


def write_text_pdf() -> None:
    """The same notice with its plan as running text (q2): each task a paragraph that the page wraps
    wherever the line runs out, mid-word and mid-name, with its units in a bracket after it."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    body = ParagraphStyle("body", fontName=font, fontSize=14, leading=24, firstLineIndent=28)
    plain = ParagraphStyle("plain", fontName=font, fontSize=14, leading=24)
    red = ParagraphStyle("red", fontName=font, fontSize=26, leading=36, textColor=colors.red, alignment=1)

    def furniture(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 10)
        canvas.drawCentredString(A4[0] / 2, 36, f"— {document.page} —")
        canvas.restoreState()

    story: list[Any] = [Paragraph(HEADER[0], red), Spacer(1, 12)]
    story += [Paragraph(line, plain) for line in HEADER[1:]]
    story += [Paragraph("附件", plain), Paragraph(TITLE, plain)]
    for heading, tasks in numbered():
        story.append(Paragraph(heading, body))
        for number, text, lead, responsible, deadline in tasks:
            units = f"（牵头单位：{lead}；责任单位：{'、'.join(responsible)}；完成时限：{deadline_text(deadline)}）"
            story.append(Paragraph(f"{number}.{text}{units}", body))
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4, title=TITLE, author=ISSUER, invariant=1)
    document.build(story, onFirstPage=furniture, onLaterPages=furniture)
    (FIXTURES / f"{TEXT_STEM}.pdf").write_bytes(buffer.getvalue())


def sheet_rows() -> tuple[list[list[Any]], list[tuple[int, int, int, int]]]:
    """The workbook's cells (title rows, header, section and task rows) and its merged ranges as
    (first row, last row, first column, last column), 0-based, inclusive."""
    rows: list[list[Any]] = [["附件", "", "", "", ""], [TITLE, "", "", "", ""], list(COLUMNS)]
    merges = [(1, 1, 0, 4)]
    for heading, tasks in numbered():
        merges.append((len(rows), len(rows), 0, 4))
        rows.append([heading, "", "", "", ""])
        top = len(rows)
        for first, last in lead_spans(tasks):
            if last > first:
                merges.append((top + first, top + last, 2, 2))
        for position, (number, text, lead, responsible, deadline) in enumerate(tasks):
            covered = any(first < position <= last for first, last in lead_spans(tasks))
            rows.append([float(number), text, "" if covered else lead, "\n".join(responsible), deadline])
    return rows, merges


def write_xlsx() -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "任务分解"
    rows, merges = sheet_rows()
    for row in rows:
        sheet.append([value if value != "" else None for value in row])
    for first_row, last_row, first_column, last_column in merges:
        sheet.merge_cells(
            start_row=first_row + 1, end_row=last_row + 1, start_column=first_column + 1, end_column=last_column + 1
        )
    book.create_sheet("填表说明").append(["本表由县政府督查室负责解释。"])
    book.properties.created = book.properties.modified = datetime.datetime(2025, 3, 12)
    buffer = io.BytesIO()
    book.save(buffer)
    (FIXTURES / f"{STEM}_xlsx.xlsx").write_bytes(buffer.getvalue())


def write_xls() -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("任务分解")
    dates = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    wrapped = xlwt.easyxf("align: wrap on")
    rows, merges = sheet_rows()
    starts = {
        (first_row, first_column): (last_row, last_column) for first_row, last_row, first_column, last_column in merges
    }
    covered = {(r, c) for r0, r1, c0, c1 in merges for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
    for row_index, row in enumerate(rows):
        for column, value in enumerate(row):
            style = dates if isinstance(value, datetime.date) else wrapped
            if (row_index, column) in starts:
                last_row, last_column = starts[row_index, column]
                sheet.write_merge(row_index, last_row, column, last_column, value, style)
            elif (row_index, column) not in covered and value != "":
                sheet.write(row_index, column, value, style)
    book.add_sheet("填表说明").write(0, 0, "本表由县政府督查室负责解释。")
    buffer = io.BytesIO()
    book.save(buffer)
    (FIXTURES / f"{STEM}_xls.xls").write_bytes(buffer.getvalue())


def write_ods() -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="任务分解")
    rows, merges = sheet_rows()
    starts = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, r1, c0, c1 in merges}
    covered = {(r, c) for r0, r1, c0, c1 in merges for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
    for row_index, row in enumerate(rows):
        table_row = TableRow()
        for column, value in enumerate(row):
            if (row_index, column) in covered and (row_index, column) not in starts:
                table_row.addElement(CoveredTableCell())
                continue
            spans: dict[str, Any] = {}
            if (row_index, column) in starts:
                spans = {
                    "numberrowsspanned": starts[row_index, column][0],
                    "numbercolumnsspanned": starts[row_index, column][1],
                }
            if isinstance(value, float):
                element = TableCell(valuetype="float", value=value, **spans)
                element.addElement(P(text=str(int(value))))
            elif isinstance(value, datetime.date):
                element = TableCell(valuetype="date", datevalue=value.isoformat(), **spans)
                element.addElement(P(text=value.isoformat()))
            else:
                element = TableCell(valuetype="string", **spans)
                for part in str(value).split("\n") if value else []:
                    element.addElement(P(text=part))
            table_row.addElement(element)
        table.addElement(table_row)
    document.spreadsheet.addElement(table)
    notes = Table(name="填表说明")
    note_row = TableRow()
    note_cell = TableCell(valuetype="string")
    note_cell.addElement(P(text="本表由县政府督查室负责解释。"))
    note_row.addElement(note_cell)
    notes.addElement(note_row)
    document.spreadsheet.addElement(notes)
    buffer = io.BytesIO()
    document.write(buffer)
    (FIXTURES / f"{STEM}_ods.ods").write_bytes(buffer.getvalue())


def write_expected(suffix: str, encoding: str, variant: str, with_header: bool, stem: str = "") -> None:
    tasks = [
        {
            "section": heading.split("、")[0],
            "subsection": None,
            "number": str(number),
            "text_start": text[:12],
            "lead": [lead],
            "responsible": list(responsible),
            "cooperating": [],
            "leaders": [],
            "deadline": deadline_text(deadline),
        }
        for heading, rows in numbered()
        for number, text, lead, responsible, deadline in rows
    ]
    meta = {"doc_number": None, "issuer": None, "date": None}
    if with_header:
        meta = {"doc_number": DOC_NUMBER, "issuer": ISSUER, "date": DATE.isoformat()}
    expected = {
        "file": f"{STEM}_{suffix.lstrip('.')}{suffix}",
        "encoding": encoding,
        "variant": variant,
        "meta": meta,
        "tasks": tasks,
    }
    text = json.dumps(expected, ensure_ascii=False, indent=1) + "\n"
    (FIXTURES / f"{stem}.expected.json").write_text(text, "utf-8")


COMMON = (
    "one of six twins of an invented red-head notice whose plan is a table 序号/重点任务/牵头单位/责任单位/"
    "完成时限: four section rows across the table, 22 tasks numbered on through it, a 牵头单位 shared "
    "by consecutive tasks merged down over them, two or three responsible units in a cell, dates as deadlines"
)
VARIANTS = {
    ".txt": ("utf-8", "as text: the header lines, 附件, the title and the table as | rows with 、 between units", True),
    ".docx": (
        "docx",
        "as Word: header paragraphs, a page break, a real table with gridSpan section rows, "
        "vMerge lead cells and w:br between units",
        True,
    ),
    ".pdf": (
        "pdf",
        "as PDF (reportlab, STSong-Light): a red title and rule, the header, a page break, the ruled "
        "table over three pages with its header repeated, a running header and — N — page numbers",
        True,
    ),
    ".xlsx": (
        "xlsx",
        "as .xlsx (openpyxl): title rows, merged ranges, line breaks in cells, 序号 as numbers, "
        "deadlines as date cells, a second sheet with no table",
        False,
    ),
    ".xls": ("xls", "as .xls (xlwt, BIFF8): as the .xlsx", False),
    ".ods": ("ods", "as .ods (odfpy): spans and covered cells, one paragraph per unit in a cell, date cells", False),
}

TEXT_VARIANT = (
    "the q1 notice as a PDF whose plan is running text (reportlab, STSong-Light, 14 pt): a red title, the "
    "header, 附件 and the title, section headings, each task a paragraph 1.… followed by a bracket "
    "（牵头单位：…；责任单位：…；完成时限：…）, wrapped by the page wherever the line ran out, mid-name and "
    "mid-date, pages apart with — N — numbers"
)


def main() -> None:
    for write in (write_txt, write_docx, write_pdf, write_xlsx, write_xls, write_ods, write_text_pdf):
        write()
    for suffix, (encoding, variant, with_header) in VARIANTS.items():
        write_expected(suffix, encoding, f"{COMMON}; {variant}", with_header)
    write_expected(".pdf", "pdf", TEXT_VARIANT, True, TEXT_STEM)


if __name__ == "__main__":
    main()
