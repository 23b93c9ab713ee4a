"""What changed between two notices: tasks added, removed, moved, reworded, reassigned, retargeted,
re-dated; per-unit workload deltas; header changes. The report is typed data with a JSON schema."""

from __future__ import annotations

import difflib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..model import Notice, Task
from .match import DEFAULT_THRESHOLD, folded, match_tasks

ChangeKind = Literal["moved", "text", "lead", "responsible", "cooperating", "targets", "deadline"]
ROLES: tuple[tuple[Literal["lead", "responsible", "cooperating"], str], ...] = (
    ("lead", "lead_units"),
    ("responsible", "responsible_units"),
    ("cooperating", "cooperating_units"),
)
HEADER_FIELDS = ("issuer", "doc_number", "title", "date")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TaskSide(_Model):
    """One side of a task pair, so a reader needs neither notice."""

    id: str = Field(description="The task's id in its notice.")
    text: str = Field(description="The task text.")
    lead: list[str] = Field(description="Lead units, canonical names.")
    responsible: list[str] = Field(description="Responsible units, canonical names.")
    cooperating: list[str] = Field(description="Co-operating units, canonical names.")
    deadline: str | None = Field(description="The deadline as printed, or null.")
    targets: list[str] = Field(description="Quantitative targets as printed.")


class TextEdit(_Model):
    """A character-level edit of the task text: replace, delete or insert."""

    op: Literal["replace", "delete", "insert"]
    old: str
    new: str


class TaskChange(_Model):
    """A task of either notice: its status and, for a pair, what changed."""

    status: Literal["added", "removed", "changed", "unchanged"]
    changes: list[ChangeKind] = Field(default_factory=list, description="What changed in a pair.")
    similarity: float | None = Field(default=None, description="Text similarity of a pair (0–1).")
    old: TaskSide | None = Field(description="The task in the old notice; null when added.")
    new: TaskSide | None = Field(description="The task in the new notice; null when removed.")
    text_edits: list[TextEdit] = Field(default_factory=list, description="Character edits when the text changed.")


class WorkloadDelta(_Model):
    """A unit whose lead or responsible count changed."""

    canonical: str
    lead_old: int
    lead_new: int
    responsible_old: int
    responsible_new: int


class HeaderChange(_Model):
    field: str
    old: str | None
    new: str | None


class DiffSummary(_Model):
    added: int
    removed: int
    changed: int
    unchanged: int


class DiffReport(_Model):
    """`lishan-plan diff OLD NEW`: everything that differs, and every task on both sides."""

    schema_version: Literal["1.0"] = "1.0"
    old: str | None = Field(description="Path of the old notice.")
    new: str | None = Field(description="Path of the new notice.")
    threshold: float = Field(description="The similarity two texts needed to pair.")
    different: bool = Field(description="Whether anything differs (the exit status says the same).")
    summary: DiffSummary
    header: list[HeaderChange]
    tasks: list[TaskChange]
    workload: list[WorkloadDelta]


def side(task: Task) -> TaskSide:
    return TaskSide(
        id=task.id,
        text=task.text,
        lead=[unit.canonical for unit in task.lead_units],
        responsible=[unit.canonical for unit in task.responsible_units],
        cooperating=[unit.canonical for unit in task.cooperating_units],
        deadline=task.deadline.raw if task.deadline else None,
        targets=[target.raw for target in task.targets],
    )


def _edits(old: str, new: str) -> list[TextEdit]:
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [
        TextEdit(op=op, old=old[a1:a2], new=new[b1:b2]) for op, a1, a2, b1, b2 in matcher.get_opcodes() if op != "equal"
    ]


def compare_task(old: Task, new: Task, score: float) -> TaskChange:
    a, b = side(old), side(new)
    changes: list[ChangeKind] = []
    if a.id != b.id:
        changes.append("moved")
    if folded(a.text) != folded(b.text):
        changes.append("text")
    for role, _ in ROLES:
        if sorted(getattr(a, role)) != sorted(getattr(b, role)):
            changes.append(role)
    if sorted((t.value, t.unit) for t in old.targets) != sorted((t.value, t.unit) for t in new.targets):
        changes.append("targets")
    if folded(a.deadline or "") != folded(b.deadline or ""):
        changes.append("deadline")
    return TaskChange(
        status="changed" if changes else "unchanged",
        changes=changes,
        similarity=round(score, 3),
        old=a,
        new=b,
        text_edits=_edits(a.text, b.text) if "text" in changes else [],
    )


def workload(old: Notice, new: Notice) -> list[WorkloadDelta]:
    counts_old = {entry.canonical: entry for entry in old.units}
    counts_new = {entry.canonical: entry for entry in new.units}
    deltas = []
    for canonical in sorted(set(counts_old) | set(counts_new)):
        a, b = counts_old.get(canonical), counts_new.get(canonical)
        lead = (a.lead_count if a else 0, b.lead_count if b else 0)
        responsible = (a.responsible_count if a else 0, b.responsible_count if b else 0)
        if lead[0] != lead[1] or responsible[0] != responsible[1]:
            deltas.append(
                WorkloadDelta(
                    canonical=canonical,
                    lead_old=lead[0],
                    lead_new=lead[1],
                    responsible_old=responsible[0],
                    responsible_new=responsible[1],
                )
            )
    return sorted(deltas, key=lambda delta: (-abs(delta.lead_new - delta.lead_old), delta.canonical))


def diff_notices(old: Notice, new: Notice, threshold: float = DEFAULT_THRESHOLD) -> DiffReport:
    """The report of what changed from `old` to `new`."""
    old_tasks, new_tasks = old.all_tasks(), new.all_tasks()
    tasks: list[TaskChange] = []
    for a, b, score in match_tasks(old_tasks, new_tasks, threshold):
        if a is not None and b is not None:
            tasks.append(compare_task(old_tasks[a], new_tasks[b], score))
        elif a is not None:
            tasks.append(TaskChange(status="removed", old=side(old_tasks[a]), new=None))
        elif b is not None:
            tasks.append(TaskChange(status="added", old=None, new=side(new_tasks[b])))
    header = [
        HeaderChange(field=name, old=getattr(old.meta, name), new=getattr(new.meta, name))
        for name in HEADER_FIELDS
        if getattr(old.meta, name) != getattr(new.meta, name)
    ]
    summary = DiffSummary(
        **{
            status: sum(1 for task in tasks if task.status == status)
            for status in ("added", "removed", "changed", "unchanged")
        }
    )
    deltas = workload(old, new)
    different = bool(header or deltas or summary.added or summary.removed or summary.changed)
    return DiffReport(
        old=old.source.path,
        new=new.source.path,
        threshold=threshold,
        different=different,
        summary=summary,
        header=header,
        tasks=tasks,
        workload=deltas,
    )
