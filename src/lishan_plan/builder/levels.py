"""Which numbering is the task level: 1. (most notices), （一） (FORMATS.md §4: 14, 22, 23, 24) or 一、 (44).

The task level is the marker whose items carry units: a unit line or a role bracket before the next
numbered line. Levels above it are section and subsection; markers below it are sub-items. The
builder sees the result as events (HEADING1, HEADING2, TASK, ITEM) rather than raw line kinds.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from ..grammar.compiled import compile_pattern
from ..grammar.numerals import CIRCLED_NUMBERS, han_to_int
from ..grammar.owners import heading_owners
from ..grammar.roles import (
    LEADING_ROLES,
    PROSE_REACH,
    ROLE_VERB,
    UNIT_ROLES,
    Reading,
    bracket_before_sentence_end,
    closing_role_bracket,
    inner_role_brackets,
    names_overall_lead,
    opens_another_target,
    opens_with_a_verb_label,
    read_bracket,
    read_trailing_prose,
    role_line_reach,
    role_of_field,
    role_of_label,
    subject_of_the_task,
    trailing_bracket,
    trailing_fields,
    unclosed_role_bracket,
)
from ..grammar.text import NOTES_WITH_FIRST_ITEM, SENTENCE_ENDS, compact, is_closing_title
from ..grammar.vocabulary import Role
from ..lines.classify import Document, Line
from ..lines.layout import UNWRAPPED, Page
from ..lines.patterns import PART_HEADING, LineKind
from ..spans import MappedText
from .header import TITLE_END, is_title_like


class Event(StrEnum):
    BLANK = "blank"
    NOISE = "noise"
    HEADING1 = "heading1"
    HEADING2 = "heading2"
    TASK = "task"
    PARAGRAPH = "paragraph"  # an unnumbered paragraph that opens a task (a 部门分工意见)
    HEADING_TASK = "heading-task"  # a （一） line that is a task where other （一） lines head 1. tasks
    ITEM = "item"
    TOPIC = "topic"
    FIELD = "field"
    ROLES = "roles"  # units and their verbs alone on a line under a task (——X牵头，Y配合)
    TEXT = "text"
    DATE = "date"
    PUBLICATION = "publication"
    ATTACHMENT = "attachment"
    RECIPIENTS = "recipients"
    DOC_NUMBER = "doc-number"
    META = "meta"
    LETTERHEAD = "letterhead"
    IMPRINT = "imprint"
    REQUIREMENT = "requirement"
    CLOSING = "closing"  # a numbered heading of the closing part after the last task, or a numbered line under it


_DIRECT = {
    LineKind.BLANK: Event.BLANK,
    LineKind.PAGE_NUMBER: Event.NOISE,
    LineKind.TABLE_RULE: Event.NOISE,
    LineKind.CHROME: Event.NOISE,
    LineKind.TABLE_ROW: Event.TEXT,  # a row outside any recognised table is plain text
    LineKind.PUBLICATION: Event.PUBLICATION,
    LineKind.DOC_NUMBER: Event.DOC_NUMBER,
    LineKind.META: Event.META,
    LineKind.LETTERHEAD: Event.LETTERHEAD,
    LineKind.ATTACHMENT: Event.ATTACHMENT,
    LineKind.IMPRINT: Event.IMPRINT,
    LineKind.DATE: Event.DATE,
    LineKind.REQUIREMENT: Event.REQUIREMENT,
    LineKind.SUB_ITEM: Event.ITEM,
    LineKind.NUMBERED_ITEM: Event.ITEM,
    LineKind.TOPIC: Event.TOPIC,
    LineKind.FIELD: Event.FIELD,
    LineKind.RECIPIENTS: Event.RECIPIENTS,
    LineKind.TEXT: Event.TEXT,
}
NUMBERED = (LineKind.SECTION, LineKind.SUBSECTION, LineKind.TASK)
# Numbered lines that are points of the closing part under its heading (1.加强组织领导 · 一是…).
_CLOSING_POINTS = (*NUMBERED, LineKind.NUMBERED_ITEM, LineKind.REQUIREMENT)
# Lines that may head it: 三、保障措施 · （四）工作要求 · 工作要求： (read as an address line) · 保障措施.
_CLOSING_HEADINGS = (LineKind.SECTION, LineKind.SUBSECTION, LineKind.RECIPIENTS, LineKind.TEXT)


@dataclass(frozen=True)
class Levels:
    """The structural event of each numbered line kind, and where units are attached."""

    numbered: dict[LineKind, Event]
    carriers: tuple[int, ...] = ()  # indices of lines that attach units: unit lines, role brackets
    positions: dict[LineKind, tuple[int, ...]] = field(default_factory=dict)  # numbered lines by kind
    paragraphs: frozenset[int] = frozenset()  # unnumbered lines that open a task of their own
    depths: dict[int, Event] = field(default_factory=dict)  # numbered lines at another depth than their kind's
    role_lines: frozenset[int] = frozenset()  # lines of units and their verbs alone (see `_carriers`)
    role_lines_going_on: frozenset[int] = frozenset()  # lines that complete a role line a wrap cut
    bare_sentences: frozenset[int] = frozenset()  # lines attaching units by a sentence with no 由 (…。X负责。)
    closing: range | None = None  # the lines of the closing part (三、保障措施 …), see `_closing_part`

    def carries_itself(self, position: int) -> bool:
        """Whether the line at `position` ends with its own role bracket (一是…（牵头单位：…）). Unit
        lines after it are not enough: after the last point of a task they are the task's."""
        carrier = bisect.bisect_left(self.carriers, position)
        return carrier < len(self.carriers) and self.carriers[carrier] == position

    def event_of(self, kind: LineKind) -> Event:
        return self.numbered.get(kind) or _DIRECT.get(kind, Event.TEXT)

    def event_at(self, position: int, kind: LineKind) -> Event:
        """The event of the line at `position`: its kind's, PARAGRAPH where a paragraph task opens, or
        the line's own where the depth of tasks changes within the notice (`depths`)."""
        if position in self.paragraphs:
            return Event.PARAGRAPH
        if position in self.role_lines:
            return Event.ROLES
        if self.closing is not None and position in self.closing and kind in _CLOSING_POINTS:
            return Event.CLOSING  # an unnumbered heading (工作要求：) is closing text as it stands
        return self.depths.get(position) or self.event_of(kind)

    def units_follow(self, position: int, kind: LineKind) -> bool:
        """Whether units are attached after the line at `position` before the next line of `kind`."""
        carrier = bisect.bisect_left(self.carriers, position)
        if carrier == len(self.carriers):
            return False
        same = self.positions.get(kind, ())
        following = bisect.bisect_right(same, position)
        boundary = same[following] if following < len(same) else None
        return boundary is None or self.carriers[carrier] < boundary


class _Carried(NamedTuple):
    """What the lines that attach units are, each read once (see `_carriers`)."""

    lines: list[int]
    overall_leads: set[int]  # headings whose bracket names only who leads their whole part
    heading_roles: set[int]  # other headings closed by a role bracket (（二）壮大数字经济（牵头单位：X）)
    named_alone: set[int]  # lines whose closing bracket names offices and says no role ((县司法局))
    own_sentence: set[int]  # lines whose closing bracket ends a sentence of the line's own (text before it)
    role_lines: set[int]  # lines of units and their verbs alone after a dash, no label, no bracket (——X牵头，Y配合)
    role_lines_going_on: set[int]  # the lines after them that complete a name a hard wrap cut
    no_units: set[int]  # labelled lines whose label gives a role other than units (完成时限：… · 责任人：…)
    bare_sentences: set[int]  # lines whose last sentence names units and verbs with no 由 (…。X负责，Y配合。)


