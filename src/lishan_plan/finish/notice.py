"""Finish: turn the builder's drafts into the public model.

Runs once every line is placed: resolve the header, render each task's roles, carry 下同 notes
forward, apply the notice's lead conventions, give tasks their ids and close container spans.
"""

from __future__ import annotations

import bisect
import dataclasses

from ..builder.context import BuildContext
from ..builder.drafts import Paragraphs
from ..builder.header import is_issuer
from ..grammar.numerals import first_year, iso_date
from ..grammar.roles import ForwardNote, Reading, forward_notes, read_value, split_depth0
from ..grammar.units import make_unit, split_list
from ..grammar.vocabulary import Role
from ..lines.classify import Document, Line
from ..lines.patterns import LineKind
from ..model import (
    Closing,
    Convention,
    ConventionKind,
    Leader,
    Meta,
    Notice,
    Requirement,
    Section,
    Source,
    Span,
    Subsection,
    Task,
    trusted,
)
from .conventions import apply_lead_conventions, apply_marked_leads, find_conventions
from .fused import split_fused_units
from .header import resolve_header
from .roles import RoleAssembler, Roles, lead_once
from .tasks import FinishedTask, finish_task, span_over


def _closing(ctx: BuildContext, meta: Meta) -> Closing | None:
    draft = ctx.closing
    lines = draft.lines()
    if not lines:
        return None
    doc = ctx.doc
    requirements = []
    for requirement_lines in draft.requirements:
        head = requirement_lines[0]
        text = "".join(
            [doc.printed(head.own_text).strip()] + [doc.printed(line.body).strip() for line in requirement_lines[1:]]
        )
        requirements.append(
            trusted(Requirement)(
                label=doc.printed(head.marker).strip(),  # 一是 · 1. · 三、
                title=text.split("。", 1)[0],
                text=text,
                span=doc.index.span(head.start, requirement_lines[-1].end),
            )
        )
    _signature_at_end(doc, draft.paragraphs, meta)
    block = draft.paragraphs.block(doc)
    return trusted(Closing)(
        text=block.text if block else "",
        span=doc.index.span(lines[0].start, lines[-1].end),
        requirements=requirements,
    )


def _signature_at_end(doc: Document, paragraphs: Paragraphs, meta: Meta) -> None:
    """A plan that signs at its end: the issuer and date under the closing text."""
    if meta.date is not None:
        return
    previous: Line | None = None
    for line in paragraphs.lines:
        if line.kind is LineKind.DATE:
            meta.date = iso_date(doc.matched(line.body))
            if previous is not None and meta.issuer is None and is_issuer(doc.matched(previous.body)):
                meta.issuer = doc.printed(previous.body).strip()
            return
        previous = line


def _notice_year(meta: Meta, ctx: BuildContext) -> int | None:
    if meta.date:
        return int(meta.date[:4])
    for text in (meta.doc_number, meta.title):
        if text and (year := first_year(text)):
            return year
    if ctx.plan_title:
        return first_year(ctx.doc.matched((ctx.plan_title.lines[0].start, ctx.plan_title.lines[-1].end)))
    return None


def _cover_notes(ctx: BuildContext) -> list[ForwardNote]:
    """Notes in the notice text or the plan's preamble that assign units to every task (各乡镇人民政府为
    所有任务的配合单位，不再逐项列出): they speak for the whole plan."""
    found: list[ForwardNote] = []
    for paragraphs in (ctx.notice, ctx.preamble):
        for line in paragraphs.lines:
            for sentence in split_depth0(ctx.doc.mapped(line.body), "。"):
                notes = forward_notes(sentence.strip(), marked=False)
                found += [dataclasses.replace(note, whole_plan=True) for note in notes]
    return found


