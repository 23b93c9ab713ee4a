"""Build: fold classified lines into the notice tree with a state machine.

States follow the document: the front matter (HEADER), the notice text (NOTICE), the signature
block (SIGNED), the plan's title and preamble (PLAN), the body (BODY, TASK while a task's text is
open, UNITS once its units have started) and the closing (CLOSING). `TRANSITIONS` says, for each
state and event, which handler places the line; every handler has the signature
(ctx, line) -> next state. TEXT has a handler in every state, so every line lands somewhere.
This module reads only line kinds and groups; it runs no regex of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from .brackets import read_bracket, role_of_label, trailing_bracket
from .classify import Document, Line
from .context import BuildContext, State
from .drafts import ItemDraft, TaskDraft
from .header import is_issuer, is_title_like
from .levels import Event
from .model import Noise, NoiseKind, Section, Subsection, Topic
from .numbers import han_to_int
from .patterns import LineKind
from .spans import TextBuilder
from .tables import TableBlock

Handler = Callable[[BuildContext, Line], State]


# -- front matter --------------------------------------------------------------------------------
def header_line(ctx: BuildContext, line: Line) -> State:
    """Letterhead, document number, metadata, title lines, page chrome before the recipients."""
    ctx.header.lines.append(line)
    doc, header = ctx.doc, ctx.header
    if line.kind is LineKind.LETTERHEAD and header.letterhead is None:
        header.letterhead = doc.printed(line.body)
    elif line.kind is LineKind.DOC_NUMBER:
        if header.doc_number is None:
            header.doc_number = doc.printed(line.groups["value"]).strip()
        if "rest" in line.groups and header.glued_title is None:
            header.glued_title = doc.group(line, "rest")
    elif line.kind is LineKind.META:
        key = "".join(doc.matched(line.groups["key"]).split())
        value = doc.printed(line.groups["value"]).strip()
        header.metadata.setdefault(key, value)
    elif line.kind is LineKind.DATE:
        header.metadata.setdefault("成文日期", doc.printed(line.body))
    else:
        header.texts.append(line)
    return State.HEADER


def recipients_line(ctx: BuildContext, line: Line) -> State:
    """The addressees (…各有关单位：), with any wrapped line of them after the title."""
    ctx.header.lines.append(line)
    title_lines = {title.no for title in ctx.header.title_block(ctx.doc)}
    last_title = max(title_lines, default=0)
    prefix = [text for text in ctx.header.texts if text.no > last_title]
    ctx.header.texts = [text for text in ctx.header.texts if text.no <= last_title]
    ctx.header.recipients = "".join(ctx.doc.printed(text.body) for text in prefix) + ctx.doc.printed(line.body)
    return State.NOTICE


def header_field(ctx: BuildContext, line: Line) -> State:
    """A labelled line before any notice text: a unit line opens a plan without a notice, but a
    bare label ending the front matter (…各有关单位：) is the recipients line."""
    if not ctx.doc.matched(line.groups.get("value", line.body)).strip():
        return recipients_line(ctx, line)
    return enter_body(field_line)(ctx, line)


def notice_text(ctx: BuildContext, line: Line) -> State:
    """The notice's own paragraphs (including its own 一、二、 points and 附件 lines)."""
    ctx.header.lines.append(line)
    if line.kind is LineKind.ATTACHMENT and "value" in line.groups:
        ctx.header.attachments.append(ctx.doc.printed(line.groups["value"]).strip())
    ctx.notice.add(line, ctx.continues(line))
    return State.NOTICE


def notice_numbered(ctx: BuildContext, line: Line) -> State:
    """A numbered line in the notice text: the notice's own point (一、明确责任。…), or the plan itself
    when the notice embeds it (a heading with units attached below it, before any signature)."""
    if ctx.plan_starts_at(line):
        handler = open_section if ctx.levels.event_of(line.kind) is Event.HEADING1 else open_task
        return enter_body(handler)(ctx, line)
    return notice_text(ctx, line)


def signature_date(ctx: BuildContext, line: Line) -> State:
    """The date under the signing body; the line above it is the issuer when it looks like one."""
    ctx.header.lines.append(line)
    if ctx.notice and is_issuer(ctx.doc.matched(ctx.notice.lines[-1].body)):
        ctx.header.issuer = ctx.doc.printed(ctx.notice.pop().body).strip()
    ctx.header.date = ctx.iso_date(line)
    return State.SIGNED


def publication_mark(ctx: BuildContext, line: Line) -> State:
    ctx.header.lines.append(line)
    if ctx.header.publication is None:
        ctx.header.publication = ctx.doc.printed(line.groups["value"]).strip()
    return State.SIGNED if ctx.state in (State.HEADER, State.NOTICE, State.SIGNED) else ctx.state