def _carriers(doc: Document, skip: set[int], page: Page) -> _Carried:
    """Lines that attach units: 牵头单位：… lines, lines ending in a role bracket, in a sentence of roles (…由X负责。
    · …。X牵头，Y配合。) or in fields after the text (…。【牵头单位】X【责任单位】Y); and, among them, the
    headings whose bracket names only who leads their whole part (一、调整产业结构（县发改局总牵头）), the
    brackets of office names alone (the units of a task, or a gloss on the name before them: 报送县发改局
    （县领导小组办公室）; only a label or a verb is sure) and the sentences their own bracket closes."""
    carried = _Carried([], set(), set(), set(), set(), set(), set(), set(), set())
    for index, line in enumerate(doc.lines):
        if index in skip:
            continue
        if line.kind is LineKind.FIELD:
            role = field_role(doc, line)
            if role is not None:  # not 主办单位：… of a site's footer, which attaches nothing
                carried.lines.append(index)
                if role not in UNIT_ROLES:
                    carried.no_units.add(index)
            continue
        text = doc.mapped(line.body)
        bracket = trailing_bracket(text) or bracket_before_sentence_end(text)
        joined = _bracket_wrapped_from_above(doc, index, text) if bracket is None else None
        if joined is not None and carried.lines and carried.lines[-1] >= joined[1]:
            joined = None  # a paragraph a carrier above already counts (…。〔牵头单位：X；责任单位：县发 / 展改革局〕)
        wrapped = joined is not None  # the bracket opens on a line above: no sentence of this line's own
        if joined is not None:
            text, bracket = joined[0], trailing_bracket(joined[0])
        if bracket and (reading := read_bracket(content := text.slice(bracket[0] + 1, bracket[1]))) is not None:
            carried.lines.append(index)
            if line.kind in (LineKind.SECTION, LineKind.SUBSECTION) and (
                names_overall_lead(content.text) or _names_leaders_only(reading)
            ):
                carried.overall_leads.add(index)  # （一）扩大有效需求（牵头市领导：X）: who leads the part
            elif line.kind in (LineKind.SECTION, LineKind.SUBSECTION) and reading.says_roles():
                carried.heading_roles.add(index)  # （二）壮大数字经济（牵头单位：X；责任单位：Y）
            if not reading.says_roles():
                carried.named_alone.add(index)
            if bracket[0] > 0 and not wrapped:
                carried.own_sentence.add(index)
        elif text.text.rstrip().endswith(("。", ";")) and _ends_in_prose_roles_over_lines(
            doc, index, text, carried, page
        ):
            carried.lines.append(index)  # …由X会同Y负责落实。 (perhaps begun on a line above: …由县水 / 利局牵头。)
        elif unclosed_role_bracket(text) is not None and _next_is_numbered(doc, index):
            carried.lines.append(index)  # …（牵头单位：县人社局 and then the next task: a bracket never closed
        elif _may_be_role_line(doc, index) and (reach := _role_line_reach(doc, index)):
            carried.lines.append(index)
            carried.role_lines.add(index)
            if reach == 2 and (going_on := _next_content_line(doc, index)) is not None:
                carried.role_lines_going_on.add(going_on)
        elif trailing_fields(text) is not None:
            carried.lines.append(index)  # …。【牵头单位】X【责任单位】Y · …。牵头单位：X；责任单位：Y
    if not carried.lines and not skip:
        # 1.县应急管理局负责尾矿库…的隐患排查。: a plan written so throughout, where no line attaches units another way
        # and no table holds the tasks (a step 2.县财政局负责… under bracketed tasks, or a cover letter's 1.X负责…
        # over a table, is no task)
        lines = enumerate(doc.lines)
        carried.lines.extend(
            index for index, line in lines if line.kind is LineKind.TASK and _opens_with_its_units(doc, line)
        )
    return carried


def _opens_with_its_units(doc: Document, line: Line) -> bool:
    """Whether a task line's sentence opens with the units that do it and their verb (`subject_of_the_task`)."""
    text = line.groups.get("text")
    return text is not None and subject_of_the_task(doc.mapped(text)) is not None


def _names_leaders_only(reading: Reading) -> bool:
    """Whether a bracket names leaders and no units: (牵头市领导：吴某) on a heading says who leads its part."""
    return bool(reading.values) and all(value.role is Role.LEADER for value in reading.values)


# A paragraph a hard wrap broke is read back over at most this many lines above its last.
MAX_WRAPPED_LINES = 3


def _lines_above(doc: Document, index: int) -> Iterator[tuple[int, MappedText]]:
    """The lines above `index` that may be more of its paragraph, nearest first: at most MAX_WRAPPED_LINES,
    none past a line no paragraph goes on over (a blank line, a page number, a field, a date)."""
    for position in range(index - 1, max(-1, index - 1 - MAX_WRAPPED_LINES), -1):
        if doc.lines[position].kind in _OUTSIDE_PARAGRAPH:
            return
        yield position, doc.mapped(doc.lines[position].body)


def _bracket_wrapped_from_above(doc: Document, index: int, text: MappedText) -> tuple[MappedText, int] | None:
    """…（责任单位：市行政审批局，各市（区）人 / 民政府，医药高新区管委会）: a line that closes a bracket opened on
    the lines above it, in one paragraph a PDF copy hard-wrapped. The paragraph from those lines on, joined
    without a separator, and the index of its first line; None when the line closes no bracket or its
    opener is not within reach."""
    if not text.text.rstrip(" \t\f\n。.;").endswith((")", "]")):
        return None
    parts = [text]
    for position, body in _lines_above(doc, index):
        parts.insert(0, body)
        joined = MappedText.concat((part, "") for part in parts)
        if trailing_bracket(joined) is not None:
            return joined, position
    return None


def _sentence_wrapped_from_above(doc: Document, index: int, text: MappedText, page: Page) -> MappedText | None:
    """…。由县水利局牵头，县发展改革局、县 / 自然资源局配合。: the last sentence of a paragraph a PDF copy
    hard-wrapped, begun on a line above that ends no sentence; the paragraph's lines from there, joined
    without a separator, or None when the line above ends a sentence, is no full line of a hard-wrapped
    page (a web copy's line ends its paragraph wherever it ends), or none is within reach."""
    parts = [text]
    for position, body in _lines_above(doc, index):
        ended = not body.text.strip() or body.text.rstrip()[-1] in SENTENCE_ENDS
        if ended or not page.filled_by(doc, doc.lines[position]):
            break
        parts.insert(0, body)
    return MappedText.concat((part, "") for part in parts) if len(parts) > 1 else None


def _ends_in_prose_roles_over_lines(doc: Document, index: int, text: MappedText, carried: _Carried, page: Page) -> bool:
    """`_ends_in_prose_roles` of the line, or else of its sentence begun on the lines above it, where a
    hard-wrapped page wraps them."""
    if _ends_in_prose_roles(text, index, carried):
        return True
    if ROLE_VERB.search(text.text) is None:
        return False  # the sentence's last clause ends on this line, and its verb with it
    above = _sentence_wrapped_from_above(doc, index, text, page)
    return above is not None and _ends_in_prose_roles(above, index, carried)


def _ends_in_prose_roles(text: MappedText, index: int, carried: _Carried) -> bool:
    """Whether the line's last sentence states roles in prose (…由X会同Y负责落实。); one with no 由 (…。X负责，
    Y配合。) is noted among `carried.bare_sentences`, no mark that the plan's tasks go on. The sentence is
    read once for both."""
    found = read_trailing_prose(text.tail_of(PROSE_REACH))
    if found is not None and found.bare:
        carried.bare_sentences.add(index)
    return found is not None


def _may_be_role_line(doc: Document, index: int) -> bool:
    """Whether the line at `index` may be a line of units and their verbs under a task: set off by a dash
    (——市商务局牵头，市财政局配合), or a plain line of its own under a task's text (县商务局牵头，县财政局配合。)."""
    kind = doc.lines[index].kind
    if kind is LineKind.TOPIC:
        return True
    if kind is not LineKind.TEXT or opens_with_a_verb_label(doc.matched(doc.lines[index].body)):
        return False
    above = _previous_content_line(doc, index)
    return above is not None and doc.lines[above].kind in (LineKind.TASK, LineKind.TEXT)


