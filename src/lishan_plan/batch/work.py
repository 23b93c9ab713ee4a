"""Parse one document of a batch, in a worker process: a pure function of the file's bytes.

The worker returns plain records (rendered outputs, JSON Lines, database rows, counts), never the
model, so what crosses the process boundary is small and the main process writes everything in
input order. A document that cannot be read, makes the parser raise, or runs past the timeout comes
back as a failure with its reason; the batch goes on.
"""

from __future__ import annotations

import hashlib
import signal
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

from ..errors import InputError, OutputError
from ..model import Notice, Severity, build_serializers
from ..pipeline import parse_bytes


@dataclass
class Outcome:
    """What one document gave: outputs by format, task records, database rows, or a failure."""

    path: str
    sha256: str = ""
    size: int = 0
    outputs: dict[str, str | bytes] = field(default_factory=dict)
    jsonl: str = ""
    rows: dict[str, Any] = field(default_factory=dict)
    tasks: int = 0
    findings: dict[str, int] = field(default_factory=dict)
    failure: str | None = None  # the reason, one line
    unreadable: bool = False  # the input could not be read (exit 2), rather than the parser failing


class DocumentTimeout(Exception):
    """The document took longer than --timeout."""


def _alarm(signal_number: int, frame: FrameType | None) -> None:
    raise DocumentTimeout


def process(
    path: str, formats: tuple[str, ...], max_bytes: int, timeout: float | None, aliases: dict[str, str] | None
) -> Outcome:
    """Parse the document at `path` and render what the batch writes."""
    outcome = Outcome(path)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        return Outcome(path, failure=f"cannot read: {error.strerror or error}", unreadable=True)
    outcome.sha256, outcome.size = hashlib.sha256(data).hexdigest(), len(data)
    build_serializers()  # once per worker, outside the document's time: pydantic-core then writes the JSON
    previous = signal.signal(signal.SIGALRM, _alarm) if timeout else None
    if timeout:
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        notice = parse_bytes(data, path, max_bytes=max_bytes, aliases=aliases)
        _render(notice, formats, outcome)
    except DocumentTimeout:
        outcome.failure = f"timed out after {timeout:g} s"
    except InputError as error:
        outcome.failure, outcome.unreadable = str(error), True
    except OutputError as error:
        outcome.failure = str(error)
    except Exception as error:  # a parser bug on this document: reported, the batch goes on
        last = traceback.extract_tb(error.__traceback__)[-1]
        outcome.failure = f"internal error: {type(error).__name__}: {error} ({Path(last.filename).name}:{last.lineno})"
    finally:
        if timeout:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    return outcome


def _render(notice: Notice, formats: tuple[str, ...], outcome: Outcome) -> None:
    from ..exporters import EXPORTERS, ExportOptions
    from ..exporters.tabular import render_jsonl
    from .database import notice_rows

    for name in formats:
        outcome.outputs[name] = EXPORTERS[name].render(notice, ExportOptions(excel=name == "csv"))
    outcome.jsonl = render_jsonl(notice)
    outcome.rows = notice_rows(notice)
    outcome.tasks = len(notice.all_tasks())
    outcome.findings = {
        severity.value: sum(1 for finding in notice.diagnostics if finding.severity is severity)
        for severity in Severity
    }
