"""Small layouts not worth a whole fixture notice: each snippet, and what it must give."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from line_coverage import uncovered_lines
from lishan_plan import parse_text
from lishan_plan.finish.notice import MAX_GROUP_UNITS
from lishan_plan.lines.classify import display_width


def roles(text: str) -> list[tuple[int, list[str], list[str], list[str]]]:
    return [
        (
            task.number,
            [unit.name for unit in task.lead_units],
            [unit.name for unit in task.responsible_units],
            [unit.name for unit in task.cooperating_units],
        )
        for task in parse_text(text).all_tasks()
    ]


def test_fields_running_on_in_the_task_paragraph() -> None:
    text = (
        "一、总体任务\n1.推进某项工作。牵头单位：县发改局；责任单位：县统计局、县财政局\n"
        "2.推进另一项工作，确保各单位：按时完成\n"
    )
    assert roles(text) == [(1, ["县发改局"], ["县统计局", "县财政局"], []), (2, [], [], [])]
    assert parse_text(text).all_tasks()[0].text == "推进某项工作。"


def test_labels_in_lenticular_brackets() -> None:
    text = "一、总体任务\n1.推进某项工作。\n【牵头单位】县发改局\n【配合单位】县统计局、县财政局\n"
    assert roles(text) == [(1, ["县发改局"], [], ["县统计局", "县财政局"])]


def test_table_number_cells_with_punctuation() -> None:
    text = "序号\t工作任务\t牵头单位\n1.\t推进某项工作。\t县发改局\n（二）\t推进另一项工作。\t县财政局\n"
    assert roles(text) == [(1, ["县发改局"], [], []), (2, ["县财政局"], [], [])]


def test_conjunction_joins_two_units_but_not_a_name() -> None:
    text = (
        "一、总体任务\n1.推进某项工作。（省有关部门和各市、县（区）人民政府按职责分工负责，省住房和城乡建设厅牵头）\n"
    )
    assert roles(text) == [(1, ["省住房和城乡建设厅"], [], ["省有关部门", "各市、县（区）人民政府"])]
    # the right side ends like an organisation before the next conjunction: a name of its own
    text = "一、总体任务\n1.推进某项工作。（县水务局牵头，县农业农村局、林业局和电力监管办及各乡镇配合）\n"
    assert roles(text) == [(1, ["县水务局"], [], ["县农业农村局", "林业局", "电力监管办", "各乡镇"])]


def test_cells_that_vanished_from_a_one_cell_per_line_table() -> None:
    header = "序号 |\n重点工作 |\n分管县领导 |\n牵头单位 |\n配合单位 |\n完成时限 |\n"
    rows = (
        "一、重点任务 |\n"
        "1 |\n推进甲项工作。 |\n王明 |\n县发展改革委 |\n县统计局 |\n2024年6月底前 |\n"
        "2 |\n推进乙项工作。 |\n县财政局 |\n县税务局 |\n全年 |\n"  # no leader cell at all
        "3 |\n推进丙项工作。 |\n李华 |\n县住建局 |\n县水利局 |\n"  # no deadline cell at all
        "4 |\n推进丁项工作。 |\n李华 |\n县农业农村局 |\n各乡镇人民政府 |\n持续推进 |\n"
    )
    notice = parse_text(header + rows)
    got = [
        (
            task.number,
            [leader.name for leader in task.leaders],
            [unit.name for unit in task.lead_units],
            [unit.name for unit in task.cooperating_units],
            task.deadline.raw if task.deadline else None,
        )
        for task in notice.all_tasks()
    ]
    assert got == [
        (1, ["王明"], ["县发展改革委"], ["县统计局"], "2024年6月底前"),
        (2, [], ["县财政局"], ["县税务局"], "全年"),
        (3, ["李华"], ["县住建局"], ["县水利局"], None),
        (4, ["李华"], ["县农业农村局"], ["各乡镇人民政府"], "持续推进"),
    ]


def test_numbered_line_that_heads_numbered_items_carrying_the_units() -> None:
    text = (
        "一、加强基础设施建设\n1.完善交通路网\n（1）新建农村公路50公里。（县交通运输局牵头，县财政局配合）\n"
        "（2）改造危桥10座。（县交通运输局牵头）\n2.提升供水保障\n（1）新建水厂1座。（县水利局牵头）\n"
    )
    notice = parse_text(text)
    assert [topic.title for topic in notice.sections[0].topics] == ["1.完善交通路网", "2.提升供水保障"]
    got = [(task.label, task.topic, [unit.name for unit in task.lead_units]) for task in notice.all_tasks()]
    assert got == [
        ("（1）", "1.完善交通路网", ["县交通运输局"]),
        ("（2）", "1.完善交通路网", ["县交通运输局"]),
        ("（1）", "2.提升供水保障", ["县水利局"]),
    ]


def test_group_units_after_items_stay_with_the_numbered_task() -> None:
    text = (
        "一、加强应急管理\n1.完善应急预案体系\n（1）修订总体预案；\n（2）修订专项预案；\n（3）开展演练。\n"
        "（责任单位：县应急管理局，各乡镇人民政府）\n2.加强队伍建设。（牵头单位：县应急管理局）\n"
    )
    got = [
        (task.number, len(task.items), [unit.name for unit in task.responsible_units])
        for task in parse_text(text).all_tasks()
    ]
    assert got == [(1, 3, ["县应急管理局", "各乡镇人民政府"]), (2, 0, [])]


def test_sections_named_after_a_leader_give_their_tasks_that_leader() -> None:
    text = (
        "一、王纲市长主抓重点工作\n1.推进甲。（市发改委牵头）\n二、李明副市长分管的工作\n2.推进乙。（市商务局牵头）\n"
        "三、其他工作\n3.推进丙。（市教育局牵头）\n"
    )
    got = [[(leader.name, leader.label) for leader in task.leaders] for task in parse_text(text).all_tasks()]
    assert got == [[("王纲", "市长")], [("李明", "副市长")], []]
    # the posts first: 县长 陈启航 分管领域（3项） · 县委常委、副县长罗显文分管领域
    text = (
        "一、县长 陈启航 分管领域（1项）\n1.推进甲。（县发改局牵头）\n二、县委常委、副县长罗显文分管领域（1项）\n"
        "1.推进乙。（县商务局牵头）\n三、县委书记抓基层党建工作\n1.推进丙。（县委组织部牵头）\n"
    )
    got = [[(leader.name, leader.label) for leader in task.leaders] for task in parse_text(text).all_tasks()]
    assert got == [[("陈启航", "县长")], [("罗显文", "县委常委、副县长")], []]
    # a name before the post needs no common surname (洪某某市长主抓, 郦某某县长主抓: a heading says so itself)
    text = "一、郦湖鹏市长主抓重点工作\n1.推进甲。（市发改委牵头）\n"
    assert [leader.name for leader in parse_text(text).all_tasks()[0].leaders] == ["郦湖鹏"]


def test_points_that_carry_their_own_units_are_tasks() -> None:
    text = (
        "一、稳增长\n（一）扩大投资。\n一是实施重点项目。（牵头单位：市发展改革委；责任单位：市财政局）\n"
        "二是争取专项债券。（牵头单位：市财政局）\n（二）促进消费。\n一是举办消费季活动。（牵头单位：市商务局）\n"
    )
    got = [(task.id, task.label, task.lead_units[0].name) for task in parse_text(text).all_tasks()]
    assert got == [("1.1.1", "一是", "市发展改革委"), ("1.1.2", "二是", "市财政局"), ("1.2.1", "一是", "市商务局")]


def test_two_tasks_on_one_line_after_a_lost_line_break() -> None:
    text = (
        "一、总体\n1.推进甲项工作。（县水利局牵头）2.推进乙项工作。（县交通运输局牵头）\n3.推进丙项。（县财政局牵头）\n"
    )
    notice = parse_text(text)
    got = [(task.number, task.text, task.lead_units[0].name) for task in notice.all_tasks()]
    assert got == [
        (1, "推进甲项工作。", "县水利局"),
        (2, "推进乙项工作。", "县交通运输局"),
        (3, "推进丙项。", "县财政局"),
    ]
    assert notice.all_tasks()[1].span.start_line == 2


def test_a_unit_marked_as_lead_in_its_list() -> None:
    text = "一、总体\n1.推进甲。（责任单位：市工信局、市财政局（牵头）、各区政府）\n"
    (task,) = parse_text(text).all_tasks()
    assert [unit.name for unit in task.lead_units] == ["市财政局"]
    assert [unit.name for unit in task.responsible_units] == ["市工信局", "各区政府"]


def test_a_unit_list_wrapped_inside_a_name_goes_on() -> None:
    """A PDF copy wraps a 协办单位 list mid-name (…、开发区党工 / 委、各镇党委); the line completes the name.
    A line after a complete list is the next task's text, not more units."""
    text = (
        "一、总体任务\n1.推进某项工作。\n牵头单位:县人社局\n协办单位:县教育局、县财政局、开发区党工\n委、各镇党委\n"
        "2.推进另一项工作。\n牵头单位:县民政局\n协办单位:各镇人民政府\n加强统筹协调。\n"
    )
    assert roles(text) == [
        (1, ["县人社局"], [], ["县教育局", "县财政局", "开发区党工委", "各镇党委"]),
        (2, ["县民政局"], [], ["各镇人民政府"]),
    ]


def test_hosting_and_assisting_verbs() -> None:
    text = "一、总体任务\n1.推进某项工作。（县住建局主办，各镇协办）\n2.推进另一项工作。（县水利局、县财政局主办）\n"
    assert roles(text) == [(1, ["县住建局"], [], ["各镇"]), (2, ["县水利局", "县财政局"], [], [])]
    # the pair as verb labels in the bracket: （主办：X；协办：Y）
    labelled = "一、总体任务\n1.推进某项工作。（主办：县住建局；协办：县财政局、各镇）\n"
    assert roles(labelled) == [(1, ["县住建局"], [], ["县财政局", "各镇"])]


def test_a_preamble_statement_assigns_units_only_when_it_speaks_of_every_task() -> None:
    body = "一、总体任务\n1.推进某项工作。\n牵头单位：县发改局\n"
    every = "县某某方案\n各乡镇人民政府均为责任单位，不再逐项列出。\n" + body
    organised = "县某某方案\n县政府有关部门为责任单位，具体负责各自领域的组织实施。\n" + body
    assert roles(every) == [(1, ["县发改局"], ["各乡镇人民政府"], [])]
    assert roles(organised) == [(1, ["县发改局"], [], [])]


def test_a_heading_over_a_closed_paragraph_and_one_cut_off_is_a_heading() -> None:
    # An excerpt that ends inside the heading's second paragraph: the one closed paragraph is a task,
    # not the heading's own text, since another paragraph follows it.
    text = (
        "一、稳住农业生产\n"
        "抓好春耕备耕。落实种粮补贴，扩大良种覆盖面。（县农业农村局牵头）\n"
        "加强农田水利设施建设，完善小型灌区配套"
    )
    notice = parse_text(text)
    assert roles(text) == [(None, ["县农业农村局"], [], [])]
    assert notice.all_tasks()[0].text.startswith("抓好春耕备耕。")


def test_a_heading_over_one_closed_paragraph_is_the_task() -> None:
    text = "一、稳住农业生产\n抓好春耕备耕。落实种粮补贴，扩大良种覆盖面。（县农业农村局牵头）\n"
    notice = parse_text(text)
    assert roles(text) == [(1, ["县农业农村局"], [], [])]
    assert notice.all_tasks()[0].text.startswith("稳住农业生产")


def test_pipe_rows_under_a_merged_cell_are_placed_by_fit() -> None:
    # The 主题 cell is merged over rows 1-2 and 3-4: the rows under it lose that cell, and their
    # cells stand one column to the left. The schedule of row 4 opens with a month: its deadline.
    text = (
        "序号 | 主题 | 具体任务 | 责任科室 | 完成时限 | 备注 |\n"
        "1 | 建设甲类数据平台 | 完成平台一期建设 | 一科、二科 | 长期坚持 |\n"
        "2 | 接入乙类业务系统 | 三科 | 2026年6月底前 |\n"
        "3 | 整理丙类历史档案 | 编制档案目录 | 四科 | 长期坚持 |\n"
        "4 | 完善档案借阅制度 | 五科 | 2026年3月印发细则，9月开展评估 |\n"
    )
    tasks = parse_text(text).all_tasks()
    assert roles(text) == [
        (1, [], ["一科", "二科"], []),
        (2, [], ["三科"], []),
        (3, [], ["四科"], []),
        (4, [], ["五科"], []),
    ]
    assert [task.text for task in tasks] == ["完成平台一期建设", "接入乙类业务系统", "编制档案目录", "完善档案借阅制度"]
    assert [task.deadline.raw if task.deadline else None for task in tasks] == [
        "长期坚持",
        "2026年6月底前",
        "长期坚持",
        "2026年3月印发细则，9月开展评估",
    ]


def test_a_convention_in_a_bracket_after_the_last_unit_governs_the_notice() -> None:
    text = (
        "（一）推进甲平台建设。\n\n责任单位：市甲局、市乙局（第一责任单位为牵头单位，下同）\n\n时限要求：持续推进\n\n"
        "（二）完善乙项制度。\n\n责任单位：市丙局\n\n时限要求：2026年底前\n"
    )
    tasks = parse_text(text).all_tasks()
    assert roles(text) == [(1, ["市甲局"], ["市乙局"], []), (2, ["市丙局"], [], [])]
    assert tasks[0].responsible_units[0].scope is None


def _placed(text: str) -> list[tuple[str, int | None, list[str]]]:
    """(id, number, lead units) of each task: the id shows its depth (1.2 a task of section 1, 1.2.1 one
    of subsection 1.2)."""
    return [(task.id, task.number, [unit.name for unit in task.lead_units]) for task in parse_text(text).all_tasks()]


def test_a_subsection_with_no_task_under_it_whose_text_its_units_close_is_a_task() -> None:
    # The tasks are 1. lines; （一） holds none and its paragraph closes with its units: a task of its own.
    text = (
        "一、文化建设\n（一）建设乡镇文化分馆。\n全年建成分馆5家。（县文旅局牵头）\n"
        "（二）建设甲湖度假区。\n1.完善度假区配套设施。（县住建局牵头）\n2.推进度假区招商。（县商务局牵头）\n"
        "（三）建设乙山公园。\n全年完成一期工程。（县林业局牵头）\n"
    )
    assert _placed(text) == [
        ("1.1", 1, ["县文旅局"]),
        ("1.2.1", 1, ["县住建局"]),
        ("1.2.2", 2, ["县商务局"]),
        ("1.3", 3, ["县林业局"]),
    ]


def test_a_subsection_over_numbered_tasks_that_carry_units_is_a_heading() -> None:
    # The tasks are （一） lines, but under 二、 a （一） with no units of its own heads 1. tasks that carry them.
    text = (
        "一、主要目标\n（一）地区生产总值增长6%。（县发改局负责）\n（二）财政收入增长5%。（县财政局负责）\n"
        "（三）固定资产投资增长8%。（县发改局负责）\n（四）城镇新增就业3000人。（县人社局负责）\n"
        "二、重点工作\n（一）推进项目建设。\n1.抓好重点项目。（县发改局负责）\n2.抓好园区建设。（县工信局负责）\n"
        "3.抓好项目储备，完善"
    )
    assert _placed(text) == [
        ("1.1", 1, ["县发改局"]),
        ("1.2", 2, ["县财政局"]),
        ("1.3", 3, ["县发改局"]),
        ("1.4", 4, ["县人社局"]),
        ("2.1.1", 1, ["县发改局"]),
        ("2.1.2", 2, ["县工信局"]),
        ("2.1.3", 3, []),  # cut off before its units
    ]


def test_a_heading_that_names_who_leads_its_whole_part_is_no_task() -> None:
    # The heading's （X总牵头） is over the tasks; the first task's bare bracket of office names ends in a
    # note stating the first-listed convention, and the excerpt is cut inside the second task.
    text = (
        "一、改善河湖水质（县水务局总牵头）\n（一）整治入河排污口。\n"
        "1.完成排污口排查。（县生态环境局、县水务局（县河长办）。列第一位者为牵头部门，下同）\n"
        "2.推进截污管网建设，"
    )
    notice = parse_text(text)
    assert [task.id for task in notice.all_tasks()][:1] == ["1.1.1"]
    assert roles(text)[0] == (1, ["县生态环境局"], ["县水务局（县河长办）"], [])


def test_an_overall_lead_label_and_a_closing_sentence_leave_the_tasks_where_they_are() -> None:
    # 总牵头单位： is a label: the （一） lines carry their own units and are the tasks.
    text = (
        "一、重点工作\n（一）推进甲项工作。（总牵头单位：县发改局；责任单位：县财政局）\n"
        "（二）推进乙项工作。（总牵头单位：县商务局）\n"
    )
    assert roles(text) == [(1, ["县发改局"], ["县财政局"], []), (2, ["县商务局"], [], [])]
    # A closing sentence after headings over one closed paragraph each is no cut-off task.
    text = (
        "一、总体\n（一）甲。\n抓好甲一。（县发改局牵头）\n（二）乙。\n抓好乙一。（县工信局牵头）\n"
        "各单位要高度重视，确保各项任务按时完成。\n"
    )
    assert [(task.id, task.text) for task in parse_text(text).all_tasks()] == [
        ("1.1", "甲。\n抓好甲一。"),
        ("1.2", "乙。\n抓好乙一。"),
    ]


def test_bar_cells_keep_two_header_names_apart() -> None:
    # Each cell ends in a bar, so 问题描述 | and 责任单位 | are two columns, not one name wrapped over two lines. The
    # problem a list describes is its row's task (地点 a note).
    header = "序号 |\n地点 |\n问题描述 |\n责任单位 |\n备注 |\n"
    rows = "1 |\n东湖路 |\n路面破损积水 |\n市政处 |\n|\n2 |\n西湖路 |\n占道经营 |\n城管队 |\n|\n"
    notice = parse_text(header + rows)
    got = [(task.number, task.text, [unit.name for unit in task.responsible_units]) for task in notice.all_tasks()]
    assert got == [(1, "路面破损积水", ["市政处"]), (2, "占道经营", ["城管队"])]


def test_bar_cells_with_a_border_line_before_each_row_and_a_header_of_labels() -> None:
    # A bare bar opens each row; only two header cells are names the vocabulary knows, the rest are labels
    # (one opens with its year, one closes with its measure), and the project's name is the task.
    header = "|\n序号 |\n项目名称 |\n建设地点 |\n2025年建设内容 |\n投资(万元) |\n责任单位 |\n"
    rows = (
        "|\n1 |\n北湖公园改造工程 |\n城南街道 |\n改造园路和照明。 |\n500 |\n园林局 |\n"
        "|\n2 |\n西街农贸市场提升工程 |\n城西街道 |\n更新摊位和排水。 |\n300 |\n商务局 |\n"
    )
    notice = parse_text(header + rows)
    got = [(task.number, task.text, [unit.name for unit in task.responsible_units]) for task in notice.all_tasks()]
    assert got == [(1, "北湖公园改造工程", ["园林局"]), (2, "西街农贸市场提升工程", ["商务局"])]
    assert not notice.unplaced


def test_a_requirement_line_names_who_does_the_work() -> None:
    # A problem, then a line saying who puts it right: 由X负责 goes on with the work itself, and the part the
    # unit plays (包片单位) stands before its name.
    text = (
        "1、东湖路沿线有垃圾死角。\n整改要求：由县环卫所负责清除上述地段垃圾。\n"
        "2、西湖路围墙有小广告。\n整改要求：由包片单位县林业局负责清理，规范张贴。\n"
        "3、南湖路积水严重。\n整改要求：由主要负责人负责督促整改。\n"
    )
    assert roles(text) == [(1, ["县环卫所"], [], []), (2, ["县林业局"], [], []), (3, [], [], [])]


def test_leaders_apart_by_spaces_in_one_cell() -> None:
    text = (
        "序号 | 重点工作 | 牵头领导 | 牵头单位 |\n"
        "1 | 推进甲项工作。 | 张明 李华 | 县发改局 |\n"
        "2 | 推进乙项工作。 | 王 五 赵六 | 县财政局 |\n"  # a two-character name padded to three, then another
        "3 | 推进丙项工作。 | 陈 东 | 县水利局 |\n"  # one padded name
        "4 | 推进丁项工作。 | 刘洋 副县长 | 县交通局 |\n"  # a name and a post: one person, named without the post
    )
    got = [[leader.name for leader in task.leaders] for task in parse_text(text).all_tasks()]
    assert got == [["张明", "李华"], ["王五", "赵六"], ["陈东"], ["刘洋"]]


def test_cells_merged_over_rows_of_a_one_cell_per_line_table() -> None:
    # A table copied a cell a line, whose deadline, leader and units are merged over the rows of a group: the
    # group's first row prints them (its units a line each), the rows it covers print only their number, topic
    # and task. A header cell's bracket wrapped onto a line of its own.
    header = "序号\n类别\n工作任务\n完成时限\n责任领导\n责任股室\n（单位）\n备注\n"
    rows = (
        "1\n公共服务\n建成社区书屋5个。\n6月底前\n周安\n宣传股\n图书站\n文化站\n"
        "2\n开展送戏下乡40场。\n"
        "3\n文化产业\n培育文化企业2家。\n产业股\n"
        "4\n举办文化集市1次。\n"
        "5\n旅游\n新建旅游厕所4座。\n9月底前\n吴宁\n旅游股\n"
        "6\n完善景区标识系统。\n"
    )
    notice = parse_text(header + rows)
    got = [
        (
            task.number,
            task.text,
            [unit.name for unit in task.responsible_units],
            [leader.name for leader in task.leaders],
            task.deadline.raw if task.deadline else None,
        )
        for task in notice.all_tasks()
    ]
    assert got == [
        (1, "建成社区书屋5个。", ["宣传股", "图书站", "文化站"], ["周安"], "6月底前"),
        (2, "开展送戏下乡40场。", ["宣传股", "图书站", "文化站"], ["周安"], "6月底前"),
        (3, "培育文化企业2家。", ["产业股"], ["周安"], "6月底前"),
        (4, "举办文化集市1次。", ["产业股"], ["周安"], "6月底前"),
        (5, "新建旅游厕所4座。", ["旅游股"], ["吴宁"], "9月底前"),
        (6, "完善景区标识系统。", ["旅游股"], ["吴宁"], "9月底前"),
    ]
    assert not notice.unplaced


def test_units_merged_over_rows_are_carried_however_many_rows_print_their_own() -> None:
    # The deadline and the leader are merged over two groups (printed in rows 1 and 5 only): merges are
    # evident. The units are printed in most rows, so their column is not sparse, yet rows 2 and 4 lost the
    # cell a merge covers, and take it from above.
    header = "序号\n工作任务\n完成时限\n责任领导\n责任股室\n"
    rows = (
        "1\n建成社区书屋5个。\n6月底前\n周安\n宣传股\n"
        "2\n开展送戏下乡40场。\n"
        "3\n培育文化企业2家。\n产业股\n"
        "4\n举办文化集市1次。\n"
        "5\n新建旅游厕所4座。\n9月底前\n吴宁\n旅游股\n"
        "6\n完善景区标识系统。\n规划股\n"
    )
    got = [[unit.name for unit in task.responsible_units] for task in parse_text(header + rows).all_tasks()]
    assert got == [["宣传股"], ["宣传股"], ["产业股"], ["产业股"], ["旅游股"], ["规划股"]]


def test_a_cell_missing_from_one_row_of_a_full_column_is_empty_not_merged() -> None:
    header = "序号\n重点工作\n责任领导\n牵头单位\n"
    rows = (
        "1\n推进甲项工作。\n周安\n县发改局\n2\n推进乙项工作。\n县财政局\n"
        "3\n推进丙项工作。\n吴宁\n县水利局\n4\n推进丁项工作。\n郑平\n县交通局\n"
    )
    got = [[leader.name for leader in task.leaders] for task in parse_text(header + rows).all_tasks()]
    assert got == [["周安"], [], ["吴宁"], ["郑平"]]


def test_a_note_after_tasks_gives_them_the_roles_they_do_not_name() -> None:
    # (以上任务牵头单位：X；配合单位：Y) or 以上工作由X牵头，Y配合。 after the tasks it speaks of: each task of its
    # section above it, back to the previous such note, takes its roles, save a task that names units of its own,
    # whose own list prevails whole (任务后另行标注的，以任务后标注为准). It is a note of the section, not the last
    # task's bracket; tasks of another section are not its own.
    text = (
        "一、内部管理\n"
        "1.落实学习制度，全年集中学习12次。（完成时限：长期坚持）\n"
        "2.规范财务管理。（完成时限：9月底前）\n"
        "（以上任务牵头单位：局办公室；配合单位：局机关各股室、局属各单位）\n"
        "3.做好档案整理。（牵头单位：局档案室）\n"
        "4.完善值班制度。\n"
        "以上工作由局办公室牵头，局安全股配合。\n"
        "二、业务工作\n"
        "5.做好统计报送工作。（牵头单位：局统计股；完成时限：每季度）\n"
        "6.开展业务培训。\n"
    )
    notice = parse_text(text)
    assert roles(text) == [
        (1, ["局办公室"], [], ["局机关各股室", "局属各单位"]),
        (2, ["局办公室"], [], ["局机关各股室", "局属各单位"]),
        (3, ["局档案室"], [], []),
        (4, ["局办公室"], [], ["局安全股"]),
        (5, ["局统计股"], [], []),
        (6, [], [], []),
    ]
    tasks = notice.all_tasks()
    assert [task.deadline.raw if task.deadline else None for task in tasks] == [
        "长期坚持",
        "9月底前",
        None,
        None,
        "每季度",
        None,
    ]
    assert [note.text for note in notice.sections[0].notes] == [
        "（以上任务牵头单位：局办公室；配合单位：局机关各股室、局属各单位）",
        "以上工作由局办公室牵头，局安全股配合。",
    ]
    assert not any("以上" in note.text for task in tasks for note in task.notes)
    assert uncovered_lines(notice, text) == []


def test_headings_naming_only_their_leaders_stand_over_tasks_with_units() -> None:
    # （一）title（牵头市领导：X、Y）over numbered lines with their own units: the heading's bracket says who leads
    # its part, as a title naming a leader does; the numbered lines are the tasks, and take its leaders. A
    # verb bracket's deadline may be an event of the year (2025年汛前完成).
    text = (
        "一、推动经济回升\n（一）建设现代产业体系（牵头市领导：吴某某）\n"
        "1.新增规上工业企业120家。（市工信局牵头，市发改委配合）\n"
        "2.培育专精特新企业40家。（市工信局牵头负责）\n"
        "（二）扩大有效需求（牵头市领导：吴某某、蒋某）\n"
        "3.年度完成投资650亿元。（市发改委牵头，市财政局配合）\n"
        "二、统筹发展和安全\n"
        "4.完成病险水库除险加固14座。（市水利局牵头，市应急局配合，2025年汛前完成）\n"
    )
    notice = parse_text(text)
    tasks = notice.all_tasks()
    assert [(task.number, [leader.name for leader in task.leaders]) for task in tasks] == [
        (1, ["吴某某"]),
        (2, ["吴某某"]),
        (3, ["吴某某", "蒋某"]),
        (4, []),
    ]
    assert roles(text) == [
        (1, ["市工信局"], [], ["市发改委"]),
        (2, ["市工信局"], [], []),
        (3, ["市发改委"], [], ["市财政局"]),
        (4, ["市水利局"], [], ["市应急局"]),
    ]
    assert [task.deadline.raw if task.deadline else None for task in tasks] == [None, None, None, "2025年汛前完成"]
    assert [len(section.subsections) for section in notice.sections] == [2, 0]


def test_a_role_said_to_be_empty_names_no_unit() -> None:
    # 配合单位：无 · a cell of —— · (配合单位：/): the task has no unit in that role, and says so
    text = (
        "一、总体\n1.推进甲工作。\n牵头单位：县发改局\n配合单位：无\n"
        "2.推进乙工作。\n牵头单位：县财政局\n配合单位：——\n"
        "3.推进丙工作。（牵头单位：县水利局；配合单位：/）\n"
    )
    notice = parse_text(text)
    assert roles(text) == [(1, ["县发改局"], [], []), (2, ["县财政局"], [], []), (3, ["县水利局"], [], [])]
    assert not [finding for finding in notice.diagnostics if finding.code == "LP105"]


def test_a_leader_cell_naming_several_people_with_their_posts() -> None:
    # 贾某某 常务副市长、苏　某 副市长 in a table copied a cell a line: a leader cell, not more task text
    text = (
        "序号\n工作任务\n责任领导\n牵头单位\n完成时限\n"
        "1\n实施供水保障工程。\n贾某某 常务副市长、苏　某 副市长\n市水利局\n12月底前\n"
        "2\n新建口袋公园15个。\n苏　某 副市长\n市城管局\n9月底前\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [task.text for task in tasks] == ["实施供水保障工程。", "新建口袋公园15个。"]
    assert [[leader.name for leader in task.leaders] for task in tasks] == [["贾某某", "苏某"], ["苏某"]]


def test_a_remark_on_the_list_glued_to_its_last_unit() -> None:
    text = (
        "一、总体任务\n1.推进甲项工作。\n责任单位：省甲厅、省乙委，各市政府（列第一位者为牵头或汇总单位，下同）\n"
        "2.推进乙项工作。\n责任单位：省丙局、省丁局、各市政府（列第一位者为牵头单位）\n"
    )
    notice = parse_text(text)
    assert roles(text) == [(1, ["省甲厅"], ["省乙委", "各市政府"], []), (2, ["省丙局"], ["省丁局", "各市政府"], [])]
    assert [[note.text for note in task.notes] for task in notice.all_tasks()] == [
        ["列第一位者为牵头或汇总单位，下同"],
        ["列第一位者为牵头单位"],
    ]


def test_a_verb_bracket_that_opens_with_you() -> None:
    text = "一、主要目标\n1、税收增长8%（由县税务局、县财政局负责）。\n2、出口增长5%（由县商务局牵头，县海关配合）。\n"
    assert roles(text) == [(1, ["县税务局", "县财政局"], [], []), (2, ["县商务局"], [], ["县海关"])]


def test_a_name_and_a_title_in_one_leader_cell_stay_one() -> None:
    text = (
        "序号 | 重点工作 | 牵头领导 | 牵头单位 |\n"
        "1 | 推进甲项工作。 | 张明 同志 | 县发改局 |\n"
        "2 | 推进乙项工作。 | 吴宁 主席 | 县财政局 |\n"
        "3 | 推进丙项工作。 | 周安 县委 | 县水利局 |\n"
    )
    got = [[leader.name for leader in task.leaders] for task in parse_text(text).all_tasks()]
    # never two leaders; a post beside the name (主席) is dropped, as 杨明副市长 is 杨明
    assert got == [["张明同志"], ["吴宁"], ["周安县委"]]


def test_cells_given_in_some_rows_only_are_not_carried_without_groups() -> None:
    # A deadline given in the first row only, and one given in every other row: cells left empty, not merged
    # (a merge shows as two columns, a deadline and a leader say, given in the same rows).
    once = (
        "序号\n重点工作\n牵头单位\n完成时限\n"
        "1\n推进甲项工作。\n县甲局\n6月底前\n2\n推进乙项工作。\n县乙局\n3\n推进丙项工作。\n县丙局\n"
    )
    alternate = once.replace("县丙局\n", "县丙局\n12月底前\n4\n推进丁项工作。\n县丁局\n")
    for text, deadlines in ((once, ["6月底前", None, None]), (alternate, ["6月底前", None, "12月底前", None])):
        got = [task.deadline.raw if task.deadline else None for task in parse_text(text).all_tasks()]
        assert got == deadlines


def test_boundaries_of_the_table_rules() -> None:
    # a column of task words wins over a column naming each row
    text = "序号\n村庄名称\n整治任务\n责任单位\n1\n东山村\n硬化村道2公里。\n县甲局\n2\n西山村\n新建广场1个。\n县乙局\n"
    assert [task.text for task in parse_text(text).all_tasks()] == ["硬化村道2公里。", "新建广场1个。"]
    # prose after the table is no unit of its last row
    text = (
        "一、重点任务\n序号\n重点工作\n牵头单位\n"
        "1\n推进甲项工作。\n县甲局\n2\n推进乙项工作。\n县乙局\n请各单位抓好落实\n"
    )
    assert roles(text)[1] == (2, ["县乙局"], [], [])
    # a section row after the header is not a bracket wrapped from the header's last cell
    text = "序号 |\n工作任务 |\n责任单位 |\n（一） |\n1 |\n推进甲项工作。 |\n县甲局 |\n"
    assert [section.number for section in parse_text(text).sections] == [1]


def test_brackets_and_clauses_that_name_no_owner() -> None:
    text = (
        "一、主要任务\n1.推进甲项工作（由于任务较重，县丁局负责）。\n"
        "2.推进乙项工作。对工作不力的，由县督查室负责通报。\n3.推进丙项工作。\n整改要求：由本单位负责核实处理。\n"
    )
    assert roles(text) == [(1, [], [], []), (2, [], [], []), (3, [], [], [])]


def test_leaders_apart_by_spaces_in_a_traditional_copy() -> None:
    text = (
        "序號 | 重點工作 | 牽頭領導 | 牽頭單位 |\n"
        "1 | 推進甲項工作。 | 陳明 張華 | 縣發改局 |\n2 | 推進乙項工作。 | 陳東 同志 | 縣財政局 |\n"
    )
    got = [[leader.name for leader in task.leaders] for task in parse_text(text).all_tasks()]
    assert got == [["陈明", "张华"], ["陈东同志"]]


def test_a_first_listed_convention_splits_a_list_closed_by_a_bare_fuze() -> None:
    # （由A、B负责） alone makes both lead; a notice that says the first-listed unit leads (here in the first
    # bracket, in either wording) makes the first lead and the rest responsible. 牵头 said outright, a label,
    # or a single unit are left as they are.
    for convention in ("一项任务涉及多个部门的，原则上由排名首位的部门牵头负责", "列第一位者为牵头单位"):
        text = (
            "一、主要目标\n"
            f"1．税收增长8%（由县税务局、县财政局负责。{convention}。下同）。\n"
            "2．出口增长5%（由县商务局、县海关、县财政局负责）。\n"
            "3．投资增长9%（县发改局、县统计局牵头）。\n"
            "4．就业增长3%（由县人社局负责）。\n"
        )
        assert roles(text) == [
            (1, ["县税务局"], ["县财政局"], []),
            (2, ["县商务局"], ["县海关", "县财政局"], []),
            (3, ["县发改局", "县统计局"], [], []),
            (4, ["县人社局"], [], []),
        ]
    plain = "一、主要目标\n1．税收增长8%（由县税务局、县财政局负责）。\n"
    assert roles(plain) == [(1, ["县税务局", "县财政局"], [], [])]
    # a sentence about who ranks first is no convention about lists
    prose = "一、主要目标\n1．开展评比，考核排名第一的单位牵头召开现场会（由县税务局、县财政局负责）。\n"
    assert roles(prose) == [(1, ["县税务局", "县财政局"], [], [])]


def test_a_spaced_table_with_group_rows_whose_numerals_were_lost() -> None:
    # One cell a line, blank lines between cells; a header name split over two lines (县政府 / 分管领导); a
    # group row of one merged cell with no numeral, then a (一) row, before the first numbered row. A collective
    # (各乡镇) in a short last row is a unit, not a leader's name.
    cells = [
        "序号", "工作任务", "县政府", "分管领导", "牵头单位", "配合单位", "备注",
        "推进产业转型升级。", "", "", "", "(一)", "培育新兴产业。", "", "",
        "1", "建设甲产业园。", "李 明", "县发改局", "县财政局、县自然资源局", "",
        "2", "引进乙项目。", "李 明", "县商务局", "县发改局", "已签约",
        "3", "发展丙产业。", "王 华", "县农业农村局", "各乡镇",
    ]  # fmt: skip
    notice = parse_text("\n\n".join(cells) + "\n")
    assert roles("\n\n".join(cells) + "\n") == [
        (1, ["县发改局"], [], ["县财政局", "县自然资源局"]),
        (2, ["县商务局"], [], ["县发改局"]),
        (3, ["县农业农村局"], [], ["各乡镇"]),
    ]
    assert [[leader.name for leader in task.leaders] for task in notice.all_tasks()] == [["李明"], ["李明"], ["王华"]]
    assert notice.topics[0].title == "推进产业转型升级。"
    assert [(section.label, section.title) for section in notice.sections] == [("一", "培育新兴产业。")]
    # A cell shaped like a column name before the number 1 (a column the header missed), or a note, is no group
    # row: the table is not read rather than read with a wrong topic and the column's cells as units.
    header = ["序号", "工作任务", "牵头单位", "配合单位"]
    rows = ["1", "建设甲产业园。", "县发改局", "县财政局", "张三", "2", "引进乙项目。", "县商务局", "县发改局", "李四"]
    for stray in ("联系人", "注：标*为重点任务"):
        assert all(task.topic != stray for task in parse_text("\n\n".join([*header, stray, *rows]) + "\n").all_tasks())


def test_a_spaced_table_prints_an_empty_cell_as_a_space() -> None:
    # Cells apart by empty lines; a cell left empty is a line holding one space, which keeps the cells after it
    # in their columns (the lead stays the lead when the co-operating cell is empty).
    cells = [
        "序号", "工作任务", "牵头部门", "配合部门", "推进情况",
        "1", "税收增长8%。", "县税务局", " ", "已完成一半",
        "2", "出口增长5%。", "县商务局", "县海关、县财政局", "进展顺利",
        "3", "投资增长9%。", "县发改局", " ", "已开工",
    ]  # fmt: skip
    text = "\n\n".join(cells) + "\n"
    assert roles(text) == [
        (1, ["县税务局"], [], []),
        (2, ["县商务局"], [], ["县海关", "县财政局"]),
        (3, ["县发改局"], [], []),
    ]
    # where every separator holds a line of spaces, those lines are separators, not empty cells
    full = [cell for cell in cells if cell != " "]
    for gap in ("\n \n", "\n\n \n\n"):
        assert roles(gap.join(full) + "\n")[1] == (2, ["县商务局"], [], ["县海关", "县财政局"])


@pytest.mark.parametrize("gap", ["\n", "\n\n", "\n \n"])
def test_a_table_a_cell_a_line_numbered_again_in_each_group(gap: str) -> None:
    # A web copy prints each cell on its own line, perhaps a blank line between cells, and the 序号 starts
    # again at 1 under each group row (一、…): every group's rows are rows, the later ones too.
    cells = [
        "序号", "任务", "牵头单位", "完成时限",
        "一、科技创新", "1", "新认定高新技术企业20家。", "县科技局", "2024年12月底前",
        "2", "引进研发机构1家。", "县科技局", "2024年11月底前",
        "二、开放合作", "1", "外贸进出口增长5%。", "县商务局", "全年",
        "2", "举办特产博览会。", "县贸促会", "2024年9月",
    ]  # fmt: skip
    tasks = parse_text(gap.join(cells) + "\n").all_tasks()
    assert [(task.id, [unit.name for unit in task.lead_units]) for task in tasks] == [
        ("1.1", ["县科技局"]),
        ("1.2", ["县科技局"]),
        ("2.1", ["县商务局"]),
        ("2.2", ["县贸促会"]),
    ]
    assert [task.deadline and task.deadline.raw for task in tasks][2:] == ["全年", "2024年9月"]


def test_a_section_that_names_who_leads_its_part_over_plain_numbered_tasks() -> None:
    # 一、…（由X牵头实施） over an opening paragraph and 1. 2. tasks naming no units: the numbered lines are the
    # tasks and take the section's lead. Over one task only, the section itself stays the task.
    text = (
        "一、扩大有效投资（由县发改局牵头实施）\n聚焦重大项目，推动投资增长。\n"
        "1.加大财政支持力度。县财政统筹安排资金。\n2.加强资金要素争取。开展专项债项目储备。\n"
        "二、促进消费（县商务局牵头）\n1.发放消费券。\n2.举办促消费活动。\n"
    )
    notice = parse_text(text)
    assert [(task.id, [unit.name for unit in task.lead_units]) for task in notice.all_tasks()] == [
        ("1.1", ["县发改局"]),
        ("1.2", ["县发改局"]),
        ("2.1", ["县商务局"]),
        ("2.2", ["县商务局"]),
    ]
    single = (
        "一、扩大有效投资（由县发改局牵头实施）\n1.加大财政支持力度。\n二、促进消费（县商务局牵头）\n1.发放消费券。\n"
    )
    tasks = parse_text(single).all_tasks()
    assert [(task.id, task.text, [unit.name for unit in task.lead_units]) for task in tasks] == [
        ("1", "扩大有效投资", ["县发改局"]),
        ("2", "促进消费", ["县商务局"]),
    ]
    assert [[item.text for item in task.items] for task in tasks] == [["加大财政支持力度。"], ["发放消费券。"]]


def test_a_heading_whose_bracket_labels_its_lead_units_leads_its_tasks() -> None:
    # （一）title（牵头单位：X、Y）: the heading says once who leads the part, and its tasks give only their
    # 责任单位; each task that names no lead takes the heading's, and the heading stays a heading.
    text = (
        "一、实施城市更新\n（一）老旧小区改造（牵头单位：县住建局）\n"
        "1.改造老旧小区12个。（责任单位：各镇人民政府、县财政局；2025年10月底前）\n"
        "2.建立小区长效管理机制。（责任单位：各镇人民政府）\n"
        "（二）道路畅通（牵头单位：县城管局、县交通局）\n3.打通断头路3条。（责任单位：各镇人民政府）\n"
        "4.新建停车场2处。（牵头单位：县发改局；责任单位：县城管局）\n"
    )
    notice = parse_text(text)
    assert [(task.id, [unit.name for unit in task.lead_units]) for task in notice.all_tasks()] == [
        ("1.1.1", ["县住建局"]),
        ("1.1.2", ["县住建局"]),
        ("1.2.3", ["县城管局", "县交通局"]),
        ("1.2.4", ["县发改局"]),
    ]
    assert [subsection.title for subsection in notice.sections[0].subsections] == [
        "老旧小区改造（牵头单位：县住建局）",
        "道路畅通（牵头单位：县城管局、县交通局）",
    ]


def test_rows_of_a_table_without_a_number_column_have_no_number() -> None:
    # No 序号 column: a row is numbered only by a number its task cell opens with, else it has none (its id
    # still counts it).
    plain = "工作任务 | 牵头单位 | 完成时限\n推进甲项工作。 | 县甲局 | 6月底前\n推进乙项工作。 | 县乙局 | 12月底前\n"
    tasks = parse_text(plain).all_tasks()
    assert [(task.id, task.number) for task in tasks] == [("1", None), ("2", None)]
    opened = plain.replace("推进甲", "1.推进甲").replace("推进乙", "2.推进乙")
    assert [(task.id, task.number) for task in parse_text(opened).all_tasks()] == [("1", 1), ("2", 2)]


def test_a_planned_completion_column_gives_the_deadline() -> None:
    text = (
        "序号\t目标任务\t牵头责任单位\t计划完成时间\t目前完成情况\n"
        "1\t推进甲项工作。\t县甲局\t2024年底\t已完成八成\n"
        "2\t推进乙项工作。\t县乙局\t2024年6月底前\t正在推进\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(task.deadline and task.deadline.raw) for task in tasks] == ["2024年底", "2024年6月底前"]
    assert [note.text for task in tasks for note in task.notes] == ["已完成八成", "正在推进"]


def test_a_heading_that_runs_its_clauses_into_its_line() -> None:
    # A 分工意见 with no 1. numbering: each （一） line has a run-in title, then clauses each closed by a
    # role bracket before 。, or before a comma where the sentence's next clause closes with a bracket too.
    text = (
        "一、保持经济平稳发展\n"
        "（一）增强创新能力。推进示范区建设，健全推进机制（分管副省长负责，省科技厅牵头）。"
        "实施一批攻关项目（省科技厅、省发改委等负责。列第一位的为牵头部门，下同），建设一批众创空间（省科技厅牵头）。"
        "落实研发费用加计扣除政策（省财政厅牵头，省税务局配合）。\n"
        "（二）扩大有效投资。推进重大项目建设（省发改委牵头）。\n"
        "二、深化改革\n"
        "（一）推进国企改革。完善国资监管体制（省国资委牵头）。深化混合所有制改革（省国资委、省发改委负责）。\n"
    )
    notice = parse_text(text)
    assert [(task.number, task.text[:6]) for task in notice.all_tasks()] == [
        (None, "推进示范区建"),
        (None, "实施一批攻关"),
        (None, "建设一批众创"),
        (None, "落实研发费用"),
        (None, "推进重大项目"),
        (None, "完善国资监管"),
        (None, "深化混合所有"),
    ]
    assert [subsection.title for section in notice.sections for subsection in section.subsections] == [
        "增强创新能力。",
        "扩大有效投资。",
        "推进国企改革。",
    ]
    assert roles(text)[0] == (None, ["省科技厅"], [], [])
    assert roles(text)[1] == (None, ["省科技厅"], ["省发改委"], [])  # the first clause's own bracket
    assert roles(text)[2][1] == ["省科技厅"]
    assert roles(text)[6] == (None, ["省国资委"], ["省发改委"], [])
    assert [leader.name for leader in notice.all_tasks()[0].leaders] == ["分管副省长"]


def test_a_heading_task_with_one_clause_after_its_title_stays_whole() -> None:
    # Without a line of two clauses, a （一） line with a title sentence and one bracket is the task.
    text = (
        "一、深化改革\n（一）推进国企改革。完善国资监管体制（省国资委牵头）。\n"
        "（二）优化营商环境。推进审批改革（省政务服务局牵头）。\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(task.number, task.text) for task in tasks] == [
        (1, "推进国企改革。完善国资监管体制"),
        (2, "优化营商环境。推进审批改革"),
    ]
    # Where the other （一） lines are tasks, a line of two clauses is one task too: with its units after
    # the last clause, on lines below, or with a bracket of helpers only.
    for notice in (
        "一、重点任务\n（一）推进甲项工作。完善甲机制（县甲局牵头）；健全乙制度（县乙局牵头）。\n"
        "（二）推进乙项工作（县丙局牵头）。\n",
        "一、重点任务\n（一）推进甲项工作。完善甲机制（县甲局牵头）；健全乙制度（县乙局牵头）。\n"
        "（责任领导：张三）\n（二）推进乙项工作。\n牵头单位：县丙局\n",
    ):
        assert roles(notice)[0] == (1, ["县甲局", "县乙局"], [], [])
        assert not parse_text(notice).unplaced
    helpers = "一、重点任务\n（一）推进甲项工作。完善相关机制（县甲局牵头）；同步做好宣传引导（县融媒体中心配合）。\n"
    assert roles(helpers) == [(1, ["县甲局"], [], ["县融媒体中心"])]


def test_a_joint_signature_names_both_bodies() -> None:
    notice = (
        "关于印发2024年重点工作任务分解的通知\n各乡镇，县直各单位：\n现将任务分解印发给你们，请认真贯彻执行。\n"
        "{signers}2024年3月1日\n2024年重点工作任务分解\n一、总体任务\n1.推进甲项工作。（县甲局牵头）\n"
    )
    joint = parse_text(notice.format(signers="中共某县委办公室\n\n某县人民政府办公室\n"))
    assert joint.meta.issuer == "中共某县委办公室 某县人民政府办公室"
    assert parse_text(notice.format(signers="某县人民政府办公室\n")).meta.issuer == "某县人民政府办公室"
    # a street office signs its township's notices (梧塘街道办事处)
    assert parse_text(notice.format(signers="某街道办事处\n")).meta.issuer == "某街道办事处"
    # the notice's last sentence is no body: it stays the notice's text
    assert "请认真贯彻执行" in (joint.notice_text.text if joint.notice_text else "")


@pytest.mark.parametrize(
    ("published", "printed", "date"),
    [
        ("", "2025318", "2025-03-18"),  # 3-18; 31-8 is no month
        ("", "2025318日", "2025-03-18"),
        ("", "20250318", "2025-03-18"),
        ("发布时间:2025-01-25 来源:县政府办\n", "2025121", "2025-01-21"),  # 12-1 comes after the page
        ("发布日期：2025-12-09\n", "2025121日", "2025-12-01"),  # both before: the later, nearer one
        ("点击量:1570 发布于:2025-01-25 09:30\n", "2025121", "2025-01-21"),  # a mirror's own wording, mid-line
        ("", "2025121", None),  # 1-21 or 12-1, with nothing to tell: unknown, not guessed
    ],
)
def test_a_signature_date_that_lost_its_year_and_month_characters(
    published: str, printed: str, date: str | None
) -> None:
    notice = parse_text(
        f"某县人民政府办公室关于印发重点工作任务分解的通知\n{published}各乡镇，县直各单位：\n"
        f"现将任务分解印发给你们，请认真贯彻执行。\n\n某县人民政府办公室\n\n{printed}\n\n（此件公开发布）\n"
        "一、总体任务\n1.推进甲项工作。（县甲局牵头）\n"
    )
    assert (notice.meta.issuer, notice.meta.date) == ("某县人民政府办公室", date)
    assert [task.lead_units[0].name for task in notice.all_tasks()] == ["县甲局"]


_ASSESSMENT_ROWS = (
    "考核项目 序号 考核指标 考核内容 单位 年度目标 责任部门 评分部门",
    "产业发展 1 稳定粮食生产 粮食播种面积 万亩 5.2 县农业农村局 市农业农村局",
    "_ 2 _ 粮食总产量 万吨 3.1 县农业农村局 县统计局 市农业农村局",
    "_ 3 _ 耕地保护责任制 - 良好以上 县自然资源局 市自然资源局",
    "生态宜居 4 改善人居环境 农村生活垃圾分类覆盖率 % ≥95% 县住建局 市住建局市城管局",
)


def _assessment_table(rendering: str) -> str:
    """The assessment table above as a copy prints it: one cell per line with empty lines between (merged
    and empty cells gone, the two units of row 2 a line each), pipe rows or tab rows."""
    rows = [row.split() for row in _ASSESSMENT_ROWS]
    if rendering == "cells":
        return "\n\n".join(cell for row in rows for cell in row if cell != "_") + "\n"
    rows[2][6:8] = ["县农业农村局、县统计局"]  # a row of cells keeps both units in one cell
    if rendering == "pipe":
        return "\n".join("| " + " | ".join("" if cell == "_" else cell for cell in row) + " |" for row in rows) + "\n"
    return "\n".join("\t".join("" if cell == "_" else cell for cell in row) for row in rows) + "\n"


@pytest.mark.parametrize("rendering", ["cells", "pipe", "tabs"])
def test_an_assessment_table_makes_what_is_measured_the_task(rendering: str) -> None:
    # 考核项目 (groups, before 序号) | 序号 | 考核指标 (merged over rows) | 考核内容 | 单位 | 年度目标 | 责任部门 |
    # 评分部门: the indicator is the task, the figure to reach a note, the scoring body neither unit nor task.
    notice = parse_text("2024年某县乡村振兴考核任务清单\n\n" + _assessment_table(rendering))
    tasks = notice.all_tasks()
    assert [(task.number, task.text.replace("\n", " "), task.topic) for task in tasks] == [
        (1, "稳定粮食生产 粮食播种面积", "产业发展"),
        (2, "粮食总产量", "产业发展"),
        (3, "耕地保护责任制", "产业发展"),
        (4, "改善人居环境 农村生活垃圾分类覆盖率", "生态宜居"),
    ]
    assert [[unit.name for unit in task.responsible_units] for task in tasks] == [
        ["县农业农村局"],
        ["县农业农村局", "县统计局"],
        ["县自然资源局"],
        ["县住建局"],
    ]
    assert [[note.text for note in task.notes] for task in tasks][1] == ["万吨", "3.1", "市农业农村局"]
    assert not any(task.lead_units or task.cooperating_units for task in tasks)


def test_a_subsection_that_names_its_lead_unit_heads_paragraph_tasks() -> None:
    # 一、 names the leader, （一） the unit that leads the part: its tasks are 1. lines or, with none under
    # it, its unnumbered paragraphs; each takes the heading's lead unless it names one itself.
    text = (
        "一、张某副省长负责的工作\n协助省长抓好工作任务的落实。\n"
        "（一）省甲厅牵头的工作\n加强甲项监管工作，全面落实责任制。\n"
        "（二）省乙厅牵头的工作\n全面加强乙项工作。\n协同单位：省直各部门。\n"
        "（三）省丙办牵头的工作\n1.深化丙项改革。\n2.推进丁项改革。\n协同单位：省财政厅。\n"
    )
    notice = parse_text(text)
    tasks = notice.all_tasks()
    assert [(task.number, task.text[:6]) for task in tasks] == [
        (None, "加强甲项监管"),
        (None, "全面加强乙项"),
        (1, "深化丙项改革"),
        (2, "推进丁项改革"),
    ]
    assert roles(text) == [
        (None, ["省甲厅"], [], []),
        (None, ["省乙厅"], [], ["省直各部门"]),
        (1, ["省丙办"], [], []),
        (2, ["省丙办"], [], ["省财政厅"]),
    ]
    assert [[leader.name for leader in task.leaders] for task in tasks] == [["张某"]] * 4
    assert [subsection.title for subsection in notice.sections[0].subsections] == [
        "省甲厅牵头的工作",
        "省乙厅牵头的工作",
        "省丙办牵头的工作",
    ]


def test_one_character_bracketed_numbers_number_the_tasks() -> None:
    # ⑴ … ⒇ (one character each) number items as (1) does: under a 1. line that carries no units, the
    # items that carry them are the tasks and the 1. line their topic.
    text = (
        "一、主要目标\n（一）主要指标。\n1.约束性指标。\n"
        "⑴全年新增城镇就业2万人。\n责任单位：县人社局。\n"
        "⑵单位生产总值能耗降低3%。\n牵头单位：县发改局。\n责任单位：县发改局、县工信局。\n"
        "⑽森林覆盖率保持稳定。\n责任单位：县林业局。\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(task.number, task.text, task.topic) for task in tasks] == [
        (1, "全年新增城镇就业2万人。", "1.约束性指标。"),
        (2, "单位生产总值能耗降低3%。", "1.约束性指标。"),
        (10, "森林覆盖率保持稳定。", "1.约束性指标。"),
    ]
    assert roles(text)[1] == (2, ["县发改局"], ["县发改局", "县工信局"], [])


def test_a_title_right_above_the_number_column_is_no_column_of_groups() -> None:
    # 民生实事项目清单 / 序号 / …, one cell per line with no empty lines: the rows open with their numbers,
    # so the line above 序号 is the table's title, not a column.
    cells = (
        "序号 工作任务 牵头单位 配合单位 完成时限 "
        "1 推进园区建设 县发改局 各乡镇 2024年6月底 2 提升教育质量 县教育局 各乡镇 2024年9月底"
    )
    tasks = parse_text("附件1\n\n民生实事项目清单\n" + "\n".join(cells.split()) + "\n").all_tasks()
    assert [(task.number, task.text, task.deadline and task.deadline.raw, task.topic) for task in tasks] == [
        (1, "推进园区建设", "2024年6月底", None),
        (2, "提升教育质量", "2024年9月底", None),
    ]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_page_numbers_inside_a_one_cell_per_line_table_are_furniture(gap: str) -> None:
    # A PDF copied a cell a line breaks its pages wherever the table reaches a page's foot: in the header
    # and between rows, with or without empty lines between the cells.
    cells = [
        *("序号", "工作任务", "牵头单位", "— 1 —", "配合单位", "完成时限"),
        *("1", "推进园区建设", "县发改局", "各乡镇", "2024年6月底", "— 2 —"),
        *("2", "提升教育质量", "县教育局", "各乡镇", "2024年9月底"),
    ]
    text = "附件\n\n重点任务清单\n\n" + gap.join(cells) + "\n"
    notice = parse_text(text)
    tasks = notice.all_tasks()
    assert [(task.number, task.text, task.deadline and task.deadline.raw) for task in tasks] == [
        (1, "推进园区建设", "2024年6月底"),
        (2, "提升教育质量", "2024年9月底"),
    ]
    assert roles(text) == [(1, ["县发改局"], [], ["各乡镇"]), (2, ["县教育局"], [], ["各乡镇"])]
    assert uncovered_lines(notice, text) == []


def test_a_cell_that_reads_like_a_page_number_stays_a_cell() -> None:
    # 1/2 is a value (a year's share of the work); a value many rows share stays theirs next to the page
    # numbers of a long table.
    cells = ["序号", "工作任务", "年度目标", "责任单位", "完成时限"]
    for number in range(1, 8):
        cells += [str(number), f"推进第{number}项工程", "1/2", "县住建局", "2024年12月底前"]
        if number % 2 == 0:
            cells.append(f"— {number // 2} —")
    text = "附件\n\n重点任务清单\n\n" + "\n".join(cells) + "\n"
    tasks = parse_text(text).all_tasks()
    assert [task.number for task in tasks] == list(range(1, 8))
    assert all(task.deadline is not None and task.deadline.raw == "2024年12月底前" for task in tasks)
    assert all([unit.name for unit in task.responsible_units] == ["县住建局"] for task in tasks)


def test_a_full_row_keeps_a_placeholder_under_a_column_of_groups() -> None:
    # 重点任务 | 序号 | 具体措施 | 牵头单位 | 配合单位, one cell per line with empty lines between: a row with all
    # its cells ends with 无, a placeholder (no co-operating unit), not the next row's topic.
    rows = "推进教育优质均衡 1 推进集团化办学 县教育局 无 2 建设智慧校园 县教育局 县科技局"
    text = "重点任务\n\n序号\n\n具体措施\n\n牵头单位\n\n配合单位\n\n" + "\n\n".join(rows.split()) + "\n"
    tasks = parse_text(text).all_tasks()
    assert [(task.number, task.topic) for task in tasks] == [(1, "推进教育优质均衡"), (2, "推进教育优质均衡")]
    assert roles(text)[:2] == [(1, ["县教育局"], [], []), (2, ["县教育局"], [], ["县科技局"])]


@pytest.mark.parametrize(("first", "second"), [("(1)", "(2)"), ("⑴", "⑵"), ("①", "②")])
def test_items_that_carry_units_under_a_heading_with_no_1_line_are_the_tasks(first: str, second: str) -> None:
    text = (
        f"一、重点任务\n（一）扩大有效投资。\n{first}加快推进重大项目开工。（市发改委牵头，市住建局配合）\n"
        f"{second}优化要素保障。（市自然资源局牵头）\n（二）促进消费。\n{first}推进商圈建设。（市商务局牵头）\n"
        f"{second}发展夜间经济。（市文旅局牵头）\n"
    )
    assert roles(text) == [
        (1, ["市发改委"], [], ["市住建局"]),
        (2, ["市自然资源局"], [], []),
        (1, ["市商务局"], [], []),
        (2, ["市文旅局"], [], []),
    ]
    assert parse_text(text).all_tasks()[0].text == "加快推进重大项目开工。"


def test_circled_numbers_under_bracketed_items_that_are_tasks_stay_their_items() -> None:
    # 一、 （一） (1) ①: where both are printed, ① is the level under (1); the (1) lines carry the units
    # and are the tasks, the ① lines their items.
    text = (
        "一、稳定农业生产\n（一）抓好粮食生产\n（1）粮食播种面积稳定在30万亩以上。（牵头单位：县农业农村局）\n"
        "①春播面积12万亩；\n②秋播面积18万亩。\n（2）新建高标准农田2万亩。（牵头单位：县农业农村局）\n"
        "（二）抓好生猪生产\n（1）生猪出栏稳定在20万头。（牵头单位：县畜牧中心）\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(task.label, task.number, [item.label for item in task.items]) for task in tasks] == [
        ("（1）", 1, ["①", "②"]),
        ("（2）", 2, []),
        ("（1）", 1, []),
    ]


@pytest.mark.parametrize("group_units", ["（牵头单位：县人社局）", "牵头单位：县人社局"])
def test_items_with_notes_in_brackets_under_a_task_with_units_of_its_own_stay_items(group_units: str) -> None:
    # ①…（县教育局负责） is a note on the part each unit plays; the units after the last item are the
    # task's, so the 1. line is the task, whether the items are circled or bracketed.
    for first, second in (("①", "②"), ("（1）", "（2）")):
        text = (
            f"一、稳定就业\n1.实施重点群体就业帮扶。\n{first}开展毕业生就业服务（县教育局负责）；\n"
            f"{second}落实退役军人安置（县退役军人事务局负责）。\n{group_units}\n"
            f"2.加强技能培训。\n{first}开展岗位培训（县总工会负责）。\n{group_units}\n"
        )
        tasks = parse_text(text).all_tasks()
        assert [(task.number, len(task.items)) for task in tasks] == [(1, 2), (2, 1)], first
        assert roles(text) == [(1, ["县人社局"], [], []), (2, ["县人社局"], [], [])]


def test_circled_tasks_under_headings_with_bracketed_items_elsewhere_are_tasks() -> None:
    # A (1) under 保障措施 does not make the ① under （一） its sub-items: only a ① under a (1) is.
    text = (
        "一、发展产业\n（一）发展种养\n①新增种养面积1万亩。（牵头单位：县农业农村局）\n"
        "②建设示范基地3个。（牵头单位：县农业农村局）\n（二）培育主体\n①新培育家庭农场20家。（牵头单位：县供销社）\n"
        "二、保障措施\n（一）加强组织领导\n（1）成立工作专班；\n（2）建立联席会议制度。\n"
    )
    assert roles(text) == [(1, ["县农业农村局"], [], []), (2, ["县农业农村局"], [], []), (1, ["县供销社"], [], [])]


def test_role_brackets_a_hard_wrap_broke_over_lines_still_mark_the_tasks() -> None:
    # A PDF text layer wraps each （一） paragraph wherever the line is full, so its bracket opens on one
    # line and closes on the next: the bracket still says the （一） paragraphs are the tasks.
    text = (
        "某市优化营商环境行动方案\n一、开展审批提速行动\n（一）持续加大简政放权力度。严格落实取消下放行\n"
        "政审批事项的要求，实施清单管理。（责任单位：市行政审\n批局、市司法局，各区人民政府）\n"
        "（二）优化工程项目许可办理。全市工程建设项目审批时间\n缩短至100个工作日内。（责任单位：市住建\n"
        "局、市自然资源局）\n二、开展服务提质行动\n（一）推行一网通办。全面推行企业开办一网通办。（责\n"
        "任单位：市市场监管局）\n"
    )
    assert [(task.id, task.text[:6]) for task in parse_text(text).all_tasks()] == [
        ("1.1", "持续加大简政"),
        ("1.2", "优化工程项目"),
        ("2.1", "推行一网通办"),
    ]
    assert roles(text) == [
        (1, [], ["市行政审批局", "市司法局", "各区人民政府"], []),
        (2, [], ["市住建局", "市自然资源局"], []),
        (1, [], ["市市场监管局"], []),
    ]


_WRAPPED_PARAGRAPHS = (
    "某县水利重点工作任务分工方案",
    "一、加快水利基础设施建设",
    "（一）实施重点水源工程",
    "①加快推进水库扩容工程，年内完成大坝加高和溢洪道改造，新增库容八百六十万立方米。"
    "由县水利局牵头，县发展改革局、县自然资源局、县林业局配合。",
    "②实施城乡供水一体化工程，新建水厂一座，铺设主管网四十六公里，农村自来水普及率达到九成以上。"
    "由县水务投资公司负责，县水利局、县住房和城乡建设局配合。",
    "（二）提升水旱灾害防御能力",
    "①完成病险水库除险加固五座、山洪沟治理三条，汛前完成主体工程建设任务。由县水利局牵头，县财政局、县应急管理局配合。",
)


@pytest.mark.parametrize("width", [15, 18, 22, 23])
def test_a_sentence_of_roles_a_hard_wrap_broke_over_lines_gives_the_units(width: int) -> None:
    # A PDF text layer wraps each paragraph where the page is full: the last sentence, 由X牵头，Y配合。,
    # begins on one line and ends on another, wherever the width puts the break.
    text = "".join(
        "\n".join(paragraph[start : start + width] for start in range(0, len(paragraph), width)) + "\n"
        for paragraph in _WRAPPED_PARAGRAPHS
    )
    assert roles(text) == [
        (1, ["县水利局"], [], ["县发展改革局", "县自然资源局", "县林业局"]),
        (2, ["县水务投资公司"], [], ["县水利局", "县住房和城乡建设局"]),
        (1, ["县水利局"], [], ["县财政局", "县应急管理局"]),
    ]


def test_a_web_line_that_ends_no_sentence_is_no_wrap_of_the_role_line_under_it() -> None:
    # One paragraph a line (a web copy): a task line that ends without 。 ends its paragraph all the same,
    # so the role line under it is read alone, not as the end of the task's sentence.
    text = (
        "一、重点任务\n1.开展河道清理行动。全年清淤河道50公里\n县水利局牵头，县农业农村局配合。\n"
        "2.推进水系连通。完成3条河道连通\n县水利局牵头，县财政局配合。\n"
    )
    assert roles(text) == [(1, ["县水利局"], [], ["县农业农村局"]), (2, ["县水利局"], [], ["县财政局"])]


def test_a_bracket_after_a_short_title_is_read_before_the_fields_after_the_text() -> None:
    # 1.title（牵头单位：X；配合单位：Y）。body。完成时限：…: the labels inside the bracket are the bracket's,
    # not fields that run on to the end of the paragraph; the field after the text is the deadline.
    text = (
        "一、推动经济发展\n1.强化招商引资（牵头单位：街道招商办；配合单位：街道经济服务中心）。全年引进项目6个。"
        "完成时限：2025年12月底前完成\n2.优化营商环境。（牵头单位：街道党政办）\n"
    )
    assert roles(text) == [(1, ["街道招商办"], [], ["街道经济服务中心"]), (2, ["街道党政办"], [], [])]
    first = parse_text(text).all_tasks()[0]
    assert first.deadline is not None
    assert first.deadline.raw == "2025年12月底前完成"


def test_an_owner_heading_is_the_whole_title() -> None:
    # 健全政府负责的工作体系 names a system; only a title that ends with the part (…牵头的工作) names its lead.
    text = "一、重点任务\n（一）健全政府负责的工作体系\n1.完善考核办法。\n2.推进督查落实。\n责任单位：市督查室。\n"
    assert [task.lead_units for task in parse_text(text).all_tasks()] == [[], []]


def test_a_closing_sentence_after_the_last_led_paragraph_is_no_task() -> None:
    text = (
        "一、分工\n（一）市委办公室牵头的工作\n加强督查考核。\n（二）市政府办公室牵头的工作\n加强统筹调度。\n"
        "协同单位：各区政府。\n加强信息报送。\n协同单位：各县政府。\n"
        "（三）市发改委牵头的工作\n1.推进项目建设。\n2.加强要素保障。\n配合单位：市财政局。\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(task.number, task.text[:6]) for task in tasks] == [
        (None, "加强督查考核"),
        (None, "加强统筹调度"),
        (None, "加强信息报送"),  # after the units of the one before: a paragraph of its own
        (1, "推进项目建设"),
        (2, "加强要素保障"),
    ]
    closing = "一、分工\n（一）市委办公室牵头的工作\n加强督查考核。\n各地各部门要于每月5日前报送工作进展情况。\n"
    assert [task.text[:6] for task in parse_text(closing).all_tasks()] == ["加强督查考核"]


def test_bracketed_numbers_run_together_are_a_reference_not_an_item() -> None:
    text = "一、重点任务\n1.推进交通建设。\n⑴⑵两项由市交通局负责。\n责任单位：市交通局。\n"
    assert parse_text(text).all_tasks()[0].text.endswith("⑴⑵两项由市交通局负责。")


def test_a_bracket_of_offices_that_ends_with_the_departments_of_a_level() -> None:
    # 县政府相关部门 names every department of the county government: a unit of its own; an open list (…等相关
    # 部门) keeps the offices it names. A bracket of a collective alone, or of non-offices, stays text.
    text = (
        "一、重点任务\n1.推进甲项工作。（县发改局、县政府相关部门）\n2.推进乙项工作。（县财政局、县税务局等相关部门）\n"
        "3.推进丙项工作。（市直有关部门）\n4.推进丁项工作。（相关部门）\n5.推进戊项工作。（市场主体、相关部门）\n"
    )
    assert roles(text) == [
        (1, [], ["县发改局", "县政府相关部门"], []),
        (2, [], ["县财政局", "县税务局"], []),
        (3, [], ["市直有关部门"], []),
        (4, [], [], []),
        (5, [], [], []),
    ]
    assert [task.text for task in parse_text(text).all_tasks()][3:] == [
        "推进丁项工作。（相关部门）",
        "推进戊项工作。（市场主体、相关部门）",
    ]


def test_a_numbered_title_over_sentences_each_closed_by_its_units() -> None:
    # 1. names a group of targets; each sentence under it, closed by its own bracket (at its end, or at the
    # start of the next line), is a task without a number. A 1. line over one such sentence is still a task.
    text = (
        "一、主要指标\n1.约束性指标的责任部门。\n单位地区生产总值能耗降低3%。\n（县发改局牵头）\n"
        "耕地保有量不低于12万亩。（县自然资源局牵头）\n2.预期性指标的责任部门。\n城镇新增就业3000人。（县人社局牵头）\n"
        "居民收入增长6%。（县统计局牵头）\n二、重点任务\n1.推进项目建设。\n加快重点项目开工。（县发改局牵头）\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(task.number, task.text, [unit.name for unit in task.lead_units]) for task in tasks] == [
        (None, "单位地区生产总值能耗降低3%。", ["县发改局"]),
        (None, "耕地保有量不低于12万亩。", ["县自然资源局"]),
        (None, "城镇新增就业3000人。", ["县人社局"]),
        (None, "居民收入增长6%。", ["县统计局"]),
        (1, "推进项目建设。\n加快重点项目开工。", ["县发改局"]),
    ]
    assert [task.topic for task in tasks][::2] == ["1.约束性指标的责任部门。", "2.预期性指标的责任部门。", None]


def test_a_line_with_no_number_among_tasks_that_each_close_with_their_own_bracket() -> None:
    # Each (N) item closes with its own labelled bracket; a line that lost its marker and closes the same
    # way is a task of theirs (no number), not text that could not be placed.
    text = (
        "一、发展现代产业\n（一）建设甲产业基地。（牵头单位：市经信委；配合单位：市发改委、市规划局）\n"
        "推进乙基地建设，抓好扩建项目。（牵头单位：市发改委；配合单位：市经信委）\n"
        "（三）建设丙物流园区。（牵头单位：市交委）\n"
    )
    notice = parse_text(text)
    assert roles(text) == [
        (1, ["市经信委"], [], ["市发改委", "市规划局"]),
        (None, ["市发改委"], [], ["市经信委"]),
        (3, ["市交委"], [], []),
    ]
    assert notice.unplaced == []


def test_a_task_whose_marker_a_copy_garbled_takes_the_next_number() -> None:
    # ?。ǘ┩ is what a mirror left of （二）: the task after (一) is the second, and a warning says so.
    text = (
        "一、发展现代产业\n（一）建设甲产业基地。（牵头单位：市经信委）\n"
        "?。ǘ┩七M乙基地建设。（牵头单位：市发改委；配合单位：市经信委）\n"
        "?。ㄈ┲?(chuàng)建丙中心。（牵头单位：市科技局）\n"
    )
    notice = parse_text(text)
    tasks = notice.all_tasks()
    assert [(task.number, task.label, task.text) for task in tasks] == [
        (1, "（一）", "建设甲产业基地。"),
        (2, "?。ǘ┩", "七M乙基地建设。"),
        (3, "?。ㄈ┲?(chuàng)", "建丙中心。"),
    ]
    assert [unit.name for unit in tasks[2].lead_units] == ["市科技局"]
    assert [(finding.code, finding.line) for finding in notice.diagnostics if finding.code.startswith("LP20")] == [
        ("LP204", 3),
        ("LP204", 4),
    ]


def test_a_closing_sentence_with_a_gloss_in_brackets_is_no_task() -> None:
    # After tasks closed by labelled brackets, a sentence ending in a bracket of names alone (a gloss on the
    # office before it) is the closing text; and a wrapped task's second line, closed by the bracket, is
    # its text going on.
    text = (
        "一、重点任务\n1.推进甲项工作。（牵头单位：县发改局）\n2.推进乙项工作，\n加快丙项建设。（牵头单位：县财政局）\n"
        "各责任单位要于每季度末将进展报送县发改局（县领导小组办公室）。\n"
    )
    notice = parse_text(text)
    assert [(task.number, task.text) for task in notice.all_tasks()] == [
        (1, "推进甲项工作。"),
        (2, "推进乙项工作，\n加快丙项建设。"),
    ]
    assert notice.closing is not None
    assert "报送县发改局" in notice.closing.text


def test_a_labelled_bracket_the_copy_never_closed_is_read_to_the_end_of_its_task() -> None:
    # The line ends inside （牵头单位：… and the next task follows: the bracket is read as closed there. A
    # bracket that is not of labelled roles (（见附件 cut off) stays in the text.
    text = (
        "一、促进就业\n（一）城镇新增就业0.5万人。（牵头单位：县人社局\n\n"
        "（二）发放求职补贴。（牵头单位：县人社局；配合单位：县财政局\n（三）推进某项工作（见附件\n"
    )
    assert roles(text) == [(1, ["县人社局"], [], []), (2, ["县人社局"], [], ["县财政局"]), (3, [], [], [])]
    assert [task.text for task in parse_text(text).all_tasks()] == [
        "城镇新增就业0.5万人。",
        "发放求职补贴。",
        "推进某项工作（见附件",
    ]


def test_a_chain_of_role_clauses_that_opens_the_paragraph_under_a_title() -> None:
    # 1、 a title line, then a paragraph that opens 由某副县长负责,X牵头,Y配合, before the work itself: the clauses
    # give the roles (the leader by name, without the post) and stay in the text. One clause alone on the line
    # under a title is a sentence's subject, not an assignment (the title opens the task's text).
    text = (
        "1、城区供水管网改造项目\n由张明副县长负责,县水利局牵头,县财政局、县住建局配合,尽快完成方案编制。\n"
        "2、老旧小区改造事宜\n县住建局牵头做好摸底,年内完成改造。\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [
        (
            [unit.name for unit in task.lead_units],
            [unit.name for unit in task.cooperating_units],
            [leader.name for leader in task.leaders],
        )
        for task in tasks
    ] == [(["县水利局"], ["县财政局", "县住建局"], ["张明"]), ([], [], [])]
    assert tasks[0].text.endswith("尽快完成方案编制。")


def test_a_leader_named_before_the_post_is_the_name_and_a_post_alone_stays() -> None:
    text = (
        "一、总体\n1.推进甲项工作。（杨明副市长负责，市发改委牵头）\n"
        "2.推进乙项工作。（常务副省长、协管副秘书长负责，省发改委牵头）\n"
    )
    assert [[leader.name for leader in task.leaders] for task in parse_text(text).all_tasks()] == [
        ["杨明"],
        ["常务副省长", "协管副秘书长"],
    ]


def test_a_leader_named_before_the_post_in_traditional_script_is_the_name() -> None:
    # The post is recognised on the simplified text, so 楊明副市長 gives 杨明 as 杨明副市长 does; a post alone
    # (常務副省長) still stays whole.
    text = (
        "一、總體\n1.推進甲項工作。（楊明副市長負責，市發改委牽頭）\n2.推進乙項工作。（常務副省長負責，省發改委牽頭）\n"
    )
    assert [[leader.name for leader in task.leaders] for task in parse_text(text).all_tasks()] == [
        ["杨明"],
        ["常务副省长"],
    ]


def test_a_notice_on_one_line_with_labels_the_vocabulary_does_not_know() -> None:
    # A page that lost its line breaks to spaces (over 300 characters): a label of an unknown name (项目责任人:,
    # 实际完成情况:) after a space ends the value before it, as a known one does, and the task's later labels
    # stay the task's.
    text = (
        "2024年民生实事项目共有20项任务,各责任单位高度重视,现将1—6月份进展情况予以公示,接受社会监督,"
        "确保各项目标任务圆满完成,下阶段将进一步加大督查考核力度,推动各项工作落到实处,取得实效,让群众满意。 "
        "1.新建社区食堂8家。 牵头领导:李华 责任单位:区民政局 项目责任人:赵强 配合单位:区财政局、各街道 "
        "实际完成情况:已建成4家,其余在建。 2.新增停车泊位500个。 牵头领导:王明 责任单位:区住建局 项目责任人:钱进 "
        "配合单位:区交警大队 实际完成情况:已完成年度目标的60%。 3.改造老旧小区12个。 牵头领导:王明 "
        "责任单位:区住建局 配合单位:各街道 实际完成情况:已开工8个。"
    )
    assert roles(text) == [
        (1, [], ["区民政局"], ["区财政局", "各街道"]),
        (2, [], ["区住建局"], ["区交警大队"]),
        (3, [], ["区住建局"], ["各街道"]),
    ]
    assert [[leader.name for leader in task.leaders] for task in parse_text(text).all_tasks()] == [
        ["李华"],
        ["王明"],
        ["王明"],
    ]


def test_a_cell_per_line_table_whose_topic_column_is_printed_as_headings() -> None:
    # 目标任务 | 主要内容 | 责任单位, one cell a line and no 序号: the topic column's merged cells are the 一、/(一)
    # rows above their tasks, so each task row has two lines, its text and a cell of units with a verb.
    text = (
        "某市政务公开工作要点实施方案\n目标\n任务\n主要内容\n责任单位\n"
        "一、以公开促发展\n(一)加强预期引导\n"
        "围绕全市重点经济政策,通过新闻发布会等形式及时宣传解读。\n市发改委牵头落实\n"
        "加强财政政策信息公开,按月公开全市财政收支情况。\n市财政局、市统计局分别牵头落实\n"
        "(二)加强就业信息公开\n及时发布就业创业政策,解读政策背景和落实情况。\n市人社局牵头,各县区政府配合\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(task.id, task.text[:6]) for task in tasks] == [
        ("1.1.1", "围绕全市重点"),
        ("1.1.2", "加强财政政策"),
        ("1.2.1", "及时发布就业"),
    ]
    assert roles(text) == [
        (None, ["市发改委"], [], []),
        (None, ["市财政局", "市统计局"], [], []),
        (None, ["市人社局"], [], ["各县区政府"]),
    ]


def test_a_word_table_whose_header_runs_on_at_the_end_of_a_line_of_text() -> None:
    # A copy that lost the line break before the table's header: the header's words end the signature line,
    # and each row is a paragraph of its own, its units the last word. The line stays the text it is; only
    # the rows below are the table's.
    text = (
        "各镇人民政府,市各委办局:\n现将任务分解如下,请认真组织实施。\n"
        "某市人民政府办公室 2018年2月24日 某市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位\n\n"
        "一、主要预期目标\n\n1 地区生产总值增长7%以上. 发改委\n\n2 一般公共预算收入增长8%以上. 财政局\n\n"
        "3 固定资产投资额550亿元,工业技改投资增长10%. 发改委、经信委、科技局\n"
    )
    notice = parse_text(text)
    assert roles(text) == [
        (1, ["发改委"], [], []),
        (2, ["财政局"], [], []),
        (3, ["发改委", "经信委", "科技局"], [], []),
    ]
    assert [task.text for task in notice.all_tasks()][:2] == ["地区生产总值增长7%以上.", "一般公共预算收入增长8%以上."]
    assert notice.notice_text is not None
    assert "牵头责任单位" in notice.notice_text.text
    assert uncovered_lines(notice, text) == []


def test_a_pipe_progress_table_with_a_column_of_groups_before_the_matters() -> None:
    # 类别 | 民生事项名称 | …: the group column's cell (四、教育文化) is merged over its rows, so later rows stand one
    # cell to the left, one of them ending with an extra empty cell; the number is inside the matter's cell;
    # the page's own metadata rows after the table end it.
    text = (
        "类别 | 民生事项名称 | 2022年度任务目标 | 责任单位 | 分管市领导 | 1-9月份工作完成情况 | 1-9月份工作取得成效 |"
        " 监督电话 |\n"
        "四、教育文化 | 14.改扩建第一中学 | 完成教学楼主体建设。 | 教育体育局 | 王华 | 已完成主体施工。 | 进展顺利。"
        " | 电话1234567 |\n"
        "15.推进学校运动场建设 | 完成5处运动场建设。 | 教育体育局 | 王华 | 已开工3处。 | 基础施工完成。"
        " | 电话1234567 | |\n"
        "16.推进课后服务 | 实现课后服务全覆盖。 | 教育体育局 | 王华 | 已全覆盖。 | 满意度提升。 | 电话1234567 |\n"
        "索引号: | 000000000/2022-00001 | 成文日期: | 2022-10-08 |\n发布机构: | 某市人民政府办公室\n"
    )
    notice = parse_text(text)
    assert [
        (task.id, task.text, [unit.name for unit in task.responsible_units], [leader.name for leader in task.leaders])
        for task in notice.all_tasks()
    ] == [
        ("4.14", "改扩建第一中学", ["教育体育局"], ["王华"]),
        ("4.15", "推进学校运动场建设", ["教育体育局"], ["王华"]),
        ("4.16", "推进课后服务", ["教育体育局"], ["王华"]),
    ]
    assert [[note.label for note in task.notes] for task in notice.all_tasks()][1][:2] == [
        "2022年度任务目标",
        "1-9月份工作完成情况",
    ]
    assert uncovered_lines(notice, text) == []


def test_units_apart_by_spaces_end_at_any_organisations_ending() -> None:
    # A cell whose line breaks became spaces: a station (电视台) or an office (研究室) before a space ends its name,
    # while a name wrapped over the space (市地方志 研究室) stays whole.
    text = (
        "一、总体\n1.推进甲项工作。\n牵头单位:市委社会工作部 市广播电视台 市地震局 市地方志研究室 市邮政管理局\n"
        "2.推进乙项工作。\n牵头单位:市地方志 研究室、市档案局\n"
    )
    assert roles(text) == [
        (1, ["市委社会工作部", "市广播电视台", "市地震局", "市地方志研究室", "市邮政管理局"], [], []),
        (2, ["市地方志研究室", "市档案局"], [], []),
    ]


def test_units_run_together_are_split_where_the_notice_prints_each_on_its_own() -> None:
    # Row 1 prints its units a line each; row 2's copy lost the break between two of them. A name run
    # together from names printed nowhere on their own stays whole, and no part is shorter than 3 characters.
    text = (
        "一、总体\n1.推进甲项工作。\n责任单位:文化宣传股、文化馆、图书馆、市委、组织部\n"
        "2.推进乙项工作。\n责任单位:文化宣传股文化馆\n"
        "3.推进丙项工作。\n责任单位:文化馆群艺科、市委组织部\n"
    )
    notice = parse_text(text)
    assert roles(text)[1:] == [(2, [], ["文化宣传股", "文化馆"], []), (3, [], ["文化馆群艺科", "市委组织部"], [])]
    first, second = notice.all_tasks()[1].responsible_units
    assert (text[first.span.start : first.span.end], text[second.span.start : second.span.end]) == (
        "文化宣传股",
        "文化馆",
    )
    assert [entry.canonical for entry in notice.units].count("文化宣传股文化馆") == 0


def test_heading_rows_whose_numeral_and_title_are_cells_of_their_own() -> None:
    # A copy closing each cell with " |": the heading rows print 一 | and (一) | as cells apart from their titles,
    # and their empty cells as bare bars; the task rows under them number afresh in each subsection.
    text = (
        "序号 |\n工作内容 |\n牵头部门 |\n完成时间 |\n"
        "一 |\n重点任务 |\n|\n|\n"
        "(一) |\n健全责任体系 |\n|\n|\n"
        "1 |\n推进甲项工作。 |\n省甲局 |\n2018年 |\n"
        "2 |\n推进乙项工作。 |\n省乙局、省丙办 |\n持续推进 |\n"
        "(二) |\n提升治理能力 |\n|\n|\n"
        "1 |\n推进丙项工作。 |\n省丁厅 |\n2017年 |\n"
    )
    notice = parse_text(text)
    places = [
        (notice.sections[0].title, notice.sections[0].subsections[index].title, task.number, task.lead_units[0].name)
        for index, subsection in enumerate(notice.sections[0].subsections)
        for task in subsection.tasks
    ]
    assert places == [
        ("重点任务", "健全责任体系", 1, "省甲局"),
        ("重点任务", "健全责任体系", 2, "省乙局"),
        ("重点任务", "提升治理能力", 1, "省丁厅"),
    ]
    deadlines = [task.deadline.raw if task.deadline else None for task in notice.all_tasks()]
    assert deadlines == ["2018年", "持续推进", "2017年"]
    assert uncovered_lines(notice, text) == []


def test_a_task_row_numbered_with_a_han_numeral_is_no_heading() -> None:
    text = "序号 |\n工作内容 |\n牵头部门 |\n一 |\n推进甲项工作。 |\n省甲局 |\n二 |\n推进乙项工作。 |\n省乙局 |\n"
    assert roles(text) == [(1, ["省甲局"], [], []), (2, ["省乙局"], [], [])]


def test_working_with_joins_two_units() -> None:
    # In a bracket the verb is the first unit's and the units it works with (会同) co-operate; under a
    # label or in a unit column both take the label's role, as with 和.
    text = (
        "一、总体\n1.推进甲项工作。（市商务局会同市财政局负责）\n"
        "2.推进乙项工作。（由市商务局会同市财政局、市税务局负责落实）\n"
        "3.推进丙项工作。\n责任单位：市商务局会同市财政局\n"
        "4.推进丁项工作。（市应急管理委员会负责）\n"
    )
    assert roles(text) == [
        (1, ["市商务局"], [], ["市财政局"]),
        (2, ["市商务局"], [], ["市财政局", "市税务局"]),
        (3, [], ["市商务局", "市财政局"], []),
        (4, ["市应急管理委员会"], [], []),
    ]
    cells = "| 序号 | 工作任务 | 责任处室 |\n| 1 | 做好信息发布。 | 综合处会同法规处 |\n| 2 | 做好培训。 | 人事处 |\n"
    assert roles(cells) == [(1, [], ["综合处", "法规处"], []), (2, [], ["人事处"], [])]


def test_a_progress_notice_names_the_lead_after_a_comma_and_remarks_after_it() -> None:
    # The lead-in that ends 通报如下: is the notice's text, not its recipients; each item names its lead
    # after a comma, and the sentence after the units is a remark on the item.
    text = (
        "为推进民生工程实施工作,现将1至6月实施进度通报如下:\n"
        "一、总体进度\n全市完成年度投资的六成。\n"
        "二、部分项目进展情况\n"
        "1、乡村公路提质工程,牵头部门:市交通局。进度较慢的为东乡县。\n"
        "2、城乡供水一体化工程,牵头部门:市水利局。未完成任务的为西河县、北山县。\n"
    )
    notice = parse_text(text)
    assert notice.meta.recipients == []
    assert [(task.number, task.text, [unit.name for unit in task.lead_units]) for task in notice.all_tasks()] == [
        (1, "乡村公路提质工程", ["市交通局"]),
        (2, "城乡供水一体化工程", ["市水利局"]),
    ]
    assert [note.text for note in notice.all_tasks()[0].notes] == ["进度较慢的为东乡县"]
    assert uncovered_lines(notice, text) == []


def test_a_table_of_a_citys_share_in_the_provinces_tasks() -> None:
    # One cell a line, blank lines between: the task column's header counts its rows in a bracket, the
    # leader's subsection rows stand in the table, a star marks the rows the city leads, and a label
    # naming the province's level (省牵头单位:) gives the lead beside the city's own units.
    text = (
        "一、省政府重点工作涉及本市任务\n\n序号\n\n重点工作任务(本市1项牵头工作、1项配合工作)\n\n责任单位\n\n"
        "(一)李明副市长牵头重点工作\n\n1*\n\n推进老旧小区改造。\n\n市住建局、市城管局\n\n"
        "(二)张华副市长牵头重点工作\n\n2\n\n推进数字乡村建设。\n\n市农业农村局\n\n省牵头单位:省农业农村厅\n"
    )
    notice = parse_text(text)
    assert roles(text) == [
        (1, [], ["市住建局", "市城管局"], []),
        (2, ["省农业农村厅"], ["市农业农村局"], []),
    ]
    assert [[leader.name for leader in task.leaders] for task in notice.all_tasks()] == [["李明"], ["张华"]]
    assert notice.all_tasks()[0].label == "1*"
    assert uncovered_lines(notice, text) == []


def test_a_title_printed_again_above_the_document_number_is_not_the_recipients() -> None:
    # A mirror prints the page's title, its time and source line and its print/font buttons, then the
    # notice: its title again over several lines, the number alone, the recipients.
    text = (
        "澄河市人民政府关于印发重点任务分工方案的通知\n\n时间 : 2021-05-14 22:01:43 来源 : 本网原创稿\n"
        "【打印】 【字体:\n\n澄河市人民政府关于印发\n\n重点任务\n\n分工方案的通知\n\n澄府〔2021〕9号\n\n"
        "各区人民政府,市政府各部门:\n现将方案印发给你们。\n\n澄河市人民政府\n2021年3月21日\n\n"
        "重点任务分工方案\n一、总体\n1.推进甲项工作。（市发改委牵头）\n"
    )
    notice = parse_text(text)
    assert notice.meta.doc_number == "澄府〔2021〕9号"
    assert notice.meta.recipients == ["各区人民政府", "市政府各部门"]
    chrome = [item.text for item in notice.noise if item.kind.value == "page-chrome"]
    assert chrome == ["时间 : 2021-05-14 22:01:43 来源 : 本网原创稿", "【打印】 【字体:"]
    assert uncovered_lines(notice, text) == []


def test_a_metadata_table_with_two_pairs_a_line_each_with_its_colon() -> None:
    # A copy of a government site's metadata table: two key: value pairs a line, a 标题 row, traditional script.
    text = (
        "索 引 號: 000014349/2014-00099 主題分類: 農業、林業\n發文機關: 澄河市政府辦公廳 成文日期: 2014年02月23日\n"
        "標  題: 澄河市政府辦公廳關於印發重點工作分工方案的通知\n"
        "發文字號: 澄辦函〔2014〕31號 發佈日期: 2014年03月10日\n"
        "時  效: 有效\n\n澄河市政府辦公廳關於印發重點工作分工方案的通知\n\n澄辦函〔2014〕31號\n\n"
        "市政府各部門:\n現將方案印發給你們。\n\n一、總體\n1.推進甲項工作。（市發改委牽頭）\n"
    )
    meta = parse_text(text).meta
    assert meta.doc_number == "澄辦函〔2014〕31號"
    assert meta.title == "澄河市政府辦公廳關於印發重點工作分工方案的通知"
    assert meta.recipients == ["市政府各部門"]
    assert meta.date == "2014-02-23"


def test_a_bracket_of_names_closed_by_what_the_notice_says_of_its_order() -> None:
    # (A,B,各县(市、区)人民政府,排名第一位为牵头单位,下同): bare names, then the rule on who leads, after a comma.
    text = (
        "一、落实职责\n(一)健全管理体制。建立完善管理体制。(市教育局,市委农办,各县(市、区)人民政府,排名第一位为牵头单位,下同)\n"
        "(二)建立联席会议制度。定期研究解决问题。(市财政局,市人社局)\n"
    )
    assert roles(text) == [
        (1, ["市教育局"], ["市委农办", "各县(市、区)人民政府"], []),
        (2, ["市财政局"], ["市人社局"], []),
    ]


def test_a_plan_name_ending_with_a_colon_is_no_recipients_and_a_starred_unit_is_its_name() -> None:
    # A page with no notice: 区本级重点工作责任分解: names the plan below it; the leaders' headings then open
    # sections, and the star a table prints after a unit is not part of its name.
    text = (
        "区本级重点工作责任分解:\n\n一、王某区长牵头重点工作\n\n总负责。\n\n   二、李某常委、副区长牵头重点工作\n\n"
        "1.推进甲项工作。\n责任单位：区商务局*、区统计局\n"
    )
    notice = parse_text(text)
    assert notice.meta.recipients == []
    assert [section.title for section in notice.sections] == ["王某区长牵头重点工作", "李某常委、副区长牵头重点工作"]
    (task,) = notice.all_tasks()
    assert [unit.name for unit in task.responsible_units] == ["区商务局", "区统计局"]
    assert [leader.name for leader in task.leaders] == ["李某"]


def test_a_name_ending_in_hui_before_tong_stays_whole() -> None:
    # 市科学技术协会同市教育局: the 会 closes 协会, so there is no 会同 to split at.
    text = "一、总体\n1.推进甲项工作。（市科学技术协会同市教育局负责）\n"
    assert roles(text)[0][1] == ["市科学技术协会同市教育局"]


def test_a_task_line_naming_a_time_and_a_source_is_no_page_chrome() -> None:
    text = "一、总体\n1.推进甲项工作。\n完成时间:2024年12月底;资金来源:省级补助资金\n"
    (task,) = parse_text(text).all_tasks()
    assert task.deadline is not None
    assert task.deadline.date == "2024-12-31"


def test_a_starred_unit_in_a_short_cell_is_read_as_units() -> None:
    # A cell-a-line table whose header wraps one cell over two lines (区本级 / 任务数): a short units cell
    # with a star after its first unit (区财政局*、区发改局) still goes to the units column, not to the
    # unnamed column before it.
    text = (
        "二、张某副区长牵头重点工作\n\n序号\n\n重点工作\n\n区本级\n\n任务数\n\n责任单位\n\n"
        "1\n\n推进甲项工程建设。\n\n\n区建设局\n\n"
        "2\n\n争取上级专项资金3亿元以上。\n\n2亿元\n\n区财政局*、区发改局\n\n"
        "3\n\n完成乙项改造任务。\n\n4个\n\n区住建局*、区城管局\n"
    )
    assert [(number, responsible) for number, _, responsible, _ in roles(text)] == [
        (1, ["区建设局"]),
        (2, ["区财政局", "区发改局"]),
        (3, ["区住建局", "区城管局"]),
    ]
    assert uncovered_lines(parse_text(text), text) == []


def test_a_clause_after_a_comma_in_a_labelled_unit_list_is_a_note_not_a_unit() -> None:
    # 责任单位:各县区,确保年底前完成。: the units end where a clause about the work begins; a unit a
    # name-test does not know (中国移动某分公司) stays in the list.
    text = (
        "一、总体\n1.推进甲项工作。\n责任单位:各县区,确保年底前完成。\n"
        "2.推进乙项工作。\n牵头单位:市教育局,并做好经费保障。\n"
        "3.推进丙项工作。\n责任单位:市教育局,市财政局,中国移动某分公司\n"
        "4.推进丁项工作。\n责任单位：发改局，经信局，经开区管委会，12345热线工作专班\n"
        "5.推进戊项工作。（县发改局牵头，相关部门做好配合）\n"
    )
    notice = parse_text(text)
    first, second, third, fourth, fifth = notice.all_tasks()
    # Only a clause (opening with a verb or a linking word) leaves the list: bodies a name test does not
    # know stay, and 做好配合 is a verb of co-operation.
    assert [unit.name for unit in fourth.responsible_units] == ["发改局", "经信局", "经开区管委会", "12345热线工作专班"]
    assert [unit.name for unit in fifth.cooperating_units] == ["相关部门"]
    assert [unit.name for unit in first.responsible_units] == ["各县区"]
    assert [note.text for note in first.notes] == ["确保年底前完成"]
    assert [unit.name for unit in second.lead_units] == ["市教育局"]
    assert [note.text for note in second.notes] == ["并做好经费保障"]
    assert [unit.name for unit in third.responsible_units] == ["市教育局", "市财政局", "中国移动某分公司"]
    assert uncovered_lines(notice, text) == []


def test_a_departments_own_leader_label_and_a_bare_time_limit_label() -> None:
    # A bureau's own plan names its own leaders (分管局领导); a township prints 时限： for the deadline.
    text = (
        "一、总体\n1.推进甲项工作。（分管局领导：王某某；牵头处室：法规处；完成时限：6月底前）\n"
        "2.推进乙项工作。\n分管领导：李某　　牵头单位：镇农业服务中心　　责任单位：各村（社区）　　时限：10月底前\n"
    )
    first, second = parse_text(text).all_tasks()
    assert [leader.name for leader in first.leaders] == ["王某某"]
    assert [unit.name for unit in second.responsible_units] == ["各村（社区）"]
    assert second.deadline is not None
    assert second.deadline.raw == "10月底前"


def test_a_supervision_list_reads_its_matter_and_leaves_the_overseeing_office_out() -> None:
    # 督办事项 is the task; 督办单位 oversees the work and is none of its units; 每季度 is a deadline.
    text = (
        "序号\t督办事项\t主责单位\t协办单位\t督办单位\t时间节点\n"
        "1\t推进甲项工程建设。\t县发改局\t县财政局\t县政府督查室\t每季度\n"
        "2\t完成乙项改造任务。\t县住建局\t县城管局\t县政府督查室\t6月底前\n"
    )
    tasks = parse_text(text).all_tasks()
    read = [(task.text, [u.name for u in task.lead_units], [u.name for u in task.cooperating_units]) for task in tasks]
    assert read == [
        ("推进甲项工程建设。", ["县发改局"], ["县财政局"]),
        ("完成乙项改造任务。", ["县住建局"], ["县城管局"]),
    ]
    assert [task.deadline.raw if task.deadline else None for task in tasks] == ["每季度", "6月底前"]
    assert [task.responsible_units for task in tasks] == [[], []]
    assert [[note.text for note in task.notes] for task in tasks] == [["县政府督查室"], ["县政府督查室"]]


def test_a_recurring_time_in_a_verb_bracket_is_the_deadline() -> None:
    text = "一、总体\n1.推进甲项工作。（市统计局牵头，各县区政府按职责分工负责，每季度）\n"
    (task,) = parse_text(text).all_tasks()
    assert [unit.name for unit in task.cooperating_units] == ["各县区政府"]
    assert task.deadline is not None
    assert task.deadline.raw == "每季度"


def test_labels_in_lenticular_brackets_one_after_another_on_a_line() -> None:
    # 【责任领导】X　【牵头单位】Y　【完成时限】Z: a label in brackets needs no colon, on its own line or
    # after the task's sentence.
    text = (
        "第一部分　教育文化类\n1.新建公办中小学校8所。\n"
        "【责任领导】贺某某　【牵头单位】市教育局　【责任单位】市财政局，各县（市、区）人民政府　【完成时限】全年\n"
        "2.开展乙项工作。【牵头单位】市民政局【责任单位】市财政局【完成时限】10月底前\n"
    )
    first, second = parse_text(text).all_tasks()
    assert [leader.name for leader in first.leaders] == ["贺某某"]
    assert [unit.name for unit in first.lead_units] == ["市教育局"]
    assert [unit.name for unit in first.responsible_units] == ["市财政局", "各县（市、区）人民政府"]
    assert first.deadline is not None
    assert first.deadline.raw == "全年"
    assert second.text == "开展乙项工作。"
    assert [unit.name for unit in second.lead_units] == ["市民政局"]
    assert [unit.name for unit in second.responsible_units] == ["市财政局"]
    assert second.deadline is not None
    assert second.deadline.raw == "10月底前"


def test_a_role_bracket_hard_wrapped_by_a_pdf_copy_is_read_across_its_breaks() -> None:
    # A PDF text layer breaks a bracket wherever the line is full: inside a name (省自然资 / 源厅), inside a
    # verb (按职责分 / 工负责) or after a name (各市（州） / 人民政府); a break between two whole names in a
    # bracket still parts them.
    text = (
        "一、扩大需求\n1.全年实施省级重点项目620个，完成年度投资5200亿元以上，\n"
        "力争新开工项目230个。（省发展改革委牵头，省财政厅、省自然资\n源厅配合）\n"
        "2.新增就业45万人。（省人社厅牵头，省教育厅配合，各市（州）\n人民政府按职责分工负责，每季度）\n"
        "3.推动数字经济深度融合。（省通信管理局、省大数据局按职责分\n工负责，长期坚持）\n"
        "4.推进甲项工作。（省商务厅牵头，省财政厅\n省税务局配合）\n"
        "5.推进乙项工作。（省发展改革委牵头，省财政厅、\n省交通运输厅配合，持续推进）\n"
    )
    assert [(lead, cooperating) for _, lead, _, cooperating in roles(text)] == [
        (["省发展改革委"], ["省财政厅", "省自然资源厅"]),
        (["省人社厅"], ["省教育厅", "各市（州）人民政府"]),
        ([], ["省通信管理局", "省大数据局"]),
        (["省商务厅"], ["省财政厅", "省税务局"]),
        (["省发展改革委"], ["省财政厅", "省交通运输厅"]),
    ]


def test_a_table_copied_with_bars_between_its_cells_alone() -> None:
    # No bars at the ends, no spaces around them, no rule line under the header: still a table.
    text = (
        "序号|重点工作|分管领导|责任科室|配合科室（单位）|完成时限\n一、经济发展\n"
        "1|走访辖区规上企业。|何某某|经济发展办公室|各社区|12月底前\n"
        "2|开展丙项工作。|何某某|党政办公室|财政所|6月底前\n"
    )
    notice = parse_text(text)
    assert [section.title for section in notice.sections] == ["经济发展"]
    assert [(number, responsible, cooperating) for number, _, responsible, cooperating in roles(text)] == [
        (1, ["经济发展办公室"], ["各社区"]),
        (2, ["党政办公室"], ["财政所"]),
    ]
    assert uncovered_lines(notice, text) == []


def test_units_and_their_verbs_alone_on_a_line_under_a_task() -> None:
    # ——X牵头，Y配合 on the line after a task's text: the task's units, with a deadline after them; the （一）
    # items they follow are the tasks. The same without the dash is prose (各部门要密切配合 · 市商务局牵头，
    # 市财政局配合 as a sentence of the task), and a dash line after a task that names its own units is a
    # topic over the tasks after it.
    text = (
        "一、稳定工业经济\n（一）实施甲项行动，新增规上工业企业60家。\n——市工信局牵头，市发展改革委、市统计局配合\n"
        "（二）推进乙项改造，实施项目120个。\n——市工信局负责，2025年12月底前\n"
        "（三）开展丙项活动50场。\n市商务局牵头，市财政局配合，每季度\n——市商务局负责\n"
        "（四）推进丁项工作。\n各部门要密切配合，形成工作合力。\n——市住建局负责\n"
    )
    notice = parse_text(text)
    tasks = notice.all_tasks()
    assert [(lead, cooperating) for _, lead, _, cooperating in roles(text)] == [
        (["市工信局"], ["市发展改革委", "市统计局"]),
        (["市工信局"], []),
        (["市商务局"], []),
        (["市住建局"], []),
    ]
    assert [task.deadline.raw if task.deadline else None for task in tasks] == [None, "2025年12月底前", None, None]
    assert tasks[2].text == "开展丙项活动50场。\n市商务局牵头，市财政局配合，每季度"
    assert tasks[3].text == "推进丁项工作。\n各部门要密切配合，形成工作合力。"
    assert uncovered_lines(notice, text) == []
    own_units_first = "一、总体\n1.新建项目10个。（牵头单位：县发改局）\n——县工信局牵头\n2.推进乙项。\n责任单位：县乙\n"
    notice = parse_text(own_units_first)
    assert [[unit.name for unit in task.lead_units] for task in notice.all_tasks()] == [["县发改局"], []]
    assert [topic.title for topic in notice.sections[0].topics] == ["县工信局牵头"]


def test_a_line_of_units_and_verbs_hard_wrapped_by_a_pdf_copy() -> None:
    # A PDF text layer wraps the line of units wherever it is full: inside a name (市住房城乡 / 建设局) and
    # over a page break (各 / 县（市、区）人民政府); the wrapped line goes on the list. The end of a bracket
    # opened on the task's line above (…人民政府 / 按职责分工负责）) is no line of its own.
    text = (
        "一、扩大有效需求\n"
        "（一）新建改造城市道路15公里，打通断头路5条，新\n"
        "增公共停车泊位3000个，完成年度投资计划。\n"
        "——市城管局负责，市自然资源和规划局、市住房城乡\n"
        "建设局配合，2025年6月底前\n"
        "（二）开展促消费活动50场以上，社会消费品零售总额\n"
        "增长6%左右，培育夜间消费集聚区5个，带动消费100亿\n"
        "元。\n"
        "——市商务局牵头，市财政局、市发展改革委配合，各\n"
        "\n                         第 1 页\n\f"
        "县（市、区）人民政府按职责分工负责\n"
        "（三）实施城市更新项目32个，改造老旧小区46个（市\n"
        "住建局牵头，市财政局配合，各县（市、区）人民政府\n"
        "按职责分工负责）\n"
        "（四）推进甲项工作，完成乙项改造任务12项，新建丙\n"
        "项设施8处，全面完成年度建设目标任务。\n"
        "——市交通运输局负责\n"
    )
    notice = parse_text(text)
    assert [(lead, cooperating) for _, lead, _, cooperating in roles(text)] == [
        (["市城管局"], ["市自然资源和规划局", "市住房城乡建设局"]),
        (["市商务局"], ["市财政局", "市发展改革委", "各县（市、区）人民政府"]),
        (["市住建局"], ["市财政局", "各县（市、区）人民政府"]),
        (["市交通运输局"], []),
    ]
    deadline = notice.all_tasks()[0].deadline
    assert deadline is not None
    assert deadline.raw == "2025年6月底前"
    assert uncovered_lines(notice, text) == []


_HARD_WRAPPED = (
    "一、推动经济稳中向好\n"
    "1.全年完成地区生产总值增长6%左右，规模以上工业增加\n值增长7%，固定资产投资增长8%，社会消费品零售总额增\n"
    "长6.5%，一般公共预算收入增长5%，居民人均可支配收入\n与经济增长同步。\n"
    "牵头单位：县发展和改革局\n责任单位：县统计局、县财政局、县自然资源和规划局沙\n河分局、各乡镇人民政府\n"
    "2.实施县级重点项目60个，年度计划投资90亿元，其中新\n开工项目25个、竣工项目18个，争取专项债券资金额度\n"
    "12亿元以上，推动项目早开工、早投产、早见效。\n"
    "牵头单位：县发展和改革局\n责任单位：县财政局、县住房和城乡建设局、沙河经济开\n发区管委会\n"
    "3.新建改造城市道路12公里，打通断头路4条，改造老旧\n小区20个，同步完成雨污分流改造和停车设施建设，提升\n"
    "城市宜居水平，全年完成投资不低于5亿元，按期完工。\n"
    "牵头单位：县住房和城乡建设局\n责任单位：县城市管理局、县自然资源和规划局沙河分局\n"
)


@pytest.mark.parametrize("margin", ["    ", "\u3000\u3000", "\u00a0\u00a0\u00a0"])
def test_a_pdf_page_margin_on_every_line_reads_as_the_text_without_it(margin: str) -> None:
    # A text layer laid out as on its page (pdftotext -layout) opens every line with the page's margin,
    # wrapped lines too: only an indent above the margin starts a paragraph, so the wraps still join.
    def tasks(text: str) -> list[tuple[str, list[str], list[str]]]:
        return [
            (task.text, [unit.name for unit in task.lead_units], [unit.name for unit in task.responsible_units])
            for task in parse_text(text).all_tasks()
        ]

    indented = "".join(margin + line + "\n" for line in _HARD_WRAPPED.splitlines())
    assert tasks(indented) == tasks(_HARD_WRAPPED)
    assert "\n" not in tasks(indented)[0][0]
    assert tasks(indented)[0][2][2] == "县自然资源和规划局沙河分局"
    assert uncovered_lines(parse_text(indented), indented) == []


def test_units_named_by_a_copula_are_read_as_by_a_verb() -> None:
    # (X为牵头单位，Y、Z为配合单位；deadline): the copula names the role as a verb or a label would; a remark about
    # the list (列第一位者为牵头单位) stays a remark.
    text = (
        "一、招商引资\n1.招引亿元以上项目8个。（县招商局为牵头单位，县投促中心、县企服局为配合单位；2025年底前）\n"
        "2.新建标准厂房10万平方米。（县住建局、县资规局为牵头单位，县财政局为配合单位）\n"
        "3.推进丙项工作。（县发改局、县财政局，列第一位者为牵头单位）\n"
    )
    assert roles(text) == [
        (1, ["县招商局"], [], ["县投促中心", "县企服局"]),
        (2, ["县住建局", "县资规局"], [], ["县财政局"]),
        (3, ["县发改局"], ["县财政局"], []),
    ]
    deadline = parse_text(text).all_tasks()[0].deadline
    assert deadline is not None
    assert deadline.raw == "2025年底前"


@pytest.mark.parametrize(
    "units",
    ["县资规局牵头，县规划局配合。", "县资规局为牵头单位，县规划局为配合单位。", "县资规局牵头，县规划局配合"],
)
def test_a_plain_line_of_units_and_verbs_under_a_task(units: str) -> None:
    # The line under a task's text names its units by verbs, with no dash, no bracket and no 由; a labelled
    # deadline may follow in the same line after the full stop.
    text = (
        f"一、改革攻坚\n1.深化甲项改革，推进\n丁项工作。\n{units}\n"
        f"2.深化乙项改革。\n{units.rstrip('。')}。完成时限：2025年6月底前。\n"
    )
    notice = parse_text(text)
    assert roles(text) == [(1, ["县资规局"], [], ["县规划局"]), (2, ["县资规局"], [], ["县规划局"])]
    assert [task.deadline and task.deadline.raw for task in notice.all_tasks()] == [None, "2025年6月底前"]
    assert uncovered_lines(notice, text) == []


def test_a_last_sentence_of_units_and_verbs_without_you() -> None:
    # 县农业局负责，县商务局、县市场监管局配合。 closes the task's paragraph, no 由 and no bracket: its units. A
    # requirement in the closing (各牵头单位要明确专人负责。) is no such sentence.
    text = (
        "一、产业发展\n1、培育农产品加工产业，新增龙头企业3家。县农业局负责，县商务局、县市场监管局配合。\n"
        "2、开展大气污染防治攻坚。县应急管理局、县消防大队负责，各乡镇（街道）按职责分工负责。\n"
        "二、保障措施\n1.加强组织领导。各牵头单位要明确专人负责。\n2.强化督查。县督查室定期通报。\n"
    )
    notice = parse_text(text)
    assert roles(text) == [
        (1, ["县农业局"], [], ["县商务局", "县市场监管局"]),
        (2, ["县应急管理局", "县消防大队"], [], ["各乡镇（街道）"]),
    ]
    assert notice.closing is not None
    assert [requirement.label for requirement in notice.closing.requirements] == ["二、", "1.", "2."]


@pytest.mark.parametrize("fields", ["【牵头单位】{lead}【责任单位】{others}", "牵头单位：{lead}；责任单位：{others}"])
def test_a_plan_before_its_signature_with_fields_on_the_task_lines(fields: str) -> None:
    # The notice text is not signed; the plan follows it, each task's fields on its own line with no bracket,
    # and the signature ends the document: the plan is read, and the signature is no unit of the last task.
    first = fields.format(lead="县市场监管局", others="县税务局")
    last = fields.format(lead="县政务服务中心", others="县直各有关部门")
    text = (
        "松川县人民政府办公室关于印发营商环境重点任务分工方案的通知\n松政办发〔2024〕7号\n各乡镇人民政府，县政府各部门：\n"
        "　　《方案》已经县政府同意，现印发给你们，请认真抓好落实。\n松川县营商环境重点任务分工方案\n"
        f"　　一、提升政务服务效能\n　　1.企业开办用时压缩至半个工作日。{first}\n"
        f"　　2.新增集成办事场景8个。{last}\n松川县人民政府办公室\n2024年2月6日\n"
    )
    notice = parse_text(text)
    assert roles(text) == [(1, ["县市场监管局"], ["县税务局"], []), (2, ["县政务服务中心"], ["县直各有关部门"], [])]
    assert (notice.meta.issuer, notice.meta.date) == ("松川县人民政府办公室", "2024-02-06")
    assert uncovered_lines(notice, text) == []


_NOTICE_HEAD = "关于印发柳桥县重点任务分工方案的通知\n各乡镇人民政府，县直各单位：\n现将方案印发给你们，请贯彻执行。\n"
_SIGNATURE = "柳桥县人民政府办公室\n2025年3月1日\n"


def test_a_sentence_of_roles_alone_neither_opens_a_plan_nor_carries_one_on() -> None:
    # …。X负责，Y配合。 with no 由 names units only inside a plan: a requirement of the closing part that says
    # who leads it stays a requirement, and the notice's own points before a signature are no plan.
    closing = (
        "一、重点任务\n1.推进户厕改造。新建户厕一千户。\n责任单位：县农业局\n2.加强垃圾治理。健全收运体系。\n"
        "责任单位：县住建局\n二、保障措施\n（一）加强组织领导。成立工作专班。县农业局牵头，各乡镇配合。\n"
        "（二）强化资金保障。统筹整合涉农资金。\n"
    )
    notice = parse_text(_NOTICE_HEAD + closing + _SIGNATURE)
    assert [task.number for task in notice.all_tasks()] == [1, 2]
    assert notice.closing is not None
    assert [requirement.label for requirement in notice.closing.requirements] == ["二、", "（一）", "（二）"]
    points = "1.推进户厕改造。\n2.加强垃圾治理。健全收运体系。保洁公司负责，村委会配合。\n3.开展清洁。\n"
    assert parse_text(_NOTICE_HEAD + points + _SIGNATURE).all_tasks() == []


def test_a_date_alone_inside_a_task_is_no_signature() -> None:
    # A deadline printed alone on a line above the task's 责任单位： line: the task goes on, only the date after
    # the last unit line signs the notice.
    text = (
        _NOTICE_HEAD + "1.推进户厕改造。\n责任单位：县农业局\n2.加强垃圾治理。\n2025年6月30日\n责任单位：县住建局\n"
        "3.开展清洁行动。\n责任单位：各乡镇\n" + _SIGNATURE
    )
    notice = parse_text(text)
    assert roles(text) == [(1, [], ["县农业局"], []), (2, [], ["县住建局"], []), (3, [], ["各乡镇"], [])]
    assert notice.meta.date == "2025-03-01"


def test_a_box_drawn_table_with_an_empty_line_after_every_line() -> None:
    # A web copy that puts an empty line after every line of a box-drawing table (┌─┬─┐ / │…│ / ├─┼─┤) reads
    # as the table printed without them: the same rows, cells and units.
    fixture = Path(__file__).parent / "fixtures" / "c4_tongqiu_boxdrawing_section_rows.txt"
    printed = fixture.read_text(encoding="utf-8")
    spaced = "\n\n".join(printed.split("\n"))

    def rows(text: str) -> list[tuple[str, list[str], list[str], str | None]]:
        return [
            (
                task.id,
                [unit.name for unit in task.lead_units],
                [unit.name for unit in task.cooperating_units + task.responsible_units],
                task.deadline and task.deadline.raw,
            )
            for task in parse_text(text).all_tasks()
        ]

    assert rows(spaced) == rows(printed)
    assert len(rows(printed)) > 5
    assert uncovered_lines(parse_text(spaced), spaced) == []


def test_a_headings_fields_before_its_first_task_hold_for_its_tasks() -> None:
    # 一、… / 牵头县领导：X / 牵头单位：Y / 1.…: each task under the heading takes the heading's value in every
    # role it does not fill itself; a subsection's values come before its section's. The value is read like
    # a task's (several labels on a line, a list wrapped onto the next line); the lines stay notes of the
    # heading, so nothing is lost.
    text = (
        "一、提升政务服务效能\n牵头县领导：周某某\n牵头单位：县政务服务中心、县数据资源局、\n县市场监管局\n"
        "1.深化甲项改革。\n责任单位：县人社局\n"
        "2.推行乙项政策。\n牵头单位：县财政局\n完成时限：2025年6月底前\n"
        "二、强化要素保障\n牵头县领导：吴某某　完成时限：2025年12月底前\n"
        "（一）用地保障\n牵头单位：县自然资源局\n"
        "3.建立丙项机制。\n责任单位：县发改局\n"
        "三、保障措施\n责任单位：县委办\n"
    )
    notice = parse_text(text)
    tasks = notice.all_tasks()
    assert [(lead, responsible) for _, lead, responsible, _ in roles(text)] == [
        (["县政务服务中心", "县数据资源局", "县市场监管局"], ["县人社局"]),
        (["县财政局"], []),
        (["县自然资源局"], ["县发改局"]),
    ]
    assert [[leader.name for leader in task.leaders] for task in tasks] == [["周某某"], ["周某某"], ["吴某某"]]
    assert [task.deadline.raw if task.deadline else None for task in tasks] == [
        None,
        "2025年6月底前",
        "2025年12月底前",
    ]
    # the fields of a heading no task follows reach nothing, and say so
    assert [finding.line for finding in notice.diagnostics if finding.code == "LP301"] == [17]
    assert uncovered_lines(notice, text) == []


def test_numbered_cards_under_headings_a_wechat_article_decorates() -> None:
    # ▍一、… is a section (the bar is the article's decoration); 序号：N over 督办事项：… opens a card, a record
    # whose number is the 序号 and whose text the 督办事项.
    text = (
        "▍一、稳住经济增长\n\n序号：1\n督办事项：实施县级重点项目86个。\n责任领导：邹某某\n主责单位：县发改委\n"
        "协办单位：县统计局\n时间节点：12月底前\n\n序号：2\n督办事项：新增规上工业企业15家。\n主责单位：县工信局\n\n"
        "▍二、增进民生福祉\n\n序号：3\n督办事项：城镇新增就业2800人。\n主责单位：县人社局\n"
    )
    notice = parse_text(text)
    assert [section.title for section in notice.sections] == ["稳住经济增长", "增进民生福祉"]
    assert [(task.id, task.number, task.text) for task in notice.all_tasks()] == [
        ("1.1", 1, "实施县级重点项目86个。"),
        ("1.2", 2, "新增规上工业企业15家。"),
        ("2.3", 3, "城镇新增就业2800人。"),
    ]
    assert [lead for _, lead, _, _ in roles(text)] == [["县发改委"], ["县工信局"], ["县人社局"]]
    assert uncovered_lines(notice, text) == []


def test_a_bare_pipe_row_whose_long_cell_wraps_onto_the_next_line() -> None:
    # 2|推进甲项改造，完成两个 / 小区雨污分流改造。|周某|城建办|…: the row goes on on the next line; a / in the
    # time-limit cell is no deadline.
    text = (
        "序号|重点工作|分管领导|责任科室|配合科室（单位）|完成时限\n一、城市管理\n"
        "1|开展乙项整治，整治道路12条。|周某某|综合执法队|城建办|9月30日前\n"
        "2|推进甲项改造，完成春晖、柳岸两个小区\n雨污分流和外立面改造。|周某某|城建办|春晖社区、柳岸社区|10月底前\n"
        "3|完成垃圾分类示范小区创建5个。|周某某|城建办|各社区|/\n"
    )
    notice = parse_text(text)
    tasks = notice.all_tasks()
    assert [(task.number, task.text) for task in tasks] == [
        (1, "开展乙项整治，整治道路12条。"),
        (2, "推进甲项改造，完成春晖、柳岸两个小区雨污分流和外立面改造。"),
        (3, "完成垃圾分类示范小区创建5个。"),
    ]
    assert [(responsible, cooperating) for _, _, responsible, cooperating in roles(text)] == [
        (["综合执法队"], ["城建办"]),
        (["城建办"], ["春晖社区", "柳岸社区"]),
        (["城建办"], ["各社区"]),
    ]
    assert [task.deadline.raw if task.deadline else None for task in tasks] == ["9月30日前", "10月底前", None]
    assert uncovered_lines(notice, text) == []


def test_a_tab_row_that_lost_the_leader_cell_merged_above_it() -> None:
    # A browser copies a leader cell merged over three rows into the first of them only; the rows it covers
    # are one cell short and take its leader. A row that prints an empty cell takes nothing, nor does a
    # row after a section row.
    text = (
        "序号\t督办事项\t责任领导\t主责单位\t协办单位\t时间节点\n一、项目建设\n"
        "1\t实施县级重点项目60个。\t陈某某\t县发改局\t县财政局\t12月底前\n"
        "2\t完成国土空间总体规划报批。\t县自然资源局\t县林业局\t6月底前\n"
        "3\t建成甲乙二级公路。\t县交通运输局\t县财政局\t11月底前\n"
        "4\t推进丙项工作。\t\t县住建局\t县财政局\t9月底前\n"
        "二、社会事业\n"
        "5\t新建丁项设施3个。\t县民政局\t县财政局\t9月底前\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [[leader.name for leader in task.leaders] for task in tasks] == [["陈某某"], ["陈某某"], ["陈某某"], [], []]
    assert [lead for _, lead, _, _ in roles(text)] == [
        ["县发改局"],
        ["县自然资源局"],
        ["县交通运输局"],
        ["县住建局"],
        ["县民政局"],
    ]


def test_a_leader_merged_over_each_group_of_a_table_is_every_row_of_the_group() -> None:
    # 责任领导 merged over the rows of each group: the copy prints it in the group's first row only. A copy a
    # cell a line drops it from the rows it covers; a tab copy (Excel) prints their cells empty. Filled in
    # the first row of every group and nowhere else, the column is merged, and each row takes its group's.
    per_line = (
        "序号\n任务\n责任领导\n牵头单位\n配合单位\n完成时限\n一、科技创新\n"
        "1\n新认定科技型企业40家。\n林某\n市科技局\n市财政局\n12月底前\n"
        "2\n引进研发机构2家。\n市科技局\n市人社局\n11月底前\n"
        "3\n建成中试平台1个。\n市工信局\n市科技局\n全年\n"
        "二、开放合作\n"
        "1\n外贸进出口增长6%。\n周某、韩某\n市商务局\n市税务局\n全年\n"
        "2\n举办茶叶博览会。\n市贸促会\n市农业农村局\n9月\n"
    )
    tabs = (
        "序号\t重点任务\t责任领导\t牵头单位\t配合单位\t完成时限\n一、政务服务\t\t\t\t\t\n"
        "1\t新增集成服务20项。\t林某\t区审批局\t区市场监管局\t6月底前\n"
        "2\t建成惠企平台。\t\t区发改局\t区财政局\t12月底前\n"
        "二、市场监管\t\t\t\t\t\n"
        "3\t推行联合抽查。\t周某\t区市场监管局\t区司法局\t11月底前\n"
        "4\t整治违规收费。\t\t区发改局\t区财政局\t8月底前\n"
        "5\t动态调整免罚清单。\t\t区司法局\t区城管局\t长期\n"
    )
    for text, leaders in (
        (per_line, [["林某"], ["林某"], ["林某"], ["周某", "韩某"], ["周某", "韩某"]]),
        (tabs, [["林某"], ["林某"], ["周某"], ["周某"], ["周某"]]),
    ):
        notice = parse_text(text)
        assert [[leader.name for leader in task.leaders] for task in notice.all_tasks()] == leaders
        assert [lead for _, lead, _, _ in roles(text)][1:3] in (
            [["市科技局"], ["市工信局"]],
            [["区发改局"], ["区市场监管局"]],
        )
    # One group only: a leader in its first row alone may be that row's own; the others take nothing.
    one_group = tabs.split("二、")[0]
    assert [[leader.name for leader in task.leaders] for task in parse_text(one_group).all_tasks()] == [["林某"], []]


def test_a_row_that_lost_an_empty_unit_cell_keeps_its_unit_in_the_first_unit_column() -> None:
    # A copy a cell a line drops empty cells: a row printing one unit under 牵头单位 | 配合单位 printed its
    # 牵头单位, the task needing no 配合单位; the unit fits both columns alike and belongs to the first.
    text = (
        "序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"
        "1\n建成物流园一期。\n县商务局\n县交通局\n9月底前\n"
        "2\n新开通货运线路2条。\n县交通局\n12月底前\n"
        "3\n举办产品展销会。\n县商务局\n县农业农村局、县文旅局\n全年\n"
    )
    assert roles(text) == [
        (1, ["县商务局"], [], ["县交通局"]),
        (2, ["县交通局"], [], []),
        (3, ["县商务局"], [], ["县农业农村局", "县文旅局"]),
    ]


def test_a_note_under_a_table_of_a_cell_a_line_is_no_cell() -> None:
    # 注：… under a table copied a cell a line (with or without blank lines between the cells) is a note
    # under the plan: not the rest of the last row's deadline, nor a row of its own.
    header = ["序号", "任务", "牵头单位", "完成时限"]
    rows = ["1", "建成物流园一期。", "县商务局", "9月底前", "2", "新开通货运线路2条。", "县交通局", "全年"]
    note = "注：各牵头单位于每季度末报送进展。"
    for gap in ("\n", "\n\n"):
        text = gap.join([*header, "一、项目建设", *rows, note]) + "\n"
        notice = parse_text(text)
        tasks = notice.all_tasks()
        assert [(task.number, task.deadline.raw if task.deadline else None) for task in tasks] == [
            (1, "9月底前"),
            (2, "全年"),
        ]
        assert note not in "".join(task.text for task in tasks)
        assert uncovered_lines(notice, text) == []
        assert note in notice.model_dump_json()


def test_units_merged_over_a_group_stay_where_the_merge_puts_them() -> None:
    # 责任领导, 牵头单位 and 完成时限 merged over each group, copied a cell a line: the rows a merge covers print
    # only their 配合单位, which stays co-operating; the lead comes down from the group's first row.
    header = "序号\n工作任务\n责任领导\n牵头单位\n配合单位\n完成时限\n"
    text = header + (
        "一、城市建设\n1\n建成污水处理厂。\n孙某\n县住建局\n县财政局\n6月底前\n"
        "2\n改造老旧管网20公里。\n县水务局\n3\n新建口袋公园5处。\n县城管局\n"
        "二、产业发展\n4\n新建产业园区1个。\n钱某\n县发改局\n县商务局\n12月底前\n"
        "5\n引进企业10家。\n县招商中心\n6\n培育规上企业8家。\n县统计局\n"
    )
    assert roles(text) == [
        (1, ["县住建局"], [], ["县财政局"]),
        (2, ["县住建局"], [], ["县水务局"]),
        (3, ["县住建局"], [], ["县城管局"]),
        (4, ["县发改局"], [], ["县商务局"]),
        (5, ["县发改局"], [], ["县招商中心"]),
        (6, ["县发改局"], [], ["县统计局"]),
    ]


def test_a_units_column_filled_in_each_groups_first_row_only_is_not_merged() -> None:
    # A tab copy keeps empty cells: a 配合单位 given in the first task of each section only is empty in the
    # others (a unit column so filled may be chance in a small table; a leader or deadline one is a merge).
    text = (
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n一、营商环境\t\t\t\t\n"
        "1\t新增集成服务20项。\t区审批局\t区数据中心\t6月底前\n"
        "2\t开展营商环境评价。\t区发改局\t\t12月底前\n"
        "二、社会民生\t\t\t\t\n"
        "3\t新建养老服务站5个。\t区民政局\t区财政局\t10月底前\n"
        "4\t新增城镇就业3000人。\t区人社局\t\t12月底前\n"
    )
    assert [cooperating for _, _, _, cooperating in roles(text)] == [["区数据中心"], [], ["区财政局"], []]


def test_a_note_inside_a_table_or_a_remark_cell_does_not_end_it() -> None:
    # 注：… opens a 备注 cell, or stands between two groups of rows: rows follow it, so the table goes on.
    remark = (
        "序号\n工作任务\n牵头单位\n完成时限\n备注\n"
        "1\n完成高标准农田3000亩。\n镇农业办\n10月底前\n注：含续建面积\n"
        "2\n新建村级活动场所2处。\n镇党建办\n12月底前\n无\n"
        "3\n整治人居环境。\n镇环境办\n全年\n无\n"
    )
    between = (
        "序号\n工作任务\n牵头单位\n完成时限\n一、乡村振兴\n"
        "1\n完成高标准农田3000亩。\n镇农业办\n10月底前\n2\n新建村级活动场所2处。\n镇党建办\n12月底前\n"
        "注：以下任务由镇社会事务办统筹调度。\n二、社会事业\n"
        "3\n新增就业岗位200个。\n镇社保所\n全年\n4\n完成学校改扩建工程。\n镇教育办\n8月底前\n"
    )
    assert [number for number, *_ in roles(remark)] == [1, 2, 3]
    assert [(number, lead) for number, lead, _, _ in roles(between)] == [
        (1, ["镇农业办"]),
        (2, ["镇党建办"]),
        (3, ["镇社保所"]),
        (4, ["镇教育办"]),
    ]


def test_page_buttons_after_a_table_of_a_cell_a_line_are_no_row() -> None:
    text = (
        "序号\n工作任务\n牵头单位\n完成时限\n1\n建成物流园一期。\n县商务局\n9月底前\n"
        "2\n新开通货运线路2条。\n县交通局\n全年\n【我要纠错】 【打印本页】 【关闭窗口】\n"
    )
    notice = parse_text(text)
    assert [task.number for task in notice.all_tasks()] == [1, 2]
    assert [noise.kind for noise in notice.noise if "打印本页" in noise.text] == ["page-chrome"]


def test_a_tab_cell_over_lines_unquoted_is_one_name_or_a_spreadsheets_names() -> None:
    # A browser's tab copy breaks a cell where the page did (县发展和改革 / 局): one name. A spreadsheet's
    # quoted cell keeps typed line breaks, which part names unless a name was cut; a post stays no leader.
    text = (
        "序号\t工作任务\t责任领导\t牵头单位\t配合单位\t完成时限\n"
        "1\t建成物流园一期。\t副县长\n张某\t县发展和改革\n局\t县财政局\t9月底前\n"
        '2\t新开通货运线路2条。\t"李某\n王某"\t"县交通运输局"\t"县自然资源\n局\n各乡镇\n（街道）"\t12月底前\n'
    )
    tasks = parse_text(text).all_tasks()
    assert [[leader.name for leader in task.leaders] for task in tasks] == [["张某"], ["李某", "王某"]]
    assert roles(text) == [
        (1, ["县发展和改革局"], [], ["县财政局"]),
        (2, ["县交通运输局"], [], ["县自然资源局", "各乡镇（街道）"]),
    ]


def test_a_spreadsheet_copied_as_tabs_with_quoted_cells_over_several_lines() -> None:
    # Excel copies a range as tab-separated text; a cell holding a line break (typed with Alt+Enter) or a
    # quote is wrapped in "…" with its quotes doubled, and goes on over the next physical lines. Each line of
    # a cell of names is a name; the quotes of the copy are not text.
    text = (
        "序号\t重点任务\t责任领导\t牵头单位\t配合单位\t完成时限\n"
        '1\t"推进甲项改革。\n推行乙项服务。"\t"吴 某\n郑 某"\t"县住建局\n县审批局"\t县财政局\t9月底前\n'
        '2\t"建设""智慧农场""3个。"\t陈某\t县农业农村局\t"人民银行某某支行\n县财政局、\n县科技局"\t全年\n'
    )
    notice = parse_text(text)
    tasks = notice.all_tasks()
    assert [task.text for task in tasks] == ["推进甲项改革。推行乙项服务。", '建设"智慧农场"3个。']
    assert [[leader.name for leader in task.leaders] for task in tasks] == [["吴某", "郑某"], ["陈某"]]
    assert roles(text) == [
        (1, ["县住建局", "县审批局"], [], ["县财政局"]),
        (2, ["县农业农村局"], [], ["人民银行某某支行", "县财政局", "县科技局"]),
    ]
    assert [task.deadline.raw if task.deadline else None for task in tasks] == ["9月底前", "全年"]
    assert uncovered_lines(notice, text) == []
    assert not [finding for finding in notice.diagnostics if finding.code == "LP105"]  # no empty name


def test_a_leader_printed_with_posts_beside_the_name_is_the_name() -> None:
    # 魏某某（副市长） · 邓某某　党委副书记、镇长 · 党组成员、副主任　吴　某: the posts in brackets or apart by a
    # space are not the leader; a post alone stays as printed.
    text = (
        "一、经济发展\n1.推进甲项工作。\n责任领导：魏某某（副市长）、顾某某（副市长）\n牵头单位：市甲局\n"
        "2.推进乙项工作。\n责任领导：邓某某　党委副书记、镇长\n牵头单位：乙办\n"
        "3.推进丙项工作。\n分管领导：党组成员、副主任　吴　某\n牵头单位：丙股\n"
        "4.推进丁项工作。（责任领导：罗某某（副市长）；牵头单位：市工业和信息化局）\n"
        "5.推进戊项工作。\n牵头领导：省政府分管领导同志\n牵头单位：省戊厅\n"
    )
    assert [[leader.name for leader in task.leaders] for task in parse_text(text).all_tasks()] == [
        ["魏某某", "顾某某"],
        ["邓某某"],
        ["吴某"],
        ["罗某某"],
        ["省政府分管领导同志"],
    ]


def test_labels_of_a_departments_own_offices_and_of_the_bodies_that_carry_work_out() -> None:
    # 主办股室 leads, 协办股室 co-operates, 实施主体 is responsible: read by their words. 主办单位 alone is also
    # a site footer's label and stays unread on a line of its own.
    text = (
        "一、项目建设\n1.推进甲项工作。\n主办股室：投资股\n协办股室：规划股、法规股\n"
        "2.推进乙项工作。\n主责单位：省民政厅\n实施主体：各市（州）人民政府\n完成时间：2024年12月底前\n"
        "主办单位：某某县人民政府办公室\n"
    )
    assert [(lead, responsible, cooperating) for _, lead, responsible, cooperating in roles(text)] == [
        (["投资股"], [], ["规划股", "法规股"]),
        (["省民政厅"], ["各市（州）人民政府"], []),
    ]


def test_a_headings_fields_spread_no_further_than_they_should() -> None:
    # Under a topic the lines are the topic's, never the whole heading's; a list longer than any heading
    # gives its tasks is no group (copying it to every task would cost units × tasks): both are LP301.
    topic = (
        "一、稳定工业\n——工业投资\n牵头单位：县工信局\n1.推进甲项工作。\n责任单位：县发改局\n"
        "——服务业发展\n2.推进乙项工作。\n责任单位：县商务局\n"
    )
    notice = parse_text(topic)
    assert [lead for _, lead, _, _ in roles(topic)] == [[], []]
    assert [finding.line for finding in notice.diagnostics if finding.code == "LP301"] == [3]
    many = "、".join(f"县第{number}局" for number in range(MAX_GROUP_UNITS + 1))
    text = f"一、甲\n牵头单位：{many}\n1.推进甲项工作。\n责任单位：县乙局\n2.推进乙项工作。\n责任单位：县丙局\n"
    notice = parse_text(text)
    assert [lead for _, lead, _, _ in roles(text)] == [[], []]
    assert [finding.line for finding in notice.diagnostics if finding.code == "LP301"] == [2]
    assert uncovered_lines(notice, text) == []


def test_a_dash_line_of_units_cut_inside_a_name_where_no_page_width_shows() -> None:
    # Too few lines to measure a page width: the cut name is still completed by the next line.
    text = (
        "一、甲\n1.推进甲项工作。\n——市城管局负责，市自然资源和规划局、市住房城乡建\n设局配合，2025年6月底前\n"
        "2.推进乙项工作。\n——市商务局牵头，市财政局、市市场监督管\n理局配合，每季度\n"
    )
    notice = parse_text(text)
    assert [(lead, cooperating) for _, lead, _, cooperating in roles(text)] == [
        (["市城管局"], ["市自然资源和规划局", "市住房城乡建设局"]),
        (["市商务局"], ["市财政局", "市市场监督管理局"]),
    ]
    assert [task.deadline.raw if task.deadline else None for task in notice.all_tasks()] == ["2025年6月底前", "每季度"]
    assert uncovered_lines(notice, text) == []


def test_a_notice_saying_what_its_labels_mean_assigns_no_unit() -> None:
    # 各项措施所列主责单位为牵头单位 says what a label means; "所列主责单位" is no unit for every task.
    text = (
        "各项措施所列主责单位为牵头单位，负责统筹推进；实施主体为责任单位，负责具体组织实施。\n"
        "一、甲\n1.推进甲项工作。\n主责单位：省民政厅\n实施主体：各市（州）人民政府\n2.推进乙项工作。\n主责单位：省乙厅\n"
    )
    assert [(lead, responsible) for _, lead, responsible, _ in roles(text)] == [
        (["省民政厅"], ["各市（州）人民政府"]),
        (["省乙厅"], []),
    ]


def test_a_deadline_in_a_verb_bracket_may_name_what_is_done_by_then() -> None:
    # （X牵头，Y配合，2025年6月底前完成建设） · （…，每季度开展一次）: the bracket is still the task's units; a
    # second verb (5月底前动工 + 开工建设…) is not swallowed into the deadline.
    text = (
        "一、甲\n1.推进甲项平台建设。（规划股牵头，县人民医院配合，2025年6月底前完成建设）\n"
        "2.开展乙项排查。（县卫健局牵头，各乡镇卫生院按职责分工负责，每季度开展一次）\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(lead, cooperating) for _, lead, _, cooperating in roles(text)] == [
        (["规划股"], ["县人民医院"]),
        (["县卫健局"], ["各乡镇卫生院"]),
    ]
    deadlines = [task.deadline.raw if task.deadline else None for task in tasks]
    assert deadlines == ["2025年6月底前完成建设", "每季度开展一次"]


def test_points_each_with_their_own_unit_lines_are_the_tasks() -> None:
    text = (
        "一、经济发展\n（一）壮大集体经济\n一是推进土地流转，新增流转面积300亩。\n责任单位：镇经发办、各村（社区）\n"
        "二是发展特色种植。\n责任单位：镇农业服务中心\n"
        "（二）优化营商环境\n一是深化窗口改革。\n牵头单位：镇党政办\n责任单位：镇便民服务中心\n"
        "二、社会事业\n（一）办好民生实事\n一是改造老旧小区2个。\n责任单位：镇规建办\n"
        "三、保障措施\n（一）加强组织领导。各单位要高度重视。\n（二）强化督查考核。镇督查室定期通报。\n"
    )
    notice = parse_text(text)
    assert roles(text) == [
        (1, [], ["镇经发办", "各村（社区）"], []),
        (2, [], ["镇农业服务中心"], []),
        (1, ["镇党政办"], ["镇便民服务中心"], []),
        (1, [], ["镇规建办"], []),
    ]
    places = [(task.id, task.text) for task in notice.all_tasks()]
    assert places[0] == ("1.1.1", "推进土地流转，新增流转面积300亩。")
    assert [section.title for section in notice.sections] == ["经济发展", "社会事业"]
    assert notice.closing is not None
    assert [item.label for item in notice.closing.requirements] == ["三、", "（一）", "（二）"]
    assert uncovered_lines(notice, text) == []
    # units after the last point only are the task's whose points they are: the points stay its text
    text = (
        "一、重点任务\n1.优化服务。\n一是简化审批。\n二是压缩时限。\n责任单位：县政务服务中心\n"
        "2.强化保障。\n牵头单位：县财政局\n"
    )
    assert roles(text) == [(1, [], ["县政务服务中心"], []), (2, ["县财政局"], [], [])]
    assert "二是压缩时限。" in parse_text(text).all_tasks()[0].text


def test_numbered_points_of_the_closing_part_are_no_tasks() -> None:
    plan = "一、产业发展\n1.推进园区扩区。\n牵头单位：区发改局\n2.培育规上企业。\n牵头单位：区工信局\n"
    text = plan + "工作要求：\n1.加强组织领导。各单位要高度重视。\n2.强化督查考核。\n二、保障措施\n1.按时报送。\n"
    notice = parse_text(text)
    assert roles(text) == [(1, ["区发改局"], [], []), (2, ["区工信局"], [], [])]
    assert notice.closing is not None
    assert notice.closing.text == "工作要求："
    assert [(item.label, item.title) for item in notice.closing.requirements] == [
        ("1.", "加强组织领导"),
        ("2.", "强化督查考核"),
        ("二、", "保障措施"),
        ("1.", "按时报送"),
    ]
    assert uncovered_lines(notice, text) == []
    # a 保障措施 part whose points carry units is part of the plan
    text = plan + "二、保障措施\n3.加强资金保障。\n牵头单位：区财政局\n"
    assert roles(text)[-1] == (3, ["区财政局"], [], [])
    # a closing title before the last task with units opens no closing part
    later_plan = plan.replace("一、", "二、").replace("1.", "3.").replace("2.", "4.")
    text = "一、工作要求\n1.提高认识。\n2.按时报送。\n" + later_plan
    assert [task.number for task in parse_text(text).all_tasks()] == [1, 2, 3, 4]


def test_a_units_official_is_the_leader_only_where_the_notice_names_no_leader() -> None:
    plain = "一、重点任务\n1.推进甲项工作。\n牵头单位：镇经发办\n责任人：韩　冰\n"
    first = parse_text(plain).all_tasks()[0]
    assert [leader.name for leader in first.leaders] == ["韩冰"]
    assert first.notes == []
    # a notice that names leaders (分管领导) keeps every official as a note, on tasks with a leader or without
    text = plain + "2.推进乙项工作。\n分管领导：王某\n牵头单位：镇财政所\n主要责任人：刘某\n完成时限：6月底前\n"
    first, second = parse_text(text).all_tasks()
    assert first.leaders == []
    assert [(note.label, note.text) for note in first.notes] == [("责任人", "韩　冰")]
    assert [leader.name for leader in second.leaders] == ["王某"]
    assert [(note.label, note.text) for note in second.notes] == [("主要责任人", "刘某")]


def test_a_site_footers_labels_attach_no_units_to_the_plan() -> None:
    text = (
        "一、重点任务\n（一）壮大集体经济\n一是推进土地流转。\n责任单位：镇经发办\n二是发展特色种植。\n责任单位：镇农服中心\n"
        "二、保障措施\n（一）加强组织领导。各单位要高度重视。\n（二）强化督查考核。\n"
        "主办单位：某县人民政府办公室　承办单位：某县数据局\n"
    )
    notice = parse_text(text)
    assert [(task.id, task.number) for task in notice.all_tasks()] == [("1.1.1", 1), ("1.1.2", 2)]
    assert notice.closing is not None
    assert [item.title for item in notice.closing.requirements] == ["保障措施", "加强组织领导", "强化督查考核"]


def test_a_leader_cell_with_posts_in_a_table_of_one_cell_per_line() -> None:
    header = "序号\n工作任务\n责任领导\n牵头单位\n完成时限\n"
    rows = (
        "1\n推进甲项工作。\n王某某\n县甲局\n6月底前\n"
        "2\n推进乙项工作。\n张某某（副县长）\n县乙局\n9月底前\n"
        "3\n推进丙项工作。\n县委常委、副县长李某某\n县丙局\n每季度\n"
        "4\n推进丁项工作。\n副县长 周某某\n县丁局\n持续推进\n"
    )
    tasks = parse_text("某县重点工作任务分工\n" + header + rows).all_tasks()
    assert [task.text for task in tasks] == ["推进甲项工作。", "推进乙项工作。", "推进丙项工作。", "推进丁项工作。"]
    leaders = [[leader.name for leader in task.leaders] for task in tasks]
    assert leaders == [["王某某"], ["张某某"], ["李某某"], ["周某某"]]
    leads = [[unit.name for unit in task.lead_units] for task in tasks]
    assert leads == [["县甲局"], ["县乙局"], ["县丙局"], ["县丁局"]]


def test_a_heading_that_runs_its_first_point_into_its_line() -> None:
    text = (
        "一、重点任务\n（一）强化项目支撑。一是完成征收扫尾。\n责任单位：街道征收办\n"
        "二是推进商业街改造。\n牵头单位：街道经发办\n（二）提升城市管理。一是整治背街小巷。\n责任单位：街道城管办\n"
    )
    notice = parse_text(text)
    assert [(task.id, task.text) for task in notice.all_tasks()] == [
        ("1.1.1", "完成征收扫尾。"),
        ("1.1.2", "推进商业街改造。"),
        ("1.2.1", "整治背街小巷。"),
    ]
    assert [sub.title for sub in notice.sections[0].subsections] == ["强化项目支撑。", "提升城市管理。"]
    assert uncovered_lines(notice, text) == []


def test_points_stay_text_where_the_notice_says_otherwise() -> None:
    # a point with its own bracket under a 1. task: the 1. line stays a task, nothing becomes a topic
    text = (
        "一、重点任务\n1.推进甲项工作。（牵头单位：县甲局）\n2.加快补齐短板。\n一是改造供水管网。（县住建局负责）\n"
        "二是提升农村公路。（县交通局负责）\n3.深化改革。（牵头单位：县审批局）\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [task.topic for task in tasks] == [None] * 5
    assert [task.id for task in tasks] == ["1.1", "1.2", "1.1-2", "1.2-2", "1.3"]
    # a deadline after each point is no unit line: the units after the last point are the heading's
    text = (
        "一、重点任务\n（一）加快项目建设\n一是完成征地拆迁。\n完成时限：3月底\n二是实现开工。\n完成时限：6月底\n"
        "牵头单位：县发改局\n（二）改造管网。\n牵头单位：县住建局\n"
    )
    assert roles(text) == [(1, ["县发改局"], [], []), (2, ["县住建局"], [], [])]
    # a heading that names its own leader before its points is the task
    text = (
        "一、重点任务\n（一）壮大集体经济\n包保领导：王某\n一是推进土地流转。\n责任单位：镇经发办\n"
        "二是发展特色种植。\n责任单位：镇农服中心\n"
    )
    assert roles(text) == [(1, [], ["镇经发办", "镇农服中心"], [])]


@pytest.mark.parametrize(
    "notes",
    [
        "备注：\n1.各牵头单位要制定推进方案。\n2.县督查室定期通报进展。\n",
        "注：1.各牵头单位要制定推进方案。\n2.县督查室定期通报进展。\n",
        "填表说明\n1.各牵头单位要制定推进方案。\n2.县督查室定期通报进展。\n",
    ],
)
@pytest.mark.parametrize(
    "plan",
    [
        "序号\t任务\t牵头单位\n1\t新建农田2万亩。\t县农业局\n2\t建成物流园一期。\t县商务局\n",
        "一、产业发展\n1.新建农田2万亩。\n牵头单位：县农业局\n2.建成物流园一期。\n牵头单位：县商务局\n",
    ],
)
def test_numbered_notes_under_the_plan_are_no_tasks(plan: str, notes: str) -> None:
    # 备注： / 注：1.… / 填表说明 over numbered lines after the last task: notes under the plan, read as its closing,
    # whether the first note stands on the label's line or under it.
    text = plan + "\n" + notes
    notice = parse_text(text)
    assert [(task.number, [unit.name for unit in task.lead_units]) for task in notice.all_tasks()] == [
        (1, ["县农业局"]),
        (2, ["县商务局"]),
    ]
    assert notice.closing is not None
    assert "县督查室定期通报进展。" in [requirement.text for requirement in notice.closing.requirements]
    assert uncovered_lines(notice, text) == []


def test_the_closing_part_ends_where_the_plan_goes_on() -> None:
    # 工作要求：'s own 一是 points are not counted with the plan's points
    text = (
        "一、主要任务\n一是推进土地流转。\n责任单位：镇经发办\n二是发展特色种植。\n责任单位：镇农服中心\n"
        "工作要求：\n一是按月报送。\n二是定期通报。\n"
    )
    notice = parse_text(text)
    assert roles(text) == [(1, [], ["镇经发办"], []), (2, [], ["镇农服中心"], [])]
    assert notice.closing is not None
    assert [item.label for item in notice.closing.requirements] == ["一是", "二是"]
    # a 保障 section whose 1. lines carry on the tasks' numbering holds tasks
    text = (
        "一、主要任务\n1.推进甲项工作。（牵头单位：县甲局）\n2.推进乙项工作。（牵头单位：县乙局）\n"
        "二、强化组织保障\n3.健全推进机制（牵头单位：县委办），每季度调度一次。\n"
    )
    assert [task.number for task in parse_text(text).all_tasks()] == [1, 2, 3]


def test_an_official_with_any_post_in_brackets_is_the_name() -> None:
    # Township and bureau lists name section chiefs, station heads and zone officials (科长, 站长, 四级调研员,
    # 管委会副主任 …), each with the post in brackets after the name: the person is the name, whatever the post.
    text = (
        "一、重点任务\n1.推进甲项工作。\n责任单位：县农技站\n责任人：钱立（站长）\n"
        "2.推进乙项工作。\n责任单位：县监察科\n责任人：吕 航（四级调研员）、孔令伟（执法大队大队长）\n"
        "3.推进丙项工作。\n责任单位：乡政府\n责任人：施敏（乡党委委员、副乡长）\n"
    )
    assert [[leader.name for leader in task.leaders] for task in parse_text(text).all_tasks()] == [
        ["钱立"],
        ["吕航", "孔令伟"],
        ["施敏"],
    ]
    # a body or a place before the post, a phone or a remark in the bracket: no person's name, kept as a note
    for value in ("林业站（站长）", "石桥村（支部书记）", "李明（联系电话：0551-1234567）", "刘局长（分管）"):
        task = parse_text(f"一、重点任务\n1.推进甲项工作。\n责任单位：镇农办\n责任人：{value}\n").all_tasks()[0]
        assert (task.leaders, [note.text for note in task.notes]) == ([], [value])


def test_an_official_with_a_post_or_a_phone_stays_a_note() -> None:
    text = (
        "一、重点任务\n1.推进甲项工作。\n责任单位：镇经发办\n责任人：李四　站长\n"
        "2.推进乙项工作。\n责任单位：镇财政所\n责任人：王五\n"
    )
    first, second = parse_text(text).all_tasks()
    assert first.leaders == []
    assert [note.label for note in first.notes] == ["责任人"]
    assert [leader.name for leader in second.leaders] == ["王五"]


@pytest.mark.parametrize(
    ("bracket", "lead", "cooperating"),
    [
        ("市发改委牵头办理，市财政局配合", ["市发改委"], ["市财政局"]),
        ("市发改委牵头组织实施，市财政局配合", ["市发改委"], ["市财政局"]),
        ("市发改委负总责，市财政局配合", ["市发改委"], ["市财政局"]),
        ("市发改委具体负责", ["市发改委"], []),
        ("市发改委牵头，市财政局、市商务局协同配合", ["市发改委"], ["市财政局", "市商务局"]),
        ("市发改委牵头，市财政局协助配合", ["市发改委"], ["市财政局"]),
        ("市发改委牵头，区级相关部门按职责分工抓好落实", ["市发改委"], ["区级相关部门"]),
        ("市发改委牵头，各镇按职责做好", ["市发改委"], ["各镇"]),
        ("市发改委牵头，市财政局根据职责分工负责", ["市发改委"], ["市财政局"]),
    ],
)
def test_a_verb_may_be_followed_or_preceded_by_words_on_how_the_work_is_done(
    bracket: str, lead: list[str], cooperating: list[str]
) -> None:
    # 牵头办理 · 牵头组织实施 · 具体负责 · 协同配合 · 按职责分工抓好落实: the verb says the role; the words before
    # or after it say how, and are no part of a unit's name
    assert roles(f"一、总体\n1.推进甲工作。（{bracket}）\n") == [(1, lead, [], cooperating)]


def test_a_verb_is_never_read_inside_a_post_or_a_body_s_name() -> None:
    # 负责同志 is a post and 牵头部门 a body: the verb is the one after them. The post is a leader's, so the
    # unit that 负责 after it leads.
    text = "一、总体\n1.推进甲工作。（市政府负责同志牵头，市财政局负责）\n2.推进乙工作。（各指标牵头部门负责）\n"
    assert roles(text) == [(1, ["市财政局"], [], []), (2, ["各指标牵头部门"], [], [])]
    assert [leader.name for leader in parse_text(text).all_tasks()[0].leaders] == ["市政府负责同志"]


def test_a_note_on_how_the_tasks_above_are_run_gives_them_no_units() -> None:
    # its second clause is no unit list: the note says how the work is run, not who does which task
    for verb in ("负责统筹调度", "牵头"):
        text = f"一、总体\n1.推进甲工作。\n2.推进乙工作。\n以上任务由县政府办公室{verb}，每月通报一次进展情况。\n"
        assert roles(text) == [(1, [], [], []), (2, [], [], [])], verb


@pytest.mark.parametrize(
    ("clause", "unit"),
    [
        ("各乡镇负责具体实施", "各乡镇"),
        ("各乡镇具体落实", "各乡镇"),
        ("各乡镇抓好落实", "各乡镇"),
        ("县财政局负责资金保障", "县财政局"),
    ],
)
def test_words_on_how_the_work_is_done_before_a_verb_are_no_part_of_a_name(clause: str, unit: str) -> None:
    assert roles(f"一、总体\n1.推进甲工作。（县住建局牵头，{clause}）\n") == [(1, ["县住建局"], [unit], [])]


def test_a_heading_s_role_bracket_over_tasks_with_units_of_their_own_holds_for_its_tasks() -> None:
    # （一）…（牵头单位：X；责任单位：Y） over 1. 2. tasks, some naming units: the heading is no task; its roles hold
    # for each of its tasks in the roles the task does not name (a task's own 配合单位 adds to the heading's).
    text = (
        "一、产业\n（一）加快产业升级（牵头单位：县工信局；责任单位：县发改局）\n"
        "1.实施技改项目20个。\n2.新增绿色工厂3家。（牵头单位：县生态环境局）\n3.培育专精特新企业5家。（配合单位：县科技局）\n"
        "（二）壮大数字经济\n4.新建5G基站100个。（牵头单位：县大数据局）\n"
    )
    notice = parse_text(text)
    assert [len(section.subsections) for section in notice.sections] == [2]
    assert roles(text) == [
        (1, ["县工信局"], ["县发改局"], []),
        (2, ["县生态环境局"], ["县发改局"], []),
        (3, ["县工信局"], ["县发改局"], ["县科技局"]),
        (4, ["县大数据局"], [], []),
    ]


def test_a_heading_with_a_role_bracket_and_nothing_carrying_units_under_it_is_the_task() -> None:
    text = (
        "一、产业\n（一）加快产业升级。（牵头单位：县工信局）\n1.实施技改项目20个。\n2.新增绿色工厂3家。\n"
        "（二）壮大数字经济。（牵头单位：县大数据局）\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(task.label, [unit.name for unit in task.lead_units], len(task.items)) for task in tasks] == [
        ("（一）", ["县工信局"], 2),
        ("（二）", ["县大数据局"], 0),
    ]


@pytest.mark.parametrize("leader", ["分管副县长韩某某", "副县长韩某某", "县委常委、副县长韩某某", "韩某某副县长"])
def test_a_leader_named_after_the_post_in_a_verb_clause_leads_no_unit(leader: str) -> None:
    # （分管副县长X牵头，Y负责）: X is a leader, not a unit, and Y, the only unit, is the lead (a leader's 牵头
    # does not make the 负责 after it the responsible share)
    tasks = parse_text(f"一、总体\n1.推进甲工作。（{leader}牵头，县招商中心负责，县财政局配合）\n").all_tasks()
    assert [leader.name for leader in tasks[0].leaders] == ["韩某某"]
    assert roles(f"一、总体\n1.推进甲工作。（{leader}牵头，县招商中心负责，县财政局配合）\n") == [
        (1, ["县招商中心"], [], ["县财政局"])
    ]


def test_units_closing_the_last_sub_item_close_the_task() -> None:
    # 1.… / （1）… / （2）…（牵头单位：X；责任单位：Y）: the bracket is the task's, as on a line of its own after the
    # items; the item keeps its text. Where an earlier item closes with units too, each item names its own.
    text = (
        "一、总体\n1.实施整治行动。\n（1）完成改厕300户；\n（2）新建污水站5座。（牵头单位：县农业局；责任单位：县环境局）\n"
        "2.推进垃圾分类。\n（1）建设转运站4座；\n（2）开展分类示范。\n（牵头单位：县住建局）\n"
    )
    tasks = parse_text(text).all_tasks()
    assert roles(text) == [(1, ["县农业局"], ["县环境局"], []), (2, ["县住建局"], [], [])]
    assert [item.text for item in tasks[0].items] == ["完成改厕300户；", "新建污水站5座。"]


def test_a_task_that_opens_on_a_year_after_its_number() -> None:
    # 1.2025年6月底前完成… is task 1 opening on a date, never the decimal 1.2025
    text = (
        "一、总体\n1.2025年6月底前完成甲工作。（牵头单位：县甲局）\n2.推进乙工作。（牵头单位：县乙局）\n"
        "3.2025年底前建成丙项目。（牵头单位：县丙局）\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(task.number, task.text) for task in tasks] == [
        (1, "2025年6月底前完成甲工作。"),
        (2, "推进乙工作。"),
        (3, "2025年底前建成丙项目。"),
    ]


def test_items_that_carry_units_directly_under_sections_are_the_tasks() -> None:
    # 一、 / (1)…（X牵头，Y配合） with neither a （一） nor a 1. line: the (1) items are the tasks
    text = (
        "一、提升效能\n（1）推行甲工作。（县审批局牵头，县直各有关单位配合）\n（2）实现乙改革。（县市场局牵头）\n"
        "二、优化保障\n（1）推行丙工作。（县资源局牵头）\n（2）建立诉求机制。（县发改局牵头，县12345热线中心配合）\n"
    )
    notice = parse_text(text)
    assert [len(section.tasks) for section in notice.sections] == [2, 2]
    assert roles(text) == [
        (1, ["县审批局"], [], ["县直各有关单位"]),
        (2, ["县市场局"], [], []),
        (1, ["县资源局"], [], []),
        (2, ["县发改局"], [], ["县12345热线中心"]),  # 12345, the hotline's number, is part of a name
    ]


def test_points_run_into_a_heading_s_line_each_closed_by_their_units() -> None:
    # （二）发展服务业。一是…（责任单位：X）二是…（责任单位：Y）: the heading runs its 一是 points into its line; the
    # points are the tasks under it, as when each stands on a line of its own
    text = (
        "一、产业\n（一）壮大制造业。\n一是实施技改项目150个。（责任单位：市工信局）二是建设产业园二期。（责任单位：市投促局）\n"
        "（二）发展服务业。一是建成物流中心。（责任单位：市交通局）二是培育集聚区2个。（责任单位：市发改委）\n"
    )
    notice = parse_text(text)
    assert [[len(sub.tasks) for sub in section.subsections] for section in notice.sections] == [[2, 2]]
    assert [sub.title for sub in notice.sections[0].subsections] == ["壮大制造业。", "发展服务业。"]
    assert roles(text) == [
        (1, [], ["市工信局"], []),
        (2, [], ["市投促局"], []),
        (1, [], ["市交通局"], []),
        (2, [], ["市发改委"], []),
    ]


def test_a_space_aligned_row_with_a_blank_cell_keeps_its_cells_under_their_columns() -> None:
    # Columns apart by runs of spaces, aligned by display width: a row that leaves its 牵头单位 blank keeps its
    # 责任单位 and its deadline under their own columns (not shifted left into 牵头单位 and 责任单位)
    text = (
        "序号  重点工作                牵头单位      责任单位              完成时限\n"
        "1     新建高标准农田2万亩     县农业局      县财政局、县水利局    2025年10月底前\n"
        "2     改造中低产田1万亩                     县财政局              2025年12月底前\n"
        "3     培育龙头企业6家         县商务局      县市场局              全年\n"
    )
    tasks = parse_text(text).all_tasks()
    assert roles(text) == [
        (1, ["县农业局"], ["县财政局", "县水利局"], []),
        (2, [], ["县财政局"], []),
        (3, ["县商务局"], ["县市场局"], []),
    ]
    deadlines = [task.deadline.raw if task.deadline else None for task in tasks]
    assert deadlines == ["2025年10月底前", "2025年12月底前", "全年"]


def test_cards_of_a_wechat_article_with_the_number_alone_and_labels_apart_by_a_bar() -> None:
    # ▍一、… / 01 / the task's text / 牵头单位 | X / 配合单位 | Y: the number alone on its line opens the task, and a
    # known label before a bar is a label line (a two-column header, 牵头单位 | 配合单位, is none)
    text = (
        "▍一、教育提质\n\n01\n新建实验小学东校区。\n牵头单位 | 区教育局\n配合单位 | 区住建局、区资源局\n"
        "完成时限 | 2025年8月底前\n\n02\n改造中小学食堂12所。\n牵头单位 | 区教育局\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(task.label, task.number, task.text) for task in tasks] == [
        ("01", 1, "新建实验小学东校区。"),
        ("02", 2, "改造中小学食堂12所。"),
    ]
    assert roles(text) == [(1, ["区教育局"], [], ["区住建局", "区资源局"]), (2, ["区教育局"], [], [])]
    assert tasks[0].deadline is not None
    assert tasks[0].deadline.raw == "2025年8月底前"
    header = "序号 | 工作任务 | 牵头单位 | 配合单位\n1 | 推进甲工作。 | 县甲局 | 县乙局\n"
    assert roles(header) == [(1, ["县甲局"], [], ["县乙局"])]


def test_a_cell_a_line_copy_with_a_markdown_rule_between_its_rows() -> None:
    # 序号 / 任务 / 责任单位 / 时限, then --- between the rows (and around a section row): the rules are borders
    text = (
        " 序号 \n 任务 \n 责任单位 \n 时限 \n---\n 一、为民办实事 \n---\n"
        " 1 \n 新建幼儿园2所 \n 县教育局 \n 2025年8月底前 \n---\n"
        " 2 \n 改造供水管网 \n 县水利局牵头，县财政局配合 \n 2025年12月底前 \n---\n"
    )
    tasks = parse_text(text).all_tasks()
    assert roles(text) == [(1, [], ["县教育局"], []), (2, ["县水利局"], [], ["县财政局"])]
    assert [task.deadline.raw if task.deadline else None for task in tasks] == ["2025年8月底前", "2025年12月底前"]


def test_a_page_footer_between_two_rows_of_words_apart_by_single_spaces() -> None:
    # a PDF table whose cells stand apart by single spaces; "- 2 -" between rows 1 and 2 is the page's footer
    text = (
        "序号 工作任务 牵头单位 责任单位 完成时限\n"
        "1 建立服务专员制度 县工信局 县发改局、县商务局 2025年4月底前\n- 2 -\n"
        "2 兑现惠企资金1亿元 县财政局 县科技局 2025年12月底前\n"
    )
    tasks = parse_text(text).all_tasks()
    assert roles(text) == [(1, ["县工信局"], ["县发改局", "县商务局"], []), (2, ["县财政局"], ["县科技局"], [])]
    assert [task.deadline.raw if task.deadline else None for task in tasks] == ["2025年4月底前", "2025年12月底前"]


def test_run_in_points_each_closed_by_units_and_a_stop_and_a_paragraph_closed_by_one_bracket() -> None:
    # …（县政务局牵头）。二是… · …（县政务局牵头）；二是…: each point closes with its units, then a stop: two tasks
    for stop in ("。", "；"):
        text = f"一、重点任务\n（一）推进改革。一是深化改革（县政务局牵头）{stop}二是优化环境（县发改委牵头）。\n"
        assert roles(text) == [(1, ["县政务局"], [], []), (2, ["县发改委"], [], [])], stop
    # one bracket closing the whole paragraph: the （一） line is the task, its points its text
    text = (
        "一、重点任务\n（一）推进改革。一是深化改革；二是优化环境。（县发改委牵头）\n"
        "（二）扩大投资。一是建设项目。（县发展局牵头）\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(task.label, task.text) for task in tasks] == [
        ("（一）", "推进改革。一是深化改革；二是优化环境。"),
        ("（二）", "扩大投资。一是建设项目。"),
    ]


def test_a_lost_line_break_before_a_task_that_opens_on_a_year() -> None:
    text = "一、总体\n1.推进甲工作。（牵头单位：县住建局）2.2025年底前建成乙项目。（牵头单位：县环境局）\n"
    assert roles(text) == [(1, ["县住建局"], [], []), (2, ["县环境局"], [], [])]


def test_several_leaders_named_with_their_posts_before_one_verb() -> None:
    text = "一、总体\n1.推进甲工作。（副县长李某某、副县长王某某牵头，县发改局负责）\n"
    assert roles(text) == [(1, ["县发改局"], [], [])]
    assert [leader.name for leader in parse_text(text).all_tasks()[0].leaders] == ["李某某", "王某某"]


def test_a_leader_said_to_be_none_and_a_long_dash_name_no_one() -> None:
    text = "一、总体\n1.推进甲工作。\n牵头单位：县民政局\n责任领导：无\n配合单位：————\n"
    task = parse_text(text).all_tasks()[0]
    assert (task.leaders, task.cooperating_units) == ([], [])


def test_a_helper_bracket_closing_the_last_sub_item_stays_with_its_item() -> None:
    # （2）集中整治违法建设（县城管局配合）。: a helper of that item's, not who does the task
    text = "一、总体\n1.实施整治行动。（2025年底前完成）\n（1）开展排查；\n（2）集中整治违法建设（县城管局配合）。\n"
    task = parse_text(text).all_tasks()[0]
    assert (task.lead_units, task.cooperating_units) == ([], [])
    assert task.items[-1].text == "集中整治违法建设（县城管局配合）。"


def test_label_lines_under_a_heading_over_tasks_with_units_of_their_own_hold_for_its_tasks() -> None:
    # （一）… / 牵头单位：X / 责任单位：Y / 1.… / 2.…（牵头单位：Z）: the lines are the heading's, for its tasks that
    # name none; the heading is no task. Over tasks that carry nothing, the heading is the task.
    text = (
        "一、投资\n（一）推进项目建设。\n牵头单位：县发改局\n责任单位：县资源局\n"
        "1.实施重点项目20个。\n2.争取专项资金1亿元。（牵头单位：县财政局）\n"
        "（二）扩大有效投资。\n牵头单位：县金融办\n3.新增贷款6亿元。\n"
    )
    assert [len(sub.tasks) for sub in parse_text(text).sections[0].subsections] == [2, 1]
    assert roles(text) == [
        (1, ["县发改局"], ["县资源局"], []),
        (2, ["县财政局"], ["县资源局"], []),
        (3, ["县金融办"], [], []),
    ]
    plain = "一、投资\n（一）推进项目建设。\n牵头单位：县发改局\n1.实施重点项目20个。\n2.争取专项资金1亿元。\n"
    assert [(task.label, len(task.items)) for task in parse_text(plain).all_tasks()] == [("（一）", 2)]


def test_a_bracket_whose_labels_are_the_verbs_alone() -> None:
    # （牵头：X；配合：Y）: inside a role bracket a verb stands for its label (牵头单位, 配合单位); ① items so closed
    # under （一） headings are the tasks
    text = (
        "一、改革\n（一）深化国企改革\n①完成整合重组。（牵头：市国资委；配合：市财政局）\n"
        "②推进任期制管理。（牵头：市国资委）\n"
        "（二）优化营商环境\n①开展提升行动。（牵头：市营商局；责任：市政务局）\n"
    )
    assert roles(text) == [
        (1, ["市国资委"], [], ["市财政局"]),
        (2, ["市国资委"], [], []),
        (1, ["市营商局"], ["市政务局"], []),
    ]


def test_a_township_s_labels_on_one_line_apart_by_spaces_with_a_label_read_by_its_words() -> None:
    # 责任领导：X　责任站所：Y　完成时间：Z on one line: 责任站所 (a township's stations and offices) is read by its
    # words, and opens a field after a space as a known label does
    text = (
        "一、总体\n1、推进甲工作。\n责任领导：周某某　责任站所：镇农业服务中心、镇财政所　完成时间：2025年6月底\n"
        "2、推进乙工作。\n牵头站所：镇党政办\n"
    )
    tasks = parse_text(text).all_tasks()
    assert roles(text) == [(1, [], ["镇农业服务中心", "镇财政所"], []), (2, ["镇党政办"], [], [])]
    assert [leader.name for leader in tasks[0].leaders] == ["周某某"]


def test_a_run_in_title_ended_by_a_colon_over_clauses_each_closed_by_who_does_it() -> None:
    # （一）抓好项目建设：…（X负责）；…（Y负责）。: the title, then one unnumbered task a clause
    text = "一、投资\n（一）抓好项目建设：实施重点项目96个（县发改局负责）；建成高速连接线（县交通局负责）。\n"
    assert roles(text) == [(None, ["县发改局"], [], []), (None, ["县交通局"], [], [])]
    assert parse_text(text).sections[0].subsections[0].title == "抓好项目建设："


def test_second_review_of_the_heading_verb_label_and_chrome_rules() -> None:
    # block lines opening with a verb as label (牵头：X) stay the task's text, never role lines that unmake tasks
    blocks = "一、总体\n1.推进甲工作。\n牵头：县发改局\n配合：县财政局\n2.推进乙工作。\n牵头：县住建局\n"
    assert [task.number for task in parse_text(blocks).all_tasks()] == [1, 2]
    # a verb label over words that name no bodies is no role bracket
    prose = (
        "一、总体\n1.开展志愿服务（参与：全县志愿者5000人次）。（牵头单位：团县委）\n"
        "2.健全制度（牵头：县政府；成员：各部门）。\n"
    )
    assert roles(prose) == [(1, ["团县委"], [], []), (2, [], [], [])]
    # a detail's helper under one heading proves no heading over tasks: the （一） lines stay the tasks
    helper = (
        "一、稳增长\n（一）推进项目建设。\n牵头单位：县发改局\n1.实施重点项目20个。\n2.争取资金1亿元。\n"
        "（二）推进教育提质。\n牵头单位：县教育局\n1.新建幼儿园3所。\n2.改造学校5所（县住建局配合）。\n"
    )
    read = [(task.label, len(task.items)) for task in parse_text(helper).all_tasks()]
    assert read == [("（一）", 2), ("（二）", 2)]
    # the notice's own 附件：….xlsx is its attachment, not a download link
    attached = (
        "各乡镇人民政府：\n现将方案印发给你们。\n附件：某县2025年任务分解表.xlsx\n某县人民政府\n2025年3月1日\n"
        "一、总体\n1.推进甲工作。（牵头单位：县甲局）\n"
    )
    assert parse_text(attached).meta.attachments == ["某县2025年任务分解表.xlsx"]
    # a heading whose title ends in a colon over bare 一是 points keeps its line whole
    goals = "一、稳增长\n（一）主要目标：一是增长6%；二是投资增长8%。\n（二）重点任务\n1.实施项目。（县甲局牵头）\n"
    assert parse_text(goals).sections[0].subsections[0].title == "主要目标：一是增长6%；二是投资增长8%。"
    # 同志 after a collective or a group of people names units, not a leader
    comrades = (
        "一、总体\n1.开展关爱活动。（县委老干部局牵头，离退休老同志参与）\n2.推进乙工作。（各乡镇主要负责同志负责）\n"
    )
    assert roles(comrades) == [(1, ["县委老干部局"], [], ["离退休老同志"]), (2, ["各乡镇主要负责同志"], [], [])]


def test_cards_numbered_without_a_zero_and_a_page_number_between_paragraphs() -> None:
    # 1 / the task's text / 牵头单位 | X: a card's shape opens a card whatever its number's padding
    cards = "▍一、稳增长\n\n1\n推进甲项工作。\n牵头单位 | 县甲局\n\n2\n推进乙项工作。\n牵头单位 | 县乙局\n"
    read = [(task.number, task.text) for task in parse_text(cards).all_tasks()]
    assert read == [(1, "推进甲项工作。"), (2, "推进乙项工作。")]
    assert roles(cards) == [(1, ["县甲局"], [], []), (2, ["县乙局"], [], [])]
    # a page's 2 between paragraph tasks is no card: no task takes it as its number
    pages = "一、稳增长\n推进甲工作。（县甲局负责）\n\n2\n\n推进乙工作。（县乙局负责）\n"
    assert [task.number for task in parse_text(pages).all_tasks()] == [None, None]


def test_a_pipe_header_split_over_two_rows_whose_first_row_already_names_some_columns() -> None:
    # | 序号 | 重点任务 | 责任 | 完成 | over |  |  | 单位 | 时限 |: joined, the header names more; the second row is
    # no task
    text = (
        "| 序号 | 重点任务 | 责任 | 完成 |\n|  |  | 单位 | 时限 |\n| 一、扩大投资 |\n"
        "| 1 | 实施重点项目65个。 | 县发改局、县资源局 | 2025年12月底前 |\n"
        "| 2 | 争取专项资金6亿元。 | 县财政局 | 2025年内 |\n"
    )
    tasks = parse_text(text).all_tasks()
    assert roles(text) == [(1, [], ["县发改局", "县资源局"], []), (2, [], ["县财政局"], [])]
    assert [task.deadline.raw if task.deadline else None for task in tasks] == ["2025年12月底前", "2025年内"]


def test_a_task_column_named_with_what_it_asks_and_a_remark_glued_to_units_after_a_verb() -> None:
    # 具体工作任务和要求: the task column; its cells are the tasks' text, not notes
    table = "| 序号 | 具体工作任务和要求 | 责任领导 | 责任单位 |\n| 1 | 完成二中迁建项目。 | 毛某某 | 县教体局 |\n"
    assert [task.text for task in parse_text(table).all_tasks()] == ["完成二中迁建项目。"]
    # X牵头，Y、Z（列第一位的为牵头单位，下同）: Y and Z keep their place; the remark is a note on the list
    glued = "一、总体\n1.推进甲工作。\n责任单位：省财政厅牵头，省商务厅、省文旅厅（列第一位的为牵头或汇总单位，下同）\n"
    assert roles(glued) == [(1, ["省财政厅"], ["省商务厅", "省文旅厅"], [])]


def test_leaders_by_post_who_coordinate_and_fields_after_verb_clauses() -> None:
    # 分管副省长负责协调: a leader by post, the verb's tail says how; （…配合；完成时限：…）: verb clauses, then a field
    text = (
        "一、总体\n1.推进甲工作。（省科技厅牵头，省教育厅配合，分管副省长、协管副秘书长负责协调）\n"
        "2.推进乙工作。（省科技厅牵头，省财政厅配合，常务副省长负责协调；完成时限：2025年12月底前）\n"
    )
    tasks = parse_text(text).all_tasks()
    assert roles(text) == [(1, ["省科技厅"], [], ["省教育厅"]), (2, ["省科技厅"], [], ["省财政厅"])]
    leaders = [[leader.name for leader in task.leaders] for task in tasks]
    assert leaders == [["分管副省长", "协管副秘书长"], ["常务副省长"]]
    assert tasks[1].deadline is not None
    assert tasks[1].deadline.raw == "2025年12月底前"


def test_a_notice_saying_a_lone_responsible_unit_leads() -> None:
    text = (
        "各单位：\n只列责任单位的，该单位即为牵头单位。\n一、总体\n1.推进甲工作。（责任单位：县甲局）\n"
        "2.推进乙工作。（牵头单位：县乙局；责任单位：县丙局）\n"
    )
    assert roles(text) == [(1, ["县甲局"], [], []), (2, ["县乙局"], ["县丙局"], [])]


def test_a_label_line_broken_inside_a_name_after_one_character_or_inside_its_ending() -> None:
    # 配合单位：县交通局、县 / 财政局 · …、各乡镇人民政 / 府: the next line completes the name
    text = (
        "一、总体\n1.推进甲工作。\n牵头单位：县发改局\n配合单位：县交通局、县\n财政局\n"
        "2.推进乙工作。\n牵头单位：县住建局\n配合单位：县水利局、各乡镇人民政\n府\n完成时限：2025年12月底前\n"
    )
    tasks = parse_text(text).all_tasks()
    assert roles(text) == [
        (1, ["县发改局"], [], ["县交通局", "县财政局"]),
        (2, ["县住建局"], [], ["县水利局", "各乡镇人民政府"]),
    ]
    assert tasks[1].deadline is not None


def test_a_topic_column_beside_a_task_column_named_with_what_it_asks_and_who_oversees() -> None:
    # 重点任务 | 具体工作任务和要求: the first is the topic of the rows, the second their tasks
    table = "| 序号 | 重点任务 | 具体工作任务和要求 | 责任单位 |\n| 1 | 扩大投资 | 实施重点项目65个。 | 县发改局 |\n"
    assert [(task.topic, task.text) for task in parse_text(table).all_tasks()] == [("扩大投资", "实施重点项目65个。")]
    # who supervises or guides does not do the work: （县政府督查室负责督促） names no lead
    text = "一、总体\n1.推进甲工作（县政府督查室负责督促）。\n2.推进乙工作。（县发改局负责统筹协调，县财政局配合）\n"
    assert roles(text)[1] == (2, ["县发改局"], [], ["县财政局"])
    assert roles(text)[0][1] == []


def test_a_bare_list_of_offices_with_a_remark_glued_to_its_last_name() -> None:
    # （县发改局、县财政局（列第一位的为牵头单位，下同））: both names stay units; the remark is the list's convention
    text = (
        "一、总体\n1.推进甲工作。（县发改局、县财政局（列第一位的为牵头单位，下同））\n"
        "2.推进乙工作。（县住建局、县水利局）\n"
    )
    assert roles(text) == [(1, ["县发改局"], ["县财政局"], []), (2, ["县住建局"], ["县水利局"], [])]


def test_parts_over_sections_that_are_the_tasks() -> None:
    # 第一部分 经济发展 / 一、…〔责任单位：X（牵头），Y〕: the 一、 lines are the tasks, each part the heading over them
    text = (
        "第一部分 经济发展\n一、推进甲工作。〔责任单位：市发改委（牵头），市财政局〕\n"
        "二、推进乙工作。〔责任单位：市商务局（牵头）〕\n"
        "第二部分 社会民生\n一、推进丙工作。〔责任单位：市教育局（牵头）〕\n"
    )
    notice = parse_text(text)
    assert [(section.title, len(section.tasks)) for section in notice.sections] == [("经济发展", 2), ("社会民生", 1)]
    assert roles(text) == [(1, ["市发改委"], ["市财政局"], []), (2, ["市商务局"], [], []), (1, ["市教育局"], [], [])]


def test_a_cell_over_two_lines_in_a_copy_whose_cells_stand_apart_by_empty_lines() -> None:
    # 序号 / 工作任务 / 牵头单位 / 责任单位, an empty line between cells: two lines with none between are one cell
    text = (
        "序号\n\n工作任务\n\n牵头单位\n\n责任单位\n\n1\n\n推进甲项工作。\n\n县发改局\n县项目中心\n\n各乡镇\n\n"
        "2\n\n推进乙项工作。\n\n县商务局\n\n县财政局\n"
    )
    assert roles(text) == [(1, ["县发改局", "县项目中心"], ["各乡镇"], []), (2, ["县商务局"], ["县财政局"], [])]


def test_a_leader_merged_over_groups_that_start_inside_a_section() -> None:
    # A tab copy of a table whose 牵头领导 cell is merged: rows 1-2 under one leader, 3 under the next within the
    # same section; each empty cell takes the leader printed nearest above it in its section, never across
    leaders = [["甲某"], ["甲某"], ["乙某"], ["乙某"], ["丙某"], ["丙某"]]
    rows = [
        "一、总体\t\t\t",
        "1\t推进甲工作。\t甲某\t县发改局",
        "2\t推进乙工作。\t\t县财政局",
        "3\t推进丙工作。\t乙某\t县商务局",
        "4\t推进丁工作。\t\t县住建局",
        "二、民生\t\t\t",
        "5\t推进戊工作。\t丙某\t县教育局",
        "6\t推进己工作。\t\t县民政局",
    ]
    text = "序号\t重点工作任务\t牵头领导\t牵头单位\n" + "\n".join(rows) + "\n"
    assert [[leader.name for leader in task.leaders] for task in parse_text(text).all_tasks()] == leaders
    # a column filled in most rows keeps its empty cells empty
    full = text.replace("\t\t县财政局", "\t丁某\t县财政局").replace("\t\t县住建局", "\t戊某\t县住建局")
    assert [[leader.name for leader in task.leaders] for task in parse_text(full).all_tasks()][-1] == []


def test_a_label_line_broken_before_a_long_name_rest_or_inside_人民政府() -> None:
    # 责任单位：…、县城投 / 建设投资集团有限公司 (the rest of a name, however long) · …、各县(区)人 / 民政府
    text = (
        "一、总体\n1.推进甲工作。\n牵头单位：县发改局\n责任单位：县交通局、县城投\n建设投资集团有限公司\n"
        "完成时限：2025年12月底前\n2.推进乙工作。\n牵头单位：县住建局\n责任单位：县水利局、各县(区)人\n民政府\n"
        "完成时限：2025年6月底前\n"
    )
    tasks = parse_text(text).all_tasks()
    assert roles(text) == [
        (1, ["县发改局"], ["县交通局", "县城投建设投资集团有限公司"], []),
        (2, ["县住建局"], ["县水利局", "各县(区)人民政府"], []),
    ]
    assert [task.deadline is not None for task in tasks] == [True, True]
    # a line of several names after a finished list is no name's rest
    listed = "一、总体\n1.推进甲工作。\n牵头单位：县发改局\n责任单位：县交通局\n县财政局、县商务局\n"
    assert roles(listed)[0][2] == ["县交通局"]


def test_a_responsibility_list_with_lead_main_and_assisting_columns() -> None:
    # 牵头责任单位 | 主体责任单位 | 配合责任单位: the three roles of a 责任清单 (主体 lost its units, 配合 read as 责任)
    table = (
        "| 序号 | 重点工作任务 | 牵头责任单位 | 主体责任单位 | 配合责任单位 |\n"
        "| 1 | 建成示范花园三处。 | 县园林局 | 各乡镇 | 县直有关单位 |\n"
    )
    assert roles(table) == [(1, ["县园林局"], ["各乡镇"], ["县直有关单位"])]


def test_a_work_column_beside_its_breakdown_column() -> None:
    # 工作任务 | 细化分工: the breakdown is the task, the work it serves its topic
    table = "| 序号 | 工作任务 | 细化分工 | 责任科室 |\n| 1 | 做好信息发布 | 围绕花展发布权威信息。 | 宣传科 |\n"
    got = [(task.topic, task.text) for task in parse_text(table).all_tasks()]
    assert got == [("做好信息发布", "围绕花展发布权威信息。")]


def test_two_organs_of_one_place_joined_by_和_are_one_name() -> None:
    # 各县(市、区)党委和人民政府 · 示范区党工委和管委会: no headless 人民政府 or 管委会; whole units still part at 和
    text = (
        "一、总体\n1.推进甲工作。（牵头单位：市园林局；责任单位：各县(市、区)党委和人民政府，示范区党工委和管委会）\n"
        "2.推进乙工作。（责任单位：市园林局、市住建局和市财政局，市政府和开发区管委会）\n"
    )
    assert roles(text) == [
        (1, ["市园林局"], ["各县(市、区)党委和人民政府", "示范区党工委和管委会"], []),
        (2, [], ["市园林局", "市住建局", "市财政局", "市政府", "开发区管委会"], []),
    ]


def test_tasks_run_together_after_their_labelled_fields() -> None:
    # a news copy: 1.…。牵头单位：X；责任单位：Y。2.…, and a heading whose first task ran into its line after a space
    text = (
        "一、压实责任\n1.修订职责清单，新增1.2万人次培训。牵头单位：县应急局；责任单位：县人社局。"
        "2.开展督查考核。牵头单位：县安委办。完成时限：2025年6月底前。\n"
        "二、专项整治 3.开展燃气整治。牵头单位：县住建局；责任单位：各乡镇人民政府。"
        "4.推进道路整治。牵头单位：县公安局。\n"
    )
    notice = parse_text(text)
    assert [section.title for section in notice.sections] == ["压实责任", "专项整治"]
    assert roles(text) == [
        (1, ["县应急局"], ["县人社局"], []),
        (2, ["县安委办"], [], []),
        (3, ["县住建局"], ["各乡镇人民政府"], []),
        (4, ["县公安局"], [], []),
    ]
    assert notice.all_tasks()[0].text == "修订职责清单，新增1.2万人次培训。"
    # a number that does not follow (a list inside a value) never cuts
    listed = "一、总体\n1.推进甲工作。牵头单位：县发改局。3.完成后报送。\n"
    assert len(parse_text(listed).all_tasks()) == 1


def test_a_role_bracket_opening_the_task_text() -> None:
    # 1.【X牵头，Y配合】推进… · 1.【牵头单位：X】推进…（2025年9月底前完成）: the units come first; a bracket
    # that names no units ((一期)) stays in the text
    text = (
        "一、总体\n1.【县发改局牵头，县财政局配合】推进甲工作。\n"
        "2.【牵头单位：县商务局；配合单位：县财政局】推进乙工作。（2025年9月底前完成）\n3.（一期）推进丙工作。（县住建局牵头）\n"
    )
    tasks = parse_text(text).all_tasks()
    assert roles(text) == [
        (1, ["县发改局"], [], ["县财政局"]),
        (2, ["县商务局"], [], ["县财政局"]),
        (3, ["县住建局"], [], []),
    ]
    assert [task.text for task in tasks] == ["推进甲工作。", "推进乙工作。", "（一期）推进丙工作。"]
    assert tasks[1].deadline is not None


def test_a_townships_leaders_by_their_posts() -> None:
    # 包抓领导：镇党委副书记 马某某 · 分管领导：镇党委组织委员黄某某: the leader is the name after the township's posts
    text = (
        "一、人居环境\n1.开展村庄清洁行动。\n包抓领导：镇党委副书记 马国强\n责任单位：各村（社区）\n"
        "2.推进户厕改造。\n分管领导：镇党委组织委员黄思明\n责任单位：镇建设服务中心\n"
    )
    got = [[leader.name for leader in task.leaders] for task in parse_text(text).all_tasks()]
    assert got == [["马国强"], ["黄思明"]]


def test_bullets_that_carry_their_own_units_are_unnumbered_tasks() -> None:
    # a newspaper's list: ▲…。责任单位：X under 一、 headings, no numbered task line; a paragraph after the last
    # task's labelled fields is no more of its units
    text = (
        "一、蓝天保卫战\n▲推进超低排放改造。责任单位：市生态环境局、市工信局\n▲淘汰柴油货车。责任单位：市交通运输局\n"
        "二、碧水保卫战\n▲完成排污口整治。责任单位：市水务局、市公安局\n\n"
        "据悉，市政府将把重点工作任务完成情况纳入年度考核，实行月调度、季通报、年考核。\n"
    )
    notice = parse_text(text)
    assert [(task.label, task.number) for task in notice.all_tasks()] == [("▲", None)] * 3
    assert roles(text) == [
        (None, [], ["市生态环境局", "市工信局"], []),
        (None, [], ["市交通运输局"], []),
        (None, [], ["市水务局", "市公安局"], []),
    ]
    # ▲ under a numbered task that carries the units stays its sub-item
    items = "一、总体\n1.推进甲工作。（县发改局牵头）\n▲完成方案。\n▲启动建设。\n2.推进乙工作。（县商务局牵头）\n"
    assert [len(task.items) for task in parse_text(items).all_tasks()] == [2, 0]


def test_sections_named_after_the_unit_that_leads_them() -> None:
    # a plan listed by department: 一、县发展和改革局（2项） over tasks that name their helpers only; 一、打造示范区
    # (a verb) names no unit
    text = (
        "一、县发展和改革局（2项）\n1.争取专项债券资金。（配合单位：县财政局）\n2.推进以工代赈。\n"
        "二、打造国家级示范区\n3.推进丙工作。（配合单位：县商务局）\n"
    )
    assert roles(text) == [
        (1, ["县发展和改革局"], [], ["县财政局"]),
        (2, ["县发展和改革局"], [], []),
        (3, [], [], ["县商务局"]),
    ]


def test_a_pipe_row_going_on_with_its_number_cell_empty() -> None:
    # 序号 | 任务内容 | 责任单位 | with no bar before the first cell: a line opening with a bar has an empty 序号 cell,
    # and its cells go on under their own columns (more text, more units)
    table = (
        "序号 | 任务内容 | 责任单位 | 完成时限 |\n"
        "1 | 新建综合楼，完善胸痛、 | 区卫健委（牵头），区财政局， | 2025年10月底前 |\n"
        " | 卒中中心建设。 |  |  |\n"
        " |  | 各街道办事处 |  |\n"
        "2 | 新增托位300个。 | 区民政局（牵头） | 全年 |\n"
    )
    tasks = parse_text(table).all_tasks()
    assert [task.text for task in tasks] == ["新建综合楼，完善胸痛、卒中中心建设。", "新增托位300个。"]
    assert roles(table)[0] == (1, ["区卫健委"], ["区财政局", "各街道办事处"], [])
    assert tasks[0].deadline is not None
    assert tasks[0].deadline.raw == "2025年10月底前"


def test_post_holders_apart_by_commas_a_collective_tail_and_a_school_term() -> None:
    # 责任领导：区委常委、副区长 李某某，副区长 吴某某: one leader per group between commas (the 、 is inside the
    # posts); 县政府各执法部门 is one name; （…，2025年秋季学期前完成） is a deadline
    text = (
        "一、总体\n1.推进甲工作。\n责任领导：区委常委、副区长 李建国，副区长 吴晓明\n"
        "责任单位：县司法局、县政府各执法部门\n"
        "2.建成第三中学新校区。（县教育局牵头，县财政局配合，2025年秋季学期前完成）\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [leader.name for leader in tasks[0].leaders] == ["李建国", "吴晓明"]
    assert roles(text)[0] == (1, [], ["县司法局", "县政府各执法部门"], [])
    assert tasks[1].deadline is not None
    assert tasks[1].deadline.raw == "2025年秋季学期前完成"


def test_a_table_of_words_filtered_to_some_of_its_rows() -> None:
    # 序号 重点工作任务 … one space apart, rows 1 2 4: a row numbered past the next with a word for every column
    # goes on the table
    text = (
        "序号 重点工作任务 牵头领导 牵头单位 责任单位 配合单位\n"
        "1 建成示范花园三处 李国强 县园林局 各乡镇 县直有关单位\n"
        "2 新增社区食堂两家以上 李国强 县民政局 有关乡镇 县直有关单位\n"
        "4 开展古桥修缮 王明华 县文旅局 县文旅局 县直有关单位\n"
    )
    assert roles(text)[-1] == (4, ["县文旅局"], ["县文旅局"], ["县直有关单位"])
    assert [leader.name for leader in parse_text(text).all_tasks()[-1].leaders] == ["王明华"]


def test_a_subsection_heading_run_into_its_first_task() -> None:
    # a gazette copy on one line: …(牵头单位:X) (四)简化登记,提高效率。 12.简化要件。(牵头单位:Y) 13.…
    text = (
        "一、优化审批\n11.调整审批时序。（牵头单位：市园林局） （二）简化登记，提高效率。"
        " 12.简化登记要件。（牵头单位：市林业局） 13.优化评审办法。（牵头单位：市商务局）\n"
    )
    notice = parse_text(text)
    assert [subsection.title for subsection in notice.sections[0].subsections] == ["简化登记，提高效率。"]
    assert roles(text) == [(11, ["市园林局"], [], []), (12, ["市林业局"], [], []), (13, ["市商务局"], [], [])]


def test_a_running_header_glued_before_the_first_task_of_a_line() -> None:
    # 某市人民政府公报 2018年第5期 11.…（牵头单位：X） 12.…: task 11 opens after the header and its space
    text = (
        "甲市人民政府公报 2018年第5期 11.调整审批时序。（牵头单位：市园林局，配合单位：市住建局）"
        " 12.简化登记要件。（牵头单位：市林业局）\n"
    )
    assert roles(text) == [(11, ["市园林局"], [], ["市住建局"]), (12, ["市林业局"], [], [])]


def test_letter_spaced_leader_labels_and_a_heading_naming_its_lead() -> None:
    # 牵 头 领 导：… (a Word copy pads its labels) · （一）县住建局牵头 over tasks that name their helpers only
    text = (
        "一、城市建设\n（一）县住建局牵头\n1.改造老旧小区12个。\n牵 头 领 导：韩志刚\n配合单位：县财政局\n"
        "2.推进雨污分流。\n配合单位：县水利局\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [[leader.name for leader in task.leaders] for task in tasks] == [["韩志刚"], []]
    assert roles(text) == [(1, ["县住建局"], [], ["县财政局"]), (2, ["县住建局"], [], ["县水利局"])]


def test_fields_after_the_text_whose_list_a_separator_leaves_open() -> None:
    # 1.…。　　牵头单位：X　配合单位：Y、 / 第 3 页 共 5 页 / 各乡镇人民政府: the line after the page's foot is more
    # of the list, not a topic over the next task
    text = (
        "一、总体\n1.推进甲工作。　　牵头单位：县发改局　配合单位：县财政局、\n第 3 页 共 5 页\n各乡镇人民政府\n"
        "2.推进乙工作。　　牵头单位：县住建局\n"
    )
    notice = parse_text(text)
    assert roles(text) == [(1, ["县发改局"], [], ["县财政局", "各乡镇人民政府"]), (2, ["县住建局"], [], [])]
    assert notice.all_tasks()[1].topic is None


def test_a_name_a_line_break_cut_inside_a_bracket() -> None:
    # （牵头单位：市人力资源社 / 会保障局；…） a body the alias table knows · 各区 / 人民政府 an organ with no place ·
    # 市通信发展管理办 / 公室 an ending over the break; two whole names a line each stay two
    text = (
        "一、总体\n1.推进甲工作。（牵头单位：市人力资源社\n会保障局；责任单位：各区\n人民政府）\n"
        "2.推进乙工作。（牵头单位：市数据局；责任单位：市通信发展管理办\n公室）\n"
        "3.推进丙工作。（牵头单位：市教育局；责任单位：市财政局\n市民政局）\n"
    )
    assert roles(text) == [
        (1, ["市人力资源社会保障局"], ["各区人民政府"], []),
        (2, ["市数据局"], ["市通信发展管理办公室"], []),
        (3, ["市教育局"], ["市财政局", "市民政局"], []),
    ]


def test_a_second_header_row_opening_with_an_empty_cell() -> None:
    # 序号 | 重点任务 | 责任分工 | | 完成时限 over  | | 牵头单位 | 配合单位 | : the second row names the columns under
    # 责任分工, its first bar closing an empty cell
    table = (
        "序号 | 重点任务 | 责任分工 | | 完成时限\n | | 牵头单位 | 配合单位 | \n一、提升效能 | | | |\n"
        "1 | 推进甲工作。 | 区政务服务中心 | 区司法局、区数据局 | 2024年12月底前\n"
    )
    assert roles(table) == [(1, ["区政务服务中心"], [], ["区司法局", "区数据局"])]


def test_a_table_of_words_whose_task_text_wraps_under_its_row() -> None:
    # a PDF copy, cells one space apart: the rest of a row's task text on the line below goes on in its cell
    text = (
        "序号 重点任务 牵头单位 责任单位 完成时限\n"
        "1 加快推进开发区扩区调区工作，完成规划环评和基 开发区管委会 县发改局、县自然资源局 2024年10月底前\n"
        "础设施配套方案编制。\n"
        "2 深化国有企业改革，推动整合重组。 县财政局 县城投集团 2024年9月底前\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [task.text for task in tasks] == [
        "加快推进开发区扩区调区工作，完成规划环评和基础设施配套方案编制。",
        "深化国有企业改革，推动整合重组。",
    ]
    assert roles(text)[1] == (2, ["县财政局"], ["县城投集团"], [])


def test_joining_verbs_and_a_gloss_bracket_inside_the_text() -> None:
    # X牵头督导 leads · Y等有关部门参加 co-operates · 企业(场所)。 is a gloss in the sentence, not a unit bracket
    text = (
        "一、总体\n1.排查整治花木企业(场所)。年底前完成整治任务。(市园林局牵头督导,市公安局参与)\n"
        "2.稳定扶持政策。(县园林办牵头,县林业局、县财政局等有关部门参加,各镇街落实)\n"
    )
    tasks = parse_text(text).all_tasks()
    assert roles(text) == [(1, ["市园林局"], [], ["市公安局"]), (2, ["县园林办"], ["各镇街"], ["县林业局", "县财政局"])]
    assert tasks[0].text.startswith("排查整治花木企业(场所)。")


def test_review_cases_the_new_layout_rules_leave_alone() -> None:
    """Inputs a review of this session's rules found misread, each read as before them."""
    # a pipe table whose header lacks only its opening bar, over rows that open with one: a border
    table = (
        "序号 | 重点任务 | 牵头单位 | 完成时限 |\n| 1 | 推进甲工作。 | 县发改局 | 2025年6月底前 |\n"
        "| 2 | 推进乙工作。 | 县财政局 | 全年 |\n"
    )
    assert roles(table) == [(1, ["县发改局"], [], []), (2, ["县财政局"], [], [])]
    # figures after a space in a heading are no task's number: 加快地铁 3、4 号线 · 完成 1、2 期
    figures = (
        "一、基础设施\n（一）推进轨道交通，加快地铁 3、4 号线建设。（市交通局牵头）\n"
        "（二）完成 1、2 期污水厂改造。（市水务局牵头）\n"
    )
    assert [task.text for task in parse_text(figures).all_tasks()] == [
        "推进轨道交通，加快地铁 3、4 号线建设。",
        "完成 1、2 期污水厂改造。",
    ]
    # topic headings that end like a body name no lead; a principle is no list of units; a hotline no leader
    topics = (
        "一、区域医疗中心\n1.推进区域医疗中心建设。（责任单位：县卫健局）\n二、县级公立医院\n2.推进公立医院改革。\n"
        "三、坚持党委领导、政府负责\n3.建立联席会议制度。\n四、市长热线联系群众机制\n4.完善热线。\n"
    )
    assert [(task.lead_units, task.leaders) for task in parse_text(topics).all_tasks()] == [([], [])] * 4
    # a list inside a field's value, and one after the fields, cut no task
    listed = (
        "一、总体\n1.推进甲工作。牵头单位：县住建局；完成时限：分两步，1.2025年6月底前完成方案；2.2025年12月底前完成。\n"
        "2.推进乙工作。牵头单位：县水利局。分两步实施：1.完成采购；2.完成调试。\n"
    )
    assert [task.number for task in parse_text(listed).all_tasks()] == [1, 2]
    # a sentence opening with a figure after a table of words is no row of it
    words = (
        "序号 重点任务 牵头单位 完成时限\n1 推进甲工作 县发改局 6月底前\n2 推进乙工作 县财政局 9月底前\n"
        "12 月 10 日前，各牵头单位报送总结。\n"
    )
    assert [task.number for task in parse_text(words).all_tasks()] == [1, 2]
    # a line that opens a name of its own after a list is no rest of its last name
    rest = "一、总体\n1.推进甲工作。\n牵头单位：县发改局\n责任单位：县电信、县移动\n中国联通县分公司\n"
    assert roles(rest) == [(1, ["县发改局"], ["县电信", "县移动"], [])]
    # a deadline column filled here and there leaves an ongoing task's cell empty
    deadlines = (
        "序号\t重点任务\t牵头单位\t完成时限\n一、总体\t\t\t\n1\t推进甲。\t县发改局\t2025年6月底前\n2\t常态化推进乙。\t县财政局\t\n"
        "3\t推进丙。\t县商务局\t2025年8月底前\n二、民生\t\t\t\n4\t推进丁。\t县教育局\t2025年9月底前\n5\t持续推进戊。\t县民政局\t\n"
    )
    assert [task.deadline is None for task in parse_text(deadlines).all_tasks()] == [False, True, False, False, True]
    # 县政协办 is an office, not 县政 and the verb 协办; an opening bracket naming a project's owner stays text
    office = "一、总体\n1.开展走访。（责任单位：县政协办）\n2.【县人民医院】新建住院楼。（县卫健局牵头）\n"
    assert roles(office) == [(1, [], ["县政协办"], []), (2, ["县卫健局"], [], [])]


def test_a_joint_lead_mark_in_a_list() -> None:
    # 责任单位：X、Y（并列牵头）、Z: X and Y lead together, Z is responsible; X（牵头）、Y: only X leads
    text = (
        "一、总体\n1.推进甲工作。\n责任单位：县住建局、县城管局（并列牵头）、各街道办事处\n"
        "2.推进乙工作。\n责任单位：县发改局（牵头）、县财政局\n"
    )
    assert roles(text) == [
        (1, ["县住建局", "县城管局"], ["各街道办事处"], []),
        (2, ["县发改局"], ["县财政局"], []),
    ]


def test_a_label_with_another_kind_of_body_in_brackets_and_a_full_stop_after_the_number() -> None:
    # 牵头科室(单位)：X (the label, whatever kind of body it adds) · 1。全面完成… (a news copy's number)
    text = (
        "1.建设甲平台。\n责任领导：王国强\n牵头科室(单位)：计划科、平台中心\n完成时限：2025年12月\n"
        "2。推进丙工作。(市人社局牵头,市财政局配合)\n"
    )
    tasks = parse_text(text).all_tasks()
    assert roles(text) == [(1, ["计划科", "平台中心"], [], []), (2, ["市人社局"], [], ["市财政局"])]
    assert tasks[0].deadline is not None


def test_a_section_lead_over_tasks_that_name_their_helpers_and_points_run_into_a_section() -> None:
    # 一、稳定工业增长（牵头单位：X） / 1.…（配合单位：Y）: the heading leads its tasks, which name who helps
    led = (
        "一、稳定工业增长（牵头单位：县工信局）\n1.建立包联服务机制。（配合单位：县统计局）\n2.支持企业稳岗稳产。（配合单位：县财政局）\n"
        "二、扩大有效投资（牵头单位：县发改局）\n1.推动项目集中开工。（配合单位：县住建局）\n"
    )
    assert roles(led) == [
        (1, ["县工信局"], [], ["县统计局"]),
        (2, ["县工信局"], [], ["县财政局"]),
        (1, ["县发改局"], [], ["县住建局"]),
    ]
    # 一、扩大有效投资。一是…（X负责）。二是…（Y牵头，Z配合）。: the section's title, then its points
    points = "一、扩大有效投资。一是加快片区开发（区自然资源局负责）。二是实施重点项目（区发改局牵头，区住建局配合）。"
    notice = parse_text(points)
    assert notice.sections[0].title == "扩大有效投资。"
    assert roles(points) == [(1, ["区自然资源局"], [], []), (2, ["区发改局"], [], ["区住建局"])]


def test_paragraph_tasks_run_into_one_line_or_beside_a_heading_without_units() -> None:
    # 1.主要指标的责任部门。 / 甲指标…。（X牵头）乙指标…。（Y牵头）: the 1. line titles two paragraph tasks on one line
    titled = (
        "一、目标\n1.主要指标的责任部门。\n甲指标控制在100万左右。(市甲委、市乙局牵头)乙指标降低10%。(市丙委牵头)\n"
        "2.其他指标。\n丙指标降低8%。(市丁办牵头)丁指标稳定。(市戊局牵头)\n"
    )
    assert roles(titled) == [
        (None, ["市甲委", "市乙局"], [], []),
        (None, ["市丙委"], [], []),
        (None, ["市丁办"], [], []),
        (None, ["市戊局"], [], []),
    ]
    # a 分工意见 whose （二） paragraph names no units: the others still run their clauses in as tasks
    division = (
        "一、深化改革\n（一）推进企业改革。完善甲制度（市甲局牵头）。推进乙改革（市乙局牵头）。\n"
        "（二）优化政务服务。提升丁水平，各部门要切实加强协作。\n（三）加强监管。完善戊机制（市己局牵头）。\n"
    )
    assert roles(division) == [(None, ["市甲局"], [], []), (None, ["市乙局"], [], []), (None, ["市己局"], [], [])]


def test_a_star_before_the_number_and_a_zero_width_space_inside_a_name() -> None:
    # ★1.推进… (a news page's decoration) · 各街道\u200b办事处 (a zero-width space read as a space) is one name
    text = "一、总体\n★1.推进甲工作。（市发改委牵头）\n★2.推进乙工作。\n责任单位：区财政局、各街道\u200b办事处\n"
    assert roles(text) == [(1, ["市发改委"], [], []), (2, [], ["区财政局", "各街道办事处"], [])]


def test_second_review_cases_the_new_rules_leave_alone() -> None:
    """Inputs a second review of this session's rules found misread, each read as the rule intends."""
    # two-character bodies in a bracket inside the text that says their roles (工会, 妇联)
    inner = "一、总体\n1.开展志愿服务活动（县团委牵头，工会、妇联配合）。年底前形成总结报告。\n"
    assert roles(inner) == [(1, ["县团委"], [], ["工会", "妇联"])]
    # a figure a wrap cut from the sentence above is no task numbered with a full stop
    wrapped = (
        "一、总体\n1.深化改革，力争排名进入全省前\n10。持续优化审批流程。（县政务服务中心牵头）\n"
        "2.推进乙。（县商务局牵头）\n"
    )
    assert [task.number for task in parse_text(wrapped).all_tasks()] == [1, 2]
    # a section's run-in points with no units of their own stay in its title: nothing goes unplaced
    titled = (
        "一、工作目标。一是提高效率；二是优化服务。\n（一）推进甲工作。（县发改局牵头）\n"
        "（二）推进乙工作。（县商务局牵头）\n"
    )
    notice = parse_text(titled)
    assert notice.sections[0].title.startswith("工作目标。一是")
    assert not notice.unplaced
    # the rest of a unit's name a PDF wrapped under a row of words goes to that unit, not to the text
    words = (
        "序号 重点任务 牵头单位 责任单位 完成时限\n"
        "1 推进开发区扩区工作。 开发区管委会 县发改局、县自然资源 2024年10月底前\n局\n"
        "2 深化国企改革。 县财政局 县城投集团 2024年9月底前\n"
    )
    assert roles(words)[0] == (1, ["开发区管委会"], ["县发改局", "县自然资源局"], [])
    assert parse_text(words).all_tasks()[0].text == "推进开发区扩区工作。"
    # a joint mark after a marked lead joins that lead alone; 共同牵头单位 is a joint mark too
    marks = (
        "一、总体\n1.推进甲。\n责任单位：县教育局（牵头）、县财政局、县人社局（共同牵头）\n"
        "2.推进乙。\n责任单位：县住建局、县城管局（共同牵头单位）、各街道\n"
    )
    assert roles(marks) == [
        (1, ["县教育局", "县人社局"], ["县财政局"], []),
        (2, ["县住建局", "县城管局"], ["各街道"], []),
    ]
    # tasks numbered with a full stop run together after their fields
    runs = "一、总体\n1。全面完成年度目标。牵头单位：县发改局。2。推进乙工作。牵头单位：县住建局。\n"
    assert roles(runs) == [(1, ["县发改局"], [], []), (2, ["县住建局"], [], [])]
    # an unknown label with another kind of body in brackets is still a label
    labelled = "一、总体\n1.推进甲工作。\n牵头科室：规划科\n协办科室(单位)：计划科\n"
    assert roles(labelled) == [(1, ["规划科"], [], ["计划科"])]


def test_fields_after_the_text_over_a_line_of_another_role() -> None:
    # 1.…。　牵头单位：X　配合单位：Y / 完成时限：…: the fields in the text hold with the deadline's line under them
    text = (
        "一、总体\n1.推进丙工作。　牵头单位：县住建局　配合单位：县城管局、各乡镇人民政府\n完成时限：2024年底\n"
        "2.推进丁工作。牵头单位：县商务局\n配合单位：县财政局\n"
    )
    tasks = parse_text(text).all_tasks()
    assert roles(text) == [(1, ["县住建局"], [], ["县城管局", "各乡镇人民政府"]), (2, ["县商务局"], [], ["县财政局"])]
    assert tasks[0].text == "推进丙工作。"
    assert tasks[0].deadline is not None


def test_a_page_source_copied_as_text_with_entities_and_break_tags() -> None:
    # &nbsp;&nbsp;1.… / 牵头单位：X<br>责任单位：Y<br>: the entities and tags read as spaces, one for one
    text = (
        "&nbsp;&nbsp;一、强化项目储备<br>\n&nbsp;&nbsp;1.建立项目储备库。<br>\n牵头单位：县发改局<br>责任单位：县财政局<br>\n"
        "&nbsp;&nbsp;2.争取上级资金。<br>\n牵头单位：&nbsp;县发改局<br>\n完成时限：2023年12月底前<br>\n"
    )
    tasks = parse_text(text).all_tasks()
    assert roles(text) == [(1, ["县发改局"], ["县财政局"], []), (2, ["县发改局"], [], [])]
    assert [task.text for task in tasks] == ["建立项目储备库。", "争取上级资金。"]
    # a pipe row keeps its <br>: it parts the units of a cell
    table = "| 序号 | 工作任务 | 责任单位 |\n| 1 | 推进甲工作。 | 县发改局<br>县财政局 |\n| 2 | 推进乙。 | 县商务局 |\n"
    assert roles(table)[0] == (1, [], ["县发改局", "县财政局"], [])


def test_a_page_source_whose_tasks_and_fields_run_together_on_a_line() -> None:
    # 1.…。<br>牵头单位：X<br>&nbsp;&nbsp;2.…。<br>牵头单位：Y<br> · 牵头单位：Z</br>
    text = (
        "&nbsp;&nbsp;一、强化项目储备<br>\n&nbsp;&nbsp;1.建立项目储备库。<br>牵头单位：县发改局<br>&nbsp;&nbsp;"
        "2.争取上级资金。<br>牵头单位：县财政局<br>\n&nbsp;&nbsp;3.推进丙工作。<br>\n牵头单位：县商务局</br>\n"
    )
    assert roles(text) == [(1, ["县发改局"], [], []), (2, ["县财政局"], [], []), (3, ["县商务局"], [], [])]


def test_a_clause_a_list_of_units_ran_into_is_no_unit() -> None:
    # …责任单位：A；二是…，责任单位：B: the next point is a note, not a unit; a unit with a date beside it stays one
    text = (
        "一、总体\n1.推进丙工作，一是建立台账，责任单位：县民政局；二是强化资金保障，责任单位：县财政局。\n"
        "2.推进丁工作。（牵头单位：县交通局（6月底前完成）；配合单位：县公安局）\n"
    )
    assert roles(text) == [(1, [], ["县民政局", "县财政局"], []), (2, ["县交通局"], [], ["县公安局"])]


def test_units_in_a_table_task_cell_and_a_padded_leader_heading() -> None:
    # 序号 | 工作任务 | 完成时限 with …［牵头单位：X；责任单位：Y］ in the task's cell: the cell's bracket is the task's
    table = (
        "序号 | 工作任务 | 完成时限\n一、常务副区长刘  洋分管工作 |  | \n"
        "1 | 严格执行预算法。［牵头单位：区财政局；责任单位：区直各部门］ | 全年\n"
    )
    task = parse_text(table).all_tasks()[0]
    assert roles(table) == [(1, ["区财政局"], ["区直各部门"], [])]
    assert (task.text, [leader.name for leader in task.leaders]) == ("严格执行预算法。", ["刘洋"])
    # a 主办单位 line stays the site footer it usually is, after the last task too
    footer = (
        "一、总体\n1.推进甲工作。（责任单位：县民政局）\n\n主办单位：某县人民政府办公室\n承办单位：某县大数据中心\n"
    )
    assert roles(footer) == [(1, [], ["县民政局"], [])]


def test_an_outline_in_the_notice_before_an_attached_plan_of_tasks() -> None:
    # the notice's own 工作要点 (一、… / 1.… with no units), then 附件 and the list whose tasks carry their units:
    # the outline is the notice's text, the attached list the tasks
    text = (
        "某县2024年工作要点\n一、提升政务服务\n1.推进政务服务标准化。\n2.拓展跨省通办。\n附件：重点任务清单\n"
        "附件\n重点任务清单\n一、政务服务\n1.推行综合受理。（责任单位：县审批局、各乡镇）\n"
        "2.新增通办事项20项。（责任单位：县大数据中心）\n"
    )
    notice = parse_text(text)
    assert roles(text) == [(1, [], ["县审批局", "各乡镇"], []), (2, [], ["县大数据中心"], [])]
    assert notice.preamble is not None
    assert "推进政务服务标准化" in notice.preamble.text


def test_a_rectification_list_of_problems_with_their_measures_and_fields() -> None:
    # (一) a problem, its 整改目标 / 整改措施 lines and its fields: the problem is the task, the measures its notes,
    # 整改时限 its deadline
    text = (
        "一、整改内容\n(一)公示栏信息更新不及时。\n整改目标:信息及时公开。\n整改措施:每月更新一次公示栏。\n"
        "责任领导:王某某\n责任单位:乡党政办\n整改时限:2024年6月底前\n"
        "(二)部分村道缺少护栏。\n整改措施:年内完成护栏安装。\n责任单位:乡交通办\n整改时限:立行立改,长期坚持\n"
    )
    tasks = parse_text(text).all_tasks()
    assert roles(text) == [(1, [], ["乡党政办"], []), (2, [], ["乡交通办"], [])]
    assert [task.text for task in tasks] == ["公示栏信息更新不及时。", "部分村道缺少护栏。"]
    assert [[(note.label, note.text) for note in task.notes] for task in tasks] == [
        [("整改目标", "信息及时公开"), ("整改措施", "每月更新一次公示栏")],
        [("整改措施", "年内完成护栏安装")],
    ]
    assert [task.deadline.raw if task.deadline else None for task in tasks] == ["2024年6月底前", "立行立改,长期坚持"]
    assert [leader.name for leader in tasks[0].leaders] == ["王某某"]


def test_problems_under_a_group_item_carry_their_own_brackets() -> None:
    # 1. a heading, (1) a problem with its bracket and its 整改措施 line, (2) a group naming no units over ① problems
    # with brackets of their own: (1) and ① are the tasks, (2) a topic over ①
    text = (
        "一、整改内容\n1.专项整改问题\n(1)村级公示栏信息更新不及时。(牵头单位:乡党政办;责任单位:各村支部)\n"
        "整改措施:每月更新一次公示栏。\n(2)道路安全方面。\n①部分村道缺少护栏。(牵头单位:乡交通办、乡安监站;责任单位:各村支部)\n"
        "整改措施:年内完成护栏安装。\n"
    )
    notice = parse_text(text)
    assert roles(text) == [(1, ["乡党政办"], ["各村支部"], []), (1, ["乡交通办", "乡安监站"], ["各村支部"], [])]
    assert [[note.text for note in task.notes] for task in notice.all_tasks()] == [
        ["每月更新一次公示栏"],
        ["年内完成护栏安装"],
    ]
    assert not [d for d in notice.diagnostics if d.code == "LP302"]
    # the ① parts of an item that names its own units stay its parts
    parts = (
        "一、整改内容\n1.专项整改问题\n(1)甲方面问题。(牵头单位:乡党政办)\n①公示不及时。\n②台账不全。\n"
        "(2)乙方面问题。(牵头单位:乡财政所)\n"
    )
    assert roles(parts) == [(1, ["乡党政办"], [], []), (2, ["乡财政所"], [], [])]


def test_a_table_of_one_cell_per_line_with_no_number_column() -> None:
    # 项目 / 名称 over 内容 / 牵头单位 / 进展情况 / (6月): a progress table copied a cell a line, blank lines between,
    # no 序号 column; each row ends at its last column, and a header cell's (6月) is part of it
    header = "项目\n\n名称\n\n内容\n\n牵头单位\n\n进展情况\n\n(6月)\n\n"
    rows = (
        "助餐服务项目\n\n新建10个老年食堂。\n\n区民政局\n\n已建成4个。\n\n"
        "托育服务项目\n\n新增托位200个。\n\n区卫健局\n\n已新增80个。\n"
    )
    tasks = parse_text(header + rows).all_tasks()
    assert [(task.text, [unit.name for unit in task.lead_units]) for task in tasks] == [
        ("助餐服务项目", ["区民政局"]),
        ("托育服务项目", ["区卫健局"]),
    ]
    assert [[note.text for note in task.notes] for task in tasks] == [
        ["新建10个老年食堂", "已建成4个"],
        ["新增托位200个", "已新增80个"],
    ]


def test_group_rows_over_unnumbered_rows_and_headings_that_open_at_the_subsection_level() -> None:
    # (一) / 甲方面 merged over the 项目名称 cells of its rows: the rows have no cell there, so each ends at its
    # units and the cells after them; a row naming no units in its place ends at the header's width
    header = "项目名称\n\n项目内容\n\n责任单位\n\n进展情况\n\n"
    rows = (
        "(一)\n\n甲方面\n\n推进甲一\n\n县民政局、各乡镇\n\n正常推进\n\n推进甲二\n\n县财政局\n\n已完成\n\n"
        "(二)\n\n乙方面\n\n推进乙一\n\n县交通局\n\n正常推进\n"
    )
    notice = parse_text(header + rows)
    assert [(task.text, [unit.name for unit in task.responsible_units]) for task in notice.all_tasks()] == [
        ("推进甲一", ["县民政局", "各乡镇"]),
        ("推进甲二", ["县财政局"]),
        ("推进乙一", ["县交通局"]),
    ]
    # （一） headings with no 一、 above them are each a section, the second as much as the first
    assert [(section.label, len(section.tasks), section.subsections) for section in notice.sections] == [
        ("一", 2, []),
        ("二", 1, []),
    ]
    text = "（一）甲方面\n1.推进甲。（责任单位：县民政局）\n（二）乙方面\n2.推进乙。（责任单位：县财政局）\n"
    assert [(section.title, len(section.tasks)) for section in parse_text(text).sections] == [
        ("甲方面", 1),
        ("乙方面", 1),
    ]


def test_a_bare_lead_verb_inside_a_labelled_list_and_labels_glued_to_a_name() -> None:
    # 责任单位：甲局、乙局分别牵头、丙局 · 甲局和乙站分别牵头、丙局 · 甲局牵头、乙局: the verb marks the units
    # it follows
    text = (
        "一、重点工作\n1.建设物流园区。\n责任单位：县投资局、县口岸局分别牵头、县发改局\n"
        "2.改造老旧厂房。\n责任单位：县投资局和县口岸办分别牵头、县发改局\n3.推进丙工作。\n责任单位：县住建局牵头、县资规局\n"
    )
    assert roles(text) == [
        (1, ["县投资局", "县口岸局"], ["县发改局"], []),
        (2, ["县投资局", "县口岸办"], ["县发改局"], []),
        (3, ["县住建局"], ["县资规局"], []),
    ]
    # 牵头单位：A、B配合单位：C: a label glued to the last name of the field before it opens its own field
    glued = (
        "一、重点任务\n（一）分类投放工作\n合理配备分类收集容器。\n"
        "牵头单位：县甲局、县乙局配合单位：各镇人民政府、街道办事处\n"
    )
    assert roles(glued) == [(1, ["县甲局", "县乙局"], [], ["各镇人民政府、街道办事处"])]


def test_tasks_whose_sentence_opens_with_the_units_that_do_them() -> None:
    # 1.县应急管理局负责…: the units are the subject of the task's sentence; under a notice's own 三、任务分工 too
    tasks = "1.县应急管理局负责尾矿库等行业的隐患排查。\n2.县公安局、县交通局负责道路交通的隐患排查。\n"
    notice = (
        "各乡镇人民政府，县政府有关部门：\n现将有关事项通知如下：\n一、总体要求\n全面落实安全责任。\n"
        "二、时间安排\n即日起至6月30日。\n三、任务分工\n各乡镇负责本辖区排查工作。\n"
        + tasks
        + "某县人民政府办公室\n2024年5月6日\n"
    )
    expected = [(1, ["县应急管理局"], [], []), (2, ["县公安局", "县交通局"], [], [])]
    assert roles("某县隐患排查任务分工\n一、任务分工\n" + tasks) == expected
    assert roles(notice) == expected
    # …，各乡镇人民政府配合做好…: a later clause of the sentence names the units that help
    helpers = "某县排查任务分工\n一、任务分工\n1.县住建局负责校舍鉴定，对危房限期加固，各乡镇人民政府配合做好排查。\n"
    assert roles(helpers) == [(1, ["县住建局"], [], ["各乡镇人民政府"])]
    assert [section.label for section in parse_text(notice).sections] == ["三"]
    # a requirement's subject, or a post, is no unit of the task
    others = (
        "一、任务\n1.各单位要明确专人负责信息报送。\n2.乡镇党委书记负责辖区排查。\n"
        "3.推进丙工作。（责任单位：县民政局）\n"
    )
    assert roles(others) == [(1, [], [], []), (2, [], [], []), (3, [], ["县民政局"], [])]


def test_a_share_by_division_and_table_columns_in_a_list_s_own_words() -> None:
    # (A、B分工负责) is 按职责分工负责 said short: the units co-operate, with a lead or without one, and a deadline
    # after them changes nothing
    text = (
        "一、总体\n1.推进甲工作。（县银行业协会、县农信联社分工负责）\n"
        "2.推进乙工作。（县金融办牵头，县银行业协会等分工负责）\n3.推进丙工作。（县甲局、县乙局分工负责，全年持续推进）\n"
    )
    assert roles(text) == [
        (1, [], [], ["县银行业协会", "县农信联社"]),
        (2, ["县金融办"], [], ["县银行业协会"]),
        (3, [], [], ["县甲局", "县乙局"]),
    ]
    # 时间进度 is the deadline column and 重大行政决策事项名称 the task's; a bar a line between the cells, and a task
    # whose name ends like a body (转运站) stays in its column when every cell is in its place
    cells = ["序号", "工作任务", "负责部门", "时间进度", "1", "新建三座分类转运站", "区环卫处、各镇", "2019年底前"]
    table = "".join(f"|\n{cell}\n" for cell in cells) + "|\n"
    assert roles(table) == [(1, [], ["区环卫处", "各镇"], [])]
    assert [(task.text, task.deadline.raw if task.deadline else None) for task in parse_text(table).all_tasks()] == [
        ("新建三座分类转运站", "2019年底前")
    ]
    decisions = (
        "| 序号 | 重大行政决策事项名称 | 承办单位 | 决策依据 | 实施计划 |\n"
        "| 1 | 某区养老服务设施布局规划 | 某区民政局 | 上级条例 | 拟于8月征求意见。 |\n"
    )
    found = [(task.text, [unit.name for unit in task.responsible_units]) for task in parse_text(decisions).all_tasks()]
    assert found == [("某区养老服务设施布局规划", ["某区民政局"])]


def test_a_leader_s_heading_naming_the_work_at_once_and_lost_spaces_before_a_heading() -> None:
    # 三、副市长陈立近期重点工作 · 市委常委、宣传部长、副市长陈立近期重点工作: the leader's work, no verb between
    for posts in ("副市长", "市委常委、宣传部长、副市长"):
        text = f"三、{posts}陈立近期重点工作\n（一）交通工作\n1.召开全市交通工作会议。\n2.推进滨河路改造工程。\n"
        assert [[leader.name for leader in task.leaders] for task in parse_text(text).all_tasks()] == [["陈立"]] * 2
    # ? ?二、重点任务: a copy's question marks for the full-width spaces before a heading
    text = (
        "一、总体要求\n坚持公开为常态。\n? ?二、重点任务\n（一）加强数字化建设。（责任科室：信息科）\n"
        "（二）完善利用服务。（责任科室：利用科）\n"
    )
    assert [(section.label, len(section.tasks)) for section in parse_text(text).sections] == [("一", 0), ("二", 2)]


def test_numbers_a_copy_printed_without_their_stops() -> None:
    # 1组织好… · 2尽快… · 3 6个…: a run of numbers with no stop after them opens tasks
    text = (
        "三、副市长陈立近期重点工作\n（一）筹备好三个大会。\n1 2月26日召开春季造林大会;\n2力争3月初召开农村工作会议;\n"
        "3 6个现代农业引领区建设高潮;\n（二）卫生工作。\n1召开动员会;\n2做好春季传染病防治工作。\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(task.number, task.text[:6]) for task in tasks] == [
        (1, "2月26日召"),
        (2, "力争3月初召"),
        (3, "6个现代农业"),
        (1, "召开动员会;"),
        (2, "做好春季传染"),
    ]
    # a figure opening a line is no number: counting (10个 · 3月底前), or out of the run of numbers (2. then 8)
    figures = (
        "一、总体\n1.推进甲工作。（责任单位：县民政局）\n2.推进乙工作，\n8组团完成改造。（责任单位：县住建局）\n"
        "10个乡镇完成摸底。\n3月底前完成验收。\n"
    )
    assert [(task.number, task.text) for task in parse_text(figures).all_tasks()] == [
        (1, "推进甲工作。"),
        (2, "推进乙工作，\n8组团完成改造。"),
    ]


def test_a_card_of_labels_alone_on_their_lines_and_a_progress_cell_in_a_short_row() -> None:
    # 具体任务 / its text / 责任单位 / its units …: a one-task page printing each label over its value, no colon
    card = (
        "具体任务\n推进公厕提标改造，新建和改造公厕12座。\n责任单位\n住建局、卫健局\n配合单位\n各乡镇\n"
        "完成时限\n公厕改造6月底前完成;其它事项12月底前完成\n"
    )
    task = parse_text(card).all_tasks()[0]
    assert roles(card) == [(None, [], ["住建局", "卫健局"], ["各乡镇"])]
    assert (task.text, task.deadline.raw if task.deadline else None) == (
        "推进公厕提标改造，新建和改造公厕12座。",
        "公厕改造6月底前完成;其它事项12月底前完成",
    )
    # a row that lost its merged unit cell: its progress (已于…印发实施) is no unit
    table = (
        "| 序号 | 事项名称 | 承办处室 | 完成情况 |\n| 1 | 《甲管理办法》 | 园林绿化处 | 已于2022年9月印发实施 |\n"
        "| 2 | 《乙保护规定》 | 已于2022年11月印发实施 |\n"
    )
    assert roles(table) == [(1, [], ["园林绿化处"], []), (2, [], [], [])]


def test_a_note_field_a_hard_wrap_cut_mid_sentence_goes_on() -> None:
    # 整改措施：…；修订 / 非税收入管理办法。 then the fields: the wrapped line is the note's, the fields the task's
    text = (
        "一、财政管理方面\n（一）部分非税收入未及时缴库。\n整改措施：全面清理财政专户，对应缴未缴资金限期缴库；修订\n"
        "非税收入收缴管理办法。\n责任领导：邹某某\n责任单位：县财政局、县税务局\n整改时限：2024年6月底前\n"
    )
    task = parse_text(text).all_tasks()[0]
    assert roles(text) == [(1, [], ["县财政局", "县税务局"], [])]
    assert [note.text for note in task.notes] == ["全面清理财政专户，对应缴未缴资金限期缴库；修订非税收入收缴管理办法"]
    assert [leader.name for leader in task.leaders] == ["邹某某"]
    # a short note (责任人：黄某) takes no line after it
    short = "一、民生实事\n1.新建公厕10座。\n责任单位：县住建局\n责任人：黄某\n各责任单位要把实事项目作为重点工作。\n"
    assert [leader.name for leader in parse_text(short).all_tasks()[0].leaders] == ["黄某"]


def test_fourth_review_cases_the_new_rules_leave_alone() -> None:
    # a step 2.县财政局负责… under tasks that name their units in brackets is a step, no task of its own
    steps = (
        "一、主要任务\n（一）推进老旧小区改造。（县住建局牵头，县财政局配合，2025年12月底前完成）\n"
        "1.摸清底数。\n2.县财政局负责统筹资金保障。\n3.组织施工。\n（二）提升人居环境。（县农业农村局牵头，各乡镇配合）\n"
        "1.清理垃圾。\n2.改造厕所。\n"
    )
    assert roles(steps) == [(1, ["县住建局"], [], ["县财政局"]), (2, ["县农业农村局"], [], ["各乡镇"])]
    # a verb before the body, or a relative clause: the sentence is about the body, not by it
    verbs = (
        "一、重点任务\n1.成立招商引资工作专班负责重大项目洽谈对接。\n2.督促县燃气公司负责落实巡查制度。\n"
        "3.县发改局牵头的项目要在9月底前全部开工。\n4.县司法局、团县委负责组织开展普法宣传。\n"
    )
    assert roles(verbs) == [(1, [], [], []), (2, [], [], []), (3, [], [], []), (4, ["县司法局", "团县委"], [], [])]
    # 整改措施：由X负责…: the measure's own sentence of roles gives the units, as 整改要求：由X负责… does
    measure = (
        "1、东湖路沿线有垃圾死角。\n整改措施：由县环卫所负责清除上述地段垃圾。\n"
        "2、西湖路围墙有小广告。\n整改措施：由县城管局负责清理。\n"
    )
    assert roles(measure) == [(1, ["县环卫所"], [], []), (2, ["县城管局"], [], [])]
    # 时间进度 | 75%: a share of the year gone is no deadline; 分工负责 after a label keeps the label's role
    progress = "| 序号 | 工作任务 | 责任单位 | 时间进度 |\n| 1 | 新建公租房200套 | 县住建局 | 75% |\n"
    assert parse_text(progress).all_tasks()[0].deadline is None
    label = "一、重点任务\n1.推进城市更新。\n牵头单位：县住建局\n配合单位：县财政局、县自然资源局分工负责\n"
    assert roles(label) == [(1, ["县住建局"], [], ["县财政局", "县自然资源局"])]
    # a rectification table: the problem is the task, its measures a note (or the task, where no column names it)
    table = (
        "| 序号 | 存在问题 | 整改措施 | 责任单位 | 整改时限 |\n"
        "| 1 | 公示栏信息更新不及时 | 每月更新一次 | 县政府办 | 2025年6月底前 |\n"
    )
    assert [task.text for task in parse_text(table).all_tasks()] == ["公示栏信息更新不及时"]
    measures = "| 序号 | 整改措施 | 责任单位 | 整改时限 |\n| 1 | 每月更新一次公示栏 | 县政府办 | 2025年6月底前 |\n"
    assert [task.text for task in parse_text(measures).all_tasks()] == ["每月更新一次公示栏"]


def test_an_unnumbered_table_keeps_in_step_or_ends() -> None:
    header = "青岚县2025年重点项目三季度进展情况\n\n项目名称\n\n建设单位\n\n责任单位\n\n进展情况\n\n"
    rows = (
        "城区供热管网改造\n\n县城投公司\n\n县住建局\n\n已完成8公里\n\n"
        "县医院门诊楼建设\n\n县人民医院\n\n县卫健局\n\n主体完工\n\n"
    )
    # a column of bodies before the unit column (建设单位): the units are the unit column's cell
    assert [
        (task.text, [unit.name for unit in task.responsible_units]) for task in parse_text(header + rows).all_tasks()
    ] == [
        ("城区供热管网改造", ["县住建局"]),
        ("县医院门诊楼建设", ["县卫健局"]),
    ]
    # two units printed as two cells are one list; the closing sentence and the signature after the table
    # are no row
    header = "项目名称\n\n建设内容\n\n责任单位\n\n进展情况\n\n"
    rows = (
        "城区供热管网改造\n\n改造管网12公里\n\n县住建局\n\n县城投公司\n\n已完成8公里\n\n"
        "农村公路提质工程\n\n改造公路60公里\n\n县交通运输局\n\n正常推进\n\n"
        "请各责任单位加快推进。\n\n县发改局将于12月组织督查。\n\n青岚县人民政府办公室\n\n2025年10月12日\n"
    )
    notice = parse_text(header + rows)
    assert [(task.text, [unit.name for unit in task.responsible_units]) for task in notice.all_tasks()] == [
        ("城区供热管网改造", ["县住建局", "县城投公司"]),
        ("农村公路提质工程", ["县交通运输局"]),
    ]
    assert notice.meta.date == "2025-10-12"
    # a progress cell over two paragraphs puts the rows out of step: the table ends there, no row of wrong cells
    rows = (
        "城区供热管网改造\n\n改造管网12公里\n\n县住建局\n\n已完成8公里。\n\n剩余4公里10月底前完成。\n\n"
        "农村公路提质工程\n\n改造公路60公里\n\n县交通运输局\n\n正常推进\n"
    )
    assert [task.text for task in parse_text(header + rows).all_tasks()] == ["城区供热管网改造"]
    # a blank form (a header, then 填报人：) has no rows
    assert parse_text(header + "填报人：\n\n联系电话：\n\n审核人：\n").all_tasks() == []


def test_leaders_padded_before_their_posts_and_a_joint_verb_in_a_heading() -> None:
    # 三、陈 立副县长主抓… · 四、刘  洋副县长、赵敏副县长共同主抓…: a name padded to three characters, and 共同
    # before the verb
    text = (
        "三、陈 立副县长主抓重点工作\n1.新建高标准农田3万亩。（责任单位：县农业农村局）\n"
        "四、刘  洋副县长、赵敏副县长共同主抓重点工作\n2.推进城乡供水一体化。（责任单位：县水利局）\n"
    )
    assert [[leader.name for leader in task.leaders] for task in parse_text(text).all_tasks()] == [
        ["陈立"],
        ["刘洋", "赵敏"],
    ]


def test_units_marked_as_leads_where_the_notice_says_so() -> None:
    # (标*的为牵头单位): a unit printed with * after it leads; with no such note the mark says nothing
    tasks = (
        "1.兑现惠企资金10亿元。（责任单位：区政府办公室*、区财政局）\n"
        "2.设立产业子基金3支。（责任单位：区财政局、区科技局★）\n"
    )
    stated = parse_text("一、稳定经济增长（标*的为牵头单位）\n" + tasks)
    # only the mark the legend names: ★ beside a legend of * says nothing
    assert roles("一、稳定经济增长（标*的为牵头单位）\n" + tasks) == [
        (1, ["区政府办公室"], ["区财政局"], []),
        (2, [], ["区财政局", "区科技局"], []),
    ]
    assert roles("一、稳定经济增长（标*、★的为牵头单位）\n" + tasks)[1] == (2, ["区科技局"], ["区财政局"], [])
    assert [convention.kind.value for convention in stated.conventions] == ["marked-leads"]
    unstated = [(1, [], ["区政府办公室", "区财政局"], []), (2, [], ["区财政局", "区科技局"], [])]
    assert roles("一、稳定经济增长\n" + tasks) == unstated


def test_a_bracket_a_hard_wrap_put_before_the_next_sentence() -> None:
    # …丁指标保持稳定。 / (市戊局牵头)戊指标减少5%。(市己局牵头): the bracket opening the line closes the sentence above
    text = (
        "二、责任主体\n(一)主要目标。\n1.主要指标的责任部门。\n"
        "甲指标控制在100万左右。(市甲委牵头)乙指标降低10%。(市丙委牵头)丁指标保持稳定。\n(市戊局牵头)戊指标减少5%。(市己局牵头)\n"
    )
    assert roles(text) == [
        (None, ["市甲委"], [], []),
        (None, ["市丙委"], [], []),
        (None, ["市戊局"], [], []),
        (None, ["市己局"], [], []),
    ]
    # a bracket of its own line, a name in brackets inside it, stays the bracket of the task above
    nested = "一、总体\n1.推进甲工作。\n（牵头单位：县自然资源局；责任单位：县发改局、开发区管委会（园区管委会））\n"
    assert roles(nested) == [(1, ["县自然资源局"], ["县发改局", "开发区管委会（园区管委会）"], [])]


def test_a_cited_document_in_a_cell_and_two_leaders_in_one_cell() -> None:
    # 任务来源 | 青政〔2022〕5号文件: a document the row cites is a cell, not the end of the table
    cells = ["序号", "重点工作", "牵头责任单位", "协同责任单位", "任务来源"]
    cells += ["1", "优化营商环境。", "市数据局", "市政府各部门", "青政〔2022〕5号文件"]
    cells += ["2", "深化国企改革。", "市国资委", "市财政局", "市政府工作报告"]
    table = "重点工作及责任清单\n\n" + "\n\n".join(cells) + "\n"
    assert roles(table) == [(1, ["市数据局"], [], ["市政府各部门"]), (2, ["市国资委"], [], ["市财政局"])]
    # 责任领导 | 林一平 / 陈明 (one a line) | 责任单位: the leader cell names two people, the units follow
    cells = ["目标任务", "责任领导", "责任单位", "1. 生产总值增长7%以上。", "林一平", "市发改委、市经信局"]
    cells += ["2. 财政收入与经济增长同步。", "林一平", "陈明", "市财政局、市税务局"]
    cells += ["3. 城乡居民收入增长8%。", "陈明", "市农业农村局"]
    leaders = "某市目标任务责任分解\n\n" + "\n\n".join(cells) + "\n"
    tasks = parse_text(leaders).all_tasks()
    units = [
        (1, [], ["市发改委", "市经信局"], []),
        (2, [], ["市财政局", "市税务局"], []),
        (3, [], ["市农业农村局"], []),
    ]
    assert roles(leaders) == units
    assert [[leader.name for leader in task.leaders] for task in tasks] == [["林一平"], ["林一平", "陈明"], ["陈明"]]


def test_a_sentence_after_the_items_naming_their_units() -> None:
    # 3项目标的责任单位均为X · 该目标责任单位为Y: a note after the items since the last such note, with a copula
    text = (
        "一、关于目标体系设置\n（一）发展目标。主要包括4项。\n1.地区生产总值增长9%;\n2.第三产业增加值达到500亿元;\n"
        "2项目标的责任单位均为市发展改革委。\n3.规模以上工业销售收入达到900亿元;\n该目标责任单位为市经委。\n"
        "4.外贸出口增长12%;\n该目标责任单位为市商务局。\n"
    )
    assert roles(text) == [
        (1, [], ["市发展改革委"], []),
        (2, [], ["市发展改革委"], []),
        (3, [], ["市经委"], []),
        (4, [], ["市商务局"], []),
    ]


def test_a_row_of_words_whose_unit_cell_lists_a_unit_a_line_before_the_rest_of_the_row() -> None:
    # 2 农业增加值增长4%。 区农业委 / 区林业局 / 区水务局 / 同比增长2%。: the units a line each, then the row's last
    # cell; the rows after it stay rows, and so does a section after the last such row
    text = (
        "2025年区政府工作目标任务推进情况汇总表\n序号 目标任务 责任单位 推进情况\n一、主要预期目标\n"
        "1 地区生产总值增长6%。 区发改委 同比增长3%。\n"
        "2 农业增加值增长4%。 区农业委\n区林业局\n区水务局\n同比增长2%。\n"
        "3 工业增加值增长5%。 区经信委\n区科技局\n同比增长1%。\n二、重点工作\n4 推进科技创新。 区科技局 正常推进。\n"
    )
    assert roles(text) == [
        (1, [], ["区发改委"], []),
        (2, [], ["区农业委", "区林业局", "区水务局"], []),
        (3, [], ["区经信委", "区科技局"], []),
        (4, [], ["区科技局"], []),
    ]


def test_a_role_bracket_inside_a_table_s_task_cell_above_its_progress_lines() -> None:
    # 工作内容 | 完成情况 with …。(牵头单位:X) / ①… / ②… a cell a line: the bracket inside the task cell gives the lead
    cells = ["序号", "工作内容", "完成情况", "1", "建设滨湖绿道。(牵头单位:市园林局)", "①一期完成60%。"]
    cells += ["②照明完成招标。"]
    cells += ["2", "推进老旧小区改造。(牵头单位:市住建局)", "①已开工12个。"]
    table = "重点工作完成情况\n\n" + "\n\n".join(cells) + "\n"
    assert roles(table) == [(1, ["市园林局"], [], []), (2, ["市住建局"], [], [])]


def test_a_labelled_list_whose_helpers_follow_in_a_clause_of_their_own() -> None:
    # 责任单位：县住建局，县财政局配合: the first clause keeps the label's role, the second co-operates; so in a note
    # after the items (3项目标的责任单位均为市农委，市水利局协助) and with a full-width mark of a legend (＊)
    text = (
        "一、总体\n1.推进甲。\n责任单位：县农委，县水利局、县统计局协助\n"
        "2.推进乙。（责任单位：县住建局，县财政局配合）\n"
    )
    assert roles(text) == [(1, [], ["县农委"], ["县水利局", "县统计局"]), (2, [], ["县住建局"], ["县财政局"])]
    note = "一、目标\n（一）农业\n1.粮食稳产;\n2.农民增收;\n2项目标的责任单位均为市农委，市水利局协助。\n"
    assert roles(note) == [(1, [], ["市农委"], ["市水利局"]), (2, [], ["市农委"], ["市水利局"])]
    legend = "一、稳定增长（标*的为牵头单位）\n1.推进甲工作。（责任单位：县财政局、县乡村振兴局＊）\n"
    assert roles(legend) == [(1, ["县乡村振兴局"], ["县财政局"], [])]


def test_fifth_review_cases_the_new_rules_leave_alone() -> None:
    # 该项工作… speaks of the task above it only, 2项目标… of the last two
    text = (
        "一、发展目标\n1.城镇登记失业率控制在4%以内;\n2.地区生产总值增长7%;\n3.固定资产投资增长10%;\n"
        "4.社会消费品零售总额增长8%;\n2项目标的责任单位均为市商务局。\n"
        "5.一般公共预算收入增长5%;\n该目标责任单位为市财政局。\n"
    )
    assert roles(text) == [
        (1, [], [], []),
        (2, [], [], []),
        (3, [], ["市商务局"], []),
        (4, [], ["市商务局"], []),
        (5, [], ["市财政局"], []),
    ]
    # a sentence of the closing citing a document is no cell of the table above it
    cells = ["序号", "重点工作", "牵头责任单位", "协同责任单位", "1", "优化营商环境。", "市数据局", "市政府各部门"]
    closing = "按照青政办发〔2024〕3号文件要求，各单位每季度报送进展。\n\n青禾市人民政府办公室\n\n2024年3月1日\n"
    listed = "重点工作责任清单\n\n" + "\n\n".join(cells) + "\n\n" + closing
    notice = parse_text(listed)
    assert roles(listed) == [(1, ["市数据局"], [], ["市政府各部门"])]
    assert notice.meta.date == "2024-03-01"
    # a bracket opening a line inside a sentence the line above began is no bracket of a sentence of its own
    wrapped = (
        "一、重点任务\n1.建立农村公路养护资金保障机制，养护所需资金\n（县财政局负责）纳入年度预算。\n"
        "2.新建道路12公里。（县交通局牵头）\n"
    )
    assert [task.number for task in parse_text(wrapped).all_tasks()] == [1, 2]
    assert not [d for d in parse_text(wrapped).diagnostics if d.code == "LP302"]
    # a name apart from its post by a space; a rate or the people who take part are no helpers
    heading = "一、张明 副县长主抓的重点工作\n1.推进县城扩容提质。（责任单位：县住建局）\n"
    assert [leader.name for leader in parse_text(heading).all_tasks()[0].leaders] == ["张明"]
    rates = (
        "任务分工\n一、任务分工\n1.县人社局负责开展职业技能培训，各乡镇参与率达到90%以上。\n"
        "2.县公安局负责开展反诈宣传，各村群众参与答题。\n"
    )
    assert roles(rates) == [(1, ["县人社局"], [], []), (2, ["县公安局"], [], [])]


def test_a_leader_cell_of_two_names_a_line_each_in_a_numbered_table() -> None:
    # 序号 / 目标任务 / 责任领导 / 责任单位, cells apart by blank lines, a leader cell 黄某明 / 苏某琴 on two lines
    cells = ["序号", "目标任务", "责任领导", "责任单位", "1", "地区生产总值增长8.5%左右", "黄某明", "市发展改革委"]
    cells += ["2", "一般公共预算收入增长9%", "黄某明\n苏某琴", "市财政局、市地税局"]
    table = "某市目标任务分解表\n\n" + "\n\n".join(cells) + "\n"
    tasks = parse_text(table).all_tasks()
    assert [(task.text, [leader.name for leader in task.leaders]) for task in tasks] == [
        ("地区生产总值增长8.5%左右", ["黄某明"]),
        ("一般公共预算收入增长9%", ["黄某明", "苏某琴"]),
    ]


def test_a_dash_marking_an_empty_cell_stays_in_its_column() -> None:
    # 协同责任单位 | — : the dash fills the cell it stands in, so the cells after it keep their columns
    cells = ["序号", "重点工作", "牵头责任单位", "协同责任单位", "任务来源"]
    cells += ["1", "推进甲项改革。", "市财政局", "—", "西政〔2022〕18号文件"]
    cells += ["2", "推进乙项改革。", "市商务局", "市统计局", "市政府工作报告"]
    table = "某市重点工作责任清单\n" + "\n".join(cells) + "\n"
    assert roles(table) == [(1, ["市财政局"], [], []), (2, ["市商务局"], [], ["市统计局"])]


def leaders(text: str) -> list[list[str]]:
    return [[leader.name for leader in task.leaders] for task in parse_text(text).all_tasks()]


def test_a_heading_that_names_only_a_post_gives_the_post_as_leader() -> None:
    """常务副市长牵头的重点工作: the post is the leader (常务 is no person, though 常 is a surname); a heading
    naming a person keeps the person, and one naming a unit makes it the lead."""
    text = (
        "一、常务副市长牵头的重点工作\n（一）推进甲项工作。（责任单位：市国资委）\n"
        "二、分管副市长负责的重点工作\n（一）推进乙项工作。（责任单位：市农业农村局）\n"
        "三、市长牵头的重点工作\n（一）推进丙项工作。（责任单位：市人社局）\n"
        "四、常务副市长王立新牵头的重点工作\n（一）推进丁项工作。（责任单位：市政务公开办）\n"
        "五、市政府办公室牵头的重点工作\n（一）推进戊项工作。（责任单位：市督查室）\n"
    )
    assert leaders(text) == [["常务副市长"], ["分管副市长"], ["市长"], ["王立新"], []]
    assert roles(text)[4] == (1, ["市政府办公室"], ["市督查室"], [])
    # a post inside a title that is no owner's heading: no leader
    assert leaders("一、落实市长热线反映的问题\n（一）推进甲项工作。（责任单位：市信访局）\n") == [[]]


def test_a_marked_leads_legend_with_the_reference_mark_whose_others_cooperate() -> None:
    """带※的为牵头单位，其他为配合单位: ※ marks the lead and is no part of the name; the units left unmarked
    co-operate, in a list marking none too. Without the second clause they stay responsible."""
    legend = "（带※的为牵头单位，其他为配合单位）\n"
    body = (
        "一、扩大有效投资\n1.推进甲项工作。（责任单位：县财政局、县发改局※、县金融中心）\n"
        "2.推进乙项工作。（责任单位：县交通局※、县住建局※、县自然资源局）\n"
        "3.推进丙项工作。（责任单位：县农业农村局、县卫健局）\n"
        "4.推进丁项工作。（牵头单位：县水利局；责任单位：县财政局※）\n"
    )
    assert roles(legend + body) == [
        (1, ["县发改局"], [], ["县财政局", "县金融中心"]),
        (2, ["县交通局", "县住建局"], [], ["县自然资源局"]),
        (3, [], [], ["县农业农村局", "县卫健局"]),
        (4, ["县水利局"], ["县财政局"], []),  # a lead of its own: the mark does not override it
    ]
    assert roles("（带※的为牵头单位）\n" + body)[:3] == [
        (1, ["县发改局"], ["县财政局", "县金融中心"], []),
        (2, ["县交通局", "县住建局"], ["县自然资源局"], []),
        (3, [], ["县农业农村局", "县卫健局"], []),
    ]


def test_a_target_naming_its_own_units_in_a_clause_and_counted_notes_that_pass_it_by() -> None:
    """…增长11%以上，该目标责任单位为市发改委。: the target's own units, also in the notice's first part with no
    plan title over it; a counted note after it (以上2项目标…) speaks of the targets that name none."""
    text = (
        "河州市人民政府\n关于下达主要目标任务的通知\n\n各县（区）人民政府，市政府各部门：\n"
        "　　现将主要目标任务及责任单位下达如下：\n\n"
        "一、经济发展目标\n"
        "　　1.全市生产总值增长11%以上，力争达到12%，该目标责任单位为市发改委。\n"
        "　　2.规模以上工业增加值增长15%以上；\n"
        "　　3.社会消费品零售总额增长17%以上，该目标责任单位为市商务局，市统计局配合。\n"
        "　　4.金融机构各项贷款余额新增180亿元以上。\n"
        "　　以上2项目标的责任单位为市财政局、市金融办。\n"
        "二、社会发展目标\n"
        "　　5.城镇新增就业3.2万人，该项工作的牵头单位为市人社局。\n"
        "　　6.新增参保人数8万人，其中该目标的一半由县区完成。\n"
    )
    assert roles(text) == [
        (1, [], ["市发改委"], []),
        (2, [], ["市财政局", "市金融办"], []),
        (3, [], ["市商务局"], ["市统计局"]),
        (4, [], ["市财政局", "市金融办"], []),
        (5, ["市人社局"], [], []),
        (6, [], [], []),  # 该目标 not opening a clause of roles: no units
    ]


def test_numbered_title_lines_over_target_lines_each_closed_by_its_bracket() -> None:
    """1. 约束性指标的责任部门 (a title, no stop) over lines each closed by its own bracket: the title is a topic and
    each line a task of its own; a 1. line over one such line is the task, its sentence going on below."""
    text = (
        "一、责任主体及工作分工\n（一）约束性指标\n"
        "1. 约束性指标的责任部门\n单位产值能耗降低15%左右。（省甲委牵头）\n完成湿地保有量指标。（省乙厅牵头）\n"
        "2. 建立约束性指标公报制度\n每年公布湿地保有量情况。（省乙厅、统计局负责）\n"
        "每年公布水质达标情况。（省丙厅、丁委按职责分工负责）\n"
        "3. 建立约束性指标考核制度\n将约束性指标纳入各地综合评价。（省戊厅配合省委有关部门落实）\n"
    )
    notice = parse_text(text)
    assert [(task.number, task.topic) for task in notice.all_tasks()][:4] == [
        (None, "1. 约束性指标的责任部门"),
        (None, "1. 约束性指标的责任部门"),
        (None, "2. 建立约束性指标公报制度"),
        (None, "2. 建立约束性指标公报制度"),
    ]
    assert notice.all_tasks()[4].text.startswith("建立约束性指标考核制度")
    assert notice.all_tasks()[4].topic is None  # a sibling of the titles, not under the one above it
    assert roles(text) == [
        (None, ["省甲委"], [], []),
        (None, ["省乙厅"], [], []),
        (None, ["省乙厅", "统计局"], [], []),
        (None, [], [], ["省丙厅", "丁委"]),
        (3, ["省委有关部门"], [], ["省戊厅"]),
    ]
    # a 1. line whose sentence a hard wrap breaks (…， at its end) is no title
    wrapped = "一、总体任务\n1. 推进甲项工作，\n确保年内完成。（省甲委牵头）\n加快乙项工作。（省乙厅牵头）\n"
    assert [task.number for task in parse_text(wrapped).all_tasks()][:1] == [1]


def test_a_bracket_of_units_working_with_others_and_no_verb_of_ours() -> None:
    """（甲会同乙落实）: 甲 leads, 乙 co-operates; （乙配合甲落实）: 甲 leads, 乙 co-operates. A clause that is no
    unit list on either side stays no role."""
    text = (
        "一、总体任务\n1.推进甲项工作。（省甲委会同省乙厅落实）\n2.推进乙项工作。（省人事厅配合省委有关部门落实）\n"
        "3.推进丙项工作。（省丙局会同省丁局、省戊局共同推进）\n"
    )
    assert roles(text) == [
        (1, ["省甲委"], [], ["省乙厅"]),
        (2, ["省委有关部门"], [], ["省人事厅"]),
        (3, ["省丙局"], [], ["省丁局", "省戊局"]),
    ]
    assert roles("一、总体任务\n1.推进甲项工作。（积极配合上级部门做好落实）\n")[0][1:] == ([], [], [])


def test_a_table_whose_rows_open_with_a_numbered_task_cell_and_a_unit_list_printed_as_two_cells() -> None:
    """主要工作任务 / 牵头单位 / 责任单位 with no 序号 column, cells apart by blank lines: the task cell's number opens
    each row, so a unit past the last column (区工信局 / 各街道办事处) is more of that list, and the rows after it
    keep in step."""
    header = "主要工作任务\n\n牵头单位\n\n责任单位\n\n一、加快构建现代化产业体系\n\n"
    rows = [
        ("1.推进片区产业升级。", "区发改局", "区工信局、区商务局"),
        ("2.培育新兴产业。", "区发改局", "区工信局\n\n各街道办事处"),
        ("3.谋划未来产业。", "区科技局", "各街道办事处"),
        ("4.建设大学科技园。", "区教育局", "区财政局\n\n区投促局\n\n各街道办事处"),
    ]
    text = header + "".join("\n\n".join(row) + "\n\n" for row in rows) + "各单位要按时报送进展情况。\n"
    assert roles(text) == [
        (1, ["区发改局"], ["区工信局", "区商务局"], []),
        (2, ["区发改局"], ["区工信局", "各街道办事处"], []),
        (3, ["区科技局"], ["各街道办事处"], []),
        (4, ["区教育局"], ["区财政局", "区投促局", "各街道办事处"], []),
    ]
    assert parse_text(text).closing is not None


def test_numbered_measures_under_a_bare_measures_label_belong_to_the_problem() -> None:
    """（一）…问题 / 整改措施： / 1.… / 2.… / 责任单位：…: the numbered lines are the label's list, items of the
    problem, which is the task; a problem with its one measure on the label's line is a task the same way.
    Numbered lines under a bare label that no labelled line follows stay tasks."""
    text = (
        "一、财政预算管理方面\n"
        "（一）结转资金未及时清理问题\n整改目标：年内全面清理。\n整改措施：\n1.对结转资金进行全面摸底；\n"
        "2.对连续两年未使用的资金一律收回。\n责任领导：程立文\n责任单位：市财政局、市直各预算单位\n整改时限：2025年8月底前\n"
        "（二）非税收入未及时缴库问题\n整改措施：对应缴未缴的非税收入限期缴库。\n责任单位：市财政局、市税务局\n"
        "整改时限：立行立改\n"
    )
    notice = parse_text(text)
    assert roles(text) == [(1, [], ["市财政局", "市直各预算单位"], []), (2, [], ["市财政局", "市税务局"], [])]
    assert [len(task.items) for task in notice.all_tasks()] == [2, 0]
    assert notice.all_tasks()[0].text == "结转资金未及时清理问题"
    plain = "一、重点任务\n整改措施：\n1.推进甲项工作。（牵头单位：县发改局）\n2.推进乙项工作。（牵头单位：县财政局）\n"
    assert roles(plain) == [(1, ["县发改局"], [], []), (2, ["县财政局"], [], [])]


def test_a_labelled_note_after_the_tasks_it_speaks_of_with_marked_leads() -> None:
    """以上任务责任单位：市工信局*、市发改委 under 1. and 2.: a note on the tasks above (since the last note), not the
    last task's field; under a legend 标*的为牵头单位 its marked unit leads them, without one it is only cleaned."""
    body = (
        "一、推动制造业高质量发展\n1.实施甲行动；\n2.新认定企业40家以上。\n以上任务责任单位：市工信局*、市发改委\n"
        "3.举办消费季。（责任单位：市商务局）\n4.培育夜间经济集聚区。\n以上任务责任单位：市文旅局、市商务局*\n"
    )
    assert roles("（标*的为牵头单位）\n" + body) == [
        (1, ["市工信局"], ["市发改委"], []),
        (2, ["市工信局"], ["市发改委"], []),
        (3, [], ["市商务局"], []),  # its own units: the note does not speak of it
        (4, ["市商务局"], ["市文旅局"], []),
    ]
    assert roles(body)[:2] == [(1, [], ["市工信局", "市发改委"], []), (2, [], ["市工信局", "市发改委"], [])]


def test_progress_cells_over_several_lines_across_a_page_footer_and_at_the_table_s_end() -> None:
    """序号 / 工作任务 / 牵头单位 / 责任单位 / 进展情况 a cell a line: a progress cell over lines (已… / 正在…) before a
    page's footer (— 3 —) and the next row's number stays its row's, and so do such lines under the last row;
    a closing paragraph after a blank line is no more of it."""
    header = "序号\n工作任务\n牵头单位\n责任单位\n进展情况\n一、产业发展\n"
    rows = (
        "1\n实施强链补链工程。\n市工信局\n市发改委\n已完成图谱编制。\n正在组织项目申报。\n\n   — 3 —\n\n"
        "2\n新开工产业项目60个。\n市发改委\n各县人民政府\n已集中开工项目21个。\n"
        "3\n培育专精特新企业5家。\n市工信局\n市科技局\n已下发实施方案。\n正在组织企业申报。\n已完成初审。\n\n"
        "各单位要按月报送进展情况。\n"
    )
    notice = parse_text(header + rows)
    assert roles(header + rows) == [
        (1, ["市工信局"], ["市发改委"], []),
        (2, ["市发改委"], ["各县人民政府"], []),
        (3, ["市工信局"], ["市科技局"], []),
    ]
    assert [[note.text for note in task.notes] for task in notice.all_tasks()] == [
        ["已完成图谱编制", "正在组织项目申报"],
        ["已集中开工项目21个"],
        ["已下发实施方案", "正在组织企业申报", "已完成初审"],
    ]
    assert notice.closing is not None
    assert "按月报送" in notice.closing.text


def test_a_two_column_table_of_tasks_and_their_units_with_no_numbers() -> None:
    """重点工作任务 / 责任单位 over task and unit cells, no 序号 and nothing else: a table of unnumbered tasks (two
    header lines over cells that do not fit them are no table, and a card of labels over values stays a card)."""
    rows = "加快地区生产总值增长，全年增长7%。\n\n区发改局、区统计局\n\n确保财政收入稳定增长。\n\n区财政局\n"
    assert roles("附件\n\n青禾区目标任务分解表\n\n重 点 工 作 任 务\n\n责任单位\n\n" + rows) == [
        (None, [], ["区发改局", "区统计局"], []),
        (None, [], ["区财政局"], []),
    ]
    assert roles("重点工作任务\n\n牵头单位\n\n" + rows)[1] == (None, ["区财政局"], [], [])
    # the cells under the two names do not fit them: no table, so no tasks
    assert roles("工作任务\n\n责任单位\n\n区发改局\n\n加快地区生产总值增长，全年增长7%。\n") == []
    card = "具体任务\n推进甲项工作。\n责任单位\n区发改局\n具体任务\n推进乙项工作。\n责任单位\n区财政局\n"
    assert roles(card) == [(None, [], ["区发改局"], []), (None, [], ["区财政局"], [])]


def test_a_host_and_helpers_line_under_each_task() -> None:
    """主办单位:X,协办单位:Y on a line of its own under a task: the host leads and the helpers co-operate, as in a
    bracket; a site footer's 主办单位：… 承办单位：… (no helpers) stays page text."""
    text = (
        "一、城乡环境提升工程\n(1)改造老旧小区。改造东门片区老旧小区3个。\n主办单位:县城投公司,协办单位:住建局、城关镇。\n"
        "(2)建设滨河公园。\n主办单位:住建局、县建发公司,协办单位:水利局。\n"
    )
    assert roles(text) == [(1, ["县城投公司"], [], ["住建局", "城关镇"]), (2, ["住建局", "县建发公司"], [], ["水利局"])]
    footer = (
        "一、重点任务\n1.推进甲项工作。（牵头单位：县发改局）\n\n"
        "主办单位：青禾县人民政府办公室 承办单位：青禾县大数据中心\n"
    )
    notice = parse_text(footer)
    assert roles(footer) == [(1, ["县发改局"], [], [])]
    assert "主办单位" not in notice.all_tasks()[0].text


def test_a_note_s_units_pass_by_a_task_naming_its_own_but_its_deadline_does_not() -> None:
    """以上任务责任单位：X after tasks: a task with its own 牵头/配合 keeps its whole list (the note adds no
    responsible units to it) and still takes the note's leader; 此项任务由X牵头，Y配合 is a target's own clause."""
    text = (
        "一、重点任务\n1.推进甲项工作；\n2.推进乙项工作。（牵头单位：市住建局；配合单位：市城管局）\n3.推进丙项工作。\n"
        "以上任务责任单位：市自然资源局、各区人民政府\n"
        "二、目标\n4.外贸进出口增长5%，此项任务由市商务局牵头，市统计局配合。\n5.实际利用外资增长3%。\n"
        "以上1项目标的责任单位为市投促局。\n"
    )
    assert roles(text) == [
        (1, [], ["市自然资源局", "各区人民政府"], []),
        (2, ["市住建局"], [], ["市城管局"]),
        (3, [], ["市自然资源局", "各区人民政府"], []),
        (4, ["市商务局"], [], ["市统计局"]),
        (5, [], ["市投促局"], []),
    ]
    led = (
        "一、重点任务\n1.推进甲项工作。（牵头单位：市住建局）\n2.推进乙项工作。\n"
        "（以上任务责任单位：市城管局；责任领导：王立新）\n"
    )
    assert roles(led) == [(1, ["市住建局"], [], []), (2, [], ["市城管局"], [])]
    assert leaders(led) == [["王立新"], ["王立新"]]


def test_a_task_s_sentence_opening_with_a_lead_working_with_helpers() -> None:
    """1.县市场监管局会同县卫健局开展…: the first units lead, those after 会同 co-operate (in a plan whose tasks open
    with their units)."""
    text = (
        "一、重点任务\n1.县应急管理局负责尾矿库的隐患排查。\n2.县市场监管局会同县卫健局、县教育局开展校园食品安全行动。\n"
        "3.加快推进会同有关方面开展的前期工作。\n"
    )
    assert roles(text) == [
        (1, ["县应急管理局"], [], []),
        (2, ["县市场监管局"], [], ["县卫健局", "县教育局"]),
        (3, [], [], []),
    ]


def test_a_progress_cell_whose_sentence_a_wrap_carries_to_the_next_line_under_the_last_row() -> None:
    """正在推进第二批建设， / 预计9月底前投入运营。 under the last row: the second line finishes the progress cell's
    sentence, so it is the cell's too, and the closing and the signature after it are no row."""
    text = (
        "序号\n工作任务\n责任单位\n完成时限\n工作进展\n"
        "1\n新建社区食堂30个。\n市民政局\n2024年12月底前\n已建成11个。\n正在推进第二批建设，\n预计9月底前投入运营。\n\n"
        "各责任单位要确保按时完成。\n\n青禾市人民政府办公室\n2024年7月8日\n"
    )
    notice = parse_text(text)
    assert roles(text) == [(1, [], ["市民政局"], [])]
    assert notice.meta.date == "2024-07-08"


def test_a_leader_cell_naming_two_people_apart_by_a_space() -> None:
    """李 明 赵一平 · 林一平 陈明 in a table's leader cell: two leaders (the first perhaps padded), so the row's
    other cells keep their columns; a padded name alone (刘 宁) is one leader."""
    header = "序号 |\n重点任务 |\n分管区领导 |\n责任单位 |\n进展情况 |\n"
    rows = (
        "1 |\n稳定粮食播种面积。 |\n李 明 赵一平 |\n区自然资源局 区农业农村局 |\n完成小麦收获5万亩。 |\n"
        "2 |\n拓宽村集体增收路径。 |\n林一平 陈明 |\n区农业农村局 |\n已有80个村达到目标。 |\n"
        "3 |\n推进产业园建设。 |\n刘 宁 |\n区发改局 |\n规划已完成。 |\n"
    )
    assert leaders(header + rows) == [["李明", "赵一平"], ["林一平", "陈明"], ["刘宁"]]
    assert roles(header + rows)[0] == (1, [], ["区自然资源局", "区农业农村局"], [])


def test_a_goal_table_headed_main_targets() -> None:
    """主要目标 / 主要责任单位 / 责任单位 (a 发展规划 目标责任分解书): the targets are the tasks, 主要责任单位 leads."""
    text = (
        "主要目标\n\n主要责任单位\n\n责任单位\n\n"
        "1.老年人精神文化生活更加丰富。\n\n省文旅厅\n\n省体育局\n\n"
        "2.老年人合法权益得到有效保障。\n\n省司法厅\n\n省公安厅\n\n"
    )
    assert roles(text) == [(1, ["省文旅厅"], ["省体育局"], []), (2, ["省司法厅"], ["省公安厅"], [])]


def test_sixth_review_cases_the_new_rules_leave_alone() -> None:
    """The review of the rules above (review 16): each case a rule first misread, now read as a reader would."""
    # a bare 整改措施： over measures that each name their own units: they are tasks, not one label's list
    measures = (
        "一、巡察反馈问题整改\n（一）项目资金拨付滞后问题\n整改措施：\n1.全面清理在建项目资金拨付情况。\n责任单位：县财政局\n"
        "2.建立资金拨付定期通报制度。\n责任单位：县财政局、县审计局\n"
    )
    assert roles(measures) == [(1, [], ["县财政局"], []), (2, [], ["县财政局", "县审计局"], [])]
    # 该目标… speaks of the target above it, which names only its helpers; a count passes by no such target
    targets = (
        "一、经济发展目标\n1.全市生产总值增长8%以上。\n该目标责任单位为市发改委。\n2.一般公共预算收入增长6%。\n"
        "3.规模以上工业增加值增长9%以上。（市统计局配合）\n该目标责任单位为市工信局。\n"
        "二、社会发展目标\n4.城镇新增就业3万人。\n5.城镇登记失业率控制在4%以内。（市统计局配合）\n"
        "以上2项目标的责任单位为市人社局。\n"
    )
    assert roles(targets) == [
        (1, [], ["市发改委"], []),
        (2, [], [], []),
        (3, [], ["市工信局"], ["市统计局"]),
        (4, [], ["市人社局"], []),
        (5, [], ["市人社局"], ["市统计局"]),
    ]
    # the office that signs under a table whose task cells are numbered is the signature, not a unit of the last row
    table = (
        "主要工作任务\n\n牵头单位\n\n责任单位\n\n1.推进片区产业升级。\n\n区发改局\n\n区工信局\n\n"
        "2.培育新兴产业。\n\n区发改局\n\n区工信局\n\n青禾区人民政府办公室\n\n2025年3月1日\n"
    )
    assert roles(table)[-1] == (2, ["区发改局"], ["区工信局"], [])
    assert parse_text(table).meta.date == "2025-03-01"
    # a full-width legend says the others co-operate as its ASCII twin does; a list naming its own helpers under a
    # label, and a list of one unit, keep their 责任单位
    legend = "（标＊的为牵头单位，其他为配合单位）\n"
    body = (
        "一、扩大有效投资\n1.推进甲项工作。（责任单位：县发改局*、县财政局、县金融中心）\n"
        "2.推进乙项工作。（责任单位：县交通局、县住建局；配合单位：县自然资源局）\n3.推进丙项工作。（责任单位：各乡镇人民政府）\n"
    )
    assert roles(legend + body) == [
        (1, ["县发改局"], [], ["县财政局", "县金融中心"]),
        (2, [], ["县交通局", "县住建局"], ["县自然资源局"]),
        (3, [], ["各乡镇人民政府"], []),
    ]
    # the legend's wording varies: 注：※为牵头单位 · 未标※的为配合单位
    for legend in ("注：※为牵头单位，其他为配合单位。\n", "（标※的为牵头单位，未标※的为配合单位）\n"):
        listed = "一、扩大有效投资\n1.推进甲项工作。（责任单位：县财政局、县发改局※、县金融中心）\n"
        assert roles(legend + listed) == [(1, ["县发改局"], [], ["县财政局", "县金融中心"])]
    # a post with the body it sits in is the leader whole; a title naming a post but no owner's part gives none
    headings = (
        "一、市委书记牵头的重点工作\n（一）推进甲项工作。（责任单位：市国资委）\n"
        "二、区政府副区长牵头的重点工作\n（一）推进乙项工作。（责任单位：区人社局）\n"
        "三、市长重点工作督办机制\n（一）推进丙项工作。（责任单位：市督查室）\n"
        "四、主任联系企业工作\n（一）推进丁项工作。（责任单位：县工信局）\n"
    )
    assert leaders(headings) == [["市委书记"], ["区政府副区长"], [], []]
    # joint clauses with the work said at more length
    joint = (
        "一、总体任务\n1.推进甲项工作。（县发改局会同县财政局组织实施）\n"
        "2.推进乙项工作。（县人社局配合县委组织部做好相关工作）\n"
    )
    assert roles(joint) == [(1, ["县发改局"], [], ["县财政局"]), (2, ["县委组织部"], [], ["县人社局"])]


def test_a_path_given_to_parse_text_or_parse_bytes_is_recorded_as_a_string() -> None:
    """parse_text(text, Path(...)) records the path as a string, as parse_file does, so every export can write it;
    a path of another type is a TypeError at once."""
    from lishan_plan import parse_bytes, to_jsonl

    text = "一、总体任务\n1.推进甲项工作。（牵头单位：县发改局）\n"
    notice = parse_text(text, Path("notes/甲.txt"))
    assert notice.source.path == "notes/甲.txt"
    assert all(finding.file == "notes/甲.txt" for finding in notice.diagnostics)
    assert '"notice":"notes/甲.txt"' in to_jsonl(notice)
    assert parse_bytes(text.encode(), Path("甲.txt")).source.path == "甲.txt"
    with pytest.raises(TypeError, match=r"parse_text\(\) needs a path"):
        parse_text(text, 3)  # type: ignore[arg-type]


def test_leaders_named_in_a_bracket_after_a_phrase() -> None:
    """责任领导：按《市委工作要点》分工（张一平、李二河） · 由分管副市长（赵四海）负责: the people in the bracket
    are the leaders; a name glossed with its post (魏振国（副市长）) is the name, as before."""
    text = (
        "一、推动产业升级\n1.推进会展中心建设。\n责任领导：按《市委工作要点》分工（张一平、李二河）；责任单位：会展办\n"
        "2.推进物流园建设。\n责任领导：由分管副市长（赵四海）负责；责任单位：交通局\n"
        "3.加大招商引资力度。\n责任领导：魏振国（副市长）；责任单位：外贸局\n"
    )
    assert leaders(text) == [["张一平", "李二河"], ["赵四海"], ["魏振国"]]


def test_hard_wrapped_targets_running_on_each_closed_by_its_bracket() -> None:
    """1.保持经济平稳较快增长。 over a hard-wrapped paragraph of targets, each closed by its bracket mid-line, a
    bracket split between two lines: each target is a task of its own, unnumbered, with its own units."""
    text = (
        "（一）经济发展目标。\n\n1.保持经济平稳较快增长。\n\n"
        "全省生产总值年均增长10%，人均生产总值比2005年翻一番。\n（省发展改革委牵头）地方财政一般预算收入年均增长12%。（省财政厅\n"
        "牵头，省地税局配合）城镇居民人均可支配收入年均增长8%。（省统计局牵头）\n\n"
        "2.优化经济结构。\n\n高新技术产业增加值比重达到20%。（省科技厅牵\n头，省经贸委配合）城镇化率达到48%。（省建设厅牵头）\n"
    )
    notice = parse_text(text)
    assert [task.text[:8] for task in notice.all_tasks()] == [
        "全省生产总值年均",
        "地方财政一般预算",
        "城镇居民人均可支",
        "高新技术产业增加",
        "城镇化率达到48",
    ]
    assert roles(text) == [
        (None, ["省发展改革委"], [], []),
        (None, ["省财政厅"], [], ["省地税局"]),
        (None, ["省统计局"], [], []),
        (None, ["省科技厅"], [], ["省经贸委"]),
        (None, ["省建设厅"], [], []),
    ]


def test_a_project_list_whose_header_names_more_figures_than_the_vocabulary_knows() -> None:
    """序号 | 项目名称 | 建设规模及内容 | 总投资 | 建设起止年限 | 2022年计划投资 | 责任单位: a header opening with the
    number column and naming the tasks and their units is a header, its other short names unknown or not; its
    rows are the tasks, their figures no row numbers."""
    text = (
        "序号 | 项目名称 | 建设规模及内容 | 总投资 | 建设起止年限 | 2022年计划投资 | 责任单位 |\n"
        "1 | 社区书屋提升工程 | 对全县40所社区书屋进行提升 | 900 | 2022 | 900 | 县文广局 |\n"
        "2 | 养老院助浴设施工程 | 东岭镇养老院等5个单位加装助浴设施 | 400 | 2022 | 400 | 县民政局 |\n"
    )
    assert roles(text) == [(1, [], ["县文广局"], []), (2, [], ["县民政局"], [])]
    assert [task.text for task in parse_text(text).all_tasks()] == ["社区书屋提升工程", "养老院助浴设施工程"]


def test_a_numbered_header_over_rows_a_copy_printed_without_their_numbers() -> None:
    """序号 / 重点工作任务 / 牵头领导 / 牵头单位 over rows that open with their task (the site dropped the number
    cells): the rows are read without the number column, two leaders a line each."""
    text = (
        "序号\n\n重 点 工 作 任 务\n\n牵头领导\n\n牵头单位\n\n"
        "甲湖新城要加快推进科创园建设，力争引进企业50家。\n\n张一平\n\n李二河\n\n甲湖新城管委会\n\n"
        "丙水新城要启动建设数字商贸城。\n\n赵四海\n\n丙水新城管委会\n"
    )
    assert roles(text) == [(None, ["甲湖新城管委会"], [], []), (None, ["丙水新城管委会"], [], [])]
    assert leaders(text) == [["张一平", "李二河"], ["赵四海"]]
    # a group row over numbered rows: the numbers are there, one row down
    grouped = (
        "序号\n\n重点工作任务\n\n牵头领导\n\n牵头单位\n\n强化科技创新支撑能力。\n\n"
        "1\n\n全力做好实验室筹建保障服务工作。\n\n王东\n\n市科技局\n\n2\n\n加快建设技术创新中心。\n\n王东\n\n市工信局\n"
    )
    assert roles(grouped) == [(1, ["市科技局"], [], []), (2, ["市工信局"], [], [])]


def test_a_planned_decision_time_column_is_the_deadline() -> None:
    """序号 | 重大行政决策事项名称 | 承办单位 | 拟决策时间: the planned time is the row's deadline (a list's own
    word for it)."""
    text = (
        "| 序号 | 重大行政决策事项名称 | 承办单位 | 拟决策时间 |\n"
        "| 1 | 区卫生健康事业发展规划 | 区卫生健康局 | 2021年10月 |\n"
        "| 2 | 全域旅游示范区规划 | 区文化和旅游局 | 2021年12月 |\n"
    )
    deadlines = [task.deadline.raw if task.deadline else None for task in parse_text(text).all_tasks()]
    assert deadlines == ["2021年10月", "2021年12月"]


def test_seventh_review_cases_the_later_rules_leave_alone() -> None:
    """Review 17: a name glossed with a place or a body is no phrase naming leaders in brackets; a bracket after
    another bracket, or before its own deadline or a short note, closes no target of its own."""
    glossed = (
        "一、重点任务\n1.推进甲项工作。\n责任领导：李明（高新区）；责任单位：市发改委\n"
        "2.推进乙项工作。\n责任领导：程岚（金融办）、孟庆和；责任单位：市财政局\n"
        "3.推进丙项工作。\n責任領導：按分工（張一平）；責任單位：市商務局\n"
    )
    names = leaders(glossed)
    assert "高新区" not in names[0]
    assert "孟庆和" in names[1]
    assert "金融办" not in names[1]
    assert names[2] == ["张一平"]
    doubled = (
        "（一）扩大有效投资。\n1.推进城东片区综合开发。\n全年完成投资5亿元，同步推进安置房建设，\n"
        "确保群众按期回迁（县住建局负责）。（县发改局牵头）\n2.实施老旧小区改造项目12个。\n惠及居民3000户。（县住建局牵头）\n"
    )
    assert [task.number for task in parse_text(doubled).all_tasks()] == [1, 2]
    dated = (
        "（一）扩大有效投资。\n　　推进城东片区综合开发，全年完成投资5亿元，完成征地\n"
        "1200亩。（县发改局牵头）2023年底前完成。\n"
        "　　实施老旧小区改造项目12个，惠及居民3000户，完成\n投资2亿元。（县住建局牵头）长期坚持。\n"
    )
    assert not any(task.text.startswith(("2023年底前", "长期坚持")) for task in parse_text(dated).all_tasks())


def test_a_subsection_paragraph_whose_title_runs_on_into_targets_each_closed_by_its_bracket() -> None:
    """（一）促进…发展。毫不动摇…（分管副省长负责，省国资委牵头）。鼓励…（省经信委负责）。…: a 部门分工意见's
    （一） run on with its targets: the first sentence is the subsection's title and each target a task of its
    own, also where the section's other （一） paragraph (cut by the excerpt) has no bracket and reads as a task."""
    text = (
        "一、全面落实改革开放目标任务\n"
        "（一）促进多种所有制经济共同发展。毫不动摇巩固和发展公有制经济，基本完成国企改革"
        "（分管副省长负责，省国资委牵头）。鼓励非公有制经济发展，制定具体办法（分管副省长负责，省经信委牵头，省发改委配合）。"
        "推进工商注册制度便利化（分管副省长负责，省工商局牵头）。\n"
        "（二）加快转变政府职能。深化投资体制改革\n"
    )
    notice = parse_text(text)
    assert [subsection.title for subsection in notice.sections[0].subsections][:1] == ["促进多种所有制经济共同发展。"]
    assert roles(text)[:3] == [
        (None, ["省国资委"], [], []),
        (None, ["省经信委"], [], ["省发改委"]),
        (None, ["省工商局"], [], []),
    ]
    assert leaders(text)[:3] == [["分管副省长"]] * 3
    # one bracket only: the （一） paragraph is the task, as before
    single = (
        "一、重点任务\n（一）推进甲项改革。完善甲制度，推进乙改革（市甲局牵头）。\n"
        "（二）推进乙项改革。完善丙制度（市乙局牵头）。\n"
    )
    assert [task.number for task in parse_text(single).all_tasks()] == [1, 2]


def test_a_tab_row_whose_multi_line_cell_lost_its_empty_cells_goes_on_below() -> None:
    # A goal's row, then its sub-targets printed without the tabs of their empty cells, then the next row.
    header = "序号\t主要目标\t具体指标\t责任单位\n"
    text = (
        header + "1\t农业提质\t农产品加工率达到70%。\t市农业局\n"
        "——高标准农田累计建成80万亩；\n——农业科技进步贡献率达到66%。\n"
        "2\t绿色转型\t单位能耗下降9%。\t市发改委\n"
        "注：指标为2027年目标。\n"
    )
    notice = parse_text(text)
    tasks = notice.all_tasks()
    assert [(task.number, task.text, [unit.name for unit in task.responsible_units]) for task in tasks] == [
        (1, "农业提质", ["市农业局"]),
        (2, "绿色转型", ["市发改委"]),
    ]
    assert "——高标准农田累计建成80万亩；" in "".join(note.text for note in tasks[0].notes)
    assert "注：指标为2027年目标。" not in "".join(note.text for task in tasks for note in task.notes)
    assert uncovered_lines(notice, text) == []
    # a topic heading between rows is no wrapped cell: the table ends above it
    heading = text.replace("——高标准农田累计建成80万亩；\n——农业科技进步贡献率达到66%。\n", "——推动绿色发展\n")
    assert "推动绿色发展" not in "".join(note.text for task in parse_text(heading).all_tasks() for note in task.notes)


def test_a_serial_number_merged_over_tasks_numbered_inside_their_cells() -> None:
    # One cell a line; 序号 1 covers two tasks numbered （1）（2） in their task cells, each with its own units.
    text = (
        "序号\n工作任务\n牵头单位\n责任单位\n一、压实责任\n"
        "1\n（1）修订责任清单。\n县应急局\n县安委会各成员单位\n（2）开展述职评议。\n县安委办\n各乡镇\n"
        "2\n（1）开展安全巡查。\n县安委办\n县应急局、县住建局\n（2）建立约谈制度。\n县应急局\n县督查室\n"
        "3\n完善预案体系。\n县应急局\n县水利局\n"
    )
    notice = parse_text(text)
    tasks = notice.all_tasks()
    assert [(task.id, task.label, task.number, task.text) for task in tasks] == [
        ("1.1.1", "（1）", 1, "修订责任清单。"),
        ("1.1.2", "（2）", 2, "开展述职评议。"),
        ("1.2.1", "（1）", 1, "开展安全巡查。"),
        ("1.2.2", "（2）", 2, "建立约谈制度。"),
        ("1.3", "3", 3, "完善预案体系。"),
    ]
    assert roles(text) == [
        (1, ["县应急局"], ["县安委会各成员单位"], []),
        (2, ["县安委办"], ["各乡镇"], []),
        (1, ["县安委办"], ["县应急局", "县住建局"], []),
        (2, ["县应急局"], ["县督查室"], []),
        (3, ["县应急局"], ["县水利局"], []),
    ]
    assert not [finding for finding in notice.diagnostics if finding.code.startswith("LP20")]
    assert uncovered_lines(notice, text) == []
    # a task cell that opens with （1） and no second one after its row is one task under its 序号
    single = text.replace("（2）开展述职评议。\n县安委办\n各乡镇\n", "")
    assert [task.id for task in parse_text(single).all_tasks()] == ["1.1", "1.2.1", "1.2.2", "1.3"]


@pytest.mark.parametrize(
    "rows",
    [
        "序号\t工作任务\t牵头单位\t责任单位\n1\t（1）修订责任清单。\t县应急局\t县安委会\n\t（2）开展述职评议。\t县安委办\t各乡镇\n"
        "2\t完善预案体系。\t县应急局\t县水利局\n",
        "| 序号 | 工作任务 | 牵头单位 | 责任单位 |\n|---|---|---|---|\n"
        "| 1 | （1）修订责任清单。 | 县应急局 | 县安委会 |\n"
        "| | （2）开展述职评议。 | 县安委办 | 各乡镇 |\n"
        "| 2 | 完善预案体系。 | 县应急局 | 县水利局 |\n",
    ],
)
def test_a_merged_serial_number_over_tasks_numbered_in_their_cells_in_tab_and_pipe_rows(rows: str) -> None:
    tasks = parse_text(rows).all_tasks()
    assert [(task.id, task.label, task.text) for task in tasks] == [
        ("1.1", "（1）", "修订责任清单。"),
        ("1.2", "（2）", "开展述职评议。"),
        ("2", "2", "完善预案体系。"),
    ]
    assert roles(rows) == [
        (1, ["县应急局"], ["县安委会"], []),
        (2, ["县安委办"], ["各乡镇"], []),
        (2, ["县应急局"], ["县水利局"], []),
    ]
    # a row with an empty 序号 cell whose text is no next in-cell number still goes on with the row above
    wrapped = rows.replace("（2）开展述职评议。", "并开展述职评议。")
    assert len(parse_text(wrapped).all_tasks()) == 2


def test_a_task_cell_numbered_in_brackets_in_a_table_without_a_serial_column() -> None:
    text = "工作任务\t牵头单位\n（1）推进甲项工作。\t县发改局\n（2）推进乙项工作。\t县财政局\n"
    tasks = parse_text(text).all_tasks()
    assert [(task.number, task.label, task.text) for task in tasks] == [
        (1, "（1）", "推进甲项工作。"),
        (2, "（2）", "推进乙项工作。"),
    ]


def test_an_unnumbered_table_a_cell_a_line_whose_rows_print_only_some_cells() -> None:
    # 项目 / 分值 / 目标任务 / 责任单位: the group's 项目 on its first row only, the unit cell merged over rows.
    text = (
        "项目\n分值\n目标任务\n责任单位\n"
        "经济发展\n8\n全县地区生产总值增长6.5%以上。\n县发改局、县统计局\n"
        "6\n固定资产投资增长8%以上。\n"
        "5\n新引进亿元以上产业项目18个。\n县招商中心\n"
        "社会民生\n6\n城镇新增就业5200人以上。\n县人社局\n"
        "4\n发放创业担保贷款1.2亿元。\n"
        "\n注：责任单位栏合并单元格所列单位对该组各项指标均负责。\n"
    )
    notice = parse_text(text)
    tasks = notice.all_tasks()
    assert [(task.number, task.text[:8], [unit.name for unit in task.responsible_units]) for task in tasks] == [
        (None, "全县地区生产总值", ["县发改局", "县统计局"]),
        (None, "固定资产投资增长", ["县发改局", "县统计局"]),
        (None, "新引进亿元以上产", ["县招商中心"]),
        (None, "城镇新增就业52", ["县人社局"]),
        (None, "发放创业担保贷款", ["县人社局"]),
    ]
    assert "注：责任单位栏" not in "".join(note.text for task in tasks for note in task.notes)
    assert uncovered_lines(notice, text) == []
    # a section row parts the rows; the first rows of a section take no unit from the section above
    row = "6\n城镇新增就业5200人以上。\n"
    parted = text.replace(f"社会民生\n{row}县人社局\n", f"二、社会民生\n{row}")
    notice = parse_text(parted)
    assert [section.title for section in notice.sections] == ["社会民生"]
    assert [[unit.name for unit in task.responsible_units] for task in notice.all_tasks()][3:] == [[], []]


def test_an_indicator_table_a_cell_a_line_with_no_serial_column_is_read_on_its_units() -> None:
    # 类别 / 指标名称 / 目标值 / 责任单位: short indicator names, targets that are not all figures, the 类别 on the
    # first row of its group only; each row is found by its unit cell.
    text = (
        "类别\n指标名称\n目标值\n责任单位\n"
        "经济发展\n地区生产总值增长\n6%左右\n市发改委\n固定资产投资增长\n6.5%\n市发改委、市统计局\n"
        "民生福祉\n城镇新增就业\n3.8万人\n市人社局\n居民收入增长\n与经济增长同步\n市统计局\n"
    )
    notice = parse_text(text)
    rows = [
        (task.text, task.topic, [unit.name for unit in task.responsible_units], [note.text for note in task.notes])
        for task in notice.all_tasks()
    ]
    assert rows == [
        ("地区生产总值增长", "经济发展", ["市发改委"], ["6%左右"]),
        ("固定资产投资增长", "经济发展", ["市发改委", "市统计局"], ["6.5%"]),
        ("城镇新增就业", "民生福祉", ["市人社局"], ["3.8万人"]),
        ("居民收入增长", "民生福祉", ["市统计局"], ["与经济增长同步"]),
    ]
    assert uncovered_lines(notice, text) == []
    # a column of goals (目标) beside one of indicators is the task column, as before
    goals = "序号\t目标\t指标\t责任单位\n1\t空气质量改善\t优良天数比率达到88%。\t市生态环境局\n"
    assert [task.text for task in parse_text(goals).all_tasks()] == ["空气质量改善"]


@pytest.mark.parametrize(
    ("listed", "units"),
    [
        ("各乡镇人民政府、街道办事处", ["各乡镇人民政府、街道办事处"]),  # 各 covers both: 街道办事处 alone names no one
        ("各镇政府、管委会、县财政局", ["各镇政府、管委会", "县财政局"]),
        ("各乡镇人民政府、各街道办事处", ["各乡镇人民政府", "各街道办事处"]),
        ("县住建局、街道办事处", ["县住建局", "街道办事处"]),
        ("各乡镇人民政府、县直各部门", ["各乡镇人民政府", "县直各部门"]),
    ],
)
def test_a_placeless_kind_of_body_after_a_collective_is_one_more_member_of_it(listed: str, units: list[str]) -> None:
    text = f"一、总体任务\n1.推进某项工作。\n责任单位：{listed}\n"
    assert roles(text) == [(1, [], units, [])]


def test_a_post_said_once_before_the_first_of_several_leaders_named_in_a_bracket() -> None:
    text = "一、任务\n1.推进某项工作（副县长邓某某、韩某某负责，县农业农村局牵头，县财政局配合）。\n"
    task = parse_text(text).all_tasks()[0]
    assert [leader.name for leader in task.leaders] == ["邓某某", "韩某某"]
    assert roles(text) == [(1, ["县农业农村局"], [], ["县财政局"])]
    # a unit after the post-holder keeps the list one of units
    units = text.replace("韩某某负责", "县财政局负责")
    assert parse_text(units).all_tasks()[0].leaders == []


@pytest.mark.parametrize(("key", "issuer"), [("发布机构", None), ("发文机关", "某市农业农村局")])
def test_a_pages_publisher_is_no_issuer_but_its_issuing_organ_is(key: str, issuer: str | None) -> None:
    # 发布机构 is the office that put the page up; only a signature (or the page's 发文机关) names the signer
    text = f"{key}: 某市农业农村局\n一、重点任务\n1.推进某项工作。\n牵头单位：市农业农村局\n"
    assert parse_text(text).meta.issuer == issuer


def test_a_row_of_words_whose_lead_cell_lists_a_unit_a_line_before_its_other_cells() -> None:
    # Columns apart by spaces; the lead cell's second unit wraps onto a line of its own, then the co-operating
    # cell (a list, closed by its stop) takes the line after it.
    text = (
        "序号 重点工作任务 主要责任单位 协同配合单位\n一、主要预期目标\n"
        "1 地区生产总值增长6%左右。 区发改委 区统计局,各镇人民政府。\n"
        "2 一般公共预算收入增长5%左右。 区财政局\n区税务局\n区政府有关部门,各镇人民政府。\n"
        "3 固定资产投资增长8%左右。 区发改委 区住建局、区交通局。\n"
    )
    assert roles(text) == [
        (1, ["区发改委"], [], ["区统计局", "各镇人民政府"]),
        (2, ["区财政局", "区税务局"], [], ["区政府有关部门", "各镇人民政府"]),
        (3, ["区发改委"], [], ["区住建局", "区交通局"]),
    ]


def test_records_numbered_before_their_task_label_and_a_page_cut_inside_the_last() -> None:
    text = (
        "全县为民办实事项目进展情况\n"
        "01 项目名称:整治城东河道\n项目内容:\n疏浚河道3公里。\n责任单位:\n水利局、城管局\n进展与成效:\n已完成设计。\n"
        "02\n项目名称:建设社区书屋\n项目内容:\n新建书屋2个。\n责任单位\n文旅局\n进展与成效:\n已选址。\n"
        "03 项目名称:改善农村供水\n项目内容:\n新建供水站3处。\n"
    )
    notice = parse_text(text)
    tasks = notice.all_tasks()
    assert [(task.number, task.text, [unit.name for unit in task.responsible_units]) for task in tasks] == [
        (1, "整治城东河道", ["水利局", "城管局"]),
        (2, "建设社区书屋", ["文旅局"]),
    ]
    assert "02" not in [note.text for note in tasks[0].notes]
    assert uncovered_lines(notice, text) == []


@pytest.mark.parametrize(
    ("listed", "units"),
    [
        ("东湖示范区、西山园区党工委和管委会", ["东湖示范区、西山园区党工委和管委会"]),  # the organs each zone has
        ("东湖示范区、西山园区管委会、县财政局", ["东湖示范区、西山园区管委会", "县财政局"]),
        ("东湖示范区管委会、西山园区管委会", ["东湖示范区管委会", "西山园区管委会"]),
        ("东湖示范区、县财政局", ["东湖示范区", "县财政局"]),
    ],
)
def test_zones_named_bare_before_one_naming_their_organs_share_them(listed: str, units: list[str]) -> None:
    text = f"一、总体任务\n1.推进某项工作。\n责任单位：{listed}\n"
    assert roles(text) == [(1, [], units, [])]


def test_a_rectifications_at_once_is_its_deadline_and_a_pages_share_and_scan_lines_are_chrome() -> None:
    text = (
        "一、重点任务\n1.推进某项工作。\n责任单位：县委办公室\n完成时限：立行立改\n"
        "2.推进另一项工作。\n责任单位：县政府办公室\n完成时限：立即整改\n"
        "扫一扫在手机上查看当前页面\n分享：\n"
    )
    notice = parse_text(text)
    assert [(task.deadline.raw, task.deadline.kind) for task in notice.all_tasks() if task.deadline] == [
        ("立行立改", "ongoing"),
        ("立即整改", "ongoing"),
    ]
    chrome = [noise.text for noise in notice.noise if noise.kind == "page-chrome"]
    assert chrome == ["扫一扫在手机上查看当前页面", "分享："]


def test_a_two_row_header_copied_a_cell_a_line_puts_the_unit_columns_under_their_group() -> None:
    # 序号 / 工作任务 / 责任单位 (merged over two columns) / 完成时限, then the second row: 牵头单位 / 配合单位.
    text = (
        "序号\n工作任务\n责任单位\n完成时限\n牵头单位\n配合单位\n"
        "1\n推进食品产业园扩能。\n县工信局\n县商务局、开发区管委会\n2024年12月底前\n"
        "2\n发展林下经济。\n县林业局\n县农业农村局\n2024年10月底前\n"
    )
    assert roles(text) == [(1, ["县工信局"], [], ["县商务局", "开发区管委会"]), (2, ["县林业局"], [], ["县农业农村局"])]
    assert [task.deadline.raw for task in parse_text(text).all_tasks() if task.deadline] == [
        "2024年12月底前",
        "2024年10月底前",
    ]


def test_a_pages_metadata_rows_in_a_markdown_table_of_their_own() -> None:
    text = (
        "| 索引号 | 000000000/2024-00041 |\n| 发文字号 | 某政办发〔2024〕11号 |\n\n"
        "一、重点任务\n| 序号 | 工作任务 | 牵头单位 |\n|---|---|---|\n| 1 | 推进某项工作。 | 市发改委 |\n"
    )
    notice = parse_text(text)
    assert notice.meta.doc_number == "某政办发〔2024〕11号"
    assert roles(text) == [(1, ["市发改委"], [], [])]


def test_a_tab_row_whose_empty_first_and_last_cells_left_only_their_tabs_keeps_its_columns() -> None:
    text = (
        "序号\t工作任务\t牵头单位\t责任单位\n1\t（1）修订责任清单；\t县应急局\t县安委会\n"
        "\t（2）开展述职评议。\t县安委办\t\n2\t完善预案体系。\t县应急局\t县水利局\n"
    )
    assert roles(text) == [
        (1, ["县应急局"], ["县安委会"], []),
        (2, ["县安委办"], [], []),
        (2, ["县应急局"], ["县水利局"], []),
    ]


def _laid_out(rows: list[list[str]], starts: list[int], width: Callable[[str], int]) -> str:
    """Rows of cells padded with spaces so each cell starts at its column, counted in `width`."""
    lines = []
    for cells in rows:
        line = ""
        for start, cell in zip(starts, cells, strict=True):
            if cell:
                line += " " * max(start - width(line), 2 if line else 0) + cell
        lines.append(line.rstrip())
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("width", [len, display_width], ids=["characters", "display-width"])
def test_a_text_layer_table_whose_cells_wrap_under_their_columns(width: Callable[[str], int]) -> None:
    # A PDF's text layer copied as it stands on the page: each cell wraps on the lines below, under the column it
    # began in, whether the copy lines the columns up by characters or by display width. The wrapped pieces go on
    # with the row's cells, joined without a separator (区自然 / 资源局 is one name), never rows of their own.
    starts = [0, 6, 24, 34, 46] if width is len else [0, 8, 40, 58, 80]
    rows = [
        ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "实施重点项目20个，年", "某区发展改革", "某区财政局、某区自", "2025年12月"],
        ["", "度完成投资8亿元。", "局", "然资源局", "底前"],
        ["2", "新增就业岗位900个。", "某区人社局", "某区总工会", "全年"],
        ["3", "改造老旧管网12公里，", "某区住建局", "", "2025年10月"],
        ["", "实现动态清零。", "", "", "底前"],
    ]
    text = "一、重点任务\n" + _laid_out(rows, starts, width)
    tasks = parse_text(text).all_tasks()
    assert roles(text) == [
        (1, ["某区发展改革局"], [], ["某区财政局", "某区自然资源局"]),
        (2, ["某区人社局"], [], ["某区总工会"]),
        (3, ["某区住建局"], [], []),
    ]
    assert [task.text for task in tasks] == [
        "实施重点项目20个，年度完成投资8亿元。",
        "新增就业岗位900个。",
        "改造老旧管网12公里，实现动态清零。",
    ]
    deadlines = [task.deadline.raw if task.deadline else None for task in tasks]
    assert deadlines == ["2025年12月底前", "全年", "2025年10月底前"]


def test_the_last_row_of_a_cell_a_line_table_keeps_a_cell_that_took_one_line_more() -> None:
    # One cell a line: a row's measures take a line each, so the last row has a line more than the columns. Rows
    # above end at the next number; the last one goes on to the table's end when its line-for-each-column stops
    # short of the deadline its last column needs and the lines after it close on one (县乙局 / 长期坚持).
    table = (
        "序号\n存在问题\n整改措施\n责任单位\n整改时限\n"
        "1\n某项制度执行不严。\n1.开展专项检查。\n2.建立台账。\n县甲局\n2025年6月底前\n"
        "2\n某类资金监管不力。\n1.全面核查数据。\n2.追回违规资金。\n县乙局\n长期坚持\n"
    )
    tasks = parse_text("一、整改任务\n" + table + "\n注：整改完成后报送整改报告。\n").all_tasks()
    assert [(task.number, task.deadline.raw if task.deadline else None) for task in tasks] == [
        (1, "2025年6月底前"),
        (2, "长期坚持"),
    ]
    assert [unit.name for unit in tasks[1].responsible_units] == ["县乙局"]
    # The notice's signature straight under such a table is no cell of its last row, nor a row of its own.
    signed = parse_text("一、整改任务\n" + table + "某县人民政府办公室\n2025年3月1日\n")
    assert [unit.name for unit in signed.all_tasks()[-1].responsible_units] == ["县乙局"]
    assert len(signed.all_tasks()) == 2
    assert (signed.meta.issuer, str(signed.meta.date)) == ("某县人民政府办公室", "2025-03-01")
    whole = "序号\n存在问题\n整改措施\n责任单位\n整改时限\n1\n甲问题。\n开展检查。\n县甲局\n持续整改\n"
    signed = parse_text("一、整改任务\n" + whole + "某县人民政府办公室\n2025年3月1日\n")
    assert [(task.number, task.deadline.raw if task.deadline else None) for task in signed.all_tasks()] == [
        (1, "持续整改")
    ]


def test_attachments_listed_a_line_each_under_the_attachment_line_are_titles_not_tasks() -> None:
    # 附件：1.X then 2.Y and 3.Z a line each: the notice's attachments, listed; the plan's tasks come later. Numbered
    # lines after the list that carry units, or that break the count, are read as before.
    text = (
        "各乡镇人民政府：\n现将有关方案印发给你们，请认真贯彻执行。\n"
        "附件：1.某县2025年重点工作任务分解表\n2.某县2025年民生实事项目表\n3.某县重点项目清单\n\n"
        "某县人民政府\n2025年2月10日\n"
        "某县2025年重点工作任务分解表\n一、经济发展\n1.推进项目建设。（牵头单位：县发改局）\n"
        "2.优化营商环境。（牵头单位：县营商局）\n"
    )
    notice = parse_text(text)
    titles = ["1.某县2025年重点工作任务分解表", "2.某县2025年民生实事项目表", "3.某县重点项目清单"]
    assert notice.meta.attachments == titles
    assert roles(text) == [(1, ["县发改局"], [], []), (2, ["县营商局"], [], [])]


def test_a_notice_whose_copy_dropped_its_addressees_is_still_signed() -> None:
    # title / the notice's one sentence / the signing body / the date, with no 各…： line: the body above the date
    # signs the notice, the sentence is the notice's text, and the plan's own title follows. A date under a title
    # alone (a page's 成文日期) signs nothing.
    text = (
        "某县人民政府办公室关于印发某县2025年重点任务分工方案的通知\n某政办〔2025〕3号\n"
        "《某县2025年重点任务分工方案》已经县政府同意，现印发给你们，请认真贯彻落实。\n"
        "某县人民政府办公室\n2025年2月14日\n— — — 2 —\n某县2025年重点任务\n分工方案\n"
        "为推进重点工作落实，结合本县\n实际，制定本方案。\n一、经济发展\n1.推进项目建设。（牵头单位：县发改局）\n"
    )
    notice = parse_text(text)
    assert (notice.meta.issuer, str(notice.meta.date)) == ("某县人民政府办公室", "2025-02-14")
    assert notice.meta.title == "某县人民政府办公室关于印发某县2025年重点任务分工方案的通知"
    blocks = (notice.notice_text, notice.plan_title, notice.preamble)
    assert [block.text[:6] if block else None for block in blocks] == ["《某县202", "某县2025", "为推进重点工"]
    assert notice.plan_title is not None
    assert notice.plan_title.text == "某县2025年重点任务分工方案"
    assert [section.title for section in notice.sections] == ["经济发展"]
    dated = parse_text("某县2025年重点任务分工方案\n2025年2月14日\n一、经济发展\n1.推进项目建设。（县发改局牵头）\n")
    assert dated.meta.issuer is None


@pytest.mark.parametrize("width", [len, display_width], ids=["characters", "display-width"])
def test_a_text_layer_table_whose_header_is_centred_and_broken_over_two_lines(width: Callable[[str], int]) -> None:
    # The header's names stand centred over their columns, not where the cells begin, and two of them break onto
    # a second line (牵头 / 单位, 完成 / 时限). The rows show where the columns begin, in whichever measure the copy
    # keeps to; the broken names are joined to the names above them.
    starts = [0, 6, 24, 34, 46] if width is len else [0, 8, 40, 58, 80]
    header = [0, 10, 26, 36, 48] if width is len else [0, 16, 44, 62, 84]
    head = _laid_out([["序号", "工作任务", "牵头", "配合单位", "完成"], ["", "", "单位", "", "时限"]], header, width)
    rows = [
        ["1", "实施重点项目20个，年", "某区发展改革", "某区财政局、某区自", "2025年12月"],
        ["", "度完成投资8亿元。", "局", "然资源局", "底前"],
        ["2", "新增就业岗位900个。", "某区人社局", "某区总工会", "全年"],
    ]
    text = "一、重点任务\n" + head + _laid_out(rows, starts, width)
    assert roles(text) == [
        (1, ["某区发展改革局"], [], ["某区财政局", "某区自然资源局"]),
        (2, ["某区人社局"], [], ["某区总工会"]),
    ]
    tasks = parse_text(text).all_tasks()
    assert [task.deadline.raw if task.deadline else None for task in tasks] == ["2025年12月底前", "全年"]


def test_item_rows_of_a_text_layer_table_go_on_in_the_task_of_the_row_above() -> None:
    # 4. 推进重大项目建设： then （1）… / （2）… rows in the 序号 column that name no one, one with a date of its own:
    # items of row 4, kept in its task's text (with the date), never tasks without units. A （1） row that names its
    # own units is a row of its own.
    starts = [0, 8, 40, 58, 80]
    rows = [
        ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"],
        ["1.", "推进重大项目建设：", "某区发改局", "某区财政局", "2025年12月"],
        ["", "", "", "", "底前"],
        ["（1）", "甲项目竣工投产；", "", "", "2025年8月"],
        ["", "", "", "", "底前"],
        ["（2）", "乙项目开工建设。", "", "", ""],
        ["2.", "新增就业岗位900个。", "某区人社局", "某区总工会", "全年"],
        ["（1）", "开展技能培训。", "某区教育局", "", "全年"],
    ]
    text = "一、重点任务\n" + _laid_out(rows, starts, display_width)
    tasks = parse_text(text).all_tasks()
    assert [(task.number, task.text) for task in tasks[:2]] == [
        (1, "推进重大项目建设：\n（1） 甲项目竣工投产； 2025年8月底前\n（2） 乙项目开工建设。"),
        (2, "新增就业岗位900个。"),
    ]
    assert tasks[0].deadline is not None
    assert tasks[0].deadline.raw == "2025年12月底前"
    assert len(tasks) == 3
    assert [unit.name for unit in tasks[2].lead_units] == ["某区教育局"]


def test_a_unit_column_whose_cells_label_their_own_lists() -> None:
    # One 责任单位 column whose cells part their units by labels: verbs as labels (牵头：/配合：, as a role bracket
    # has them), whole labels (牵头单位：/配合单位：), or a label glued to the name before it where the copy lost the
    # cell's line break (…管委会配合：…), or kept it as the page source's <br>.
    text = (
        "| 序号 | 工作任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n"
        "| 1 | 推进甲项工作。 | 牵头：县甲局；配合：县乙局、各乡镇人民政府 | 全年 |\n"
        "| 2 | 推进乙项工作。 | 牵头单位：县丙局 配合单位：县丁局 | 全年 |\n"
        "| 3 | 推进丙项工作。 | 牵头：某开发区管委会配合：县戊局 | 全年 |\n"
        "| 4 | 推进丁项工作。 | 县己局、县庚局 | 全年 |\n"
        "| 5 | 推进戊项工作。 | 牵头：县辛局<br>配合：县壬局 | 全年 |\n"
    )
    assert roles("一、重点任务\n" + text) == [
        (1, ["县甲局"], [], ["县乙局", "各乡镇人民政府"]),
        (2, ["县丙局"], [], ["县丁局"]),
        (3, ["某开发区管委会"], [], ["县戊局"]),
        (4, [], ["县己局", "县庚局"], []),
        (5, ["县辛局"], [], ["县壬局"]),
    ]


def test_pipe_rows_under_merged_heading_columns() -> None:
    # 工作目标 | 工作内容 | 工作措施: the section and subsection in columns of their own, merged over their rows. A row
    # that lost the merged cells may pad its end with empty cells instead; its cells still stand in the last
    # columns. A task column that holds only a heading ((二)…) heads the task of the next one (3.…). A site that
    # masks a place's name (****局) keeps the asterisks in the name.
    text = (
        "| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |\n"
        "| 一、压实责任 | (一)健全体系 | 1.修订责任清单。 | ****应急局 | 2024年6月底前 |\n"
        "| 2.开展网格化管理。 | 各乡镇人民政府 | 2024年9月底前 | | |\n"
        "| (二)强化督办 | 3.建立挂牌督办制度。 | 县安委办、县**局 | 2024年12月底前 | |\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [task.id for task in tasks] == ["1.1.1", "1.1.2", "1.2.3"]
    assert roles(text) == [
        (1, [], ["****应急局"], []),
        (2, [], ["各乡镇人民政府"], []),
        (3, [], ["县安委办", "县**局"], []),
    ]
    assert [task.deadline.raw if task.deadline else None for task in tasks] == [
        "2024年6月底前",
        "2024年9月底前",
        "2024年12月底前",
    ]


def test_a_host_label_after_a_tasks_sentence_or_as_a_sentence_of_its_own() -> None:
    # 主办单位 names the unit that hosts the work after the task's sentence. On a line of its own it is also a site's
    # footer (with a stop or without) or an activity's organiser: not a role there.
    text = (
        "一、目标分解\n1.规模以上工业增加值增长11%。主办单位:市经信委、市统计局。\n"
        "2.单位生产总值能耗下降3.5%。主办单位:市发改委、市环保局。\n"
        "3.新增城镇就业4万人。（牵头单位：市人社局）\n主办单位：某市人民政府办公室。\n承办单位：某市信息中心。\n"
    )
    assert roles(text) == [
        (1, ["市经信委", "市统计局"], [], []),
        (2, ["市发改委", "市环保局"], [], []),
        (3, ["市人社局"], [], []),
    ]


def test_a_document_sites_page_chunks_are_not_tasks() -> None:
    # A document site's preview (《…》由会员分享…) prints the document in page chunks, each opening with its number
    # at a line's start: 1、 before the title, 2、 wherever a page ended, mid-sentence. The numbers are the
    # site's; the sentence a chunk broke goes on across it, also inside a bracket left open, and one before another
    # marker (3、（二）… · 5、4、…) is read without it. A task numbered 2、 after a finished sentence is a task.
    text = (
        "《某县实施方案.docx》由会员分享，可在线阅读，更多相关《某县实施方案.docx(8页珍藏版)》请在某某文库上搜索。\n"
        "1、某县促进消费实施方案\n一、丰富消费供给\n1、打造夜间消费街区，完善照明等配套设施。（县商务局）\n"
        "2、培育乡村旅游精品线路，支持民宿集群发展，推动农文旅融合，完善游客服务中\n2、心建设。（县文旅局）\n"
        "3、（二）办好节庆\n3、举办节庆活动。（牵头单位：县\n"
        "4、文旅局）\n5、4、组织演出。（县文旅局）\n"
    )
    notice = parse_text(text)
    tasks = notice.all_tasks()
    assert [(task.id, task.text) for task in tasks] == [
        ("1.1", "打造夜间消费街区，完善照明等配套设施。"),
        ("1.2", "培育乡村旅游精品线路，支持民宿集群发展，推动农文旅融合，完善游客服务中心建设。"),
        ("1.2.3", "举办节庆活动。"),
        ("1.2.4", "组织演出。"),
    ]
    assert [unit.name for unit in tasks[2].lead_units] == ["县文旅局"]
    assert notice.plan_title is not None
    assert notice.plan_title.text == "某县促进消费实施方案"
    assert [noise.kind.value for noise in notice.noise] == ["page-chrome"]
    # Tasks whose lines end without a stop, with their units, stay tasks; so does a first 1、 task where the site
    # numbered no chunk over the title, and a task that mentions an upload is no preview.
    preview = "《某县实施方案.docx》由会员分享，可在线阅读，更多相关《某县实施方案.docx》请在某某文库上搜索。\n"
    plain = "一、重点任务\n1、打造夜间消费街区，责任单位：县商务局\n2、培育乡村旅游线路，责任单位：县文旅局\n"
    for variant in (preview + "1、某县促进消费实施方案\n" + plain, preview + "某县促进消费实施方案\n" + plain):
        assert [task.number for task in parse_text(variant).all_tasks()] == [1, 2]
    uploaded = "一、数字政府\n1.建设平台，材料由用户上传后审核。（县数据局）\n2.推进电子证照应用。（县政务中心）\n"
    assert [task.number for task in parse_text(uploaded).all_tasks()] == [1, 2]


def test_a_text_layer_cell_merged_over_two_rows_straddles_the_line_between_them() -> None:
    # A text layer prints a cell merged over two rows at their middle: its text may straddle the line between them
    # (某区发展改 / 革局 · 2025年12月 / 底前). Both rows are the merged cell's; each takes its whole text. A whole
    # name in the lower row is that row's own.
    starts = [0, 8, 40, 58, 80]
    rows = [
        ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "实施重点项目20个。", "", "某区财政局", "全年"],
        ["", "", "某区发展改", "", ""],
        ["2", "谋划储备专项债项目。", "革局", "某区财政局", "2025年12月"],
        ["3", "新增就业岗位900个。", "某区人社局", "某区总工会", "底前"],
        ["4", "开展技能培训。", "某区人社局", "某区教育局", "全年"],
    ]
    text = "一、重点任务\n" + _laid_out(rows, starts, display_width)
    assert roles(text) == [
        (1, ["某区发展改革局"], [], ["某区财政局"]),
        (2, ["某区发展改革局"], [], ["某区财政局"]),
        (3, ["某区人社局"], [], ["某区总工会"]),
        (4, ["某区人社局"], [], ["某区教育局"]),
    ]
    tasks = parse_text(text).all_tasks()
    deadlines = [task.deadline.raw if task.deadline else None for task in tasks]
    assert deadlines == ["全年", "2025年12月底前", "2025年12月底前", "全年"]


def test_a_role_and_body_label_glued_to_a_leaders_name_and_a_cooperating_leader() -> None:
    # 牵头领导：X副局长责任股室：… — a label of a role word and a kind of body opens its field glued to the leader's
    # name or post before it; 配合领导 names a leader as 牵头领导 does.
    text = (
        "一、重点整治任务\n（一）建筑工地整治。做到工完场清。牵头领导:韦明远副局长责任股室:建管股、质安站\n"
        "（二）背街小巷整治。开展集中修补。牵头领导:葛川平责任股室:村镇股\n"
        "二、配合工作\n（一）配合县城管局做好摊点治理。\n配合领导:邵云海\n配合股室:园林所\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [[leader.name for leader in task.leaders] for task in tasks] == [["韦明远"], ["葛川平"], ["邵云海"]]
    assert roles(text) == [(1, [], ["建管股", "质安站"], []), (2, [], ["村镇股"], []), (1, [], [], ["园林所"])]


def test_a_title_that_prints_its_document_number_in_brackets_after_it() -> None:
    # …的通知(某府〔2023〕17号) on one line: the title and the document number. The page's own 时间：/来源： lines
    # under it are its chrome, not the start of the recipients.
    text = (
        "某市人民政府关于印发某市支持企业发展若干措施的通知(某府〔2023〕17号)\n时间: 2023-06-12\n来源: 某市人民政府\n"
        "各县(市、区)人民政府，市政府各部门：\n现将措施印发给你们，请认真贯彻执行。\n某市人民政府\n2023年6月5日\n"
        "一、减轻企业负担\n1.降低用电成本。（牵头单位：市发改委）\n"
    )
    notice = parse_text(text)
    assert notice.meta.doc_number == "某府〔2023〕17号"
    assert notice.meta.title == "某市人民政府关于印发某市支持企业发展若干措施的通知"
    assert notice.meta.recipients == ["各县(市、区)人民政府", "市政府各部门"]
    assert [noise.text for noise in notice.noise] == ["时间: 2023-06-12", "来源: 某市人民政府"]


def test_a_text_layer_row_with_a_stray_double_space_leaves_the_headers_columns() -> None:
    # The first row that fills every column would show where the cells begin; one whose cell holds a stray double
    # space (县甲局、  县乙局) only seems full. The lines below keep to the header's columns, which stay.
    starts = [0, 8, 40, 58, 80]
    rows = [
        ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "推进甲项工作。", "县甲局、  县乙局", "", "2025年底"],
        ["2", "推进乙项工作。", "县丙局", "县财政局、县自", "全年"],
        ["", "", "", "然资源局", ""],
        ["3", "推进丙项工作。", "县戊局", "县庚局", "全年"],
    ]
    text = "一、重点任务\n" + _laid_out(rows, starts, display_width)
    assert [row[0] for row in roles(text)] == [1, 2, 3]
    assert roles(text)[1:] == [(2, ["县丙局"], [], ["县财政局", "县自然资源局"]), (3, ["县戊局"], [], ["县庚局"])]


def test_a_pipe_row_printed_as_its_task_cell_alone_takes_the_merged_cells_above() -> None:
    # 工作任务 | 具体要求 | 责任部门 |: a row whose section and unit cells are merged with the row above's is printed
    # as its task cell alone with the bar that ends it (2.整理… |); it is a row of the table, with the units above.
    text = (
        "工作任务 | 具体要求 | 责任部门 |\n"
        "一、做好信息公开。 | 1.按季度更新开放目录。 | 办公室牵头,利用股配合 |\n"
        "2.整理历年统计数据并择要公开。 |\n"
        "二、做好收费公开。 | 3.公开收费项目和标准。 | 财务股 |\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(task.id, task.text) for task in tasks] == [
        ("1.1", "按季度更新开放目录。"),
        ("1.2", "整理历年统计数据并择要公开。"),
        ("2.3", "公开收费项目和标准。"),
    ]
    assert roles(text) == [(1, ["办公室"], [], ["利用股"]), (2, ["办公室"], [], ["利用股"]), (3, [], ["财务股"], [])]


def test_a_bar_ended_cell_table_whose_numbers_the_header_does_not_name() -> None:
    # 工作任务 | / 具体要求 | / 责任科室 | / 时限要求 |, then rows of a topic, a number the header names no column for,
    # the requirement, the unit and the deadline, a cell a line each ending in its bar.
    header = "工作任务 |\n具体要求 |\n责任科室 |\n时限要求 |\n"
    rows = (
        "规范档案公开 |\n1 |\n按季度更新开放目录。 |\n办公室 |\n持续推进 |\n"
        "做好收费公开 |\n2 |\n公开收费项目。 |\n财务股 |\n年底前 |\n"
    )
    tasks = parse_text(header + rows).all_tasks()
    assert [(task.number, task.text, task.topic) for task in tasks] == [
        (1, "按季度更新开放目录。", "规范档案公开"),
        (2, "公开收费项目。", "做好收费公开"),
    ]
    assert [[unit.name for unit in task.responsible_units] for task in tasks] == [["办公室"], ["财务股"]]


def test_a_bar_ended_cell_table_with_a_blank_last_column_and_bars_on_the_next_line() -> None:
    # 时限要求 | then || : a last column the header leaves unnamed, whose cell each row prints as a bare |; a cell
    # whose bar the copy put on the line below (办公室、利用股 / |); a topic column whose topics stand as headings
    # ((一)…) over rows that hold their numbers there.
    text = (
        "工作任务 |\n具体要求 |\n责任科室 |\n时限要求 |\n||\n"
        "(一)规范档案公开 |\n1 |\n按季度更新开放目录。 |\n办公室、利用股\n|\n持续推进 |\n|\n"
        "2 |\n公开收费项目。 |\n财务股 |\n年底前 |\n|\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(task.id, task.text) for task in tasks] == [("1.1", "按季度更新开放目录。"), ("1.2", "公开收费项目。")]
    assert [[unit.name for unit in task.responsible_units] for task in tasks] == [["办公室", "利用股"], ["财务股"]]
    assert [task.deadline.raw if task.deadline else None for task in tasks] == ["持续推进", "年底前"]


def test_a_document_sites_text_that_lost_its_line_breaks_with_nothing_in_their_place() -> None:
    # A document site's copy with every line break gone and no space left for it: headings, labels and the site's
    # page footer glued to the words before them. The line is read a piece per lost line where its headings run in
    # sequence beside a marker of another kind; a heading that lost its numeral, glued after the last task's units
    # (…责任股室:环卫股加强宣传引导(一)…), is cut off where the last name ends.
    text = (
        "下载后可任意编辑城镇环境整治方案局属各单位:为做好本年整治工作,现制定实施方案:开展专项整治工作"
        "(一)农贸市场周边整治农贸市场:清理占道经营,规范停车秩序。牵头领导:周立新副局长责任股室:市场股、执法队"
        "(二)背街小巷整治背街小巷:修补破损路面,补齐路灯照明。牵头领导:吴文海副局长责任股室:城建股、环卫站"
        "(三)河道沿岸整治河道沿岸:清理垃圾杂物,第 1 页共 3 页下载后可任意编辑"
        "做好岸坡绿化。牵头领导:郑明副局长责任股室:环卫股加强宣传引导"
        "(一)开展入户宣传发放倡议书,动员居民参与。配合领导:周立新副局长配合股室:宣教股"
        "(二)组织志愿服务招募志愿者,开展清洁家园活动。配合领导:吴文海副局长配合股室:团委办下载后可任意编辑"
        "巩固整治成效(一)建立长效机制定期开展督查,巩固整治成果。牵头领导:郑明副局长责任股室:督查股"
    )
    notice = parse_text(text)
    tasks = notice.all_tasks()
    assert [task.text[:4] for task in tasks] == ["农贸市场", "背街小巷", "河道沿岸", "开展入户", "组织志愿", "建立长效"]
    assert tasks[2].text.endswith("清理垃圾杂物,做好岸坡绿化。")
    assert [[unit.name for unit in task.responsible_units] for task in tasks[:3]] == [
        ["市场股", "执法队"],
        ["城建股", "环卫站"],
        ["环卫股"],
    ]
    assert [[unit.name for unit in task.cooperating_units] for task in tasks[3:5]] == [["宣教股"], ["团委办"]]
    leaders = [[leader.name for leader in task.leaders] for task in tasks]
    assert leaders == [["周立新"], ["吴文海"], ["郑明"], ["周立新"], ["吴文海"], ["郑明"]]
    assert {task.topic for task in tasks[3:5]} == {"加强宣传引导"}
    assert tasks[5].topic == "巩固整治成效"  # cut off the units above it, across the site's watermark
    noise = sorted(noise.text for noise in notice.noise)
    assert noise == ["下载后可任意编辑", "下载后可任意编辑", "下载后可任意编辑", "第 1 页共 3 页"]


def test_glued_headings_after_a_stop_and_their_role_brackets() -> None:
    # …制定本方案。一、…(一)…。(X、Y,列第一位的为牵头单位)(二)…: a section and its subsections glued after the preamble.
    text = (
        "某市促进消费若干措施实施方案\n为激发消费活力,结合本市实际,制定本方案。一、丰富消费供给(一)打造夜间街区。"
        "支持改造提升夜间消费街区,完善照明配套设施。(市商务局、市住建局,列第一位的为牵头单位,下同)"
        "(二)培育旅游线路。推出一批乡村旅游精品线路。(市文旅局、市农业农村局)\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(task.id, task.text[:6]) for task in tasks] == [("1.1", "打造夜间街区"), ("1.2", "培育旅游线路")]
    assert [[unit.name for unit in task.lead_units] for task in tasks] == [["市商务局"], ["市文旅局"]]


@pytest.mark.parametrize(
    "line",
    [
        # one kind of marker only: a paragraph that lists (一)(二)(三) inline
        "一、总体要求\n1.落实责任。按照规定分三类推进:(一)城区道路,由住建部门组织实施;(二)乡村道路,由交通部门组织实施;"
        "(三)景区道路,由文旅部门组织实施,各部门要加强协作,确保按期完成全部道路提升改造任务。(县住建局)\n",
        # markers inside a role bracket never cut
        "一、总体要求\n1.完善道路照明设施,补齐城区路灯短板,推进老旧小区照明改造,提升夜间通行安全水平和群众满意度。"
        "(牵头单位:县住建局;责任单位:县交通局、县供电公司;配合单位:各镇(一)街道办)\n",
    ],
)
def test_a_line_with_markers_of_one_kind_or_inside_brackets_is_not_glued(line: str) -> None:
    tasks = parse_text(line).all_tasks()
    assert [task.number for task in tasks] == [1]
    assert tasks[0].text.startswith(line.split("\n")[1][2:12])


def test_a_bracket_before_a_comma_closes_a_clause_only_before_another_bracket() -> None:
    # …（县林业局牵头），建设…（县农经站牵头）。: each clause its bracket's;
    # …（县园区管委会牵头），确保年底前完工。: the sentence goes on after the bracket, never cut there; the clause
    # is a task of its bracket's, the sentence's last words its text.
    text = (
        "一、加快产业升级\n"
        "（一）壮大特色农业。扩大茶叶种植面积（县林业局牵头），建设一批家庭农场（县农经站牵头，县财政局配合）。"
        "推进冷链物流建设（县商务局牵头）。\n"
        "（二）提升工业园区。加快园区道路建设（县园区管委会牵头），确保年底前完工。\n"
        "（三）优化政务服务。推行帮办代办（县政务服务中心牵头）。\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [task.text for task in tasks] == [
        "扩大茶叶种植面积",
        "建设一批家庭农场",
        "推进冷链物流建设",
        "加快园区道路建设，确保年底前完工。",
        "推行帮办代办",
    ]
    assert roles(text)[:2] == [(None, ["县林业局"], [], []), (None, ["县农经站"], [], ["县财政局"])]
    assert roles(text)[3] == (None, ["县园区管委会"], [], [])
    assert parse_text(text).sections[0].subsections[1].notes == []


def test_a_first_listed_note_that_names_the_role_of_the_rest() -> None:
    # 列第一位的为牵头部门，其他部门和单位按职责分工负责，下同: the rest of each list co-operate, and 其他部门和单位 or
    # 其他有关部门 (the rest, no unit of their own) never join a later task through the note.
    text = (
        "一、重点任务\n"
        "（一）推进创新。建设研发平台（县科技局、县发改局、县财政局等负责。列第一位的为牵头部门，其他部门和单位按职责分工负责，"
        "下同），培育科技企业（县科技局、县工信局负责）。推广应用成果（县科技局牵头。明确牵头部门的，其他有关部门配合，下同）。\n"
        "（二）扩大开放。办好招商活动（县商务局、县投促中心负责）。\n"
    )
    assert roles(text) == [
        (None, ["县科技局"], [], ["县发改局", "县财政局"]),
        (None, ["县科技局"], [], ["县工信局"]),
        (None, ["县科技局"], [], []),
        (None, ["县商务局"], [], ["县投促中心"]),
    ]


def test_a_unit_and_official_label_and_the_official_after_the_last_unit() -> None:
    # 责任单位及责任人：A、B主要领导。: the label lists bodies, and after the last the official of each who answers;
    # the bodies are the units (主要领导 · 主要负责人 · 负责同志 never part of a name).
    text = (
        "一、站点建设\n1.建成东城消防站。\n责任单位及责任人：东城区政府、市财政局主要领导。\n"
        "2.建成西城消防站。\n责任单位：西城区政府、市消防救援支队主要负责人\n"
        "3.改造南湖营房。\n牵头单位和责任人：南湖县政府负责同志\n"
    )
    assert roles(text) == [
        (1, [], ["东城区政府", "市财政局"], []),
        (2, [], ["西城区政府", "市消防救援支队"], []),
        (3, ["南湖县政府"], [], []),
    ]


def test_a_listed_attachment_whose_copy_is_left_out_is_no_task() -> None:
    # 附件：1.X； / 2.Y。（略）: the notice's list of attachments on a page that starts mid-notice; the plan follows.
    text = (
        "现将有关事项通知如下，请认真落实。\n附件：1.某县森林防火任务分解；\n2.重点项目资金估算表。（略）\n2025年4月2日\n"
        "附件1\n某县森林防火任务分解\n一、基础设施\n1.建成防火指挥中心。\n责任单位：县林业局\n"
        "2.改造瞭望塔。\n责任单位：各乡镇人民政府\n"
    )
    notice = parse_text(text)
    assert [task.text for task in notice.all_tasks()] == ["建成防火指挥中心。", "改造瞭望塔。"]


def test_a_bracket_that_opens_with_the_number_a_proposal_is_filed_under() -> None:
    # （第1021号。牵头单位：X；协办单位：Y，Z）: a 建议提案 督办 notice numbers each proposal before its fields.
    text = (
        "一、督办内容\n（一）代表建议\n1.关于完善公交线路的建议（第1021号。牵头单位：市交通局；协办单位：市财政局，北岸区政府）；\n"
        "2.关于扩建南溪中学的提案（第20230112号；牵头单位：市教育局；协办单位：南溪区政府）。\n"
    )
    assert roles(text) == [(1, ["市交通局"], [], ["市财政局", "北岸区政府"]), (2, ["市教育局"], [], ["南溪区政府"])]
    assert [note.text for task in parse_text(text).all_tasks() for note in task.notes] == ["第1021号", "第20230112号"]


def test_items_run_into_a_tasks_line_each_closed_by_its_own_units() -> None:
    # 1.标题。（1）…（X牵头负责）（2）…（Y负责）: the items carry the units, so they are the tasks, under the title;
    # a task whose line lists items inline with no bracket each stays one task.
    text = (
        "一、减少审批\n1.深化商事改革。（1）推行一网通办。压缩开办时间。（县市场监管局牵头负责）（2）完善电子登记。"
        "（县市场监管局、县数据局负责）（3）推进名称改革。（县市场监管局牵头，县税务局配合）\n"
        "2.推进审批提速。（1）推行区域评估。（县发改局牵头负责）（2）推行告知承诺。（县住建局牵头负责）\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(task.number, task.text) for task in tasks] == [
        (1, "推行一网通办。压缩开办时间。"),
        (2, "完善电子登记。"),
        (3, "推进名称改革。"),
        (1, "推行区域评估。"),
        (2, "推行告知承诺。"),
    ]
    assert roles(text)[2] == (3, ["县市场监管局"], [], ["县税务局"])
    assert [task.topic for task in tasks[2:4]] == ["1.深化商事改革。", "2.推进审批提速。"]
    inline = "一、减少审批\n1.推进审批提速。（1）压减材料；（2）压缩时限。（县乙局牵头）\n2.优化服务。（县甲局牵头）\n"
    inline_tasks = parse_text(inline).all_tasks()
    assert [task.text for task in inline_tasks] == ["推进审批提速。（1）压减材料；（2）压缩时限。", "优化服务。"]


def test_an_outline_of_headings_printed_on_one_line_is_not_a_glued_plan() -> None:
    # 【提纲】一、…。（一）…。1、…2、…: a page's outline of the plan's headings, entries short; the body follows.
    outline = (
        "【提纲】一、工作目标。（一）健全领导体系。1、完善议事协商机制。2、加强网格员队伍建设。（二）提升服务能力。"
        "3、推进服务站点改造。4、规范公共服务事项。（三）推动多方参与。5、培育社区社会组织。6、健全志愿服务激励机制。"
        "7、推进智慧社区建设。二、工作要求。\n"
    )
    body = (
        "一、工作目标\n（一）健全领导体系\n1.完善议事协商机制。每季度召开一次议事会。\n牵头单位：县民政局\n"
        "2.加强网格员队伍建设。每半年轮训一次。\n牵头单位：县委政法委\n"
    )
    notice = parse_text(outline + body)
    assert [(task.number, task.text[:6]) for task in notice.all_tasks()] == [(1, "完善议事协商"), (2, "加强网格员队")]


def test_a_law_databases_metadata_rows_whose_keys_are_glued_to_their_values() -> None:
    # 发文字号青政办〔2024〕7号 · 效力级别地方规范性文件: no colon or space after the key; rows, never a letterhead.
    text = (
        "发文机关某市人民政府\n发文日期2024年03月12日\n时效性现行有效\n发文字号某政办〔2024〕7号\n效力级别地方规范性文件\n"
        "各县区人民政府：\n现提出如下意见。\n一、强化管理\n1.规范用工合同。\n责任单位：市人社局\n"
    )
    notice = parse_text(text)
    assert notice.meta.doc_number == "某政办〔2024〕7号"
    assert notice.meta.letterhead is None
    assert notice.meta.issuer == "某市人民政府"
    assert [task.text for task in notice.all_tasks()] == ["规范用工合同。"]


def test_places_and_zones_that_share_the_kind_of_body_the_last_of_them_names() -> None:
    # 甲河市、兰州市、乙山州发展改革部门 (each place's department: one collective name, not two bare cities and a
    # department) · 青山经开区、白水园区管委会 · 高新区、经开区管委会 (zones sharing their organs) ·
    # 黄埔区、南沙区政府 (each district's government); 县发改局、南沙区政府 stays two.
    text = (
        "一、规划衔接\n1.做好重大规划衔接。\n责任单位：甲河市、兰州市、乙山州发展改革部门\n"
        "2.推进用工管理。（责任单位：市人社局，青山经开区、白水园区管委会）\n"
        "3.开展集中排查。（责任单位：高新区、经开区管委会）\n"
        "4.推进港区联动。（责任单位：黄埔区、南沙区政府）\n5.推进港区规划。（责任单位：县发改局、南沙区政府）\n"
    )
    assert [units for _, _, units, _ in roles(text)] == [
        ["甲河市、兰州市、乙山州发展改革部门"],
        ["市人社局", "青山经开区、白水园区管委会"],
        ["高新区、经开区管委会"],
        ["黄埔区、南沙区政府"],
        ["县发改局", "南沙区政府"],
    ]


def test_a_person_line_after_the_last_tasks_units_leaves_that_task_whole() -> None:
    # 联系人：…，电话：… under the last task's units: no paragraph the excerpt cut off, so the last 1. line stays a
    # task (not a title over its 工作成果 paragraph and a cut one).
    block = (
        "一、规划衔接\n1.做好规划衔接。\n工作成果：推动规划有序衔接。\n责任单位：某市发改委\n"
        "2.开展前期工作。\n工作成果：完成可研编制。\n责任单位：某市交通局\n"
    )
    for tail in ("联系人：王某，电话：12345678\n", "人：两市交通部门主要负责同志\n"):
        tasks = parse_text(block + tail).all_tasks()
        assert [(task.number, task.text[:7]) for task in tasks] == [(1, "做好规划衔接。"), (2, "开展前期工作。")]
    cut = parse_text(block + "推进").all_tasks()
    assert cut[-1].number is None  # a paragraph cut off at the end of an excerpt still counts


def test_a_notice_paragraph_that_runs_its_plans_headings_in_after_spaces() -> None:
    # …通知如下: 一、… (一)…。 1.…(…); 2.…(…)。 (二)…。 1.…: a line shorter than a collapsed page, headings apart by a
    # space or two from the sentence before them.
    text = (
        "某市人民政府办公厅关于印发重点督办建议的通知\n各区人民政府:\n"
        "为推动建议办理,现将督办事项通知如下: 一、督办内容和分工 (一)重点督办的代表建议。 "
        "1.关于完善公交线路的建议(牵头单位:市交通局;协办单位:市财政局); 2.关于建设湿地公园的建议(牵头单位:市林业局;"
        "协办单位:市水务局)。 (二)重点督办的政协提案。 1.关于扩建南溪中学的提案(牵头单位:市教育局;"
        "协办单位:南溪区政府)。\n"
        "二、工作要求\n各牵头单位要按时办复。\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(task.id, task.text[:6]) for task in tasks] == [
        ("1.1.1", "关于完善公交"),
        ("1.1.2", "关于建设湿地"),
        ("1.2.1", "关于扩建南溪"),
    ]


def test_a_plan_title_printed_twice_and_share_buttons_over_it_stay_out_of_it() -> None:
    # 政务微信 / 政务微博 / × / ×: a page's share buttons and their close marks, chrome; a title repeated after a blank
    # line (the page's title over the document's own heading) is one title, the repeat chrome too.
    plan = "\n一、目标体系\n1.推进甲项工作。（县甲局牵头）\n2.推进乙项工作。（县乙局牵头）\n"
    buttons = parse_text("政务微信\n政务微博\n×\n×\n某县人民政府关于推进新区建设的实施意见\n" + plan)
    assert buttons.plan_title is not None
    assert buttons.plan_title.text == "某县人民政府关于推进新区建设的实施意见"
    assert [noise.text for noise in buttons.noise] == ["政务微信", "政务微博", "×", "×"]
    twice = parse_text("2025年某县目标管理工作方案\n\n2025年某县目标管理工作方案\n" + plan)
    assert twice.plan_title is not None
    assert twice.plan_title.text == "2025年某县目标管理工作方案"
    assert [noise.kind.value for noise in twice.noise] == ["page-chrome"]


def test_glued_markers_with_no_stop_before_them_count_in_their_sequence() -> None:
    # …任务分工一、推动…1、推动…（县甲局牵头）。2、…县乙局二、改善… : a section after a title or a unit list, a task
    # after a heading's title, all glued; a word that ends with a numeral (“多证合一、一照一码”, 统一、) is no section.
    text = (
        "某县2024年重点任务分工一、推动产业升级1、推动化工园区扩区,推行“多证合一、一照一码”改革,全年引进项目5个以上"
        "(县工信局牵头,县发改局配合)。2、培育规模以上工业企业12家,统一、规范企业服务标准。牵头单位:县科技局责任单位:县乙局"
        "二、改善城乡面貌3、完成老城区雨污分流改造管网18公里(县住建局牵头)。4、推进控制性详细规划修编(县自然资源局负责)。\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(task.id, task.text[:6]) for task in tasks] == [
        ("1.1", "推动化工园区"),
        ("1.2", "培育规模以上"),
        ("2.3", "完成老城区雨"),
        ("2.4", "推进控制性详"),
    ]
    assert [unit.name for unit in tasks[1].responsible_units] == ["县乙局"]


def test_inline_points_after_a_colon_beside_labels_are_no_glued_headings() -> None:
    # 重点抓好以下工作：(一)…；(二)…。牵头单位：…: a task's sentence lists its points inline; the line stays one task.
    text = (
        "一、推进乡村振兴\n1.实施乡村建设行动，统筹推进农村人居环境整治和基础设施建设，重点抓好以下工作：(一)实施农村道路"
        "提升工程，新改建农村公路50公里，完成危桥改造12座；(二)实施农村供水保障工程，新建集中供水站3处。"
        "牵头单位：县农业农村局；配合单位：县交通运输局、县水利局。\n2.推进农业产业化。培育龙头企业5家。（县农业农村局牵头）\n"
    )
    assert roles(text) == [(1, ["县农业农村局"], [], ["县交通运输局", "县水利局"]), (2, ["县农业农村局"], [], [])]


def test_a_glued_plan_whose_entries_are_short_but_carry_labels_is_no_outline() -> None:
    # (一)…。牵头领导：…责任部门：…(二)…: short entries, but labelled units between them: a plan, not an outline.
    entry = "甲项整治工作，全面清理垃圾杂物。牵头领导：周立新副局长责任部门：建工科、安全站"
    entries = "".join(f"({n}){entry}" for n in "一二三四")
    text = "某县专项整治实施方案\n为推进工作，制定本方案。一、整治内容" + entries + "\n"
    tasks = parse_text(text).all_tasks()
    assert len(tasks) == 4
    assert {unit.name for task in tasks for unit in task.responsible_units} == {"建工科", "安全站"}


def test_the_officials_a_unit_and_official_label_lists_are_no_units() -> None:
    # 责任单位及责任人：市住建局，王建国 · 市发改委 李明华 · 牵头单位及责任人：市商务局（张志强）: a person, a note.
    text = (
        "一、扩大有效投资\n1.推进甲河片区更新。\n责任单位及责任人：市住建局，王建国\n"
        "2.推进乙山园区建设。\n责任单位及责任人：市发改委 李明华\n"
        "3.实施丙镇市场改造。\n牵头单位及责任人：市商务局（张志强）\n"
    )
    assert roles(text) == [(1, [], ["市住建局"], []), (2, [], ["市发改委"], []), (3, ["市商务局"], [], [])]
    notes = [[note.text for note in task.notes] for task in parse_text(text).all_tasks()]
    assert notes == [["王建国"], ["李明华"], ["张志强"]]


def test_a_case_numbers_bracket_whose_verb_label_names_no_body_is_no_units() -> None:
    text = "一、城市建设类\n1.关于完善乙山公园配套设施的提案（第12号，参与：全市志愿者5000人次）\n"
    assert roles(text) == [(1, [], [], [])]


def test_a_task_whose_items_each_close_with_their_own_units() -> None:
    # 2.标题。（1）…（X牵头负责）（2）…（Y负责） among tasks with their own brackets: the task is done by all of them.
    text = (
        "一、提升政务服务\n1.优化纳税服务。推行非接触式办税。（市税务局牵头）\n"
        "2.深化商事制度改革。（1）推行企业开办一网通办（市市场监管局牵头负责）（2）完善登记便利化措施（市政务服务中心负责）\n"
        "3.提升获得用水便利度。压减报装时间。（市水务局牵头）\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [task.number for task in tasks] == [1, 2, 3]
    assert [unit.name for unit in tasks[1].lead_units] == ["市市场监管局", "市政务服务中心"]
    assert len(tasks[1].items) == 2


def test_places_beside_offices_in_a_bare_bracket_are_units() -> None:
    # (省发展改革委、住房城乡建设厅、东港市、西岭市) · (…、沿江城市带6市等): the places' governments do the work too;
    # a bracket of places alone glosses the text before it.
    text = (
        "一、推进区域协调发展\n1、支持东港、西岭两个副中心城市建设(省发展改革委、住房城乡建设厅、东港市、西岭市)。\n"
        "2、推动沿江城市带联动发展(省发展改革委、交通运输厅、沿江城市带6市等)。\n"
        "3、支持两个副中心城市(东港市、西岭市)建设,完善城市功能(省住房城乡建设厅)。\n"
    )
    assert [units for _, _, units, _ in roles(text)] == [
        ["省发展改革委", "住房城乡建设厅", "东港市", "西岭市"],
        ["省发展改革委", "交通运输厅", "沿江城市带6市"],
        ["省住房城乡建设厅"],
    ]


def test_a_headings_lead_leaves_a_task_whose_own_list_names_its_lead() -> None:
    # 一、…(由县科技局牵头) over (一)…(责任单位:县经信局、县财政局。列第一位的为牵头单位,下同): the task's own first
    # unit leads; the heading's lead goes to the tasks that name no lead of their own.
    text = (
        "一、支持科技创新(由县科技局牵头)\n(一)培育科技型企业。(责任单位:县经信局、县财政局。列第一位的为牵头单位,下同)\n"
        "(二)建设创新平台。给予补助。\n"
    )
    assert roles(text) == [(1, ["县经信局"], ["县财政局"], []), (2, ["县科技局"], [], [])]


def test_a_law_databases_bracketed_keys_a_publishers_row_and_a_sites_banner() -> None:
    # 【发文字号】 X · 发布单位: X 成文日期: Y · 法搜网--中国法律信息搜索网: metadata rows and a site's banner, none of
    # them the notice's recipients or title.
    plan = "一、重点任务\n1.推进甲项工作。（县甲局牵头）\n2.推进乙项工作。（县乙局牵头）\n"
    bracketed = parse_text(
        "【发布部门】 某市其他机构\n【发文字号】 某政办发〔2007〕3号\n【发布日期】 2007-02-10\n【法规类别】\n"
        "某市人民政府办公室关于分解落实重点工作的通知\n市政府各部门:\n现将任务分解如下。\n" + plan
    )
    assert bracketed.meta.doc_number == "某政办发〔2007〕3号"
    assert bracketed.meta.recipients == ["市政府各部门"]
    row = parse_text(
        "发布单位: 某县人民政府 成文日期: 2025-03-20\n文件编号: 某政发〔2025〕6号\n某县人民政府关于印发若干政策的通知\n"
        "各乡镇人民政府:\n现印发给你们。\n" + plan
    )
    assert (row.meta.doc_number, row.meta.title) == ("某政发〔2025〕6号", "某县人民政府关于印发若干政策的通知")
    banner = parse_text("法搜网--中国法律信息搜索网\n某市人民政府关于下达工作任务的通知\n各区政府:\n现下达。\n" + plan)
    assert banner.meta.title == "某市人民政府关于下达工作任务的通知"
    assert [noise.text for noise in banner.noise] == ["法搜网--中国法律信息搜索网"]


def test_a_unit_a_heading_makes_lead_is_not_also_the_tasks_responsible_unit() -> None:
    # 一、…（由市科技局牵头实施） over 1.…（责任单位：市科技局、市财政局）: 市科技局 leads, no responsible unit too.
    text = (
        "一、科技创新政策（由市科技局牵头实施）\n1.鼓励创新主体发展。给予奖励。（责任单位：市科技局、市财政局）\n"
        "2.支持研发投入。给予补助。（责任单位：市财政局）\n"
    )
    assert roles(text) == [(1, ["市科技局"], ["市财政局"], []), (2, ["市科技局"], ["市财政局"], [])]


@pytest.mark.parametrize(
    "phrase",
    ["实行每周一、周三、周五夜间开放", "推动一、二、三产业融合发展", "全年分第2、第3季度两批扶持村级集体经济项目20个"],
)
def test_a_long_task_line_with_numerals_in_its_words_is_no_glued_copy(phrase: str) -> None:
    # 周一、 · 一、二、三产业 · 第2、: words, and the line's own 1. is glued to nothing; the task keeps its labels.
    line = (
        f"1.发展乡村特色产业，{phrase}，培育农业产业化龙头企业5家，建设现代农业产业园2个，打造乡村旅游精品线路3条，"
        "带动农民持续增收，农村居民人均可支配收入增长7%以上，巩固拓展脱贫攻坚成果。牵头单位：县农业农村局；配合单位：县文旅局。\n"
    )
    text = "一、推进乡村振兴\n" + line + "2.实施高标准农田建设工程。牵头单位：县农业农村局。\n"
    assert roles(text) == [(1, ["县农业农村局"], [], ["县文旅局"]), (2, ["县农业农村局"], [], [])]


def test_glued_deadlines_footers_inside_names_and_lists_that_are_not_people() -> None:
    # …责任单位：县住建局2025年底前完成2.…: the deadline glued to the last unit, not a heading; a footer inside a
    # name (…城关镇人民政 / 第 2 页共 3 页 / 府配合) read across; 文旅局 under 责任单位及责任人 is a body, not a person;
    # 幸福社区 in a bracket beside a hospital glosses the text.
    glued = (
        "某县城市管理重点任务分解方案\n为提升城市管理水平，制定本方案。一、重点任务1.推进甲河片区背街小巷整治，全面清理"
        "乱堆乱放。责任单位：县住建局2025年底前完成2.实施乙山公园提升改造，完善配套设施。责任单位：县园林局、"
        "城关镇人民政第 2 页共 3 页下载后可任意编辑府配合3.开展丙镇农贸市场整治，规范经营秩序。责任单位：县市场监管局"
        "持续推进4.推进丁区停车场建设。责任单位：县城管局\n"
    )
    tasks = parse_text(glued).all_tasks()
    assert [task.number for task in tasks] == [1, 2, 3, 4]
    deadlines = [task.deadline.raw if task.deadline else None for task in tasks]
    assert deadlines == ["2025年底前完成", None, "持续推进", None]
    assert [unit.name for unit in tasks[0].responsible_units] == ["县住建局"]
    assert "城关镇人民政府" in [unit.name for unit in tasks[1].cooperating_units]
    officials = "一、民生\n1.实施林下经济提升行动。责任单位及责任人：县农业农村局，文旅局，林业局\n"
    assert roles(officials) == [(1, [], ["县农业农村局", "文旅局", "林业局"], [])]
    gloss = "一、医疗\n1.开展签约服务提质试点（县人民医院、幸福社区、和平社区）。\n牵头单位：县卫健局\n"
    assert roles(gloss) == [(1, ["县卫健局"], [], [])]


def test_items_that_each_close_with_units_give_each_unit_one_role() -> None:
    # （1）…（甲局牵头，乙局配合）（2）…（乙局牵头）: 乙局 leads the task, and is no helper of it too.
    text = (
        "一、提升政务服务\n1.优化纳税服务（市税务局负责）。\n2.深化商事制度改革。\n"
        "（1）推行一网通办（市市场监管局牵头，市政务服务中心配合）；\n（2）推进电子证照（市政务服务中心牵头）。\n"
        "3.提升用水便利度（市水务局负责）。\n"
    )
    assert roles(text)[1] == (2, ["市市场监管局", "市政务服务中心"], [], [])


def test_a_closing_requirements_paragraph_after_the_last_block_stays_the_closing() -> None:
    # 工作要求：各单位要…由县园林局牵头… after the last task's labels: the notice's closing, never the last task's
    # note nor a lead for it.
    text = (
        "一、重点项目建设\n1.加快推进全市重点项目建设。\n责任单位：市发改委、市住建局\n"
        "2.抓好水利工程前期工作。\n责任单位：市水利局、县园林局\n\n"
        "工作要求：各单位要高度重视，其中绿化工作由县园林局牵头，确保按期完成。\n"
    )
    assert roles(text) == [(1, [], ["市发改委", "市住建局"], []), (2, [], ["市水利局", "县园林局"], [])]
    notice = parse_text(text)
    assert notice.closing is not None
    assert notice.closing.text.startswith("工作要求")


def test_a_glued_line_that_opens_with_its_own_marker_goes_on_from_its_number() -> None:
    # （一）…（二）…（三）… on one line: the line's own （一） is glued to nothing, but （二） goes on from it; a glued
    # section after a deadline (…完成时限：长期二、…) is still a section; 陈志行 after a unit list is a person.
    entry = "专项整治。全面清理垃圾杂物，规范围挡设置。牵头领导：周立新副局长责任部门："
    glued = f"(一)建筑施工场地{entry}建工科、安全站(二)小街巷{entry}市容科、执法中队(三)背街{entry}办公室\n"
    tasks = parse_text("某县专项整治方案\n" + glued).all_tasks()
    assert [task.text[:4] for task in tasks] == ["建筑施工", "小街巷专", "背街专项"]
    deadline = (
        "某县重点任务\n为提升管理水平，制定本方案。一、重点任务1.推进背街小巷整治，全面清理乱堆乱放，规范店外经营。"
        "责任单位：县住建局完成时限：2025年底2.实施公园提升改造，完善配套设施，增加休闲座椅和照明设施。责任单位：县园林局"
        "完成时限：长期二、保障措施3.加强组织领导，成立工作专班，统筹推进各项工作。责任单位：县政府办\n"
    )
    tasks = parse_text(deadline).all_tasks()
    assert [(task.id, task.deadline.raw if task.deadline else None) for task in tasks] == [
        ("1.1", "2025年底"),
        ("1.2", "长期"),
        ("2.3", None),
    ]
    person = "一、民生\n1.实施林下经济提升行动。\n责任单位及责任人：县林业局，陈志行\n"
    assert roles(person) == [(1, [], ["县林业局"], [])]


def test_targets_closed_before_an_excerpts_cut_inside_an_open_bracket_are_tasks() -> None:
    # 1. title over run-on targets, each closed by its bracket; the excerpt is cut inside the last one's
    # bracket: the targets before the cut on the same line are complete, the cut one opens a task of its own.
    text = (
        "一、主要目标\n（一）约束性指标。\n1.主要指标的责任部门。\n"
        "常住人口控制在100万人左右。（市统计局、市公安局牵头）单位产值能耗降低15%。（市经信局牵头）用水总量控制在指标内。\n"
        "（市水务局牵头）森林覆盖率达到45%。（市林业局牵头）城市绿化率达到40%以上。 （市住建局、\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(task.text[:4], [unit.name for unit in task.lead_units]) for task in tasks] == [
        ("常住人口", ["市统计局", "市公安局"]),
        ("单位产值", ["市经信局"]),
        ("用水总量", ["市水务局"]),
        ("森林覆盖", ["市林业局"]),
        ("城市绿化", []),
    ]
    # the same cut with no bracket closed on its line: the cut paragraph is still no task
    cut = text.replace("森林覆盖率达到45%。（市林业局牵头）", "")
    assert [task.text[:4] for task in parse_text(cut).all_tasks()] == ["常住人口", "单位产值", "用水总量"]


def test_a_bracket_before_the_last_words_of_its_sentence_gives_the_task_its_units() -> None:
    # …建设（X牵头），确保年底前完工。: the bracket closes the clause, the sentence's last words are more of its text;
    # in a 分工意见's run-in paragraph, and in a numbered task alike
    opinion = (
        "一、扩大有效需求\n（一）扩大投资。实施重点项目220个（市发展改革委牵头）。"
        "推进港区二期码头建设（市港航中心牵头），确保年底前完成主体工程。\n"
        "（二）提升医疗服务。建成疾控中心新址（市卫生健康委牵头，市财政局配合），确保年底前投入使用。\n"
        "二、保障民生\n（一）稳定就业。城镇新增就业3万人（市人社局牵头）。\n"
    )
    tasks = parse_text(opinion).all_tasks()
    read = [(task.id, task.text, [u.name for u in task.lead_units], [u.name for u in task.cooperating_units])
            for task in tasks]
    assert read == [
        ("1.1.1", "实施重点项目220个", ["市发展改革委"], []),
        ("1.1.2", "推进港区二期码头建设，确保年底前完成主体工程。", ["市港航中心"], []),
        ("1.2.1", "建成疾控中心新址，确保年底前投入使用。", ["市卫生健康委"], ["市财政局"]),
        ("2.1.1", "城镇新增就业3万人", ["市人社局"], []),
    ]
    numbered = "一、重点任务\n1.建立会商制度（县发改局牵头，县财政局配合），定期会商。\n2.加强督查（县政府办牵头）。\n"
    assert roles(numbered) == [(1, ["县发改局"], [], ["县财政局"]), (2, ["县政府办"], [], [])]
    # a bracket of office names alone before the comma glosses the words before it
    gloss = "一、重点任务\n1.报送县发改局（县领导小组办公室），按季度汇总各单位进展。\n"
    assert roles(gloss) == [(1, [], [], [])]


def test_a_remark_that_the_rest_of_a_list_helps_names_no_unit() -> None:
    # （A、B、C，列第一位的为牵头单位，其他单位按职责分工负责，下同）: the first leads, the rest co-operate, and
    # 其他单位 is no unit; with a verb of its own before it, the pronoun's verb is the waiting units' too
    def first(bracket: str) -> tuple[int, list[str], list[str], list[str]]:
        return roles(f"一、经济\n1.实施重点项目220个（{bracket}）。\n2.推动消费升级（市商务局牵头）。\n")[0]

    listed = "市发展改革委、市财政局、市统计局，列第一位的为牵头单位，其他单位按职责分工负责，下同"
    assert first(listed) == (1, ["市发展改革委"], [], ["市财政局", "市统计局"])
    helpers = (1, ["市发展改革委"], [], ["市财政局", "市统计局"])
    assert first("市发展改革委牵头，市财政局、市统计局，其他单位配合") == helpers
    assert first("市发展改革委牵头，其他单位配合") == (1, ["市发展改革委"], [], [])


def test_office_names_in_a_bracket_gloss_the_name_before_them_where_labels_name_the_units() -> None:
    # …到各乡镇人民政府（街道办事处）。 over 牵头单位：/责任单位： lines: the bracket is the name's other name, no unit
    text = (
        "一、强化目标管理\n1.将年度节能指标逐级分解落实到各乡镇人民政府（街道办事处）。\n牵头单位：县发改局\n责任单位：县统计局\n"
        "2.建立节能目标季度通报制度。\n牵头单位：县发改局\n责任单位：县工信局\n"
    )
    assert roles(text) == [(1, ["县发改局"], ["县统计局"], []), (2, ["县发改局"], ["县工信局"], [])]
    assert parse_text(text).all_tasks()[0].text.endswith("各乡镇人民政府（街道办事处）。")
    # with no label, office names alone in the closing bracket are the task's units
    bare = "一、强化目标管理\n1.将年度节能指标逐级分解落实到位（县发改局、县统计局）。\n2.建立通报制度（县工信局）。\n"
    assert roles(bare) == [(1, [], ["县发改局", "县统计局"], []), (2, [], ["县工信局"], [])]


def test_a_gloss_bracket_in_the_notices_own_principles_leaves_the_headings_over_paragraphs() -> None:
    # 一、分工原则 / （二）…落实到相关乡镇人民政府（街道办事处）。: that bracket names offices alone (a gloss); the
    # （一） headings under 二、 stand over targets each closed by its units, which are the tasks
    text = (
        "一、分工原则\n（一）突出政府职责。对依靠市场主体自主行为实现的目标不作分解。\n"
        "（二）压实各级责任。部分指标同时分解落实到相关乡镇人民政府（街道办事处）。\n"
        "二、主要目标和任务分工安排\n（一）约束性指标（3项）\n单位生产总值能耗降低16%。（市能源办牵头）\n"
        "森林覆盖率达到45%。（市林业局牵头）\n城镇污水处理率达到90%。（市水务局、市住建局牵头）\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [(task.id, [unit.name for unit in task.lead_units]) for task in tasks] == [
        ("2.1.1", ["市能源办"]),
        ("2.1.2", ["市林业局"]),
        ("2.1.3", ["市水务局", "市住建局"]),
    ]


def test_a_word_table_rows_rest_after_its_unit_cell_listed_a_unit_a_line() -> None:
    # 13 … 区经发局 / 区建设局 / 区城投公司 / 区自然资源分局、…。 2019年11月底: the rest of the row fills its last
    # columns, and the rows after it keep their cells; 等区政府有关部门 closing a list (or an item alone) is no unit
    text = (
        "某区2019年重点工作任务分解表\n序号 重点工作任务 主要责任单位 协同配合单位 完成期限\n"
        "12 新增规模以上工业企业15家以上。 区经发局 区财政局等区政府有关部门,各园区管理办公室。 2019年12月底\n"
        "13 加快建设智能装备产业园二期,完成园区道路提升工程。 区经发局\n区建设局\n区城投公司\n"
        "区自然资源分局、等区政府有关部门,各园区管理办公室。 2019年11月底\n"
        "14 深化“一窗受理”改革,企业开办时间压缩至2个工作日。 区政务服务中心 区市场监管分局、区税务分局。 2019年6月底\n"
    )
    tasks = parse_text(text).all_tasks()
    assert roles(text) == [
        (12, ["区经发局"], [], ["区财政局", "各园区管理办公室"]),
        (13, ["区经发局", "区建设局", "区城投公司"], [], ["区自然资源分局", "各园区管理办公室"]),
        (14, ["区政务服务中心"], [], ["区市场监管分局", "区税务分局"]),
    ]
    deadlines = [task.deadline.raw if task.deadline else None for task in tasks]
    assert deadlines == ["2019年12月底", "2019年11月底", "2019年6月底"]


def test_a_bar_tables_section_row_with_its_empty_cells_run_together() -> None:
    # 一、… | then |||| (the section row's empty cells on one line): furniture, and the rows below keep their cells
    header = "主要任务 |\n重点工作和要求 |\n责任单位 |\n完成时限 |\n完成进展 |\n"
    rows = (
        "一、健全隐患整治工作机制 |\n||||\n(一)建立隐患整治台账。 |\n1.梳理高层建筑消防隐患,逐栋建立台账。 |\n"
        "市消防救援支队 |\n3月15日前 |\n|\n"
    )
    text = "某市2023年消防隐患整治工作任务清单\n" + header + rows
    tasks = parse_text(text).all_tasks()
    read = [(task.number, [unit.name for unit in task.responsible_units]) for task in tasks]
    assert read == [(1, ["市消防救援支队"])]
    assert tasks[0].deadline is not None
    assert tasks[0].deadline.raw == "3月15日前"


def test_host_verbs_after_the_sentence_and_in_a_bracket_the_copy_never_closed() -> None:
    # …。区科技局主办,各街道、板块协办 (no bracket; 各 over 街道、板块, one collective) · （区发改委主办,区科技局协办
    # and then the next task: verb clauses the copy never closed are the task's units
    text = (
        "一、完善创新生态\n\n1.持续拓展校友资源,新增工程技术研究中心3家。区科技局主办,各街道、板块协办\n\n"
        "2.加大专精特新培育力度,新增瞪羚企业4家。(区发改委主办,区科技局协办\n\n"
        "3.推进知识产权示范建设,争创一批质量奖。(区市场监管局主办)\n"
    )
    assert roles(text) == [
        (1, ["区科技局"], [], ["各街道、板块"]),
        (2, ["区发改委"], [], ["区科技局"]),
        (3, ["区市场监管局"], [], []),
    ]


def test_office_names_after_words_that_name_no_body_are_units_though_labels_follow() -> None:
    # …工程建设（县水利局、县财政局）。 over 牵头单位：: the bracket follows no body's name, so it is no gloss
    text = "一、重点任务\n1.推进供水工程建设（县水利局、县财政局）。\n牵头单位：县水利局\n2.完善养老（县民政局）。\n"
    names = [[unit.name for unit in task.responsible_units] for task in parse_text(text).all_tasks()]
    assert "县财政局" in names[0]


def test_a_plan_whose_headings_each_close_with_a_sentence_of_roles_under_a_cover_line() -> None:
    # 各旗、县、区人民政府: / …提出如下实施意见。 / 一、… / （一）…。市商务局负责，市财政局配合。 (three or more such
    # points): the plan, though one point closing so among a cover notice's own stays the notice's
    text = (
        "各县区人民政府，市各委、办、局：\n为加快发展现代服务业，特提出如下实施意见。\n一、加快发展商贸物流\n"
        "（一）完善城乡商贸网络。支持建设社区便民商业网点。市商务局负责，市财政局、市农牧局配合。\n"
        "（二）培育物流龙头企业。支持物流企业建设配送中心。市交通运输局负责，市商务局配合。\n"
        "（三）规范农村集贸市场。开展集贸市场标准化改造。市市场监管局负责，市商务局配合落实。\n"
    )
    tasks = parse_text(text).all_tasks()
    read = [(task.id, [u.name for u in task.lead_units], [u.name for u in task.cooperating_units]) for task in tasks]
    assert read == [
        ("1.1", ["市商务局"], ["市财政局", "市农牧局"]),
        ("1.2", ["市交通运输局"], ["市商务局"]),
        ("1.3", ["市市场监管局"], ["市商务局"]),
    ]
    one = text.split("（二）")[0] + "\n"
    assert parse_text(one).all_tasks() == []


def test_metadata_rows_with_two_pairs_in_a_pipe_row_or_one_value_left_empty() -> None:
    # | 文 号: | 临政〔2024〕12号 | 关 键 词: | … | (a leading bar, two pairs) · 发文机构:  发文文号:  X (first empty)
    body = "临江区人民政府关于印发工作方案的通知\n一、经济发展\n1.推进重点项目建设（区发改局牵头）。\n"
    piped = "| 索 引 号: | 0123/2024-1 | 主题分类: | 综合 |\n| 文 号: | 临政〔2024〕12号 | 关 键 词: | 方案;通知 |\n"
    assert parse_text(piped + body).meta.doc_number == "临政〔2024〕12号"
    empty = "索引号:  QH-2020-1 主题分类:  政务\n发文机构:  发文文号:  青政办发〔2020〕9号\n"
    assert parse_text(empty + body).meta.doc_number == "青政办发〔2020〕9号"
    named = "发文机构:  市政府办公室 发文文号:  青政办发〔2025〕3号\n"
    assert parse_text(named + body).meta.doc_number == "青政办发〔2025〕3号"


def test_an_unclosed_bracket_of_prose_and_glosses_after_a_collective_or_a_facility() -> None:
    # （重点整治…问题，各部门要密切配合 and the next task: prose, no units; …分解到各镇（街道）。 a gloss on a
    # collective; …乡镇敬老院（县民政局、县自然资源局）。 a facility's name, the bracket its units
    prose = (
        "一、重点任务\n1.开展安全生产专项整治（重点整治企业主体责任落实不到位问题，各部门要密切配合\n"
        "2.加快老旧小区改造（区住建局牵头）。\n"
    )
    assert roles(prose) == [(1, [], [], []), (2, ["区住建局"], [], [])]
    labelled = (
        "一、重点任务\n1.将年度目标任务分解到各镇（街道）。\n牵头单位：县发改局\n"
        "2.新建改建乡镇敬老院（县民政局、县自然资源局）。\n牵头单位：县民政局\n"
    )
    assert roles(labelled) == [(1, ["县发改局"], [], []), (2, ["县民政局"], ["县民政局", "县自然资源局"], [])]
