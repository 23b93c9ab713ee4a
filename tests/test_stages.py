"""Each pipeline stage on its own, with plain values: normalise, classify, units, brackets, deadlines."""

from __future__ import annotations

from pathlib import Path

import pytest

from lishan_plan import parse_text
from lishan_plan.builder.tables.cells import cell_score, merged_items, placed_by_fit
from lishan_plan.builder.tables.find import header_roles
from lishan_plan.finish.conventions import find_conventions
from lishan_plan.grammar.deadlines import is_deadline_phrase, read_deadline
from lishan_plan.grammar.labels import column_role
from lishan_plan.grammar.numerals import han_to_int, iso_date
from lishan_plan.grammar.roles import read_bracket, role_of_label, split_depth0, trailing_bracket
from lishan_plan.grammar.units import breaks_off_in_a_name, derive_name, looks_organisational, split_list
from lishan_plan.grammar.vocabulary import Role
from lishan_plan.lines.classify import Line, classify, match_kind
from lishan_plan.lines.layout import running_headers
from lishan_plan.lines.normalize import detect_script, fold_width, normalize
from lishan_plan.lines.patterns import PATTERNS, LineKind
from lishan_plan.model import ConventionKind, DeadlineKind
from lishan_plan.spans import LineIndex, MappedText
from test_layout_snippets import roles as task_roles


def mapped(text: str) -> MappedText:
    norm = normalize(text)
    return MappedText.from_source(norm, text, 0, len(text))


# -- normalise ------------------------------------------------------------------------------------
def test_fold_is_one_character_for_one() -> None:
    text = "（一）牵头单位：区发改局；１２．\u3000\u00a0〔2023〕①【打印】"
    folded = fold_width(text)
    assert len(folded) == len(text)
    assert folded == "(一)牵头单位:区发改局;12.  [2023]①[打印]"


def test_traditional_fold_keeps_length_and_matches_simplified_labels() -> None:
    text = "牽頭單位：區應急管理局\n配合單位：區委編辦\n"
    assert detect_script(text) == "traditional"
    folded = normalize(text, "traditional")
    assert len(folded) == len(text)
    assert folded.startswith("牵头单位:区应急管理局")
    assert detect_script("牵头单位：区发改局") == "simplified"


def test_a_copy_that_printed_its_spaces_as_question_marks() -> None:
    # Most lines end in "?": each "?" beside a space, a bar or a line end stands for a space.
    text = (
        "附件?\n序号? | 重点工作? | 牵头领导? |\n"
        "1? | 推进甲项工作。? | 张 ?三? 李四? |\n2? | 推进乙项工作。? | 王五? |\n"
    )
    folded = normalize(text)
    assert len(folded) == len(text)
    assert folded == text.replace("?", " ")
    assert normalize(text.replace("\n", "\r\n")) == folded.replace("\n", "\r\n")
    # A question mark or two in an ordinary notice stay as they are, and so do questions typed with "?".
    ordinary = "一、总体要求\n为什么要推进?\n1.推进甲项工作。\n2.推进乙项工作?\n"
    assert normalize(ordinary) == ordinary
    questions = "一、自查事项\n1.县甲局:是否建立台账?\n2.县乙局:是否按时报送?\n3.县丙局:是否开展督查?\n"
    assert normalize(questions) == questions


def test_a_copy_that_printed_its_paragraph_indents_as_question_marks() -> None:
    # The two ideographic spaces opening each paragraph became "??": the numbering stays numbering.
    text = (
        "??为推进甲项工作，制定本方案。\n??一、优化服务\n??(一)推进甲项工作。(责任单位:县甲局)\n"
        "??(二)推进乙项工作。(责任单位:县乙局、县丙局)\n"
    )
    folded = normalize(text)
    assert len(folded) == len(text)
    assert folded == fold_width(text.replace("??", "  "))
    assert task_roles(text) == [(1, [], ["县甲局"], []), (2, [], ["县乙局", "县丙局"], [])]
    assert parse_text(text).all_tasks()[0].text == "推进甲项工作。"
    # A line or two opening with "?" in an ordinary notice stay as they are.
    ordinary = "一、总体要求\n?为什么要推进\n1.推进甲项工作。\n2.推进乙项工作。\n3.推进丙项工作。\n"
    assert normalize(ordinary) == ordinary
    # A single "?" stands for a lost character of a name, not for an indent: it stays.
    lost_characters = "?阳镇推进甲项工作\n?山街道推进乙项工作\n?溪村推进丙项工作\n"
    assert normalize(lost_characters) == lost_characters


def test_a_page_saved_as_markdown_reads_its_emphasis_and_escaped_stops_as_plain_text() -> None:
    # A WeChat article's Markdown copy: **一、…**, **牵头单位**：X, **配合单位：**Y and list numbers 1\\.
    text = (
        "**一、稳住增长**\n\n1\\. 地区生产总值增长6%。\n\n**牵头单位**：县发改局\n\n"
        "2\\. 固定资产投资增长8%。\n\n**牵头单位：**县住建局\n\n**配合单位：**县财政局\n"
    )
    folded = normalize(text)
    assert len(folded) == len(text)
    assert folded.startswith("  一、稳住增长  \n\n1.  地区生产总值")
    assert task_roles(text) == [(1, ["县发改局"], [], []), (2, ["县住建局"], [], ["县财政局"])]
    assert parse_text(text).sections[0].title == "稳住增长"
    # A ** or an escaped stop in a plain notice stays as printed.
    ordinary = "一、总体\n1.推进甲工作（带**的为重点任务）。\n2.推进乙工作。\n3.推进丙工作。\n"
    assert normalize(ordinary) == fold_width(ordinary)
    # a long copy that marks only its headings is read so too, however many plain lines it holds
    body = "".join(f"{number}.推进第{number}项工作。\n牵头单位：县第{number}局\n" for number in range(1, 16))
    long_copy = f"**一、稳增长**\n{body}**二、促改革**\n{body}**三、惠民生**\n{body}"
    assert [section.title for section in parse_text(long_copy).sections] == ["稳增长", "促改革", "惠民生"]


