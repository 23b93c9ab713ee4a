"""Views of the unit registry: JSON, CSV, a units × tasks matrix and a plain table (the `units` command).

The JSON objects are the same as the notice JSON's `units` entries: {canonical, kind, names, lead,
responsible, cooperating, lead_count, responsible_count, cooperating_count}.
"""

from __future__ import annotations

import csv
import io
import json

from ..model import Notice, node_data
from ..output import neutralise
from .tabular import task_rows

# Unit kinds in the language of the people who read the workbook and the report (the JSON keeps the codes).
KIND_LABELS = {
    "department": "部门",
    "collective": "集合",
    "lower_government": "下级政府",
    "enterprise": "企业",
    "upper_level": "上级或垂管单位",
    "mass_organisation": "群团组织",
    "person": "个人或职务",
    "unknown": "未知",
}
REGISTRY_COLUMNS = (
    "canonical",
    "kind",
    "names",
    "lead_count",
    "responsible_count",
    "cooperating_count",
    "lead",
    "responsible",
    "cooperating",
)
# One letter per role in a matrix cell: L lead, R responsible, C co-operating (several joined: "L R").
ROLE_LETTERS = (("lead", "L"), ("responsible", "R"), ("cooperating", "C"))


def render_units_json(notice: Notice) -> str:
    entries = [node_data(entry) for entry in notice.units]
    return json.dumps(entries, ensure_ascii=False, indent=2) + "\n"


def _csv(rows: list[list[str]], excel: bool) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow(neutralise(cell) for cell in row)
    return ("\ufeff" if excel else "") + buffer.getvalue()


def registry_rows(notice: Notice) -> list[list[str]]:
    rows = [list(REGISTRY_COLUMNS)]
    for entry in notice.units:
        rows.append(
            [
                entry.canonical,
                entry.kind.value,
                "；".join(entry.names),
                str(entry.lead_count),
                str(entry.responsible_count),
                str(entry.cooperating_count),
                " ".join(entry.lead),
                " ".join(entry.responsible),
                " ".join(entry.cooperating),
            ]
        )
    return rows


def render_units_csv(notice: Notice, *, excel: bool = False) -> str:
    return _csv(registry_rows(notice), excel)


def matrix_rows(notice: Notice) -> list[list[str]]:
    """Units down, tasks across (by id, in printed order); a cell holds the unit's roles in the task."""
    task_ids = [task.id for _, _, task in task_rows(notice)]
    rows = [["unit", *task_ids]]
    for entry in notice.units:
        roles: dict[str, list[str]] = {}
        for field, letter in ROLE_LETTERS:
            for task_id in getattr(entry, field):
                roles.setdefault(task_id, []).append(letter)
        rows.append([entry.canonical, *(" ".join(roles.get(task_id, [])) for task_id in task_ids)])
    return rows


def render_matrix_csv(notice: Notice, *, excel: bool = False) -> str:
    return _csv(matrix_rows(notice), excel)


def render_units_table(notice: Notice) -> str:
    """A plain aligned table for a pipe or a file (the terminal gets a rich table instead)."""
    lines = ["lead\tresp.\tcoop.\tkind\tunit"]
    for entry in notice.units:
        lines.append(
            f"{entry.lead_count}\t{entry.responsible_count}\t{entry.cooperating_count}\t{entry.kind.value}\t"
            f"{entry.canonical}"
        )
    return "\n".join(lines) + "\n"
