"""The pipeline is visible in the folders: stages import only from earlier stages and the shared core."""

from __future__ import annotations

import ast
from pathlib import Path

import lishan_plan

PACKAGE = Path(lishan_plan.__file__).parent
STAGES = ["read", "lines", "builder", "finish", "checks", "compare", "exporters"]
# Shared by every stage: the model, spans, errors, the findings catalogue, the grammar and output safety.
SHARED = {"model", "spans", "errors", "diagnostics", "grammar", "output"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> list[str]:
    """The package-internal modules a file imports, as dotted names under lishan_plan."""
    found = []
    here = module_name(path).split(".")
    base = here if path.name == "__init__.py" else here[:-1]
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            anchor = base[: len(base) - (node.level - 1)] if node.level > 1 else base
            found.append(".".join([*anchor, *(node.module.split(".") if node.module else [])]))
    return found


def test_top_level_holds_at_most_ten_modules() -> None:
    modules = list(PACKAGE.glob("*.py"))
    assert len(modules) <= 10, sorted(path.name for path in modules)


def test_no_stage_imports_from_a_later_stage() -> None:
    problems = []
    for path in PACKAGE.rglob("*.py"):
        stage = module_name(path).split(".")[0]
        if stage not in STAGES and stage != "grammar":
            continue
        for target in imports_of(path):
            other = target.split(".")[0]
            if other == stage or other == "":
                continue
            if stage == "grammar" and other not in {"model", "spans", "errors"}:
                problems.append(f"{module_name(path)} -> {target} (grammar imports only model, spans, errors)")
            elif other in STAGES and STAGES.index(other) > STAGES.index(stage):
                problems.append(f"{module_name(path)} -> {target}")
            elif other not in STAGES and other not in SHARED and stage != "grammar":
                problems.append(f"{module_name(path)} -> {target} (not a stage nor shared)")
    assert problems == []


def test_every_stage_says_what_goes_in_and_out() -> None:
    for stage in [*STAGES, "grammar", "builder/tables"]:
        doc = ast.get_docstring(ast.parse((PACKAGE / stage / "__init__.py").read_text("utf-8")))
        assert doc, stage
        assert " in" in doc or "shares" in doc or "Tables" in doc, stage