def _previous_content_line(doc: Document, index: int) -> int | None:
    """The index of the last line with text before `index` (past blanks and page furniture), or None."""
    before = range(index - 1, -1, -1)
    return next((position for position in before if doc.lines[position].kind not in _PASSED_OVER), None)


def _role_line_reach(doc: Document, index: int) -> int:
    """How many lines the dash line at `index` spans as units and their verbs alone (see
    grammar.roles.role_line_reach): 0 when it is no such line, 2 when the next line completes it."""
    line = doc.lines[index]
    after = _next_content_line(doc, index)
    next_text = doc.matched(doc.lines[after].body) if after is not None else ""
    return role_line_reach(doc.mapped(line.groups.get("title") or line.body), next_text)


def _next_content_line(doc: Document, index: int) -> int | None:
    """The index of the next line with text after `index` (past blanks and page furniture), or None."""
    following = range(index + 1, len(doc.lines))
    return next((position for position in following if doc.lines[position].kind not in _PASSED_OVER), None)


def _next_is_numbered(doc: Document, index: int) -> bool:
    """Whether the next line with text is numbered (or there is none): nothing goes on from this one."""
    after = _next_content_line(doc, index)
    return after is None or doc.lines[after].kind in (*NUMBERED, LineKind.NUMBERED_ITEM)


def _without_overall_leads(doc: Document, carried: _Carried, positions: list[int]) -> list[int]:
    """一、调整产业结构（县发改局总牵头） over lines that carry their own units: the heading names who leads
    its whole part and is no task, so its bracket does not count. It counts when nothing under it
    carries units (then the heading may be the task). A heading closed by any other role bracket
    (（二）壮大数字经济（牵头单位：X；责任单位：Y）) is so only over numbered lines of a lower level that carry
    units (1.…（配合单位：Z）): a line under it with no number of its own is its sibling, a task that lost
    its marker."""
    kept, carriers = [], carried.lines
    for order, index in enumerate(carriers):
        if index in carried.overall_leads or index in carried.heading_roles:
            under = carriers[order + 1 : bisect.bisect_left(carriers, _part_end(doc, positions, index))]
            if index in carried.overall_leads and under:
                continue  # lines under it carry units: it is a heading
            if _numbered_lines_name_who_does(doc, positions, index, under):
                continue  # numbered lines under it carry units of who does them: it is a heading
            if _names_only_the_lead(doc, index) and _numbered_lines_label_helpers(doc, positions, index, under):
                continue  # 一、稳定工业增长（牵头单位：X） over 1.…（配合单位：Y）: the heading leads, the tasks help
        kept.append(index)
    return kept


def _names_only_the_lead(doc: Document, index: int) -> bool:
    """Whether a line's closing bracket names a lead and no other unit (（牵头单位：县工信局）)."""
    closing = closing_role_bracket(doc.mapped(doc.lines[index].body))
    roles = {value.role for value in closing[1].values} if closing is not None else set()
    return Role.LEAD in roles and not roles & {Role.RESPONSIBLE, Role.COOPERATING}


def _numbered_lines_label_helpers(doc: Document, positions: list[int], heading: int, under: list[int]) -> bool:
    """Whether numbered lines of their own below a heading close with a bracket that labels the units that
    help (1.…（配合单位：县统计局）): under a heading that names only the lead, they are its tasks. (A verb
    helper alone, （县住建局配合）, may be a detail's: it proves nothing.)"""
    return any(_labels_helpers(doc, line) for line in _own_numbered(doc, positions, heading, under))


def _labels_helpers(doc: Document, index: int) -> bool:
    closing = closing_role_bracket(doc.mapped(doc.lines[index].body))
    return closing is not None and any(
        value.role is Role.COOPERATING and value.label is not None for value in closing[1].values
    )


def _own_numbered(doc: Document, positions: list[int], heading: int, under: list[int]) -> Iterator[int]:
    """The carriers `under` a heading that belong to a numbered line of their own below it."""
    return (line for line in under if _numbered_line_above(doc, positions, line) not in (None, heading))


def _part_end(doc: Document, positions: list[int], heading: int) -> int:
    """Where the part a heading opens ends: at the next heading of its level or above, or the document's end."""
    ends = (
        (LineKind.SECTION,) if doc.lines[heading].kind is LineKind.SECTION else (LineKind.SECTION, LineKind.SUBSECTION)
    )
    following = bisect.bisect_right(positions, heading)
    return next((at for at in positions[following:] if doc.lines[at].kind in ends), len(doc.lines))


def _numbered_lines_name_who_does(doc: Document, positions: list[int], heading: int, under: list[int]) -> bool:
    """Whether any of the carriers `under` a heading belongs to a numbered line of its own below the heading and
    names who leads or does the work: the heading then stands over tasks."""
    return any(_names_who_does(doc, line) for line in _own_numbered(doc, positions, heading, under))


def _without_group_lines(doc: Document, carriers: list[int], carried: _Carried, positions: list[int]) -> list[int]:
    """（一）推进重大项目建设。 / 牵头单位：X / 责任单位：Y / 1.… / 2.…（牵头单位：Z）: label lines between a heading
    and its first numbered line are the heading's, for its tasks that name no units of their own (the builder
    keeps them as its group), when numbered lines of a lower level under it carry units of their own; then
    they do not make the heading a task. Once one heading of a level is so shown to stand over tasks (by a
    lead or a responsible unit: a detail's helper proves nothing), the other headings of that level in the
    same section with label lines or a role bracket (carried.heading_roles) and numbered lines under them
    are headings too, so a part reads its headings alike. Over numbered lines that carry nothing, with no
    such proof, the label lines make the heading the task."""
    groups: dict[int, list[int]] = {}  # heading → its label lines, or its own line for a role bracket
    proven: set[tuple[LineKind, int]] = set()  # levels (within a section) shown to stand over tasks
    has_lower: set[int] = set()
    sections = [index for index in positions if doc.lines[index].kind is LineKind.SECTION]
    for order, heading in enumerate(positions):
        kind = doc.lines[heading].kind
        if kind not in (LineKind.SECTION, LineKind.SUBSECTION):
            continue
        first = positions[order + 1] if order + 1 < len(positions) else len(doc.lines)
        low, high = bisect.bisect_right(carriers, heading), bisect.bisect_left(carriers, first)
        group = [index for index in carriers[low:high] if doc.lines[index].kind is LineKind.FIELD]
        if heading in carried.heading_roles and heading in carriers:
            group.append(heading)
        lower = first < len(doc.lines) and doc.lines[first].kind not in (LineKind.SECTION, kind)
        if lower:
            has_lower.add(heading)
        if heading in carried.heading_roles and heading not in carriers:
            proven.add(_part_of(doc, sections, heading))  # its bracket stands over tasks (`_without_overall_leads`)
        if not group or not lower:
            continue
        groups[heading] = group
        under = carriers[high : bisect.bisect_left(carriers, _part_end(doc, positions, heading))]
        if _numbered_lines_name_who_does(doc, positions, heading, under):
            proven.add(_part_of(doc, sections, heading))
    dropped = {
        index
        for heading, group in groups.items()
        if _part_of(doc, sections, heading) in proven and heading in has_lower
        for index in group
    }
    return [index for index in carriers if index not in dropped]


def _part_of(doc: Document, sections: list[int], heading: int) -> tuple[LineKind, int]:
    """A heading's level and the section it stands in (`sections`: the section lines; its own level alone for
    a section): the headings that read alike."""
    kind = doc.lines[heading].kind
    if kind is LineKind.SECTION:
        return kind, -1
    above = bisect.bisect_left(sections, heading)
    return kind, sections[above - 1] if above else -1


def field_role(doc: Document, line: Line) -> Role | None:
    """The role a labelled line's label gives (`role_of_field`): 责任单位：… · 主办单位：X，协办单位：Y."""
    value = line.groups.get("value")
    return role_of_field(doc.matched(line.groups["label"]), doc.matched(value) if value is not None else "")


