"""The README stays true: its two commands, and the rule table generated from the catalogue."""

from __future__ import annotations

from conftest import ROOT
from lishan_plan.cli import rules_markdown


def readme() -> str:
    return (ROOT / "README.md").read_text("utf-8")


def test_readme_opens_with_the_two_commands() -> None:
    text = readme()
    block = text.split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["make run", "make test"]


def test_rule_table_is_generated_from_the_catalogue() -> None:
    text = readme()
    table = text.split("<!-- rules:start -->\n", 1)[1].split("<!-- rules:end -->", 1)[0]
    assert table == rules_markdown()


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text("utf-8")
