"""The command line: parse, validate, schema, rules. A thin shell over the library.

Exit status: 0 success; 1 `validate` found something at or above --fail-on; 2 a usage, input,
output or decoding problem (one line on stderr, no output file); 3 an internal error (rerun with
--debug for the traceback); 130 interrupted by Ctrl-C, 143 by SIGTERM.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import json
import os
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from .batch.run import Summary
    from .batch.work import Outcome
    from .compare.changes import DiffReport

from . import __version__
from .checks.rules import Report, report
from .diagnostics import RULES
from .errors import InputError, OutputError, Terminated, stop_if_terminated, termination
from .exporters import EXPORTERS, ExportOptions
from .exporters.reports import REPORT_FORMATS, summary_line
from .exporters.schema import SCHEMAS, schema_text
from .grammar.canon import load_aliases
from .model import Notice, Severity
from .output import check_writable, emit, is_stdout, printable
from .pipeline import parse_bytes, parse_file, read_file
from .read import DEFAULT_MAX_BYTES

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 3, 130, 143


app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Parse Chinese government task-decomposition notices (任务分解和责任分工方案) into structured data.",
)


def stderr_is_terminal() -> bool:
    return sys.stderr is not None and sys.stderr.isatty()


@functools.cache
def terminal() -> Console:
    """The rich console on stderr, made (and rich imported) only when a person is watching."""
    from rich.console import Console

    return Console(stderr=True)


class DataFormat(StrEnum):
    """Output formats of `parse` (the exporter registry's names; a test keeps them in step)."""

    JSON = "json"
    YAML = "yaml"
    CSV = "csv"
    JSONL = "jsonl"
    XLSX = "xlsx"


class ReportFormat(StrEnum):
    """Output formats of `validate` (the report registry's names)."""

    TEXT = "text"
    CONCISE = "concise"
    JSON = "json"
    GITHUB = "github"
    SARIF = "sarif"
    JUNIT = "junit"
    MARKDOWN = "markdown"


EncodingOption = Annotated[str | None, typer.Option(help="Read text input with this codec (gb18030, big5 …).")]
InputFormatOption = Annotated[
    str | None,
    typer.Option("--input-format", help="text, html, docx, pdf, xlsx, xls or ods; default: by content or extension."),
]
MaxBytesOption = Annotated[int, typer.Option(min=0, help="Refuse inputs larger than this many bytes.")]
DebugOption = Annotated[bool, typer.Option(help="Show the traceback of an internal error.")]
FileArgument = Annotated[str, typer.Argument(help="The notice (.txt, .html, .docx), or - for standard input.")]
OutputOption = Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")]
AliasesOption = Annotated[
    Path | None,
    typer.Option(help='A TOML file of unit aliases ([aliases] 简称 = "全称") extending the built-in table.'),
]


@contextmanager
def guard(debug: bool, output: Path | None = None) -> Iterator[None]:
    """One-line errors with documented exit codes; a traceback only with --debug. An output path
    that cannot be written is refused before any work is done."""
    try:
        if output is not None:
            check_writable(output)
        yield
        stop_if_terminated()
    except (InputError, OutputError) as error:
        say(f"lishan-plan: error: {error}")
        raise typer.Exit(EXIT_USAGE) from None
    except KeyboardInterrupt as interruption:
        say("lishan-plan: interrupted")
        raise typer.Exit(EXIT_TERMINATED if isinstance(interruption, Terminated) else EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        # The reader went away (… | head): nothing more to say, and nothing wrong with the input.
        _silence_stdout()
        raise typer.Exit(EXIT_OK) from None
    except typer.Exit:
        raise
    except Exception as error:
        if debug:
            traceback.print_exc()
        message = f"lishan-plan: internal error: {type(error).__name__}: {error} (rerun with --debug and report it)"
        say(message.replace("\n", " "))
        raise typer.Exit(EXIT_INTERNAL) from None


def say(message: str) -> None:
    """One line on stderr, control characters shown as escapes; a closed stderr is not an error."""
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(printable(message) + "\n")
        sys.stderr.flush()


def _silence_stdout() -> None:
    """After a broken pipe or a full stdout, point file descriptor 1 at /dev/null so Python's final
    flush cannot fail again (and print nothing if stdout was never open)."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)


def load(
    file: str, encoding: str | None, input_format: str | None, max_bytes: int, aliases: Path | None = None
) -> Notice:
    """A notice from a path, or from standard input for "-"; a large input shows a spinner on a terminal."""
    table = load_aliases(aliases) if aliases is not None else None
    if file == "-":
        data = read_stdin(max_bytes)
        with working(len(data)):
            return parse_bytes(
                data, "-", encoding=encoding, input_format=input_format, max_bytes=max_bytes, aliases=table
            )
    with working(_size(file)):
        return parse_file(file, encoding=encoding, input_format=input_format, max_bytes=max_bytes, aliases=table)


def read_stdin(max_bytes: int) -> bytes:
    """Standard input, one byte past the limit so an endless pipe is refused, not swallowed."""
    if sys.stdin is None:
        raise InputError("standard input is closed")
    try:
        return sys.stdin.buffer.read(max_bytes + 1)
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else "closed"
        raise InputError(f"standard input: cannot read: {reason}") from None


# Inputs at least this large take about a second or more to parse: show that work is going on.
SPINNER_BYTES = 512 * 1024


def _size(file: str) -> int:
    try:
        return os.stat(file).st_size
    except OSError:
        return 0


@contextmanager
def working(size: int) -> Iterator[None]:
    """A spinner on stderr while a large input is parsed, only on a terminal."""
    if size < SPINNER_BYTES or not stderr_is_terminal():
        yield
        return
    with terminal().status(f"parsing {size / 1e6:.1f} MB …"):
        yield


def with_progress(files: list[str]) -> Iterator[str]:
    """A progress bar on a terminal when there are several files; the files unchanged otherwise."""
    if stderr_is_terminal() and len(files) > 1:
        from rich.progress import track

        yield from track(files, description="validating", console=terminal(), transient=True)
    else:
        yield from files


# Findings that mean the file is not (all) a plan: `parse` still writes its output, but says so.
NOT_A_PLAN = ("LP404", "LP303")


def warn_if_not_a_plan(notice: Notice) -> None:
    """One line on stderr when the text has no plan body or is cut off (the findings say more)."""
    for code in NOT_A_PLAN:
        finding = next((finding for finding in notice.diagnostics if finding.code == code), None)
        if finding is not None:
            where = notice.source.path or "<text>"
            say(f"lishan-plan: warning: {where}: {finding.message}")
            return


def print_summary(notice: Notice) -> None:
    """A short summary for a person at a terminal; never part of the data."""
    if not stderr_is_terminal():
        return
    from rich.markup import escape
    from rich.table import Table

    tasks = notice.all_tasks()
    table = Table(title=escape(printable(notice.source.path or "notice")), show_header=False)
    title = notice.meta.title or (notice.plan_title.text if notice.plan_title else "—")
    table.add_row("title", escape(printable(title)))  # document text: no rich markup, no raw escapes
    table.add_row(
        "sections / subsections", f"{len(notice.sections)} / {sum(len(s.subsections) for s in notice.sections)}"
    )
    table.add_row("tasks", str(len(tasks)))
    table.add_row("without lead unit", str(sum(1 for task in tasks if not task.lead_units)))
    table.add_row("findings", ", ".join(f"{code}×{count}" for code, count in _counts(notice).items()) or "none")
    terminal().print(table)


def _counts(notice: Notice) -> dict[str, int]:
    counts: dict[str, int] = {}
    for finding in notice.diagnostics:
        counts[finding.code] = counts.get(finding.code, 0) + 1
    return counts


@app.command(
    epilog="Examples:  lishan-plan parse notice.txt > notice.json   ·   "
    "lishan-plan parse notice.txt -f csv --excel -o tasks.csv   ·   cat notice.txt | lishan-plan parse -"
)
def parse(
    file: FileArgument,
    format: Annotated[
        DataFormat | None,
        typer.Option("--format", "-f", help="Output format; default: from the --output extension, else json."),
    ] = None,
    output: OutputOption = None,
    excel: Annotated[bool, typer.Option(help="CSV: add a UTF-8 BOM so Excel opens it correctly.")] = False,
    sanitize: Annotated[bool, typer.Option(help="CSV: neutralise cells starting with = + - @.")] = True,
    encoding: EncodingOption = None,
    input_format: InputFormatOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    aliases: AliasesOption = None,
    debug: DebugOption = False,
) -> None:
    """Parse a notice into JSON, YAML, CSV (one row per task), JSON Lines (one task per line) or an Excel
    workbook (tasks, units, matrix, targets, findings and a 督办台账; the xlsx extra)."""
    with guard(debug, output):
        chosen = output_format(format, output)
        if chosen is DataFormat.XLSX and is_stdout(output) and sys.stdout is not None and sys.stdout.isatty():
            raise OutputError("an .xlsx workbook is binary: write it to a file with -o notice.xlsx")
        notice = load(file, encoding, input_format, max_bytes, aliases)
        emit(EXPORTERS[chosen.value].content(notice, ExportOptions(excel=excel, sanitize=sanitize)), output)
        warn_if_not_a_plan(notice)
        print_summary(notice)


# What an output file's extension says its format is.
EXTENSION_FORMATS = {
    ".json": DataFormat.JSON,
    ".yaml": DataFormat.YAML,
    ".yml": DataFormat.YAML,
    ".csv": DataFormat.CSV,
    ".jsonl": DataFormat.JSONL,
    ".ndjson": DataFormat.JSONL,
    ".xlsx": DataFormat.XLSX,
}


def output_format(given: DataFormat | None, output: Path | None) -> DataFormat:
    """The format asked for; else the one the output file's extension names; else JSON. An explicit
    format that contradicts the extension is written as asked, with a warning."""
    implied = EXTENSION_FORMATS.get(output.suffix.lower()) if output is not None else None
    if given is None:
        return implied or DataFormat.JSON
    if implied is not None and implied is not given:
        say(f"lishan-plan: warning: writing {given.value} into {output}, whose extension says {implied.value}")
    return given


def _codes(values: list[str] | None) -> list[str]:
    """Selectors as given (LP1, LP201, task-without-lead-unit), rule names turned into their codes;
    an unknown one is a usage error that names the nearest valid selectors."""
    codes = []
    for value in values or []:
        for selector in (part.strip() for part in value.split(",")):
            if selector:
                codes.append(resolve_selector(selector))
    return codes


def resolve_selector(selector: str) -> str:
    by_name = {rule.name: rule.code for rule in RULES}
    if selector.lower() in by_name:
        return by_name[selector.lower()]
    code = selector.upper()
    if any(rule.code.startswith(code) for rule in RULES):
        return code
    known = [rule.code for rule in RULES] + list(by_name)
    nearest = difflib.get_close_matches(selector, known, n=3, cutoff=0.5) or [rule.code for rule in RULES[:3]]
    raise InputError(f"unknown rule selector {selector!r} (nearest: {', '.join(nearest)}; see lishan-plan rules)")


@app.command(
    epilog="Examples:  lishan-plan validate notices/*.txt   ·   "
    "lishan-plan validate notice.txt --format github   ·   "
    "lishan-plan validate notice.txt --format sarif -o lishan.sarif --exit-zero"
)
def validate(
    files: Annotated[list[str], typer.Argument(help="Notices to check (- for standard input).")],
    format: Annotated[ReportFormat, typer.Option("--format", "-f", help="Report format.")] = ReportFormat.TEXT,
    fail_on: Annotated[Severity, typer.Option(help="Exit 1 when a finding is at or above this.")] = Severity.ERROR,
    exit_zero: Annotated[bool, typer.Option(help="Exit 0 even with findings (2 still means bad input).")] = False,
    select: Annotated[list[str] | None, typer.Option(help="Only these codes or prefixes (LP1,LP201).")] = None,
    ignore: Annotated[list[str] | None, typer.Option(help="Leave out these codes or prefixes.")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report here.")] = None,
    encoding: EncodingOption = None,
    input_format: InputFormatOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    aliases: AliasesOption = None,
    debug: DebugOption = False,
) -> None:
    """Check that every task has a lead unit, numbering is sound and the header is complete."""
    unreadable = 0
    with guard(debug, output):
        selected, ignored = _codes(select), _codes(ignore)
        notices = []
        for file in with_progress(files):
            try:
                notices.append(load(file, encoding, input_format, max_bytes, aliases))
            except InputError as error:  # one bad file must not hide the findings of the others
                say(f"lishan-plan: error: {error}")
                unreadable += 1
        result = report(notices, fail_on, selected, ignored)
        if not notices:
            raise typer.Exit(EXIT_USAGE)  # nothing could be read: the errors above say why
        if format.value == "text" and output is None and sys.stdout is not None and sys.stdout.isatty():
            print_report_table(result)
        else:
            emit(REPORT_FORMATS[format.value](result, notices), output)
    raise typer.Exit(EXIT_USAGE if unreadable else exit_code(result, exit_zero))


def exit_code(result: Report, exit_zero: bool) -> int:
    """0 when nothing is at or above --fail-on (or --exit-zero), else 1."""
    return EXIT_OK if exit_zero or result.valid else EXIT_FINDINGS


def print_report_table(result: Report) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    table = Table(show_lines=False)
    for column in ("location", "severity", "code", "message"):
        table.add_column(column)
    style = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}
    for finding in result.findings:
        table.add_row(
            escape(printable(f"{finding.file}:{finding.line}:{finding.column}")),
            f"[{style[finding.severity]}]{finding.severity.value}",
            finding.code,
            escape(printable(finding.message)),
        )
    if result.findings:
        console.print(table)
    console.print(summary_line(result), markup=False)


class UnitsFormat(StrEnum):
    """Output formats of `units`."""

    TABLE = "table"
    CSV = "csv"
    JSON = "json"
    MATRIX = "matrix"


@app.command(
    epilog="Examples:  lishan-plan units notice.txt   ·   lishan-plan units notice.txt -f json | jq '.[0]'   ·   "
    "lishan-plan units notice.txt -f matrix --excel -o matrix.csv"
)
def units(
    file: FileArgument,
    format: Annotated[UnitsFormat, typer.Option("--format", "-f", help="Output format.")] = UnitsFormat.TABLE,
    output: OutputOption = None,
    excel: Annotated[bool, typer.Option(help="CSV and matrix: add a UTF-8 BOM for Excel.")] = False,
    encoding: EncodingOption = None,
    input_format: InputFormatOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    aliases: AliasesOption = None,
    debug: DebugOption = False,
) -> None:
    """Who does what: every unit once (canonical name, kind), with the tasks it leads, is responsible
    for and co-operates on, most leads first. json gives the registry objects; matrix a units × tasks CSV."""
    from .exporters import registry_views as views

    with guard(debug, output):
        notice = load(file, encoding, input_format, max_bytes, aliases)
        if format is UnitsFormat.TABLE and output is None and sys.stdout is not None and sys.stdout.isatty():
            print_units_table(notice)
            return
        renderers: dict[UnitsFormat, Callable[[Notice], str]] = {
            UnitsFormat.TABLE: views.render_units_table,
            UnitsFormat.JSON: views.render_units_json,
            UnitsFormat.CSV: functools.partial(views.render_units_csv, excel=excel),
            UnitsFormat.MATRIX: functools.partial(views.render_matrix_csv, excel=excel),
        }
        emit(renderers[format](notice), output)


def print_units_table(notice: Notice) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=escape(printable(notice.source.path or "notice")))
    for column in ("unit", "kind", "lead", "responsible", "co-operating", "printed as"):
        table.add_column(column, justify="right" if column in ("lead", "responsible", "co-operating") else "left")
    for entry in notice.units:
        table.add_row(
            escape(printable(entry.canonical)),
            entry.kind.value,
            str(entry.lead_count),
            str(entry.responsible_count),
            str(entry.cooperating_count),
            escape(printable("、".join(entry.names))),
        )
    Console().print(table)


class DiffFormat(StrEnum):
    """Output formats of `diff`."""

    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"
    CSV = "csv"


@app.command(
    epilog="Examples:  lishan-plan diff plan-2024.txt plan-2025.txt   ·   "
    "lishan-plan diff old.docx new.txt -f markdown > comment.md   ·   "
    "lishan-plan diff a.txt b.txt -f json | jq .summary"
)
def diff(
    old: Annotated[str, typer.Argument(help="The earlier notice (any input format).")],
    new: Annotated[str, typer.Argument(help="The later notice.")],
    format: Annotated[DiffFormat, typer.Option("--format", "-f", help="Output format.")] = DiffFormat.TEXT,
    threshold: Annotated[
        float, typer.Option(min=0.0, max=1.0, help="How similar two task texts must be to pair (0–1).")
    ] = 0.6,
    output: OutputOption = None,
    encoding: EncodingOption = None,
    input_format: InputFormatOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    aliases: AliasesOption = None,
    debug: DebugOption = False,
) -> None:
    """What changed between two notices: tasks added, removed, moved, reworded, reassigned, retargeted,
    re-dated; who gained or lost work; header changes. Exit 0 when nothing differs, 1 when something
    does, 2 on trouble (like diff)."""
    from .compare.changes import diff_notices
    from .compare.formats import DIFF_FORMATS

    with guard(debug, output):
        report = diff_notices(
            load(old, encoding, input_format, max_bytes, aliases),
            load(new, encoding, input_format, max_bytes, aliases),
            threshold,
        )
        if format is DiffFormat.TEXT and output is None and sys.stdout is not None and sys.stdout.isatty():
            print_diff(report)
        else:
            emit(DIFF_FORMATS[format.value](report), output)
    raise typer.Exit(EXIT_FINDINGS if report.different else EXIT_OK)


def print_diff(report: DiffReport) -> None:
    """The text report, coloured for a terminal: additions green, removals red, changes yellow."""
    from rich.console import Console
    from rich.markup import escape

    from .compare.formats import render_text

    console = Console()
    colours = {"+": "green", "-": "red", "~": "yellow"}
    for line in render_text(report).splitlines():
        colour = colours.get(line[:1])
        console.print(f"[{colour}]{escape(line)}[/]" if colour else escape(line), highlight=False)


@app.command(
    epilog="Examples:  lishan-plan batch notices/ --output-dir out/ --db notices.sqlite   ·   "
    "lishan-plan batch 'archive/**/*.html' --workers 4 --format json --format xlsx -o out/   ·   "
    "lishan-plan batch notices/ --db notices.sqlite --summary run.json"
)
def batch(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (searched recursively) and glob patterns.")],
    output_dir: Annotated[
        Path | None,
        typer.Option("--output-dir", "-o", help="Write each document's outputs here, mirroring the input tree."),
    ] = None,
    db: Annotated[Path | None, typer.Option("--db", help="Write every notice into this SQLite database.")] = None,
    workers: Annotated[int, typer.Option(min=0, help="Worker processes (0, the default: one per core).")] = 0,
    format: Annotated[
        list[DataFormat] | None, typer.Option("--format", "-f", help="Per-document outputs (repeatable); default json.")
    ] = None,
    fail_fast: Annotated[bool, typer.Option(help="Stop at the first document that fails.")] = False,
    timeout: Annotated[
        float | None, typer.Option(min=0.1, help="Give up on a document after this many seconds.")
    ] = None,
    glob: Annotated[
        str | None, typer.Option(help="In folders, take only files matching this pattern (*.html).")
    ] = None,
    summary: Annotated[Path | None, typer.Option(help="Also write the run's summary here as JSON.")] = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    aliases: AliasesOption = None,
    debug: DebugOption = False,
) -> None:
    """Parse many notices: per-document outputs, one combined tasks.jsonl and a SQLite database, with a
    progress display and a summary on stderr. A document that fails is reported and the run goes on.
    Exit 0, 1 when a document has an error-level finding, 2 when a document could not be read."""
    from .batch.files import find_documents
    from .batch.run import Options, run_batch, write_summary

    with guard(debug, summary):
        if output_dir is None and db is None:
            raise InputError("nothing to write: give --output-dir, --db or both", usage=True)
        if summary is not None and output_dir is not None and _inside(summary, output_dir):
            raise InputError("--summary must not be inside --output-dir (the outputs stay the same run to run)")
        documents = find_documents(paths, glob, skip=output_dir)
        options = Options(
            output_dir=output_dir,
            database=db,
            formats=tuple(dict.fromkeys(fmt.value for fmt in (format or [DataFormat.JSON]))),
            workers=workers or os.cpu_count() or 1,
            fail_fast=fail_fast,
            timeout=timeout,
            max_bytes=max_bytes,
            aliases=load_aliases(aliases) if aliases else None,
        )
        with batch_progress(len(documents)) as progress:
            result = run_batch(documents, options, progress)
        for failure in result.failures:
            say(f"lishan-plan: {failure['kind']}: {failure['path']}: {failure['reason']}")
        say(f"lishan-plan: {result.line()}")
        if summary is not None:
            write_summary(result, summary)
    if result.interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    if result.unreadable:
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(EXIT_FINDINGS if result.findings["error"] else EXIT_OK)


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


# Without a terminal, a progress line every this many documents (and one per failure).
PROGRESS_EVERY = 100


@contextmanager
def batch_progress(total: int) -> Iterator[Callable[[Outcome, Summary], None]]:
    """A rich progress bar on a terminal (documents, tasks, findings, rate, ETA); plain lines otherwise."""
    if not stderr_is_terminal():

        def plain(outcome: Outcome, summary: Summary) -> None:
            if outcome.failure or summary.documents % PROGRESS_EVERY == 0 or summary.documents == total:
                say(f"lishan-plan: {summary.documents}/{total} documents, {summary.tasks} tasks")

        yield plain
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (
        TextColumn("batch"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[tasks]} tasks · {task.fields[findings]} findings · {task.fields[rate]} docs/s"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=terminal(), transient=True) as bar:
        handle = bar.add_task("batch", total=total, tasks=0, findings=0, rate="–")
        start = time.perf_counter()

        def fancy(outcome: Outcome, summary: Summary) -> None:
            elapsed = max(time.perf_counter() - start, 1e-9)
            bar.update(
                handle,
                advance=1,
                tasks=summary.tasks,
                findings=sum(summary.findings.values()),
                rate=f"{summary.documents / elapsed:.1f}",
            )

        yield fancy


@app.command(
    "report",
    epilog="Examples:  lishan-plan report notice.txt -o notice.html   ·   lishan-plan report notice.docx > page.html",
)
def report_command(
    file: FileArgument,
    output: OutputOption = None,
    encoding: EncodingOption = None,
    input_format: InputFormatOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    aliases: AliasesOption = None,
    debug: DebugOption = False,
) -> None:
    """A self-contained HTML page: outline, filterable task table, unit workload chart, targets,
    findings, and the source with every task, unit and deadline highlighted (the report extra)."""
    from .exporters.html_report import render_report
    from .pipeline import read_and_parse

    with guard(debug, output):
        data = read_stdin(max_bytes) if file == "-" else read_file(file, max_bytes)
        table = load_aliases(aliases) if aliases is not None else None
        notice, text = read_and_parse(
            data, file, encoding=encoding, input_format=input_format, max_bytes=max_bytes, aliases=table
        )
        emit(render_report(notice, text), output)


@app.command()
def schema(kind: Annotated[str, typer.Argument(help=f"Which schema: {', '.join(SCHEMAS)}.")] = "notice") -> None:
    """Print the JSON Schema of the parse output (or of the validation report)."""
    if kind not in SCHEMAS:
        say(f"lishan-plan: error: unknown schema {kind!r} (known: {', '.join(SCHEMAS)})")
        raise typer.Exit(EXIT_USAGE)
    with guard(debug=False):
        emit(schema_text(kind), None)


def rules_text() -> str:
    return "".join(f"{r.code}  {r.severity.value:<7}  {r.name:<32}  {r.title}\n" for r in RULES)


def rules_markdown() -> str:
    """The rule table for the README, generated from the catalogue."""
    rows = ["| Code | Name | Severity | What it finds |", "|---|---|---|---|"]
    rows += [f"| `{r.code}` | `{r.name}` | {r.severity.value} | {r.description} |" for r in RULES]
    return "\n".join(rows) + "\n"


def rules_json() -> str:
    fields = [
        {"code": r.code, "name": r.name, "severity": r.severity.value, "title": r.title, "description": r.description}
        for r in RULES
    ]
    return json.dumps(fields, ensure_ascii=False, indent=2) + "\n"


RULE_LISTINGS = {"text": rules_text, "markdown": rules_markdown, "json": rules_json}


@app.command()
def rules(
    format: Annotated[str, typer.Option("--format", "-f", help="text, markdown or json.")] = "text",
) -> None:
    """List the validation rules: code, name, severity and what each checks."""
    if format not in RULE_LISTINGS:
        say(f"lishan-plan: error: unknown format {format!r} (known: {', '.join(RULE_LISTINGS)})")
        raise typer.Exit(EXIT_USAGE)
    with guard(debug=False):
        emit(RULE_LISTINGS[format](), None)


def version_callback(value: bool) -> None:
    if value:
        with guard(debug=False):
            emit(f"lishan-plan {__version__}\n", None)
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """lishan-plan: structure out of task-decomposition notices."""


def _terminate(signal_number: int, frame: object) -> None:
    termination.set()  # kept even if the exception below is dropped (see errors.termination)
    raise Terminated  # run the same clean-up as Ctrl-C: no half-written output


def main() -> None:
    """The console entry point: typer's app, with the failures it leaves (help text written to a
    full or closed stdout, a signal before any command runs) mapped to the documented statuses."""
    signal.signal(signal.SIGTERM, _terminate)
    try:
        app()
    except OSError as error:  # --help or a usage message onto /dev/full or a closed stdout
        _silence_stdout()
        say(f"lishan-plan: error: cannot write: {error.strerror or error}")
        sys.exit(EXIT_USAGE)
    except KeyboardInterrupt as interruption:
        say("lishan-plan: interrupted")
        sys.exit(EXIT_TERMINATED if isinstance(interruption, Terminated) else EXIT_INTERRUPTED)
