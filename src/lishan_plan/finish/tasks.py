"""Finish tasks: a builder's task draft becomes a model Task, its role values read into units."""

from __future__ import annotations

from dataclasses import dataclass

from ..builder.drafts import TaskDraft
from ..grammar.roles import (
    LEADING_ROLES,
    UNIT_ROLES,
    ForwardNote,
    Reading,
    closing_role_bracket,
    read_bracket,
    read_value,
    trailing_prose,
)
from ..grammar.targets import read_targets
from ..grammar.vocabulary import Role
from ..lines.classify import Document
from ..model import Span, SubItem, Target, Task, trusted
from ..spans import MappedText
from .roles import Problem, RoleAssembler, lead_once


@dataclass(slots=True)
class FinishedTask:
    task: Task
    section: int | None
    subsection: int | None
    forward: list[ForwardNote]
    problems: list[Problem]
    led_by_duty: bool = False  # see Roles.led_by_duty
    starred: tuple[tuple[str, str], ...] = ()  # see Roles.starred
    group: int | None = None  # see TaskDraft.group


def finish_task(draft: TaskDraft, doc: Document, assembler: RoleAssembler) -> FinishedTask:
    """The model Task for a draft (id is filled in later, when every task is known)."""
    # a table's task cell closes with the task's role bracket where no cell of the row names units (序号 | 工作任务 |
    # 完成时限 with …［牵头单位：X；责任单位：Y］ in the task's cell)
    in_cell = draft.from_table and any(value.role in UNIT_ROLES for value in draft.values)
    text = draft.text.build().strip() if in_cell else draft.take_brackets()
    reading = Reading(list(draft.reading.values), list(draft.reading.notes), list(draft.reading.forward))
    values = [value_draft.finish() for value_draft in draft.values]
    for value_draft, value in zip(draft.values, values, strict=True):
        # a line of units and their verbs (——X牵头，Y配合) is read as the builder's levels read it (memoised)
        line_reading = read_bracket(value.value) if value_draft.unlabelled else None
        reading.extend(line_reading or read_value(value.role, value.value, value.label))
    if not any(value.role in UNIT_ROLES for value in reading.values):
        # 整改措施：由县环卫所负责清除上述地段垃圾。: a note's own sentence of roles, where nothing else names units
        for value in values:
            if value.role in (Role.NOTE, Role.TASK) and (prose := trailing_prose(value.value)):
                reading.extend(prose)
                break
    if draft.trailing_deadline is not None:
        reading.extend(draft.trailing_deadline)
    item_texts = [item.text.build() for item in draft.items]
    one_role = False  # units joined from the items' brackets, where a lead must not stay a helper too
    if item_texts and not any(value.role in UNIT_ROLES for value in reading.values):
        one_role = _units_closing_the_last_item(item_texts, reading)
    roles = assembler.render(reading)
    if one_role:  # （1）…（甲局牵头，乙局配合）（2）…（乙局牵头）: 乙局 leads, the one role
        lead_once(roles.lead, roles.responsible, roles.cooperating)
    items = [
        trusted(SubItem)(label=item.label, text=text.original.strip(), span=doc.index.span(item.start, item.end))
        for item, text in zip(draft.items, item_texts, strict=True)
    ]
    task = trusted(Task)(
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
            trusted(Target)(
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
    return FinishedTask(
        task,
        draft.section,
        draft.subsection,
        reading.forward,
        roles.problems,
        roles.led_by_duty,
        tuple(roles.starred),
        draft.group,
    )


def _units_closing_the_last_item(item_texts: list[MappedText], reading: Reading) -> bool:
    """1.实施整治行动。 / （1）…； / （2）…。（牵头单位：X；责任单位：Y） and no units of the task's own: the bracket
    closing the last item closes the task (as it does on a line of its own after the items), so its roles
    are the task's and the item keeps its text. Where every item closes with its own (（1）…（X牵头）（2）…（Y负责）),
    the task is done by all of them: their roles are the task's, each item keeping its text and bracket (then
    True: the caller keeps each unit in one role)."""
    closing = [_role_bracket_at_end(text) for text in item_texts]
    last = closing[-1]
    if len(closing) > 1 and all(found is not None for found in closing):
        for found in closing:
            if found is not None:
                reading.extend(found[1])
        return True
    if last is None or any(found is not None for found in closing[:-1]):
        return False
    (opening, closer), bracket = last
    if not any(value.role in LEADING_ROLES for value in bracket.values):
        return False  # （2）集中整治违法建设（县城管局配合）: a helper of that item's, not who does the task
    reading.extend(bracket)
    text = item_texts[-1]
    before = text.slice(0, len(text.text[:opening].rstrip()))
    item_texts[-1] = MappedText.concat([(before, ""), (text.slice(closer + 1, len(text)), "")]).strip()
    return False


def _role_bracket_at_end(text: MappedText) -> tuple[tuple[int, int], Reading] | None:
    """Where a bracket that names units closes `text` (its opening and closing), and its reading."""
    closing = closing_role_bracket(text)
    if closing is None or not closing[1].says_roles():
        return None
    return closing if any(value.role in UNIT_ROLES for value in closing[1].values) else None


def span_over(doc: Document, spans: list[Span]) -> Span:
    return doc.index.span(min(span.start for span in spans), max(span.end for span in spans))
