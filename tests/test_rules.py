"""Every rule of the catalogue: one notice that triggers it at the expected line, one where it stays silent.

Assertions are on (code, line), never on wording (yamllint's RuleTestCase style).
"""

from __future__ import annotations

from pathlib import Path

from lishan_plan import parse_text
from lishan_plan.diagnostics import RULES

HEADER = """某某县人民政府文件

某政发〔2024〕3号

某某县人民政府关于印发某某县2024年重点工作任务分解方案的通知

各乡镇人民政府，县直各单位：

　　现将《某某县2024年重点工作任务分解方案》印发给你们，请认真贯彻落实。

某某县人民政府
2024年3月1日

（此件公开发布）

某某县2024年重点工作任务分解方案

"""


def found(text: str, code: str) -> list[int]:
    """Lines where `code` was reported for the notice `text`."""
    return [finding.line for finding in parse_text(text).diagnostics if finding.code == code]


def body(plan: str) -> str:
    return HEADER + plan


def line_of(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


def test_every_rule_has_a_test_here() -> None:
    source = Path(__file__).read_text("utf-8")
    for rule in RULES:
        assert f"def test_{rule.code.lower()}_" in source, f"no test for {rule.code}"


def test_lp101_task_without_lead_triggers() -> None:
    text = body("一、总体任务\n1.推进某项工作。\n责任单位：县财政局\n2.推进另一项工作。\n牵头单位：县发改局\n")
    assert found(text, "LP101") == [line_of(text, "1.推进某项")]


def test_lp101_silent_with_lead() -> None:
    text = body("一、总体任务\n1.推进某项工作。\n牵头单位：县财政局\n责任单位：县统计局\n")
    assert found(text, "LP101") == []


def test_lp102_lead_only_triggers() -> None:
    text = body("一、总体任务\n1.推进某项工作。\n牵头单位：县财政局\n")
    assert found(text, "LP102") == [line_of(text, "1.推进")]


def test_lp102_silent_with_cooperating_unit() -> None:
    text = body("一、总体任务\n1.推进某项工作。（县财政局牵头，县统计局配合）\n")
    assert found(text, "LP102") == []


def test_lp103_same_unit_lead_and_responsible_triggers() -> None:
    text = body("一、总体任务\n1.推进某项工作。\n牵头单位：县财政局\n责任单位：县统计局、县财政局\n")
    assert found(text, "LP103") == [line_of(text, "责任单位")]


def test_lp103_silent_for_distinct_units() -> None:
    text = body("一、总体任务\n1.推进某项工作。\n牵头单位：县财政局\n责任单位：县统计局\n")
    assert found(text, "LP103") == []


def test_lp104_empty_unit_list_triggers() -> None:
    text = body("一、总体任务\n1.推进某项工作。\n牵头单位：\n\n责任单位：县统计局\n")
    assert found(text, "LP104") == [line_of(text, "牵头单位：")]


def test_lp104_silent_when_list_has_units() -> None:
    text = body("一、总体任务\n1.推进某项工作。\n牵头单位：县发改局\n责任单位：县统计局\n")
    assert found(text, "LP104") == []


def test_lp105_stray_separator_triggers() -> None:
    text = body("一、总体任务\n1.推进某项工作。\n牵头单位：县发改局\n责任单位：县统计局、、县税务局\n")
    assert found(text, "LP105") == [line_of(text, "责任单位")]
    assert [unit.name for unit in parse_text(text).all_tasks()[0].responsible_units] == ["县统计局", "县税务局"]


def test_lp105_silent_for_clean_list() -> None:
    text = body("一、总体任务\n1.推进某项工作。\n牵头单位：县发改局\n责任单位：县统计局、县税务局\n")
    assert found(text, "LP105") == []


def task(number: int) -> str:
    return f"{number}.推进第{number}项工作。\n牵头单位：县发改局\n责任单位：县统计局\n"


def test_lp106_unclosed_bracket_triggers() -> None:
    text = body("一、总体任务\n（一）推进甲项工作。（牵头单位：县人社局\n\n（二）推进乙项工作。（县财政局牵头）\n")
    assert found(text, "LP106") == [line_of(text, "（一）推进")]


def test_lp106_silent_for_a_bracket_closed_on_the_next_line() -> None:
    text = body(
        "一、总体任务\n1.推进甲项工作。（牵头单位：县人社局；\n责任单位：县财政局）\n2.推进乙项。（县商务局牵头）\n"
    )
    assert found(text, "LP106") == []


def test_lp201_duplicate_task_number_triggers() -> None:
    text = body("一、总体任务\n" + task(1) + task(2) + task(2))
    duplicate = text.rindex("2.推进第2项")
    assert found(text, "LP201") == [text[:duplicate].count("\n") + 1]


def test_lp201_duplicate_section_number_triggers() -> None:
    text = body("一、总体任务\n" + task(1) + "一、又一部分\n" + task(2))
    assert found(text, "LP201") == [line_of(text, "一、又一部分")]


def test_lp201_silent_for_restart_in_each_section() -> None:
    text = body("一、总体任务\n" + task(1) + task(2) + "二、第二部分\n" + task(1) + task(2))
    assert found(text, "LP201") == []
    assert found(text, "LP202") == []


def test_lp202_gap_triggers() -> None:
    text = body("一、总体任务\n" + task(1) + task(3))
    assert found(text, "LP202") == [line_of(text, "3.推进")]


def test_lp202_silent_for_continuous_numbering_across_sections() -> None:
    text = body(
        "一、总体任务\n" + task(1) + task(2) + "二、第二部分\n" + task(3) + task(4) + "三、第三部分\n" + task(5)
    )
    assert found(text, "LP202") == []
    assert found(text, "LP203") == []


def test_lp204_unreadable_number_triggers() -> None:
    text = body("一、总体任务\n（一）推进甲项工作。（牵头单位：县发改局）\n?。ǘ┩七M乙项工作。（牵头单位：县财政局）\n")
    assert found(text, "LP204") == [line_of(text, "?。ǘ┩")]
    assert found(text, "LP202") == []


def test_lp204_silent_for_a_sibling_that_has_no_number_at_all() -> None:
    text = body("一、总体任务\n（一）推进甲项工作。（牵头单位：县发改局）\n推进乙项工作。（牵头单位：县财政局）\n")
    assert found(text, "LP204") == []
    assert found(text, "LP302") == []


def test_lp203_out_of_order_triggers() -> None:
    text = body("一、总体任务\n" + task(1) + task(3) + task(2))
    assert found(text, "LP203") == [line_of(text, "2.推进")]


def test_lp203_silent_in_order() -> None:
    text = body("一、总体任务\n" + task(1) + task(2) + task(3))
    assert found(text, "LP203") == []


def test_lp301_unit_line_without_task_triggers() -> None:
    # before any heading; and under a heading that no task follows (a heading's own fields are for its tasks)
    text = body("牵头单位：县发改局\n一、总体任务\n" + task(1))
    assert found(text, "LP301") == [line_of(text, "牵头单位：县发改局")]
    text = body("一、总体任务\n" + task(1) + "二、保障措施\n牵头县领导：张某\n")
    assert found(text, "LP301") == [line_of(text, "牵头县领导：张某")]


def test_lp301_silent_for_a_headings_fields_over_its_tasks() -> None:
    assert found(body("一、总体任务\n牵头县领导：张某\n牵头单位：县发改局\n" + task(1)), "LP301") == []


def test_lp301_silent_under_a_task() -> None:
    assert found(body("一、总体任务\n" + task(1)), "LP301") == []


def test_lp302_unplaced_text_between_tasks_triggers() -> None:
    stray = "以上工作请各单位认真研究，结合实际制定具体措施并抓好落实，确保取得实效。"
    text = body("一、总体任务\n" + task(1) + stray + "\n" + task(2))
    assert found(text, "LP302") == [line_of(text, stray)]
    assert [block.text for block in parse_text(text).unplaced] == [stray]


def test_lp302_silent_for_closing_text() -> None:
    closing = "各单位要认真研究，结合实际制定具体措施并抓好落实，确保取得实效。"
    assert found(body("一、总体任务\n" + task(1) + task(2) + closing + "\n"), "LP302") == []


def test_lp303_task_cut_off_triggers() -> None:
    text = body("一、总体任务\n" + task(1) + "2.推进第二项工作，力争年内完成主体")
    assert found(text, "LP303") == [line_of(text, "2.推进第二项")]


def test_lp303_silent_for_a_complete_task() -> None:
    assert found(body("一、总体任务\n" + task(1) + "2.推进第二项工作。"), "LP303") == []


PLAN = "一、总体任务\n" + task(1)


def test_lp401_missing_doc_number_triggers() -> None:
    text = HEADER.replace("某政发〔2024〕3号\n", "") + PLAN
    assert found(text, "LP401") == [1]


def test_lp401_silent_with_doc_number() -> None:
    assert found(body(PLAN), "LP401") == []


def test_lp402_missing_date_triggers() -> None:
    text = HEADER.replace("2024年3月1日\n", "") + PLAN
    assert found(text, "LP402") == [1]


def test_lp402_silent_with_date() -> None:
    assert found(body(PLAN), "LP402") == []


def test_lp403_missing_issuer_triggers() -> None:
    text = HEADER.replace("某某县人民政府\n2024", "2024") + PLAN
    assert found(text, "LP403") == [1]


def test_lp403_silent_with_issuer() -> None:
    assert found(body(PLAN), "LP403") == []


def test_lp404_news_article_triggers() -> None:
    article = "本报讯 近日，某某县召开全县经济工作会议。\n会议总结了去年工作，部署了今年任务。\n记者 张三\n"
    assert found(article, "LP404") == [1]


def test_lp404_silent_for_a_plan() -> None:
    assert found(body(PLAN), "LP404") == []


def test_lp501_unknown_role_label_triggers() -> None:
    text = body("一、总体任务\n1.推进某项工作。\n牵头单位：县发改局\n督办单位：县政府督查室\n")
    assert found(text, "LP501") == [line_of(text, "督办单位")]
    notes = parse_text(text).all_tasks()[0].notes
    assert [(note.label, note.text) for note in notes] == [("督办单位", "县政府督查室")]


def test_lp501_silent_for_known_labels() -> None:
    text = body("一、总体任务\n1.推进某项工作。\n牵头单位：县发改局\n配合单位：县政府督查室\n")
    assert found(text, "LP501") == []


def test_lp201_silent_for_items_numbered_afresh_under_each_heading() -> None:
    text = body(
        "一、总体任务\n1.完善路网\n（1）新建公路。（县交通运输局牵头，县财政局配合）\n（2）改造危桥。（县交通运输局牵头，县财政局配合）\n"
        "2.提升供水\n（1）新建水厂。（县水利局牵头，县财政局配合）\n（2）改造管网。（县水利局牵头，县财政局配合）\n"
    )
    assert found(text, "LP201") == []
    assert found(text, "LP203") == []


def test_lp502_unknown_role_verb_triggers_and_keeps_the_bracket() -> None:
    text = body("一、总体任务\n1.推进某项工作。（县发改局牵头，各乡镇人民政府具体实施）\n")
    assert found(text, "LP502") == [line_of(text, "具体实施")]
    task = parse_text(text).all_tasks()[0]
    assert [unit.name for unit in task.lead_units] == ["县发改局"]
    assert [unit.name for unit in task.responsible_units] == ["各乡镇人民政府"]


def test_lp502_silent_for_known_verbs() -> None:
    text = body("一、总体任务\n1.推进某项工作。（县发改局牵头，各乡镇人民政府配合）\n")
    assert found(text, "LP502") == []
