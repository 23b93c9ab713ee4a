"""JSON Schemas generated from the models: the documented contract of `parse`, `validate` and `diff` output."""

from __future__ import annotations

import json

from pydantic import BaseModel

from ..checks.rules import Report
from ..model import Notice

# The schemas by name; their models are imported when one is asked for (the diff's is not needed to parse).
SCHEMAS = ("notice", "report", "diff")


def schema_model(kind: str) -> type[BaseModel]:
    if kind == "diff":
        from ..compare.changes import DiffReport

        return DiffReport
    models: dict[str, type[BaseModel]] = {"notice": Notice, "report": Report}
    return models[kind]


def schema_text(kind: str) -> str:
    """The schema of `kind` as pretty JSON (what schemas/<kind>.schema.json holds)."""
    schema = schema_model(kind).model_json_schema()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"lishan-plan/{kind}.schema.json",
        **schema,
    }
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
