"""docs/ci.md's workflow and .pre-commit-hooks.yaml: their exact commands run and do what they say."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT

BIN = Path(sys.executable).parent


def environment(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    env["GITHUB_STEP_SUMMARY"] = str(tmp_path / "summary.md")
    return env


def notices_folder(tmp_path: Path) -> None:
    (tmp_path / "notices").mkdir()
    shutil.copy(ROOT / "data" / "raw" / "lishan-2023.txt", tmp_path / "notices" / "lishan-2023.txt")


def workflow_commands() -> list[str]:
    workflow = yaml.safe_load((ROOT / "docs" / "examples" / "github-workflow.yml").read_text("utf-8"))
    steps = workflow["jobs"]["validate"]["steps"]
    return [step["run"] for step in steps if "lishan-plan validate" in step.get("run", "")]


def test_workflow_is_referenced_from_the_docs() -> None:
    text = (ROOT / "docs" / "ci.md").read_text("utf-8")
    for command in workflow_commands():
        assert command in text


def test_workflow_annotation_command_runs(tmp_path: Path) -> None:
    notices_folder(tmp_path)
    annotate, summary = workflow_commands()
    result = subprocess.run(
        ["bash", "-c", annotate], cwd=tmp_path, env=environment(tmp_path), capture_output=True, text=True, check=False
    )
    assert result.returncode == 1  # the reference notice has four tasks without a lead unit
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    assert all(line.startswith("::error file=notices/lishan-2023.txt,line=") for line in lines)
    result = subprocess.run(
        ["bash", "-c", summary], cwd=tmp_path, env=environment(tmp_path), capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert (tmp_path / "summary.md").read_text("utf-8").startswith("## lishan-plan validate")


def test_pre_commit_hook_entry_runs(tmp_path: Path) -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    notices_folder(tmp_path)
    command = [*shlex.split(hook["entry"]), "notices/lishan-2023.txt"]
    result = subprocess.run(
        command, cwd=tmp_path, env=environment(tmp_path), capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert result.stdout.splitlines()[0].startswith("notices/lishan-2023.txt:325:1: LP101")
    assert hook["language"] == "python"