def attachment_marker(ctx: BuildContext, line: Line) -> State:
    """附件 / 附件1 before the plan: a marker, kept as noise; a listed title goes to meta."""
    if "value" in line.groups and ctx.doc.matched(line.groups["value"]).strip():
        ctx.header.attachments.append(ctx.doc.printed(line.groups["value"]).strip())
    ctx.add_noise(line, NoiseKind.MARKER)
    return ctx.state


def plan_heading_text(ctx: BuildContext, line: Line) -> State:
    """After the signature: short lines are the plan title, a paragraph starts the preamble."""
    if not ctx.preamble and is_title_like(ctx.doc.matched(line.body)):
        ctx.plan_title.add(line, True)
        return State.SIGNED
    ctx.preamble.add(line, ctx.continues(line))
    return State.PLAN


def preamble_text(ctx: BuildContext, line: Line) -> State:
    ctx.preamble.add(line, ctx.continues(line))
    return State.PLAN


def imprint_line(ctx: BuildContext, line: Line) -> State:
    ctx.add_noise(line, NoiseKind.IMPRINT)
    return ctx.state


def noise_line(ctx: BuildContext, line: Line) -> State:
    kind = {"page-number": NoiseKind.PAGE_NUMBER, "table-rule": NoiseKind.TABLE_RULE}.get(
        line.kind.value, NoiseKind.PAGE_CHROME
    )
    ctx.add_noise(line, kind)
    return ctx.state


def blank_line(ctx: BuildContext, line: Line) -> State:
    return ctx.state


# -- the plan body ---------------------------------------------------------------------------------
def open_section(ctx: BuildContext, line: Line) -> State:
    ctx.leave_task()
    title = ctx.doc.printed(line.groups.get("title", line.body)).strip()
    numeral = ctx.doc.printed(line.groups["num"]).strip()
    span = ctx.doc.index.span(line.start, line.end)
    ctx.sections.append(
        Section(
            label=numeral,
            number=han_to_int(ctx.doc.matched(line.groups["num"])) or 0,
            title=title,
            span=span,
            heading_span=span,
        )
    )
    ctx.subsection = None
    ctx.topic = None
    ctx.open_heading = line if ctx.wrapped(line) else None
    return State.BODY


def open_subsection(ctx: BuildContext, line: Line) -> State:
    if not ctx.sections:
        return open_section(ctx, line)
    ctx.leave_task()
    title = ctx.doc.printed(line.groups.get("title", line.body)).strip()
    span = ctx.doc.index.span(line.start, line.end)
    section = ctx.sections[-1]
    section.subsections.append(
        Subsection(
            label=ctx.doc.printed(line.groups["num"]).strip(),
            number=han_to_int(ctx.doc.matched(line.groups["num"])) or 0,
            title=title,
            span=span,
            heading_span=span,
        )
    )
    ctx.subsection = len(section.subsections) - 1
    ctx.topic = None
    ctx.open_heading = line if ctx.wrapped(line) else None
    return State.BODY


def open_task(ctx: BuildContext, line: Line) -> State:
    ctx.leave_task()
    text_group = line.groups.get("text") or line.groups.get("title") or line.body
    marker = ctx.doc.printed((line.body[0], text_group[0])).strip()
    ctx.start_task(
        TaskDraft(
            label=marker,
            number=han_to_int(ctx.doc.matched(line.groups["num"])) or 0,
            start=line.start,
            end=line.end,
            text=TextBuilder(ctx.doc.mapped(text_group)),
            section=ctx.section_index(),
            subsection=ctx.subsection,
            topic=ctx.topic,
        )
    )
    return State.UNITS if ctx.task and ctx.task.has_trailing_units() else State.TASK


def task_text(ctx: BuildContext, line: Line) -> State:
    """A line inside a task before its units: more task text, a topic, or a bracket of units."""
    task = ctx.task
    assert task is not None
    if not ctx.continues(line) and ctx.is_topic(line):
        return add_topic(ctx, line)
    if not ctx.continues(line) and standalone_bracket(ctx, line):
        return State.UNITS
    task.text.add(ctx.doc.mapped(line.body), "" if ctx.continues(line) else "\n")
    task.extend_to(line.end)
    ctx.appended_to = "text"
    return State.UNITS if task.has_trailing_units() else State.TASK


