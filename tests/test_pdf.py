"""Issue 13 (PDF): text layers and ruled tables read as the text and table readers expect; scans,
encrypted and damaged PDFs refused with one line. The PDFs are made here with reportlab's built-in
Chinese CID font, from invented notices."""

from __future__ import annotations

import io

import pytest

from lishan_plan import InputError, Notice, parse_bytes, parse_text

pytest.importorskip("pdfplumber", reason="the pdf extra is not installed: pip install 'lishan-plan[pdf]'")
reportlab = pytest.importorskip("reportlab", reason="reportlab (a dev dependency) makes the test PDFs")

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle  # noqa: E402

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONT = "STSong-Light"

NOTICE = """澜川县人民政府文件
澜政发〔2025〕3号
澜川县人民政府关于印发澜川县2025年重点工作任务分解方案的通知
各乡镇人民政府，县政府各部门：
现将方案印发给你们，请认真贯彻落实。
澜川县人民政府
2025年2月10日
澜川县2025年重点工作任务分解方案
一、推进乡村振兴
1.新建高标准农田3万亩。
牵头单位：县农业农村局
责任单位：县财政局、县水利局
2.建设美丽宜居村庄20个。
牵头单位：县农业农村局
责任单位：各乡镇人民政府
二、增进民生福祉
3.新增城镇就业3500人以上。
牵头单位：县人社局
4.改造提升乡镇卫生院5所。
牵头单位：县卫健局
责任单位：县发改局
"""


def rows(notice: Notice) -> list[tuple[object, ...]]:
    return [
        (task.id, [u.name for u in task.lead_units], [u.name for u in task.responsible_units])
        for task in notice.all_tasks()
    ]


def text_pdf(lines: list[str], per_page: int = 12) -> bytes:
    """The lines printed on pages of `per_page` lines, each page with a running header and a footer."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page, start in enumerate(range(0, len(lines), per_page), start=1):
        pdf.setFont(FONT, 11)
        if page > 1:
            pdf.drawString(72, 800, "澜川县人民政府文件")
        y = 770
        for line in lines[start : start + per_page]:
            pdf.drawString(72, y, line)
            y -= 22
        pdf.drawString(280, 40, f"— {page} —")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_a_text_layer_pdf_reads_like_its_text_twin() -> None:
    notice = parse_bytes(text_pdf(NOTICE.splitlines(), per_page=8), "notice.pdf")
    assert rows(notice) == rows(parse_text(NOTICE))
    assert notice.meta.doc_number == "澜政发〔2025〕3号"
    assert notice.source.encoding == "pdf"


def table_pdf() -> bytes:
    """A ruled table over two pages: header repeated, a section row across, a lead cell merged down."""
    style = ParagraphStyle("cell", fontName=FONT, fontSize=10, leading=13)
    header = ["序号", "重点工作", "牵头单位", "责任单位", "完成时限"]
    data: list[list[object]] = [header, ["一、推进乡村振兴", "", "", "", ""]]
    for number in range(1, 31):
        data.append(
            [
                str(number),
                Paragraph(f"推进第{number}项重点工作，完成年度目标。", style),
                "县农业农村局" if number % 2 else "",
                "县财政局、县水利局",
                "2025年12月底前",
            ]
        )
    spans = [("SPAN", (0, 1), (-1, 1))]
    for row in range(2, len(data), 2):
        spans.append(("SPAN", (2, row), (2, row + 1)))  # 县农业农村局 leads each pair of tasks
    table = Table(data, repeatRows=1, colWidths=[30, 200, 90, 110, 70])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *spans,
            ]
        )
    )
    buffer = io.BytesIO()
    title = ParagraphStyle("title", fontName=FONT, fontSize=14, leading=20)
    SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph("澜川县2025年重点工作任务分解表", title), table])
    return buffer.getvalue()


def test_a_ruled_table_over_pages_with_merged_cells() -> None:
    notice = parse_bytes(table_pdf(), "table.pdf")
    tasks = notice.all_tasks()
    assert [task.number for task in tasks] == list(range(1, 31))
    assert all([u.name for u in task.lead_units] == ["县农业农村局"] for task in tasks)
    assert all([u.name for u in task.responsible_units] == ["县财政局", "县水利局"] for task in tasks)
    assert all(task.deadline is not None and task.deadline.raw == "2025年12月底前" for task in tasks)
    assert notice.sections[0].title == "推进乡村振兴"


def test_a_scan_an_encrypted_and_a_damaged_pdf_are_refused() -> None:
    buffer = io.BytesIO()
    scan = canvas.Canvas(buffer)
    scan.rect(100, 100, 300, 500, fill=1)  # a picture of a page: no text layer
    scan.save()
    with pytest.raises(InputError, match="no text layer"):
        parse_bytes(buffer.getvalue(), "scan.pdf")
    from reportlab.lib.pdfencrypt import StandardEncryption

    buffer = io.BytesIO()
    locked = canvas.Canvas(buffer, encrypt=StandardEncryption("secret", canPrint=0))
    locked.setFont(FONT, 12)
    locked.drawString(72, 700, "一、任务")
    locked.save()
    with pytest.raises(InputError, match="encrypted"):
        parse_bytes(buffer.getvalue(), "locked.pdf")
    whole = text_pdf(NOTICE.splitlines())
    with pytest.raises(InputError, match="PDF"):
        parse_bytes(whole[: len(whole) // 3], "cut.pdf")


def test_a_pdf_saved_as_txt_is_recognised() -> None:
    assert rows(parse_bytes(text_pdf(NOTICE.splitlines()), "notice.txt")) == rows(parse_text(NOTICE))


def test_a_pdf_whose_stream_inflates_past_the_limit_is_refused() -> None:
    """A page content stream of a few kilobytes that inflates to 64 MB: refused before it is inflated
    whole, with one line that names the limit."""
    import zlib

    bomb = zlib.compress(b" " * (64 << 20), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(bomb) + bomb + b"\nendstream",
    ]
    body = b"%PDF-1.4\n"
    offsets = []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + content + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with pytest.raises(InputError, match="inflates past the limit") as caught:
        parse_bytes(body, "bomb.pdf", max_bytes=8 << 20)
    assert "\n" not in str(caught.value)
