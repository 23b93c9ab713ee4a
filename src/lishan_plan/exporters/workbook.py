"""The Excel workbook (`--format xlsx`, the xlsx extra): tasks, units, matrix, targets, findings and a
supervision ledger (督办台账) ready to be filled in each quarter.

Every sheet has Chinese column headers, a frozen header row, an autofilter, wrapped text and column
widths that fit; cells a spreadsheet would evaluate (= + - @ …) are neutralised as in the CSV. The
file is deterministic: fixed document dates and zip entry times, so the same notice gives the same bytes.
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from collections.abc import Sequence
from typing import Any

from ..errors import OutputError
from ..model import Notice
from ..output import neutralise
from .registry_views import KIND_LABELS, matrix_rows
from .tabular import task_rows

FIXED_TIME = datetime.datetime(2000, 1, 1)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
# Widest column (in characters, CJK counted twice) and the narrowest.
MAX_WIDTH, MIN_WIDTH = 60, 6
MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")
QUARTERS = ("一季度进展", "二季度进展", "三季度进展", "四季度进展")


def _names(units: Sequence[Any]) -> str:
    return "、".join(unit.name for unit in units)


Cell = str | int | float
Sheet = tuple[str, list[str], list[list[Cell]]]


def _sheets(notice: Notice) -> list[Sheet]:
    rows = list(task_rows(notice))
    tasks: list[list[Cell]] = [
        [
            task.id,
            section.title if section else "",
            subsection.title if subsection else "",
            "" if task.number is None else task.number,
            task.text,
            _names(task.lead_units),
            _names(task.responsible_units),
            _names(task.cooperating_units),
            "、".join(leader.name for leader in task.leaders),
            task.deadline.raw if task.deadline else "",
            "；".join(target.raw for target in task.targets),
            task.span.start_line,
        ]
        for section, subsection, task in rows
    ]
    units: list[list[Cell]] = [
        [
            entry.canonical,
            KIND_LABELS[entry.kind.value],
            "、".join(entry.names),
            entry.lead_count,
            entry.responsible_count,
            entry.cooperating_count,
            " ".join(entry.lead),
            " ".join(entry.responsible),
            " ".join(entry.cooperating),
        ]
        for entry in notice.units
    ]
    matrix = matrix_rows(notice)
    targets: list[list[Cell]] = [
        [task.id, target.metric or "", target.value, target.unit or "", target.qualifier or "", target.raw]
        for _, _, task in rows
        for target in task.targets
    ]
    findings: list[list[Cell]] = [
        [finding.code, finding.severity.value, finding.line, finding.task_id or "", finding.message]
        for finding in notice.diagnostics
    ]
    ledger: list[list[Cell]] = [
        [
            task.id,
            task.text,
            _names(task.lead_units),
            _names([*task.responsible_units, *task.cooperating_units]),
            task.deadline.raw if task.deadline else "",
            "；".join(target.raw for target in task.targets),
            *([""] * (len(QUARTERS) + 2)),
        ]
        for _, _, task in rows
    ]
    return [
        (
            "任务",
            [
                "编号",
                "部分",
                "小节",
                "序号",
                "工作任务",
                "牵头单位",
                "责任单位",
                "配合单位",
                "责任领导",
                "完成时限",
                "量化指标",
                "行",
            ],
            tasks,
        ),
        (
            "单位",
            ["单位(规范名称)", "类别", "原文名称", "牵头数", "责任数", "配合数", "牵头任务", "责任任务", "配合任务"],
            units,
        ),
        ("矩阵", ["单位", *matrix[0][1:]], [list[Cell](row) for row in matrix[1:]]),
        ("指标", ["任务编号", "指标", "数值", "单位", "限定", "原文"], targets),
        ("问题", ["代码", "级别", "行", "任务编号", "说明"], findings),
        (
            "督办台账",
            ["编号", "工作任务", "牵头单位", "责任(配合)单位", "完成时限", "量化指标", *QUARTERS, "完成情况", "备注"],
            ledger,
        ),
    ]


# Characters a worksheet's XML cannot hold (openpyxl refuses them): a stray ESC or NUL a copy left in the text,
# the non-characters U+FFFE and U+FFFF, a lone surrogate
_UNSTORABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _storable(text: str) -> str:
    """A cell's text with each control character a worksheet cannot hold shown as U+FFFD, so the workbook is
    written (and says where something was) instead of failing on one stray byte of the input."""
    return _UNSTORABLE.sub("\ufffd", text)


def _width(value: Cell) -> int:
    text = str(value)
    return (len(text.encode("utf-8")) + len(text)) // 2


def render_xlsx(notice: Notice) -> bytes:
    """The workbook as bytes (needs openpyxl: pip install 'lishan-plan[xlsx]')."""
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font
        from openpyxl.utils import get_column_letter
    except ImportError:
        raise OutputError("writing .xlsx needs the xlsx extra: pip install 'lishan-plan[xlsx]'") from None
    workbook = Workbook()
    for default in list(workbook.worksheets):
        workbook.remove(default)
    wrap, bold = Alignment(wrap_text=True, vertical="top"), Font(bold=True)
    for title, headers, rows in _sheets(notice):
        sheet = workbook.create_sheet(title)
        sheet.append(headers)
        for row in rows:
            sheet.append([_storable(neutralise(cell)) if isinstance(cell, str) else cell for cell in row])
        for cell in sheet[1]:
            cell.font = bold
        for row_cells in sheet.iter_rows(min_row=2):
            for cell in row_cells:
                cell.alignment = wrap
        sheet.freeze_panes = "B2" if title == "矩阵" else "A2"  # the matrix keeps its unit column in view
        sheet.auto_filter.ref = sheet.dimensions
        for index, header in enumerate(headers, start=1):
            values = [header, *(row[index - 1] for row in rows if index - 1 < len(row))]
            width = max((_width(value) for value in values), default=MIN_WIDTH) + 2
            sheet.column_dimensions[get_column_letter(index)].width = max(MIN_WIDTH, min(MAX_WIDTH, width))
    workbook.properties.creator = "lishan-plan"
    workbook.properties.created = workbook.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _fixed_zip_times(buffer.getvalue())


def _fixed_zip_times(data: bytes) -> bytes:
    """The same archive with every entry dated 1980-01-01, so the bytes do not depend on the clock."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                content = MODIFIED.sub(rb"\g<1>2000-01-01T00:00:00Z\g<2>", content)
            target.writestr(fixed, content)
    return out.getvalue()
