"""Validate: small checks over the finished model, each yielding findings from the catalogue.

Checks never re-parse: they read the Notice (and its source text for positions). Structural findings
the builder reported while placing lines are kept; `validate` adds the checks' findings, sorts them
by position and code, and returns the report. Same input, same report, byte for byte.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from pydantic import Field

from ..diagnostics import CATALOGUE, rule
from ..model import Finding, Node, Notice, Severity, Task, trusted
from ..spans import LineIndex

SENTENCE_END = '。.;；!！?？)）]】〕”"'


@dataclass(frozen=True)
class CheckContext:
    notice: Notice
    index: LineIndex

    def finding(
        self, code: str, offset: int, *, task_id: str | None = None, end: int | None = None, **args: str | int | None
    ) -> Finding:
        path = self.notice.source.path
        return rule(code).finding(self.index, offset, path, end_offset=end, task_id=task_id, args=args)


Check = Callable[[CheckContext], Iterator[Finding]]


def check_task_units(ctx: CheckContext) -> Iterator[Finding]:
    """LP101 no lead unit; LP102 no responsible or co-operating unit; LP103 one unit in both lists."""
    for task in ctx.notice.all_tasks():
        if not task.lead_units:
            yield ctx.finding("LP101", task.span.start, task_id=task.id, end=task.span.end)
        elif not task.responsible_units and not task.cooperating_units:
            yield ctx.finding("LP102", task.span.start, task_id=task.id, end=task.span.end)
        lead_names = {unit.name for unit in task.lead_units}
        for unit in task.responsible_units + task.cooperating_units:
            if unit.name in lead_names:
                yield ctx.finding("LP103", unit.span.start, task_id=task.id, unit=unit.name)


def _numbering(ctx: CheckContext, level: str, items: Sequence[tuple[int, int, str | None]]) -> Iterator[Finding]:
    """Duplicates, gaps and out-of-order numbers in one list of (number, offset, task id)."""
    previous: int | None = None
    seen: set[int] = set()
    for number, offset, task_id in items:
        if number in seen:
            yield ctx.finding("LP201", offset, task_id=task_id, level=level, number=number, previous=previous)
        elif previous is not None and number < previous:
            yield ctx.finding("LP203", offset, task_id=task_id, level=level, number=number, previous=previous)
        elif previous is not None and number > previous + 1:
            yield ctx.finding("LP202", offset, task_id=task_id, level=level, number=number, previous=previous)
        seen.add(number)
        previous = number


def _split_at_topics(tasks: list[Task]) -> list[list[Task]]:
    """Tasks numbered afresh under each topic heading ((1)(2) under 1.…, (1)(2) under 2.…) are runs of
    their own."""
    runs: list[list[Task]] = [[]]
    for task in tasks:
        if runs[-1] and task.number == 1 and task.topic != runs[-1][-1].topic:
            runs.append([])
        runs[-1].append(task)
    return runs


Numbered = tuple[int | None, int, str | None]  # a number, where it is printed, the task's id


def _apart_from_groups(tasks: list[Task], depth: int) -> tuple[list[Task], list[list[Task]]]:
    """A container's tasks (`depth` numbers in their ids before their own) without the tasks numbered in
    their cells under a merged 序号 (one number more: 1.2.1, 1.2.2 under 1.2), and those, a run per 序号;
    the first task of each group stands in the container's run for its 序号."""
    own: list[Task] = []
    groups: dict[str, list[Task]] = {}
    for task in tasks:
        path = task.id.partition("-")[0]
        if task.number is None or path.count(".") <= depth:
            own.append(task)  # (a paragraph task's id counts it within its heading: no 序号 above it)
            continue
        parent = path.rpartition(".")[0]
        if parent not in groups:
            own.append(task)  # its 序号's place in the container's numbering: see _numbers
            groups[parent] = []
        groups[parent].append(task)
    return own, list(groups.values())


def _numbers(run: list[Task], depth: int | None) -> list[Numbered]:
    """The numbers of a run of tasks as checked: a task under a merged 序号 that stands for it in its
    container's run (one number more than `depth`) counts by the 序号 (1.4.1 → 4)."""
    numbered: list[Numbered] = []
    for task in run:
        path = task.id.partition("-")[0]
        number = task.number
        if depth is not None and task.number is not None and path.count(".") > depth:
            number = int(path.split(".")[depth]) if path.split(".")[depth].isdecimal() else None
        numbered.append((number, task.span.start, task.id))
    return numbered


def _task_runs(notice: Notice) -> list[list[Numbered]]:
    """Task numbers in runs numbered as one: per container when numbering restarts, else the whole notice;
    the tasks under each merged 序号 a run of their own."""
    lists: list[tuple[list[Task], int]] = [(notice.tasks, 0)] if notice.tasks else []
    for section in notice.sections:
        if section.tasks:
            lists.append((section.tasks, 1))
        lists.extend((sub.tasks, 2) for sub in section.subsections if sub.tasks)
    containers: list[tuple[list[Task], int]] = []
    grouped: list[list[Numbered]] = []
    for tasks, depth in lists:
        own, groups = _apart_from_groups(tasks, depth)
        containers += [(run, depth) for run in _split_at_topics(own)] if own else []
        grouped += [_numbers(group, None) for group in groups]
    runs = [_numbers(run, depth) for run, depth in containers]
    restarts = sum(1 for run in runs[1:] if run[0][0] == 1)
    if len(runs) > 1 and restarts * 2 < len(runs) - 1:  # numbered on across containers
        return [sorted((item for run in runs for item in run), key=lambda item: item[1]), *grouped]
    return runs + grouped


