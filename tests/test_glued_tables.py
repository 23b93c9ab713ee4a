"""Tables whose cells ran together (a document site's preview of a Word table): the header's names, the rows
by their numbers, the cells by their kinds (builder.tables.glued, grammar.labels.glued_header)."""

from __future__ import annotations

from line_coverage import uncovered_lines
from lishan_plan import parse_text
from lishan_plan.grammar.labels import glued_header
from lishan_plan.grammar.vocabulary import Role

NAME = "某县2024年重点工作任务分解表.docx"
SITE = f"{NAME}\n《{NAME}》由会员分享,可在线阅读,更多相关《{NAME}(3页珍藏版)》请在某某文库上搜索。\n"


def read(text: str) -> list[tuple[str | None, int | None, str, list[str], list[str], list[str], list[str], str | None]]:
    notice = parse_text(text)
    assert uncovered_lines(notice, text) == []
    return [
        (
            task.id.split(".")[0] if "." in task.id else None,
            task.number,
            task.text[:6],
            [unit.name for unit in task.lead_units],
            [unit.name for unit in task.responsible_units],
            [unit.name for unit in task.cooperating_units],
            [leader.name for leader in task.leaders],
            task.deadline.raw if task.deadline else None,
        )
        for task in notice.all_tasks()
    ]


def test_the_header_names_of_a_glued_header() -> None:
    text = "序号工作任务分管领导牵头单位配合单位完成时限备注1推进"
    names = glued_header(text)
    assert names is not None
    assert [(text[low:high], role) for low, high, role in names] == [
        ("序号", Role.NUMBER),
        ("工作任务", Role.TASK),
        ("分管领导", Role.LEADER),
        ("牵头单位", Role.LEAD),
        ("配合单位", Role.COOPERATING),
        ("完成时限", Role.DEADLINE),
        ("备注", Role.NOTE),
    ]
    # a name the vocabulary does not know among those it does is kept whole, as one column
    unknown = glued_header("序号任务名称目标内容主要责任单位完成期限1习惯")
    assert unknown is not None
    assert [role for _, _, role in unknown][2] is None
    assert glued_header("序号 | 重点任务 | 牵头单位 | 配合单位 |") is None  # cells with separators
    assert glued_header("序号工作任务完成时限1推进") is None  # no unit column


def test_a_glued_table_on_one_line_with_sections_and_a_page_number() -> None:
    text = (
        "某县2024年重点工作任务分解表序号重点任务牵头单位配合单位完成时限一、经济发展"
        "1全县地区生产总值增长6%,新增规上企业12家。县发改局县统计局、县财政局全年"
        "2新建标准化厂房5万平方米。县工信局县自然资源局,各乡镇2024年12月底前—2—二、民生保障"
        "3新增城镇就业2000人。县人社局县财政局2024年11月"
        "4改造老旧小区8个。县住建局各乡镇、县城管局长期坚持\n"
    )
    assert read(text) == [
        ("1", 1, "全县地区生产", ["县发改局"], [], ["县统计局", "县财政局"], [], "全年"),
        ("1", 2, "新建标准化厂", ["县工信局"], [], ["县自然资源局", "各乡镇"], [], "2024年12月底前"),
        ("2", 3, "新增城镇就业", ["县人社局"], [], ["县财政局"], [], "2024年11月"),
        ("2", 4, "改造老旧小区", ["县住建局"], [], ["各乡镇", "县城管局"], [], "长期坚持"),
    ]


def test_a_glued_table_over_page_chunks_with_leaders_and_a_repeated_header() -> None:
    # the site's page chunks (2、 3、) break mid-name; the header again at a page's top; a leader's name
    # glued to a unit with no level (教育局); a note after the deadline
    text = SITE + (
        "1、某县2024年重点工作任务分解表序号工作任务分管领导牵头单位配合单位完成时限备注"
        "1新建学校3所,增加学位1500个。王立新教育局县财政局、县住建局2024年8月底前续建项目"
        "2实施城乡供水一体化工程。李红县水利局县发展\n"
        "2、改革局2024年12月底前序号工作任务分管领导牵头单位配合单位完成时限备注"
        "3建设乡镇综合文化站4个。王立新县文旅局各乡镇全年\n"
    )
    assert read(text) == [
        (None, 1, "新建学校3所", ["教育局"], [], ["县财政局", "县住建局"], ["王立新"], "2024年8月底前"),
        (None, 2, "实施城乡供水", ["县水利局"], [], ["县发展改革局"], ["李红"], "2024年12月底前"),
        (None, 3, "建设乡镇综合", ["县文旅局"], [], ["各乡镇"], ["王立新"], "全年"),
    ]
    notes = [note.text for task in parse_text(text).all_tasks() for note in task.notes]
    assert notes == ["续建项目"]


def test_numbers_inside_a_rows_text_open_no_row() -> None:
    # 3个 · 2024年 · 5G: a figure with its measure, a year or letters after it is no row's number
    text = (
        "序号重点任务责任单位1建设5G基站2个,新增公园3个。县工信局、县住建局2完成2024年目标任务。县发改局"
        "3开展培训30场次。县人社局\n"
    )
    rows = read(text)
    assert [(number, lead, responsible) for _, number, _, lead, responsible, _, _, _ in rows] == [
        (1, [], ["县工信局", "县住建局"]),
        (2, [], ["县发改局"]),
        (3, [], ["县人社局"]),
    ]