def units_text(ctx: BuildContext, line: Line) -> State:
    """A line after a task's units: a wrapped unit list goes on, anything else leaves the task."""
    task = ctx.task
    assert task is not None
    if task.values and (ctx.continues(line) or task.open_value_is_empty()) and ctx.last_appended == "value":
        task.continue_value(ctx.doc.mapped(line.body))
        task.extend_to(line.end)
        ctx.appended_to = "value"
        return State.UNITS
    if ctx.continues(line) and not task.values:
        task.text.add(ctx.doc.mapped(line.body))
        task.extend_to(line.end)
        return State.UNITS
    if standalone_bracket(ctx, line):
        return State.UNITS
    if ctx.is_topic(line):
        return add_topic(ctx, line)
    ctx.leave_task()
    ctx.pending.append(line)
    return State.BODY


def standalone_bracket(ctx: BuildContext, line: Line) -> bool:
    """A paragraph that is only a role bracket: units for the task above ((责任单位:…) after sub-items)."""
    task = ctx.task
    text = ctx.doc.mapped(line.body)
    bracket = trailing_bracket(text)
    if task is None or bracket is None or bracket[0] != 0:
        return False
    reading = read_bracket(text.slice(1, bracket[1]))
    if reading is None:
        return False
    task.reading.extend(reading)
    task.extend_to(line.end)
    return True


def field_line(ctx: BuildContext, line: Line) -> State:
    """牵头单位：… / 责任单位：… / 牵头领导：… / 完成时限：… under the open task."""
    task = ctx.task
    label = ctx.doc.group(line, "label")
    if task is None:
        ctx.emit("LP301", line.body[0], label=label.printed())
        ctx.add_unplaced(line)
        return ctx.state
    task.add_value(role_of_label(label.text), ctx.doc.group(line, "value"), label)
    task.extend_to(line.end)
    ctx.appended_to = "value"
    return State.UNITS


def sub_item(ctx: BuildContext, line: Line) -> State:
    """(1) … / ▲ … / ① … inside a task: part of the task, never a task."""
    task = ctx.task
    if task is None:
        return body_text(ctx, line)
    label_group = line.groups.get("label") or (line.body[0], line.groups.get("text", line.body)[0])
    text_group = line.groups.get("text") or line.groups.get("title") or line.body
    label = ctx.doc.printed(label_group).strip()
    task.items.append(ItemDraft(label, TextBuilder(ctx.doc.mapped(text_group)), line.start, line.end))
    task.extend_to(line.end)
    ctx.appended_to = "item"
    return ctx.state if ctx.state in (State.TASK, State.UNITS) else State.TASK


def item_text(ctx: BuildContext, line: Line) -> State:
    """A wrapped line of the last sub-item, else ordinary task text."""
    task = ctx.task
    if task is not None and task.items and ctx.continues(line) and ctx.last_appended == "item":
        item = task.items[-1]
        item.text.add(ctx.doc.mapped(line.body))
        item.end = line.end
        task.extend_to(line.end)
        ctx.appended_to = "item"
        return ctx.state
    return task_text(ctx, line) if ctx.state is State.TASK else units_text(ctx, line)


def add_topic(ctx: BuildContext, line: Line) -> State:
    ctx.leave_task()
    ctx.flush_pending()
    title_group = line.groups.get("title") or line.body
    topic = Topic(title=ctx.doc.printed(title_group).strip(), span=ctx.doc.index.span(line.start, line.end))
    ctx.container_topics().append(topic)
    ctx.topic = topic.title
    return State.BODY


def body_text(ctx: BuildContext, line: Line) -> State:
    """Text with no task open: a wrapped heading goes on, a topic, a note under a heading, or loose."""
    if ctx.open_heading is not None and ctx.continues(ctx.open_heading) and ctx.extend_heading(line):
        return State.BODY
    if ctx.is_topic(line):
        return add_topic(ctx, line)
    if ctx.heading_has_no_tasks() and not ctx.pending and ctx.sections:
        ctx.add_container_note(line)
        return State.BODY
    ctx.pending.append(line)
    return State.BODY


def requirement_line(ctx: BuildContext, line: Line) -> State:
    """一是…二是…: closing requirements; whatever loose text came before joins the closing."""
    ctx.leave_task()
    ctx.close_pending_into_closing()
    ctx.closing.requirements.append([line])
    return State.CLOSING


def late_publication(ctx: BuildContext, line: Line) -> State:
    """(此件公开发布) after the plan, under a signature at the end: closing text that sets the mark."""
    ctx.leave_task()
    ctx.close_pending_into_closing()
    if ctx.header.publication is None:
        ctx.header.publication = ctx.doc.printed(line.groups["value"]).strip()
    return closing_text(ctx, line)


def closing_text(ctx: BuildContext, line: Line) -> State:
    ctx.closing.add_text(line, ctx.continues(line))
    return State.CLOSING


def reopen_body(handler: Handler) -> Handler:
    """A heading or task after closing text: the closing was an interlude; the body resumes."""

    def resume(ctx: BuildContext, line: Line) -> State:
        ctx.closing.demote_to_pending(ctx)
        return handler(ctx, line)

    resume.__doc__ = handler.__doc__
    return resume