# -- line index and spans ----------------------------------------------------------------------------
def test_line_index_counts_lines_like_the_contract() -> None:
    index = LineIndex("a\r\nb\n\fc\nlast")
    assert index.line_count == 4
    assert index.line_bounds(1) == (0, 1)  # \r\n is one break, \r not part of the line
    assert index.line_bounds(3) == (5, 7)  # a form feed does not break a line
    assert index.line_of(8) == 4
    assert LineIndex("one\n").line_count == 1


def test_mapped_text_keeps_offsets_across_joins() -> None:
    text = "责任单位：市自然资\n源和规划局"
    first = MappedText.from_source(text, text, 5, 9)
    second = MappedText.from_source(text, text, 10, 15)
    joined = first.append(second)
    assert joined.text == "市自然资源和规划局"
    assert joined.source_range(0, len(joined)) == (5, 15)
    assert joined.slice(3, 6).printed() == "资源和"


# -- classify ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("鞍山市立山区人民政府文件", LineKind.LETTERHEAD),
        ("鞍立政发〔2023〕2号", LineKind.DOC_NUMBER),
        ("荻政发 [2024] 2号", LineKind.DOC_NUMBER),
        ("西政发〔20233", LineKind.DOC_NUMBER),
        ("立山经济开发区,各街道办事处,各区直部门,各有关单位:", LineKind.RECIPIENTS),
        ("2023年3月28日", LineKind.DATE),
        ("二〇二四年一月二十六日", LineKind.DATE),
        ("(此件公开发布)", LineKind.PUBLICATION),
        ("一、以推动高质量发展为首要任务", LineKind.SECTION),
        ("(一)深化“放管服”改革", LineKind.SUBSECTION),
        ("（十一）推进法治型政府建设", LineKind.SUBSECTION),
        ("1.努力实现地区生产总值增长6.2%左右。", LineKind.TASK),
        ("12、完善机制", LineKind.TASK),
        ("１２．完善机制", LineKind.TASK),
        ("5. 空气质量优良天数比例达到82%", LineKind.TASK),
        ("牵头单位:区发改局", LineKind.FIELD),
        ("牽頭單位：區應急管理局", LineKind.FIELD),
        ("　　牵头领导：顾承泽", LineKind.FIELD),
        ("一是加强组织领导。", LineKind.REQUIREMENT),
        ("——推动制造业提质增效", LineKind.TOPIC),
        ("（1）2024年5月底前完成企业自查自改；", LineKind.NUMBERED_ITEM),
        ("▲2024年6月底前完成平台需求梳理;", LineKind.SUB_ITEM),
        ("- 3 -", LineKind.PAGE_NUMBER),
        ("第1页共18页", LineKind.PAGE_NUMBER),
        ("├──┼──────┤", LineKind.TABLE_RULE),
        ("[打印本页] [关闭窗口]", LineKind.CHROME),
        ("【我要纠错】  【打印本页】  【关闭窗口】", LineKind.CHROME),  # a button the list does not name beside it
        ("附件下载：某县2025年方案.docx", LineKind.CHROME),  # a page's download link, not the notice's 附件
        ("某县2025年任务分解表.xlsx", LineKind.CHROME),
        ("---", LineKind.TABLE_RULE),  # a Markdown rule between a copy's rows
        ("【牵头单位】区发改局", LineKind.FIELD),
        ("牵头单位 | 区教育局", LineKind.FIELD),  # a card's label apart from its value by a bar
        ("附件：某某方案", LineKind.ATTACHMENT),
        ("3.2025年5月底前完成砖瓦窑治理", LineKind.TASK),  # a year after the stop: no decimal
        ("2023年是全面贯彻落实党的二十大精神的开局之年", LineKind.TEXT),
        ("1.2万户。", LineKind.TEXT),  # a wrapped line starting with a decimal is not task 1
        ("2021 年全市完成投资", LineKind.TEXT),
    ],
)
def test_line_kinds(line: str, kind: LineKind) -> None:
    assert match_kind(normalize(line, detect_script(line)).strip())[0] is kind


def _kind_trying_every_pattern(body: str) -> LineKind:
    return next((kind for kind, pattern, _ in PATTERNS if pattern.fullmatch(body)), LineKind.TEXT)


@pytest.mark.parametrize(
    "line",
    [
        "您的当前位置:政策文件",
        "通知.jpg",
        "上一篇:关于印发某某方案的通知",
        "字号:大 中 小",
        "[我要纠错] [打印本页]",
        "牵头单位:区发改局",
    ],
)
def test_a_guard_only_spares_patterns_that_cannot_match(line: str) -> None:
    """`needs` is a shortcut: on a few chrome lines and every line of the bundled notices, the kind is
    the one the table gives when every pattern is tried."""
    bodies = {line}
    for path in Path(__file__).parent.joinpath("fixtures").glob("*.txt"):
        text = path.read_bytes().decode("utf-8", errors="replace")
        bodies.update(normalize(body, detect_script(text)).strip() for body in text.splitlines())
    for body in sorted(body for body in bodies if body):
        assert match_kind(body)[0] is _kind_trying_every_pattern(body), body


def test_classify_records_groups_and_table_cells() -> None:
    text = "牵头单位：区发改局\n| 1 | 改造提升 | 县商务局 |\n序号\t工作任务\t责任单位\n"
    doc = classify(text, normalize(text))
    field, pipe, tab = doc.lines
    assert doc.printed(field.groups["value"]) == "区发改局"
    assert pipe.kind is LineKind.TABLE_ROW
    assert [doc.printed(cell) for cell in pipe.cells or ()] == ["1", "改造提升", "县商务局"]
    assert tab.row_style == "tab"
    assert [doc.printed(cell) for cell in tab.cells or ()] == ["序号", "工作任务", "责任单位"]


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("序 号", Role.NUMBER),
        ("协同配合单位", Role.COOPERATING),
        ("主要承办单位", Role.RESPONSIBLE),
        ("牵头主办部门", Role.LEAD),
        ("责任主体与协同单位", Role.RESPONSIBLE),
        ("1-10月推进情况", Role.NOTE),
        ("是否达序", Role.NOTE),
        ("说明", Role.NOTE),
        ("2024年预期目标", Role.TASK),  # a year before the column's name
        ("民生实事", Role.TASK),
        ("计划完成时间", Role.DEADLINE),  # a planned time in the county's own words
        ("预计完成时限", Role.DEADLINE),
        ("办结时限", Role.DEADLINE),
        ("完成时限要求", Role.DEADLINE),
        ("完成时间节点", Role.DEADLINE),
        ("实际完成时间", None),  # when the work was done, in a progress table: not a deadline
        ("办结时间", None),  # bare, in a ledger: when it was done
        ("完成日期", None),
        ("完成要求", None),
        ("评分部门", Role.ASSESSOR),  # the body that scores the work, not one that does it
        ("考核单位", Role.ASSESSOR),
        ("各有关单位", None),  # a data cell, not a header: no role word
        ("各责任单位", None),  # data cells that name bodies, though with role words
        ("相关配合单位", None),
        ("存在问题", None),
        ("工作任务牵头负责部门", None),  # several columns run together: the words of a task column inside
        ("牵头单位配合单位", None),  # two unit columns run together
        ("参与单位责任单位", None),  # the 与 of 参与 joins no two names: two columns
        ("民生事项名称", Role.TASK),  # the matter each row names
        ("事项名称", Role.TASK),
        ("1-9月份工作完成情况", Role.NOTE),  # a progress column over a period, though 工作 is a task column's word
        ("1-9月份工作取得成效", Role.NOTE),
        ("上半年工作进展", Role.NOTE),
    ],
)
def test_column_role_reads_unlisted_headers_by_their_words(header: str, role: Role | None) -> None:
    assert column_role(header) == role


