"""Role labels as patterns: the shared spelling of field, leader and unknown labels, built from the
vocabulary. The line-kind table (lines/patterns.py) and the role grammar (grammar/roles.py) both use
these, so a label newly seen in the wild is one entry in vocabulary.py.
"""

from __future__ import annotations

import regex

from .compiled import compile_pattern
from .text import compact
from .vocabulary import COLUMN_HEADERS, LEADER_LABEL, LEADER_ROLE_WORDS, LEVELS, ROLE_LABELS, Role

# Spaces a padded label may hold between two of its characters: 文　　号 · 牵 头 单 位
_PADDING = r"\s{0,4}"

# A prefix tree of words: each character leads to the tree of what may follow it; _END marks a word's end.
_Trie = dict[str, "_Trie"]
_END = ""


def spaced(words: tuple[str, ...] | list[str]) -> str:
    r"""An alternation of words, longest first, each allowing padding spaces between its characters
    (文　　号, 牵 头 单 位). Built from the vocabulary, so a newly seen label is one entry there.

    The words are written as a prefix tree (牵头(?:\s{0,4}(?:单位|责任单位))?), not one branch per word:
    the labels share their heads, and a flat alternation made the few patterns that hold all of them
    cost a third of the time compiling the grammar at start-up. The tree matches what the flat,
    longest-first alternation matched: where a word goes on past a shorter one, going on is tried
    first, and branches that part at a character cannot both match (the words hold no spaces)."""
    tree: _Trie = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return "(?:" + _branches(tree) + ")"


def _branches(node: _Trie) -> str:
    """The words below a node, one branch per next character."""
    return "|".join(regex.escape(char) + _rest(child) for char, child in node.items() if char != _END)


def _rest(node: _Trie) -> str:
    """What may follow a character: nothing at a word's end, padding and the branches below, or both
    with going on tried first."""
    if not node.keys() - {_END}:
        return ""
    below = _branches(node)
    if len(node) - (_END in node) > 1:
        below = "(?:" + below + ")"
    return f"(?:{_PADDING}{below})?" if _END in node else _PADDING + below


# 牵头领导 · 分管县领导 · 牵头负责领导: a whole leader label (a field label or a table column).
LEADER_LABEL_PATTERN = compile_pattern(LEADER_LABEL)
# 、 or , between the names of a list of people or posts: 潘晓薇、顾承泽
NAME_SEPARATOR = compile_pattern(r"[、,]")

# Field labels, longest first so 牵头责任单位 is not read as 牵头 + 责任单位; a unit label may name the level
# of government whose units it lists (省牵头单位:省农业农村厅 under a city's own 责任单位).
# The common leader labels letter-spaced as a Word copy pads them (牵 头 领 导：): LEADER_LABEL reads them
# once the spaces are squeezed out, but a line is only found as a field by its printed label.
_SPACED_LEADER_LABELS = [f"{role}{level}领导" for role in LEADER_ROLE_WORDS for level in ("", "省", "市", "县", "区")]
# The kinds of body a unit label names: 牵头单位 · 责任部门 · 配合科室 · 牵头处室 · 责任股室 · 责任站所
BODY_KINDS = "单位|部门|科室|处室|股室|站所"
# 牵头科室(单位): · 责任单位(部门): a label that names the kind of body it lists, with another kind in brackets
LABEL_ALTERNATIVE = rf"\((?:{BODY_KINDS})\)"
FIELD_LABEL = (
    "(?:"
    + f"(?:[{LEVELS}]级?)?"
    + spaced([*ROLE_LABELS, *_SPACED_LEADER_LABELS])
    + "|"
    + LEADER_LABEL
    + f")(?:{LABEL_ALTERNATIVE})?"
)
# A known label in brackets, which needs no colon: 【牵头单位】市教育局 (【】 are read as [ ])
BRACKETED_LABEL = rf"\[(?P<label>{FIELD_LABEL})\]\s{{0,3}}:?"

# A label the vocabulary does not know but that has the shape of one: 主办单位： / 督办部门： / 项目责任人： /
# 实际完成情况： (a progress page's own fields)
UNKNOWN_LABEL = (
    r"(?!各|有关|相关|其他|其它|所有|全体)\p{Han}{1,6}?"
    rf"(?:{BODY_KINDS}|主体|领导|责任人|(?:完成|进展|推进)情况)(?:{LABEL_ALTERNATIVE})?"
)


