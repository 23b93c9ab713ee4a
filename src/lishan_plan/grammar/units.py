"""Unit lists: split 牵头单位 / 责任单位 values into units and derive each unit's name.

、 , ; and a cell line break (<br>) separate units, but never inside brackets, and a 、 inside one
collective name does not split it: 各县、市、区政府 and 市直有关部门、单位 stay whole because 县 / 市 or
单位 cannot stand alone as a unit, whereas 区政府系统各单位、各部门 is two units. Bare place names
before a city's or county's government share it (甲城、乙河、丙山市政府 is one name), as the levels of
各县、市、区政府 do.
"""

from __future__ import annotations

import functools
import itertools
import sys
from collections.abc import Callable
from dataclasses import dataclass

import regex

from ..model import Leader, Script, Unit, trusted
from ..spans import LineIndex, MappedText
from .compiled import compile_pattern
from .labels import NAME_SEPARATOR
from .text import WORD, compact, to_simplified
from .vocabulary import LEVELS, SURNAMES

OPENING, CLOSING = "([《“‘<", ")]》”’>"
SEPARATORS = "、,;/"
# A cell line break kept by a Markdown or HTML rendering: 县财政局<br>县自然资源局<br />各乡镇人民政府
LINE_BREAK_TAG = compile_pattern(r"<br\s{0,2}/?>", regex.IGNORECASE)