def test_a_body_like_header_names_a_column_inside_a_header_begun() -> None:
    """相关责任部门 alone may be a data cell; after 序号 and before the first row it names a column."""
    assert column_role("相关责任部门") is None
    assert column_role("相关责任部门", among_headers=True) is Role.RESPONSIBLE


def test_merged_cells_over_a_second_item_make_two_rows() -> None:
    """After the first deadline, task text and another deadline: a second item sharing the merged
    number and units. Two deadline cells with no task text between them stay one row."""
    roles = [Role.NUMBER, Role.TASK, Role.RESPONSIBLE, Role.DEADLINE]
    two = merged_items(
        [mapped(text) for text in ("5", "新建养护楼。", "县民政局", "5月底前动工", "开工建设老年大学。", "12月底前")],
        roles,
    )
    assert [[cell.printed() for cell in row] for row in two] == [
        ["5", "新建养护楼。", "县民政局", "5月底前动工"],
        ["5", "开工建设老年大学。", "县民政局", "12月底前"],
    ]
    one = merged_items([mapped(text) for text in ("6", "改造管网。", "县水务局", "6月底前", "12月底前")], roles)
    assert len(one) == 1


def test_a_column_of_requirements_makes_the_task_column_a_topic_column() -> None:
    """工作任务 | 具体要求 | 责任部门: the requirements are the tasks, the work they serve their topic."""
    assert header_roles(["工作任务", "具体要求", "责任部门"]) == [Role.TOPIC, Role.TASK, Role.RESPONSIBLE]
    assert header_roles(["序号", "工作任务", "责任部门"]) == [Role.NUMBER, Role.TASK, Role.RESPONSIBLE]


def test_an_assessment_header_makes_what_is_measured_the_task() -> None:
    """考核指标 | 单位 | 年度目标: beside a column of measures, the indicator is the task and the figure to reach
    a note; without the measures, 年度目标 stays the task column it is elsewhere. A label before 序号 is a
    column of groups."""
    assessment = ["考核项目", "序号", "考核指标", "考核内容", "单位", "年度目标", "责任部门", "评分部门"]
    assert header_roles(assessment, begun=True) == [
        Role.TOPIC,
        Role.NUMBER,
        Role.TASK,
        Role.TASK,
        None,
        Role.NOTE,
        Role.RESPONSIBLE,
        Role.ASSESSOR,
    ]
    assert header_roles(["序号", "年度目标", "责任部门"]) == [Role.NUMBER, Role.TASK, Role.RESPONSIBLE]
    # where the scoring body is the only body the table names, and no leader is, it answers for the work
    assert header_roles(["项目", "分值", "目标任务", "监考单位"], begun=True) == [
        None,
        None,
        Role.TASK,
        Role.RESPONSIBLE,
    ]
    assert header_roles(["序号", "考核指标", "年度目标", "责任部门"]) == [
        Role.NUMBER,
        Role.NOTE,
        Role.TASK,
        Role.RESPONSIBLE,
    ]
    assert header_roles(["序号", "重点任务", "牵头领导", "考核部门"]) == [
        Role.NUMBER,
        Role.TASK,
        Role.LEADER,
        Role.ASSESSOR,
    ]
    # a column that names the tasks keeps them: there 单位 may be the body doing the work
    assert header_roles(["序号", "重点任务", "考核内容", "单位", "完成时限"]) == [
        Role.NUMBER,
        Role.TASK,
        None,
        None,
        Role.DEADLINE,
    ]


@pytest.mark.parametrize("cell", ["3.1", "≥95%", "0.07", "万亩", "万元/人", "%", "-", "亿斤"])
def test_a_figure_or_a_measure_never_fills_a_task_cell(cell: str) -> None:
    assert cell_score(Role.TASK, cell) < 0
    assert cell_score(Role.TASK, "粮食总产量") > 0


def test_a_topic_cell_without_a_numeral_is_the_topic_of_the_rows_under_it() -> None:
    notice = parse_text(
        "工作任务 | 具体要求 | 责任部门 |\n加强预算公开 | 1.公开年度预算。 | 财务科 |\n2.公开决算。 | 财务科 | |\n"
    )
    assert [(task.number, task.topic, task.text) for task in notice.all_tasks()] == [
        (1, "加强预算公开", "公开年度预算。"),
        (2, "加强预算公开", "公开决算。"),
    ]


def test_running_header_at_the_top_of_two_pages() -> None:
    """A line that opens two pages (after a form feed) is a running header; the same line once, or in
    the middle of a page, is not."""
    text = "县政府文件\n一、总体要求\n— 1 —\n\f县政府规范性文件\n1.任务甲\n— 2 —\n\f县政府规范性文件\n2.任务乙\n"
    doc = classify(text, normalize(text))
    assert [doc.printed(doc.lines[index].body) for index in sorted(running_headers(doc))] == ["县政府规范性文件"] * 2
    once = "县政府规范性文件\n1.任务甲\n\f县政府规范性文件\n2.任务乙\n"
    assert running_headers(classify(once, normalize(once))) == set()


