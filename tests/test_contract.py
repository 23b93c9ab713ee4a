"""The JSON contract: schema files in step with the model, round-trips, determinism, readable text."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT
from lishan_plan import Notice, parse_file, parse_text
from lishan_plan.exporters import EXPORTERS, ExportOptions
from lishan_plan.exporters.schema import SCHEMAS, schema_text

REFERENCE = "data/raw/lishan-2023.txt"


def test_schema_files_match_the_model() -> None:
    for kind in SCHEMAS:
        assert (ROOT / "schemas" / f"{kind}.schema.json").read_text("utf-8") == schema_text(kind), (
            f"schemas/{kind}.schema.json drifted: run make golden"
        )


def test_every_field_is_described() -> None:
    schema = json.loads(schema_text("notice"))
    for name, definition in schema["$defs"].items():
        for field, spec in definition.get("properties", {}).items():
            assert spec.get("description"), f"{name}.{field} has no description"


def test_output_validates_against_schema() -> None:
    import jsonschema

    document = json.loads(EXPORTERS["json"].render(parse_file(REFERENCE), ExportOptions()))
    jsonschema.validate(document, json.loads(schema_text("notice")))


def test_json_round_trips() -> None:
    notice = parse_file(REFERENCE)
    again = Notice.model_validate_json(EXPORTERS["json"].render(notice, ExportOptions()))
    assert again == notice


def test_deterministic_bytes() -> None:
    first, second = parse_file(REFERENCE), parse_file(REFERENCE)
    for exporter in EXPORTERS.values():
        assert exporter.render(first, ExportOptions()) == exporter.render(second, ExportOptions())


def test_chinese_stays_readable() -> None:
    notice = parse_file(REFERENCE)
    for exporter in EXPORTERS.values():
        rendered = exporter.render(notice, ExportOptions())
        if isinstance(rendered, bytes):  # the workbook: a zip of XML, read in tests/test_units.py
            continue
        assert "\\u" not in rendered
        assert "区发改局" in rendered


def test_parse_text_matches_parse_file() -> None:
    text = (ROOT / REFERENCE).read_text("utf-8")
    from_text, from_file = parse_text(text, REFERENCE), parse_file(REFERENCE)
    assert from_text.model_dump(exclude={"source"}) == from_file.model_dump(exclude={"source"})
    assert from_text.source.sha256 == from_file.source.sha256  # UTF-8 without BOM: same bytes


def test_csv_shape_and_excel_bom() -> None:
    notice = parse_file(REFERENCE)
    csv_text = EXPORTERS["csv"].render(notice, ExportOptions())
    rows = csv_text.splitlines()
    assert rows[0] == (
        "id,section_label,section_title,subsection_label,subsection_title,number,text,"
        "lead_units,responsible_units,cooperating_units,leaders,deadline,start_line,"
        "lead_canonical,responsible_canonical,cooperating_canonical,targets"
    )
    assert len(rows) == 87
    assert EXPORTERS["csv"].render(notice, ExportOptions(excel=True)).startswith("\ufeff")


def test_jsonl_one_task_per_line() -> None:
    lines = EXPORTERS["jsonl"].render(parse_file(REFERENCE), ExportOptions()).splitlines()
    assert len(lines) == 86
    record = json.loads(lines[45])
    picked = {key: record[key] for key in ("id", "section_label", "subsection_label", "notice", "lead_units")}
    assert picked == {
        "id": "4.4.46",
        "section_label": "四",
        "subsection_label": "四",
        "notice": REFERENCE,
        "lead_units": [],
    }


def test_json_from_the_serializer_equals_json_dumps_of_the_data() -> None:
    """render_json serializes in pydantic-core; the text is the json.dumps rendering of the same data."""
    import json

    from lishan_plan import parse_file
    from lishan_plan.exporters.tree import notice_data, render_json

    for name in ("data/raw/lishan-2023.txt", "tests/fixtures/e5_hengxi_traditional_pinyin.txt"):
        notice = parse_file(ROOT / name)
        assert render_json(notice) == json.dumps(notice_data(notice), ensure_ascii=False, indent=2) + "\n"


def test_jsonl_lines_are_the_records() -> None:
    """render_jsonl splices the placement keys into each task's JSON: each line parses to exactly the
    record jsonl_records gives, keys in the same order."""
    from lishan_plan import parse_file
    from lishan_plan.exporters.tabular import jsonl_records, render_jsonl

    notice = parse_file(ROOT / REFERENCE)
    lines = [json.loads(line) for line in render_jsonl(notice).splitlines()]
    records = list(jsonl_records(notice))
    assert lines == records
    assert [list(line) for line in lines] == [list(record) for record in records]


def test_a_parse_and_its_exports_never_build_pydantics_validators() -> None:
    """Building pydantic's validators and serializers for the model took a quarter of a cold `lishan-plan
    parse`: a parse, its JSON, JSON Lines and CSV and its validation report leave them unbuilt (a fresh
    interpreter, as the command line starts), and loading JSON builds them when it is asked for."""
    script = (
        "import lishan_plan.model as model\n"
        "from lishan_plan import parse_file, to_csv, to_json, to_jsonl, validate\n"
        "from lishan_plan.exporters.reports import render_json\n"
        f"notice = parse_file({str(ROOT / REFERENCE)!r})\n"
        "report = validate(notice)\n"
        "texts = to_json(notice), to_jsonl(notice), to_csv(notice), render_json(report, [notice])\n"
        "classes = [item for item in vars(model).values() if isinstance(item, type) and issubclass(item, model.Node)]\n"
        "assert len(classes) > 20 and len(texts[0]) > 10_000\n"
        "print(sorted(cls.__name__ for cls in classes if cls.__pydantic_complete__))\n"
        "print(model.Notice.model_validate_json(texts[0]) == notice, model.Notice.__pydantic_complete__)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines() == ["[]", "True True"]


def test_trusted_nodes_fill_defaults_and_refuse_unknown_or_missing_fields() -> None:
    """`trusted(Task)(…)` skips validation, not the contract: defaults are filled in (a fresh list each),
    and a misspelt or a missing field is an error, as it is for `Task(…)`."""
    from lishan_plan.model import Span, Task, Unit, trusted

    span = trusted(Span)(start_line=1, end_line=1, start=0, end=4)
    first, second = (trusted(Task)(id="1", number=1, label="1.", text="x", span=span) for _ in range(2))
    assert first == Task(id="1", number=1, label="1.", text="x", span=span)
    assert first.lead_units == []
    assert first.lead_units is not second.lead_units
    assert first.deadline is None
    assert first.model_fields_set == set(Task.model_fields)
    with pytest.raises(TypeError, match="unknown fields \\['lead'\\]"):
        trusted(Unit)(raw="甲", name="甲", span=span, lead=True)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="missing span"):
        trusted(Unit)(raw="甲", name="甲")  # type: ignore[call-arg]


def test_nodes_of_a_class_share_one_set_of_field_names() -> None:
    """The model's memory: no per-instance `model_fields_set`; every field counts as set, also after a
    round trip through JSON and after an assignment."""
    for notice in (
        parse_file(ROOT / REFERENCE),
        Notice.model_validate_json(parse_file(ROOT / REFERENCE).model_dump_json()),
    ):
        units = [unit for task in notice.all_tasks() for unit in task.lead_units + task.responsible_units]
        assert len(units) > 100
        assert len({id(unit.model_fields_set) for unit in units}) == 1
        assert units[0].model_fields_set == set(type(units[0]).model_fields)
        spans = [task.span for task in notice.all_tasks()] + [unit.span for unit in units]
        assert len({id(span.model_fields_set) for span in spans}) == 1
    units[0].scope = "x"
    assert units[0].model_fields_set == set(type(units[0]).model_fields)