# 各县、市、区政府 · 各区、县(市)人民政府: a bare level (县, 各区) is the head of the next name
# (but 各镇(街道) is a name of its own). After a collective 各… a bare level is one more member of
# the same collective: 各开发区、镇(街道).
LEVEL_PREFIX = compile_pattern(rf"各?[{LEVELS}]")
# ... but only when what follows is a level or a level's government (市 · 区政府 · 县(市)人民政府), so
# 各区、市财政局 stays two units.
LEVEL_GOVERNMENT = compile_pattern(
    rf"[{LEVELS}](?:\([^()]{{1,8}}\))?(?:人民政府|政府|管委会|党委|委员会)?(?:\([^()]{{1,8}}\))?"
)
# A name of many bodies at once, whose 、-list of levels is one name: 各街道、镇 · 13个街道、镇 · 五个乡、镇
# · 相关市、县政府 · 有关县、区
COLLECTIVE_START = compile_pattern(r"各|有关|相关|(?:\d{1,3}|[一二三四五六七八九十两]{1,3})个")
# 甲城、乙河、丙山市政府: bare place names sharing the government named after the last of them, one name
# (places that name their level share it too: see PLACE_DEPARTMENTS).
BARE_PLACE = compile_pattern(rf"[^\P{{Han}}{LEVELS}]{{2,4}}")
# 东湖示范区、西山园区党工委和管委会 · 高新区、经开区管委会: zones named bare before the last of them names the organs
# they each have.
_ZONE = r"(?:\p{Han}{1,10}?(?:示范区|开发区|高新区|新区|园区|产业园|工业园|试验区|保税区)|\p{Han}{0,10}?经开区)"
BARE_ZONE = compile_pattern(_ZONE)
ZONE_ORGANS = compile_pattern(_ZONE + r"(?:党工委[和及、]管委会|管委会|党工委)")
# 甲河市、乙山州发展改革部门 · 北岭市、云溪州人民政府: places that each name their level before the last of them
# names a kind of department, or the government, they each have (a place alone would name its government; the list
# is one collective name, as 各县、市、区政府 is).
# 兰州市 · 临夏州 (a level's character inside too); never a part of a place (幸福社区 · 滨江小区 · 东片区)
_PART_OF_A_PLACE = r"(?:社区|小区|片区|景区|园区|校区|辖区|街区)$"
_NAMED_PLACE = rf"(?!各|有关|相关|全)(?!\p{{Han}}*{_PART_OF_A_PLACE})\p{{Han}}{{1,4}}[市州县区盟旗]"
NAMED_PLACE = compile_pattern(_NAMED_PLACE)
PLACE_DEPARTMENTS = compile_pattern(_NAMED_PLACE + r"(?:\p{Han}{1,10}?部门|人民政府|政府)")
# Only a city's, county's or banner's: a short name before 区政府 may be a department's (发改、财政、开发区政府).
PLACE_GOVERNMENT = compile_pattern(rf"[^\P{{Han}}{LEVELS}]{{2,4}}[市县州盟旗](?:人民政府|政府)")
# 有关部门、县政府 · 各单位、乡: a collective that ends in a generic noun is whole; a level after it is a name of
# its own (相关市、县政府 and 各开发区、镇(街道) are one name each).
GENERIC_END = compile_pattern(r"(?:单位|部门|企业|机构|方面|行业|科室|处室)$")
# 市直有关部门、单位: a bare generic noun is the tail of the name before it.
GENERIC_TAIL = compile_pattern(r"(?:有关|相关|其他)?(?:单位|部门|机构|企业)")
# The last character of a place's or a body's short name (张庄镇 · 李家村 · 黄河站), never a person's.
PLACE_OR_BODY_END = "村庄屯寨湾港局站所队办委院厂场社"
# 各乡镇人民政府、街道办事处 · 各镇政府、管委会: a kind of body with no place of its own after a collective 各…
# is one more member of that collective (which 街道办事处 alone would not name).
PLACELESS_BODY = compile_pattern(
    r"(?:街道|社区|村|居|村\(居\)|园区|景区)(?:办事处|办|委会|管委会|管理委员会)|办事处|管委会|街道|社区|板块"
)
# 区财政局等有关单位 · 区商务局等 · 县安全生产委员会成员单位等有关单位: an open list.
# 市某局等市有关部门 · 能源局等省有关部门 · 县教育局等县直有关部门 · 某局等市直相关单位: a level (and 直) may
# stand between 等 and the tail.
_ETC = (
    rf"等(?:(?:[{LEVELS}](?:直|级|政府|委)?)?(?:有关|相关|其他|其它)?(?:单位|部门|机构|成员单位|企业)"
    r"|有关|相关|其他|其它)?"
)
ETC_TAIL = compile_pattern(rf"(?P<base>.+?)\s{{0,2}}{_ETC}")
# 区农业农村局、等区政府有关部门: the open list's tail printed as an item of its own, no unit
ETC_ALONE = compile_pattern(_ETC)
# 区工信局(闲置厂房) · 各乡(镇)人民政府(乡镇部分): a trailing bracket after a complete name is a scope note ...
TRAILING_NOTE = compile_pattern(r"(?P<base>.+)\((?P<note>[^()]{1,40})\)")
ORGANISATION_ENDINGS = (
    "局|委|办|厅|部|院|所|站|队|中心|公司|集团|政府|管委会|委员会|办公室|支队|馆|社|会|处|科|股|室|行|署|团|校|园区"
    "|法院|检察院|办事处|街道|分局|专班|小组|联|协|开发区|新区|示范区|经济区|高新区"
)
ORGANISATION_END = compile_pattern(rf"(?:{ORGANISATION_ENDINGS})$")
ORGANISATION_ENDING = compile_pattern(ORGANISATION_ENDINGS)  # anywhere in a text
# 市财政局主要领导 · 县消防救援支队主要负责人 · 市发改委负责同志: the official of each body who answers for the task,
# printed after the last of a list (责任单位及责任人:东城区政府、市财政局主要领导。); the body is the unit
OFFICIAL_TAIL = compile_pattern(
    rf"(?P<base>.+?(?:{ORGANISATION_ENDINGS}))(?:党政)?(?:主要领导(?:同志)?|主要负责(?:人|同志)|负责同志|一把手)"
)
# ... unless the bracket itself names an organisation or a level: 市发展和改革委员会(市能源局),
# 各县(市、区)政府(管委会), 各街办(新区), 各乡镇(场), 各镇政府(街道办事处), 各街道(功能区).
NAME_LIKE_NOTE = compile_pattern(
    rf".*(?:{ORGANISATION_ENDINGS})|[{LEVELS}场街道园新、,]{{1,8}}|.{{0,6}}(?:园区|新区|开发区|功能区|片区|景区)"
)
# ... and a note that says which unit of the list leads is no unit's scope (市乙局(第一责任单位为牵头单位,下同)):
# the name ends before it, and finish/conventions.py reads the convention from the text.
# The first-listed convention: 列第一位的为牵头单位 · 列第一位的责任单位为牵头单位或汇总单位 ·
# 排名第一的单位为牵头单位 · 排在第一位的单位负责牵头抓总 · 列第一位者为工作牵头单位或汇总单位 ·
# 排在首位的单位为牵头单位 · 首位单位为牵头单位 · 第一位的部门是牵头部门 · 第一责任单位为牵头单位 ·
# 原则上由排名首位的部门牵头负责
_RANKED_FIRST = r"(?:列|排名|排在|排序|排|位列|居)(?:在)?(?:第一|首)(?:位|个|名)?"
FIRST_LISTED = compile_pattern(
    rf"""(?:{_RANKED_FIRST}|(?:第一|首)位的?(?=单位|部门)
    |第一(?=责任单位|责任部门))"""
    r"[^,;。]{0,8}?(?:为|是|作为|负责)[^,;。]{0,4}?牵头"
    rf"|由{_RANKED_FIRST}的(?:单位|部门)牵头",
    regex.VERBOSE,
)
# A leader post rather than a unit: 分管副省长 · 协管副秘书长 · 区长 · 市政府负责同志 · 张某某同志
POST = compile_pattern(
    r".{0,12}(?:长|书记|领导|主任|秘书长|专员|委员)"
    r"|(?!各|有关|相关|全体)\p{Han}{0,10}(?:领导|负责)同志|\p{Han}{2,3}同志"  # not 各乡镇主要负责同志 · 离退休老同志
)


@functools.lru_cache(maxsize=16)
def _separator_class(separators: str) -> regex.Pattern[str]:
    """One character of `separators`, compiled once per set (a parse asks thousands of times)."""
    return compile_pattern(f"[{regex.escape(separators)}]")


def separator_positions(text: str, separators: str) -> list[int]:
    """Where separators stand outside any bracket (一、…（市、区）… keeps its inner 、)."""
    if not _BRACKET.search(text):  # no bracket: every separator counts, found without a Python loop
        return [match.start() for match in _separator_class(separators).finditer(text)]
    positions, depth = [], 0
    for position, char in enumerate(text):
        if char in OPENING or char in "（":
            depth += 1
        elif char in CLOSING or char in "）":
            depth = max(depth - 1, 0)
        elif depth == 0 and char in separators:
            positions.append(position)
    return positions


@dataclass(frozen=True, slots=True)
class Piece:
    """One separated item of a list, with the separator that preceded it."""

    text: MappedText
    separator: str
    start: int  # index of the piece in the split value (an empty piece still has a place)