# Column headers the vocabulary does not list, read by their words (a header row of a progress table, a
# county's own wording): 协同配合单位 · 主要承办部门 · 责任主体与协同单位 · 1-10月推进情况 · 是否达序 · 说明.
# A unit column names a role word and ends like a column of bodies; a column of both a leading or
# responsible word and a co-operating one (责任主体与协同单位) is read as responsible.
# 站所: a township's stations and offices (责任站所 · 牵头站所)
_UNIT_COLUMN = compile_pattern(rf"\p{{Han}}{{0,8}}(?:{BODY_KINDS}|主体|机构)")
_BODY_ENDING = compile_pattern(rf"{BODY_KINDS}|主体|机构")
_JOINED = compile_pattern(r"(?<!参)与|[和及、]")  # 责任主体与协同单位; the 与 of 参与 joins nothing
_LEAD_WORDS = compile_pattern(r"牵头|主办|主责|主要责任")
_WITH_WORDS = compile_pattern(r"配合|协同|协作|协助|协办|参与|会同")
_DUTY_WORDS = compile_pattern(r"责任|负责|承办|落实|实施")
# A year before a column's name: 2024年预期目标 · 2023年度重点任务
_YEAR_PREFIX = compile_pattern(r"^(?:19|20)\d{2}年度?")
# A bracket after it, naming its measure or what else it holds: 责任股室(单位) · 投资金额(万元); or counting
# the rows: 重点工作任务(杭州市2项牵头工作、19项配合工作) · 工作任务(共28项)
_AFTERTHOUGHT = compile_pattern(r"\((?:[^()]{1,6}|[^()]{0,24}\d{1,3}项[^()]{0,24})\)$")
# A cell that names bodies rather than a column: 各责任单位 · 相关配合单位 · 其他协同部门 · 具体负责单位
_DATA_CELL = compile_pattern(r"各|相关|有关|其他|其它|具体|存在|是否完成")
# Words of the task and number columns: a run of header words that holds one is several columns.
_OTHER_COLUMN_WORDS = compile_pattern(r"序号|编号|任务|工作|举措|措施|内容|目标|时限|时间")
# A deadline column in a county's own wording: 计划完成时间 · 预计完成时限 · 办结时限 · 完成时间节点 · 时间进度 ·
# 拟决策时间 (a 重大行政决策事项目录's) (年内完成 · 2019年底前: by when, in a list's own words).
# A limit (时限, 期限) or a planned time (计划…, 要求…, 拟…) is the deadline; a bare 办结时间 or 完成日期 in a
# ledger, like 实际完成时间, records when the work was done.
_DEADLINE_COLUMN = compile_pattern(
    r"(?:计划|预计|要求|规定|拟)(?:完成|办结|决策|出台)(?:时限|时间|期限|日期)(?:节点|要求)?"
    r"|(?:完成|办结)(?:时限|期限)(?:要求)?|(?:完成|办结)时间节点|时间进度"
)
# A column naming each row's matter: 民生事项名称 · 重大行政决策事项名称 · 实事项目名称 · 项目名称 (not 需协调事项 or
# 考核事项); or the task with what it asks: 具体工作任务和要求 · 重点工作任务及要求 · 具体工作任务 · 任务和要求
_NAMED_TASK_COLUMN = compile_pattern(
    r"\p{Han}{0,8}事项名称|\p{Han}{0,4}项目名称"
    r"|(?:具体|重点|主要)?(?:工作)?任务(?:[和及与](?:要求|内容|措施|目标))?"
)
# A progress report's column, over a period: 1-9月份工作完成情况 · 1-9月份工作取得成效 · 上半年工作进展
_PROGRESS_COLUMN = compile_pattern(
    r"(?:\d{1,2}\s?[-—~至]\s?\d{1,2}月份?|上半年|前三季度|全年)?(?:工作)?(?:完成情况|进展情况|推进情况|取得成效|进展)"
)
_NOTE_COLUMN = compile_pattern(r".{0,12}(?:情况|进展|进度|说明|成效|问题|原因|计划|备注)|是否\p{Han}{1,6}")
# The body that scores or checks the work in an assessment table (评分部门 · 考核单位 · 监考单位) or oversees
# it in a supervision list (督办单位): its cells name bodies, but none that does the work.
_ASSESSOR_COLUMN = compile_pattern(r"(?:考核|评分|考评|监考|评价|评估|督办|督查)(?:部门|单位|科室)")