def _names_who_does(doc: Document, index: int) -> bool:
    """Whether a line that carries units names who leads or does the work (a lead or a responsible unit), not
    helpers only (2.改造薄弱学校5所（县住建局配合）: a detail's helper proves no task)."""
    line = doc.lines[index]
    if line.kind is LineKind.FIELD:
        return field_role(doc, line) in LEADING_ROLES
    closing = closing_role_bracket(doc.mapped(line.body))
    return closing is None or any(value.role in LEADING_ROLES for value in closing[1].values)


def _numbered_line_above(doc: Document, positions: list[int], index: int) -> int | None:
    """The numbered line a line belongs to: itself, or the nearest above it."""
    found = bisect.bisect_right(positions, index)
    return positions[found - 1] if found else None


# Numbered tasks under a heading that names who leads its part, at least (fewer: the heading is the task).
MIN_TASKS_UNDER_LED_PART = 2


def _parts_led_over_plain_tasks(doc: Document, carriers: list[int], by_kind: dict[LineKind, tuple[int, ...]]) -> bool:
    """Whether every line that attaches units is a section heading whose bracket names only who leads
    (扩大有效投资（由县发改局牵头实施）), with at least two numbered tasks under each and none elsewhere
    naming units."""
    sections, tasks = by_kind[LineKind.SECTION], by_kind[LineKind.TASK]
    if not carriers or any(doc.lines[index].kind is not LineKind.SECTION for index in carriers):
        return False
    for index in carriers:
        following = bisect.bisect_right(sections, index)
        end = sections[following] if following < len(sections) else len(doc.lines)
        under = bisect.bisect_left(tasks, end) - bisect.bisect_right(tasks, index)
        if under < MIN_TASKS_UNDER_LED_PART or not heading_owners(doc.matched(doc.lines[index].body)).units:
            return False
    return True


def _carrying(doc: Document, carriers: list[int], positions: list[int]) -> dict[LineKind, float]:
    """For each kind of numbered line, the share of its lines with units before the next numbered line
    (-1 when the kind is absent). `positions` are the numbered lines that count as boundaries."""
    carried: dict[LineKind, list[bool]] = {}
    for order, index in enumerate(positions):
        end = positions[order + 1] if order + 1 < len(positions) else len(doc.lines)
        first = bisect.bisect_left(carriers, index)
        carried.setdefault(doc.lines[index].kind, []).append(first < len(carriers) and carriers[first] < end)
    ratio = dict.fromkeys((*NUMBERED, LineKind.NUMBERED_ITEM), -1.0)
    ratio.update({kind: sum(flags) / len(flags) for kind, flags in carried.items()})
    return ratio


def _item_levels(doc: Document, items: list[int], positions: list[int]) -> tuple[list[int], list[int]]:
    """(1) and ① lines are both numbered items; ① under a (1) line is the level below it (一、 （一） 1. （1）
    ①), so only the (1) lines may be tasks there. Returns the outer items and the inner ones: the ① lines
    whose nearest numbered line above is a (1) item or another such ① (a heading or a task ends the run)."""
    circled = {index for index in items if doc.matched(doc.lines[index].groups["num"]) in CIRCLED_NUMBERS}
    if not circled or len(circled) == len(items):
        return items, []
    item_set = set(items)
    inner: list[int] = []
    under_item = False
    for index in sorted(item_set.union(positions)):
        if index in circled:
            if under_item:
                inner.append(index)
        else:
            under_item = index in item_set
    inner_set = set(inner)
    return [index for index in items if index not in inner_set], inner


def _items_are_tasks(
    doc: Document, carriers: list[int], positions: list[int], items: list[int], over: LineKind = LineKind.TASK
) -> bool:
    """1.加强基础设施建设 / (1)…（X牵头） / (2)…（Y牵头）: the numbered line (of kind `over`: 1., or （一） in
    a notice with no 1. line) is a heading and the (1) items, which carry the units, are the tasks. Not so
    when the units follow the last item as a group (1.… (1)… (2)… then （责任单位：…）): there the numbered
    line is the task."""
    if len(items) < 2:
        return False
    boundaries = sorted(positions + items)
    if _carrying(doc, carriers, boundaries)[over] != 0:
        return False
    # Judge by the items that another item follows: units after the last item of a group may be the
    # group's (the numbered line's), units between two items belong to the item.
    item_set = set(items)
    followed = [
        (index, boundaries[order + 1])
        for order, index in enumerate(boundaries[:-1])
        if index in item_set and boundaries[order + 1] in item_set
    ]
    if not followed:
        return False
    carrying = [
        carriers[first] < end
        for index, end in followed
        if (first := bisect.bisect_left(carriers, index)) < len(carriers)
    ]
    if sum(carrying) * 2 < len(followed):
        return False
    return not _groups_led_after_inline_items(carriers, boundaries, item_set)


class _LedInner(NamedTuple):
    """① lines that carry the units under an item that names none (see `_inner_items_with_units`)."""

    owners: dict[int, int]  # each such ① line and the item over it
    carriers: list[int]  # the carriers as the items see them


def _inner_items_with_units(
    carriers: list[int], positions: list[int], items: list[int], inner_items: list[int]
) -> _LedInner:
    """(2)住房安全方面。 / ①…（牵头单位：X） / ②…（牵头单位：Y）: the ① lines under an item that names no units
    before its first ① line, where each of its ① lines carries units before the next numbered line. The ①
    lines of an item that carries units itself stay its parts. As the items see it, such an item carries
    units (on its own line) and its ① lines' units are no group's units after it."""
    boundaries = sorted({*positions, *items, *inner_items})
    item_set, inner_set = set(items), set(inner_items)
    under: dict[int, list[int]] = {}
    owner: int | None = None
    for index in boundaries:
        if index in item_set:
            owner = index
        elif index in inner_set and owner is not None:
            under.setdefault(owner, []).append(index)
        else:
            owner = None

    def span(index: int) -> tuple[int, int]:  # a line and the next numbered line after it
        order = bisect.bisect_right(boundaries, index)
        return index, boundaries[order] if order < len(boundaries) else sys.maxsize

    def carrying(start: int, end: int) -> list[int]:
        return carriers[bisect.bisect_left(carriers, start) : bisect.bisect_left(carriers, end)]

    owners: dict[int, int] = {}
    kept = set(carriers)
    for item, members in under.items():
        if not carrying(item, members[0]) and all(carrying(*span(member)) for member in members):
            owners.update(dict.fromkeys(members, item))
            kept.add(item)
            for member in members:
                kept.difference_update(carrying(*span(member)))
    return _LedInner(owners, sorted(kept) if owners else carriers)


def _groups_led_after_inline_items(carriers: list[int], boundaries: list[int], item_set: set[int]) -> bool:
    """1.实施就业帮扶。 / ①…（县教育局负责）； / ②…（县退役军人事务局负责）。 / （牵头单位：县人社局）: items whose
    brackets stand on their own lines, and a line of units of its own after a group's last item. Those
    units are the group's, so the numbered line over the items is the task and the brackets are notes on
    its parts. (Items that each take their units on the lines after them are tasks: their last one's
    lines are its own.)"""
    inline = False
    for order, index in enumerate(boundaries):
        end = boundaries[order + 1] if order + 1 < len(boundaries) else None
        if index not in item_set:
            continue
        first = bisect.bisect_left(carriers, index)
        own = first < len(carriers) and carriers[first] == index
        inline = inline or own
        if end in item_set:
            if not own and first < len(carriers) and (end is None or carriers[first] < end):
                return False  # an item with units on the lines after it: the style of tasks, not of notes
            continue
        after = first + 1 if own else first  # carriers after the group's last item, before the next boundary
        if inline and after < len(carriers) and (end is None or carriers[after] < end):
            return True
    return False


# In a 部门分工意见 at least this share of the headings stand over two or more paragraphs closed by units
# (a （一） task whose text goes on in a paragraph closed by its units has one: the heading is the task).
SHARE_OVER_SEVERAL = 1 / 3