# 省有关部门和各市、县（区）人民政府 · 市政府及开发区管委会: 和 / 及 join two complete units. The
# left side must end like an organisation and the right side start like one, so the 和 inside
# 区住房和城乡建设局 or 市发展和改革委员会 never splits a name.
CONJUNCTIONS = "和及与"
CONJOINED_LEFT = compile_pattern(rf"(?:{ORGANISATION_ENDINGS}|部门|单位|机构|企业)$")
CONJOINED_RIGHT = compile_pattern(r"(?:各|有关|相关|其他|[省市州县区乡镇]\p{Han})")


# …政府及开发区管委会 · …林业局和水文站及各乡镇: the right side is a whole name when it ends like an
# organisation before the next separator or conjunction, or a verb of the list (甲局和乙站分别牵头), even
# without a level prefix.
CONJOINED_NAME = compile_pattern(
    rf"[^、,;/()]{{2,24}}?(?:{ORGANISATION_ENDINGS})(?=$|[、,;/{CONJUNCTIONS}]|(?:分别|并列|共同)?牵头|分别负责)"
)


# 综合处会同法规处 · 市商务局会同市财政局: 会同 (together with) joins two units as 和 does, on the same terms.
WORKING_WITH = "会同"


# 各县(市、区)党委和人民政府 · 示范区党工委和管委会: an organ with no place of its own after 和 is the same
# place's second organ, so the two are one name, not a unit and a headless 人民政府.
BARE_ORGAN = compile_pattern(r"(?:人民)?政府|管委会|党委|党工委|人大常委会|政协|办事处")


def _joins_two_units(text: str, start: int, position: int, width: int = 1) -> bool:
    """Whether the conjunction of `width` characters at `position` stands between two whole units."""
    if CONJOINED_LEFT.search(text[max(start, position - 8) : position].rstrip()) is None:
        return False
    if CONJOINED_RIGHT.match(text, position + width) is not None:
        return True
    name = CONJOINED_NAME.match(text, position + width)
    return name is not None and BARE_ORGAN.fullmatch(name.group()) is None


# 会 closing a name before 同 (市科学技术协会同市教育局, 市总工会同…): the 会 is the name's, not 会同's.
_NAME_BEFORE_HUI = frozenset("协员合商学工总事")


def _working_with_at(text: str, start: int, position: int) -> bool:
    """Whether 会同 at `position` joins two whole units (see `_joins_two_units`)."""
    return (
        text.startswith(WORKING_WITH, position)
        and text[position - 1 : position] not in _NAME_BEFORE_HUI
        and _joins_two_units(text, start, position, len(WORKING_WITH))
    )


def working_with(units: str) -> int | None:
    """Where 会同 joins the first unit of a list to the rest (市商务局会同市财政局), outside brackets."""
    depth = 0
    for position, char in enumerate(units):
        if char in OPENING:
            depth += 1
        elif char in CLOSING:
            depth = max(depth - 1, 0)
        elif depth == 0 and position and char == WORKING_WITH[0] and _working_with_at(units, 0, position):
            return position
    return None


# 县水利局县农业农村局 · 县气象局各乡镇人民政府 · 县水利局 县农业农村局: names run together with no
# separator, or apart by spaces only. A name ends like an organisation and the next begins with a level
# or 各, so 市生态环境局咸安分局 and 县人民政府办公室 stay whole.
# After a name, 各部门 / 各成员单位 / 各工作组 is its tail (国务院各部门, 区安全生产委员会各成员单位,
# 市防汛指挥部各工作组, 县指挥部各专班, 县政府各执法部门), not a new unit.
FUSED_NEXT = compile_pattern(
    rf"[{LEVELS}]\p{{Han}}|各(?!部门|单位|成员单位|有关|相关|直属|级|类|处室|科室|\p{{Han}}{{0,2}}(?:组|专班)|\p{{Han}}{{1,4}}部门)\p{{Han}}"
)
# A name ends like an organisation, perhaps with a bracket after it: 县发展和改革局(县粮食和物资储备局)
# Only unmistakable endings count here (行 of a bank or 会 would cut 全区经济运行各专班).
NAME_END = compile_pattern(
    r"(?:局|委|办|厅|部|院|政府|管委会|委员会|办公室|中心|公司|集团|大队|支队|街道|专班)(?:\([^()]{1,24}\))?$"
)
# The shortest name on either side of such a boundary.
MIN_FUSED_NAME = 3
# Apart by spaces, the space itself says a name may end: any organisation's ending counts (市党史和地方志研究室
# 市邮政管理局), and a station's (市广播电视台 市地震局); a wrapped name (市党史和地方志 研究室) ends in none.
SPACED_NAME_END = compile_pattern(rf"(?:{ORGANISATION_ENDINGS}|电视台|气象台)(?:\([^()]{{1,24}}\))?$")


def _fused_boundary(text: str, start: int, position: int) -> bool:
    """Whether a new unit begins at `position` although no separator stands there."""
    if position - start < MIN_FUSED_NAME or FUSED_NEXT.match(text, position) is None:
        return False
    return NAME_END.search(text, max(start, position - 32), position) is not None


def _space_boundary(text: str, start: int, position: int) -> bool:
    """Whether the spaces at `position` stand between two names (县水利局 县农业农村局)."""
    left = text[start:position].rstrip()
    if len(left) < MIN_FUSED_NAME or SPACED_NAME_END.search(left) is None:
        return False
    right = position
    while right < len(text) and text[right] in " \t":
        right += 1
    if FUSED_NEXT.match(text, right) is not None:
        return True
    # 各街道 办事处 (a zero-width space read as one): an organ with no place of its own is the name's rest
    name = CONJOINED_NAME.match(text, right)
    return name is not None and BARE_ORGAN.fullmatch(name.group()) is None


