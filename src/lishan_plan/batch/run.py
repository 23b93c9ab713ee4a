"""Run a batch: documents parsed by a pool of worker processes, results written in input order.

The workers get the documents a few at a time and the outcomes are taken in input order, so memory
stays flat however many documents there are and every output (and the database) is the same whatever
--workers is. Each document's outputs are written atomically as it arrives; the combined
tasks.jsonl grows in a temporary file that is renamed at the end, also after Ctrl-C, holding exactly
the documents that finished.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TextIO

from ..exporters import EXPORTERS
from ..output import write_atomic
from .database import Database
from .files import Document
from .work import Outcome, process


@dataclass
class Summary:
    """What a batch did, for the end-of-run summary (stderr, and --summary FILE as JSON)."""

    documents: int = 0
    tasks: int = 0
    findings: dict[str, int] = field(default_factory=lambda: {"error": 0, "warning": 0, "info": 0})
    failures: list[dict[str, str]] = field(default_factory=list)
    unchanged: int = 0  # already in the database with the same content
    bytes: int = 0
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def unreadable(self) -> int:
        return sum(1 for failure in self.failures if failure["kind"] == "unreadable")

    def as_dict(self) -> dict[str, object]:
        rate = self.documents / self.seconds if self.seconds else 0.0
        return {
            "documents": self.documents,
            "tasks": self.tasks,
            "findings": self.findings,
            "failures": self.failures,
            "unchanged_in_database": self.unchanged,
            "seconds": round(self.seconds, 3),
            "documents_per_second": round(rate, 2),
            "megabytes_per_second": round(self.bytes / 1e6 / self.seconds, 3) if self.seconds else 0.0,
            "interrupted": self.interrupted,
        }

    def line(self) -> str:
        data = self.as_dict()
        findings = self.findings
        return (
            f"{self.documents} documents, {self.tasks} tasks, {findings['error']} errors, {findings['warning']} "
            f"warnings, {findings['info']} infos, {len(self.failures)} failed; {data['seconds']} s, "
            f"{data['documents_per_second']} documents/s, {data['megabytes_per_second']} MB/s"
            + (" (interrupted)" if self.interrupted else "")
        )


@dataclass
class Options:
    output_dir: Path | None
    database: Path | None
    formats: tuple[str, ...]
    workers: int
    fail_fast: bool
    timeout: float | None
    max_bytes: int
    aliases: dict[str, str] | None


Progress = Callable[[Outcome, Summary], None]


# Documents handed to the workers ahead of the one being written, per worker: enough to keep them busy,
# few enough that memory stays flat however long the batch.
WINDOW_PER_WORKER = 4


def _outcomes(documents: list[Document], options: Options) -> Iterator[Outcome]:
    """Outcomes in input order. Several workers run in a process pool started by a fork server (a
    plain fork of a process that holds locks can deadlock); a worker that dies takes only its own
    document with it, reported as failed, and the pool is started again."""
    work = partial(
        process, formats=options.formats, max_bytes=options.max_bytes, timeout=options.timeout, aliases=options.aliases
    )
    paths = [str(document.path) for document in documents]
    if options.workers <= 1:
        yield from map(work, paths)
        return
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    executor = ProcessPoolExecutor(options.workers, mp_context=context, initializer=_ignore_interrupts)
    try:
        pending: deque[tuple[str, Future[Outcome]]] = deque()
        position = 0
        while position < len(paths) or pending:
            while position < len(paths) and len(pending) < options.workers * WINDOW_PER_WORKER:
                pending.append((paths[position], executor.submit(work, paths[position])))
                position += 1
            path, future = pending.popleft()
            try:
                yield future.result()
            except BrokenProcessPool:
                yield Outcome(path, failure="internal error: the worker process died")
                executor.shutdown(wait=False, cancel_futures=True)
                executor = ProcessPoolExecutor(options.workers, mp_context=context, initializer=_ignore_interrupts)
                resubmitted = [(waiting, executor.submit(work, waiting)) for waiting, _ in pending]
                pending = deque(resubmitted)
    finally:
        executor.shutdown(wait=False, cancel_futures=True)


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the main process, which stops the pool and keeps what finished."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run_batch(documents: list[Document], options: Options, progress: Progress | None = None) -> Summary:
    """Parse every document and write its outputs, the combined tasks.jsonl and the database."""
    summary = Summary()
    start = time.perf_counter()
    database = Database(options.database) if options.database else None
    combined = None
    if options.output_dir is not None:
        options.output_dir.mkdir(parents=True, exist_ok=True)
        combined = (options.output_dir / ".tasks.jsonl.partial").open("w", encoding="utf-8")
    try:
        for document, outcome in zip(documents, _outcomes(documents, options), strict=True):
            _take(document, outcome, options, summary, database, combined)
            if progress is not None:
                progress(outcome, summary)
            if outcome.failure and options.fail_fast:
                break
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        summary.seconds = time.perf_counter() - start
        if combined is not None and options.output_dir is not None:
            combined.close()
            os.replace(options.output_dir / ".tasks.jsonl.partial", options.output_dir / "tasks.jsonl")
        if database is not None:
            database.close()
    return summary


def _take(
    document: Document,
    outcome: Outcome,
    options: Options,
    summary: Summary,
    database: Database | None,
    combined: TextIO | None,
) -> None:
    summary.documents += 1
    summary.bytes += outcome.size
    if outcome.failure is not None:
        kind = "unreadable" if outcome.unreadable else "failed"
        summary.failures.append({"path": outcome.path, "kind": kind, "reason": outcome.failure})
        return
    summary.tasks += outcome.tasks
    for severity, count in outcome.findings.items():
        summary.findings[severity] = summary.findings.get(severity, 0) + count
    if options.output_dir is not None:
        for name, data in outcome.outputs.items():
            # notice.txt → notice.txt.json: a folder may hold notice.txt and notice.html side by side
            target = options.output_dir / document.relative.with_name(document.relative.name + EXPORTERS[name].suffix)
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, data.encode("utf-8") if isinstance(data, str) else data)
        if combined is not None:
            combined.write(outcome.jsonl)
    if database is not None:
        if database.current(outcome.path, outcome.sha256):
            summary.unchanged += 1
        else:
            database.write(outcome.path, outcome.sha256, outcome.rows)


def write_summary(summary: Summary, path: Path) -> None:
    write_atomic(path, (json.dumps(summary.as_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