def column_role(header: str, *, among_headers: bool = False) -> Role | None:
    """The role of a table column from its header cell (序 号 → number, 分管县领导 → leader, 协同配合单位
    → co-operating), None for a header that names nothing the parser reads. `among_headers`: the cell
    stands in a header already begun (after 序号, before the first row), where 相关责任部门 names a
    column, not bodies."""
    squeezed = _YEAR_PREFIX.sub("", compact(header))  # 2024年预期目标 is the 预期目标 column
    squeezed = _AFTERTHOUGHT.sub("", squeezed) or squeezed  # 责任股室(单位) is the 责任股室 column
    if squeezed in COLUMN_HEADERS:
        return COLUMN_HEADERS[squeezed]
    if LEADER_LABEL_PATTERN.fullmatch(squeezed):
        return Role.LEADER
    if _ASSESSOR_COLUMN.fullmatch(squeezed):
        return Role.ASSESSOR
    if _DEADLINE_COLUMN.fullmatch(squeezed):
        return Role.DEADLINE
    if _NAMED_TASK_COLUMN.fullmatch(squeezed):
        return Role.TASK
    if _PROGRESS_COLUMN.fullmatch(squeezed):
        return Role.NOTE
    endings = _BODY_ENDING.findall(squeezed)
    if (
        (_DATA_CELL.match(squeezed) and not among_headers)
        or _OTHER_COLUMN_WORDS.search(squeezed)
        or (len(endings) > 1 and not _JOINED.search(squeezed))
    ):
        return None  # a data cell, or several columns run together (牵头单位配合单位) each read on its own
    if _UNIT_COLUMN.fullmatch(squeezed):
        leads, helps, duty = (bool(words.search(squeezed)) for words in (_LEAD_WORDS, _WITH_WORDS, _DUTY_WORDS))
        if helps and (leads or duty):
            return Role.RESPONSIBLE
        if leads or helps or duty:
            return Role.LEAD if leads else Role.COOPERATING if helps else Role.RESPONSIBLE
    if _NOTE_COLUMN.fullmatch(squeezed):
        return Role.NOTE
    return None


# 序号项目名称主要内容区政府分管领导牵头单位配合单位1增加…: a header whose cells a document site's preview of a Word
# table ran together, the first row after it. It opens with 序号 and ends where the rows begin: a digit (the
# first row's number) or a section row's numeral (一、主要发展指标1…).
GLUED_HEADER_START = "序号"
_GLUED_HEADER_END = compile_pattern(r"\d|[一二三四五六七八九十]、")
# The longest header read (its names run to here at most), the longest one name, and how many characters
# the column vocabulary may not know among them (a 目标内容 beside the names it knows).
MAX_GLUED_HEADER = 80
MAX_GLUED_NAME = 10
MAX_UNKNOWN_GLUED = 6
_UNIT_COLUMNS = (Role.LEAD, Role.RESPONSIBLE, Role.COOPERATING)
# The last characters of header names (内容 · 名称 · 任务 · 单位 · 领导 · 时限 …): no name opens with one, so
# 目标内容主要责任单位 is not 目标内 and 容主要责任单位 (which the unit column's pattern would read).
_NAME_ENDS = frozenset("容称务位导限间点注号门施标求况人")


def glued_header(text: str) -> list[tuple[int, int, Role | None]] | None:
    """The names of a header whose cells ran together, for `text` opening with 序号: each name's [start, end)
    and its column's role, the names running to where the rows begin. The reading that leaves the fewest
    characters unknown to the column vocabulary, then the most names (分管领导牵头单位 is two, though the unit
    column's pattern reads it whole); None unless a unit column is among them, and a task column or a name the
    vocabulary does not know (具体内容: the task's, see header_roles), and almost every character is known."""
    if not text.startswith(GLUED_HEADER_START):
        return None
    rows = _GLUED_HEADER_END.search(text, 0, MAX_GLUED_HEADER + 1)
    end = rows.start() if rows is not None else min(len(text), MAX_GLUED_HEADER)
    if not text[:end].isalpha():
        return None  # 序号 | 重点任务 | …: cells with separators between them are no glued header
    # best[j]: (unknown characters, minus the known names, all names) of the best reading of text[:j], and the
    # names themselves
    best: list[tuple[int, int, int, list[tuple[int, int, Role | None]]] | None] = [None] * (end + 1)
    best[0] = (0, 0, 0, [])
    for start in range(end):
        reading = best[start]
        if reading is None:
            continue
        for stop in range(start + 1, min(end, start + MAX_GLUED_NAME) + 1):
            name = text[start:stop]
            role = None if name[0] in _NAME_ENDS else column_role(name, among_headers=True)
            unknown = reading[0] + (0 if role is not None else stop - start)
            # a name the vocabulary spells out counts most; a note's column reads almost any words (安排备注), so
            # it counts least
            weight = (
                0
                if role is None
                else 3
                if name in COLUMN_HEADERS or name in ROLE_LABELS
                else 1
                if role is Role.NOTE
                else 2
            )
            known = reading[1] - weight
            candidate = (unknown, known, reading[2] + 1, [*reading[3], (start, stop, role)])
            current = best[stop]
            if current is None or candidate[:3] < current[:3]:
                best[stop] = candidate
    found = best[end]
    if found is None or found[0] > MAX_UNKNOWN_GLUED:
        return None
    names = found[3]
    roles = [role for _, _, role in names]
    if roles[0] is not Role.NUMBER or not any(role in _UNIT_COLUMNS for role in roles):
        return None
    # 具体内容 beside names it knows: a column the vocabulary does not name may be the task's (see header_roles)
    return names if Role.TASK in roles or None in roles else None
