"""The Dask helpers on Dask's local scheduler (skipped, with the reason, when the dask extra is absent)."""

from __future__ import annotations

import pytest

from conftest import ROOT
from lishan_plan import parse_file
from lishan_plan.batch.scale import TASK_COLUMNS, record, task_rows

dask = pytest.importorskip("dask", reason="the dask extra is not installed: pip install 'lishan-plan[dask]'")

PATHS = [
    str(ROOT / "data" / "raw" / "lishan-2023.txt"),
    *map(str, sorted((ROOT / "tests" / "fixtures").glob("*.txt"))[:8]),
]


def test_tasks_frame_on_the_local_scheduler() -> None:
    from lishan_plan.batch.scale import notices_bag, tasks_frame

    with dask.config.set(scheduler="synchronous"):
        frame = tasks_frame(PATHS, partitions=3).compute()
        records = notices_bag(PATHS, partitions=3).compute()
    assert list(frame.columns) == list(TASK_COLUMNS)
    expected = sum(len(task_rows(record(path))) for path in PATHS)
    assert len(frame) == expected
    assert [item["path"] for item in records] == PATHS
    reference = frame[frame.path == PATHS[0]]
    leads = reference[(reference.role == "lead") & (reference.canonical == "区住房和城乡建设局")]
    assert leads.task_id.nunique() == 17


def test_a_record_equals_the_library_parse() -> None:
    item = record(PATHS[0])
    assert item["failure"] is None
    assert item["notice"] == parse_file(PATHS[0]).model_dump(mode="json")