def test_running_header_mirrored_on_facing_pages() -> None:
    """A gazette prints its header's parts in the other order on facing pages: still one running header."""
    text = (
        "一、总体要求\n1.任务甲\n— 16 —\n\f2025年第4期          某省人民政府公报\n2.任务乙\n"
        "— 17 —\n\f某省人民政府公报          2025年第4期\n3.任务丙\n"
    )
    doc = classify(text, normalize(text))
    assert [doc.printed(doc.lines[index].body).split() for index in sorted(running_headers(doc))] == [
        ["2025年第4期", "某省人民政府公报"],
        ["某省人民政府公报", "2025年第4期"],
    ]


# -- units ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("各街道,区政府系统各单位、各部门,各相关单位", ["各街道", "区政府系统各单位", "各部门", "各相关单位"]),
        ("市自然资源局、各县、市、区政府", ["市自然资源局", "各县、市、区政府"]),
        ("市直有关部门、单位", ["市直有关部门、单位"]),
        ("各区、县（市）人民政府，璋城高新区管委会", ["各区、县（市）人民政府", "璋城高新区管委会"]),
        ("市财政局,各县(市、区)政府(管委会)", ["市财政局", "各县(市、区)政府(管委会)"]),
        ("县财政局<br>县自然资源局<br />各乡镇人民政府", ["县财政局", "县自然资源局", "各乡镇人民政府"]),
        ("区民政局。", ["区民政局"]),
        ("规划局等相关部门,13个街道、镇", ["规划局等相关部门", "13个街道、镇"]),  # N个 names many, as 各 does
        ("民政局、五个乡、镇", ["民政局", "五个乡、镇"]),
        ("市防汛指挥部各工作组,市直各相关部门", ["市防汛指挥部各工作组", "市直各相关部门"]),  # a body's own groups
        ("省财政厅、相关市、县政府", ["省财政厅", "相关市、县政府"]),  # 相关 names many, as 各 does
        # place names share the government after the last, bare or each with its level
        ("甲城、乙河、丙山市政府、省商务厅", ["甲城、乙河、丙山市政府", "省商务厅"]),
        ("甲城区、乙河区政府", ["甲城区、乙河区政府"]),
        ("发改、财政、税务局", ["发改", "财政", "税务局"]),
        ("发改、财政、开发区政府", ["发改", "财政", "开发区政府"]),  # 区政府: maybe a department's short names
        ("有关部门、县政府", ["有关部门", "县政府"]),  # a collective ending in a generic noun is whole
        ("各单位、乡政府", ["各单位", "乡政府"]),
    ],
)
def test_split_list(value: str, names: list[str]) -> None:
    assert [unit.printed() for unit in split_list(mapped(value)).units] == names


def test_split_list_reports_empty_items() -> None:
    result = split_list(mapped("县统计局、、县税务局"))
    assert [unit.printed() for unit in result.units] == ["县统计局", "县税务局"]
    assert result.empty_at == [5]


@pytest.mark.parametrize(
    ("raw", "name", "scope", "etc"),
    [
        ("区财政局等有关单位", "区财政局", None, True),
        ("区商务局等", "区商务局", None, True),
        ("市能源局等市有关部门", "市能源局", None, True),
        ("县教育局等县直相关单位", "县教育局", None, True),
        ("省科技厅等省级有关部门", "省科技厅", None, True),
        ("区工信局(闲置厂房)", "区工信局", "闲置厂房", False),
        ("区住房和城乡建设局（城区部分）", "区住房和城乡建设局", "城区部分", False),
        ("市发展和改革委员会（市能源局）", "市发展和改革委员会（市能源局）", None, False),
        ("各乡（镇）人民政府", "各乡（镇）人民政府", None, False),
        ("各乡镇（场）", "各乡镇（场）", None, False),
        ("各街办(新区)", "各街办(新区)", None, False),
        ("王 健", "王健", None, False),
        ("市乙局(第一责任单位为牵头单位,下同)", "市乙局", None, False),  # a note on the list, no scope
        ("区交通局(负责牵头协调)", "区交通局", "负责牵头协调", False),  # a scope that speaks of leading
        ("区水利局(含水库管理站,下同)", "区水利局", "含水库管理站,下同", False),
    ],
)
def test_unit_names(raw: str, name: str, scope: str | None, etc: bool) -> None:
    assert derive_name(normalize(raw), raw, "simplified") == (name, scope, etc)


def test_traditional_name_is_simplified() -> None:
    raw = "區住房和城鄉建設局"
    assert derive_name(normalize(raw, "traditional"), raw, "traditional")[0] == "区住房和城乡建设局"


# -- brackets ------------------------------------------------------------------------------------------
def roles(content: str) -> list[tuple[str, str]]:
    reading = read_bracket(mapped(content))
    assert reading is not None
    return [(value.role.value if value.role else "?", value.value.printed()) for value in reading.values]


def test_a_label_wins_over_a_share_verb_each_unit_its_own() -> None:
    """责任单位：…按职责分工分别负责: each does its own share of the labelled role, none leads."""
    notice = parse_text(
        "一、总体\n1.推进法治建设。\n责任单位：县政府办公室、县司法局，乡镇人民政府按职责分工分别负责。\n"
    )
    task = notice.all_tasks()[0]
    assert [unit.name for unit in task.responsible_units] == ["县政府办公室", "县司法局", "乡镇人民政府"]
    assert task.lead_units == []


def test_verb_bracket() -> None:
    assert roles("市发展改革委牵头,市自然资源局、市住房城乡建设局配合,各县、市、区政府按职责分工负责") == [
        ("lead", "市发展改革委"),
        ("cooperating", "市自然资源局、市住房城乡建设局"),
        ("cooperating", "各县、市、区政府"),
    ]
    assert roles("市发展改革委、市财政局分别牵头") == [("lead", "市发展改革委、市财政局")]
    assert roles("市交通运输局牵头,岑阳机场公司配合,2024年12月底前") == [
        ("lead", "市交通运输局"),
        ("cooperating", "岑阳机场公司"),
        ("deadline", "2024年12月底前"),
    ]


def test_labelled_bracket_with_comma_fields() -> None:
    assert roles("牵头单位:市地方金融管理局,配合单位:市工业和信息化局、市国资委,各区、县(市)人民政府") == [
        ("lead", "市地方金融管理局"),
        ("cooperating", "市工业和信息化局、市国资委,各区、县(市)人民政府"),
    ]