def enter_body(handler: Handler) -> Handler:
    """The first heading, task or unit line after the front matter starts the plan body."""

    def enter(ctx: BuildContext, line: Line) -> State:
        ctx.begin_body()
        return handler(ctx, line)

    enter.__doc__ = handler.__doc__
    return enter


# -- the transition table --------------------------------------------------------------------------
_BODY_ENTRY = {
    Event.HEADING1: enter_body(open_section),
    Event.HEADING2: enter_body(open_subsection),
    Event.TASK: enter_body(open_task),
    Event.FIELD: enter_body(field_line),
}
_IN_BODY = {
    Event.HEADING1: open_section,
    Event.HEADING2: open_subsection,
    Event.TASK: open_task,
    Event.FIELD: field_line,
    Event.ITEM: sub_item,
    Event.TOPIC: add_topic,
    Event.REQUIREMENT: requirement_line,
    Event.PUBLICATION: late_publication,
}
_EVERYWHERE = {Event.BLANK: blank_line, Event.NOISE: noise_line, Event.IMPRINT: imprint_line}

TRANSITIONS: dict[State, dict[Event, Handler]] = {
    State.HEADER: {
        **_EVERYWHERE,
        **_BODY_ENTRY,
        Event.RECIPIENTS: recipients_line,
        Event.PUBLICATION: publication_mark,
        Event.TEXT: header_line,
        Event.FIELD: header_field,
        Event.LETTERHEAD: header_line,
        Event.DOC_NUMBER: header_line,
        Event.META: header_line,
        Event.DATE: header_line,
    },
    State.NOTICE: {
        **_EVERYWHERE,
        Event.HEADING1: notice_numbered,
        Event.TASK: notice_numbered,
        Event.DATE: signature_date,
        Event.PUBLICATION: publication_mark,
        Event.TEXT: notice_text,
    },
    State.SIGNED: {
        **_EVERYWHERE,
        **_BODY_ENTRY,
        Event.PUBLICATION: publication_mark,
        Event.ATTACHMENT: attachment_marker,
        Event.DATE: imprint_line,
        Event.TEXT: plan_heading_text,
    },
    State.PLAN: {**_EVERYWHERE, **_BODY_ENTRY, Event.ATTACHMENT: attachment_marker, Event.TEXT: preamble_text},
    State.BODY: {**_EVERYWHERE, **_IN_BODY, Event.TEXT: body_text},
    State.TASK: {**_EVERYWHERE, **_IN_BODY, Event.TEXT: item_text},
    State.UNITS: {**_EVERYWHERE, **_IN_BODY, Event.TEXT: item_text},
    State.CLOSING: {
        **_EVERYWHERE,
        **{
            event: reopen_body(handler)
            for event, handler in _IN_BODY.items()
            if event not in (Event.REQUIREMENT, Event.PUBLICATION)
        },
        Event.REQUIREMENT: requirement_line,
        Event.PUBLICATION: late_publication,
        Event.TEXT: closing_text,
    },
}


def dispatch(ctx: BuildContext, line: Line, event: Event) -> State:
    """Run the handler the table names; any event a state does not list is read as text."""
    table = TRANSITIONS[ctx.state]
    handler = table.get(event) or table[Event.TEXT]
    return handler(ctx, line)


def take_table(ctx: BuildContext, block: TableBlock) -> None:
    """A table: its header and rules are noise, section rows open sections, task rows are tasks."""
    if ctx.state in (State.HEADER, State.NOTICE, State.SIGNED, State.PLAN):
        ctx.begin_body()
    ctx.leave_task()
    ctx.flush_pending()
    for index, kind in block.furniture.items():
        line = ctx.doc.lines[index]
        ctx.noise.append(
            Noise(kind=kind, text=ctx.doc.printed(line.body), span=ctx.doc.index.span(line.start, line.end))
        )
    ctx.read_table_rows(block)
    ctx.state = State.BODY


def build(doc: Document, ctx: BuildContext) -> None:
    """Place every line of `doc` into the drafts held by `ctx`."""
    position = 0
    lines = doc.lines
    while position < len(lines):
        block = ctx.tables.get(position)
        if block is not None:
            take_table(ctx, block)
            position = block.last + 1
            continue
        line = lines[position]
        ctx.position = position
        if position in ctx.running:
            ctx.add_noise(line, NoiseKind.RUNNING_HEADER)
            position += 1
            continue
        event = ctx.levels.event_of(line.kind)
        ctx.state = dispatch(ctx, line, event)
        ctx.after(line, event)
        position += 1
    ctx.leave_task()
