"""The command line, tested as a user runs it: outputs, formats, exit statuses."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT
from lishan_plan import parse_file
from lishan_plan.checks.rules import report
from lishan_plan.cli import DataFormat, ReportFormat, app
from lishan_plan.diagnostics import RULES
from lishan_plan.exporters import EXPORTERS
from lishan_plan.exporters.reports import REPORT_FORMATS

REFERENCE = "data/raw/lishan-2023.txt"
runner = CliRunner()


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def reference_with_leads(tmp_path: Path) -> Path:
    """The reference notice with the four missing lead units added."""
    text = (ROOT / REFERENCE).read_text("utf-8")
    for task_start in ("46.大力推广", "79.做好民族", "80.坚持以知促行", "83.坚持依法行政"):
        position = text.index(task_start)
        units = text.index("责任单位", position)
        text = text[:units] + "牵头单位:区政府办\n\n" + text[units:]
    path = tmp_path / "complete.txt"
    path.write_text(text, "utf-8")
    return path


def test_format_enums_follow_the_registries() -> None:
    assert [member.value for member in DataFormat] == list(EXPORTERS)
    assert [member.value for member in ReportFormat] == list(REPORT_FORMATS)


def test_parse_writes_json_to_stdout() -> None:
    code, out, err = run("parse", REFERENCE)
    assert code == 0
    assert json.loads(out)["meta"]["doc_number"] == "鞍立政发〔2023〕2号"
    assert err == ""  # the summary is for terminals only


def test_parse_reads_stdin() -> None:
    code, out, _ = run("parse", "-", "--format", "jsonl", stdin=(ROOT / REFERENCE).read_bytes())
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 86
    assert json.loads(lines[0])["notice"] == "-"


def test_parse_writes_each_format_to_a_file(tmp_path: Path) -> None:
    for name in EXPORTERS:
        target = tmp_path / f"out.{name}"
        assert run("parse", REFERENCE, "--format", name, "--output", str(target))[0] == 0
        assert target.stat().st_size > 1000
    assert (tmp_path / "out.csv").read_bytes().startswith(b"id,section_label")
    assert run("parse", REFERENCE, "-f", "csv", "--excel", "-o", str(tmp_path / "x.csv"))[0] == 0
    assert (tmp_path / "x.csv").read_bytes().startswith(b"\xef\xbb\xbfid,")


def test_parse_exits_zero_despite_findings() -> None:
    assert run("parse", REFERENCE)[0] == 0


def test_validate_reference_exits_one_with_four_errors() -> None:
    code, out, _ = run("validate", REFERENCE, "--format", "concise")
    assert code == 1
    assert [line.split(": ")[1].split()[0] for line in out.splitlines()] == ["LP101"] * 4
    assert [int(line.split(":")[1]) for line in out.splitlines()] == [325, 547, 555, 575]


def test_validate_exits_zero_when_leads_are_added(tmp_path: Path) -> None:
    code, out, _ = run("validate", str(reference_with_leads(tmp_path)))
    assert code == 0, out


def test_validate_exit_zero_and_fail_on(tmp_path: Path) -> None:
    assert run("validate", REFERENCE, "--exit-zero")[0] == 0
    complete = reference_with_leads(tmp_path)
    assert run("validate", str(complete), "--fail-on", "warning")[0] == 0
    lead_only = complete.read_text("utf-8").replace("责任单位:区民宗局", "")  # task 79 keeps only its lead
    warned = tmp_path / "warned.txt"
    warned.write_text(lead_only, "utf-8")
    assert run("validate", str(warned))[0] == 0  # a warning does not fail by default
    assert run("validate", str(warned), "--fail-on", "warning")[0] == 1
    assert run("validate", str(warned), "--fail-on", "warning", "--exit-zero")[0] == 0
    assert run("validate", REFERENCE, "--ignore", "LP101")[0] == 0
    assert run("validate", REFERENCE, "--select", "LP2,LP3")[0] == 0
    assert run("validate", REFERENCE, "--select", "LP1")[0] == 1


def test_validate_exit_two_for_missing_file() -> None:
    code, out, err = run("validate", "no-such-notice.txt")
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "no-such-notice.txt" in err
    assert "Traceback" not in err


def test_validate_json_equals_the_library_report() -> None:
    code, out, _ = run("validate", REFERENCE, "--format", "json")
    assert code == 1
    assert json.loads(out) == report([parse_file(REFERENCE)]).model_dump(mode="json")
    assert json.loads(out)["stats"] == {"files": 1, "tasks": 86, "errors": 4, "warnings": 0, "infos": 0}


def test_validate_github_annotations() -> None:
    _, out, _ = run("validate", REFERENCE, "--format", "github")
    lines = out.splitlines()
    assert len(lines) == 4
    assert lines[0] == (
        "::error file=data/raw/lishan-2023.txt,line=325,col=1,endLine=327,title=LP101 task-without-lead-unit"
        "::task 4.4.46 has no lead unit (牵头单位)"
    )


def test_validate_sarif_structure() -> None:
    """Every property GitHub code scanning requires of a SARIF 2.1.0 upload."""
    _, out, _ = run("validate", REFERENCE, "--format", "sarif")
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0"
    assert sarif["$schema"].endswith("sarif-2.1.0.json")
    (sarif_run,) = sarif["runs"]
    driver = sarif_run["tool"]["driver"]
    assert driver["name"] == "lishan-plan"
    assert [rule["id"] for rule in driver["rules"]] == [rule.code for rule in RULES]
    assert all(rule["shortDescription"]["text"] and rule["fullDescription"]["text"] for rule in driver["rules"])
    results = sarif_run["results"]
    assert len(results) == 4
    for result in results:
        assert result["ruleId"] == "LP101"
        assert result["level"] == "error"
        assert result["message"]["text"]
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == REFERENCE
        region = location["region"]
        assert region["startLine"] >= 1
        assert region["startColumn"] >= 1
        text = (ROOT / REFERENCE).read_text("utf-8")
        assert text[region["charOffset"] :].startswith(("46.", "79.", "80.", "83."))


def test_validate_junit_has_a_case_per_task() -> None:
    _, out, _ = run("validate", REFERENCE, "--format", "junit")
    root = ElementTree.fromstring(out)
    suite = root.find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    assert len(cases) == 87  # the notice itself, then one per task
    failed = [case.get("name") for case in cases if case.find("failure") is not None]
    assert failed == ["task 4.4.46", "task 7.3.79", "task 8.1.80", "task 8.3.83"]


def test_validate_markdown_and_text() -> None:
    _, markdown, _ = run("validate", REFERENCE, "--format", "markdown")
    assert markdown.startswith("## lishan-plan validate: ❌ not valid")
    assert markdown.count("| error |") == 4
    _, text, _ = run("validate", REFERENCE, "--format", "text")
    assert "data/raw/lishan-2023.txt:325:1: error LP101" in text


def test_validate_several_files_in_one_report(tmp_path: Path) -> None:
    complete = reference_with_leads(tmp_path)
    code, out, _ = run("validate", REFERENCE, str(complete), "--format", "json")
    assert code == 1
    document = json.loads(out)
    assert document["stats"]["files"] == 2
    assert {finding["file"] for finding in document["findings"]} == {REFERENCE}


def test_rules_and_schema_commands() -> None:
    code, out, _ = run("rules")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == [rule.code for rule in RULES]
    code, out, _ = run("schema")
    assert code == 0
    assert json.loads(out)["title"] == "Notice"
    assert run("schema", "nonsense")[0] == 2


@pytest.mark.parametrize("args", [["parse"], ["validate"], ["parse", REFERENCE, "--format", "xml"]])
def test_usage_errors_exit_two(args: list[str]) -> None:
    assert run(*args)[0] == 2


def test_help_shows_examples() -> None:
    code, out, _ = run("parse", "--help")
    assert code == 0
    assert "Examples" in out