# Where a list can split or a bracket open or close: separators, brackets, line breaks and spaces, the
# conjunctions (and 会同's 会), and the first characters FUSED_NEXT accepts (a level, 各). `_pieces` looks only there.
_CANDIDATE = compile_pattern(
    "[" + regex.escape(SEPARATORS + OPENING + CLOSING + "\n \t" + CONJUNCTIONS + LEVELS + "各" + WORKING_WITH[0]) + "]"
)
_BRACKET = compile_pattern("[" + regex.escape(OPENING + CLOSING + "（）") + "]")


def _pieces(value: MappedText) -> list[Piece]:
    """Split at separators outside brackets; a <br> tag counts as 、."""
    text = value.text
    pieces: list[Piece] = []
    depth, start, separator, position = 0, 0, "", 0
    while (candidate := _CANDIDATE.search(text, position)) is not None:
        position = candidate.start()  # the characters skipped can neither split nor open a bracket
        char = text[position]
        tag = LINE_BREAK_TAG.match(text, position) if char == "<" else None
        if tag and depth == 0:
            pieces.append(Piece(value.slice(start, position), separator, start))
            start, separator, position = tag.end(), "、", tag.end()
            continue
        if char in OPENING:
            depth += 1
        elif char in CLOSING:
            depth = max(depth - 1, 0)
        elif depth == 0 and (
            char in SEPARATORS or char == "\n" or (char in CONJUNCTIONS and _joins_two_units(text, start, position))
        ):
            pieces.append(Piece(value.slice(start, position), separator, start))
            start, separator = position + 1, char
        elif depth == 0 and char == WORKING_WITH[0] and _working_with_at(text, start, position):
            pieces.append(Piece(value.slice(start, position), separator, start))
            start, separator = position + len(WORKING_WITH), WORKING_WITH
            position = start
            continue
        elif depth == 0 and char in " \t" and _space_boundary(text, start, position):
            pieces.append(Piece(value.slice(start, position), separator, start))
            start, separator = position + 1, "、"
        elif depth == 0 and _fused_boundary(text, start, position):
            pieces.append(Piece(value.slice(start, position), separator, start))
            start, separator = position, "、"
        position += 1
    pieces.append(Piece(value.slice(start, len(text)), separator, start))
    return pieces


# The mark a table may print after a unit (区财政局* · 县发改局※): its legend, if the notice gives one, is elsewhere.
UNIT_MARKS = "*★※"
# The marks a list prints after the unit that leads, where a legend says so (标*的为牵头单位), full-width as ASCII.
MARK_TWINS = {"*": "*", "＊": "*", "★": "★", "※": "※"}


# ****分局 · 县**局: a site that masks a place's name prints a run of asterisks where it stood, part of the name
_MASKED = "**"
# The punctuation and spaces around a name in a list
_NAME_EDGES = " \t\f\n\r。.:"


def _clean(text: MappedText) -> MappedText:
    """A name without the punctuation around it, nor a mark printed after it; a masked name keeps the asterisks
    that open it."""
    bare = text.strip(_NAME_EDGES)
    if bare.text.startswith(_MASKED) and not bare.text.endswith(_MASKED):  # (**县甲局**: bold marks around it)
        return bare.slice(0, len(bare.text.rstrip(_NAME_EDGES + UNIT_MARKS)))
    return text.strip(_NAME_EDGES + UNIT_MARKS)


def _sharing_a_government(pieces: list[Piece], bodies: list[str]) -> set[int]:
    """Positions of pieces that join the one before them because a run of bare place names shares the
    government the last piece names (甲城、乙河、丙山市政府), or a run of zones the organs the last names
    (东湖示范区、西山园区党工委和管委会)."""
    joined: set[int] = set()
    for bare, heads in _SHARED_HEADS:
        position = 0
        while position < len(bodies):
            end = position
            while end < len(bodies) and bare(bodies[end]):
                end += 1
            if (
                end > position
                and end < len(bodies)
                and heads.fullmatch(bodies[end])
                and all(pieces[index].separator == "、" for index in range(position + 1, end + 1))
            ):
                joined.update(range(position + 1, end + 1))
            position = end + 1
    return joined


def _bare_place(body: str) -> bool:
    """A place named without its level or government (甲城)."""
    return BARE_PLACE.fullmatch(body) is not None and not looks_organisational(body)


def _bare_zone(body: str) -> bool:
    """A zone named without its organs (东湖示范区 · 经开区)."""
    return BARE_ZONE.fullmatch(body) is not None


def _named_place(body: str) -> bool:
    """A place named with its level and nothing after it (甲河市 · 乙山州)."""
    return NAMED_PLACE.fullmatch(body) is not None


# The runs of 、-pieces that share what the last piece names: (what each piece before it is, what the last is)
_SHARED_HEADS: tuple[tuple[Callable[[str], bool], regex.Pattern[str]], ...] = (
    (_bare_place, PLACE_GOVERNMENT),
    (_bare_zone, ZONE_ORGANS),
    (_named_place, PLACE_DEPARTMENTS),
)