def test_not_a_role_bracket() -> None:
    assert read_bracket(mapped("以下简称“市发改委”")) is None
    assert read_bracket(mapped("含5个乡镇、3个街道")) is None


def test_trailing_bracket_handles_nesting_and_final_stop() -> None:
    text = mapped("推进工作。〔牵头单位:县农业农村局;责任单位:各乡(镇)人民政府〕。")
    bracket = trailing_bracket(text)
    assert bracket is not None
    assert text.text[bracket[0]] == "["
    assert bracket[1] == len(text) - 2


def test_forward_note() -> None:
    reading = read_bracket(mapped("市工业和信息化局牵头。本部分以下各项任务,各县、市、区政府均按职责分工负责,下同"))
    assert reading is not None
    assert [(note.role, note.units.printed()) for note in reading.forward] == [(Role.COOPERATING, "各县、市、区政府")]


# -- deadlines and numbers ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "date", "kind"),
    [
        ("2024年12月底前", "2024-12-31", DeadlineKind.DATE),
        ("6月底完成", "2024-06-30", DeadlineKind.DATE),
        ("2024年2月底前", "2024-02-29", DeadlineKind.DATE),
        ("2024年5月至9月", "2024-09-30", DeadlineKind.PERIOD),
        ("全年", "2024-12-31", DeadlineKind.PERIOD),
        ("年内见成效", "2024-12-31", DeadlineKind.PERIOD),
        ("长期坚持", None, DeadlineKind.ONGOING),
        ("持续推进", None, DeadlineKind.ONGOING),
        ("2025年1月底前", "2025-01-31", DeadlineKind.DATE),
        ("二季度", "2024-06-30", DeadlineKind.PERIOD),
        ("国庆节前完成", "2024-09-30", DeadlineKind.DATE),  # an event of the year the calendar fixes
        ("秋季开学前投入使用", "2024-08-31", DeadlineKind.DATE),
        ("汛前", None, DeadlineKind.PERIOD),  # one it does not: before the flood season, no day
        ("2025年汛前", "2025-12-31", DeadlineKind.PERIOD),  # within its year at least
        ("春节前", None, DeadlineKind.PERIOD),
        ("秋季学期开学前", "2024-08-31", DeadlineKind.DATE),
        ("2025年底前建成通车", "2025-12-31", DeadlineKind.DATE),
        ("常态化推进", None, DeadlineKind.ONGOING),
    ],
)
def test_deadlines(raw: str, date: str | None, kind: DeadlineKind) -> None:
    assert read_deadline(raw, 2024) == (date, kind)


def test_deadline_phrases() -> None:
    assert is_deadline_phrase("6月底完成")
    assert is_deadline_phrase("年内持续推进")
    assert not is_deadline_phrase("市财政局")
    assert not is_deadline_phrase("全年实施市级重点建设项目260个")
    # a recurring time, perhaps with its day: a table's 完成时限 cell
    assert all(is_deadline_phrase(phrase) for phrase in ("每月10日前", "每年12月底前", "每季度末", "每月5日前报送"))
    assert not is_deadline_phrase("每月工作")
    # before an event of the year: 汛前 · 春节前 (not the words alone: 防汛 · 春节)
    assert all(is_deadline_phrase(phrase) for phrase in ("2025年汛前完成", "主汛期前", "春节前", "秋季开学前投入使用"))
    assert not any(is_deadline_phrase(phrase) for phrase in ("防汛", "春节", "开学"))
    # a compound verb of completion (建成通车 · 建成投运) and a standing practice (常态化推进)
    phrases = ("2025年底前建成通车", "年底前建成投运", "常态化推进", "常态化")
    assert all(is_deadline_phrase(phrase) for phrase in phrases)
    # a span of years, a month whose 月 a copy dropped, a time after an event the notice names
    phrases = ("2016—2017年底前", "2017年至2018年底前", "2016年6底前", "省出台文件后2个月完成", "文件印发后3个月内")
    assert all(is_deadline_phrase(phrase) for phrase in phrases)
    assert read_deadline("2016—2018年底前", 2016) == ("2018-12-31", DeadlineKind.PERIOD)
    assert not any(is_deadline_phrase(phrase) for phrase in ("会后3天", "推进某项工作后再说"))
    assert not is_deadline_phrase("常态化开展安全生产大检查")


def test_numerals_and_dates() -> None:
    assert [han_to_int(numeral) for numeral in ("一", "十", "十一", "二十三", "一百零五")] == [1, 10, 11, 23, 105]
    assert [han_to_int(numeral) for numeral in ("①", "⑳", "⑴", "⑽", "⒇")] == [1, 20, 1, 10, 20]
    assert iso_date("二〇二四年一月二十六日") == "2024-01-26"
    assert iso_date("二OO八年三月五日") == "2008-03-05"
    assert iso_date("2024 年 1 月 22 日") == "2024-01-22"
    assert iso_date("2024年2月30日") is None


@pytest.mark.parametrize(
    ("metadata", "doc_number"),
    [
        ("文件编号: 甲政办发〔2026〕3号 统一编号: ", "甲政办发〔2026〕3号"),
        ("发文文号: 甲政发〔2026〕12号", "甲政发〔2026〕12号"),
        ("文号: 甲政发〔2026〕5号 发布机关: 甲市人民政府", "甲政发〔2026〕5号"),
        ("文号: 文件分类: 综合政务 所属机构: 甲市人民政府", None),  # an empty 文号 names none
        ("文号: 成文日期: 2026年3月1日", None),  # nor takes the next pair's value
    ],
)
def test_document_number_from_the_page_metadata(metadata: str, doc_number: str | None) -> None:
    notice = parse_text(f"{metadata}\n甲市重点工作任务分解方案\n一、总体\n1.推进工作。（牵头单位：市发改委）\n")
    assert notice.meta.doc_number == doc_number


@pytest.mark.parametrize("date_text", ["二〇二六年三月十七日", "2026年3月17日"])
def test_a_date_after_the_document_number_is_the_notice_date(date_text: str) -> None:
    plan = "甲市重点工作任务分解方案\n一、总体\n1.推进工作。（牵头单位：市发改委）\n"
    notice = parse_text(f"甲府发〔2026〕8号 {date_text}\n{plan}")
    assert (notice.meta.doc_number, notice.meta.date) == ("甲府发〔2026〕8号", "2026-03-17")


