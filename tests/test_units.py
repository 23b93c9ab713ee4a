"""Issue 11: units as first-class data — canonical names, kinds, the registry, targets, the workbook."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from conftest import ROOT, SHARED
from lishan_plan import Notice, UnitEntry, UnitKind, parse_file, parse_text
from lishan_plan.cli import app
from lishan_plan.exporters.workbook import render_xlsx
from lishan_plan.grammar.canon import builtin_aliases, canonical_list, unit_kind

REFERENCE = ROOT / "data" / "raw" / "lishan-2023.txt"


@pytest.fixture(scope="module")
def notice() -> Notice:
    return parse_file(REFERENCE)


def entry(notice: Notice, canonical: str) -> UnitEntry:
    return next(item for item in notice.units if item.canonical == canonical)


# -- the registry on the reference notice, against a hand count ------------------------------------
def test_registry_holds_every_unit_once(notice: Notice) -> None:
    canonicals = [item.canonical for item in notice.units]
    assert len(canonicals) == len(set(canonicals))
    printed = {unit.canonical for task in notice.all_tasks() for unit in task.lead_units + task.responsible_units}
    assert printed <= set(canonicals)


def test_hand_counted_workloads(notice: Notice) -> None:
    # Counted by hand in data/raw/lishan-2023.txt: 区住建局 on 17 牵头单位 lines (one of them
    # "区住建局(停缓建工程)"), 区发改局 and 区商务局 on 11 each.
    assert entry(notice, "区住房和城乡建设局").lead_count == 17
    assert entry(notice, "区发展和改革局").lead_count == 11
    assert entry(notice, "区商务局").lead_count == 11
    scoped = [unit for task in notice.all_tasks() for unit in task.lead_units if unit.scope == "停缓建工程"]
    assert [unit.canonical for unit in scoped] == ["区住房和城乡建设局"]
    assert notice.units[0].canonical == "区住房和城乡建设局"  # most leads first


def test_elided_prefix_is_restored_and_marked(notice: Notice) -> None:
    restored = [unit for task in notice.all_tasks() for unit in task.responsible_units if unit.restored]
    assert restored
    assert {unit.canonical for unit in restored} == {"区政府系统各部门"}
    assert all(unit.name == "各部门" for unit in restored)  # the name stays as printed


@pytest.mark.parametrize(
    ("canonical", "kind"),
    [
        ("各街道", UnitKind.COLLECTIVE),
        ("区直各部门", UnitKind.COLLECTIVE),
        ("立山经济开发区", UnitKind.LOWER_GOVERNMENT),
        ("恒洁公司", UnitKind.ENTERPRISE),
        ("立盛公司", UnitKind.ENTERPRISE),
        ("市生态环境局立山分局", UnitKind.UPPER_LEVEL),
        ("税务局", UnitKind.UPPER_LEVEL),
        ("区发展和改革局", UnitKind.DEPARTMENT),
    ],
)
def test_kinds_on_the_reference(notice: Notice, canonical: str, kind: UnitKind) -> None:
    assert entry(notice, canonical).kind is kind


def test_canonical_name_and_schema_version(notice: Notice) -> None:
    assert entry(notice, "区发展和改革局").names == ["区发改局"]
    assert notice.schema_version == "1.2"


# -- canonical names and kinds on the unit lists of every layout ----------------------------------
@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["县农业农村局", "财政局", "自然资源局"], ["县农业农村局", "县财政局", "县自然资源局"]),
        (["市市场监管局", "发展改革委"], ["市市场监督管理局", "市发展和改革委员会"]),
        (["区政府系统各单位", "各部门"], ["区政府系统各单位", "区政府系统各部门"]),
        (["省发展改革委", "省市场监管局", "商务厅"], ["省发展和改革委员会", "省市场监督管理局", "省商务厅"]),
        (["各县、市、区政府", "市直有关部门、单位"], ["各县、市、区政府", "市直有关部门、单位"]),
        (["市发展和改革委员会（市能源局）"], ["市发展和改革委员会（市能源局）"]),
    ],
)
def test_canonical_lists(names: list[str], expected: list[str]) -> None:
    assert [canonical for canonical, _ in canonical_list(names, builtin_aliases())] == expected


@pytest.mark.parametrize(
    ("name", "level", "kind"),
    [
        ("各县（市、区）人民政府", "市", UnitKind.LOWER_GOVERNMENT),
        ("各区、县(市)政府", "市", UnitKind.LOWER_GOVERNMENT),
        ("各开发区、镇(街道)", "市", UnitKind.LOWER_GOVERNMENT),
        ("各乡（镇）人民政府", "县", UnitKind.LOWER_GOVERNMENT),
        ("市直有关部门、单位", "市", UnitKind.COLLECTIVE),
        ("县安全生产委员会各成员单位", "县", UnitKind.COLLECTIVE),
        ("人民银行鞍山市中心支行", "区", UnitKind.UPPER_LEVEL),
        ("省商务厅", "市", UnitKind.UPPER_LEVEL),
        ("市商务局", "市", UnitKind.DEPARTMENT),
        ("武汉城发集团", "市", UnitKind.ENTERPRISE),
        ("区总工会", "区", UnitKind.MASS_ORGANISATION),
        ("团区委", "区", UnitKind.MASS_ORGANISATION),
        ("分管副区长", "区", UnitKind.PERSON),
        ("县融媒体中心", "县", UnitKind.DEPARTMENT),
        ("全区经济运行各专班", "区", UnitKind.COLLECTIVE),
    ],
)
def test_kind_rules(name: str, level: str, kind: UnitKind) -> None:
    assert unit_kind(name, level) is kind


# The only unknowns in the shared files are names cut off by the end of an excerpt ("责任单位:市").
CUT_OFF = {"市", "区"}


def test_no_unit_of_the_corpus_real_or_fixtures_is_unknown() -> None:
    files = [REFERENCE, *sorted((ROOT / "tests" / "fixtures").glob("*.txt"))]
    for folder in ("corpus", "real"):
        if (SHARED / folder).is_dir():
            files += sorted((SHARED / folder).glob("*.txt"))
    unknown = {
        (path.name, item.canonical)
        for path in files
        for item in parse_file(path).units
        if item.kind is UnitKind.UNKNOWN and item.canonical not in CUT_OFF
    }
    assert unknown == set()


def test_a_user_alias_file_extends_and_overrides(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[aliases]\n"发改局" = "发展和改革委员会"\n"恒洁公司" = "鞍山恒洁环境服务有限公司"\n', "utf-8")
    result = CliRunner().invoke(app, ["units", str(REFERENCE), "-f", "json", "--aliases", str(aliases)])
    canonicals = {item["canonical"] for item in json.loads(result.stdout)}
    assert {"区发展和改革委员会", "鞍山恒洁环境服务有限公司"} <= canonicals
    bad = tmp_path / "bad.toml"
    bad.write_text("not toml [", "utf-8")
    assert CliRunner().invoke(app, ["units", str(REFERENCE), "--aliases", str(bad)]).exit_code == 2


# -- quantitative targets --------------------------------------------------------------------------
def test_targets_of_the_reference(notice: Notice) -> None:
    by_number = {task.number: task for task in notice.all_tasks()}
    first = by_number[1].targets
    assert [(t.value, t.unit, t.qualifier, t.metric) for t in first] == [(6.2, "%", "左右", "地区生产总值增长")]
    assert [(t.value, t.unit) for t in by_number[15].targets] == [(25.0, "万平"), (91.54, "万平")]
    assert [(t.value, t.unit, t.metric) for t in by_number[41].targets] == [
        (35.0, "微克/立方米", "PM2.5"),
        (322.0, "天", "优良天数"),
    ]
    for number in (2, 3, 4, 5):
        assert [(t.unit, t.qualifier) for t in by_number[number].targets] == [("%", "左右")]
    assert by_number[7].targets == []  # 不低于全市平均水平: no figure


def test_every_target_span_points_at_its_figure(notice: Notice) -> None:
    text = REFERENCE.read_text("utf-8")
    targets = [target for task in notice.all_tasks() for target in task.targets]
    assert len(targets) > 30
    for target in targets:
        assert text[target.span.start : target.span.end] == target.raw


def test_no_target_from_years_or_codes() -> None:
    task = parse_text("一、任务\n1.2023年推进DN1管网改造，完成PM2.5治理。（县住建局牵头）\n").all_tasks()[0]
    assert task.targets == []


# -- the workbook ----------------------------------------------------------------------------------
def test_workbook_holds_what_the_json_holds(notice: Notice) -> None:
    openpyxl = pytest.importorskip("openpyxl", reason="the xlsx extra is not installed")
    workbook = openpyxl.load_workbook(io.BytesIO(render_xlsx(notice)))
    assert workbook.sheetnames == ["任务", "单位", "矩阵", "指标", "问题", "督办台账"]
    units = workbook["单位"]
    rows = list(units.iter_rows(min_row=2, values_only=True))
    assert [(row[0], row[3], row[4], row[5]) for row in rows] == [
        (item.canonical, item.lead_count, item.responsible_count, item.cooperating_count) for item in notice.units
    ]
    assert workbook["任务"].max_row == len(notice.all_tasks()) + 1
    assert workbook["指标"].max_row == sum(len(task.targets) for task in notice.all_tasks()) + 1
    ledger = workbook["督办台账"]
    assert [cell.value for cell in ledger[1]][-6:] == [
        "一季度进展",
        "二季度进展",
        "三季度进展",
        "四季度进展",
        "完成情况",
        "备注",
    ]
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == ("B2" if sheet.title == "矩阵" else "A2")
        assert sheet.auto_filter.ref


def test_workbook_is_deterministic_and_neutralises_formulas() -> None:
    openpyxl = pytest.importorskip("openpyxl", reason="the xlsx extra is not installed")
    hostile = parse_text('一、任务\n1.=HYPERLINK("http://x")推进。（县发改局牵头）\n')
    assert render_xlsx(hostile) == render_xlsx(hostile)
    workbook = openpyxl.load_workbook(io.BytesIO(render_xlsx(hostile)))
    assert workbook["任务"]["E2"].value.startswith("'=")