# Lines that no paragraph goes on over.
_OUTSIDE_PARAGRAPH = (LineKind.BLANK, LineKind.PAGE_NUMBER, LineKind.TABLE_RULE, LineKind.FIELD, LineKind.DATE)

# Lines a paragraph task passes over; any other kind (a date, an imprint) ends the heading's paragraphs.
_PASSED_OVER = (LineKind.BLANK, LineKind.PAGE_NUMBER, LineKind.TABLE_RULE, LineKind.CHROME)
# Under a heading, these make the heading itself the task: numbered or marked items.
_HEADING_IS_TASK = (LineKind.NUMBERED_ITEM, LineKind.SUB_ITEM)


class _Paragraphs(NamedTuple):
    """The paragraphs under one heading: where those that units close start, and whether one more
    runs on, unclosed and mid-sentence, to the end of the document (an excerpt cut inside the heading's
    next task; a closing sentence such as 各单位要按时报送进展情况。 is no cut task)."""

    starts: list[int]
    cut_off: bool


# 联系人：王某，电话：… · 人：两市商务部门主要负责同志 (a copy's clipped 责任人): a line naming a person after the last
# task's units, never the opening of a paragraph the excerpt cut off
PERSON_LINE = compile_pattern(r"\s{0,3}(?:(?:联系|责任|经办|负责)?人|(?:联系)?电话)\s{0,2}:")


def _closed_paragraphs(doc: Document, first: int, end: int, carriers: set[int]) -> _Paragraphs | None:
    """Where the paragraphs under a heading start, for those that units close (the lines [first, end)):
    a role bracket at the paragraph's end, or labelled lines under it (新增学位2000个。 / 分管领导：… /
    责任单位：…). None when what stands under the heading says the heading is the task: labelled lines
    or items right under it, a bracket of units on its own."""
    starts: list[int] = []
    start: int | None = None
    labelled = False  # the lines just read are labelled lines closing a paragraph
    previous = first  # the last line of text read
    for position in range(first, end):
        line = doc.lines[position]
        if line.kind in _PASSED_OVER:
            continue
        if line.kind is LineKind.FIELD:
            if start is None and not labelled:
                return None  # 牵头单位：… right under the heading: the heading's units
            if start is not None:
                if not _ends_sentence(doc, doc.lines[previous]):
                    return None  # …县教育局、 before the next label: a wrapped value, not a task's sentence
                starts.append(start)
                start = None
            labelled = True
            continue
        if line.kind in _HEADING_IS_TASK:
            return None
        if line.kind is not LineKind.TEXT:
            break
        if position in carriers and start is None and doc.matched(line.body)[:1] in "([":
            return None  # （牵头单位：…） on its own under the heading: the heading's units
        start = position if start is None else start
        labelled = False
        previous = position
        if position in carriers:
            starts.append(start)
            start = None
    else:  # the heading's lines ran out without a line of another kind: a paragraph may be left open
        cut_off = (
            start is not None
            and end == len(doc.lines)
            and not _ends_sentence(doc, doc.lines[previous])
            and PERSON_LINE.match(doc.matched(doc.lines[start].body)) is None
        )
        if cut_off and start is not None and _closes_targets_inside(doc, start, end):
            starts.append(start)  # 乙指标达到45%。（Y牵头）丙指标…（Z、 : the cut is after a target its bracket closed
        return _Paragraphs(starts, cut_off=cut_off)
    return _Paragraphs(starts, cut_off=False)


def _paragraph_tasks(
    doc: Document, carriers: list[int], named_alone: set[int], positions: list[int], kind: LineKind
) -> list[int]:
    """（一）扩大有效投资。 / 加快推进…开工。（X牵头，A、B等按职责分工负责） / 优化…（Y牵头，…）: headings of `kind`
    over unnumbered paragraphs, each closed by its units, are headings and the paragraphs the tasks.
    The lines that open those paragraphs, or none when the notice is not written so. A heading whose only
    bracket names offices and says no role (…落实到乡镇人民政府（街道办事处）。: a gloss, in a notice's own
    principles above the plan) is read like the others."""
    carrier_set = set(carriers)
    starts: list[int] = []
    headings = over_several = 0
    for order, index in enumerate(positions):
        if doc.lines[index].kind is not kind:
            continue
        if index in carrier_set and index not in named_alone:
            return []  # a heading that carries its own units is a task
        end = positions[order + 1] if order + 1 < len(positions) else len(doc.lines)
        found = _closed_paragraphs(doc, index + 1, end, carrier_set)
        if found is None:
            return []
        headings += bool(found.starts)
        over_several += len(found.starts) + found.cut_off > 1
        starts.extend(found.starts)
    return starts if headings and over_several >= SHARE_OVER_SEVERAL * headings else []


def _numbered_titles_over_paragraphs(
    doc: Document, carriers: list[int], named_alone: set[int], positions: list[int]
) -> tuple[list[int], list[int]]:
    """1.约束性指标的责任部门。 / 能耗降低3%。（X牵头） / 耕地保有量不减少。 / （Y牵头）: where the 1. lines are the
    tasks, a 1. line with no units of its own over two or more paragraphs, each closed by its units, is a
    title over them (a topic) and the paragraphs are the tasks; one such paragraph is the 1. task's text
    running on, and so is a 1. line that neither ends its sentence nor reads as a title (推进…， wrapped). A
    sentence closed by office names alone (…报送县发改局（县领导小组办公室）。) is not closed by its units. Each
    1. line is judged on its own. The titles, and the lines that open their paragraphs."""
    carrier_set = set(carriers)
    saying_roles = carrier_set - named_alone
    titles: list[int] = []
    starts: list[int] = []
    for order, index in enumerate(positions):
        line = doc.lines[index]
        if line.kind is not LineKind.TASK or index in carrier_set:
            continue
        if not (_ends_sentence(doc, line) or is_title_like(doc.matched(line.groups.get("text") or line.body))):
            continue  # 推进…， wrapped: the task's sentence goes on below (1. 约束性指标的责任部门 is a title)
        end = positions[order + 1] if order + 1 < len(positions) else len(doc.lines)
        found = _closed_paragraphs(doc, index + 1, end, saying_roles)
        if found is not None and len(found.starts) + found.cut_off + _clauses_run_in(doc, found.starts, end) > 1:
            titles.append(index)
            starts.extend(found.starts)
    return titles, starts


def _closes_targets_inside(doc: Document, start: int, end: int) -> bool:
    """Whether the paragraph an excerpt cut off (the lines [start, end), unclosed at the end of the document)
    holds a target closed by its units before the cut, with the next target after it: that target is
    complete, and the paragraph opens tasks like any other (…森林覆盖率达到45%。（Y牵头）绿化率达到40%。（Z、)."""
    joined = _joined_text(doc, start, end)
    return any(opens_another_target(joined.text[closer + 1 :]) for _, closer, _ in inner_role_brackets(joined))


def _joined_text(doc: Document, start: int, end: int) -> MappedText:
    """The text lines of [start, end) run together, as a copy's hard wraps broke one paragraph."""
    lines = [doc.mapped(doc.lines[index].body) for index in range(start, end) if doc.lines[index].kind is LineKind.TEXT]
    return MappedText.concat((line, "") for line in lines)


def _clauses_run_in(doc: Document, starts: list[int], end: int) -> int:
    """How many more paragraphs the paragraphs' lines run in, each closed by its units before the next
    sentence (甲指标控制在100万左右。（X牵头）乙指标降低10%。（Y牵头）: two on one line, a copy that lost a break; or
    over lines a hard wrap broke, a bracket split between two: …达到20%。（省科技厅牵 / 头）城镇化率达到48%。…)."""
    more = 0
    for start, stop in itertools.pairwise([*starts, end]):
        joined = _joined_text(doc, start, stop)
        if not joined.text:
            continue
        found = inner_role_brackets(joined)
        # the paragraph's own closing bracket is one of those found; each other closes one more where another
        # target follows it (not 。（X牵头） after （Y负责）, nor its deadline)
        more += sum(1 for _, closer, _ in found[:-1] if opens_another_target(joined.text[closer + 1 :]))
    return more