def _merge_collective_names(pieces: list[Piece], value: MappedText) -> list[MappedText]:
    """Rejoin 、-pieces that cannot stand alone (see module docstring). Empty pieces (a stray
    separator) never join anything."""
    merged: list[tuple[int, int]] = []  # index ranges into `pieces`
    bodies = [compact(piece.text.text) for piece in pieces]
    shared_government = _sharing_a_government(pieces, bodies)
    for position, piece in enumerate(pieces):
        body = bodies[position]
        previous = bodies[merged[-1][1]] if merged else ""
        head = bodies[merged[-1][0]] if merged else ""
        joins_previous = (
            body
            and previous
            and piece.separator in ("、", "\n")
            and (
                position in shared_government
                or GENERIC_TAIL.fullmatch(body) is not None
                or (head.startswith("各") and PLACELESS_BODY.fullmatch(body) is not None)
                or (
                    (
                        LEVEL_PREFIX.fullmatch(previous) is not None
                        or (COLLECTIVE_START.match(head) is not None and GENERIC_END.search(head) is None)
                    )
                    and LEVEL_GOVERNMENT.fullmatch(body) is not None
                )
            )
        )
        if joins_previous:
            merged[-1] = (merged[-1][0], position)
        else:
            merged.append((position, position))
    result = []
    for first, last in merged:
        if first == last:
            result.append(_clean(pieces[first].text))
            continue
        # Re-slice from the value so the joining 、 stays inside the unit.
        end = pieces[last].start + len(pieces[last].text)
        result.append(_clean(value.slice(pieces[first].start, end)))
    return result


@dataclass(frozen=True)
class SplitResult:
    """Units found in a list, and where a stray separator left an empty name."""

    units: list[MappedText]
    empty_at: list[int]  # document offsets of empty items


def split_list(value: MappedText) -> SplitResult:
    """Split a unit list into unit texts (still as printed; see `make_unit`)."""
    value = _clean(value)
    if not value.text:
        return SplitResult([], [])
    pieces = _pieces(value)
    units, empty_at = [], []
    for text in _merge_collective_names(pieces, value):
        if text.text and not ETC_ALONE.fullmatch(text.text.strip()):
            units.append(text)
    for position, piece in enumerate(pieces):
        following = pieces[position + 1].separator if position + 1 < len(pieces) else ""
        # A line break next to a separator (县统计局、⏎县税务局) is a wrap, not an empty name.
        if not _clean(piece.text).text and "\n" not in (piece.separator, following):
            empty_at.append(value.source_offset(piece.start))
    return SplitResult(units, empty_at)


@functools.lru_cache(maxsize=8192)
def derive_name(norm: str, printed: str, script: Script) -> tuple[str, str | None, bool]:
    """(name, scope, etc) of a unit. `norm` and `printed` are the same characters, matched and printed.
    Remembered: a plan names the same few dozen units again and again (a pure function of its text).

    The structure is read on the normalised text and cut from the printed one at the same places,
    so the name keeps the printed forms (各乡（镇）人民政府) and a traditional name is then simplified.
    """
    kept = [position for position, char in enumerate(norm) if not char.isspace()]
    norm = "".join(norm[position] for position in kept)
    printed = "".join(printed[position] for position in kept)
    etc = False
    if match := ETC_TAIL.fullmatch(norm):
        norm, printed, etc = norm[: match.end("base")], printed[: match.end("base")], True
    if match := OFFICIAL_TAIL.fullmatch(norm):
        norm, printed = norm[: match.end("base")], printed[: match.end("base")]
    scope = None
    match = TRAILING_NOTE.fullmatch(norm)
    if (
        match
        and match["base"].count("(") == match["base"].count(")")
        and ORGANISATION_END.search(match["base"])
        and not NAME_LIKE_NOTE.fullmatch(match["note"])
    ):
        if not FIRST_LISTED.search(match["note"]):
            scope = printed[match.start("note") : match.end("note")]
        norm, printed = norm[: match.end("base")], printed[: match.end("base")]
    if script == "traditional":
        return to_simplified(printed), (to_simplified(scope) if scope else None), etc
    return printed, scope, etc


def make_unit(text: MappedText, index: LineIndex, script: Script) -> Unit:
    """A Unit from one item of a list: `raw` as printed, `name` derived, span on the source."""
    start, end = text.source_range(0, len(text))
    name, scope, etc = derive_name(text.text, text.original, script)
    # the same few names recur over a notice's tasks (and a batch's notices): keep one copy of each
    return trusted(Unit)(
        raw=sys.intern(text.printed()), name=sys.intern(name), scope=scope, etc=etc, span=index.span(start, end)
    )


# 各乡镇 · 有关单位 · 属地街道 · 市直各部门 · 全县各乡镇 · 全市公安机关: collective names without an organisation
# ending. 全市 alone opens no name: 全市统筹 (a target cell) is what the whole city does, not who.
COLLECTIVE = compile_pattern(
    r"(?:各|有关|相关|属地|其他|全[省市县区](?:各|所有|有关|相关)).*"
    r"|.*(?:单位|部门|企业|街道|乡镇|园区|区|县|市|学校|机关|板块)"
)


TRAILING_BRACKET = compile_pattern(r"\([^()]{0,24}\)$")