def test_names_glued_in_a_cell_are_read_apart_where_each_reads_whole() -> None:
    # 经开区 / 高新园(石桥镇) / 各街道 / 市国有公司 apart; 各乡镇卫生院, 领导小组各成员单位 and 各区(市)县政府(管委会)
    # whole; 等部门 inside a list, 镇(街道) and a list's last plain name (城关镇) are names too
    text = (
        "序号工作任务牵头单位配合单位1新建学校3所。教育局经开区高新园(石桥镇)各街道市国有公司"
        "2推进医共体建设。县卫健局县医保局、各乡镇卫生院3抓好产业发展。县发改局县三产发展领导小组各成员单位"
        "4落实分类投放。县城管局县文明办、团县委等部门,各区(市)县政府(管委会)5开展垃圾分类宣传。镇(街道)县委宣传部、城关镇\n"
    )
    assert [(lead, cooperating) for _, _, _, lead, _, cooperating, _, _ in read(text)] == [
        (["教育局"], ["经开区", "高新园(石桥镇)", "各街道", "市国有公司"]),
        (["县卫健局"], ["县医保局", "各乡镇卫生院"]),
        (["县发改局"], ["县三产发展领导小组各成员单位"]),
        (["县城管局"], ["县文明办", "团县委", "各区(市)县政府(管委会)"]),
        (["镇(街道)"], ["县委宣传部", "城关镇"]),
    ]


def test_leaders_before_the_units_and_a_title_under_the_sites_first_chunk_number() -> None:
    # 吴海、陈婕 before the units; a leader after a figure with no stop (…40家何志强县工信局); the site's first
    # chunk number before the table's title (no preview line above it) is no task
    text = (
        "某县重点任务分解表.doc\n1、某县2024年重点任务分解表序号工作任务分管领导牵头单位配合单位"
        "1新增学位900个。吴海、陈婕县教育局县财政局2培育数字经济企业40家何志强县工信局县科技局"
        "3实施全民健身工程,新建体育公园6个曹瑜县文旅局各乡镇\n"
    )
    assert [(number, lead, leaders) for _, number, _, lead, _, _, leaders, _ in read(text)] == [
        (1, ["县教育局"], ["吴海", "陈婕"]),
        (2, ["县工信局"], ["何志强"]),
        (3, ["县文旅局"], ["曹瑜"]),
    ]
    assert parse_text(text).plan_title is not None


def test_town_tables_branches_villages_and_a_schedule_column() -> None:
    # a town's offices with no level (社会事务办规划建设办), villages (东岭村), 各村(社区), a branch named after its
    # body (市生态环境局青潭分局), an office of a committee (…委员会办公室) read whole; 进度安排 is a schedule (a
    # note), its date still told apart from the units, a remark after it; a row opening with PM2.5
    text = (
        "序号项目名称主要内容主责单位协办单位进度安排备注1镇中心幼儿园扩建新建教学楼1栋。社会事务办规划建设办、财政所2024年8月底前"
        "2饮水安全提升工程覆盖3个村。水利站东岭村、西岭村、石桥村2024年10月底前续建项目"
        "3PM2.5浓度控制在32微克以内。市生态环境局青潭分局县生态环境保护委员会办公室、各村(社区)全年"
        "4清理积存垃圾,实现垃圾日产日清乡环卫所各村(社区)长期坚持\n"
    )
    assert [(number, lead, cooperating) for _, number, _, lead, _, cooperating, _, _ in read(text)] == [
        (1, ["社会事务办"], ["规划建设办", "财政所"]),
        (2, ["水利站"], ["东岭村", "西岭村", "石桥村"]),
        (3, ["市生态环境局青潭分局"], ["县生态环境保护委员会办公室", "各村(社区)"]),
        (4, ["乡环卫所"], ["各村(社区)"]),
    ]
    notes = [[(note.label, note.text) for note in task.notes] for task in parse_text(text).all_tasks()]
    assert notes[1] == [("进度安排", "2024年10月底前"), ("备注", "续建项目")]


def test_rows_opening_with_a_measure_word_and_numbers_inside_a_rows_text() -> None:
    # 2项目建设 · 3人居环境: a row may open with 项 · 人 where a row has ended before it; 实施3大提升行动 is text (no
    # row ends before it); 2000人左右 is no leader; a level word in the text (全县 · 市级) is no unit
    text = (
        "序号重点任务分管领导牵头单位配合单位完成时限1新增城镇就业2000人左右县人社局县财政局2025年底前"
        "2项目建设提速攻坚。王立新县发改局县自然资源局2025年12月底前3实施3大提升行动,推进全县高标准农田建设县农业农村局县水利局全年"
        "4人居环境整治提升。做好市级文明城市复评迎检工作县文明办县直各单位2025年10月底前\n"
    )
    rows = read(text)
    read_rows = [(number, start, lead, helpers, leaders) for _, number, start, lead, _, helpers, leaders, _ in rows]
    assert read_rows == [
        (1, "新增城镇就业", ["县人社局"], ["县财政局"], []),
        (2, "项目建设提速", ["县发改局"], ["县自然资源局"], ["王立新"]),
        (3, "实施3大提升", ["县农业农村局"], ["县水利局"], []),
        (4, "人居环境整治", ["县文明办"], ["县直各单位"], []),
    ]
    assert parse_text(text).all_tasks()[0].text.endswith("2000人左右")


