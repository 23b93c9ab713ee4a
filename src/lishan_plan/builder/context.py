"""The builder's state: what is open (section, subsection, task), what was met, and one `emit`.

Handlers in build.py read and change only this object; nothing else holds parser state.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from ..diagnostics import rule
from ..grammar.numerals import han_to_int, iso_date
from ..grammar.owners import HeadingOwners, heading_owners
from ..grammar.roles import ForwardNote, Reading, backward_note, backward_reach, closing_role_bracket, forward_notes
from ..grammar.text import SENTENCE_ENDS, compact
from ..lines.classify import Document, Line
from ..lines.layout import UNWRAPPED, Page
from ..lines.patterns import LineKind
from ..model import Finding, Noise, NoiseKind, Note, Script, Section, Subsection, TextBlock, Topic, trusted
from ..spans import Offsets, TextBuilder
from .drafts import GroupDraft, LabelledValues, Paragraphs, TaskDraft, ValueDraft
from .header import PUBLISHED, HeaderDraft, is_title_like
from .levels import NUMBERED, Event, Levels
from .tables.block import TableBlock


class State(StrEnum):
    """Where in the document the builder is (see build.py for the transitions)."""

    HEADER = "header"
    NOTICE = "notice"
    SIGNED = "signed"
    PLAN = "plan"
    BODY = "body"
    TASK = "task"
    UNITS = "units"
    CLOSING = "closing"


# A handler places one line and says which state comes next.
Handler = Callable[["BuildContext", Line], State]

# An unnumbered topic heading (推进企业技术改造) is short: at most this many characters.
MAX_TOPIC = 30
PARAGRAPH_END = SENTENCE_ENDS + ":"  # a full line that ends so ends its paragraph there


@dataclass
class ClosingDraft:
    paragraphs: Paragraphs = field(default_factory=Paragraphs)
    requirements: list[list[Line]] = field(default_factory=list)

    def add_text(self, line: Line, continues: bool) -> None:
        if self.requirements and continues:
            self.requirements[-1].append(line)
        else:
            self.paragraphs.add(line, continues)

    def lines(self) -> list[Line]:
        requirement_lines = [line for lines in self.requirements for line in lines]
        return sorted(self.paragraphs.lines + requirement_lines, key=lambda line: line.start)

    def demote_to_pending(self, ctx: BuildContext) -> None:
        ctx.pending.extend(self.lines())
        self.paragraphs = Paragraphs()
        self.requirements = []


@dataclass(frozen=True, slots=True)
class BackwardNote:
    """A note after the tasks it speaks of: its reading, where it is printed, and its section (and
    subsection, when one is open)."""

    reading: Reading
    start: int
    section: int
    subsection: int | None
    reach: int | None = None  # how many of the tasks above it speaks of (该目标… one, 3项目标… three), None: all


# A notice whose points close with a sentence of roles (X负责，Y配合。) this many times or more is a plan of such
# points, not a cover notice with one point that says who does it
MIN_BARE_SENTENCE_TASKS = 3


@dataclass
class BuildContext:
    doc: Document
    path: str | None
    script: Script
    levels: Levels
    tables: dict[int, TableBlock]
    state: State
    page: Page = UNWRAPPED  # a PDF page's width and the indent every text line shares, where hard-wrapped
    running: set[int] = field(default_factory=set)  # line indices of running page headers
    position: int = 0
    header: HeaderDraft = field(default_factory=HeaderDraft)
    notice: Paragraphs = field(default_factory=Paragraphs)
    plan_title: Paragraphs = field(default_factory=Paragraphs)
    preamble: Paragraphs = field(default_factory=Paragraphs)
    sections: list[Section] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)  # topics outside any section
    subsection: int | None = None
    # The sections are （一） headings, in a notice (or a table) with no 一、 above them: each is a section
    top_level_subsections: bool = False
    topic: str | None = None
    # the open topic is a numbered title over paragraphs (1. 约束性指标的责任部门): the next numbered task ends it
    topic_numbered: bool = False
    open_heading: Line | None = None
    task: TaskDraft | None = None
    drafts: list[TaskDraft] = field(default_factory=list)
    tasks_in_container: int = 0
    pending: list[Line] = field(default_factory=list)
    closing: ClosingDraft = field(default_factory=ClosingDraft)
    noise: list[Noise] = field(default_factory=list)
    unplaced: list[TextBlock] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    body_started: bool = False
    last_content: Line | None = None
    appended_to: str | None = None  # what the current line extended: "value", "group", "item" or "text"
    last_appended: str | None = None
    _dates: list[int] | None = None
    # Owners a heading's title names for its tasks (王纲市长主抓… · 省审计厅牵头的工作), document offsets, by
    # (section, subsection or None).
    heading_owners: dict[tuple[int, int | None], HeadingOwners] = field(default_factory=dict)
    # Paragraphs of their own that assign units to the tasks after them (以下任务均需X落实…), with the
    # index of the section they stand in.
    forward_notes: list[tuple[ForwardNote, int | None]] = field(default_factory=list)
    # Labelled values under a heading before its first task (牵头县领导：… / 牵头单位：…), by (section,
    # subsection or None): the finish gives them to the heading's tasks that do not name their own.
    groups: dict[tuple[int, int | None], GroupDraft] = field(default_factory=dict)
    # Paragraphs of their own after the tasks they speak of ((以上任务牵头单位：…)), in document order: the
    # finish gives their roles to those tasks that do not name their own.
    backward_notes: list[BackwardNote] = field(default_factory=list)
    # The role bracket closing a heading over tasks of its own ((二)壮大数字经济（牵头单位：X；责任单位：Y）), by
    # (section, subsection or None): the finish gives its roles to the heading's tasks that do not name them.
    heading_brackets: dict[tuple[int, int | None], Reading] = field(default_factory=dict)

    def __repr__(self) -> str:
        task = f"{self.task.label}" if self.task else None
        return (
            f"BuildContext(line={self.position + 1}, state={self.state.value}, sections={len(self.sections)}, "
            f"subsection={self.subsection}, task={task}, pending={len(self.pending)})"
        )

    # -- positions and findings ----------------------------------------------------------------
    def emit(self, code: str, offset: int, *, task_id: str | None = None, **args: str | int) -> None:
        """Report a structural problem through the catalogue."""
        self.findings.append(rule(code).finding(self.doc.index, offset, self.path, task_id=task_id, args=args))

    def published(self) -> str | None:
        """The page's publication date, printed above the current line, or None."""
        for line in self.doc.lines[: self.position]:
            match = PUBLISHED.search(self.doc.matched(line.body))
            if match and (date := iso_date(match["date"])) is not None:
                return date
        return None

    def wrapped(self, line: Line) -> bool:
        """Whether the line fills the page width of a hard-wrapped text (PDF text layer).

        A full line that ends a sentence (。 ： ；) is taken to end its paragraph there. A paragraph's first
        line is measured with its indent (首行缩进): it is as full as the lines under it.
        """
        if not self.page.filled_by(self.doc, line):
            return False
        body = self.doc.matched(line.body)
        return not body or body[-1] not in PARAGRAPH_END

    def event_of(self, line: Line) -> Event:
        """The event a line is to the machine: its kind's, except that two are text. A label line (牵头单位：…)
        or a line of units and their verbs met while the open task's text stops inside a bracket is that
        bracket's content; a line of units and their verbs that goes on a hard-wrapped line or an open
        value (责任单位：A、B、 / C按职责分工负责) is more of it."""
        event = self.levels.event_at(self.position, line.kind)
        if event is Event.ROLES and (self.continues(line) or self.value_goes_on(line)):
            return Event.TEXT
        if event not in (Event.FIELD, Event.ROLES) or self.task is None or self.last_appended != "text":
            return event
        return Event.TEXT if self.task.stops_inside_bracket() else event

    def continues(self, line: Line) -> bool:
        """Whether `line` goes on with the previous content line (which was hard-wrapped)."""
        return self.continues_from(self.last_content, line)

    def continues_from(self, previous: Line | None, line: Line) -> bool:
        """Whether `line` goes on with `previous`, a hard-wrapped content line."""
        if line.joins_above and previous is not None:
            return True  # a document site's page chunk broke the sentence here
        indented = line.body[0] - line.start - self.page.margin.chars >= 2
        return previous is not None and self.wrapped(previous) and not indented

    def value_goes_on(self, line: Line) -> bool:
        """Whether `line` goes on the open task's last value: a hard-wrapped line, a value the label line
        left empty or ended with a separator, a list broken off inside a name, or the rest of a line of
        units and their verbs a wrap cut (levels.role_lines_going_on)."""
        task = self.task
        if task is None or not task.values or self.last_appended != "value":
            return False
        return self.goes_on(task, line)

    def goes_on(self, values: LabelledValues, line: Line) -> bool:
        """Whether `line` goes on the last of `values` (see `value_goes_on`)."""
        return (
            self.continues(line)
            or values.open_value_is_empty()
            or values.open_value_breaks_off()
            or (values.open_note_breaks_off() and self.right_under_the_last())
            or values.open_list_breaks_off_before(self.doc.matched(line.body))
            or self.position in self.levels.role_lines_going_on
        )

    def right_under_the_last(self) -> bool:
        """Whether the current line stands right under the one before it, no blank line between."""
        return self.position > 0 and self.doc.lines[self.position - 1].kind is not LineKind.BLANK

    def continues_list(self, line: Line) -> bool:
        """Whether a line breaks off inside a list: it ends with a separator or is hard-wrapped."""
        body = self.doc.matched(line.body).rstrip()
        return bool(body) and (body[-1] in ",、;" or self.wrapped(line))

    def next_event(self) -> Event | None:
        lines = self.doc.lines
        for position in range(self.position + 1, len(lines)):
            event = self.levels.event_at(position, lines[position].kind)
            if event not in (Event.BLANK, Event.NOISE):
                return event
        return None

    def plan_starts_at(self, line: Line) -> bool:
        """Whether a numbered line in the notice text opens the plan: its title reads as a heading,
        and units are attached under it before the next line like it and before any signature."""
        title = self.doc.matched(line.groups.get("title") or line.groups.get("text") or line.body)
        if self.levels.event_of(line.kind) is Event.HEADING1 and "。" in title.rstrip("。"):
            return False
        if not self.levels.units_follow(self.position, line.kind):
            return False
        carrier = self.levels.carriers[bisect.bisect_left(self.levels.carriers, self.position)]
        if carrier in self.levels.bare_sentences and len(self.levels.bare_sentences) < MIN_BARE_SENTENCE_TASKS:
            # 2.…。保洁公司负责，村委会配合。 among the notice's own points: no plan; every heading of a 实施意见
            # closing so (（一）…。市商务局负责，市财政局配合。 / （二）…。市交通局负责，…) is its plan
            return False
        dates = self.date_positions()
        signature = bisect.bisect_right(dates, self.position)
        return signature == len(dates) or dates[signature] > carrier

    def units_ahead(self) -> bool:
        """Whether units are attached after the current line before the next heading or task."""
        carriers = self.levels.carriers
        carrier = bisect.bisect_right(carriers, self.position)
        if carrier == len(carriers):
            return False
        headings_and_tasks = (self.levels.positions.get(kind, ()) for kind in NUMBERED)
        following = [
            positions[index]
            for positions in headings_and_tasks
            if (index := bisect.bisect_right(positions, self.position)) < len(positions)
        ]
        return not following or carriers[carrier] < min(following)

    def plan_goes_on(self) -> bool:
        """Whether a heading or task of the plan comes after the current line."""
        return any(
            bisect.bisect_right(positions, self.position) < len(positions)
            for positions in (self.levels.positions.get(kind, ()) for kind in NUMBERED)
        )

    def date_positions(self) -> list[int]:
        if self._dates is None:
            self._dates = [index for index, line in enumerate(self.doc.lines) if line.kind is LineKind.DATE]
        return self._dates

    def is_topic(self, line: Line) -> bool:
        """An unnumbered short heading directly above a task (推进企业技术改造)."""
        text = self.doc.matched(line.body).strip()
        if not text or text[0] in "([":  # a bracketed line is a note or a unit bracket, not a heading
            return False
        return len(text) <= MAX_TOPIC and is_title_like(text) and self.next_event() is Event.TASK

    # -- noise, unplaced, pending -----------------------------------------------------------------
    def add_noise(self, line: Line, kind: NoiseKind) -> None:
        self.noise.append(
            trusted(Noise)(kind=kind, text=self.doc.printed(line.body), span=self.doc.index.span(line.start, line.end))
        )

    def add_unplaced(self, line: Line) -> None:
        self.unplaced.append(
            trusted(TextBlock)(text=self.doc.printed(line.body), span=self.doc.index.span(line.start, line.end))
        )

    def flush_pending(self) -> None:
        """Loose text followed by more plan: it could not be placed, so say so and keep it."""
        for line in self.pending:
            self.emit("LP302", line.body[0], excerpt=self.doc.printed(line.body)[:40])
            self.add_unplaced(line)
        self.pending = []

    def close_pending_into_closing(self) -> None:
        for line in self.pending:
            self.closing.add_text(line, False)
        self.pending = []

    # -- containers --------------------------------------------------------------------------------
    def section_index(self) -> int | None:
        return len(self.sections) - 1 if self.sections else None

    def add_topic(self, title: str, start: int, end: int, *, numbered: bool = False) -> None:
        """An unnumbered heading (a topic line, or a table's group row) the tasks after it stand under; or a
        numbered title over paragraph tasks (`numbered`), which they stand under up to the next numbered task."""
        self.leave_task()
        topic = trusted(Topic)(title=title, span=self.doc.index.span(start, end))
        self.container_topics().append(topic)
        self.topic = topic.title
        self.topic_numbered = numbered

    def container_topics(self) -> list[Topic]:
        if not self.sections:
            return self.topics
        section = self.sections[-1]
        return section.subsections[self.subsection].topics if self.subsection is not None else section.topics

    def heading_has_no_tasks(self) -> bool:
        return self.tasks_in_container == 0

    def add_forward_note(self, line: Line) -> bool:
        """A paragraph that assigns units to the tasks after it (以下任务均需各乡镇落实，不再一一列出):
        a note of the open section or subsection whose units the finish stage carries forward."""
        notes = forward_notes(self.doc.mapped(line.body).strip(" \t\f。."))
        if not notes or not self.sections:
            return False
        self.forward_notes.extend((note, self.section_index()) for note in notes)
        self.leave_task()
        self.flush_pending()
        pending, self.pending = self.pending, []
        self.add_container_note(line)
        self.pending = pending
        return True

    def _roles_closing(self, title: Offsets) -> Reading | None:
        """The roles a bracket at the end of a heading's title gives (the levels made it a heading because
        numbered lines under it carry units of their own), None when it names none."""
        closing = closing_role_bracket(self.doc.mapped(title))
        return closing[1] if closing is not None and closing[1].says_roles() else None

    def add_backward_note(self, line: Line) -> bool:
        """A paragraph that gives roles to the tasks above it ((以上任务牵头单位：X；配合单位：Y)): a note of the
        open section or subsection, whose roles the finish stage gives to its tasks above it since the
        previous such note."""
        if not self.sections or (reading := backward_note(self.doc.mapped(line.body))) is None:
            return False
        self.leave_task()
        self.flush_pending()
        reach = backward_reach(self.doc.matched(line.body))
        self.backward_notes.append(BackwardNote(reading, line.start, len(self.sections) - 1, self.subsection, reach))
        self.add_container_note(line)
        return True

    def open_group(self) -> GroupDraft | None:
        """The values of the open heading, while no task stands under it yet (None otherwise)."""
        if not self.sections or not self.heading_has_no_tasks():
            return None
        return self.groups.get((len(self.sections) - 1, self.subsection))

    def start_group(self, line: Line) -> GroupDraft | None:
        """The group of the open heading for a labelled line under it, started at `line` if need be; None
        when no heading is open or a task already stands under it."""
        if not self.sections or not self.heading_has_no_tasks() or self.topic is not None:
            return None  # under a topic (——工业投资 / 牵头单位：…) the value is the topic's, not the heading's
        return self.groups.setdefault((len(self.sections) - 1, self.subsection), GroupDraft(line.body[0]))

    def add_container_note(self, line: Line) -> None:
        if not self.sections:
            self.pending.append(line)
            return
        section = self.sections[-1]
        notes = section.subsections[self.subsection].notes if self.subsection is not None else section.notes
        span = self.doc.index.span(line.start, line.end)
        text = self.doc.printed(line.body).strip()
        if notes and self.continues(line):
            last = notes[-1]
            notes[-1] = trusted(Note)(
                label=last.label, text=last.text + text, span=self.doc.index.span(last.span.start, line.end)
            )
        else:
            notes.append(trusted(Note)(text=text, span=span))

    def extend_heading(self, line: Line) -> bool:
        """A hard-wrapped heading goes on on the next line."""
        if not self.sections or self.open_heading is None:
            return False
        section = self.sections[-1]
        heading: Section | Subsection = section.subsections[self.subsection] if self.subsection is not None else section
        heading.title += self.doc.printed(line.body).strip()
        heading.heading_span = self.doc.index.span(heading.heading_span.start, line.end)
        heading.span = heading.heading_span
        self.open_heading = line if self.wrapped(line) else None
        return True

    # -- tasks ------------------------------------------------------------------------------------
    def open_task(
        self,
        label: str,
        number: int | None,
        start: int,
        end: int,
        text: TextBuilder,
        values: list[ValueDraft] | None = None,
        *,
        from_table: bool = False,
        group: int | None = None,
    ) -> TaskDraft:
        """Start a task under the open section, subsection and topic."""
        draft = TaskDraft(
            label=label,
            number=number,
            start=start,
            end=end,
            text=text,
            section=self.section_index(),
            subsection=self.subsection,
            topic=self.topic,
            values=values if values is not None else [],
            from_table=from_table,
            group=group,
        )
        self.start_task(draft)
        return draft

    def start_task(self, draft: TaskDraft) -> None:
        self.leave_task()
        self.flush_pending()
        self.drafts.append(draft)
        self.task = draft
        self.tasks_in_container += 1
        self.appended_to = "text"

    def leave_task(self) -> None:
        self.task = None

    def hand_over_drafts(self) -> Iterator[TaskDraft]:
        """The task drafts in order, each forgotten as it is handed over, so the finish can free a
        draft's text pieces as soon as its task is built (the peak of a long notice's memory)."""
        drafts, self.drafts = self.drafts, []
        drafts.reverse()
        while drafts:
            yield drafts.pop()

    def add_title_line(self, line: Line) -> None:
        """A line of the plan title; one that repeats the whole title so far (a page's title over the document's
        own heading: 2025年某市目标管理方案 / 2025年某市目标管理方案) is the same title printed twice, kept as page
        chrome."""
        if self.plan_title and compact(self.doc.matched(line.body)) == compact(self.plan_title.mapped(self.doc).text):
            self.add_noise(line, NoiseKind.PAGE_CHROME)
            return
        self.plan_title.add(line, True)

    def begin_body(self) -> None:
        """The plan body starts: straight after the front matter (no notice text, no signature),
        the front-matter text is the plan's title and preamble."""
        if self.body_started:
            return
        self.body_started = True
        if self.state is State.HEADER and self.header.recipients is None and self.header.texts:
            for line in self.header.texts:
                if is_title_like(self.doc.matched(line.body)) and not self.preamble:
                    self.add_title_line(line)
                else:
                    self.preamble.add(line, self.continues(line))
            moved = {line.start for line in self.header.texts}
            self.header.lines = [line for line in self.header.lines if line.start not in moved]
            self.header.texts = []

    def after(self, line: Line, event: Event) -> None:
        if event not in (Event.BLANK, Event.NOISE):
            self.last_content = line
            self.last_appended = self.appended_to
            if event not in (Event.TEXT, Event.HEADING1, Event.HEADING2):
                self.open_heading = None
        self.appended_to = None

    def add_heading(self, level: LineKind, groups: Mapping[str, Offsets], start: int, end: int) -> None:
        """Open a section (一、) or, under the open section, a subsection (（一）) from its numeral
        and title groups; tasks that follow go under it."""
        self.leave_task()
        numeral, title = groups.get("num"), groups.get("title")
        label = self.doc.printed(numeral).strip() if numeral else ""
        number = (han_to_int(self.doc.matched(numeral)) or 0) if numeral else 0
        heading = self.doc.printed(title).strip() if title else ""
        span = self.doc.index.span(start, end)
        if level is LineKind.SECTION or not self.sections or self.top_level_subsections:
            # （一） with no section open opens one, and so does each （一） after it while no 一、 comes
            self.top_level_subsections = level is not LineKind.SECTION
            self.sections.append(
                trusted(Section)(label=label, number=number, title=heading, span=span, heading_span=span)
            )
            self.subsection = None
        else:
            section = self.sections[-1]
            section.subsections.append(
                trusted(Subsection)(label=label, number=number, title=heading, span=span, heading_span=span)
            )
            self.subsection = len(section.subsections) - 1
        if title is not None:
            owners = heading_owners(self.doc.matched(title))
            if owners.leaders or owners.units:
                self.heading_owners[len(self.sections) - 1, self.subsection] = owners.shifted(title[0])
            elif (reading := self._roles_closing(title)) is not None:
                self.heading_brackets[len(self.sections) - 1, self.subsection] = reading
        self.tasks_in_container = 0
        self.topic = None
