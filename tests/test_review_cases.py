"""Cases a code review found: each once broken, each a user-visible promise."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from line_coverage import uncovered_lines
from lishan_plan import parse_text
from lishan_plan.grammar.deadlines import read_deadline
from lishan_plan.output import write_atomic
from lishan_plan.read.html import render_html

REFERENCE = ROOT / "data" / "raw" / "lishan-2023.txt"


def test_a_task_with_greater_than_signs_is_not_page_chrome() -> None:
    text = "一、环境\n1.空气质量优良天数>300天，重污染天数比例>1%以内。（区生态环境分局牵头）\n"
    (task,) = parse_text(text).all_tasks()
    assert [unit.name for unit in task.lead_units] == ["区生态环境分局"]


def test_circled_number_cells_do_not_crash() -> None:
    text = "| 序号 | 工作任务 | 牵头单位 |\n| ① | 推进某项工作。 | 区发改局 |\n| ② | 推进另一项。 | 区财政局 |\n"
    assert [(task.number, task.lead_units[0].name) for task in parse_text(text).all_tasks()] == [
        (1, "区发改局"),
        (2, "区财政局"),
    ]


def test_intro_text_under_a_later_heading_is_a_note() -> None:
    text = (
        "一、第一部分\n1.推进甲。（区发改局牵头）\n二、第二部分\n本部分任务由各街道配合完成。\n"
        "1.推进乙。（区财政局牵头）\n"
    )
    notice = parse_text(text)
    assert notice.unplaced == []
    assert [note.text for note in notice.sections[1].notes] == ["本部分任务由各街道配合完成。"]


def test_recipients_without_a_title_take_only_their_own_lines() -> None:
    notice = parse_text(
        "立山区人民政府\n立山区2024年重点工作任务分解\n各街道办事处，区政府各部门：\n现将方案印发给你们。\n"
    )
    assert notice.meta.recipients == ["各街道办事处", "区政府各部门"]


def test_stray_separator_before_a_generic_tail_does_not_repeat_a_unit() -> None:
    notice = parse_text("一、总体\n1.推进。\n牵头单位：区发改局\n责任单位：区发改局、、有关单位\n")
    assert [unit.name for unit in notice.all_tasks()[0].responsible_units] == ["区发改局", "有关单位"]
    assert [finding.code for finding in notice.diagnostics].count("LP105") == 1


def test_points_inside_a_task_stay_in_the_task() -> None:
    text = (
        "一、总体\n1.推进以下工作：\n一是完善机制。\n二是加强监督。\n（区发改局牵头）\n2.推进另一项。（区商务局牵头）\n"
    )
    notice = parse_text(text)
    assert [len(task.lead_units) for task in notice.all_tasks()] == [1, 1]
    assert notice.closing is None
    assert "一是完善机制。" in notice.all_tasks()[0].text


def test_a_word_ending_in_底_is_not_a_year_end() -> None:
    assert read_deadline("彻底整改", 2024) == (None, read_deadline("彻底整改", 2024)[1])
    assert read_deadline("2024年底前", None)[0] == "2024-12-31"


def test_html_caption_and_stray_end_tags() -> None:
    rendered = render_html(
        '<div class="nav">菜单</span>首页</div><p>正文</p>'
        "<table><caption>附件：重点任务分解表</caption><tr><td>1</td></tr></table>"
    )
    assert rendered.splitlines() == ["正文", "附件：重点任务分解表", "| 1 |"]


def test_output_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", "utf-8")
    os.chmod(target, 0o644)
    write_atomic(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    fresh = tmp_path / "fresh.json"
    write_atomic(fresh, b"new")
    assert stat.S_IMODE(fresh.stat().st_mode) & 0o044  # readable like any new file, not 0600


def test_a_closed_pipe_is_not_an_error() -> None:
    cli = str(Path(sys.executable).with_name("lishan-plan"))
    result = subprocess.run(
        f"{cli} parse {REFERENCE} --format yaml | head -c 10", shell=True, capture_output=True, text=True, check=False
    )
    assert result.stdout == "schema_ver"
    assert result.stderr == ""


def test_stdin_beyond_the_limit_is_refused() -> None:
    cli = str(Path(sys.executable).with_name("lishan-plan"))
    result = subprocess.run(
        f"yes 一二三四五六七八九十 | {cli} parse - --max-bytes 100000",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 2
    assert "limit" in result.stderr


def units_of(text: str) -> list[tuple[list[str], list[str], list[str]]]:
    return [
        (
            [unit.name for unit in task.lead_units],
            [unit.name for unit in task.responsible_units],
            [unit.name for unit in task.cooperating_units],
        )
        for task in parse_text(text).all_tasks()
    ]


def test_footer_words_inside_a_task_do_not_make_it_chrome() -> None:
    text = "一、版权\n1.开展打击侵权盗版专项行动，依法保护版权所有人合法权益。（市版权局牵头，市公安局配合）\n"
    assert units_of(text) == [(["市版权局"], [], ["市公安局"])]


def test_group_units_after_two_items_stay_with_the_task() -> None:
    text = (
        "一、加强基础设施\n1.推进交通设施建设。\n（1）新建道路10公里。\n（2）改造桥梁2座。\n（市交通运输局牵头，市财政局配合）\n"
        "2.推进水利建设。\n（1）新建水库。\n（2）加固堤防。\n（市水利局牵头）\n"
    )
    notice = parse_text(text)
    assert [(task.number, len(task.items)) for task in notice.all_tasks()] == [(1, 2), (2, 2)]
    assert units_of(text) == [(["市交通运输局"], [], ["市财政局"]), (["市水利局"], [], [])]


def test_a_paragraph_after_a_space_table_is_not_a_wrapped_cell() -> None:
    text = (
        "序号    工作任务            牵头单位      完成时限\n1       推进政务服务改革    市政务服务局  2024年6月底前\n"
        "　　各地各部门要高度重视，加强组织领导，确保各项任务按时完成，并及时报送工作进展。\n"
    )
    notice = parse_text(text)
    assert notice.all_tasks()[0].text == "推进政务服务改革"
    assert notice.closing is not None
    assert notice.closing.text.startswith("各地各部门要高度重视")


def test_the_next_tables_header_replaces_the_columns() -> None:
    text = (
        "| 序号 | 工作任务 | 牵头单位 |\n| 1 | 推进甲。 | 市发改委 |\n\n| 序号 | 工作任务 | 完成时限 | 责任单位 |\n"
        "| 2 | 推进乙。 | 2024年底前 | 市财政局 |\n"
    )
    tasks = parse_text(text).all_tasks()
    assert [
        (
            task.number,
            [u.name for u in task.lead_units],
            [u.name for u in task.responsible_units],
            task.deadline.raw if task.deadline else None,
        )
        for task in tasks
    ] == [(1, ["市发改委"], [], None), (2, [], ["市财政局"], "2024年底前")]


def test_only_a_leader_at_the_start_of_a_section_title_counts() -> None:
    for title in ("严格落实食品安全党政同责和市长负责制", "全面推行班主任负责制"):
        (task,) = parse_text(f"一、{title}\n1.推进甲。（市发改委牵头）\n").all_tasks()
        assert task.leaders == []


def test_a_bracket_inside_a_sentence_is_units_only_when_it_names_bodies() -> None:
    text = (
        "一、质量\n1.建立首席质量官制度（企业自主负责）。年内覆盖规上企业。\n"
        "2.推进企业安全生产标准化建设（企业主要负责人负责）。开展隐患排查治理。\n（市应急管理局牵头，市公安局配合）\n"
    )
    assert units_of(text) == [([], [], []), (["市应急管理局"], [], ["市公安局"])]


def test_statements_inside_lists_and_units_that_only_mention_a_role() -> None:
    text = (
        "一、总体\n1.推进甲。（市发展改革委牵头，下同；市财政局配合）\n"
        "2.推进乙。（牵头单位：市委督查室；责任单位：市直各牵头单位）\n"
    )
    assert units_of(text) == [(["市发展改革委"], [], ["市财政局"]), (["市委督查室"], ["市直各牵头单位"], [])]


def test_a_bare_level_joins_only_a_level_government() -> None:
    text = "一、总体\n1.推进甲。（市发展改革委牵头，各区、市财政局、市商务局配合）\n"
    assert units_of(text) == [(["市发展改革委"], [], ["各区", "市财政局", "市商务局"])]


def test_points_after_a_tasks_units_stay_in_the_task() -> None:
    text = (
        "一、总体\n1.加强组织领导（市委办牵头，市政府办配合）。\n一是建立工作专班。\n二是完善考核机制。\n"
        "2.强化资金保障（市财政局牵头）。\n"
    )
    notice = parse_text(text)
    assert notice.unplaced == []
    assert notice.all_tasks()[0].text == "加强组织领导。\n一是建立工作专班。\n二是完善考核机制。"


def test_listings_into_a_closed_pipe_exit_zero() -> None:
    cli = str(Path(sys.executable).with_name("lishan-plan"))
    for command in ("schema", "rules", "--version"):
        result = subprocess.run(
            f"{cli} {command} | true; exit ${{PIPESTATUS[0]}}",
            shell=True,
            executable="/bin/bash",
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, command


def _rows(text: str) -> list[tuple[str, str | None, list[str], list[str], str | None, list[str]]]:
    return [
        (
            task.text,
            task.topic,
            [unit.name for unit in task.lead_units + task.responsible_units],
            [leader.name for leader in task.leaders],
            task.deadline.raw if task.deadline else None,
            [note.label or "" for note in task.notes],
        )
        for task in parse_text(text).all_tasks()
    ]


def test_a_unit_a_line_under_a_topic_printed_as_headings_stays_one_row() -> None:
    text = (
        "某县重点工作任务分解表\n工作任务\n具体要求\n责任单位\n一、经济发展\n"
        "加快重点项目建设,全年开工项目30个。\n县发改局\n县财政局\n推进招商引资,引进亿元项目10个。\n县商务局\n"
    )
    assert [row[2] for row in _rows(text)] == [["县发改局", "县财政局"], ["县商务局"]]


def test_a_numbered_task_name_in_a_column_of_work_stays_its_topic() -> None:
    text = "工作任务\n具体要求\n责任单位\n1.加强党的建设\n落实全面从严治党主体责任。\n机关党委\n"
    assert [row[:3] for row in _rows(text)] == [("落实全面从严治党主体责任。", "1.加强党的建设", ["机关党委"])]


def test_a_pipe_row_ending_with_an_empty_remark_keeps_its_cells_in_order() -> None:
    leaders = (
        "序号 | 工作任务 | 责任领导 | 牵头单位 | 配合单位 | 备注 |\n"
        "1 | 推进甲项工作 | 分管副市长 | 市发改委 | 市财政局 | |\n"
    )
    deadline = "序号 | 工作任务 | 牵头单位 | 完成时限 | 备注 |\n1 | 推进甲项工作 | 市发改委 | 按省里统一部署 | |\n"
    assert _rows(leaders) == [("推进甲项工作", None, ["市发改委"], ["分管副市长"], None, [])]
    assert _rows(deadline) == [("推进甲项工作", None, ["市发改委"], [], "按省里统一部署", [])]


def test_matters_to_coordinate_and_a_kind_of_project_are_notes_not_tasks_or_topics() -> None:
    matters = (
        "序号 | 工作任务 | 责任单位 | 进展情况 | 需协调事项 |\n"
        "1 | 推进园区建设 | 县发改局 | 已完成规划 | 用地指标不足 |\n"
    )
    kinds = (
        "序号 | 项目类型 | 工作任务 | 责任单位 |\n"
        "1 | 新建 | 建设污水处理厂 | 县住建局 |\n2 | 续建 | 推进棚户区改造 | 县住建局 |\n"
    )
    assert _rows(matters) == [("推进园区建设", None, ["县发改局"], [], None, ["进展情况", "需协调事项"])]
    assert [(row[0], row[1], row[5]) for row in _rows(kinds)] == [
        ("建设污水处理厂", None, ["项目类型"]),
        ("推进棚户区改造", None, ["项目类型"]),
    ]


def test_the_pages_metadata_rows_end_a_numbered_pipe_table() -> None:
    text = (
        "序号 | 工作任务 | 牵头单位 | 完成时限 |\n"
        "1 | 推进甲项工作 | 市发改委 | 6月底前 |\n2 | 推进乙项工作 | 市财政局 | 年底前 |\n"
        "索引号: | 000000000/2022-00001 | 成文日期: | 2022-10-08 |\n发布机构: | 某市人民政府办公室\n"
    )
    assert [(row[0], row[4], row[5]) for row in _rows(text)] == [
        ("推进甲项工作", "6月底前", []),
        ("推进乙项工作", "年底前", []),
    ]


def test_eighth_review_cases_the_days_rules_leave_alone() -> None:
    """The eighth review's cases (a crash, false numbering errors, tables read too eagerly, a note or a
    cell read as a signature, a township read as a person)."""

    def tasks(text: str) -> list[tuple[str, str, list[str], list[str]]]:
        return [
            (
                task.id,
                task.text,
                [unit.name for unit in task.lead_units + task.responsible_units],
                [leader.name for leader in task.leaders],
            )
            for task in parse_text(text).all_tasks()
        ]

    # a table with no column of words and a line between its rows, or a header over nothing: no crash
    parse_text("序号\t牵头单位\t责任单位\n1\t县住建局\t县财政局\n补充文字说明\n2\t县水利局\t各乡镇\n")
    parse_text("责任单位\n \n")
    # tasks numbered in their cells under a merged 序号 among plain rows: no false duplicate or gap
    grouped = (
        "序号\n工作任务\n牵头单位\n责任单位\n一、压实责任\n"
        "1\n（1）修订清单。\n县应急局\n县安委会\n（2）开展评议。\n县安委办\n各乡镇\n2\n完善预案。\n县应急局\n县水利局\n"
        "3\n（1）开展巡查。\n县安委办\n县住建局\n（2）建立制度。\n县应急局\n县督查室\n"
    )
    assert not [found.code for found in parse_text(grouped).diagnostics if found.code.startswith("LP20")]
    # （2） with no units of its own under （1）'s row is an item of the same task
    item = (
        "序号\t工作任务\t牵头单位\t责任单位\n1\t（1）修订清单；\t县应急局\t县安委会\n\t（2）开展评议。\t\t\n"
        "2\t完善预案。\t县应急局\t县水利局\n"
    )
    assert [task[:2] for task in tasks(item)] == [("1", "（1）修订清单；（2）开展评议。"), ("2", "完善预案。")]
    # a note after a table and another table's header below it: the note is no cell
    note = (
        "序号\t工作任务\t牵头单位\t责任单位\n1\t推进道路改造。\t县住建局\t县财政局\n注：以上任务须于年底前完成。\n"
        "序号\t工作任务\t牵头单位\t责任单位\n1\t开展安全巡查。\t县应急局\t县住建局\n"
    )
    assert tasks(note)[0][1] == "推进道路改造。"
    # a unit and a date in a note cell, or in a task's lines, stay where they are: no signature
    cell = (
        "序号\n工作任务\n责任单位\n备注\n1\n推进道路改造工作\n县住建局\n县财政局 2025年6月30日\n"
        "2\n完善供水工作\n县水利局\n无\n"
    )
    assert [task[2] for task in tasks(cell)] == [["县住建局"], ["县水利局"]]
    body = (
        "一、重点任务\n1.编制改造方案。\n牵头单位：县住建局\n方案已报县人民政府 2025年3月1日\n"
        "2.完善供水设施。\n牵头单位：县水利局\n"
    )
    assert parse_text(body).meta.issuer is None
    # a long group label is no task; a task cell wrapped over two lines is one task
    head = "项目\n分值\n目标任务\n责任单位\n"
    rest = "6\n固定资产投资增长8%以上。\n县招商中心\n"
    label = head + "经济发展和产业转型升级类指标\n8\n全县地区生产总值增长6.5%以上。\n县发改局\n" + rest
    assert [task[1] for task in tasks(label)] == ["全县地区生产总值增长6.5%以上。", "固定资产投资增长8%以上。"]
    wrapped = head + "经济发展\n8\n地区生产总值增长6.5%以上，\n工业增加值增长8%以上。\n县发改局\n" + rest
    assert [task[1] for task in tasks(wrapped)] == [
        "地区生产总值增长6.5%以上，工业增加值增长8%以上。",
        "固定资产投资增长8%以上。",
    ]
    assert uncovered_lines(parse_text(wrapped), wrapped) == []
    assert parse_text(wrapped).all_tasks()[0].span.end_line == 9  # down to its unit cell
    # an indicator table whose rows do not read around any cell gives no invented tasks
    merged = "类别\n指标名称\n目标值\n责任单位\n经济发展\n地区生产总值增长\n6%左右\n市发改委\n固定资产投资增长\n6.5%\n"
    assert tasks(merged + "民生福祉\n城镇新增就业\n3.8万人\n市人社局\n居民收入增长\n与经济增长同步\n市统计局\n") == []
    # a township after a post-holder keeps the list one of units
    township = "一、任务\n1.推进棚户区改造（副县长李某某、张庄镇负责，县住建局配合）。\n"
    assert tasks(township)[0][3] == []


def test_ninth_review_cases_the_days_rules_leave_alone() -> None:
    """The ninth review's cases: a plan title's second line, a page's summary signed above the notice, a wrapped
    notice signed without its addressees, bold marks around a unit, a site's footer or an activity's organisers
    under 主办单位, and attachments listed under a bare 附件：."""
    head = "某县人民政府办公室关于印发某县2024年重点任务分工方案的通知\n"
    plan = "一、经济发展\n1.推进项目建设。（牵头单位：县发改局）\n"
    # M1: a title's second line that ends like no title (…分工表 · 【征求意见稿】) is the title's still
    for second in ("重点任务分工表", "【征求意见稿】"):
        notice = parse_text("某县2024年政府工作报告\n" + second + "\n" + plan)
        assert notice.plan_title is not None
        assert notice.plan_title.text == "某县2024年政府工作报告" + second
    # M2: a page's summary, signed above the notice and its addressees, signs nothing of the notice's
    summary = (
        head + "为推进重点任务落实，县政府办公室印发分工方案。\n某县人民政府办公室\n2025年2月14日\n"
        "各乡镇人民政府，县政府各部门：\n现将方案印发给你们，请认真贯彻落实。\n某县人民政府办公室\n2025年2月14日\n"
        "某县2025年重点任务分工方案\n" + plan
    )
    notice = parse_text(summary)
    assert notice.meta.recipients == ["各乡镇人民政府", "县政府各部门"]
    assert notice.notice_text is not None
    assert notice.notice_text.text == "现将方案印发给你们，请认真贯彻落实。"
    # M8 and M7: an attachment line between the notice's sentence and its signer, the list under a bare 附件：
    listed = (
        head + "现将方案印发给你们，请认真贯彻落实。\n附件：\n1.某县重点任务分工方案\n2.某县民生实事项目表\n"
        "某县人民政府办公室\n2025年2月14日\n某县2025年重点任务分工方案\n" + plan
    )
    notice = parse_text(listed)
    assert (notice.meta.issuer, notice.meta.attachments) == (
        "某县人民政府办公室",
        ["1.某县重点任务分工方案", "2.某县民生实事项目表"],
    )
    assert [task.id for task in notice.all_tasks()] == ["1.1"]
    # M4: **县甲局** in a plain copy is the unit 县甲局 (only a name the asterisks open alone is masked)
    bold = "一、经济发展\n1.推进项目建设。\n牵头单位：**县甲局**\n2.优化营商环境。\n牵头单位：****局\n"
    assert [[unit.name for unit in task.lead_units] for task in parse_text(bold).all_tasks()] == [
        ["县甲局"],
        ["****局"],
    ]
    # M5, M6: a footer's or an activity's 主办单位 (承办单位 under it) names no lead
    footer = plan + "主办单位：某县人民政府办公室。\n承办单位：某县大数据中心。\n"
    assert [unit.name for unit in parse_text(footer).all_tasks()[0].lead_units] == ["县发改局"]
    organisers = "一、组织单位\n主办单位：县委宣传部、县文旅局。\n承办单位：县图书馆。\n二、活动内容\n" + plan[7:]
    assert not [finding for finding in parse_text(organisers).diagnostics if finding.code == "LP301"]


def test_tenth_review_cases_the_days_rules_leave_alone() -> None:
    """The tenth review's cases: page chunks that are tasks (a crash among them), two short names in two rows of a
    text layer, a joint signature under a cell table, a sentence that cites a document, a date field in a task,
    a site's list page, a label after 其他, and <BR>."""

    def units(text: str) -> list[tuple[int | None, list[str], list[str]]]:
        return [
            (task.number, [unit.name for unit in task.lead_units], [unit.name for unit in task.responsible_units])
            for task in parse_text(text).all_tasks()
        ]

    preview = (
        "《某县方案.docx》由会员分享，可在线阅读，更多相关《某县方案.docx》请在某某文库上搜索。\n"
        "1、某县重点任务分工方案\n一、重点任务\n"
    )
    # H1: a task line ending in its fields, under a preview, once crashed the parse
    crash = (
        "1、推进城东片区老旧小区改造，年内完成改造小区三十个以上。责任单位：县住建局、县财政局\n"
        "2、建设县域冷链物流集散中心，推动农产品上行通道。牵头单位：县商务局\n"
    )
    assert units(preview + crash) == [(1, [], ["县住建局", "县财政局"]), (2, ["县商务局"], [])]
    # H2, H3: a task opening with a decimal, and task lines without stops that count on, are tasks
    decimal = "1、稳定粮食播种面积四十万亩以上。（县农业局）\n2、1.5万亩高标准农田年内建成。（县财政局）\n"
    assert [number for number, _, _ in units(preview + decimal)] == [1, 2]
    stopless = "".join(f"{n}、推进第{n}项重点工作年内完成全部建设任务并通过验收 县甲局 2025年底\n" for n in (1, 2, 3))
    assert [number for number, _, _ in units(preview + stopless)] == [1, 2, 3]
    # H4: 县人大 over 县政协 in a text layer's column: two names, not one straddling the rows
    layer = (
        "序号    工作任务                        牵头单位          配合单位\n"
        "1       推进人大代表联络站建设。        县人大            各乡镇\n"
        "2       推进政协委员工作室建设。        县政协            各乡镇\n"
    )
    assert units("一、重点任务\n" + layer) == [(1, ["县人大"], []), (2, ["县政协"], [])]
    # H5: a joint signature straight under a one-cell-a-line table is no row
    table = "序号\n存在问题\n整改措施\n责任单位\n整改时限\n1\n甲问题。\n开展检查。\n县甲局\n持续整改\n"
    signed = parse_text("一、整改任务\n" + table + "中共某县委办公室\n某县人民政府办公室\n2025年3月1日\n")
    assert len(signed.all_tasks()) == 1
    assert str(signed.meta.date) == "2025-03-01"
    # M: a sentence citing a document is no title with its number; a date field in a task is no page chrome
    cited = parse_text("一、重点任务\n1.推进甲项工作，按照《某某意见》(某发〔2023〕5号)\n时间：2025年6月30日\n")
    assert cited.meta.doc_number is None
    wrapped = "关于印发某县方案的通知\n根据《某市关于做好分解工作的通知》(某政办〔2024〕3号)\n要求，现印发给你们。\n"
    assert parse_text(wrapped + "某县人民政府办公室\n2024年3月1日\n一、重点任务\n").meta.doc_number is None
    assert not [noise for noise in cited.noise if noise.text.startswith("时间")]
    # M: 其他责任单位： glued to a name opens no field of its own there (其他 would be read as a unit), as before
    other = "一、重点任务\n1.推进甲项工作。牵头单位：县甲局其他责任单位：各乡镇\n"
    assert units(other) == [(1, ["县甲局其他责任单位：各乡镇"], [])]
    # M: <BR> (any case, spaces around it) parts labelled lists too
    cell = "| 序号 | 工作任务 | 责任单位 |\n|---|---|---|\n| 1 | 推进甲项。 | 牵头：县甲局 <BR> 配合：县乙局 |\n"
    task = parse_text("一、重点任务\n" + cell).all_tasks()[0]
    assert ([unit.name for unit in task.lead_units], [unit.name for unit in task.cooperating_units]) == (
        ["县甲局"],
        ["县乙局"],
    )