def _carry_forward(ctx: BuildContext, finished: list[FinishedTask], conventions: list[Convention]) -> None:
    """Notes about the tasks that follow (…下同 in a bracket, 以下任务均需X落实 as a paragraph): their
    units join every later task of the same section (of the plan, when the note says so), after the
    task's own units and only where the task does not list them yet."""
    notes = [(note, item.section) for item in finished for note in item.forward] + ctx.forward_notes
    notes += [(note, None) for note in _cover_notes(ctx)]
    starts = [item.task.span.start for item in finished]  # in document order
    recorded: set[tuple[int, int]] = set()
    for note, section in sorted(notes, key=lambda pair: pair[0].text.source_offset(0)):
        start, end = note.text.source_range(0, len(note.text))
        if (start, end) not in recorded:
            recorded.add((start, end))
            span = ctx.doc.index.span(start, end)
            conventions.append(
                trusted(Convention)(kind=ConventionKind.FORWARD_NOTE, text=note.text.printed(), span=span)
            )
        units = [make_unit(text, ctx.doc.index, ctx.script) for text in split_list(note.units.strip()).units]
        for later in finished[bisect.bisect_right(starts, start) :]:
            if not note.whole_plan and later.section != section:
                break
            task = later.task
            for unit in units:
                listed = task.lead_units + task.responsible_units + task.cooperating_units
                if any(existing.name == unit.name for existing in listed):
                    continue
                target = {"lead": task.lead_units, "responsible": task.responsible_units}.get(
                    note.role.value, task.cooperating_units
                )
                target.append(unit.model_copy())
                if ConventionKind.FORWARD_NOTE not in task.conventions:
                    task.conventions.append(ConventionKind.FORWARD_NOTE)


def _tasks_under(ctx: BuildContext, position: int, below: int | None) -> list[Task]:
    """The tasks of a section (with those of its subsections) or of one subsection."""
    section = ctx.sections[position]
    if below is not None:
        return section.subsections[below].tasks
    return section.tasks + [task for subsection in section.subsections for task in subsection.tasks]


# The most units a heading's lines give each of its tasks: the longest such list seen names about a dozen
# bodies; a longer one is no group of a heading (and copying it to every task would cost units × tasks).
MAX_GROUP_UNITS = 40


def _values_from_groups(ctx: BuildContext, assembler: RoleAssembler) -> None:
    """一、… / 牵头县领导：X / 牵头单位：Y / 1.…: the labelled values under a heading before its first task
    hold for each of its tasks in every role the task does not fill itself (a subsection's before its
    section's). Each value is read once; its units are copied to the tasks. Values under a heading with
    no task, or naming more than MAX_GROUP_UNITS units, reach nothing (LP301)."""
    for (position, below), group in sorted(ctx.groups.items(), key=lambda item: item[0][1] is None):
        reading = Reading()
        for value in group.values:
            finished = value.finish()
            reading.extend(read_value(finished.role, finished.value, finished.label))
        roles = assembler.render(reading)
        for problem in roles.problems:
            ctx.emit(problem.code, problem.offset, **problem.args)
        tasks = _tasks_under(ctx, position, below)
        if not tasks or len(roles.lead) + len(roles.responsible) + len(roles.cooperating) > MAX_GROUP_UNITS:
            label = group.values[0].label
            ctx.emit("LP301", group.start, label=label.printed() if label is not None else "")
            continue
        for task in tasks:
            _fill_unnamed_roles(task, roles)


def _fill_unnamed_roles(task: Task, roles: Roles, *, units: bool = True) -> None:
    """Give a task the units (unless `units` is off), leaders and deadline of a group's values in each role
    it does not fill; a lead given so is not also among the task's own doers or helpers (`_lead_once`)."""
    leads = units and not task.lead_units and bool(roles.lead)
    for own, given in (
        (task.lead_units, roles.lead),
        (task.responsible_units, roles.responsible),
        (task.cooperating_units, roles.cooperating),
    ):
        if units and not own:
            own.extend(unit.model_copy() for unit in given)
    if leads:
        _lead_once(task)
    if not task.leaders:
        task.leaders.extend(leader.model_copy() for leader in roles.leaders)
    if task.deadline is None and roles.deadline is not None:
        task.deadline = roles.deadline.model_copy()


