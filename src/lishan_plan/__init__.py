"""lishan-plan: structure out of Chinese government task-decomposition notices.

>>> from lishan_plan import parse_file, to_csv
>>> notice = parse_file("data/raw/lishan-2023.txt")
>>> len(notice.all_tasks())
86
>>> notice.all_tasks()[0].lead_units[0].name
'区发改局'

The whole API is listed in `__all__` and documented, with examples, in docs/api.md.
"""

from __future__ import annotations

from .checks.rules import Report, validate
from .errors import InputError, OutputError
from .exporters import EXPORTERS, export, to_csv, to_json, to_jsonl, to_xlsx, to_yaml
from .model import (
    Closing,
    Deadline,
    Finding,
    Leader,
    Meta,
    Note,
    Notice,
    Section,
    Severity,
    Source,
    Span,
    Subsection,
    Target,
    Task,
    Unit,
    UnitEntry,
    UnitKind,
)
from .pipeline import parse_bytes, parse_file, parse_text

__version__ = "0.1.0"
__all__ = [
    "EXPORTERS",
    "Closing",
    "Deadline",
    "Finding",
    "InputError",
    "Leader",
    "Meta",
    "Note",
    "Notice",
    "OutputError",
    "Report",
    "Section",
    "Severity",
    "Source",
    "Span",
    "Subsection",
    "Target",
    "Task",
    "Unit",
    "UnitEntry",
    "UnitKind",
    "__version__",
    "export",
    "parse_bytes",
    "parse_file",
    "parse_text",
    "to_csv",
    "to_json",
    "to_jsonl",
    "to_xlsx",
    "to_yaml",
    "validate",
]
