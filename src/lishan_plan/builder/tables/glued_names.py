"""Unit names run together in a glued table's cells (see glued.py): where the names at the end of a row's text
begin, and where one name ends and the next opens when no separator parts them.

    …增加学位1500个。教育局经开区高新园(石桥镇)各街道市国有公司 → 教育局 / 经开区 / 高新园(石桥镇) / 各街道 / 市国有公司
    …县医保局、各乡镇卫生院 · 市三产发展领导小组各成员单位 · 县生态环境保护委员会办公室 (each one name)

A piece is scored as a name by how it reads (a body's ending, a body the alias table knows, a level or 各 before
it, a zone's or a town's ending) and the reading of a run that scores best is taken; text that only ends like a
body (中小学校 · 推进全县高标准农田建设县…) is told apart by what opens a name and what words of work stand in it.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from ...grammar.canon import is_known_bare_body, is_known_body
from ...grammar.compiled import compile_pattern
from ...grammar.roles import CLAUSE_OPENING
from ...grammar.units import (
    BARE_ORGAN,
    ETC_TAIL,
    ORGANISATION_END,
    ORGANISATION_ENDINGS,
    ending_runs_over,
    looks_organisational,
    separator_positions,
)
from ...grammar.vocabulary import LEVELS

# How a collective of bodies ends (县直各部门 · 区属国有企业 · 各街道、板块)
_COLLECTIVE_END = compile_pattern(r"(?:单位|部门|企业|机关|街道|乡镇|园区|板块|社区)$")

# Words of work to do (建设 · 工作 · 项目 · 级 …), then a level (县 · 省 · 市 · 区 · 镇; not 城市 · 新区 · 社区)
# opening a name with a body's ending: the end of a task's text glued to a unit (…农田建设县农业农村局 ·
# …迎检工作区文明办); not a place's name before its level (安平县人民医院 · 国网安平县供电公司 · 湖州市…安吉分局)
_TEXT_THEN_NAME = compile_pattern(
    r"(?:建设|工作|项目|谋划|储备|推进|实施|整治|治理|改造|提升|开展|创建|迎检|复评|农田|标准|[级全])"
    r"\p{Han}{0,8}?(?:[县省镇]|(?<![城都超门各])市|(?<![城新开发园社景片港小])区)"
    rf"\p{{Han}}{{2,12}}(?:{ORGANISATION_ENDINGS})$"
)

# The verb and 等 a unit cell may close with (镇(街道)、区委组织部等按职责分工负责): no name of its own
_UNITS_VERB_TAIL = compile_pattern(
    r"(?:等(?:有关|相关)?(?:部门|单位)?)?(?:按职责(?:分工)?)?(?:负责|牵头|配合|协助|参与|落实)?$"
)

# A body's ending with a level or 各 after it, inside one piece: two names run together (局县 · 委各)
_TWO_NAMES = compile_pattern(rf"(?:局|委|办|厅|院|所|站|队|中心|公司|政府|委员会|办公室|街道)[{LEVELS}各](?=\p{{Han}})")

# 办公室 · 委员会 · 领导小组办公室 · 指挥部: an organ of the body before it, never a name of its own
_ORGAN_ONLY = compile_pattern(r"(?:管理)?委员会|(?:领导小组)?办公室|领导小组|指挥部|党组|党支部")

# 各成员单位 · 所属单位 after a body's name: its members, one name with it
_OF_THE_BODY_BEFORE = compile_pattern(r"各?(?:成员|所属|下属|直属)")

# 各乡镇 right before a name: each town's (各乡镇卫生院)
_EVERY_BEFORE = compile_pattern(r"(?:^|[^\p{Han}]|[局委办厅院所站队司团校])各\p{Han}{1,4}$")

# Every way to cut a body's ending of several characters in two (委 / 员会 · 办 / 公室 · 人民政 / 府)
_ENDING_SPLITS = tuple(
    (word, cut)
    for word in (
        "委员会",
        "办公室",
        "管委会",
        "人民政府",
        "政府",
        "办事处",
        "中心",
        "公司",
        "集团",
        "街道",
        "小组",
        "专班",
    )
    for cut in range(1, len(word))
)

# 青潭分局 · 城南支队: a body's branch in a place, named after the body
_BRANCH = compile_pattern(r"\p{Han}{1,4}(?:分局|分公司|支队|大队|分中心|分院|分所)")

# 公安分局 is 公安局's branch: the body the alias table knows (分公司 · 分中心 alike)
_BRANCH_ENDINGS = ("分局", "分公司", "分中心", "分院")

# 公安分局 is 公安局's branch: the body the alias table knows (分公司 · 分中心 alike)
_BRANCH_OF = compile_pattern(r"分(局|公司|中心|院)$")

# The longest name of a body with no level the alias table may know (人力资源和社会保障局)
MAX_BARE_BODY = 12

# The last characters of bodies' endings (局 · 委 · 心 · 司 …): where a known body's name may end
_LAST_OF_A_BODY = frozenset(ending[-1] for ending in ORGANISATION_ENDINGS.split("|"))

# A bracket inside a name: 各县(市、区)政府 · 市委宣传部(市文明办)
_BRACKETED = compile_pattern(r"\([^()]{0,16}\)")

# The separators of a unit list in a cell
UNIT_SEPARATORS = "、,;"

# A name's length, its level prefix and a trailing bracket aside
MIN_NAME, MAX_NAME = 2, 20

# Zones, parks, towns and villages a table names as units (经开区 · 高新园(石桥镇) · 城东片区 · 城关镇 · 东岭村) beside
# the organisation endings; a town or village by its own short name (not 县乡村…, nor a sentence ending in 乡)
_ZONE = compile_pattern(
    rf".{{0,10}}(?:园|港区|经开区|新城|片区)|[^\P{{Han}}{LEVELS}各]\p{{Han}}{{1,4}}(?:村|乡|镇|社区)"
)

# Words that open a zone's name right after a leader's (陈婕高新园…: 高新园, not 婕高 …)
_ZONE_OPENINGS = ("高新", "经开", "开发", "经济", "产业", "工业", "园区", "港区", "新区", "保税", "综保")

# Words of a task's text that no unit's name holds (完善公共服务中心 is work to do, not a centre)
_PROSE_WORDS = compile_pattern(
    r"完善|实施|提升|开展|新建|改造|打造|培育|深化|优化|扩大|提高|健全|建立|创建|全面|积极|着力|大力"
)


class Names(NamedTuple):
    """The unit names that end a row's text: where they begin, each name's [start, end), and for each name
    after the first whether it follows the one before with no separator (a glued junction)."""

    start: int
    names: list[tuple[int, int]]
    glued: list[bool]


def ends_a_name(text: str) -> bool:
    """Whether the text ends as a unit's name does (…县财政局 · …高新园(石桥镇)): a leader's name may follow."""
    name = text.rstrip()
    return bool(name) and (name.endswith(")") or looks_organisational(name[-MAX_NAME:]))


def opens_a_name(text: str, at: int) -> bool:
    """Whether a unit's name may open at `at` (see `name_opening`)."""
    return name_opening(text, at) > 0