def _values_from_backward_notes(ctx: BuildContext, assembler: RoleAssembler) -> dict[int, list[tuple[str, str]]]:
    """(以上任务牵头单位：X；配合单位：Y) after tasks: its roles hold for each task of its section (or subsection)
    above it, back to the previous such note there, in every role the task does not fill itself; its units
    only for a task that names no lead or responsible unit of its own (a task's own 牵头/配合 are its whole list;
    one naming only its helpers takes the note's doers). The units a note marks (以上任务责任单位：市工信局*、…),
    by the id of each task that took them, for the marked-leads rule."""
    since: dict[tuple[int, int | None], int] = {}
    marked: dict[int, list[tuple[str, str]]] = {}
    for note in ctx.backward_notes:
        where = (note.section, note.subsection)
        roles = _rendered(ctx, assembler, note.reading)
        above = [task for task in _tasks_under(ctx, *where) if since.get(where, -1) < task.span.start < note.start]
        if note.reach:  # 该目标…: the one above it, whatever it names itself; 2项目标…: the last two that name no doers
            counted = [task for task in above if not _names_its_doers(task)] if note.reach > 1 else above
            above = counted[-note.reach :]
        for task in above:
            unnamed = not _names_its_doers(task)
            if roles.starred and unnamed:
                marked.setdefault(id(task), []).extend(roles.starred)
            _fill_unnamed_roles(task, roles, units=unnamed)
        since[where] = note.start
    return marked


def _names_its_doers(task: Task) -> bool:
    """Whether a task names who does it: a lead or a responsible unit (helpers alone do not)."""
    return bool(task.lead_units or task.responsible_units)


def _values_from_heading_brackets(ctx: BuildContext, assembler: RoleAssembler) -> None:
    """（二）壮大数字经济（牵头单位：X；责任单位：Y） over numbered tasks: the bracket's roles hold for each of the
    heading's tasks in every role the task does not fill itself (小标题后标注的单位适用于该小标题下的各项任务；
    任务后另行标注的，以任务后标注为准); a subsection's before its section's."""
    for (position, below), reading in sorted(ctx.heading_brackets.items(), key=lambda item: item[0][1] is None):
        roles = _rendered(ctx, assembler, reading)
        for task in _tasks_under(ctx, position, below):
            _fill_unnamed_roles(task, roles)


def _rendered(ctx: BuildContext, assembler: RoleAssembler, reading: Reading) -> Roles:
    """A note's or a heading's roles, with the findings its values raise."""
    roles = assembler.render(reading)
    for problem in roles.problems:
        ctx.emit(problem.code, problem.offset, **problem.args)
    return roles


def _owners_from_heading_titles(ctx: BuildContext) -> None:
    """一、王纲市长主抓重点工作 · 一、县示范区管委会牵头工作 · （一）省审计厅牵头的工作: the leaders or the lead
    unit a heading's title names lead its tasks that name none themselves; a subsection's owners before
    its section's."""
    doc = ctx.doc
    for (position, below), owners in sorted(ctx.heading_owners.items(), key=lambda item: item[0][1] is None):
        if owners.named_only and not _siblings_named_after_units(ctx, position, below):
            continue  # 一、区域医疗中心 among 二、推进… headings: a topic, not the unit that leads it
        leaders = [
            trusted(Leader)(
                name="".join(doc.text[start:end].split()), label=doc.printed(post), span=doc.index.span(start, end)
            )
            for (start, end), post in owners.leaders
        ]
        units = []
        if owners.units is not None:
            units = [make_unit(text, doc.index, ctx.script) for text in split_list(doc.mapped(owners.units)).units]
        for task in _tasks_under(ctx, position, below):
            if not task.leaders:
                task.leaders.extend(leader.model_copy() for leader in leaders)
            if units and not task.lead_units and not (owners.named_only and task.responsible_units):
                task.lead_units.extend(unit.model_copy() for unit in units)  # (a unit's heading over 责任单位: a topic)
                _lead_once(task)


def _lead_once(task: Task) -> None:
    """一、…（由市科技局牵头实施） over 1.…（责任单位：市科技局）: a unit the heading makes the task's lead, which the
    task lists among its own doers or helpers too, has the one role, the lead."""
    lead_once(task.lead_units, task.responsible_units, task.cooperating_units)


def _siblings_named_after_units(ctx: BuildContext, position: int, below: int | None) -> bool:
    """Whether every heading with tasks at the level of (position, below) names a unit as the owner of its
    tasks: a plan listed by department (一、县发展和改革局 / 二、县工业和信息化局 …)."""
    siblings: list[tuple[int, int | None]]
    if below is None:
        siblings = [(index, None) for index in range(len(ctx.sections)) if _tasks_under(ctx, index, None)]
    else:
        count = len(ctx.sections[position].subsections)
        siblings = [(position, index) for index in range(count) if _tasks_under(ctx, position, index)]
    return len(siblings) > 1 and all(
        (owners := ctx.heading_owners.get(where)) is not None and owners.units is not None for where in siblings
    )


