"""Table rows into the tree: a section row opens a section, a task row becomes a task draft.

Cells are routed by their column's role (序号, 工作任务, 牵头单位, 责任单位, 完成时限, 责任领导 …); an empty
cell is an empty list, and a column the vocabulary does not know is kept as a note.
"""

from __future__ import annotations

from ...grammar.numerals import han_to_int
from ...grammar.vocabulary import Role
from ...lines.patterns import LineKind
from ...spans import MappedText, TextBuilder
from ..context import BuildContext
from ..drafts import TaskDraft, ValueDraft
from .find import TableBlock


def take_table_rows(ctx: BuildContext, block: TableBlock) -> None:
    """Every row of a table, in order."""
    for row in block.rows:
        if row.kind is LineKind.TASK:
            table_task(ctx, block, row.cells, row.start, row.end)
        else:
            ctx.add_heading(row.kind, row.groups, row.start, row.end)


def table_task(ctx: BuildContext, block: TableBlock, cells: list[MappedText], start: int, end: int) -> None:
    """A task from one row; a row without a 序号 cell takes the number after the previous task's."""
    number_text, label, text = "", "", TextBuilder()
    values: list[ValueDraft] = []
    for column, cell in enumerate(cells):
        role = block.columns[column] if column < len(block.columns) else None
        header = block.headers[column] if column < len(block.headers) else None
        if role is Role.NUMBER:  # 1 · 1. · （一）
            number_text, label = cell.text.strip(" .、()[]"), cell.printed().strip()
        elif role is Role.TASK:
            text.add(cell, "\n")
        elif cell.text.strip():  # an empty cell is an empty list, not an empty label
            values.append(ValueDraft(role or Role.NOTE, header, TextBuilder(cell)))
    previous = (ctx.drafts[-1].number or 0) if ctx.drafts else 0
    number = han_to_int(number_text) if number_text else None
    draft = TaskDraft(
        label=label,
        number=number if number is not None else previous + 1,
        start=start,
        end=end,
        text=text,
        section=ctx.section_index(),
        subsection=ctx.subsection,
        topic=ctx.topic,
        values=values,
        from_table=True,
    )
    ctx.start_task(draft)
    ctx.leave_task()