def name_opening(text: str, at: int) -> int:
    """How surely a unit's name opens at `at`: 2 for a level or 各 (县水利局 · 各街道), 1 for a body the alias table
    knows or a zone's first word (教育局 · 高新园), 0 for none."""
    following = text[at : at + MAX_NAME]
    if following[:1] in LEVELS or following.startswith("各"):
        return 2
    if following.startswith(_ZONE_OPENINGS):
        return 1
    for length in range(MIN_NAME + 1, min(len(following), MAX_BARE_BODY) + 1):
        if following[length - 1] not in _LAST_OF_A_BODY:
            continue  # no body's name ends here: spare the look-up
        prefix = following[:length]  # no level before it (a level opens a name surely, above)
        if is_known_bare_body(prefix) or (
            prefix.endswith(_BRANCH_ENDINGS) and is_known_bare_body(_BRANCH_OF.sub(r"\1", prefix))
        ):
            return 1
    return 0


def names_before(text: str, end: int, floor: int = 0, *, plain_last: bool = True) -> Names | None:
    """The unit names that end the row's text at `end` (a verb and 等 after them aside), no further back than
    `floor`: items after a separator are names whole, and the first item of the run is read for where its
    names begin (after the task's sentence, or where a glued name opens). `plain_last`: a list's last item may
    be a name by its words alone (…、城关镇), where the row's end is known; not where that is the question."""
    stop = _UNITS_VERB_TAIL.search(text, floor, end)
    names_end = stop.start() if stop is not None else end
    items = _items(text, floor, names_end)
    names: list[tuple[int, int]] = []
    glued: list[bool] = []
    for order in range(len(items) - 1, -1, -1):
        low, high = items[order]
        if (etc := ETC_TAIL.fullmatch(text, low, high)) is not None:
            high = etc.end("base")  # 市文广旅局等部门, 各区(市)县政府: the list goes on after its 等
        split = _glued_names(text, low, high)
        if split is None and plain_last and order == len(items) - 1 and _plain_name(text[low:high]):
            split = low, [(low, high)]  # …、城关镇 · …、国网某县供电分公司: a list's last name, read whole
        if split is None:
            return Names(names[0][0], names, glued[1:]) if names else None
        begin, pieces = split
        glued[:0] = [False] + [True] * (len(pieces) - 1)  # a separator before the item, none inside it
        names[:0] = pieces
        if begin > low or order == 0:
            return Names(begin, names, glued[1:])
    return None