def test_a_title_after_the_document_number_stays_the_title() -> None:
    plan = "一、总体\n1.推进工作。（牵头单位：市发改委）\n"
    notice = parse_text(f"甲府发〔2026〕8号甲市人民政府关于印发某方案的通知\n{plan}")
    assert (notice.meta.title, notice.meta.date) == ("甲市人民政府关于印发某方案的通知", None)


def test_lines_after_the_last_row_of_a_word_table_are_not_its_units() -> None:
    """Under a single-space table, unit names continue a row only while rows follow: the signature and
    the date after the last row stay the notice's."""
    text = (
        "序号 工作任务 牵头单位 责任单位\n1 推进乡村振兴 县农业农村局 县财政局\n"
        "县水利局\n2 推进项目建设 县发改局 县住建局\n甲县人民政府办公室\n2026年3月1日\n"
    )
    notice = parse_text(text)
    assert [[unit.name for unit in task.responsible_units] for task in notice.all_tasks()] == [
        ["县财政局", "县水利局"],
        ["县住建局"],
    ]
    assert notice.meta.issuer == "甲县人民政府办公室"


def test_a_word_table_with_unread_and_note_columns_and_merged_sub_rows() -> None:
    """Single-space columns: a header word the vocabulary does not know (类别, 细化措施) is a column of its
    own; 责任部门 备注 are two columns; a list of units that goes on over a space (、 at a word's end) is one
    cell; a line with no number holding a task's words and units is the row above going on."""
    text = (
        "序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位 备注\n"
        "1 水资源 严守用水红线 实施双控行动。 县水利局 县发改局、 县农业局 各乡镇政府 县财政局\n"
        "完成年度考核。 县统计局\n"
        "2 水环境 治理黑臭水体 完成整治。 县环保局 县住建局 各乡镇政府\n"
    )
    notice = parse_text(text)
    assert [
        (
            task.number,
            task.text,
            [unit.name for unit in task.lead_units],
            [unit.name for unit in task.cooperating_units],
            [unit.name for unit in task.responsible_units],
            [note.text for note in task.notes],
        )
        for task in notice.all_tasks()
    ] == [
        (
            1,
            "严守用水红线\n完成年度考核。",
            ["县水利局"],
            ["县发改局", "县农业局"],
            ["各乡镇政府", "县统计局"],
            ["水资源", "实施双控行动", "县财政局"],  # the columns the parser does not read are the task's notes
        ),
        (2, "治理黑臭水体", ["县环保局"], ["县住建局"], ["各乡镇政府"], ["水环境", "完成整治"]),
    ]


def test_a_label_known_only_inside_brackets() -> None:
    """主办单位 names the host, the lead, inside a task's bracket; as a line of its own it stays what it
    is on every government site, the footer's sponsor, and gives no task units."""
    notice = parse_text(
        "一、推进改革\n1.深化林权改革。（主办单位：市林业局；协办单位：市财政局、各县区政府）\n"
        "各单位要抓好落实。\n主办单位：甲市人民政府办公室　　承办单位：甲市大数据中心\n"
    )
    task = notice.all_tasks()[0]
    assert [unit.name for unit in task.lead_units] == ["市林业局"]
    assert [unit.name for unit in task.cooperating_units] == ["市财政局", "各县区政府"]


@pytest.mark.parametrize(
    "sentence",
    [
        "列第一位的为牵头单位",
        "排在首位的单位为牵头单位",
        "列第一位者为工作牵头单位或汇总单位",
        "首位单位为牵头单位，下同",
        "第一位的部门是牵头部门",
        "第一责任单位为牵头单位，下同",
    ],
)
def test_wordings_of_the_first_listed_convention(sentence: str) -> None:
    text = f"说明：{sentence}。\n"
    found = find_conventions(text, text.replace("，", ","), LineIndex(text))
    assert [convention.kind for convention in found] == [ConventionKind.FIRST_LISTED_LEADS]


@pytest.mark.parametrize(
    ("sentence", "rest"),
    [
        ("责任单位中排在第一位的为牵头单位，其他为配合单位。", "cooperating"),
        ("列第一位的为牵头单位，其余单位为协办单位。", "cooperating"),
        ("列第一位的为牵头单位，其余为责任单位。", "responsible"),
        ("列第一位的为牵头单位，其他为责任单位，县直其他部门为配合单位。", "responsible"),
        ("列第一位的为牵头单位。", "responsible"),
    ],
)
def test_the_first_listed_convention_says_what_the_rest_are(sentence: str, rest: str) -> None:
    text = f"各单位：{sentence}\n序号\t工作任务\t责任单位\n1\t推进甲项工作。\t县农业局、县财政局、县水利局\n"
    task = parse_text(text).all_tasks()[0]
    listed = {"responsible": task.responsible_units, "cooperating": task.cooperating_units}
    assert [unit.name for unit in task.lead_units] == ["县农业局"]
    assert [unit.name for unit in listed[rest]] == ["县财政局", "县水利局"]
    assert [unit.name for role, units in listed.items() if role != rest for unit in units] == []


def test_a_first_unit_is_not_a_convention() -> None:
    text = "责任单位：县发改局（首位）、县财政局。第一位负责人为张三。\n"
    assert find_conventions(text, text, LineIndex(text)) == []


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("主要协作单位", Role.COOPERATING),
        ("牵头负责科室", Role.LEAD),
        ("实施部门", Role.RESPONSIBLE),
        ("主办单位", None),  # every site's footer: a role only inside a task's bracket
        ("承办单位", None),
        ("相关配合单位", None),  # bodies, not a label
    ],
)
def test_an_unlisted_label_is_read_by_its_words(label: str, role: Role | None) -> None:
    assert role_of_label(label) is role


@pytest.mark.parametrize(
    ("content", "units"),
    [
        ("养老保险科、社保经办中心", ["养老保险科", "社保经办中心"]),
        ("县司法局", ["县司法局"]),
        ("县农委、人社局,各县(市)、区政府", ["县农委", "人社局", "各县(市)", "区政府"]),
        ("各乡(镇)政府", ["各乡(镇)政府"]),
        ("含新就业形态劳动者", None),
        ("以下简称市发改委", None),
        ("2024年底前", None),
        ("含开发区", None),
    ],
)
def test_a_bracket_of_office_names_only_names_responsible_units(content: str, units: list[str] | None) -> None:
    reading = read_bracket(MappedText(content, content))
    if units is None:
        assert reading is None
    else:
        assert reading is not None
        assert [value.role for value in reading.values] == [Role.RESPONSIBLE]
        assert [name.text for name in split_depth0(reading.values[0].value, "、,，")] == units


