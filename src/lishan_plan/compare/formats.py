"""The diff report as text (a terminal), markdown (a pull-request comment), JSON and CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from ..output import neutralise, printable
from .changes import DiffReport, TaskChange, TextEdit

CHANGE_WORDS = {
    "moved": "moved",
    "text": "text changed",
    "lead": "lead units changed",
    "responsible": "responsible units changed",
    "cooperating": "co-operating units changed",
    "targets": "targets changed",
    "deadline": "deadline changed",
}


def _units(units: list[str]) -> str:
    return "、".join(units) or "—"


def _edits(edits: list[TextEdit]) -> str:
    """[-old-]{+new+}, as wdiff writes it."""
    return " ".join(
        (f"[-{edit.old}-]" if edit.old else "") + (f"{{+{edit.new}+}}" if edit.new else "") for edit in edits
    )


def _lines_of(task: TaskChange) -> list[str]:
    old, new = task.old, task.new
    if task.status == "added" and new is not None:
        return [f"+ {new.id} {new.text}", f"    lead {_units(new.lead)}; responsible {_units(new.responsible)}"]
    if task.status == "removed" and old is not None:
        return [f"- {old.id} {old.text}", f"    lead {_units(old.lead)}; responsible {_units(old.responsible)}"]
    if old is None or new is None:
        return []
    head = f"~ {old.id}" + (f" → {new.id}" if old.id != new.id else "") + f" {new.text[:40]}"
    lines = [head + f"  ({', '.join(CHANGE_WORDS[kind] for kind in task.changes)})"]
    if "text" in task.changes:
        lines.append(f"    text: {_edits(task.text_edits)}")
    for role in ("lead", "responsible", "cooperating"):
        if role in task.changes:
            lines.append(f"    {role}: {_units(getattr(old, role))} → {_units(getattr(new, role))}")
    if "targets" in task.changes:
        lines.append(f"    targets: {'；'.join(old.targets) or '—'} → {'；'.join(new.targets) or '—'}")
    if "deadline" in task.changes:
        lines.append(f"    deadline: {old.deadline or '—'} → {new.deadline or '—'}")
    return lines


def render_text(report: DiffReport) -> str:
    summary = report.summary
    lines = [
        f"{report.old} → {report.new}: {summary.added} added, {summary.removed} removed, "
        f"{summary.changed} changed, {summary.unchanged} unchanged"
    ]
    lines += [f"header {change.field}: {change.old} → {change.new}" for change in report.header]
    for task in report.tasks:
        if task.status != "unchanged":
            lines += _lines_of(task)
    if report.workload:
        lines.append("workload (lead, responsible):")
        lines += [
            f"    {delta.canonical}: lead {delta.lead_old} → {delta.lead_new}, "
            f"responsible {delta.responsible_old} → {delta.responsible_new}"
            for delta in report.workload
        ]
    return printable("\n".join(lines)) + "\n"


def render_markdown(report: DiffReport) -> str:
    summary = report.summary
    lines = [
        f"## lishan-plan diff: {summary.added} added, {summary.removed} removed, {summary.changed} changed",
        "",
        f"`{report.old}` → `{report.new}` ({summary.unchanged} tasks unchanged)",
        "",
    ]
    if report.header:
        lines += ["| header | old | new |", "|---|---|---|"]
        lines += [f"| {change.field} | {change.old or ''} | {change.new or ''} |" for change in report.header]
        lines.append("")
    changed = [task for task in report.tasks if task.status != "unchanged"]
    if changed:
        lines += ["| | task | what changed |", "|---|---|---|"]
        for task in changed:
            side = task.new or task.old
            assert side is not None
            mark = {"added": "➕", "removed": "➖", "changed": "✏️"}[task.status]
            where = side.id if task.status != "changed" or not task.old else f"{task.old.id} → {side.id}"
            detail = "<br>".join(line.strip() for line in _lines_of(task)[1:]) or task.status
            lines.append(f"| {mark} | {where} {side.text[:30]} | {detail.replace('|', '｜')} |")
        lines.append("")
    if report.workload:
        lines += ["| unit | lead | responsible |", "|---|---|---|"]
        lines += [
            f"| {delta.canonical} | {delta.lead_old} → {delta.lead_new} | "
            f"{delta.responsible_old} → {delta.responsible_new} |"
            for delta in report.workload
        ]
    return printable("\n".join(lines)) + "\n"


def render_json(report: DiffReport) -> str:
    return report.model_dump_json(indent=2) + "\n"


def render_csv(report: DiffReport) -> str:
    """One row per task that is not unchanged: status, ids, what changed, and both sides' units."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(
        [
            "status",
            "old_id",
            "new_id",
            "changes",
            "old_text",
            "new_text",
            "old_lead",
            "new_lead",
            "old_responsible",
            "new_responsible",
            "old_deadline",
            "new_deadline",
            "old_targets",
            "new_targets",
        ]
    )
    for task in report.tasks:
        if task.status == "unchanged":
            continue
        old, new = task.old, task.new
        row = [
            task.status,
            old.id if old else "",
            new.id if new else "",
            " ".join(task.changes),
            old.text if old else "",
            new.text if new else "",
            "；".join(old.lead) if old else "",
            "；".join(new.lead) if new else "",
            "；".join(old.responsible) if old else "",
            "；".join(new.responsible) if new else "",
            (old.deadline or "") if old else "",
            (new.deadline or "") if new else "",
            "；".join(old.targets) if old else "",
            "；".join(new.targets) if new else "",
        ]
        writer.writerow(neutralise(cell) for cell in row)
    return buffer.getvalue()


DIFF_FORMATS: dict[str, Callable[[DiffReport], str]] = {
    "text": render_text,
    "markdown": render_markdown,
    "json": render_json,
    "csv": render_csv,
}
