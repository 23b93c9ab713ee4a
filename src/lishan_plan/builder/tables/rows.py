"""Table rows into the tree: a section row opens a section, a task row becomes a task draft.

Cells are routed by their column's role (序号, 工作任务, 牵头单位, 责任单位, 完成时限, 责任领导 …); an empty
cell is an empty list, and a column the vocabulary does not know is kept as a note.
"""

from __future__ import annotations

from ...grammar.numerals import han_to_int
from ...grammar.vocabulary import Role
from ...lines.classify import match_kind
from ...lines.patterns import LineKind
from ...spans import MappedText, TextBuilder
from ..context import BuildContext
from ..drafts import ValueDraft
from .block import TableBlock
from .cells import LEAD_ROW_MARKS
from .find import IN_CELL_NUMBERS, section_kind, section_row


def take_table_rows(ctx: BuildContext, block: TableBlock) -> None:
    """Every row of a table, in order."""
    for row in block.rows:
        if row.kind is LineKind.TASK:
            table_task(ctx, block, row.cells, row.start, row.end, row.group)
        elif row.kind is LineKind.TOPIC:
            ctx.add_topic(row.cells[0].printed().strip(), row.start, row.end)
        else:
            ctx.add_heading(row.kind, row.groups, row.start, row.end)


def table_task(
    ctx: BuildContext, block: TableBlock, cells: list[MappedText], start: int, end: int, group: int | None = None
) -> None:
    """A task from one row. A table without a 序号 column numbers a row only by the number its task cell
    opens with (1.按时公开…), else the row has none (null, as a paragraph printed without one); a row
    whose 序号 cell is empty (merged, or lost by the copy) takes the number after the previous task's.
    A row of a `group` (its 序号 merged over tasks numbered in their cells) is numbered by its cell."""
    number_text, label, text = "", "", TextBuilder()
    values: list[ValueDraft] = []
    cells = _unshifted(cells, block.columns)
    last_task = max((column for column, role in enumerate(block.columns) if role is Role.TASK), default=-1)
    for column, cell in enumerate(cells):
        role = block.columns[column] if column < len(block.columns) else None
        header = block.headers[column] if column < len(block.headers) else None
        if role is Role.NUMBER or (role is Role.TOPIC and cell.text.strip().isdecimal()):
            # 1 · 1. · （一）; a bare number under a topic column whose topics stand as headings over the rows
            number_text, label = cell.text.strip(" .、()[]" + LEAD_ROW_MARKS), cell.printed().strip()
        elif role is Role.TOPIC or (
            role is Role.TASK and column < last_task and _heads_the_task(cell, cells, last_task)
        ):
            # 工作内容 | 工作措施: a task column before the last that holds only a heading ((一)健全责任体系) heads the
            # task the last one holds (1.修订…), as a topic column's heading does
            take_topic(ctx, cell.strip(), start, end)
        elif role is Role.TASK:
            text.add(cell, "\n")
        elif cell.text.strip():  # an empty cell is an empty list, not an empty label
            kept = Role.NOTE if role in (None, Role.ASSESSOR) else role  # who scores the work: a note
            values.append(ValueDraft(kept, header, TextBuilder(cell)))
    if group is not None or (not number_text and Role.NUMBER not in block.columns):
        number_text, label, text = _numbered_task_cell(text)
    previous = (ctx.drafts[-1].number or 0) if ctx.drafts else 0
    number = han_to_int(number_text) if number_text else None
    if number is None and Role.NUMBER in block.columns:
        number = previous + 1
    ctx.open_task(label, number, start, end, text, values=values, from_table=True, group=group)
    ctx.leave_task()


def _heads_the_task(cell: MappedText, cells: list[MappedText], last_task: int) -> bool:
    """Whether a task cell is a heading ((一)… · 一、…) over the task text of the row's last task column."""
    return (
        section_kind(cell.text.strip()) is not None and last_task < len(cells) and bool(cells[last_task].text.strip())
    )


def take_topic(ctx: BuildContext, cell: MappedText, start: int, end: int) -> None:
    """A topic cell (merged over the rows of its tasks, so only in the first of them): 一、做好财政信息公开。
    opens a section, an unnumbered one is the topic of the tasks that follow. An empty one changes
    nothing: the cell above it goes on."""
    if not cell.text:
        return
    kind = section_kind(cell.text)
    if kind is not None:
        row = section_row(kind, cell, start, end)
        ctx.add_heading(row.kind, row.groups, row.start, row.end)
    else:
        ctx.topic = cell.printed().strip()


def _unshifted(cells: list[MappedText], columns: list[Role | None]) -> list[MappedText]:
    """A row under a merged topic cell has one cell fewer, so its cells stand one column to the left
    (3.及时反馈… | 各科室 | |): put them back where the header says."""
    if not columns or columns[0] is not Role.TOPIC or len(cells) < 2 or cells[-1].text.strip():
        return cells
    kind, _ = match_kind(cells[0].text.strip())
    return [MappedText(), *cells[:-1]] if kind is LineKind.TASK else cells


def _numbered_task_cell(text: TextBuilder) -> tuple[str, str, TextBuilder]:
    """The number a task cell opens with (1.按时公开年度预算。 → 1), its marker and the text after it; or
    no number and the text as it is."""
    built = text.build()
    kind, groups = match_kind(built.text)
    if kind not in IN_CELL_NUMBERS or "num" not in groups or "text" not in groups:
        return "", "", text
    low, high = groups["num"]
    after = groups["text"][0]
    return built.text[low:high], built.slice(0, after).printed().strip(), TextBuilder(built.slice(after, len(built)))
