"""Tasks printed as records of labelled lines (one task a page), not as rows or numbered paragraphs."""

from __future__ import annotations

from line_coverage import uncovered_lines
from lishan_plan import parse_text

# A progress page: the task's number is the page title's, the bullets between are the page's chrome.
TITLED_PAGE = (
    "任务58\n\n  • 听全文\n  • 2023-05-10\n  • 来源: 澄河市人民政府办公室\n"
    "重点工作: 完善公共法律服务体系。\n"
    "牵头单位: 市司法局\n"
    "年度阶段性工作目标: 第一季度:制定年度工作方案。\n"
    "第二季度:建成市级公共法律服务中心。\n"
    "进展情况、存在问题\n及下一步工作建议:\n已完成。\n"
)

# The same record as two-cell rows, the number inside the task's cell.
CELL_PAGE = (
    "重点工作: | 71.推进城市更新片区统筹改造。 |\n"
    "牵头单位: | 市住房城乡建设局 |\n"
    "配合单位: | 市规划和自然资源局、市财政局 |\n"
    "进展情况: | 已完成年度目标的八成。 |\n"
)


def test_a_record_under_a_numbered_page_title_is_a_task() -> None:
    notice = parse_text(TITLED_PAGE)
    (task,) = notice.all_tasks()
    assert (task.number, task.text) == (58, "完善公共法律服务体系。")
    assert [unit.name for unit in task.lead_units] == ["市司法局"]
    # the schedule's 第二季度: goes on the field it continues; it names no field of its own
    notes = [(note.label, note.text) for note in task.notes]
    assert notes[:2] == [("年度阶段性工作目标", "第一季度:制定年度工作方案"), ("及下一步工作建议", "已完成")]
    assert [text for _, text in notes[2:]] == ["第二季度:建成市级公共法律服务中心", "进展情况、存在问题"]
    assert uncovered_lines(notice, TITLED_PAGE) == []


def test_a_record_of_two_cell_rows_takes_the_number_its_task_cell_opens_with() -> None:
    notice = parse_text(CELL_PAGE)
    (task,) = notice.all_tasks()
    assert (task.number, task.text) == (71, "推进城市更新片区统筹改造。")
    assert [unit.name for unit in task.lead_units] == ["市住房城乡建设局"]
    assert [unit.name for unit in task.cooperating_units] == ["市规划和自然资源局", "市财政局"]
    assert uncovered_lines(notice, CELL_PAGE) == []


def test_records_one_after_another_are_tasks_in_order() -> None:
    text = (
        "重点工作: 1.推进甲项工作。\n牵头单位: 市发改局\n完成时限: 2024年6月底前\n"
        "重点工作: 2.推进乙项工作。\n牵头单位: 市财政局\n责任单位: 市税务局\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(task.number, task.lead_units[0].name) for task in tasks] == [(1, "市发改局"), (2, "市财政局")]
    assert tasks[0].deadline is not None
    assert tasks[1].deadline is None
    assert [unit.name for unit in tasks[1].responsible_units] == ["市税务局"]


def test_a_labelled_line_without_units_after_it_is_no_record() -> None:
    text = "重点工作: 全面推进依法行政。\n工作要求: 各单位要高度重视。\n"
    assert parse_text(text).all_tasks() == []


def test_a_task_label_inside_a_numbered_task_stays_the_tasks_line() -> None:
    text = "一、农业\n1.目标任务：粮食播种面积稳定。\n工作措施：落实补贴政策。\n牵头单位：县农业农村局\n"
    (task,) = parse_text(text).all_tasks()
    assert task.number == 1
    assert "落实补贴政策" in task.text
    assert [unit.name for unit in task.lead_units] == ["县农业农村局"]


def test_a_notice_with_numbered_tasks_keeps_its_task_line_in_its_text() -> None:
    text = (
        "工作任务:组织开展消费券发放活动。\n责任单位:市商务局\n具体安排如下:\n"
        "1.做好宣传发动工作。\n牵头单位:市委宣传部\n2.做好资金保障工作。\n牵头单位:市财政局\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(task.number, [unit.name for unit in task.lead_units]) for task in tasks] == [
        (1, ["市委宣传部"]),
        (2, ["市财政局"]),
    ]


def test_a_record_ends_before_the_closing_and_the_signature() -> None:
    text = (
        "工作任务:开展安全生产大检查。\n牵头单位:县应急局\n责任单位:各乡镇人民政府\n"
        "请各单位高度重视,认真抓好落实。\n某县人民政府办公室\n2024年3月1日\n"
    )
    notice = parse_text(text)
    (task,) = notice.all_tasks()
    assert [unit.name for unit in task.responsible_units] == ["各乡镇人民政府"]
    assert notice.meta.date == "2024-03-01"
    assert uncovered_lines(notice, text) == []
