"""Records: a task printed as labelled lines, one field a line, often one task a page.

Progress pages of a city's plan print each task as a record, not as a row: its work, its lead unit
and its progress each follow their own label, plain or as a two-cell row::

    任务58
    重点工作: 完善公共法律服务体系。          (or 重点工作: | 58.完善公共法律服务体系。 |)
    牵头单位: 市司法局
    年度阶段性工作目标: 第一季度:… / 第二季度:…
    进展情况: 已完成。

The labels are the header and the values a row, so the table's rows become tasks as any row does.
A record opens at a task label (重点工作, 工作任务 …) with its value on the line, or at a number label over
one (序号：1 / 督办事项：…, the cards of a WeChat article), only in a page with no subsections or numbered
tasks of its own (there, 工作措施: … is a line of a task's label block; 一、 sections may head records),
and is one only when a unit label follows before the next record.
Its number is the one its task value opens with (58.), else the page title's (任务58) just above it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...grammar.compiled import compile_pattern
from ...grammar.labels import column_role
from ...grammar.roles import UNIT_ROLES
from ...grammar.text import compact
from ...grammar.vocabulary import Role
from ...lines.classify import Document, Line
from ...lines.patterns import LineKind
from ...spans import MappedText, Offsets
from .block import TableBlock, TableRow

# 重点工作: 全面推行林长制。 · 牵头单位: | 市林业园林局 | · 进展情况、存在问题 及下一步工作建议: |
# A label (Han words, 、, a space where the copy wrapped it) and a colon; the value may sit in a cell.
_FIELD = compile_pattern(r"(?P<label>\p{Han}[\p{Han}、 ]{0,19}?)\s*:\s*\|?\s*(?P<value>.*?)\s*\|?\s*")
# 已完成。 全市治理… | : a value going on over the next lines, perhaps closing its cell
_GOING_ON = compile_pattern(r"\|?\s*(?P<value>.*?)\s*\|?\s*")
# 具体任务 / 责任单位 / 完成时限 alone on a line, the value on the lines under it (a card copied a cell a line):
# only a label the vocabulary knows
_BARE_LABEL = compile_pattern(r"(?P<label>\p{Han}{2,8})\s*(?P<value>)")
# A label the vocabulary does not know still names a field when it ends like one (年度阶段性工作目标,
# 及下一步工作建议); 第二季度: inside a value's schedule does not.
_FIELD_ENDING = compile_pattern(r"(?:目标|情况|建议|要求|时限|时间|措施|内容|举措|领导|单位|部门|来源|备注)")
# 01 项目名称:整治城东河道 · 2 重点工作:…: a record's number before its task label, on the label's line
_RECORD_NUMBER = compile_pattern(r"(?P<number>\d{1,3})\s{1,3}(?=\p{Han})")
_NUMBER_ALONE = compile_pattern(r"\d{1,3}")
_NUMBERED_KINDS = (LineKind.TASK, LineKind.TEXT)  # 1 项目名称:… reads as a task, 01 项目名称:… as text
# 任务163: a page title that is the task's number
_TITLE_NUMBER = compile_pattern(r"(?:重点)?(?:任务|事项)\s{0,2}(?P<num>\d{1,4})")
# Lines between the title and the record: the page's bullets (• 2022-04-14 · • 分享到) and chrome.
_BETWEEN_TITLE = {LineKind.BLANK, LineKind.SUB_ITEM, LineKind.CHROME, LineKind.META}
MAX_TITLE_DISTANCE = 10  # lines; a page's bullets between title and record are about six


# Lines a record is made of: its fields, plain or as cells, and the text its values go on over.
_IN_RECORD = {LineKind.TEXT, LineKind.FIELD, LineKind.TABLE_ROW, LineKind.RECIPIENTS}
# A notice's own structure: where there is any, there are no records. Sections may head them (▍一、… over
# the cards of a WeChat article).
_STRUCTURE = {LineKind.TASK, LineKind.SUBSECTION}
# Fields whose value is one line: a line after them is no more of them.
_ONE_LINE_ROLES = {*UNIT_ROLES, Role.LEADER, Role.DEADLINE}


@dataclass(slots=True)
class _Record:
    """One task's fields as read so far."""

    cells: dict[int, list[MappedText]] = field(default_factory=dict)  # column → the value's pieces
    number: MappedText | None = None  # printed before its task label (01 项目名称:…)
    last: int = 0  # the index of its last line
    start: int = 0
    end: int = 0
    has_units: bool = False