def test_a_notice_that_lost_its_line_breaks_is_read_a_piece_per_lost_line() -> None:
    line = (
        "各乡镇人民政府，县直各单位： 现将分工印发给你们，请认真贯彻执行。"
        + "各单位要加强组织领导。" * 14
        + " 某县人民政府办公室 2024年3月1日 （此件公开发布） 重点工作责任分解 一、张三县长牵头重点工作"
        " 1.推进项目建设。 责任单位：县发改局、县财政局 2.优化营商环境。 责任单位：县营商局 二、李四副县长牵头重点工作"
        " 1.深化审批改革。 责任单位：县政务服务中心\n"
    )
    kinds = [(line.kind, text) for line, text in _kinds(line)]
    assert (LineKind.DATE, "2024年3月1日") in kinds
    assert [text for kind, text in kinds if kind is LineKind.SECTION] == [
        "一、张三县长牵头重点工作",
        "二、李四副县长牵头重点工作",
    ]
    assert [text for kind, text in kinds if kind is LineKind.TASK] == [
        "1.推进项目建设。",
        "2.优化营商环境。",
        "1.深化审批改革。",
    ]
    assert next(text for kind, text in kinds if kind is LineKind.FIELD) == "责任单位：县发改局、县财政局"
    assert {line.no for line, _ in _kinds(line)} == {1}


def test_a_collapsed_notice_whose_tasks_close_with_brackets_and_whose_title_ran_over_two_lines() -> None:
    # One heading and one subheading only; the tasks that follow a role bracket tell the lost breaks.
    line = (
        "某省人民政府 关于明确2024年 重点工作责任单位的通知 某政〔2024〕3号 "
        + "现将重点工作任务予以分解并明确责任单位，请认真抓好落实。" * 6
        + " 一、提振市场信心 (一)促进消费增长。 1.推进甲项工作，改善消费条件。（省商务厅、省财政厅按职责分工负责）"
        " 2.推进乙项工作。（省发展改革委牵头，省商务厅按职责分工负责） 3.推进丙项工作。（省住房城乡建设厅负责）\n"
    )
    kinds = [(line.kind, text) for line, text in _kinds(line)]
    assert kinds[:4] == [
        (LineKind.TEXT, "某省人民政府"),
        (LineKind.TEXT, "关于明确2024年"),
        (LineKind.TEXT, "重点工作责任单位的通知"),
        (LineKind.DOC_NUMBER, "某政〔2024〕3号"),
    ]
    assert [text for kind, text in kinds if kind is LineKind.SUBSECTION] == ["(一)促进消费增长。"]
    assert [text[:2] for kind, text in kinds if kind is LineKind.TASK] == ["1.", "2.", "3."]
    notice = parse_text(line)
    assert notice.meta.doc_number == "某政〔2024〕3号"
    assert task_roles(line) == [
        (1, [], [], ["省商务厅", "省财政厅"]),
        (2, ["省发展改革委"], [], ["省商务厅"]),
        (3, ["省住房城乡建设厅"], [], []),
    ]
    assert [len(subsection.tasks) for section in notice.sections for subsection in section.subsections] == [3]


def test_a_short_notice_that_is_all_one_line_is_cut_as_a_collapsed_one() -> None:
    # Shorter than a long paragraph, but nothing else is on the page: its heading and a task after a
    # role bracket (and its stop) tell the lost breaks.
    line = (
        "某县人民政府办公室关于印发2025年重点工作任务分工的通知 各乡镇人民政府，县直各单位： "
        "现将任务分工印发给你们，请认真贯彻执行。 一、重点任务 1.推进城区道路改造（县住建局牵头，县财政局配合）。"
        " 2.完善农村供水设施（县水利局牵头，各乡镇配合）。 某县人民政府办公室 2025年3月8日\n"
    )
    assert len(line) < 300
    notice = parse_text(line)
    assert (notice.meta.issuer, notice.meta.date) == ("某县人民政府办公室", "2025-03-08")
    assert [(task.id, task.text) for task in notice.all_tasks()] == [
        ("1.1", "推进城区道路改造"),
        ("1.2", "完善农村供水设施"),
    ]
    assert task_roles(line) == [(1, ["县住建局"], [], ["县财政局"]), (2, ["县水利局"], [], ["各乡镇"])]
    # the same line among others is not cut at every space: only before the markers its headings and tasks run in
    # sequence by (a glued line's, see lines.classify._glued_pieces), so its header stays one piece
    among = parse_text("某县人民政府办公室\n" + line)
    assert next((task.id, task.text) for task in among.all_tasks()) == ("1.1", "推进城区道路改造")
    kinds = [(piece.kind, text[:4]) for piece, text in _kinds("某县人民政府办公室\n" + line)]
    assert (LineKind.SECTION, "一、重点") in kinds
    assert not any(text.startswith(("各乡镇", "现将")) for _, text in kinds)


def test_a_one_line_notice_with_no_spaces_opens_its_first_task_after_a_sentence_and_signs_after_the_last() -> None:
    line = (
        "某镇人民政府关于印发春季防火任务分工的通知 各村委会，镇直各单位：现将任务分工如下，请抓好落实。"
        "1.开展林区火源隐患排查（镇应急办牵头，各村委会配合）。2.设立防火检查站（镇执法队牵头，镇派出所配合）。"
        "某镇人民政府 2025年3月6日\n"
    )
    notice = parse_text(line)
    assert [(task.number, task.text) for task in notice.all_tasks()] == [
        (1, "开展林区火源隐患排查"),
        (2, "设立防火检查站"),
    ]
    assert (notice.meta.issuer, notice.meta.date) == ("某镇人民政府", "2025-03-06")
    assert task_roles(line) == [(1, ["镇应急办"], [], ["各村委会"]), (2, ["镇执法队"], [], ["镇派出所"])]
    # a figure after a sentence is no task's number, nor is a number the next task does not follow
    pieces = [text for _, text in _kinds("全年完成造林。1.5万亩任务已下达（县林业局牵头）。3.推进…\n")]
    assert pieces == ["全年完成造林。1.5万亩任务已下达（县林业局牵头）。", "3.推进…"]