def glosses_a_body(text: str, bracket: str) -> bool:
    """Whether a bracket of office names glosses the body named right before it rather than naming the task's
    units: the text ends with a body or a collective (…各乡镇人民政府 · …各乡镇) and the bracket names bodies with no
    place of their own (（街道办事处） · （街道）), never units with a level (…敬老院（县民政局、县自然资源局）)."""
    found = _LAST_WORDS.search(text.rstrip())
    last = found.group() if found is not None else ""
    if not any(looks_organisational(last[start:]) for start in range(max(0, len(last) - MAX_GLOSSED), len(last) - 1)):
        return False  # …分解到各镇 · …各乡镇人民政府: a body or a collective ends the words
    names = [name for name in _ITEM_BREAK.split(bracket) if name.strip()]
    return bool(names) and all(PLACELESS_BODY.fullmatch(name.strip()) for name in names)


# The words right before a bracket, back to a separator or a stop: 各乡镇人民政府 in …分解到各乡镇人民政府（…）
_LAST_WORDS = compile_pattern(r"[^,，、;；。:：\s]{1,16}$")
# The glossed name is read back this far at most
MAX_GLOSSED = 8


def looks_organisational(name: str) -> bool:
    """Whether a unit name reads as a body: an organisation ending (局, 委, 公司 …) or a collective."""
    name = TRAILING_BRACKET.sub("", name.rstrip("等" + UNIT_MARKS))  # 区人民政府(管委会) reads as 区人民政府
    return bool(ORGANISATION_END.search(name)) or COLLECTIVE.fullmatch(name) is not None


# Where the items of a list part: the last item of a value, the first of the line after it.
_ITEM_BREAK = compile_pattern(r"[、,;，；]")
# A fragment that completes a name broken by a wrap is short: 委 · 管委会 · 服务中心
MAX_NAME_FRAGMENT = 6
# ... unless it is the whole next line and reads as a name's rest (澜平交通 / 建设投资集团有限公司): a company's
# or a centre's name runs longer, and a line of one name and nothing else goes on the list it follows.
MAX_NAME_REST_LINE = 16
# A name's ending as a wrap can split it: 人民政府 reads whole (各县(区)人 / 民政府), not as its last two characters.
_SPLIT_ENDING = compile_pattern(rf"(?:人民政府|人民法院|人民检察院|{ORGANISATION_ENDINGS})$")
HAN_ONLY = compile_pattern(r"\p{Han}+")
# A line that opens a name of its own, not the rest of one: 中国联通县分公司 · 国网某县供电公司 · 县城投集团
_OPENS_A_NAME = compile_pattern(rf"[{LEVELS}]|各|中国|国网|国家")


def breaks_off_in_a_name(value: str, following: str) -> bool:
    """Whether a unit list stops inside a name that the next line completes: …、开发区党工 / 委、各镇党委.
    The value's last item does not read as a body, and joined with the next line's first item it does
    (a PDF copy wraps lists mid-name, and its widths do not always tell the wrap)."""
    last = _ITEM_BREAK.split(value.rstrip())[-1]
    first = _ITEM_BREAK.split(following.strip(), maxsplit=1)[0]
    if not last or not first:
        return False
    joined = last + first
    if not looks_organisational(joined):
        return False
    if len(first) > MAX_NAME_FRAGMENT:
        whole_line = first == following.strip() and len(first) <= MAX_NAME_REST_LINE
        rest = whole_line and HAN_ONLY.fullmatch(first) is not None and not _OPENS_A_NAME.match(first)
        return rest and not looks_organisational(last)
    if not looks_organisational(last) or len(last) == 1:
        return True  # …、开发区党工 / 委 · …、县 / 财政局 (one character is never a name of its own)
    # …、各乡镇人民政 / 府: the name's ending runs over the break (a collective reads as a body before it ends)
    return ending_runs_over(last, first)


def ending_runs_over(last: str, first: str) -> bool:
    """Whether a name's ending runs over a break between `last` and `first` (各乡镇人民政 / 府 · 市通信发展管理办
    / 公室): the two are one name, though each may read as a body on its own."""
    ending = _SPLIT_ENDING.search(last + first)
    return ending is not None and ending.start() < len(last) < ending.end()


def is_post(text: str) -> bool:
    """Whether a list names leaders' posts (分管副省长、协管副秘书长) rather than units."""
    posts = [post for post in NAME_SEPARATOR.split(compact(text)) if post]
    return bool(posts) and all(POST.fullmatch(post) for post in posts)


def names_leaders(text: str) -> bool:
    """Whether a list before a verb names leaders, by their posts or as people beside their posts
    (分管副省长、协管副秘书长 · 分管副县长李某某 · 副县长李某某、副县长王某某 · 县委常委、副县长李某某 ·
    副县长李某某、王某某), not units."""
    if is_post(text) or names_a_post_holder(text):
        return True
    people = [person.strip() for person in NAME_SEPARATOR.split(text) if person.strip()]
    if len(people) < 2:
        return False
    if names_a_post_holder(people[0]) and all(_bare_person(person) for person in people[1:]):
        return True  # 副县长邓某某、韩某某: the post said once, before the first of the names
    return all(is_post(person) or names_a_post_holder(person) for person in people)


def _bare_person(text: str) -> bool:
    """A person's name alone: two or three characters opening with a common surname, no body's ending."""
    name = compact(text)
    if not 2 <= len(name) <= 3 or not opens_with_surname(name) or looks_organisational(name):
        return False
    return name[-1] not in LEVELS + PLACE_OR_BODY_END  # 张庄镇 · 李家村 · 石油局: a place or a body, no one's name


