"""Stage 6, export: a `Notice` (and a `Report`) in, files out.

Data formats: tree (JSON, YAML), tabular (CSV, JSON Lines); reports (text, concise, json, github,
sarif, junit, markdown); schema (the JSON contract of both).

Each exporter is registered by name, reads the model only and never mutates it; output is
deterministic (no timestamps, stable key order) and keeps Chinese readable (UTF-8, no \\u escapes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..model import Notice
from .tabular import render_csv, render_jsonl
from .tree import render_json, render_yaml, stream_json


@dataclass(frozen=True)
class ExportOptions:
    """Options every exporter accepts; each uses what concerns it."""

    excel: bool = False  # CSV: write a UTF-8 BOM so Excel opens the file as UTF-8
    sanitize: bool = True  # CSV: neutralise cells that a spreadsheet would run as formulas


@dataclass(frozen=True)
class Exporter:
    name: str
    suffix: str
    description: str
    render: Callable[[Notice, ExportOptions], str | bytes]  # bytes for binary formats (xlsx)
    # The same text in pieces, for formats that can be written without holding it whole (a large notice)
    stream: Callable[[Notice, ExportOptions], Iterator[str]] | None = None

    def content(self, notice: Notice, options: ExportOptions) -> str | bytes | Iterator[str]:
        """What to write: the pieces where the format streams, else the whole rendering."""
        return self.stream(notice, options) if self.stream is not None else self.render(notice, options)


def _xlsx(notice: Notice, options: ExportOptions) -> bytes:
    from .workbook import render_xlsx  # openpyxl is imported only when a workbook is asked for

    return render_xlsx(notice)


EXPORTERS: dict[str, Exporter] = {
    exporter.name: exporter
    for exporter in (
        Exporter(
            "json",
            ".json",
            "the whole notice as one JSON document",
            lambda notice, _: render_json(notice),
            lambda notice, _: stream_json(notice),
        ),
        Exporter("yaml", ".yaml", "the whole notice as YAML", lambda notice, _: render_yaml(notice)),
        Exporter(
            "csv",
            ".csv",
            "one row per task (UTF-8; --excel adds a BOM)",
            lambda notice, options: render_csv(notice, excel=options.excel, sanitize=options.sanitize),
        ),
        Exporter("jsonl", ".jsonl", "one JSON object per task", lambda notice, _: render_jsonl(notice)),
        Exporter(
            "xlsx", ".xlsx", "an Excel workbook: tasks, units, matrix, targets, findings, 督办台账 (xlsx extra)", _xlsx
        ),
    )
}


def export(notice: Notice, format: str = "json", *, excel: bool = False, sanitize: bool = True) -> str | bytes:
    """The notice rendered in one of the registered formats (json, yaml, csv, jsonl: text; xlsx: bytes)."""
    if not isinstance(notice, Notice):
        raise TypeError(f"export() needs a Notice, not {type(notice).__name__}")
    if format not in EXPORTERS:
        raise ValueError(f"unknown format {format!r} (known: {', '.join(EXPORTERS)})")
    return EXPORTERS[format].render(notice, ExportOptions(excel=excel, sanitize=sanitize))


def _text(notice: Notice, format: str, options: ExportOptions | None = None) -> str:
    if not isinstance(notice, Notice):
        raise TypeError(f"to_{format}() needs a Notice, not {type(notice).__name__}")
    rendered = EXPORTERS[format].render(notice, options or ExportOptions())
    assert isinstance(rendered, str)  # json, yaml, csv and jsonl are text formats
    return rendered


def to_xlsx(notice: Notice) -> bytes:
    """The Excel workbook (needs the xlsx extra)."""
    if not isinstance(notice, Notice):
        raise TypeError(f"to_xlsx() needs a Notice, not {type(notice).__name__}")
    return _xlsx(notice, ExportOptions())


def to_json(notice: Notice) -> str:
    """The whole notice as one JSON document (UTF-8 text, Chinese unescaped)."""
    return _text(notice, "json")


def to_yaml(notice: Notice) -> str:
    """The whole notice as YAML."""
    return _text(notice, "yaml")


def to_csv(notice: Notice, *, excel: bool = False, sanitize: bool = True) -> str:
    """One row per task; `excel` adds the BOM Excel needs, `sanitize` neutralises formula cells."""
    return _text(notice, "csv", ExportOptions(excel=excel, sanitize=sanitize))


def to_jsonl(notice: Notice) -> str:
    """One JSON object per task, one per line."""
    return _text(notice, "jsonl")
