"""Turn role values into the task's unit lists, leaders, deadline and notes.

This is where a value becomes `Unit` objects: split (units.py), named, and placed in the list its
role gives. Problems met on the way (an empty list, an empty name from a stray separator, a label the
vocabulary does not know) are returned as positions for the builder to report.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..grammar.compiled import compile_pattern
from ..grammar.deadlines import EMPTY_MARK, read_deadline
from ..grammar.roles import UNIT_ROLES, Reading, RoleValue
from ..grammar.text import compact, to_simplified
from ..grammar.units import MARK_TWINS, derive_name, make_leaders, make_unit, split_list
from ..grammar.vocabulary import PERSON_LABELS, Role
from ..lines.patterns import RUN_IN_POINT
from ..model import Deadline, Leader, Note, Script, Unit, trusted
from ..spans import LineIndex, MappedText


@dataclass(slots=True)
class Problem:
    """A positioned problem for the diagnostics catalogue: (code, offset, args)."""

    code: str
    offset: int
    args: dict[str, str] = field(default_factory=dict)


@dataclass
class Roles:
    lead: list[Unit] = field(default_factory=list)
    responsible: list[Unit] = field(default_factory=list)
    cooperating: list[Unit] = field(default_factory=list)
    leaders: list[Leader] = field(default_factory=list)
    deadline: Deadline | None = None
    notes: list[Note] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # The lead units are there only because a bare 负责 closed their list ((由A、B负责)): no label, verb
    # or mark said they lead, so a notice's first-listed convention may still apply (finish/conventions.py).
    led_by_duty: bool = False
    marked_lead: bool = False  # a unit of a list was marked as its lead (市工信局（牵头）)
    # units printed with a mark after them (区财政局*), and the mark: the leads where the notice says so
    starred: list[tuple[str, str]] = field(default_factory=list)
    # 责任人：… values (vocabulary.PERSON_LABELS), each with the place among the notes it would take
    officials: list[tuple[int, RoleValue]] = field(default_factory=list)

    def unit_list(self, role: Role) -> list[Unit]:
        return {Role.LEAD: self.lead, Role.RESPONSIBLE: self.responsible, Role.COOPERATING: self.cooperating}[role]


def lead_once(lead: list[Unit], *others: list[Unit]) -> None:
    """A unit that leads has that one role: it leaves `others` (the responsible and co-operating lists), where a lead
    given from elsewhere (a heading's, or each item's bracket joined) finds it too."""
    leading = {unit.name for unit in lead}
    for units in others:
        units[:] = [unit for unit in units if unit.name not in leading]


def _note(text: MappedText, index: LineIndex, label: str | None = None) -> Note:
    start, end = text.source_range(0, len(text))
    return trusted(Note)(label=label, text=text.printed().strip(), span=index.span(start, end))


# 市工业和信息化局（牵头）、市财政局: a mark after a unit in a list says that unit leads;
# 县住建局、县城管局（并列牵头）、各街道: a joint mark says so of it and of every unit listed before it, unless a
# unit before it is marked already (县教育局（牵头）、县财政局、县人社局（共同牵头）: it joins that lead alone).
# A labelled list may print the verb bare: 责任单位：甲局牵头、乙局 · 甲局、乙局分别牵头、丙局.
LEAD_MARK = compile_pattern(
    r"(?:\(\s{0,2}(?P<joint>并列|共同|联合)?(?:牵头|牵头单位|牵头负责|主责|主办)\s{0,2}\)"
    r"|(?<=\p{Han}{2})(?P<each>分别|并列|共同|联合)?牵头(?:负责)?)\s{0,2}$"
)


# A share of the year gone, in a 时间进度 column of a progress report (75%): no deadline, a note.
SHARE_OF_TIME = compile_pattern(r"\d{1,3}(?:\.\d{1,2})?\s{0,2}%")


# An official read as a leader is a person's name alone: 韩冰 · 刘长青 (not 李四站长, 王五联系电话：…).
OFFICIAL_NAME = compile_pattern(r"\p{Han}{2,3}")


class RoleAssembler:
    """Collects role values for one task and renders them into a `Roles`."""

    def __init__(self, index: LineIndex, script: Script, year: int | None, *, officials_lead: bool = False) -> None:
        self.index, self.script, self.year = index, script, year
        # The notice names no leader anywhere: a 责任人 is the person a task names (see PERSON_LABELS)
        self.officials_lead = officials_lead
        self.prints_marks = any(mark in index.text for mark in MARK_TWINS)  # 区财政局* anywhere in the notice

    def _label(self, value: RoleValue) -> str | None:
        if value.label is None:
            return None
        printed = value.label.printed().strip()
        return printed

    def add(self, roles: Roles, value: RoleValue) -> None:
        role, text = value.role, value.value.strip(" \t\f\n。.;,")
        if role is None:
            label = self._label(value)
            offset = value.label.source_offset(0) if value.label else text.source_offset(0)
            roles.problems.append(Problem("LP501", offset, {"label": label or ""}))
            if text.text:
                roles.notes.append(_note(text, self.index, label))
            return
        if role in UNIT_ROLES:
            if value.guessed_from is not None:
                clause = value.guessed_from
                args = {"clause": clause.printed().strip(), "role": role.value}
                roles.problems.append(Problem("LP502", clause.source_offset(0), args))
            self._add_units(roles, role, value, text)
        elif role is Role.LEADER:
            if EMPTY_MARK.fullmatch(text.text.strip()) is None:  # 责任领导：无 names no one
                roles.leaders.extend(make_leaders(text, self._label(value), self.index, self.script))
        elif role is Role.DEADLINE:
            if SHARE_OF_TIME.fullmatch(text.text.strip()):
                roles.notes.append(_note(text, self.index, self._label(value)))  # 时间进度 | 75%: time gone, no date
            elif text.text and EMPTY_MARK.fullmatch(text.text) is None:
                self._set_deadline(roles, text)
        elif text.text and value.label is not None and compact(value.label.text) in PERSON_LABELS:
            roles.officials.append((len(roles.notes), value))
        elif text.text:
            roles.notes.append(_note(text, self.index, self._label(value)))

    def _add_units(self, roles: Roles, role: Role, value: RoleValue, text: MappedText) -> None:
        target = roles.unit_list(role)
        if not text.text:
            offset = value.label.source_range(0, len(value.label))[1] if value.label else value.value.source_offset(0)
            roles.problems.append(Problem("LP104", offset, {"label": self._label(value) or role.value}))
            return
        if EMPTY_MARK.fullmatch(text.text.strip()):
            return  # 配合单位：无 · a cell of —: the task names no unit in this role, and says so
        split = split_list(text)
        roles.problems.extend(Problem("LP105", offset) for offset in split.empty_at)
        listed = {unit.name for unit in target}
        first_of_list: int | None = len(target)
        for unit_text in split.units:
            if RUN_IN_POINT.match(unit_text.text):
                # …责任单位：县民政局；二是强化资金保障，…: the next point of a paragraph the list ran into, no name
                roles.notes.append(_note(unit_text, self.index, self._label(value)))
                continue
            mark = LEAD_MARK.search(unit_text.text)
            if mark is None:
                # Two brackets of one task may name a unit twice (X牵头…。…（X、Y牵头）): once is enough.
                # The name is known before the unit is built (and remembered), so a repeat costs little.
                if derive_name(unit_text.text, unit_text.original, self.script)[0] in listed:
                    continue
                unit = make_unit(unit_text, self.index, self.script)
                listed.add(unit.name)
                target.append(unit)
                if printed_mark := self._mark_after(unit_text):
                    roles.starred.append((unit.name, printed_mark))
                continue
            if (mark["joint"] or mark["each"]) and first_of_list is not None and target is not roles.lead:
                roles.lead.extend(target[first_of_list:])  # X、Y（并列牵头）: X leads with Y
                del target[first_of_list:]
            # 市工业和信息化局（牵头）: the unit the list marks as its lead
            roles.lead.append(make_unit(unit_text.slice(0, mark.start()), self.index, self.script))
            roles.marked_lead = True
            first_of_list = None  # after a marked lead, a joint mark (X（牵头）、Y、Z（共同牵头）) joins that lead

    def _mark_after(self, unit_text: MappedText) -> str:
        """The mark the document prints right after a unit's name (区财政局*, the mark cleaned off it), a
        full-width one as its ASCII twin; "" when there is none."""
        if not self.prints_marks:
            return ""
        end = unit_text.source_range(0, len(unit_text))[1] if unit_text.text else 0
        return MARK_TWINS.get(self.index.text[end : end + 1], "") if end else ""

    def _set_deadline(self, roles: Roles, text: MappedText) -> None:
        if roles.deadline is not None:
            roles.notes.append(_note(text, self.index, "deadline"))
            return
        raw = text.printed().strip()
        matched = text.text if self.script == "simplified" else to_simplified(raw)
        if self.script == "traditional":
            raw = to_simplified(raw)  # as unit and leader names are: one script to compare and search
        date, kind = read_deadline(matched, self.year)
        start, end = text.source_range(0, len(text))
        roles.deadline = trusted(Deadline)(raw=raw, date=date, kind=kind, span=self.index.span(start, end))

    def render(self, reading: Reading) -> Roles:
        roles = Roles()
        for value in reading.values:
            self.add(roles, value)
        for note in reading.notes:
            roles.notes.append(_note(note, self.index, "note"))
        for place, value in reversed(roles.officials):
            text, label = value.value.strip(" \t\f\n。.;,"), self._label(value)
            leaders = make_leaders(text, label, self.index, self.script, glossed=True) if self.officials_lead else []
            if leaders and all(OFFICIAL_NAME.fullmatch(leader.name) for leader in leaders):
                roles.leaders[:0] = leaders  # in printed order: the officials are read from the last
            else:  # a post, a phone number or a second label beside the name: kept whole as a note
                roles.notes.insert(place, _note(text, self.index, label))
        lead_values = [value for value in reading.values if value.role is Role.LEAD]
        roles.led_by_duty = bool(roles.lead) and not roles.marked_lead and all(value.duty_only for value in lead_values)
        return roles
