"""JSON Schemas generated from the models: the documented contract of `parse`, `validate` and `diff` output."""

from __future__ import annotations

import json

from pydantic import BaseModel

from ..checks.rules import Report
from ..compare.changes import DiffReport
from ..model import Notice

SCHEMAS: dict[str, type[BaseModel]] = {"notice": Notice, "report": Report, "diff": DiffReport}


def schema_text(kind: str) -> str:
    """The schema of `kind` as pretty JSON (what schemas/<kind>.schema.json holds)."""
    schema = SCHEMAS[kind].model_json_schema()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"lishan-plan/{kind}.schema.json",
        **schema,
    }
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