# A list of labelled blocks with no numbering at all needs this many blocks: one could be anything.
MIN_BLOCKS = 2


def _labelled_blocks(doc: Document) -> list[int]:
    """新增公办学位2000个。 / 分管领导：张三 / 责任单位：县教育局 / 改造食堂5所。 / …: a list with no numbered
    line at all, where each task is the sentence on the line right above its labelled lines. The lines
    that open those tasks, or none when labelled lines after the first task stand under no sentence."""
    starts: list[int] = []
    previous: int | None = None  # the last line read that is not passed over
    for position, line in enumerate(doc.lines):
        if line.kind in _PASSED_OVER:
            continue
        if line.kind is LineKind.FIELD and (previous is None or doc.lines[previous].kind is not LineKind.FIELD):
            if (
                previous is not None
                and doc.lines[previous].kind is LineKind.TEXT
                and _ends_sentence(doc, doc.lines[previous])
            ):
                starts.append(previous)
            elif starts:
                return []
        previous = position
    return starts if len(starts) >= MIN_BLOCKS else []


def _units_between(carriers: list[int], start: int, end: int | None) -> int:
    """How many lines in [start, end) attach units (`end` None: to the end of the document)."""
    high = len(carriers) if end is None else bisect.bisect_left(carriers, end)
    return high - bisect.bisect_left(carriers, start)


def _mixed_depths(
    carriers: list[int], by_kind: dict[LineKind, tuple[int, ...]], task_kind: LineKind
) -> dict[int, Event]:
    """Tasks at two depths in one notice: （一）地区生产总值增长8%。（X负责） under 一、, but （一）推进项目建设。 /
    1.…（Y负责） / 2.…（Z负责） under 二、. Each （一） under a 一、 is judged on its own:
    - with no 1. line under it, units that close its own text (one paragraph, one set of units) make it
      a task;
    - with 1. lines under it and no units before them, 1. lines that carry units (judged by those that
      another 1. line follows, as `_items_are_tasks` does) make it a heading over them as tasks.
    Where the 1. lines are the tasks, the （一） tasks found take HEADING_TASK; where the （一） lines are,
    every （一） that is no heading over tasks takes it. HEADING_TASK stands a task at its section's level.
    The lines whose event differs from their kind's."""
    sections, subsections, tasks = by_kind[LineKind.SECTION], by_kind[LineKind.SUBSECTION], by_kind[LineKind.TASK]
    if not sections or not subsections or not tasks or task_kind not in (LineKind.SUBSECTION, LineKind.TASK):
        return {}
    numbered = sorted((*sections, *subsections, *tasks))
    headings = sorted((*sections, *subsections))

    def after(lines: list[int], position: int) -> int | None:
        following = bisect.bisect_right(lines, position)
        return lines[following] if following < len(lines) else None

    own_tasks, headings_over_tasks, tasks_under = [], [], []
    for heading in subsections:
        next_numbered, next_heading = after(numbered, heading), after(headings, heading)
        under = [task for task in tasks if task > heading and (next_heading is None or task < next_heading)]
        if not under:
            if _units_between(carriers, heading, next_numbered) == 1:
                own_tasks.append(heading)
            continue
        if _units_between(carriers, heading, under[0]):
            continue  # its own text carries units: a task, its 1. lines its points
        followed = list(itertools.pairwise(under))
        votes = [_units_between(carriers, task, following) > 0 for task, following in followed]
        if votes and sum(votes) * 2 >= len(votes):
            headings_over_tasks.append(heading)
            tasks_under.extend(under)
    if task_kind is LineKind.TASK:
        return dict.fromkeys(own_tasks, Event.HEADING_TASK)
    if not headings_over_tasks:
        return {}
    depths = dict.fromkeys(subsections, Event.HEADING_TASK)
    depths.update(dict.fromkeys(headings_over_tasks, Event.HEADING2))
    depths.update(dict.fromkeys(tasks_under, Event.TASK))
    return depths


def _paragraphs_under_led_headings(
    doc: Document, positions: list[int], task_kind: LineKind
) -> tuple[list[int], list[int]]:
    """一、孟某省长负责的工作 / （一）省审计厅牵头的工作 / 全面加强审计工作。 / 协同单位：… / （二）省编办牵头的工作 /
    1.…: where the 1. lines are the tasks, a （一） heading that names the unit leading its part and has no 1.
    line under it heads unnumbered paragraphs, each a task (finish gives them the heading's lead): the
    first right under it, each other after units of the one before (a closing sentence after the last
    paragraph runs on in it). The headings, and the lines that open those paragraphs."""
    if task_kind is not LineKind.TASK:
        return [], []
    led: list[int] = []
    starts: list[int] = []
    for order, index in enumerate(positions):
        line = doc.lines[index]
        if line.kind is not LineKind.SUBSECTION or not heading_owners(doc.matched(line.body)).units:
            continue
        end = positions[order + 1] if order + 1 < len(positions) else len(doc.lines)
        if end < len(doc.lines) and doc.lines[end].kind is LineKind.TASK:
            continue  # its 1. lines are the tasks
        opened = False
        previous: Line | None = None
        for position in range(index + 1, end):
            below = doc.lines[position]
            if below.kind is LineKind.TEXT and (previous is None or previous.kind is LineKind.FIELD):
                starts.append(position)
                opened = True
            if below.kind not in _PASSED_OVER:
                previous = below
        if opened:
            led.append(index)
    return led, starts


_TASK_EVENTS = (Event.TASK, Event.HEADING_TASK, Event.PARAGRAPH)


def _unnumbered_siblings(doc: Document, levels: Levels, closing: set[int], table_lines: set[int]) -> list[int]:
    """(一)…（牵头单位：X） / 推进…建设。（牵头单位：Y） / (四)…（牵头单位：Z）: among tasks that each close
    themselves with their own bracket, a line with no number (or an unreadable one) that its own bracket
    closes is a task of theirs, not text that could not be placed. A line after a task its bracket does
    not close goes on in that task. `closing`: the lines their own bracket closes, one that says roles."""
    siblings: list[int] = []
    after_closed_task = False
    carrier_set = set(levels.carriers)
    for index, line in enumerate(doc.lines):
        if index in table_lines or line.kind in _PASSED_OVER:
            continue
        closes = index in carrier_set and index in closing
        if line.kind is LineKind.TEXT and closes and after_closed_task and index not in levels.paragraphs:
            siblings.append(index)
            continue
        after_closed_task = closes and levels.event_at(index, line.kind) in _TASK_EVENTS
    return siblings


def _points_with_units(
    doc: Document, carriers: list[int], no_units: set[int], positions: list[int], points: list[int]
) -> list[int]:
    """（一）壮大集体经济 / 一是推进土地流转。 / 责任单位：镇经发办 / 二是发展特色种植。 / 责任单位：…: 一是 points
    each followed by their own unit lines are the tasks (a township's way). A run of points, with no
    numbered line between them, qualifies when every point that another point follows has units before
    it (a 完成时限 or 责任人 line is no unit line); units after the last point alone are the task's whose
    points they are (1.… 一是… 二是… 牵头单位：X). Once a run qualifies, so does a lone point with units under
    another heading. None at all when a heading over a qualifying run names units of its own before its
    points (包保领导：… / 牵头单位：… under （一）): then the heading is the task, as it always was."""
    unit_lines = [index for index in carriers if index not in no_units]
    boundaries = sorted(positions + points)
    point_set = set(points)
    runs: list[list[int]] = []  # the points of each run
    with_units: list[list[bool]] = []  # whether units follow each point before the next boundary
    for order, index in enumerate(boundaries):
        if index not in point_set:
            continue
        if order == 0 or boundaries[order - 1] not in point_set:
            runs.append([])
            with_units.append([])
            if order > 0 and _units_between(carriers, boundaries[order - 1], index):
                return []  # the heading over the run names units (or a leader) of its own
        end = boundaries[order + 1] if order + 1 < len(boundaries) else len(doc.lines)
        runs[-1].append(index)
        with_units[-1].append(_units_between(unit_lines, index, end) > 0)
    qualifying = [order for order, flags in enumerate(with_units) if len(flags) > 1 and all(flags[:-1])]
    if not qualifying:
        return []
    lone = [order for order, flags in enumerate(with_units) if flags == [True]]
    return sorted(
        point
        for order in (*qualifying, *lone)
        for point, flag in zip(runs[order], with_units[order], strict=True)
        if flag
    )


