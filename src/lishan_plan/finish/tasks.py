"""Finish tasks: a builder's task draft becomes a model Task, its role values read into units."""

from __future__ import annotations

from dataclasses import dataclass

from ..builder.drafts import TaskDraft
from ..grammar.roles import ForwardNote, Reading, read_bracket, read_value
from ..grammar.targets import read_targets
from ..lines.classify import Document
from ..model import Span, SubItem, Target, Task
from .roles import Problem, RoleAssembler


@dataclass(slots=True)
class FinishedTask:
    task: Task
    section: int | None
    subsection: int | None
    forward: list[ForwardNote]
    problems: list[Problem]
    led_by_duty: bool = False  # see Roles.led_by_duty


def finish_task(draft: TaskDraft, doc: Document, assembler: RoleAssembler) -> FinishedTask:
    """The model Task for a draft (id is filled in later, when every task is known)."""
    text = draft.take_brackets() if not draft.from_table else draft.text.build().strip()
    reading = Reading(list(draft.reading.values), list(draft.reading.notes), list(draft.reading.forward))
    for value_draft in draft.values:
        value = value_draft.finish()
        # a line of units and their verbs (——X牵头，Y配合) is read as the builder's levels read it (memoised)
        line_reading = read_bracket(value.value) if value_draft.unlabelled else None
        reading.extend(line_reading or read_value(value.role, value.value, value.label))
    if draft.trailing_deadline is not None:
        reading.extend(draft.trailing_deadline)
    roles = assembler.render(reading)
    items = [
        SubItem(label=item.label, text=item.text.build().original.strip(), span=doc.index.span(item.start, item.end))
        for item in draft.items
    ]
    task = Task(
        id="",
        number=draft.number,
        label=draft.label,
        text=text.original.strip(),
        topic=draft.topic,
        lead_units=roles.lead,
        responsible_units=roles.responsible,
        cooperating_units=roles.cooperating,
        leaders=roles.leaders,
        deadline=roles.deadline,
        targets=[
            Target(
                value=found.value,
                unit=found.unit,
                qualifier=found.qualifier,
                metric=found.metric,
                raw=found.raw.printed(),
                span=doc.index.span(*found.raw.source_range(0, len(found.raw))),
            )
            for found in read_targets(text)
        ],
        items=items,
        notes=roles.notes,
        span=doc.index.span(draft.start, draft.end),
    )
    if draft.unclosed_at is not None:
        roles.problems.append(Problem("LP106", draft.unclosed_at))
    return FinishedTask(task, draft.section, draft.subsection, reading.forward, roles.problems, roles.led_by_duty)


def span_over(doc: Document, spans: list[Span]) -> Span:
    return doc.index.span(min(span.start for span in spans), max(span.end for span in spans))
