"""The SQLite database of a batch: one row per notice file, its sections, tasks, units and findings.

Tables (docs/database.md): notices, sections, subsections, tasks, units (canonical, kind), task_units
(with role), targets, findings; primary and foreign keys, indexes on what analysts join and filter
on. Each document is written in one transaction, so an interrupted run leaves a consistent database.
A notice is keyed by its path: a rerun leaves an unchanged file's rows as they are (same sha256),
replaces the rows of a file whose content changed, and never duplicates.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from ..errors import OutputError
from ..model import Notice

# WAL with synchronous=NORMAL: each transaction is atomic and the file stays consistent after an
# interruption or a crash; only a power loss may drop the last documents written (a rerun adds them).
SCHEMA = """
PRAGMA foreign_keys = ON;
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE IF NOT EXISTS notices (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    issuer TEXT, doc_number TEXT, title TEXT, date TEXT,
    year INTEGER,
    tasks INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sections (
    id INTEGER PRIMARY KEY,
    notice_id INTEGER NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
    label TEXT, number INTEGER, title TEXT
);
CREATE TABLE IF NOT EXISTS subsections (
    id INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
    label TEXT, number INTEGER, title TEXT
);
CREATE TABLE IF NOT EXISTS tasks (
    id INTEGER PRIMARY KEY,
    notice_id INTEGER NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
    section_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
    subsection_id INTEGER REFERENCES subsections(id) ON DELETE CASCADE,
    task_id TEXT NOT NULL, number INTEGER, text TEXT,
    deadline TEXT, deadline_date TEXT, start_line INTEGER,
    UNIQUE (notice_id, task_id)
);
CREATE TABLE IF NOT EXISTS units (
    id INTEGER PRIMARY KEY,
    canonical TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS task_units (
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    role TEXT NOT NULL CHECK (role IN ('lead', 'responsible', 'cooperating')),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (task_id, role, position)
);
CREATE TABLE IF NOT EXISTS targets (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    value REAL, unit TEXT, qualifier TEXT, metric TEXT, raw TEXT
);
CREATE TABLE IF NOT EXISTS findings (
    id INTEGER PRIMARY KEY,
    notice_id INTEGER NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
    code TEXT NOT NULL, severity TEXT NOT NULL, line INTEGER, task_id TEXT, message TEXT
);
CREATE INDEX IF NOT EXISTS task_units_unit ON task_units (unit_id, role);
CREATE INDEX IF NOT EXISTS tasks_notice ON tasks (notice_id);
CREATE INDEX IF NOT EXISTS findings_code ON findings (code);
CREATE INDEX IF NOT EXISTS targets_task ON targets (task_id);
"""


def notice_rows(notice: Notice) -> dict[str, Any]:
    """Plain rows for one notice (built in the worker; ids are given by the database)."""
    meta = notice.meta
    year = int(meta.date[:4]) if meta.date else None
    sections = []
    tasks = []
    for task in notice.tasks:
        tasks.append(_task_row(task, None, None))
    for section_index, section in enumerate(notice.sections):
        sections.append(
            {
                "label": section.label,
                "number": section.number,
                "title": section.title,
                "subsections": [
                    {"label": sub.label, "number": sub.number, "title": sub.title} for sub in section.subsections
                ],
            }
        )
        tasks += [_task_row(task, section_index, None) for task in section.tasks]
        for sub_index, subsection in enumerate(section.subsections):
            tasks += [_task_row(task, section_index, sub_index) for task in subsection.tasks]
    tasks.sort(key=lambda row: row["start"])
    return {
        "notice": {
            "issuer": meta.issuer,
            "doc_number": meta.doc_number,
            "title": meta.title,
            "date": meta.date,
            "year": year,
            "tasks": len(tasks),
        },
        "sections": sections,
        "tasks": tasks,
        "findings": [
            (finding.code, finding.severity.value, finding.line, finding.task_id, finding.message)
            for finding in notice.diagnostics
        ],
    }


def _task_row(task: Any, section: int | None, subsection: int | None) -> dict[str, Any]:
    units = [
        (role, position, unit.canonical, unit.kind.value, unit.name)
        for role, field in (
            ("lead", "lead_units"),
            ("responsible", "responsible_units"),
            ("cooperating", "cooperating_units"),
        )
        for position, unit in enumerate(getattr(task, field))
    ]
    return {
        "start": task.span.start,
        "section": section,
        "subsection": subsection,
        "task_id": task.id,
        "number": task.number,
        "text": task.text,
        "deadline": task.deadline.raw if task.deadline else None,
        "deadline_date": task.deadline.date if task.deadline else None,
        "start_line": task.span.start_line,
        "units": units,
        "targets": [(t.value, t.unit, t.qualifier, t.metric, t.raw) for t in task.targets],
    }


class Database:
    """A batch's database, open for the length of a run."""

    def __init__(self, path: Path) -> None:
        try:
            self.connection = sqlite3.connect(path, isolation_level=None)
            self.connection.executescript(SCHEMA)
        except sqlite3.Error as error:
            raise OutputError(f"{path}: cannot open the database: {error}") from None
        self._units: dict[str, int] = {}

    def close(self) -> None:
        self.connection.close()

    def current(self, path: str, sha256: str) -> bool:
        """Whether the database already holds this file with this content."""
        row = self.connection.execute("SELECT sha256 FROM notices WHERE path = ?", (path,)).fetchone()
        return row is not None and row[0] == sha256

    def write(self, path: str, sha256: str, rows: dict[str, Any]) -> None:
        """Replace the rows of one notice, in one transaction."""
        cursor = self.connection.cursor()
        cursor.execute("BEGIN")
        try:
            cursor.execute("DELETE FROM notices WHERE path = ?", (path,))
            notice = rows["notice"]
            cursor.execute(
                "INSERT INTO notices (path, sha256, issuer, doc_number, title, date, year, tasks) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    path,
                    sha256,
                    notice["issuer"],
                    notice["doc_number"],
                    notice["title"],
                    notice["date"],
                    notice["year"],
                    notice["tasks"],
                ),
            )
            notice_id = cursor.lastrowid
            section_ids: list[int | None] = []
            subsection_ids: list[list[int | None]] = []
            for section in rows["sections"]:
                cursor.execute(
                    "INSERT INTO sections (notice_id, label, number, title) VALUES (?, ?, ?, ?)",
                    (notice_id, section["label"], section["number"], section["title"]),
                )
                section_ids.append(cursor.lastrowid)
                subsection_ids.append([])
                for subsection in section["subsections"]:
                    cursor.execute(
                        "INSERT INTO subsections (section_id, label, number, title) VALUES (?, ?, ?, ?)",
                        (section_ids[-1], subsection["label"], subsection["number"], subsection["title"]),
                    )
                    subsection_ids[-1].append(cursor.lastrowid)
            for task in rows["tasks"]:
                section_id = section_ids[task["section"]] if task["section"] is not None else None
                subsection_id = (
                    subsection_ids[task["section"]][task["subsection"]] if task["subsection"] is not None else None
                )
                cursor.execute(
                    "INSERT INTO tasks (notice_id, section_id, subsection_id, task_id, number, text, deadline, "
                    "deadline_date, start_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        notice_id,
                        section_id,
                        subsection_id,
                        task["task_id"],
                        task["number"],
                        task["text"],
                        task["deadline"],
                        task["deadline_date"],
                        task["start_line"],
                    ),
                )
                task_row = cursor.lastrowid
                for role, position, canonical, kind, name in task["units"]:
                    cursor.execute(
                        "INSERT INTO task_units (task_id, unit_id, role, position, name) VALUES (?, ?, ?, ?, ?)",
                        (task_row, self._unit(cursor, canonical, kind), role, position, name),
                    )
                cursor.executemany(
                    "INSERT INTO targets (task_id, value, unit, qualifier, metric, raw) VALUES (?, ?, ?, ?, ?, ?)",
                    [(task_row, *target) for target in task["targets"]],
                )
            cursor.executemany(
                "INSERT INTO findings (notice_id, code, severity, line, task_id, message) VALUES (?, ?, ?, ?, ?, ?)",
                [(notice_id, *finding) for finding in rows["findings"]],
            )
            cursor.execute("COMMIT")
        except BaseException:
            cursor.execute("ROLLBACK")
            self._units.clear()  # ids remembered in the rolled-back transaction are gone
            raise

    def _unit(self, cursor: sqlite3.Cursor, canonical: str, kind: str) -> int:
        if canonical not in self._units:
            cursor.execute("INSERT OR IGNORE INTO units (canonical, kind) VALUES (?, ?)", (canonical, kind))
            row = cursor.execute("SELECT id FROM units WHERE canonical = ?", (canonical,)).fetchone()
            self._units[canonical] = int(row[0])
        return self._units[canonical]