def _plain_name(item: str) -> bool:
    """Whether a list's last item after a separator reads as a name whole, though not by its ending: a few words,
    no figure, no work to do."""
    bare = _BRACKETED.sub("", item)
    return MIN_NAME < len(bare) <= MAX_PLAIN_NAME and bare.isalpha() and _PROSE_WORDS.search(bare) is None


# The names glued at an item's end run this far back at most (a unit cell's list): the reading of each start is
# a search over the names after it, so a row's long text is not searched from every character
MAX_NAME_RUN = 100

# A list's last item read as a name whole is this short at most
MAX_PLAIN_NAME = 10


def _items(text: str, low: int, high: int) -> list[tuple[int, int]]:
    """[start, end) of the items of text[low:high] parted by list separators outside brackets."""
    cuts = [low + position for position in separator_positions(text[low:high], UNIT_SEPARATORS)]
    bounds = zip([low, *(cut + 1 for cut in cuts)], [*cuts, high], strict=True)
    return [(start, end) for start, end in bounds if end > start]


def _glued_names(text: str, low: int, high: int) -> tuple[int, list[tuple[int, int]]] | None:
    """The names glued together at the end of the item text[low:high] and where the first begins: the earliest
    start, after the item's last sentence end, from which the rest reads as whole names each opening where a
    name may (the item's start, a level, 各, or right after the name before it). None when no name ends it."""
    floor = max(low, high - MAX_NAME_RUN)
    for stop in ("。", ";", ":"):
        floor = max(floor, text.rfind(stop, low, high) + 1)
    fallback: tuple[int, list[tuple[int, int]]] | None = None
    for start in range(floor, high - MIN_NAME + 1):
        opening = start > low and (text[start - 1] in "。;:" or name_opening(text, start) == 2)
        if start > low and not opening and not opens_a_name(text, start):
            continue
        names = _split_names(text, start, high)
        if names is None:
            continue
        if (
            start > low
            or low == 0
            or text[low - 1] in "。;:"
            or opens_a_name(text, low)
            or names[0][1] - low <= MAX_PLAIN_NAME
        ):
            return (start, names) if fallback is None or opening else fallback
        # 实现垃圾日产日清乡环卫所: a long first name with nothing opening it is the text's end and a name after a level
        fallback = fallback or (start, names)
    return fallback


