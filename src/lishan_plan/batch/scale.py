"""Past one machine: helpers for Dask (the `dask` extra). The parse is a pure function of a document's
bytes, so it runs unchanged inside a distributed engine; these helpers give the two shapes analysts
want: a bag of parsed records and a dataframe with one row per task and unit role. docs/scale.md has
the same for Spark, and when a single machine's `lishan-plan batch` is enough.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import node_data
from ..pipeline import parse_bytes

# The columns of `tasks_frame`: one row per (task, role, unit); a task without units has one row with
# empty role and unit.
TASK_COLUMNS = ("path", "sha256", "task_id", "number", "text", "role", "unit", "canonical", "kind", "deadline")


def record(path: str) -> dict[str, Any]:
    """One document parsed into a plain record: its path, sha256, the notice JSON, or its failure."""
    data = Path(path).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    try:
        notice = parse_bytes(data, path)
    except InputError as error:
        return {"path": path, "sha256": digest, "notice": None, "failure": str(error)}
    return {"path": path, "sha256": digest, "notice": node_data(notice), "failure": None}


def task_rows(item: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of `tasks_frame` for one record."""
    notice = item["notice"]
    if notice is None:
        return []
    rows = []
    tasks = [*notice["tasks"]]
    for section in notice["sections"]:
        tasks += section["tasks"]
        for subsection in section["subsections"]:
            tasks += subsection["tasks"]
    for task in sorted(tasks, key=lambda task: task["span"]["start"]):
        base = {
            "path": item["path"],
            "sha256": item["sha256"],
            "task_id": task["id"],
            "number": task["number"],
            "text": task["text"],
            "deadline": (task["deadline"] or {}).get("raw"),
        }
        units = [(role, unit) for role in ("lead", "responsible", "cooperating") for unit in task[f"{role}_units"]]
        for role, unit in units or [("", None)]:
            rows.append(
                {
                    **base,
                    "role": role,
                    "unit": unit["name"] if unit else "",
                    "canonical": unit["canonical"] if unit else "",
                    "kind": unit["kind"] if unit else "",
                }
            )
    return rows


def notices_bag(paths: Iterable[str], partitions: int | None = None) -> Any:
    """A dask.bag of parsed records, one per document (needs the dask extra)."""
    import dask.bag

    listed = list(paths)
    partitioned = partitions or max(1, min(len(listed), 64))
    from_sequence: Callable[..., Any] = getattr(dask.bag, "from_sequence")  # noqa: B009 - dask ships no types
    return from_sequence(listed, npartitions=partitioned).map(record)


def tasks_frame(paths: Iterable[str], partitions: int | None = None) -> Any:
    """A dask.dataframe with one row per task and unit role, columns TASK_COLUMNS (needs the dask extra)."""
    import pandas

    meta = pandas.DataFrame(
        {column: pandas.Series(dtype="int64" if column == "number" else "object") for column in TASK_COLUMNS}
    )
    return notices_bag(paths, partitions).map(task_rows).flatten().to_dataframe(meta=meta)
