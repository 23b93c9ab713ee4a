"""The reference notice (Lishan District 2023): facts, golden outputs, and nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, shared_folder
from line_coverage import uncovered_lines
from lishan_plan import Notice, parse_file
from lishan_plan.exporters import EXPORTERS, ExportOptions
from lishan_plan.model import Task
from lishan_plan.read.text import decode_text

REFERENCE = "data/raw/lishan-2023.txt"


@pytest.fixture(scope="module")
def notice() -> Notice:
    return parse_file(REFERENCE)


def by_number(notice: Notice, number: int) -> Task:
    return next(task for task in notice.all_tasks() if task.number == number)


def test_raw_file_is_the_seed_byte_for_byte() -> None:
    seeds = shared_folder("seeds")
    assert (ROOT / REFERENCE).read_bytes() == (seeds / "lishan-2023-notice.txt").read_bytes()


def test_outline_counts(notice: Notice) -> None:
    assert len(notice.sections) == 8
    assert sum(len(section.subsections) for section in notice.sections) == 26
    tasks = notice.all_tasks()
    assert [task.number for task in tasks] == list(range(1, 87))
    assert len({task.id for task in tasks}) == 86


def test_section_one_holds_tasks_one_to_seven_without_subsection(notice: Notice) -> None:
    first = notice.sections[0]
    assert (first.label, first.number, first.title) == ("一", 1, "经济社会发展的主要预期目标")
    assert first.subsections == []
    assert [task.id for task in first.tasks] == [f"1.{n}" for n in range(1, 8)]


def test_each_task_under_its_heading(notice: Notice) -> None:
    placed = {}
    for section in notice.sections:
        for subsection in section.subsections:
            for task in subsection.tasks:
                placed[task.number] = (section.number, subsection.number)
    picked = {number: placed[number] for number in (8, 11, 22, 41, 46, 86)}
    assert picked == {8: (2, 1), 11: (2, 2), 22: (2, 4), 41: (4, 1), 46: (4, 4), 86: (8, 4)}
    assert by_number(notice, 15).id == "2.3.15"


def test_tasks_without_lead_are_reported_not_invented(notice: Notice) -> None:
    without = [task.number for task in notice.all_tasks() if not task.lead_units]
    assert without == [46, 79, 80, 83]
    errors = [
        (finding.code, finding.line, finding.task_id)
        for finding in notice.diagnostics
        if finding.severity.value == "error"
    ]
    starts = {task.id: task.span.start_line for task in notice.all_tasks()}
    assert errors == [("LP101", starts[task_id], task_id) for task_id in ("4.4.46", "7.3.79", "8.1.80", "8.3.83")]


def test_header(notice: Notice) -> None:
    meta = notice.meta
    assert meta.letterhead == "鞍山市立山区人民政府文件"
    assert meta.issuer == "立山区人民政府"
    assert meta.doc_number == "鞍立政发〔2023〕2号"
    assert meta.title == "立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知"
    assert meta.recipients == ["立山经济开发区", "各街道办事处", "各区直部门", "各有关单位"]
    assert meta.date == "2023-03-28"
    assert meta.publication == "此件公开发布"
    assert notice.plan_title is not None
    assert notice.plan_title.text == "立山区政府2023年重点工作任务分解和责任分工方案"
    assert (notice.plan_title.span.start_line, notice.plan_title.span.end_line) == (17, 19)


def test_unit_splitting(notice: Notice) -> None:
    task46 = by_number(notice, 46)
    names = [unit.name for unit in task46.responsible_units]
    assert names == [
        "立山经济开发区",
        "各街道",
        "区政府系统各单位",
        "各部门",
        "市生态环境局立山分局",
        "市自然资源局三分局",
    ]
    task63 = by_number(notice, 63)
    last = task63.responsible_units[-1]
    assert (last.name, last.raw, last.etc) == ("区财政局", "区财政局等有关单位", True)
    task16 = by_number(notice, 16)
    assert [(unit.name, unit.scope) for unit in task16.lead_units] == [
        ("区工信局", "闲置厂房"),
        ("区住建局", "停缓建工程"),
        ("区商务局", "闲置楼宇"),
        ("区国资局", "区属国有企业闲置资产"),
    ]


def test_closing_belongs_to_closing_not_task_86(notice: Notice) -> None:
    task86 = by_number(notice, 86)
    assert task86.span.end_line == 597
    assert notice.closing is not None
    assert notice.closing.text.startswith("2023年是全面贯彻落实党的二十大精神的开局之年")
    assert [(r.label, r.title) for r in notice.closing.requirements] == [
        ("一是", "加强组织领导"),
        ("二是", "健全工作机制"),
        ("三是", "强化协同配合"),
        ("四是", "严格督查考核"),
    ]
    assert notice.closing.span.end_line == 607  # the last line has no newline


def test_nothing_is_lost(notice: Notice) -> None:
    text = decode_text((ROOT / REFERENCE).read_bytes(), REFERENCE).text
    assert uncovered_lines(notice, text) == []
    assert notice.unplaced == []


def test_unit_spans_point_at_their_text(notice: Notice) -> None:
    text = (ROOT / REFERENCE).read_text("utf-8")
    for task in notice.all_tasks():
        for unit in task.lead_units + task.responsible_units:
            assert text[unit.span.start : unit.span.end] == unit.raw


@pytest.mark.parametrize("name", ["json", "yaml", "csv"])
def test_golden_exports(notice: Notice, name: str) -> None:
    """Byte-for-byte against tests/golden (regenerate deliberately with `make golden`)."""
    expected = (ROOT / "tests" / "golden" / f"lishan-2023.{name}").read_bytes()
    assert EXPORTERS[name].render(notice, ExportOptions()).encode("utf-8") == expected


def test_make_run_outputs_are_current(notice: Notice) -> None:
    """data/out holds what `make run` writes today (it is committed for readers of the repository)."""
    for name in ("json", "yaml", "csv"):
        path = Path(ROOT / "data" / "out" / f"lishan-2023.{name}")
        if path.exists():
            options = ExportOptions(excel=name == "csv")  # make run writes the CSV for Excel, with a BOM
            assert path.read_bytes() == EXPORTERS[name].render(notice, options).encode("utf-8")
