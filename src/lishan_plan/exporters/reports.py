"""Validation report formats: text, concise, json, github, sarif, junit, markdown.

Each format is a function of the report (and the rule catalogue for the formats that describe
rules), registered by name; none of them looks at a terminal (the CLI adds colour when it has one).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path, PurePath
from urllib.parse import quote

from .. import __version__
from ..checks.rules import Report
from ..diagnostics import RULES
from ..model import Finding, Notice, Severity, node_data
from ..output import printable

Formatter = Callable[[Report, list[Notice]], str]

INFORMATION_URI = "https://github.com/lishan-plan/lishan-plan"


def _location(finding: Finding) -> str:
    return printable(f"{finding.file or '<text>'}:{finding.line}:{finding.column}")


def sarif_uri(file: str | None) -> str:
    """A percent-encoded URI for SARIF: relative paths stay relative, absolute ones become file: URIs."""
    if not file:
        return "stdin"
    path = PurePath(file)
    if path.is_absolute():
        return Path(file).as_uri()
    return quote(path.as_posix(), safe="/")


def summary_line(report: Report) -> str:
    stats = report.stats
    files = "file" if stats.files == 1 else "files"
    return (
        f"{stats.errors} error(s), {stats.warnings} warning(s), {stats.infos} info(s) "
        f"in {stats.files} {files} ({stats.tasks} tasks)"
    )


def render_concise(report: Report, notices: list[Notice]) -> str:
    return "".join(f"{_location(f)}: {f.code} {printable(f.message)}\n" for f in report.findings)


def render_text(report: Report, notices: list[Notice]) -> str:
    lines = []
    for finding in report.findings:
        lines.append(
            f"{_location(finding)}: {finding.severity.value} {finding.code} [{finding.name}] "
            f"{printable(finding.message)}"
        )
        if finding.excerpt:
            lines.append(f"    | {printable(finding.excerpt)}")
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"


def render_json(report: Report, notices: list[Notice]) -> str:
    return json.dumps(node_data(report), ensure_ascii=False, indent=2) + "\n"


_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _github_escape(text: str, *, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property_value else text


def render_github(report: Report, notices: list[Notice]) -> str:
    """GitHub Actions workflow commands: each finding annotates its line in a pull request."""
    lines = []
    for f in report.findings:
        properties = ",".join(
            f"{key}={_github_escape(str(value), property_value=True)}"
            for key, value in (
                ("file", printable(f.file or "stdin")),
                ("line", f.line),
                ("col", f.column),
                ("endLine", f.end_line),
                ("title", f"{f.code} {f.name}"),
            )
        )
        lines.append(f"::{_GITHUB_LEVEL[f.severity]} {properties}::{_github_escape(printable(f.message))}")
    return "".join(line + "\n" for line in lines)


_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render_sarif(report: Report, notices: list[Notice]) -> str:
    """SARIF 2.1.0, with the rule catalogue and a region (line, column, char offset) per result."""
    rule_index = {rule.code: position for position, rule in enumerate(RULES)}
    rules = [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.title},
            "fullDescription": {"text": rule.description},
            "help": {"text": rule.description},
            "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
            "properties": {"tags": ["lishan-plan"]},
        }
        for rule in RULES
    ]
    results = [
        {
            "ruleId": f.code,
            "ruleIndex": rule_index[f.code],
            "level": _SARIF_LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": sarif_uri(f.file)},
                        "region": {
                            "startLine": f.line,
                            "startColumn": f.column,
                            "endLine": f.end_line,
                            "charOffset": f.offset,
                            "snippet": {"text": f.excerpt},
                        },
                    }
                }
            ],
            **({"properties": {"taskId": f.task_id}} if f.task_id else {}),
        }
        for f in report.findings
    ]
    sarif = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "lishan-plan",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"


def render_junit(report: Report, notices: list[Notice]) -> str:
    """JUnit XML: a suite per file, a test case per task (failed when it has an error-level finding)."""
    from xml.sax.saxutils import escape, quoteattr  # (it imports urllib.request: only for JUnit)

    by_file: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_file.setdefault(finding.file or "stdin", []).append(finding)
    suites, total_tests, total_failures = [], 0, 0
    for notice in notices:
        file = notice.source.path or "stdin"
        findings = by_file.get(file, [])
        file = printable(file)
        cases = [task.id for task in notice.all_tasks()]
        per_task: dict[str | None, list[Finding]] = {}
        for finding in findings:
            per_task.setdefault(finding.task_id if finding.task_id in cases else None, []).append(finding)
        body, failures = [], 0
        for case in [None, *cases]:
            case_findings = per_task.get(case, [])
            name = "notice" if case is None else f"task {case}"
            failing = [f for f in case_findings if f.severity is Severity.ERROR]
            failures += bool(failing)
            inner = "".join(
                f"<failure type={quoteattr(f.code)} message={quoteattr(printable(f.message))}>"
                f"{escape(_location(f) + ' ' + printable(f.excerpt))}</failure>"
                for f in failing
            )
            others = [f for f in case_findings if f.severity is not Severity.ERROR]
            if others:
                inner += (
                    "<system-out>"
                    + escape(
                        "".join(f"{_location(f)}: {f.severity.value} {f.code} {printable(f.message)}\n" for f in others)
                    )
                    + "</system-out>"
                )
            body.append(f"    <testcase classname={quoteattr(file)} name={quoteattr(name)}>{inner}</testcase>")
        total_tests += len(cases) + 1
        total_failures += failures
        suites.append(
            f'  <testsuite name={quoteattr(file)} tests="{len(cases) + 1}" failures="{failures}" '
            f'errors="0">\n' + "\n".join(body) + "\n  </testsuite>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<testsuites name="lishan-plan" tests="{total_tests}" failures="{total_failures}">\n'
        + "\n".join(suites)
        + "\n</testsuites>\n"
    )


def render_markdown(report: Report, notices: list[Notice]) -> str:
    """A job summary: verdict, counts and a table of findings."""
    verdict = "✅ valid" if report.valid else "❌ not valid"
    lines = [f"## lishan-plan validate: {verdict}", "", summary_line(report), ""]
    if report.findings:
        lines += ["| Severity | Code | Location | Task | Message |", "|---|---|---|---|---|"]
        for f in report.findings:
            message = printable(f.message).replace("|", "\\|")
            lines.append(
                f"| {f.severity.value} | `{f.code}` {f.name} | `{_location(f)}` | {f.task_id or ''} | {message} |"
            )
    return "\n".join(lines) + "\n"


REPORT_FORMATS: dict[str, Formatter] = {
    "text": render_text,
    "concise": render_concise,
    "json": render_json,
    "github": render_github,
    "sarif": render_sarif,
    "junit": render_junit,
    "markdown": render_markdown,
}