def check_numbering(ctx: CheckContext) -> Iterator[Finding]:
    """LP201 duplicate, LP202 gap, LP203 out of order: sections, subsections and tasks."""
    notice = ctx.notice
    yield from _numbering(ctx, "section", [(s.number, s.heading_span.start, None) for s in notice.sections])
    for section in notice.sections:
        subsections = [(sub.number, sub.heading_span.start, None) for sub in section.subsections]
        yield from _numbering(ctx, "subsection", subsections)
    for run in _task_runs(notice):
        numbered = [(number, offset, task_id) for number, offset, task_id in run if number is not None]
        yield from _numbering(ctx, "task", numbered)  # paragraph tasks have no number to check


def check_header(ctx: CheckContext) -> Iterator[Finding]:
    """LP401 no document number, LP402 no date, LP403 no issuer (only for a notice with a plan)."""
    meta = ctx.notice.meta
    if not ctx.notice.all_tasks():
        return
    offset = meta.span.start if meta.span else 0
    if meta.doc_number is None:
        yield ctx.finding("LP401", offset)
    if meta.date is None:
        yield ctx.finding("LP402", offset)
    if meta.issuer is None:
        yield ctx.finding("LP403", offset)


def check_plan_body(ctx: CheckContext) -> Iterator[Finding]:
    """LP404 no task at all; LP303 the last task stops mid-sentence at the end of the file."""
    notice = ctx.notice
    tasks = notice.all_tasks()
    if not tasks:
        if not ctx.index.text.strip():
            reason = "the file is empty"
        elif notice.meta.title or notice.notice_text:
            reason = "the notice has no plan body"
        else:
            reason = "this does not read as a notice"
        yield ctx.finding("LP404", 0, reason=reason)
        return
    last = tasks[-1]
    tail = ctx.index.text[last.span.end :].strip()
    units = last.lead_units or last.responsible_units or last.cooperating_units or last.leaders or last.deadline
    text = last.items[-1].text if last.items else last.text
    if not tail and not units and text and text.rstrip()[-1] not in SENTENCE_END:
        yield ctx.finding("LP303", last.span.end - 1, task_id=last.id)


CHECKS: tuple[Check, ...] = (check_task_units, check_numbering, check_header, check_plan_body)


class Stats(Node):
    files: int = Field(description="Files validated.")
    tasks: int = Field(description="Tasks found in all files.")
    errors: int = Field(description="Findings of severity error.")
    warnings: int = Field(description="Findings of severity warning.")
    infos: int = Field(description="Findings of severity info.")


class Report(Node):
    """The validation report for one or more files (`validate --format json`)."""

    valid: bool = Field(description="True when no finding is at or above the failing severity.")
    stats: Stats = Field(description="Counts.")
    findings: list[Finding] = Field(description="Every finding, each naming its file.")


def findings_for(notice: Notice, text: str) -> list[Finding]:
    """The structural findings the builder left plus every check's findings, sorted.

    `text` is the decoded source the notice was parsed from: findings point into it.
    """
    ctx = CheckContext(notice, LineIndex(text))
    structural = [finding for finding in notice.diagnostics if CATALOGUE[finding.code].structural]
    found = structural + [finding for check in CHECKS for finding in check(ctx)]
    return sorted(found, key=lambda finding: (finding.line, finding.column, finding.code, finding.message))


SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


def selected(code: str, select: list[str], ignore: list[str]) -> bool:
    """Whether a code passes --select / --ignore (prefixes, as in ruff: LP1 means LP1xx)."""
    if select and not any(code.startswith(prefix) for prefix in select):
        return False
    return not any(code.startswith(prefix) for prefix in ignore)


def report(
    notices: list[Notice],
    fail_on: Severity = Severity.ERROR,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
) -> Report:
    """One report for every notice: the findings kept by select/ignore, counts, and the verdict."""
    findings = [
        finding
        for notice in notices
        for finding in notice.diagnostics
        if selected(finding.code, select or [], ignore or [])
    ]
    counts = {severity: sum(1 for finding in findings if finding.severity is severity) for severity in Severity}
    valid = not any(SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[fail_on] for finding in findings)
    stats = trusted(Stats)(
        files=len(notices),
        tasks=sum(len(notice.all_tasks()) for notice in notices),
        errors=counts[Severity.ERROR],
        warnings=counts[Severity.WARNING],
        infos=counts[Severity.INFO],
    )
    return trusted(Report)(valid=valid, stats=stats, findings=findings)


def validate(
    notices: Notice | list[Notice],
    *,
    fail_on: Severity = Severity.ERROR,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
) -> Report:
    """The validation report of one notice or several (what `lishan-plan validate` prints)."""
    if isinstance(notices, Notice):
        notices = [notices]
    if not isinstance(notices, list) or not all(isinstance(notice, Notice) for notice in notices):
        raise TypeError("validate() needs a Notice or a list of Notice (parse them with parse_file first)")
    return report(notices, fail_on, select, ignore)
