"""Build: fold classified lines into the notice tree with a state machine.

States follow the document: the front matter (HEADER), the notice text (NOTICE), the signature
block (SIGNED), the plan's title and preamble (PLAN), the body (BODY, TASK while a task's text is
open, UNITS once its units have started) and the closing (CLOSING). `TRANSITIONS` says, for each
state and event, which handler places the line; every handler has the signature
(ctx, line) -> next state. TEXT has a handler in every state, so every line lands somewhere.
This module reads only line kinds and groups; it runs no regex of its own.
"""

from __future__ import annotations

from ..lines.classify import Document, Line
from ..model import NoiseKind
from .body import (
    add_topic,
    appendix_marker,
    body_text,
    closing_field,
    closing_text,
    enter_body,
    field_line,
    late_publication,
    open_heading_task,
    open_paragraph,
    open_section,
    open_subsection,
    open_task,
    reopen_body,
    requirement_line,
    role_line,
    sub_item,
    task_line,
    task_point,
    units_line,
)
from .context import BuildContext, Handler, State
from .front_matter import (
    attachment_marker,
    blank_line,
    header_date,
    header_field,
    header_line,
    imprint_line,
    noise_line,
    notice_attachment,
    notice_numbered,
    notice_text,
    plan_heading_text,
    preamble_text,
    publication_mark,
    recipients_line,
    signature_date,
)
from .levels import Event
from .tables.block import TableBlock
from .tables.rows import take_table_rows

# -- the transition table --------------------------------------------------------------------------
_BODY_ENTRY = {
    Event.HEADING1: enter_body(open_section),
    Event.HEADING2: enter_body(open_subsection),
    Event.TASK: enter_body(open_task),
    Event.HEADING_TASK: enter_body(open_heading_task),
    Event.PARAGRAPH: enter_body(open_paragraph),
    Event.FIELD: enter_body(field_line),
}
_IN_BODY = {
    Event.HEADING1: open_section,
    Event.HEADING2: open_subsection,
    Event.TASK: open_task,
    Event.HEADING_TASK: open_heading_task,
    Event.PARAGRAPH: open_paragraph,
    Event.FIELD: field_line,
    Event.ROLES: role_line,
    Event.ITEM: sub_item,
    Event.TOPIC: add_topic,
    Event.REQUIREMENT: task_point,
    Event.CLOSING: requirement_line,
    Event.PUBLICATION: late_publication,
    Event.ATTACHMENT: appendix_marker,
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
        Event.DATE: header_date,
    },
    State.NOTICE: {
        **_EVERYWHERE,
        Event.HEADING1: notice_numbered,
        Event.TASK: notice_numbered,
        Event.HEADING_TASK: notice_numbered,
        Event.PARAGRAPH: enter_body(open_paragraph),  # a list of sentences over labels, signed at its end
        Event.DATE: signature_date,
        Event.PUBLICATION: publication_mark,
        Event.ATTACHMENT: notice_attachment,
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
    State.TASK: {**_EVERYWHERE, **_IN_BODY, Event.TEXT: task_line},
    State.UNITS: {**_EVERYWHERE, **_IN_BODY, Event.TEXT: units_line},
    State.CLOSING: {
        **_EVERYWHERE,
        Event.HEADING1: reopen_body(open_section),
        Event.HEADING2: reopen_body(open_subsection),
        Event.TASK: reopen_body(open_task),
        Event.HEADING_TASK: reopen_body(open_heading_task),
        Event.PARAGRAPH: reopen_body(open_paragraph),
        Event.REQUIREMENT: task_point,
        Event.CLOSING: requirement_line,
        Event.PUBLICATION: late_publication,
        Event.FIELD: closing_field,
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
        ctx.add_noise(ctx.doc.lines[index], kind)
    take_table_rows(ctx, block)
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
        event = ctx.event_of(line)
        ctx.state = dispatch(ctx, line, event)
        ctx.after(line, event)
        position += 1
    ctx.leave_task()