def _ends_sentence(doc: Document, line: Line) -> bool:
    return doc.matched(line.body).rstrip()[-1:] in SENTENCE_ENDS


def _closing_part(doc: Document, carriers: tuple[int, ...] | list[int], table_lines: set[int]) -> range | None:
    """三、保障措施 / （一）加强组织领导。… · 工作要求： / 1.按时报送… · 备注：1.… / 2.… after the last line that
    attaches units: the lines of the plan's closing part, from the heading that opens it (grammar.text.is_closing_title)
    to the next 一、 heading that is no closing one. Its numbered lines are requirements rather than
    tasks without units. None when no such heading follows the last task, when no line attaches units
    at all (nothing says where the tasks end), or when its first 1. line (2. after 备注：1.…) carries on the
    tasks' numbering (二、强化组织保障 / 3.健全工作机制（牵头单位：…），…: tasks whose brackets stand mid-line)."""
    last = max((*carriers, *table_lines), default=None)
    if last is None:
        return None
    lines = doc.lines
    opening = next(
        (
            position
            for position in range(last + 1, len(lines))
            if lines[position].kind in _CLOSING_HEADINGS
            and (
                is_closing_title(doc.matched(lines[position].groups.get("title") or lines[position].body))
                or NOTES_WITH_FIRST_ITEM.match(doc.matched(lines[position].body))
            )
        ),
        None,
    )
    if opening is None:
        return None
    first_number = 2 if NOTES_WITH_FIRST_ITEM.match(doc.matched(lines[opening].body)) else 1
    end = len(lines)
    for position in range(opening + 1, len(lines)):
        line = lines[position]
        if line.kind is LineKind.SECTION and not is_closing_title(doc.matched(line.groups["title"])):
            end = position
            break
    first_task = next((position for position in range(opening, end) if lines[position].kind is LineKind.TASK), None)
    if first_task is not None and han_to_int(doc.matched(lines[first_task].groups["num"])) != first_number:
        return None
    return range(opening, end)


def infer_levels(doc: Document, table_lines: set[int], page: Page = UNWRAPPED) -> Levels:
    """Decide the task level from where units are attached (lines inside tables are left out), and
    where the plan's closing part lies. `page` measures a hard-wrapped text (a PDF's text layer)."""
    carried = _carriers(doc, table_lines, page)
    listed = _lists_under_bare_labels(doc, table_lines)
    levels = _task_level(doc, table_lines, carried, listed)
    outline = _outline_before_the_attachment(doc, levels.carriers, table_lines)
    titles = _attachments_listed_on(doc, set(levels.carriers), table_lines)
    return dataclasses.replace(
        levels,
        depths={
            **levels.depths,
            **dict.fromkeys(listed, Event.ITEM),
            **dict.fromkeys(outline, Event.TEXT),
            **dict.fromkeys(titles, Event.ATTACHMENT),
        },
        role_lines=frozenset(carried.role_lines),
        role_lines_going_on=frozenset(carried.role_lines_going_on),
        bare_sentences=frozenset(carried.bare_sentences),
    )


def _outline_before_the_attachment(doc: Document, carriers: tuple[int, ...], table_lines: set[int]) -> list[int]:
    """一、… / 1.… / 2.… in the notice's body, then 附件 and the plan whose tasks carry their units: where every line
    that attaches units stands after an attachment line and none before it, the numbered lines before it
    are the notice's own outline of the work (its 工作要点), text rather than tasks without units."""
    if not carriers:
        return []
    marker = next((index for index in range(carriers[0]) if doc.lines[index].kind is LineKind.ATTACHMENT), None)
    if marker is None:
        return []
    return [index for index in range(marker) if doc.lines[index].kind in NUMBERED and index not in table_lines]


# 附件：1.某县2024年重点工作任务分解表: an attachment line that opens a numbered list of the notice's attachments
_FIRST_ATTACHMENT = compile_pattern(r"\s{0,3}1\s{0,2}[.、]")
# 2.重点项目资金估算表。（略） · 1.某县任务分解表； : what may close a listed attachment's title (a stop, and the note
# that the copy leaves the attachment out)
_LISTED_TITLE_CLOSE = compile_pattern(r"[。;,]?\s{0,2}(?:\((?:略|附后|另发)\))?\s{0,2}[。;,]?\s*$")


def _attachments_listed_on(doc: Document, carriers: set[int], table_lines: set[int]) -> list[int]:
    """附件：1.X / 2.Y / 3.Z: the numbered lines that go on with an attachment line's list (2, 3, … in turn,
    each a title: no sentence, no units) name the notice's other attachments, not tasks; so do 1.X / 2.Y under
    a bare 附件：, where each ends like a document's title (…方案 · …清单)."""
    titles: list[int] = []
    for index, line in enumerate(doc.lines):
        value = line.groups.get("value") if line.kind is LineKind.ATTACHMENT else None
        if value is None:
            continue
        bare = not doc.matched(value).strip()
        if not bare and not _FIRST_ATTACHMENT.match(doc.matched(value)):
            continue
        expected = 1 if bare else 2
        for following in range(index + 1, len(doc.lines)):
            listed = doc.lines[following]
            if listed.kind is LineKind.BLANK:
                continue
            if listed.kind is not LineKind.TASK or following in carriers or following in table_lines:
                break
            if han_to_int(doc.matched(listed.groups["num"])) != expected:
                break
            title = doc.matched(listed.groups["text"])
            if (close := _LISTED_TITLE_CLOSE.search(title)) is not None:  # always: it may match nothing at the end
                title = title[: close.start()]
            if not is_title_like(title) or (bare and not TITLE_END.search(compact(title))):
                break
            titles.append(following)
            expected += 1
    return titles


def _lists_under_bare_labels(doc: Document, table_lines: set[int]) -> set[int]:
    """整改措施： / 1.对…摸底； / 2.对…收回。 / 责任领导：…: numbered lines right under a note's label that has no
    value of its own, up to the next labelled line, are that label's list (a problem's measures), items of
    the task the labels stand under rather than tasks; only where a labelled line follows the list."""
    listed: set[int] = set()
    for index, line in enumerate(doc.lines):
        if line.kind is not LineKind.FIELD or index in table_lines:
            continue
        if (value := line.groups.get("value")) is not None and doc.matched(value).strip():
            continue  # 整改措施：对…限期缴库。: the measure is the label's value, on its line
        if role_of_label(doc.matched(line.groups["label"])) is not Role.NOTE:
            continue
        run: list[int] = []
        following = index + 1
        while following < len(doc.lines) and doc.lines[following].kind in (LineKind.TASK, *_PASSED_OVER):
            if doc.lines[following].kind is LineKind.TASK:
                run.append(following)
            following += 1
        closed = following < len(doc.lines) and doc.lines[following].kind is LineKind.FIELD
        if run and closed and not _numbered_line_after_fields(doc, following):
            listed.update(run)
    return listed


def _numbered_line_after_fields(doc: Document, position: int) -> bool:
    """整改措施： / 1.… / 责任单位：甲 / 2.… / 责任单位：乙: a numbered line after the labelled lines that close the
    run says each numbered line has labels of its own: they are tasks, not one label's list."""
    while position < len(doc.lines) and doc.lines[position].kind in (LineKind.FIELD, *_PASSED_OVER):
        position += 1
    return position < len(doc.lines) and doc.lines[position].kind is LineKind.TASK