# 王纲市长 · 周晓岚副县长 · 黎军常务副县长 · 刘强区政府党组成员 · 陈华区委常委、副区长 · 杨明区政府秘书长 ·
# 赵军区长助理 · 孙伟县委副书记、县长 · 镇党委副书记 马国栋 · 镇党委组织委员黄某 (a township's posts): a name of
# two or three characters and a post, the post perhaps with the body it sits in (区委, 区政府, 镇党委) and
# perhaps several posts joined by 、.
_POST = (
    rf"(?:[{LEVELS}]?(?:党委|党工委)|[{LEVELS}](?:委|政府|人大)|党组|局党组)?(?:常务)?副?"
    r"(?:省长|市长|州长|县长|区长|旗长|镇长|乡长|书记|秘书长|主任|党组成员|党组副书记|常委|局长|厅长|主席"
    r"|(?:组织|宣传|统战|政法|纪检|(?<=党委|党工委|党组))委员|武装部长|(?:组织|宣传|统战)部长)(?:助理)?"
)
POSTS = rf"{_POST}(?:、{_POST})*"
LEADER_POST = compile_pattern(rf"(?P<leader>\p{{Han}}(?:\s{{0,3}}\p{{Han}}){{1,2}}?)\s{{0,3}}(?P<post>{POSTS})")
POST_ALONE = compile_pattern(_POST)
# 县长 陈启航 · 县委常委、副县长罗显文 · 常务副区长刘  洋: posts, then the name of two or three characters that holds
# them, perhaps padded (a heading that names its owner post first); what follows the name (a verb: 分管 · 牵头)
# tells where it ends.
POST_LEADER = compile_pattern(rf"(?P<post>{POSTS})\s?(?P<leader>\p{{Han}}(?:\s{{0,3}}\p{{Han}}){{1,2}})")
# 魏振国(副市长) · 邓立峰 党委副书记、镇长 · 党组成员、副主任 吴 涛 · 县委常委、副县长李文博 · 分管副县长韩某某: a
# name with its posts beside it, in brackets, apart by a space (a name of two characters may be padded to
# three) or after them (a table's leader cell, a verb clause: 分管副县长韩某某牵头); the leader is the name.
_PADDED_NAME = r"\p{Han}(?:\s?\p{Han}){1,3}"
NAME_WITH_POSTS = compile_pattern(
    rf"""(?P<name>{_PADDED_NAME})\s{{0,3}}\(\s{{0,2}}{POSTS}\s{{0,2}}\)
    | (?P<name>{_PADDED_NAME})\s+{POSTS}
    | (?:分管|主管|联系)?{POSTS}\s*(?P<name>{_PADDED_NAME})""",
    regex.VERBOSE,
)


# 蒋成（四级调研员） · 许晓东（执法稽查大队大队长） · 田芳（乡党委委员、副乡长）: the person a 责任人 line names,
# with a post in brackets after the name (township and bureau lists name section chiefs, station heads and
# zone officials, whose posts no list holds); the person is the name. The bracket must read as a post (it
# ends like one), so 李明（联系电话：…） stays whole; and a name that ends like a body or a place (林业站（站长）,
# 石桥村（支部书记）) is no person.
GLOSSED_NAME = compile_pattern(
    rf"(?P<name>{_PADDED_NAME})\s{{0,3}}\([^()]{{0,30}}(?:长|书记|主任|员|经理|助理|主席|干事|会计|秘书)\)"
)
_PLACE_END = compile_pattern(rf"(?:{ORGANISATION_ENDINGS}|村|社区|组|镇|乡|区|县|市)$")


def make_leaders(
    value: MappedText, label: str | None, index: LineIndex, script: Script, *, glossed: bool = False
) -> list[Leader]:
    """Leaders from a 牵头领导 value: 顾承泽 · 潘晓薇、顾承泽 · 范 勇 (padding space dropped) · 张明 李华 · 杨明副市长
    · 魏振国（副市长） · 邓立峰　党委副书记、镇长 (a name beside its post is the name; a post alone stays as
    printed). `glossed`: a name before a bracketed post of any kind is the name (GLOSSED_NAME), as a 责任人
    prints it."""
    leaders = []
    names = (
        _names_in_brackets(value, script)
        or _post_holders(value, glossed)
        or [_name_of_post_holder(text, glossed) or text for text in split_list(value).units]
    )
    for text in names:
        start, end = text.source_range(0, len(text))
        for printed in _padded_names(_printed_words(text), script):
            name = to_simplified(printed) if script == "traditional" else printed
            leaders.append(trusted(Leader)(name=_name_before_post(name), label=label, span=index.span(start, end)))
    return leaders


# 按《市委工作要点》分工(张一平、李二河) · 由分管副市长(赵四海)负责: the leaders named in a bracket of a phrase that
# says how they were chosen (the phrase has one of its words: not a name glossed, 李明(高新区) · 张三(常务))
_BRACKETED_NAMES = compile_pattern(r"\((?P<names>\p{Han}{2,4}(?:[、,]\p{Han}{2,4}){0,5})\)")
_CHOSEN_BY = compile_pattern(r"按|由|分工|分管|负责|牵头|联系|主抓")
# The last character of a place or a body, never of a person's name in such a bracket (高新区 · 金融办 · 城关镇)
_PLACE_OR_BODY_END = "区县市镇乡村街办局委厅处科所站院组"