class RecordReader:
    """Reads the records that open at a line, with the lines of the document around them."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.lines = doc.lines
        # Records are a page's whole plan: a notice with headings or numbered tasks has none (its 工作措施:
        # lines belong to its tasks, its 工作任务: line to its text).
        self.possible = not any(line.kind in _STRUCTURE and not self.numbered_task_field(line) for line in doc.lines)

    def numbered_task_field(self, line: Line) -> bool:
        """Whether a line reads as a task (01 …) only because a record's number stands before its task label."""
        found = self.field_at(line) if line.kind in _NUMBERED_KINDS else None
        return found is not None and found[4] is not None and found[1] is Role.TASK

    def field_at(self, line: Line) -> tuple[str, Role | None, Offsets, Offsets, Offsets | None] | None:
        """The label (compacted), its column role, the label's and the value's offsets of a field line and
        the offsets of a record's number before the label (01 项目名称:…), else None."""
        start, number = line.body[0], None
        if line.kind in _NUMBERED_KINDS and (numbered := _RECORD_NUMBER.match(self.doc.norm, *line.body)):
            start, number = numbered.end(), numbered.span("number")
        match = _FIELD.fullmatch(self.doc.norm, start, line.body[1])
        bare = match is None
        if match is None:
            if line.row_style is not None:
                return None  # 工作任务 | : a table's header cell, not a card's label
            match = _BARE_LABEL.fullmatch(self.doc.norm, start, line.body[1])
            if match is None:
                return None
        label = compact(match["label"])
        role = column_role(label)
        if role is None and (bare or not _FIELD_ENDING.search(label[-2:])):
            return None
        if number is not None and role is not Role.TASK:
            return None  # 3 推进…: a task's number before text, not a record's before its label
        return label, role, match.span("label"), match.span("value"), number

    def read(self, first: int) -> TableBlock | None:
        """The records from line `first`, when it opens one: a task label with its value on the line."""
        if not self.possible:
            return None
        opening = self.field_at(self.lines[first])
        if opening is None or not self.opens_record(opening[1], first):
            return None
        if opening[3][0] == opening[3][1] and (first + 1 >= len(self.lines) or self.field_at(self.lines[first + 1])):
            return None  # a task label with its value on the line, or on the line under it
        awaiting = False  # a label alone on its line: the line under it is its value
        labels: list[str] = []
        roles: list[Role | None] = []  # each label's column role, read once
        headers: list[MappedText] = []
        records: list[_Record] = []
        column, position, last = -1, first, first
        serial: tuple[int, Offsets] | None = None  # a number alone on the line before a record's task label
        while position < len(self.lines):
            line = self.lines[position]
            if line.kind not in _IN_RECORD and not self.numbered_task_field(line):
                break  # a blank line, chrome, a date or a signature's kind ends the records
            found = self.field_at(line)
            if found is None and records and not awaiting and self.numbers_next_record(position, opening[0]):
                serial = (line.start, line.body)  # 03 / 项目名称:…: the next record's number on a line of its own
                position += 1
                continue
            if found is not None and awaiting:
                return None  # 责任单位 / 进展情况: labels one after another are a table's header, not a card
            if found is not None:
                label, role, printed, value, number = found
                if label == opening[0]:
                    if records and not records[-1].has_units:
                        return None  # each record names its units before the next begins
                    if number is None and serial is not None and serial[0] == self.lines[position - 1].start:
                        start, number = serial
                    else:
                        start = line.start
                    records.append(_Record(start=start, number=self.doc.mapped(number) if number else None))
                if label not in labels:
                    labels.append(label)
                    roles.append(role)
                    headers.append(self.doc.mapped(printed))
                column = labels.index(label)
                awaiting = value[0] == value[1]
            elif roles[column] in _ONE_LINE_ROLES and not awaiting:
                break  # units, leaders and deadlines fit their line: text after them is the page's own
            else:
                going_on = _GOING_ON.fullmatch(self.doc.norm, line.body[0], line.body[1])
                value = going_on.span("value") if going_on else line.body
                awaiting = False
            if value[0] < value[1]:
                records[-1].cells.setdefault(column, []).append(self.doc.mapped(value))
            records[-1].has_units = records[-1].has_units or roles[column] in UNIT_ROLES
            records[-1].end = line.end
            records[-1].last = position
            position += 1
        if not records[-1].has_units and len(records) > 1:
            records.pop()  # a page cut inside its last record: the records before it stand, its lines do not
        if not records[-1].has_units:
            return None
        last = records[-1].last
        # One task field: a second task label (年度目标 beside 重点工作) is the record's note.
        task_column = roles.index(Role.TASK) if Role.TASK in roles else 0
        roles = [
            Role.TASK if index == task_column else (None if role is Role.TASK else role)
            for index, role in enumerate(roles)
        ]
        title = self.title_number(first) if len(records) == 1 else None
        numbered = title is not None or any(record.number for record in records)
        if numbered:
            roles.insert(0, Role.NUMBER)
            headers.insert(0, MappedText("序号", "序号"))
        block = TableBlock(first, last, "record", roles, headers)
        for record in records:
            cells = [
                MappedText.concat((piece, "\n") for piece in record.cells.get(index, []))
                for index in range(len(labels))
            ]
            number_cell = title or record.number or MappedText()
            block.rows.append(
                TableRow(LineKind.TASK, [number_cell, *cells] if numbered else cells, record.start, record.end)
            )
        return block

    def numbers_next_record(self, position: int, opening: str) -> bool:
        """Whether the line at `position` is a number alone whose next line opens a record with its task label."""
        line = self.lines[position]
        if not _NUMBER_ALONE.fullmatch(self.doc.norm, *line.body) or position + 1 >= len(self.lines):
            return False
        following = self.field_at(self.lines[position + 1])
        return following is not None and following[0] == opening

    def opens_record(self, role: Role | None, first: int) -> bool:
        """Whether a field of `role` at line `first` opens a record: a task label, or a number label whose
        next line is a task label (序号：1 / 督办事项：… , the cards of a WeChat article)."""
        if role is Role.TASK:
            return True
        if role is not Role.NUMBER or first + 1 >= len(self.lines):
            return False
        following = self.field_at(self.lines[first + 1])
        return following is not None and following[1] is Role.TASK

    def title_number(self, first: int) -> MappedText | None:
        """The number of a page title just above a record (任务163), past the page's bullets."""
        for position in range(first - 1, max(first - 1 - MAX_TITLE_DISTANCE, -1), -1):
            line = self.lines[position]
            if line.kind in _BETWEEN_TITLE:
                continue
            match = _TITLE_NUMBER.fullmatch(self.doc.norm, line.body[0], line.body[1])
            return self.doc.mapped(match.span("num")) if match else None
        return None