def _task_level(doc: Document, table_lines: set[int], carried: _Carried, listed: set[int]) -> Levels:
    outside = [index for index in range(len(doc.lines)) if index not in table_lines and index not in listed]
    positions = [index for index in outside if doc.lines[index].kind in NUMBERED]
    carriers = _without_group_lines(doc, _without_overall_leads(doc, carried, positions), carried, positions)
    numbered_items = [index for index in outside if doc.lines[index].kind is LineKind.NUMBERED_ITEM]
    items, inner_items = _item_levels(doc, numbered_items, positions)
    points = [index for index in outside if doc.lines[index].kind is LineKind.REQUIREMENT]
    bare = carried.bare_sentences
    # where the tasks end: at the last line that attaches units by a label, a bracket or 由…; in a plan whose
    # units all stand in sentences of roles alone, no later than the closing heading after the first of them
    marked = [index for index in carriers if index not in bare] or carriers[:1]
    closing = _closing_part(doc, marked, table_lines)
    if closing is not None and bare:
        # 二、保障措施 / （一）加强组织领导。…县农业农村局牵头，各乡镇配合。: a sentence of roles alone does not
        # carry the plan into its closing part; there it is a requirement's own sentence
        carriers = [index for index in carriers if index not in bare or index not in closing]
    # 一是…（牵头单位：…） lines that carry their own units are tasks: they bound the lines above them.
    carrier_set = set(carriers)
    in_plan = [index for index in points if closing is None or index < closing.start]  # not 工作要求： / 一是…
    point_tasks = _points_with_units(doc, carriers, carried.no_units, positions, in_plan)
    own_units = sorted({*point_tasks, *(index for index in points if index in carrier_set)})
    ratio = _carrying(doc, carriers, sorted(positions + own_units))
    by_kind = {kind: tuple(index for index in positions if doc.lines[index].kind is kind) for kind in NUMBERED}
    by_kind[LineKind.NUMBERED_ITEM] = tuple(items)
    by_kind[LineKind.REQUIREMENT] = tuple(points)
    if not positions and not items and not table_lines and (blocks := _labelled_blocks(doc)):
        return Levels({}, tuple(carriers), by_kind, frozenset(blocks), closing=closing)
    if _parts_led_over_plain_tasks(doc, carriers, by_kind):
        # 一、扩大有效投资（由县发改局牵头实施） over 1. 2. tasks that name no units: the heading says who leads
        # its part (finish gives its tasks that lead), and the numbered lines are the tasks.
        headings = {LineKind.SECTION: Event.HEADING1, LineKind.SUBSECTION: Event.HEADING2, LineKind.TASK: Event.TASK}
        # no task attaches units here: only a table says where the tasks end and the closing starts
        return Levels(headings, (), by_kind, closing=_closing_part(doc, (), table_lines))
    below_tasks = dict.fromkeys(inner_items, Event.ITEM)  # ① under a (1) task stays part of it
    # the items carry units by lines that name them (a 完成时限： or 整改措施： line after a group names none)
    naming = [index for index in carriers if index not in carried.no_units]
    led_inner = _inner_items_with_units(naming, positions, items, inner_items)
    if ratio[LineKind.TASK] >= 0 and _items_are_tasks(doc, led_inner.carriers, positions, items):
        headings = {LineKind.SECTION: Event.HEADING1, LineKind.SUBSECTION: Event.HEADING2, LineKind.TASK: Event.TOPIC}
        tasks = {**headings, LineKind.NUMBERED_ITEM: Event.TASK}
        # (2)住房安全方面。 / ①…（牵头单位：X） under it: an item with no units of its own over ① lines that carry
        # theirs is a topic, and the ① lines are its tasks
        below_tasks.update(dict.fromkeys(led_inner.owners, Event.TASK))
        below_tasks.update(dict.fromkeys(led_inner.owners.values(), Event.TOPIC))
        return Levels(tasks, tuple(carriers), by_kind, depths=below_tasks, closing=closing)
    # （一）扩大有效投资。 / (1)…（X牵头） / (2)…（Y牵头） with no 1. line, or 一、提升政务服务效能 / (1)…（X牵头） with
    # neither a （一） nor a 1. line: the (1) items are the tasks
    over = LineKind.SUBSECTION if ratio[LineKind.SUBSECTION] >= 0 else LineKind.SECTION
    if ratio[LineKind.TASK] < 0 and _items_are_tasks(doc, carriers, positions, items, over=over):
        headings = {LineKind.SECTION: Event.HEADING1, LineKind.SUBSECTION: Event.HEADING2}
        tasks = {**headings, LineKind.NUMBERED_ITEM: Event.TASK}
        return Levels(tasks, tuple(carriers), by_kind, depths=below_tasks, closing=closing)
    # 一、深入打好蓝天保卫战 / ▲推进…。责任单位：X / ▲淘汰…。责任单位：Y with no numbered task line: the bullets
    # that carry their own units are the tasks, unnumbered (a newspaper's list)
    bullets = [
        index
        for index in outside
        if doc.lines[index].kind is LineKind.SUB_ITEM and (closing is None or index < closing.start)
    ]
    if ratio[LineKind.TASK] < 0 and _items_are_tasks(doc, carriers, positions, bullets, over=over):
        headings = {LineKind.SECTION: Event.HEADING1, LineKind.SUBSECTION: Event.HEADING2}
        by_kind[LineKind.SUB_ITEM] = tuple(bullets)
        return Levels(headings, tuple(carriers), by_kind, depths=dict.fromkeys(bullets, Event.TASK), closing=closing)
    present = [kind for kind in NUMBERED if ratio[kind] >= 0]
    carrying = [kind for kind in present if ratio[kind] > 0]
    preference = {LineKind.TASK: 0, LineKind.SUBSECTION: 1, LineKind.SECTION: 2}
    # Nothing carries units (tasks in tables, or no plan at all): the usual 一、 / （一） / 1. levels.
    task_kind = max(carrying, key=lambda kind: (ratio[kind], -preference[kind])) if carrying else LineKind.TASK
    if task_kind is not LineKind.TASK and (
        paragraphs := _paragraph_tasks(doc, carriers, carried.named_alone, positions, task_kind)
    ):
        headings = {LineKind.SECTION: Event.HEADING1, LineKind.SUBSECTION: Event.HEADING2, LineKind.TASK: Event.ITEM}
        return Levels(headings, tuple(carriers), by_kind, frozenset(paragraphs), closing=closing)
    numbered = {task_kind: Event.TASK}
    above = [kind for kind in (LineKind.SECTION, LineKind.SUBSECTION) if preference[kind] > preference[task_kind]]
    for kind, event in zip(above, (Event.HEADING1, Event.HEADING2), strict=False):
        numbered[kind] = event
    for kind in NUMBERED:
        numbered.setdefault(kind, Event.ITEM)
    depths = _mixed_depths(carriers, by_kind, task_kind)
    led, paragraphs = _paragraphs_under_led_headings(doc, positions, task_kind)
    for heading in led:
        depths.pop(heading, None)  # a heading that says who leads its part is no task
    if task_kind is LineKind.TASK:
        topics, opened = _numbered_titles_over_paragraphs(doc, carriers, carried.named_alone, positions)
        depths.update(dict.fromkeys(topics, Event.TOPIC))
        paragraphs = [*paragraphs, *opened]
    depths.update(dict.fromkeys(point_tasks, Event.TASK))
    if task_kind is LineKind.SECTION:
        # 第一部分 经济发展 / 一、…〔责任单位：…〕: where 一、 lines are the tasks, a part is the heading over them
        parts = (index for index in by_kind[LineKind.SECTION] if index not in carrier_set)
        depths.update(
            (index, Event.HEADING1) for index in parts if PART_HEADING.match(doc.matched(doc.lines[index].body))
        )
    levels = Levels(numbered, tuple(carriers), by_kind, frozenset(paragraphs), depths, closing=closing)
    siblings = _unnumbered_siblings(doc, levels, carried.own_sentence - carried.named_alone, table_lines)
    return dataclasses.replace(levels, paragraphs=levels.paragraphs | frozenset(siblings)) if siblings else levels
