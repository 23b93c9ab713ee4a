"""The HTML report (`lishan-plan report`, the report extra): one self-contained page people would rather
look at than read. This module turns the model into plain view data; the page itself is the Jinja2
template templates/report.html.j2 (autoescaped: every text from the document is escaped there).

The source text is cut into segments at the spans of units and deadlines, line by line, so the template
can wrap each in a highlight that links to its task; the data carries ids that tie the table, the
chart, the findings and the source together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import OutputError
from ..model import Notice, Task
from .registry_views import KIND_LABELS
from .tabular import task_rows

ROLE_NAMES = {"lead": "牵头", "responsible": "责任", "cooperating": "配合"}
# Bar chart geometry (SVG user units): a row per unit.
BAR_ROW, BAR_LABEL, BAR_WIDTH = 22, 220, 420


@dataclass
class Segment:
    """A piece of one source line: plain text, or a highlight (unit or deadline) of a task."""

    text: str
    kind: str = ""  # "" plain, "unit-lead", "unit-responsible", "unit-cooperating", "deadline"
    task: str = ""  # the task's anchor id
    anchor: str = ""  # this highlight's own id, for links from the table


@dataclass
class SourceLine:
    number: int
    segments: list[Segment] = field(default_factory=list)
    task: str = ""  # anchor of the task whose span covers the line
    task_start: bool = False


def anchor(task: Task) -> str:
    return "task-" + task.id.replace(".", "-")


def _highlights(notice: Notice) -> list[tuple[int, int, str, str, str]]:
    """(start, end, kind, task anchor, highlight id) of every unit and deadline, in document order."""
    found = []
    for task in notice.all_tasks():
        for role in ROLE_NAMES:
            for position, unit in enumerate(getattr(task, f"{role}_units")):
                found.append(
                    (unit.span.start, unit.span.end, f"unit-{role}", anchor(task), f"{anchor(task)}-{role}-{position}")
                )
        if task.deadline is not None:
            found.append(
                (task.deadline.span.start, task.deadline.span.end, "deadline", anchor(task), f"{anchor(task)}-deadline")
            )
    return sorted(found)


def source_lines(notice: Notice, text: str) -> list[SourceLine]:
    """The source, line by line, cut at every highlight (a highlight over a line break is cut there too)."""
    highlights = _highlights(notice)
    task_of_line: dict[int, tuple[str, bool]] = {}
    for task in notice.all_tasks():
        for number in range(task.span.start_line, task.span.end_line + 1):
            task_of_line.setdefault(number, (anchor(task), number == task.span.start_line))
    lines: list[SourceLine] = []
    position, cursor = 0, 0
    for number, line in enumerate(text.split("\n"), start=1):
        start, end = position, position + len(line)
        owner, first = task_of_line.get(number, ("", False))
        source = SourceLine(number, task=owner, task_start=first)
        at = start
        while cursor < len(highlights) and highlights[cursor][1] <= start:
            cursor += 1
        probe = cursor
        while probe < len(highlights) and highlights[probe][0] < end:
            low, high, kind, owner_anchor, ident = highlights[probe]
            low, high = max(low, at), min(high, end)
            if low > at:
                source.segments.append(Segment(text[at:low]))
            if high > low:
                source.segments.append(Segment(text[low:high], kind, owner_anchor, ident))
                at = high
            probe += 1
        if at < end:
            source.segments.append(Segment(text[at:end]))
        lines.append(source)
        position = end + 1
    return lines


def view(notice: Notice, text: str) -> dict[str, Any]:
    """Everything the template shows, as plain data."""
    rows = list(task_rows(notice))
    finding_tasks = {finding.task_id for finding in notice.diagnostics if finding.task_id}
    tasks: list[dict[str, Any]] = [
        {
            "id": task.id,
            "anchor": anchor(task),
            "section": section.label + "、" + section.title if section else "",
            "subsection": f"（{subsection.label}）{subsection.title}" if subsection else "",
            "text": task.text,
            "line": task.span.start_line,
            "units": {
                role: [
                    {
                        "name": unit.name,
                        "canonical": unit.canonical,
                        "kind": unit.kind.value,
                        "anchor": f"{anchor(task)}-{role}-{position}",
                    }
                    for position, unit in enumerate(getattr(task, f"{role}_units"))
                ]
                for role in ROLE_NAMES
            },
            "kinds": sorted({unit.kind.value for role in ROLE_NAMES for unit in getattr(task, f"{role}_units")}),
            "leads": [unit.canonical for unit in task.lead_units],
            "leaders": [leader.name for leader in task.leaders],
            "deadline": task.deadline.raw if task.deadline else "",
            "targets": [target.raw for target in task.targets],
            "has_findings": task.id in finding_tasks,
        }
        for section, subsection, task in rows
    ]
    most = max((max(e.lead_count, e.responsible_count, e.cooperating_count) for e in notice.units), default=1) or 1
    units = [
        {
            "canonical": entry.canonical,
            "kind": KIND_LABELS[entry.kind.value],
            "lead": entry.lead_count,
            "responsible": entry.responsible_count,
            "cooperating": entry.cooperating_count,
            "y": index * BAR_ROW,
            "bars": [
                (role, count, count * BAR_WIDTH / 3 / most)
                for role, count in (
                    ("lead", entry.lead_count),
                    ("responsible", entry.responsible_count),
                    ("cooperating", entry.cooperating_count),
                )
            ],
        }
        for index, entry in enumerate(notice.units)
    ]
    outline: list[dict[str, Any]] = []
    for section in notice.sections:
        first = section.tasks[:1] or [task for sub in section.subsections for task in sub.tasks][:1]
        outline.append(
            {
                "title": f"{section.label}、{section.title}",
                "tasks": len(section.tasks) + sum(len(sub.tasks) for sub in section.subsections),
                "anchor": anchor(first[0]) if first else "",
                "subsections": [
                    {
                        "title": f"（{sub.label}）{sub.title}",
                        "tasks": len(sub.tasks),
                        "anchor": anchor(sub.tasks[0]) if sub.tasks else "",
                    }
                    for sub in section.subsections
                ],
            }
        )
    most_tasks = max((item["tasks"] for item in outline), default=1) or 1
    return {
        "meta": notice.meta,
        "source": notice.source,
        "outline": outline,
        "most_tasks": most_tasks,
        "tasks": tasks,
        "sections": list(dict.fromkeys(task["section"] for task in tasks if task["section"])),
        "lead_units": sorted({lead for task in tasks for lead in task["leads"]}),
        "kinds": KIND_LABELS,
        "units": units,
        "chart_height": max(1, len(units)) * BAR_ROW + 24,
        "bar_label": BAR_LABEL,
        "bar_width": BAR_WIDTH,
        "targets": [
            {"task": task.id, "anchor": anchor(task), "metric": target.metric or "", "raw": target.raw}
            for _, _, task in rows
            for target in task.targets
        ],
        "findings": [
            {
                "code": finding.code,
                "severity": finding.severity.value,
                "line": finding.line,
                "message": finding.message,
                "task_anchor": "task-" + finding.task_id.replace(".", "-") if finding.task_id else "",
            }
            for finding in notice.diagnostics
        ],
        "lines": source_lines(notice, text),
        "roles": ROLE_NAMES,
    }


def render_report(notice: Notice, text: str) -> str:
    """The report page (needs Jinja2: pip install 'lishan-plan[report]')."""
    try:
        import jinja2
    except ImportError:
        raise OutputError("the HTML report needs the report extra: pip install 'lishan-plan[report]'") from None
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("lishan_plan.exporters", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    return environment.get_template("report.html.j2").render(**view(notice, text))