def _assign_ids(finished: list[FinishedTask], sections: list[Section]) -> None:
    seen: dict[str, int] = {}
    in_container: dict[tuple[int | None, int | None], int] = {}  # tasks so far under each heading
    for item in finished:
        parts = []
        if item.section is not None:
            section = sections[item.section]
            parts.append(section.number)
            if item.subsection is not None:
                parts.append(section.subsections[item.subsection].number)
        if item.group is not None:
            parts.append(item.group)  # 序号 1 over （1）（2）: 1.1.1, 1.1.2
        container = (item.section, item.subsection)
        in_container[container] = in_container.get(container, 0) + 1
        # an unnumbered paragraph task is counted within its heading: 2.5.1, 2.5.2 …
        parts.append(in_container[container] if item.task.number is None else item.task.number)
        base = ".".join(str(part) for part in parts)
        seen[base] = seen.get(base, 0) + 1
        item.task.id = base if seen[base] == 1 else f"{base}-{seen[base]}"


def _place(ctx: BuildContext, finished: list[FinishedTask]) -> list[Task]:
    """Put tasks in their containers and close the containers' spans; tasks outside any section."""
    outside: list[Task] = []
    for item in finished:
        if item.section is None:
            outside.append(item.task)
            continue
        section = ctx.sections[item.section]
        container: Section | Subsection = section
        if item.subsection is not None:
            container = section.subsections[item.subsection]
        container.tasks.append(item.task)
    for section in ctx.sections:
        for subsection in section.subsections:
            subsection.span = span_over(ctx.doc, _child_spans(subsection))
        section.span = span_over(ctx.doc, _child_spans(section) + [sub.span for sub in section.subsections])
    return outside


def _child_spans(container: Section | Subsection) -> list[Span]:
    return (
        [container.heading_span]
        + [task.span for task in container.tasks]
        + [topic.span for topic in container.topics]
        + [note.span for note in container.notes]
    )


def finish(ctx: BuildContext, source: Source) -> Notice:
    """The Notice for everything the builder placed."""
    doc = ctx.doc
    ctx.leave_task()
    ctx.close_pending_into_closing()
    meta, chrome = resolve_header(doc, ctx.header)
    for line, kind in chrome:
        ctx.add_noise(line, kind)
    closing = _closing(ctx, meta)
    names_leaders = any(
        any(value.role is Role.LEADER for value in draft.values)
        or any(value.role is Role.LEADER for value in draft.reading.values)
        for draft in ctx.drafts
    )
    assembler = RoleAssembler(doc.index, ctx.script, _notice_year(meta, ctx), officials_lead=not names_leaders)
    finished = [finish_task(draft, doc, assembler) for draft in ctx.hand_over_drafts()]
    conventions = find_conventions(doc.text, doc.norm, doc.index)
    _carry_forward(ctx, finished, conventions)
    tasks = [item.task for item in finished]
    outside = _place(ctx, finished)
    noted = _values_from_backward_notes(ctx, assembler)
    _values_from_groups(ctx, assembler)
    split_fused_units(tasks, doc.text, doc.index)
    apply_marked_leads(tasks, conventions, [(*item.starred, *noted.get(id(item.task), ())) for item in finished])
    apply_lead_conventions(tasks, conventions, [item.led_by_duty for item in finished])
    # after the conventions, which say which of a task's own units leads (列第一位者为牵头单位): a heading's owners
    # and bracket lead only the tasks that name no lead of their own
    _owners_from_heading_titles(ctx)
    _values_from_heading_brackets(ctx, assembler)
    _assign_ids(finished, ctx.sections)
    for item in finished:
        for problem in item.problems:
            ctx.emit(problem.code, problem.offset, task_id=item.task.id, **problem.args)
    return trusted(Notice)(
        source=source,
        meta=meta,
        notice_text=ctx.notice.block(doc),
        plan_title=ctx.plan_title.block(doc),
        preamble=ctx.preamble.block(doc),
        conventions=sorted(conventions, key=lambda convention: convention.span.start),
        sections=ctx.sections,
        topics=ctx.topics,
        tasks=outside,
        closing=closing,
        noise=sorted(ctx.noise, key=lambda noise: noise.span.start),
        unplaced=sorted(ctx.unplaced, key=lambda block: block.span.start),
        diagnostics=ctx.findings,
    )
