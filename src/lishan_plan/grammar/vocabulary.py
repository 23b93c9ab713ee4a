"""The words notices use for roles, leaders, deadlines and table columns, in one place.

FORMATS.md §6 lists the labels seen in 41 published notices. Matching happens on normalised,
simplified text, so traditional labels (牽頭單位, 配合單位, 完成時限) are covered by the same entries.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """What a labelled value or a table column gives a task."""

    LEAD = "lead"
    RESPONSIBLE = "responsible"
    COOPERATING = "cooperating"
    LEADER = "leader"
    DEADLINE = "deadline"
    DIVISION = "division"  # 部门分工: free text with role verbs inside ("X牵头，Y配合")
    NUMBER = "number"
    TASK = "task"
    TOPIC = "topic"  # a table column of topics, each merged over the rows of its tasks
    NOTE = "note"
    ASSESSOR = "assessor"  # a table column of the bodies that score the work (评分部门): kept as a note


# …的通知 · …分工方案 · …任务清单: the last words of a document title (a regex alternation).
TITLE_ENDINGS = "通知|通报|意见|决定|方案|清单|批复|函|报告|纪要|办法|规定|安排|要点|分工|任务|计划|(?<![代列])表|台账"

# 立山区人民政府 · 岑阳市人民政府办公室 · 梧塘街道办事处 · 县发展和改革局: how the name of a body that can
# sign a notice ends (a regex alternation, longest first where one ending holds another).
SIGNING_BODY_ENDINGS = (
    "人民政府|政府|办公室|办公厅|委员会|管委会|管理委员会|局|委|厅|办|办事处|中心|小组|指挥部|公司|部"
)


# Field labels as they appear before a colon, in block lines (牵头单位：区发改局) and inside brackets
# (〔牵头单位：…；责任单位：…〕). Leader labels are matched by LEADER_LABEL below.
ROLE_LABELS: dict[str, Role] = {
    "牵头单位": Role.LEAD,
    "牵头责任单位": Role.LEAD,
    "主要责任单位": Role.LEAD,
    "第一责任单位": Role.LEAD,  # a 纲要's 分解 table: 第一责任单位 · 主要责任单位 (then those who answer with it)
    "牵头部门": Role.LEAD,
    "牵头负责部门": Role.LEAD,
    "牵头负责单位": Role.LEAD,
    "牵头组织实施单位": Role.LEAD,
    "牵头处室": Role.LEAD,
    "牵头科室": Role.LEAD,
    "责任单位": Role.RESPONSIBLE,
    "责任部门": Role.RESPONSIBLE,
    "责任科室": Role.RESPONSIBLE,
    "责任处室": Role.RESPONSIBLE,
    "责任主体": Role.RESPONSIBLE,
    "主体责任单位": Role.RESPONSIBLE,  # a 责任清单's three columns: 牵头责任单位 · 主体责任单位 · 配合责任单位
    # a list of bodies and, after its last, the official of each who answers: 责任单位及责任人：A、B主要领导
    "责任单位及责任人": Role.RESPONSIBLE,
    "责任单位和责任人": Role.RESPONSIBLE,
    "牵头单位及责任人": Role.LEAD,
    "牵头单位和责任人": Role.LEAD,
    "配合单位": Role.COOPERATING,
    "配合部门": Role.COOPERATING,
    "配合科室": Role.COOPERATING,
    "协同责任单位": Role.COOPERATING,
    "配合责任单位": Role.COOPERATING,
    "协同单位": Role.COOPERATING,
    "协办单位": Role.COOPERATING,
    "协助单位": Role.COOPERATING,
    "参与单位": Role.COOPERATING,
    "完成时限": Role.DEADLINE,
    "完成时间": Role.DEADLINE,
    "完成期限": Role.DEADLINE,
    "时间节点": Role.DEADLINE,
    "时限要求": Role.DEADLINE,
    "时限": Role.DEADLINE,  # a township's fields on one line: 责任单位：各村（社区）　时限：10月底前
    "时间要求": Role.DEADLINE,
    "整改时限": Role.DEADLINE,  # a rectification list's fields (整改清单): 整改措施：… 责任单位：… 整改时限：…
    "整改期限": Role.DEADLINE,
    "部门分工": Role.DIVISION,
    # Lines of a task's label block that give no role: kept as the task's notes. 主要责任人 names an
    # official of the unit, not a leader of the government (the leaders only in a notice that names no
    # leader at all: PERSON_LABELS below); 进度安排 is a schedule, not a deadline.
    "进度安排": Role.NOTE,
    "工作进度": Role.NOTE,
    "责任人": Role.NOTE,
    "主要责任人": Role.NOTE,
    "具体责任人": Role.NOTE,
    "整改目标": Role.NOTE,
    "整改措施": Role.NOTE,
}

# Labels of a rectification list's lines that head no column of notes: a column 整改措施 holds the measures, the
# row's task where no column names the problem
_LINE_ONLY = frozenset({"整改目标", "整改措施"})

# Labels of an official of the unit (责任人：刘某): the tasks' leaders in a notice that names no leader
# anywhere (a township's blocks), else notes beside the leaders (分管领导：王某 / 主要责任人：刘某).
PERSON_LABELS = frozenset({"责任人", "主要责任人", "具体责任人"})

# Labels read as roles only inside a task's role bracket, never as the label of a line: 主办单位：… is
# also the footer of every government site; a verb as a label (（牵头：市国资委；配合：市财政局）) is short
# for 牵头单位 / 配合单位 there, and a line opening 牵头：… is more often prose.
INNER_ROLE_LABELS: dict[str, Role] = {
    "主办单位": Role.LEAD,  # the host of a 主办 / 协办 pair, as 主办股室 is
    "主办": Role.LEAD,
    "牵头": Role.LEAD,
    "责任": Role.RESPONSIBLE,
    "配合": Role.COOPERATING,
    "协办": Role.COOPERATING,
    "协助": Role.COOPERATING,
    "参与": Role.COOPERATING,
}

# The levels of government a name can begin with, the one spelling of them: 省 市 州 盟 县 区 旗 乡 镇.
LEVELS = "省市州盟县区旗乡镇"

# Leader labels follow one shape: an optional government, an optional role word, an optional level,
# then 领导 (牵头领导, 责任领导, 牵头负责领导, 牵头责任领导, 分管领导, 分管省领导, 分管县领导, 牵头县领导,
# 联系领导, 市政府分管领导 …); a department's own plan names its own leaders (分管局领导, 分管厅领导).
LEADER_ROLE_WORDS = (
    "牵头负责",
    "牵头责任",
    "牵头",
    "责任",
    "分管",
    "主管",
    "联系",
    "包保",
    "包抓",
    "包联",
    "挂点",
    "领衔",
    "协管",
    "配合",  # 配合领导：the official who answers for a department's share in work another leads
)
LEADER_LABEL = rf"(?:[{LEVELS}](?:政府|委))?(?:{'|'.join(LEADER_ROLE_WORDS)})?[{LEVELS}局厅]?(?:级)?(?:负责)?领导"

# Table column headers (compared with whitespace removed: "序 号" is 序号).
COLUMN_HEADERS: dict[str, Role] = {
    "序号": Role.NUMBER,
    "编号": Role.NUMBER,
    "工作任务": Role.TASK,
    "重点工作": Role.TASK,
    "重点任务": Role.TASK,
    "重点工作任务": Role.TASK,
    "目标任务": Role.TASK,
    "主要任务": Role.TASK,
    "具体任务": Role.TASK,
    "任务名称": Role.TASK,
    "任务内容": Role.TASK,
    "工作内容": Role.TASK,
    "工作事项": Role.TASK,
    "主要工作举措": Role.TASK,
    "工作举措": Role.TASK,
    "工作措施": Role.TASK,
    "任务举措": Role.TASK,
    "重点工作内容": Role.TASK,
    "目标与任务": Role.TASK,
    "主要目标任务": Role.TASK,
    "工作目标": Role.TASK,
    "任务": Role.TASK,
    "具体工作": Role.TASK,
    "具体措施": Role.TASK,
    "具体要求": Role.TASK,
    "督办事项": Role.TASK,
    "主要内容": Role.TASK,
    "民生实事": Role.TASK,
    "民生实事项目": Role.TASK,
    "预期目标": Role.TASK,
    "主要目标": Role.TASK,  # 《妇女发展规划》目标责任分解书: 领域 / 主要目标 / 主要责任单位 / 责任单位
    "年度目标": Role.TASK,
    # a rectification table (整改清单): the problem is the row's task, its 整改措施 a column of its own (the task
    # where no column names the problem); 存在问题 beside 进展情况 is a progress report's, a note, and stays unnamed
    "主要问题": Role.TASK,
    "反馈问题": Role.TASK,
    "整改问题": Role.TASK,
    "问题描述": Role.TASK,
    "整改任务": Role.TASK,
    "指标要求": Role.NOTE,
    "目标要求": Role.NOTE,
    "目标类型": Role.NOTE,
    "进展情况": Role.NOTE,
    "备注": Role.NOTE,
    "完成情况": Role.NOTE,
    "推进情况": Role.NOTE,
    "落实情况": Role.NOTE,
    "工作进展": Role.NOTE,
    "任务来源": Role.NOTE,
    "工作目标要求": Role.NOTE,
    "考核指标": Role.NOTE,
    **{label: role for label, role in ROLE_LABELS.items() if role is not Role.DIVISION and label not in _LINE_ONLY},
}

# Verbs that close a unit list in bracket prose (X牵头，Y配合；X、Y按职责分工负责), longest first so
# 牵头负责 wins over 负责. "分别" marks every listed unit as a lead for its own part.
ROLE_VERBS: dict[str, Role] = {
    "分别牵头负责": Role.LEAD,
    "分别牵头": Role.LEAD,
    "分别负责": Role.LEAD,
    "牵头负责": Role.LEAD,
    "牵头落实": Role.LEAD,
    "牵头督导": Role.LEAD,  # (X牵头督导，Y参与): leads and oversees (督导 alone after a verb names a supervisor)
    "牵头督办": Role.LEAD,
    "牵头抓总": Role.LEAD,  # (县发改局牵头抓总，…配合): leads, and answers for the whole
    "总牵头": Role.LEAD,  # (县发改局总牵头): leads a whole part
    "负总责": Role.LEAD,  # (县发改局负总责，县财政局配合): answers for the whole
    "牵头": Role.LEAD,
    "负责": Role.LEAD,
    "按职责分工负责": Role.COOPERATING,
    "按职责分工分别负责": Role.COOPERATING,  # each its own share: still a share, not a lead
    "按照职责分工负责": Role.COOPERATING,
    "按职责分工落实": Role.COOPERATING,
    "按职责负责": Role.COOPERATING,
    "按职能分工负责": Role.COOPERATING,
    "分工负责": Role.COOPERATING,  # (X牵头，Y、Z分工负责) · (A、B分工负责): 按职责分工负责 said short
    "主办": Role.LEAD,  # (县住建局主办，各镇协办): the host of the pair 主办 / 协办, as 牵头 / 配合 are
    "配合": Role.COOPERATING,
    "做好配合": Role.COOPERATING,  # (县发改局牵头，相关部门做好配合)
    "协办": Role.COOPERATING,
    "协助": Role.COOPERATING,
    "协同": Role.COOPERATING,
    "参与": Role.COOPERATING,
    "参加": Role.COOPERATING,  # (X牵头，Y等有关部门参加)
    # (X为牵头单位，Y、Z为配合单位): the copula names the role as a label would
    "为牵头单位": Role.LEAD,
    "为牵头部门": Role.LEAD,
    "为责任单位": Role.RESPONSIBLE,
    "为责任部门": Role.RESPONSIBLE,
    "为配合单位": Role.COOPERATING,
    "为配合部门": Role.COOPERATING,
    "为协办单位": Role.COOPERATING,
}

# A unit's share by its duties, whatever verb follows (区级相关部门按职责分工抓好落实 · 各镇按职责做好 · 根据
# 职责分工负责): the units co-operate, as 按职责分工负责 says.
BY_DUTIES = r"(?:按照?|根据|依据)(?:各自)?(?:职责|职能)(?:分工)?(?:分别)?(?:负责)?"
# Words between a unit list and its verb that change nothing of the role: 市财政局协同配合 · 市发改委具体负责 ·
# 各县区均按职责分工负责 · 相关部门积极配合
VERB_ADVERBS = ("均", "都", "共同", "一并", "具体", "协同", "协助", "积极", "全力", "密切", "主动")
# Words after the verb that say only that the work is done (牵头组织实施 · 牵头办理 · 按职责分工抓好落实 · 配合
# 做好相关工作 · 分管副省长负责协调), at most two of them; what the work is (牵头做好摸底 · 负责通报) makes the
# clause a sentence, and so does whom it oversees (负责督促 · 负责指导: who supervises does not do the work).
VERB_TAIL = (
    r"(?:具体|办理|组织|实施|落实|推进|推动|抓总|抓好|做好|执行|完成|承办|统筹|协调|调度){0,2}"
    r"(?:(?:相关|有关|配合)?工作)?"
)


def verb_role(verb: str) -> Role:
    """The role a verb of `ROLE_VERBS`, or a share by duties (按职责…), gives the units before it."""
    return ROLE_VERBS.get(verb, Role.COOPERATING)


def is_share_verb(verb: str) -> bool:
    """Whether a verb says a unit does its share rather than which share: under a label (责任单位：A、B按职责分工
    负责) the label names the role, and a bare 负责 after a 牵头 clause ((X牵头，Y负责)) is the responsible share."""
    return verb in ("负责", "分工负责", "分别负责") or verb.startswith(("按", "根据", "依据"))


# The words of a heading that opens a plan's closing part, after its last task: 三、保障措施 · 四、工作要求 ·
# 工作要求： · 五、强化组织保障. Numbered lines under it are requirements, not tasks without units.
CLOSING_TITLES = ("保障措施", "工作要求", "有关要求", "组织保障", "工作保障", "组织实施", "保障机制", "推进要求")
# 备注： · 注： · 填表说明： over numbered lines after the last task or table: notes under the plan, a closing part
# of their own. The whole title is the word (加强关注 is no note).
NOTE_TITLES = ("备注", "注", "附注", "填表说明")
# A closing heading is short: a few words of emphasis before the title word (强化, 切实加强).
MAX_CLOSING_TITLE = 10

# Keys of the metadata rows government pages print above a notice (索引号 | …, 发文字号：…). Only
# 发文字号 / 文号, 成文日期 and 发文机关 are used (发布机构 names who put the page up, not who signed); the
# others are recognised so they are not read as text.
METADATA_KEYS = (
    "索引号",
    "发布机构",
    "发文机关",
    "发文机构",
    "发文单位",
    "发文字号",
    "文号",
    "成文日期",
    "成文时间",
    "发布日期",
    "发文日期",
    "主题分类",
    "主题词",
    "公文种类",
    "生效日期",
    "失效日期",
    "有效性",
    "信息来源",
    "发布时间",
    "体裁分类",
    "所属机构",
    "公开方式",
    "公开范围",
    "文件编号",
    "发文文号",
    "统一编号",
    "发布机关",
    "分类",
    "组配分类",
    "废止日期",
    "有效期至",
    "公开日期",
    "发布文号",
    "标题",
    "时效",
    "时效性",
    "效力级别",
    "发布单位",
    "发布部门",
    "法规类别",
    "法宝引证码",
    "施行日期",
    "实施日期",
    "公布日期",
)
# The metadata keys of a document number, in the order they are trusted.
DOC_NUMBER_KEYS = ("发文字号", "文号", "发文文号", "文件编号", "发布文号")
# Keys a law database prints glued to their values, no colon or space between (发文字号青政办〔2024〕7号 ·
# 效力级别地方规范性文件): long enough that no sentence of a notice opens with one
GLUED_METADATA_KEYS = (
    "发文机关",
    "发布机关",
    "发布机构",
    "发文字号",
    "发文日期",
    "发布日期",
    "成文日期",
    "施行日期",
    "实施日期",
    "公布日期",
    "失效日期",
    "效力级别",
    "时效性",
)


# The commonest surnames (about nine in ten people bear one): a cell of leaders apart by spaces (张明 李华)
# is read as several people only when each name opens with one, so a name and a title (张明 同志, 吴宁 主席,
# 蒋明 总经理) or a name and a body (周安 县委) stays one value.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
    "卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
    "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑"
    "景党宫费卜冷晏卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝"
    "洪封储鞠谈匡闻强帅湛蔺郜谌逯冀晋银"
)
