"""Regenerate golden outputs and schemas after a deliberate change (make golden). Review the diff!"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from lishan_plan import parse_file  # noqa: E402
from lishan_plan.checks.rules import report  # noqa: E402
from lishan_plan.exporters import EXPORTERS, ExportOptions  # noqa: E402
from lishan_plan.exporters.schema import SCHEMAS, schema_text  # noqa: E402


def main() -> None:
    golden = ROOT / "tests" / "golden"
    golden.mkdir(exist_ok=True)
    for raw in sorted((ROOT / "data" / "raw").iterdir()):
        notice = parse_file(f"data/raw/{raw.name}")
        for name in ("json", "yaml", "csv"):
            path = golden / f"{raw.stem}.{name}"
            path.write_text(EXPORTERS[name].render(notice, ExportOptions()), "utf-8", newline="")
        summary = report([notice]).model_dump(mode="json")
        (golden / f"{raw.stem}.report.json").write_text(
            json.dumps(summary, ensure_ascii=False, indent=2) + "\n", "utf-8"
        )
    for kind in SCHEMAS:
        (ROOT / "schemas" / f"{kind}.schema.json").write_text(schema_text(kind), "utf-8")


if __name__ == "__main__":
    main()