def _names_in_brackets(value: MappedText, script: Script) -> list[MappedText]:
    """The people a leader value names in a bracket after a phrase (按…分工(A、B) · 由分管副市长(C)负责), each a
    person's name; none where the value is no such phrase (a name glossed with its post or place: 魏振国(副市长)
    · 李明(高新区))."""
    match = _BRACKETED_NAMES.search(value.text)
    if match is None or not _CHOSEN_BY.search(value.text, 0, match.start()):
        return []
    names = [name for name in NAME_SEPARATOR.split(match["names"]) if name]
    if not all(
        _opens_with_surname(name, script) and not POST.fullmatch(name) and name[-1] not in _PLACE_OR_BODY_END
        for name in names
    ):
        return []
    start = match.start("names")
    pieces, position = [], 0
    for name in names:
        position = match["names"].index(name, position)
        pieces.append(value.slice(start + position, start + position + len(name)))
        position += len(name)
    return pieces


def _post_holders(value: MappedText, glossed: bool) -> list[MappedText]:
    """The names of a value that is one post-holder (邓立峰　党委副书记、镇长) or post-holders apart by commas
    (区委常委、副区长 李某某，副区长 吴某某: the 、 stays inside the posts); none when a part is no post-holder."""
    if (whole := _name_of_post_holder(value.strip(), glossed)) is not None:
        return [whole]
    groups = _comma_groups(value)
    if len(groups) < 2:
        return []
    holders = [_name_of_post_holder(group, glossed) for group in groups]
    return [holder for holder in holders if holder is not None] if all(holders) else []


def _comma_groups(value: MappedText) -> list[MappedText]:
    """The parts of a value between commas and semicolons (the 、 inside a post-holder's posts stays)."""
    cuts = [position for position, char in enumerate(value.text) if char in ",;，；"]
    return [value.slice(low + 1, high).strip() for low, high in itertools.pairwise([-1, *cuts, len(value)])]


def names_a_post_holder(text: str) -> bool:
    """Whether a cell names one leader with the posts beside the name (张志远（副县长） · 副县长 周慧琳)."""
    match = NAME_WITH_POSTS.fullmatch(text.strip())
    return match is not None and _opens_with_surname(match["name"], "simplified")


def _name_of_post_holder(text: MappedText, glossed: bool = False) -> MappedText | None:
    """The name of a leader printed with the posts beside it (NAME_WITH_POSTS, or when `glossed` a bracketed
    post of any kind: GLOSSED_NAME), when it opens with a common surname; None otherwise."""
    match = NAME_WITH_POSTS.fullmatch(text.text) or (GLOSSED_NAME.fullmatch(text.text) if glossed else None)
    if match is None or not _opens_with_surname(match["name"], "simplified"):
        return None
    if match.re is GLOSSED_NAME and _PLACE_END.search(compact(match["name"])):
        return None
    return text.slice(*match.span("name"))


def _name_before_post(name: str) -> str:
    """杨明副市长 → 杨明: the person's name where one, opening with a common surname, stands before a post.
    The name is in simplified script (the posts are matched on simplified text)."""
    pair = LEADER_POST.fullmatch(name)
    if pair is None or POST_ALONE.fullmatch(name):  # 常务副省长 is a post, not 常务 the person
        return name
    return pair["leader"] if _opens_with_surname(name, "simplified") else name


def opens_with_surname(name: str) -> bool:
    """Whether a name in matching (simplified) text opens with a common surname: 陈启航, not 热线 or 政协."""
    return _opens_with_surname(name, "simplified")


def _opens_with_surname(name: str, script: Script) -> bool:
    """Whether a name opens with a common surname (vocabulary.SURNAMES, in simplified script)."""
    return (to_simplified(name[0]) if script == "traditional" else name[0]) in SURNAMES


def _printed_words(text: MappedText) -> list[str]:
    """The words of a value as printed, apart where the matching text has spaces (a copy may print a
    space as something else: see lines/normalize.py)."""
    printed = text.printed()
    if len(printed) != len(text.text):
        return printed.split()
    return [printed[match.start() : match.end()] for match in WORD.finditer(text.text)]


# A person's name in a list of leaders apart by spaces: two to four characters, not a post, and opening
# with a common surname (see vocabulary.SURNAMES).
_PERSON = compile_pattern(r"\p{Han}{2,4}")


def names_apart_by_spaces(text: str) -> bool:
    """Whether a cell lists two or more people apart by spaces, each perhaps padded (李 明 赵一平 · 王立新 赵明)."""
    tokens = text.split()
    return len(tokens) > 1 and len(_padded_names(tokens)) > 1


def _padded_names(tokens: list[str], script: Script = "simplified") -> list[str]:
    """One name (范 勇 → 范勇); two-character names padded for alignment and then fused by a copy that lost
    the cell break between them: 陆 明俞 悦 → 陆明, 俞悦 (FORMATS.md §10); or names apart by spaces, each
    padded or not: 张明 李华 → 张明, 李华 · 王 五 赵六 → 王五, 赵六."""
    ends_single = len(tokens) >= 3 and len(tokens[0]) == len(tokens[-1]) == 1
    if ends_single and all(len(token) == 2 for token in tokens[1:-1]):
        chars = "".join(tokens)
        return [chars[position : position + 2] for position in range(0, len(chars), 2)]
    names: list[str] = []
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if len(token) == 1 and position + 1 < len(tokens) and len(tokens[position + 1]) == 1:
            token += tokens[position + 1]  # 王 五: one name padded to the width of three
            position += 1
        if (
            not _PERSON.fullmatch(token)
            or POST.fullmatch(token)
            or not _opens_with_surname(token, script)
            or token[-1] == "等"
        ):
            return ["".join(tokens)]
        names.append(token)
        position += 1
    return names or ["".join(tokens)]