@pytest.mark.parametrize(
    ("signature", "date"),
    [
        ("某县人民政府办公室 2025年3月8日", "2025-03-08"),
        ("某县发展和改革局\u3000\u3000二〇二五年一月五日", "2025-01-05"),
    ],
)
def test_a_signing_body_and_its_date_on_one_line_are_the_issuer_and_the_date(signature: str, date: str) -> None:
    text = (
        "某县人民政府办公室关于印发重点工作任务分工的通知\n各乡镇人民政府，县直各单位：\n"
        f"现将任务分工印发给你们，请认真贯彻执行。\n{signature}\n一、重点任务\n1.推进城区道路改造。\n牵头单位：县住建局\n"
    )
    notice = parse_text(text)
    assert (notice.meta.issuer, notice.meta.date) == (signature.split()[0].rstrip("\u3000"), date)
    assert task_roles(text) == [(1, ["县住建局"], [], [])]
    # a line of words that is no body's name keeps its date as text
    kinds = [line.kind for line, _ in _kinds("请于本周内完成 2025年3月8日\n")]
    assert kinds == [LineKind.TEXT]


def test_a_collapsed_header_is_not_cut_inside_a_name_a_book_title_or_a_list() -> None:
    line = (
        "某 县 人 民 政 府 关于印发《某县 5G 网络建设 重点工作任务分解方案》的通知 某政发〔2024〕5号 "
        "各乡镇人民政府， 县直各单位： "
        + "现将重点工作任务予以分解，请认真抓好落实。"
        * 8
        + " 某县人民政府 2024年3月1日"
        " 一、网络建设 1.推进基站建设。（县工信局牵头） 2.推进光纤入户。（县工信局牵头）"
        " 3.推进网络提速。（县工信局牵头）\n"
    )
    meta = parse_text(line).meta
    assert meta.title == "某县人民政府关于印发《某县5G网络建设重点工作任务分解方案》的通知"
    assert meta.recipients == ["各乡镇人民政府", "县直各单位"]
    assert meta.doc_number == "某政发〔2024〕5号"
    # A bracket of a deadline before a number is no lost break: a long task of numbered measures is one line.
    measures = "3.推进园区提质增效。主要措施：" + " ".join(
        f"{n}.完成第{n}批企业技术改造项目验收和绩效评价，形成可复制可推广的经验做法（{n + 1}月底前）"
        for n in range(1, 9)
    )
    row = measures + "。（责任单位：县工信局；配合单位：县财政局）\n"
    assert len(row) > 300
    assert [kind for kind, _ in ((line.kind, text) for line, text in _kinds(row))] == [LineKind.TASK]


def test_a_long_row_of_numbered_measures_is_not_a_collapsed_notice() -> None:
    """A row of a table apart by spaces may hold 1.… 2.… 3.… in a cell: without a heading or a label
    after a space it stays one line."""
    row = (
        "3  推进园区提质  "
        + " ".join(f"{n}.完成第{n}批企业技术改造项目验收工作，形成可推广经验。" * 3 for n in range(1, 5))
        + "  县工信局\n"
    )
    assert len(row) > 300
    assert len(_kinds(row)) == 1


def _kinds(text: str) -> list[tuple[Line, str]]:
    norm = normalize(text, "simplified")
    return [
        (line, text[line.body[0] : line.body[1]])
        for line in classify(text, norm).lines
        if line.kind is not LineKind.BLANK
    ]


def test_a_full_row_keeps_its_order_unless_its_cells_clearly_fit_elsewhere() -> None:
    roles = [Role.NUMBER, Role.TASK, None, Role.LEADER, Role.LEAD, Role.COOPERATING, Role.NOTE]
    in_order = ["3", "新建公园2个。", "2个", "王明", "园林处", "各街道", "已完成。"]
    assert [cell.text for cell in placed_by_fit(_cells(in_order), roles)] == in_order
    dropped = ["3", "新建公园2个。", "王明", "园林处", "各街道", "已完成。", ""]  # 年度目标 dropped, a bare | added
    placed = placed_by_fit(_cells(dropped), roles)
    assert [cell.text for cell in placed][3:6] == ["王明", "园林处", "各街道"]


def _cells(texts: list[str]) -> list[MappedText]:
    return [MappedText(text, text) for text in texts]


@pytest.mark.parametrize(
    ("value", "following", "breaks"),
    [
        ("县教育局、开发区党工", "委、各镇党委", True),
        ("县教育局、县财政局", "加强统筹协调。", False),  # the list is complete
        ("县教育局、开发区党工", "加强统筹协调、落实资金保障和督促检查工作。", False),  # no name completed
        ("各乡镇", "政府", False),  # 各乡镇 is a collective name already
    ],
)
def test_a_list_that_breaks_off_inside_a_name(value: str, following: str, breaks: bool) -> None:
    assert breaks_off_in_a_name(value, following) is breaks


@pytest.mark.parametrize(
    ("name", "organisational"),
    [
        ("县农业农村局", True),
        ("各乡镇", True),
        ("全县各乡镇", True),
        ("全市公安机关", True),
        ("全区经济运行各专班", True),
        ("全市统筹", False),  # what the whole city does (a target cell), not who does it
        ("逐年提高", False),
    ],
)
def test_a_collective_names_bodies_and_a_target_does_not(name: str, organisational: bool) -> None:
    assert looks_organisational(name) is organisational


@pytest.mark.parametrize("cell", ["市发改委牵头落实", "市金融办、市统计局分别牵头落实", "办公室牵头,各科室配合"])
def test_a_cell_that_assigns_the_work_with_verbs_fits_a_unit_column_not_the_task(cell: str) -> None:
    assert cell_score(Role.RESPONSIBLE, cell) > 0
    assert cell_score(Role.TASK, cell) < 0
    # a sentence with a verb in it is still the task's, and so is a clause of work after a clause of units
    assert cell_score(Role.RESPONSIBLE, "加强财政政策信息公开,各单位牵头落实到位并按月公开全市财政收支情况。") < 0
    assert cell_score(Role.RESPONSIBLE, "市发改委牵头,加快推进项目建设") <= 0
