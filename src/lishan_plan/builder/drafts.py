"""Mutable drafts the builder fills line by line, finished into model nodes at the end.

Spans, numbering and roles are only final once every line has been placed (a wrapped unit list, a
table row, a 下同 note that applies forward), so the builder collects drafts and `finish_*` turns
them into the frozen public model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..grammar.deadlines import is_deadline_phrase
from ..grammar.roles import (
    MAX_BRACKET,
    PROSE_REACH,
    UNIT_ROLES,
    Reading,
    RoleValue,
    bracket_before_sentence_end,
    inner_role_brackets,
    leading_prose,
    open_bracket_at,
    read_bracket,
    trailing_bracket,
    trailing_fields,
    trailing_prose,
    unclosed_role_bracket,
)
from ..grammar.text import SENTENCE_ENDS
from ..grammar.units import breaks_off_in_a_name, glosses_a_body
from ..grammar.vocabulary import Role
from ..lines.classify import Document, Line
from ..model import TextBlock, trusted
from ..spans import MappedText, TextBuilder

# The separators that leave a list of units open at a line's end (…配合单位：县财政局、): the next line goes on.
LIST_GOES_ON = "、,;"


@dataclass
class Paragraphs:
    """Lines of running text; a wrapped line continues its paragraph, any other starts a new one."""

    lines: list[Line] = field(default_factory=list)
    joins: list[bool] = field(default_factory=list)  # joins[i]: line i continues line i-1

    def add(self, line: Line, continues: bool) -> None:
        self.lines.append(line)
        self.joins.append(continues and len(self.lines) > 1)

    def pop(self) -> Line:
        self.joins.pop()
        return self.lines.pop()

    def __bool__(self) -> bool:
        return bool(self.lines)

    def mapped(self, doc: Document) -> MappedText:
        parts = [
            (doc.mapped(line.body), "" if joins else "\n") for line, joins in zip(self.lines, self.joins, strict=True)
        ]
        return MappedText.concat(parts)

    def block(self, doc: Document) -> TextBlock | None:
        if not self.lines:
            return None
        text = self.mapped(doc)
        return trusted(TextBlock)(text=text.original, span=doc.index.span(self.lines[0].start, self.lines[-1].end))


@dataclass(slots=True)
class ItemDraft:
    label: str
    text: TextBuilder
    start: int
    end: int


@dataclass(slots=True)
class ValueDraft:
    """A labelled value being read; wrapped lines of it are added to `text`."""

    role: Role | None
    label: MappedText | None
    text: TextBuilder
    # Units and their verbs alone on a line (——X牵头，Y配合): read as a bracket's content is
    unlabelled: bool = False

    def finish(self) -> RoleValue:
        return RoleValue(self.role, self.text.build(), self.label)


# A note's value at least this long, with a clause break in it, is prose a hard wrap may cut mid-sentence.
MIN_NOTE_PROSE = 15


class LabelledValues:
    """The labelled values of a task, or of a heading for its tasks, being read; a line may go on the last."""

    __slots__ = ()
    values: list[ValueDraft]

    def add_value(self, role: Role | None, value: MappedText, label: MappedText | None) -> None:
        self.values.append(ValueDraft(role, label, TextBuilder(value)))

    def continue_value(self, more: MappedText) -> None:
        self.values[-1].text.add(more)

    def open_value_is_empty(self) -> bool:
        return bool(self.values) and not self.values[-1].text.build().text.strip()

    def open_value_breaks_off(self) -> bool:
        """Whether the last value ends with a list separator (牵头单位：县甲局、县乙局、 / 县丙局): it goes on."""
        return bool(self.values) and self.values[-1].text.ends_with("、,", " \t\f\n")

    def open_note_breaks_off(self) -> bool:
        """Whether the last value is a note's prose cut off mid-sentence (整改措施：…，…；修订 / 非税收入管理办法。): it
        goes on. Not a list of units, a leader or a deadline, nor a note too short to be prose (责任人：黄某)."""
        if not self.values or self.values[-1].role not in (Role.NOTE, Role.TASK):
            return False
        tail = self.values[-1].text.tail(MIN_NOTE_PROSE).text
        if len(tail) < MIN_NOTE_PROSE or not any(mark in tail for mark in "，,；;"):
            return False
        return not self.values[-1].text.ends_with(SENTENCE_ENDS, " \t\f\n")

    def open_list_breaks_off_before(self, following: str) -> bool:
        """Whether the open unit list stops inside a name that `following` completes (…、开发区党工 / 委、…)."""
        if not self.values or self.values[-1].role not in UNIT_ROLES:
            return False
        return breaks_off_in_a_name(self.values[-1].text.tail(MAX_BRACKET).text, following)


@dataclass(slots=True)
class GroupDraft(LabelledValues):
    """Labelled values under a heading before its first task (一、… / 牵头县领导：X / 牵头单位：Y / 1.…): they
    hold for each task under the heading that does not name its own. `start` is where the first one is
    printed, for the finding when no task is under the heading."""

    start: int
    values: list[ValueDraft] = field(default_factory=list)


@dataclass(slots=True)
class TaskDraft(LabelledValues):
    """A task being read: its text, its role values and where it ends."""

    label: str
    number: int | None  # None for an unnumbered paragraph task
    start: int
    end: int
    text: TextBuilder
    section: int | None  # index of the section draft
    subsection: int | None
    topic: str | None
    values: list[ValueDraft] = field(default_factory=list)
    items: list[ItemDraft] = field(default_factory=list)
    reading: Reading = field(default_factory=Reading)
    from_table: bool = False
    group: int | None = None  # a table's 序号 merged over tasks numbered in their cells: 1 over （1）（2）
    trailing_deadline: Reading | None = None  # a bracket at the end of the text holding only a deadline
    unclosed_at: int | None = None  # where a labelled bracket opens that the copy never closed

    def extend_to(self, end: int) -> None:
        self.end = max(self.end, end)

    def add_role_line(self, value: MappedText) -> None:
        self.values.append(ValueDraft(Role.DIVISION, None, TextBuilder(value), unlabelled=True))

    def has_trailing_units(self) -> bool:
        """Whether the text now ends with a role bracket, a sentence of roles in prose (由X会同Y负责落实。) or
        labelled fields after its last sentence (…。责任单位：X、Y) that no separator leaves open, looking back
        a bounded distance only: a paragraph after it is no more of the task."""
        if self.text.ends_with("。;", " \t\f\n") and trailing_prose(self.text.tail(PROSE_REACH)) is not None:
            return True
        if not self.text.ends_with(LIST_GOES_ON, " \t\f\n") and self._ends_with_fields():
            return True
        if not self.text.opens_bracket_within(MAX_BRACKET):
            return False
        tail = self.text.tail(MAX_BRACKET)
        if not self.text.ends_with(")]", " \t\f\n。.;"):
            # …建设（X牵头），确保年底前完工。: a clause's bracket before the last words of its sentence
            return self.text.ends_with("。;", " \t\f\n") and bracket_before_sentence_end(tail) is not None
        bracket = trailing_bracket(tail)
        return bracket is not None and read_bracket(tail.slice(bracket[0] + 1, bracket[1])) is not None

    def fields_break_off(self) -> bool:
        """Whether the text ends with labelled fields whose last list a separator leaves open (…。配合单位：
        县财政局、 at the end of a line): the next line is more of that list."""
        return self.text.ends_with(LIST_GOES_ON, " \t\f\n") and self._ends_with_fields()

    def _ends_with_fields(self) -> bool:
        """Whether labelled fields end the text (…。配合单位：县财政局), looked for only where a field's colon or
        bracketed label stands within reach: a task's text is read again at each of its lines."""
        return self.text.marks_a_field_within(MAX_BRACKET) and trailing_fields(self.text.tail(MAX_BRACKET)) is not None

    def stops_inside_bracket(self) -> bool:
        """Whether the text stops inside a bracket it opened (…10家以上。（ at the end of a line, or a
        bracket whose labels go on over lines), looking back a bounded distance only."""
        if not self.text.opens_bracket_within(MAX_BRACKET):
            return False
        return open_bracket_at(self.text.tail(MAX_BRACKET).text) is not None

    def names_units_by_label(self) -> bool:
        """Whether a labelled value (a label line, a table's cell) gives the task units or leaders: then a bracket
        inside its text is no more of them."""
        return any(value.role not in (Role.NOTE, Role.TASK, Role.DEADLINE) for value in self.values)

    def take_brackets(self) -> MappedText:
        """Move trailing role brackets from the text into `reading`; the text that stays."""
        text = self.text.build()
        found: list[Reading] = []
        deadline: Reading | None = None
        if (unclosed := unclosed_role_bracket(text)) is not None:
            self.unclosed_at = text.source_offset(unclosed[0])
            found.append(unclosed[1])
            text = text.slice(0, unclosed[0]).strip()
        if trailing_bracket(text) is None and (bracket := bracket_before_sentence_end(text)) is not None:
            # …建设（X牵头），确保年底前完工。: the clause's units; its sentence's last words stay in the text
            reading = read_bracket(text.slice(bracket[0] + 1, bracket[1]))
            if reading is not None:
                found.append(reading)
                text = text.slice(0, bracket[0]).append(text.slice(bracket[1] + 1, len(text))).strip()
        while (bracket := trailing_bracket(text)) is not None:
            content = text.slice(bracket[0] + 1, bracket[1])
            reading = read_bracket(content)
            if reading is None and deadline is None and is_deadline_phrase(content.text):
                # …改造雨污合流管网18公里（2025年12月底前完成）: a bracket that only says by when
                deadline = Reading([RoleValue(Role.DEADLINE, content.strip())])
            elif reading is None or (
                not reading.says_roles()
                and self.names_units_by_label()
                and glosses_a_body(text.text[: bracket[0]], content.text)
            ):
                break  # …各乡镇人民政府（街道办事处）。 over 牵头单位：… lines: office names alone gloss the name
            else:
                found.insert(0, reading)
            text = text.slice(0, bracket[0]).strip()
        # fields after the text (…。牵头单位：X；配合单位：Y), also over label lines (完成时限：… · 配合单位：…)
        if not found and (fields := trailing_fields(text)) is not None:
            found.append(fields[1])
            text = text.slice(0, fields[0]).strip(" \t\f\n,")  # 农村道路畅通工程,牵头部门:…: the comma was the fields'
        # 由X会同Y负责落实。 at the end, or 由某副市长负责,X牵头,Y配合,尽快… opening it: the sentence stays in the
        # text, it is the task's prose
        if (
            not found
            and not self.values
            and not self.reading.values
            and (prose := trailing_prose(text) or leading_prose(text))
        ):
            found.append(prose)
        if not self.names_units_by_label() and (found or not self.reading.values):
            # …（X牵头，Y参与）。第二句。（Z牵头）: brackets inside the paragraph add to those at its end (also in a
            # table row's task cell whose other cells are notes: …。(牵头单位:X) / ①… / ②…)
            for opener, closer, reading in reversed(inner_role_brackets(text)):
                found.insert(0, reading)
                text = text.slice(0, opener).append(text.slice(closer + 1, len(text))).strip()
        for reading in found:
            self.reading.extend(reading)
        if deadline is not None:  # after every labelled value: a 完成时限 line says it first
            self.trailing_deadline = deadline
        return text