def _split_names(text: str, low: int, high: int) -> list[tuple[int, int]] | None:
    """text[low:high] as whole names glued together, read the way that scores best (see `_name_score`:
    教育局经开区各街道 is three names, 市三产发展领导小组各成员单位 two, 经济开发区管委会 one), or None when it is no
    run of names at all."""
    # best[j]: the best score reading text[low:low + j] and the ends of its names
    best: list[tuple[int, list[int]] | None] = [None] * (high - low + 1)
    best[0] = (0, [])
    for start in range(high - low):
        before = best[start]
        if before is None:
            continue
        for stop in range(start + MIN_NAME, min(high - low, start + MAX_NAME + 6) + 1):
            name = text[low + start : low + stop]
            score = _name_score(name)
            if score is None or (before[1] and not _parts_from(text[low : low + start], name)):
                continue
            candidate = (before[0] + score, [*before[1], low + stop])
            current = best[stop]
            if current is None or (candidate[0], len(candidate[1])) > (current[0], len(current[1])):
                best[stop] = candidate
    found = best[high - low]
    if found is None or not found[1]:
        return None
    return list(zip([low, *found[1][:-1]], found[1], strict=True))


@functools.lru_cache(maxsize=4096)
def _name_score(name: str) -> int | None:
    """How well a piece reads as one unit's name, None when it is none: a body's ending (局 · 委 · 公司 …), a
    zone's (经开区 · 高新园(石桥镇)) or a collective opening with 各 or a level (各街道 · 县直各部门); more for a body
    the alias table knows and for a level or 各 before it; one less for each name, so a name is not cut in
    two for nothing. No sentence in it, and short."""
    bare = _BRACKETED.sub("", name)  # 各县(市、区)政府 · 高新园(石桥镇): the words in brackets aside
    short = len(bare) < MIN_NAME + 1 and "(" in name
    if short:
        bare = name.replace("(", "").replace(")", "")  # 镇(街道) · 各村(社区): the name is the bracket's too
    if not MIN_NAME <= len(bare) <= MAX_NAME or not bare.isalpha() or name[0] == "(":
        return None
    if CLAUSE_OPENING.search(bare) or _PROSE_WORDS.search(bare) or "的" in bare or "等" in bare:
        return None
    if _TWO_NAMES.search(bare):
        return None  # 青潭分局县生态环境保护委员会办公室: a body's ending, then a level opening the next name
    if _TEXT_THEN_NAME.search(bare):
        return (
            None  # 县高标准农田建设县农业农村局 · 市级文明城市复评迎检工作县文明办: words, then a level opening a name
        )
    known = is_known_body(bare)
    ending = ORGANISATION_END.search(bare) is not None
    opens = bare[0] in LEVELS or bare.startswith("各")
    zone = _ZONE.fullmatch(bare) is not None
    if len(bare) < MIN_NAME + 1 and not known:
        return None  # 各县 · 市委 · 员单位: too short to stand alone
    collective = (bare.startswith("各") or _COLLECTIVE_END.search(bare) is not None) and looks_organisational(bare)
    if not (known or ending or zone or (opens and collective)):
        return None  # 县高标准农田建设县: a level word, not a collective (各县市区 · 县直各部门)
    # a short name in brackets (各区(市)) stands alone only where nothing joins it to the next (县政府(管委会))
    return 3 * known + 2 * ending + 2 * opens + zone - 1 - 2 * short


def _parts_from(before: str, name: str) -> bool:
    """Whether `name` may stand as a name of its own after `before` (not the rest of it: 经济开发区 / 管委会 ·
    县人民政 / 府 · 市三产发展领导小组 / 各成员单位 · 各乡镇 / 卫生院)."""
    if _EVERY_BEFORE.search(before) and name[0] not in LEVELS and not name.startswith("各"):
        return False  # 各乡镇 / 卫生院: the 各 reaches over the body after it, each town's
    if any(before.endswith(word[:cut]) and name.startswith(word[cut:]) for word, cut in _ENDING_SPLITS):
        return False  # 县生态环境保护委 / 员会办公室: the name's ending is cut in two
    if _BRANCH.fullmatch(name) and name[0] not in LEVELS and ORGANISATION_END.search(before):
        return False  # 市生态环境局 / 青潭分局: a branch of the body before it, in its place
    return (
        not BARE_ORGAN.fullmatch(_BRACKETED.sub("", name))
        and _ORGAN_ONLY.fullmatch(_BRACKETED.sub("", name)) is None
        and _OF_THE_BODY_BEFORE.match(name) is None
        and not ending_runs_over(before, name)
    )