def test_what_follows_a_glued_table_and_a_glued_header_inside_a_sentence() -> None:
    # 1、加强组织领导。 after the table (no site chunk before the header: the notice's own item); a dashed date's -6-
    # is no page number; 表内注明序号任务名称牵头单位配合单位2份 in a sentence is no header
    table = (
        "序号重点任务牵头单位配合单位完成时限1推进城乡供水一体化工程。县水利局县财政局2025年底前"
        "2推进人居环境整治。县农业农村局各乡镇—2—全年\n"
    )
    after = "1、加强组织领导。各牵头单位要明确具体责任人。\n2、强化督查考核。县政府督查室定期通报进展情况。\n"
    notice = parse_text(table + after)
    tasks = notice.all_tasks()
    assert [(task.number, [unit.name for unit in task.lead_units]) for task in tasks[:2]] == [
        (1, ["县水利局"]),
        (2, ["县农业农村局"]),
    ]
    assert tasks[1].deadline is not None
    assert tasks[1].deadline.raw == "全年"
    assert all("加强组织领导" not in task.text for task in tasks[:2])
    prose = "一、重点任务\n1.请按附表填报，表内注明序号任务名称牵头单位配合单位2份，于月底前报送（县政府办负责）。\n"
    assert [task.text.count("\n") for task in parse_text(prose).all_tasks()] == [0]


def _rows_of(text: str) -> list[tuple[str | None, int | None, str, list[str]]]:
    return [(section, number, start, lead) for section, number, start, lead, _, _, _, _ in read(text)]


def test_numbers_after_a_stop_a_date_or_a_bracket_inside_a_rows_text_open_no_row() -> None:
    # …改造。3年内… · 确保2025年底前3项… · （共12个）3项…: no row ends there (unit names, perhaps a deadline after them)
    head = "序号重点任务牵头单位配合单位完成时限1推进供水工程。县水利局县财政局2025年底前"
    tail = "3推进人居环境整治。县农业农村局各乡镇2025年10月底前\n"
    insides = ("加快旧区改造。3年内完成120个。", "确保2025年底前3项重点工程完工。", "推进项目建设（共12个）3项已开工。")
    for inside in insides:
        text = head + "2" + inside + "县住建局县财政局2025年12月底前" + tail
        assert [(number, start[:4], lead) for _, number, start, lead in _rows_of(text)] == [
            (1, "推进供水", ["县水利局"]),
            (2, inside[:4], ["县住建局"]),
            (3, "推进人居", ["县农业农村局"]),
        ]


def test_places_before_a_level_sections_in_the_text_and_numbers_restarting_in_a_section() -> None:
    # 国网安平县供电公司 and 安平县人民医院 whole; 推进全区…建设区农业农村局 (a district's level word) is text then a
    # unit; 一、二、三产业 · 三、四季度 are no sections; numbering again from 1 under 二、, and a row opening with 人
    # right after a section's title
    text = (
        "序号重点任务牵头单位配合单位完成时限一、经济发展1推进一、二、三产业融合发展。国网安平县供电公司安平县人民医院全年"
        "2推进全区高标准农田建设区农业农村局区水利局2025年底前二、民生保障1重点抓好三、四季度项目开工。区发改局区财政局全年"
        "2人居环境整治提升。区农业农村局各乡镇长期坚持\n"
    )
    assert _rows_of(text) == [
        ("1", 1, "推进一、二、", ["国网安平县供电公司"]),
        ("1", 2, "推进全区高标", ["区农业农村局"]),
        ("2", 1, "重点抓好三、", ["区发改局"]),
        ("2", 2, "人居环境整治", ["区农业农村局"]),
    ]


def test_a_title_line_with_the_sites_chunk_number_above_the_header_and_rows_ending_with_remarks() -> None:
    # 1、…分解表 on its own line over the header: no task, and the site's 2、 chunk goes on the rows; a row after a
    # remark (省考指标) opens at its first number, not at a number inside its text (县人民医院3期)
    text = (
        "1、某县2025年重点工作任务分解表\n序号重点任务牵头单位配合单位完成时限备注1推进供水工程。县水利局县财政局2025年底前省考指标"
        "2推进污水处理。县住建局县发改局2025年底\n2、前省考指标3支持县人民医院3期工程建设。县卫健局县发改局全年市考指标\n"
    )
    assert [(number, start[:6], lead) for _, number, start, lead in _rows_of(text)] == [
        (1, "推进供水工程", ["县水利局"]),
        (2, "推进污水处理", ["县住建局"]),
        (3, "支持县人民医", ["县卫健局"]),
    ]
