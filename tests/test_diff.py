"""Issue 15: `lishan-plan diff` reports every edit between two notices exactly once, and nothing else."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT
from lishan_plan import parse_text
from lishan_plan.cli import app
from lishan_plan.compare.changes import DiffReport, diff_notices
from lishan_plan.compare.match import hungarian

REFERENCE = ROOT / "data" / "raw" / "lishan-2023.txt"
BASE = """某县人民政府关于印发某县2024年重点工作任务分解方案的通知
某政发〔2024〕3号
各乡镇人民政府，县直各单位：
现将方案印发给你们，请认真贯彻落实。
某县人民政府
2024年2月1日
一、经济发展
1.地区生产总值增长6%左右。
牵头单位：县发改局
责任单位：各乡镇人民政府
2.新建高标准农田2万亩。
牵头单位：县农业农村局
责任单位：县财政局
完成时限：2024年10月底前
3.推进县城老旧小区改造，完成改造小区15个。
牵头单位：县住建局
责任单位：县财政局、各乡镇人民政府
二、民生保障
4.新增城镇就业3000人以上。
牵头单位：县人社局
5.建设乡镇卫生院标准化项目，提升基层医疗服务能力。
牵头单位：县卫健局
责任单位：县医保局
6.开展全民健身活动，新建社区健身场地10处。
牵头单位：县体育局
"""


def diff(old: str, new: str) -> DiffReport:
    return diff_notices(parse_text(old, "old.txt"), parse_text(new, "new.txt"))


def changes(report: DiffReport) -> list[tuple[str, str, tuple[str, ...]]]:
    """(status, id on the side that has it, what changed) for every task that is not unchanged."""
    found = []
    for task in report.tasks:
        if task.status == "unchanged":
            continue
        side = task.new or task.old
        assert side is not None
        found.append((task.status, side.id, tuple(task.changes)))
    return found


def test_identical_notices_have_no_difference() -> None:
    report = diff(BASE, BASE)
    assert changes(report) == []
    assert not report.different
    assert report.summary.unchanged == 6


EDITS = [
    (  # a task added at the end of section 二
        lambda text: text + "7.新建城市书房5个。\n牵头单位：县文旅局\n",
        [("added", "2.7", ())],
    ),
    (  # a task removed
        lambda text: text.replace("6.开展全民健身活动，新建社区健身场地10处。\n牵头单位：县体育局\n", ""),
        [("removed", "2.6", ())],
    ),
    (  # reworded, the figure kept
        lambda text: text.replace(
            "推进县城老旧小区改造，完成改造小区15个", "加快推进县城老旧小区改造，完成改造小区15个"
        ),
        [("changed", "1.3", ("text",))],
    ),
    (  # reassigned: another lead
        lambda text: text.replace("牵头单位：县人社局", "牵头单位：县就业服务中心"),
        [("changed", "2.4", ("lead",))],
    ),
    (  # responsible units changed
        lambda text: text.replace("责任单位：县医保局", "责任单位：县医保局、县财政局"),
        [("changed", "2.5", ("responsible",))],
    ),
    (  # target raised (the text changes with it)
        lambda text: text.replace("新建高标准农田2万亩", "新建高标准农田2.5万亩"),
        [("changed", "1.2", ("text", "targets"))],
    ),
    (  # deadline moved
        lambda text: text.replace("完成时限：2024年10月底前", "完成时限：2024年12月底前"),
        [("changed", "1.2", ("deadline",))],
    ),
    (  # moved to the other section (and so renumbered)
        lambda text: text.replace("4.新增城镇就业3000人以上。\n牵头单位：县人社局\n", "").replace(
            "一、经济发展\n", "一、经济发展\n0.新增城镇就业3000人以上。\n牵头单位：县人社局\n"
        ),
        [("changed", "1.0", ("moved",))],
    ),
]


@pytest.mark.parametrize(("edit", "expected"), EDITS, ids=[f"edit{n}" for n in range(len(EDITS))])
def test_each_edit_is_reported_exactly_once(
    edit: Callable[[str], str], expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    report = diff(BASE, edit(BASE))
    assert changes(report) == expected
    assert report.different


def test_renumbering_alone_is_a_move() -> None:
    renumbered = BASE.replace("5.建设", "15.建设")
    assert changes(diff(BASE, renumbered)) == [("changed", "2.15", ("moved",))]


def test_workload_deltas_by_canonical_name() -> None:
    report = diff(BASE, BASE.replace("牵头单位：县人社局", "牵头单位：县就业服务中心"))
    deltas = {delta.canonical: (delta.lead_old, delta.lead_new) for delta in report.workload}
    assert deltas == {"县人力资源和社会保障局": (1, 0), "县就业服务中心": (0, 1)}


def test_header_changes() -> None:
    report = diff(BASE, BASE.replace("某政发〔2024〕3号", "某政发〔2024〕5号"))
    assert [(change.field, change.old, change.new) for change in report.header] == [
        ("doc_number", "某政发〔2024〕3号", "某政发〔2024〕5号")
    ]


def test_reference_against_itself_exits_zero() -> None:
    result = CliRunner().invoke(app, ["diff", str(REFERENCE), str(REFERENCE)])
    assert result.exit_code == 0


def inline_copy(text: str) -> str:
    """The reference in another layout: each task's 牵头单位/责任单位 lines folded into a bracket."""
    pattern = re.compile(r"\n\n牵头单位:([^\n]*)\n\n责任单位:([^\n]*)")
    text = pattern.sub(lambda match: f"(牵头单位:{match[1]};责任单位:{match[2]})", text)
    return re.sub(r"\n\n责任单位:([^\n]*)", lambda match: f"(责任单位:{match[1]})", text)


def test_another_layout_of_the_same_content_has_no_task_change(tmp_path: Path) -> None:
    copy = tmp_path / "inline.txt"
    copy.write_text(inline_copy(REFERENCE.read_text("utf-8")), "utf-8")
    result = CliRunner().invoke(app, ["diff", str(REFERENCE), str(copy), "-f", "json"])
    report = json.loads(result.stdout)
    assert [task for task in report["tasks"] if task["status"] != "unchanged"] == []
    assert report["summary"]["unchanged"] == 86
    assert "(牵头单位:" in copy.read_text("utf-8")  # the copy really is inline


def test_exit_status_and_formats(tmp_path: Path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(BASE, "utf-8")
    new.write_text(EDITS[3][0](BASE), "utf-8")
    runner = CliRunner()
    for format in ("text", "markdown", "json", "csv"):
        result = runner.invoke(app, ["diff", str(old), str(new), "-f", format])
        assert result.exit_code == 1, format
        assert "县就业服务中心" in result.stdout
    assert runner.invoke(app, ["diff", str(old), str(tmp_path / "missing.txt")]).exit_code == 2


def test_json_carries_both_sides_and_matches_the_schema(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from lishan_plan.exporters.schema import schema_text

    report = json.loads(diff(BASE, EDITS[0][0](BASE)).model_dump_json())
    jsonschema.validate(report, json.loads(schema_text("diff")))
    added = next(task for task in report["tasks"] if task["status"] == "added")
    assert added["old"] is None
    assert added["new"]["lead"] == ["县文化和旅游局"]


def test_assignment_is_optimal_not_greedy() -> None:
    # Row 0 would greedily take column 0 (0.1), leaving row 1 the cost 1.0; the optimum is 0.2 + 0.2.
    assert hungarian([[0.1, 0.2], [0.2, 1.0]]) == [1, 0]
