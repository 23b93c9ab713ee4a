"""Issue 12: `lishan-plan batch` — outputs, database, determinism across workers, failures, reruns."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from lishan_plan.batch import work
from lishan_plan.batch.files import find_documents
from lishan_plan.batch.run import Options, run_batch

FIXTURES = ROOT / "tests" / "fixtures"
REFERENCE = ROOT / "data" / "raw" / "lishan-2023.txt"
CLI = str(Path(sys.executable).with_name("lishan-plan"))


def notices(tmp_path: Path, count: int = 12) -> Path:
    """A folder of notices: the reference and fixtures, some in a sub-folder."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(REFERENCE, folder / "lishan-2023.txt")
    for index, path in enumerate(sorted(FIXTURES.glob("*.txt"))[:count]):
        shutil.copy(path, (folder / "sub" if index % 2 else folder) / path.name)
    return folder


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CLI, "batch", *args], capture_output=True, text=True, timeout=300, check=False)


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def dump(database: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(database) as connection:
        rows: list[tuple[object, ...]] = []
        for table in ("notices", "sections", "subsections", "tasks", "units", "task_units", "targets", "findings"):
            rows += [(table, *row) for row in connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2, 3")]
    return rows


def test_batch_writes_every_output_and_the_database(tmp_path: Path) -> None:
    source = notices(tmp_path)
    result = run(
        str(source), "-o", str(tmp_path / "out"), "--db", str(tmp_path / "n.sqlite"), "-f", "json", "-f", "csv"
    )
    assert result.returncode == 1  # the reference has four error findings
    out = tmp_path / "out"
    assert (out / "in" / "lishan-2023.txt.json").is_file()
    assert (out / "in" / "lishan-2023.txt.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert len(list((out / "in" / "sub").glob("*.json"))) == 6
    lines = (out / "tasks.jsonl").read_text("utf-8").splitlines()
    with sqlite3.connect(tmp_path / "n.sqlite") as connection:
        assert connection.execute("SELECT COUNT(*) FROM notices").fetchone()[0] == 13
        assert connection.execute("SELECT COUNT(*) FROM tasks").fetchone()[0] == len(lines)
    assert "13 documents" in result.stderr
    assert not list(out.rglob(".*"))  # no temporary file left


def test_outputs_and_database_do_not_depend_on_workers(tmp_path: Path) -> None:
    source = notices(tmp_path, 20)
    for workers in ("1", "2"):
        run(
            str(source),
            "-o",
            str(tmp_path / f"out{workers}"),
            "--db",
            str(tmp_path / f"{workers}.sqlite"),
            "--workers",
            workers,
        )
    assert tree_digest(tmp_path / "out1") == tree_digest(tmp_path / "out2")
    assert dump(tmp_path / "1.sqlite") == dump(tmp_path / "2.sqlite")


def test_a_rerun_keeps_unchanged_rows_and_replaces_changed_ones(tmp_path: Path) -> None:
    source = notices(tmp_path, 4)
    database = tmp_path / "n.sqlite"
    run(str(source), "--db", str(database))
    first = dump(database)
    run(str(source), "--db", str(database))
    assert dump(database) == first  # nothing duplicated, nothing rewritten
    changed = source / "lishan-2023.txt"
    changed.write_text(changed.read_text("utf-8").replace("区发改局", "区发展和改革局", 1), "utf-8")
    result = run(str(source), "--db", str(database))
    assert result.returncode == 1
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT COUNT(*) FROM notices").fetchone()[0] == 5
        shas = connection.execute("SELECT sha256 FROM notices WHERE path LIKE '%lishan-2023.txt'").fetchall()
    assert shas == [(hashlib.sha256(changed.read_bytes()).hexdigest(),)]


def test_documented_queries_run(tmp_path: Path) -> None:
    source = notices(tmp_path)
    database = tmp_path / "n.sqlite"
    run(str(source), "--db", str(database))
    queries = re.findall(r"```sql\n(.*?)```", (ROOT / "docs" / "database.md").read_text("utf-8"), re.DOTALL)
    assert len(queries) == 4
    with sqlite3.connect(database) as connection:
        leads, without_lead, by_year, targets = (connection.execute(query).fetchall() for query in queries)
    assert leads[0][:2] == ("区住房和城乡建设局", "department")
    assert leads[0][2] >= 17  # the reference's 17, and those of fixtures in the same district style
    assert {(path.rsplit("/", 1)[-1], task) for path, task, _ in without_lead} >= {
        ("lishan-2023.txt", "4.4.46"),
        ("lishan-2023.txt", "7.3.79"),
    }
    assert any(row[:2] == (2023, "区住房和城乡建设局") and row[2] >= 17 for row in by_year)
    assert targets[0] == ("1.1", "地区生产总值增长", 6.2, "%", "左右")


def test_a_document_that_crashes_or_hangs_is_reported_and_the_rest_finish(tmp_path: Path) -> None:
    source = notices(tmp_path, 4)
    documents = find_documents([str(source)])
    crash, hang = str(documents[1].path), str(documents[2].path)
    original = work.parse_bytes

    def sabotaged(data: bytes, path: str | None = None, **options: object):  # type: ignore[no-untyped-def]
        if path == crash:
            raise ZeroDivisionError("injected")
        if path == hang:
            import time

            time.sleep(30)
        return original(data, path, **options)  # type: ignore[arg-type]

    work.parse_bytes = sabotaged  # type: ignore[assignment]
    try:
        options = Options(tmp_path / "out", tmp_path / "n.sqlite", ("json",), 1, False, 1.0, 50_000_000, None)
        summary = run_batch(documents, options)
    finally:
        work.parse_bytes = original
    reasons = {failure["path"]: failure["reason"] for failure in summary.failures}
    assert reasons[crash].startswith("internal error: ZeroDivisionError: injected")
    assert reasons[hang] == "timed out after 1 s"
    assert summary.documents == 5
    assert len(list((tmp_path / "out").rglob("*.json"))) == 3


def test_unreadable_documents_exit_two_and_fail_fast_stops(tmp_path: Path) -> None:
    source = notices(tmp_path, 4)
    (source / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    result = run(str(source), "-o", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "unreadable" in result.stderr
    assert "broken.txt" in result.stderr
    assert len(list((tmp_path / "out").rglob("*.json"))) == 5
    fast = run(str(source / "broken.txt"), str(source), "-o", str(tmp_path / "fast"), "--fail-fast")
    assert fast.returncode == 2
    assert not list((tmp_path / "fast").rglob("*.json"))


def test_summary_file_and_usage_errors(tmp_path: Path) -> None:
    source = notices(tmp_path, 2)
    result = run(str(source), "-o", str(tmp_path / "out"), "--summary", str(tmp_path / "summary.json"))
    summary = json.loads((tmp_path / "summary.json").read_text("utf-8"))
    assert summary["documents"] == 3
    assert summary["documents_per_second"] > 0
    assert run(str(source)).returncode == 2  # nothing to write
    inside = run(str(source), "-o", str(tmp_path / "out"), "--summary", str(tmp_path / "out" / "s.json"))
    assert inside.returncode == 2
    assert run(str(tmp_path / "missing")).returncode == 2
    assert result.returncode == 1


def test_a_folder_gives_every_readable_format_and_never_the_outputs_below_it(tmp_path: Path) -> None:
    """Every format a reader knows is found in a folder; an output folder inside the input folder is
    passed over, so a second run does not read the first run's plan.txt.xlsx as a notice."""
    folder = tmp_path / "in"
    folder.mkdir()
    for kind in ("txt", "pdf", "xlsx", "xls", "ods", "docx"):
        shutil.copy(FIXTURES / f"q1_qingyi_twins_{kind}.{kind}", folder)
    (folder / "notes.csv").write_text("not a notice\n", "utf-8")
    out = folder / "out"
    for _ in range(2):
        result = run(str(folder), "-o", str(out), "-f", "json", "-f", "xlsx")
        assert result.returncode == 0, result.stderr
        assert "6 documents" in result.stderr
    assert sorted(document.path.name for document in find_documents([str(folder)], skip=out)) == sorted(
        f"q1_qingyi_twins_{kind}.{kind}" for kind in ("txt", "pdf", "xlsx", "xls", "ods", "docx")
    )
    assert len(list(find_documents([str(folder)]))) == 12  # without the skip, the outputs would be read


def test_a_run_that_writes_into_the_folder_it_reads_never_reads_its_outputs(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(FIXTURES / "q1_qingyi_twins_txt.txt", folder)
    for _ in range(3):
        result = run(str(folder), "-o", str(folder), "-f", "json", "-f", "xlsx")
        assert result.returncode == 0, result.stderr
        assert "lishan-plan: 1 documents, 22 tasks" in result.stderr
    assert not (folder / "in" / "in").exists()
