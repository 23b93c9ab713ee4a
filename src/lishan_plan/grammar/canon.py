"""Canonical unit names and unit kinds (docs/units.md).

A canonical name is the unit's own level prefix and the standard full name of its body, from the alias
table in data/aliases.toml (区发改局 → 区发展和改革局); a prefix that a list elided after its first item is
restored from that item (县农业农村局、财政局 → 县财政局; 区政府系统各单位、各部门 → 区政府系统各部门). The kind of a
unit comes from an ordered table of rules over its name; what no rule covers is unknown, never guessed.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path

import regex

from ..errors import InputError
from ..model import UnitKind
from .compiled import compile_pattern
from .vocabulary import LEVELS

# The level a name begins with: 省 市 州 盟 县 区 旗 乡 镇 (and 自治州 …); the one spelling of the prefixes.
LEVEL_PREFIX = compile_pattern(rf"(?:自治[州县旗]|[{LEVELS}](?:委|直)?)")
# The rank of a level, to tell an upper-level body in a lower government's notice (市… in a district's).
LEVEL_RANK = {"省": 4, "市": 3, "州": 3, "盟": 3, "县": 2, "区": 2, "旗": 2, "乡": 1, "镇": 1}


@lru_cache(maxsize=1)
def builtin_aliases() -> Mapping[str, str]:
    """The built-in alias table (read once, when a name is first made canonical)."""
    text = resources.files(__package__).joinpath("data/aliases.toml").read_text("utf-8")
    return dict(tomllib.loads(text)["aliases"])


def load_aliases(path: str | Path) -> dict[str, str]:
    """A user alias file: TOML with an [aliases] table of printed name = full name."""
    try:
        data = tomllib.loads(Path(path).read_text("utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such alias file") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise InputError(f"{path}: not a readable alias file ({error})") from None
    table = data.get("aliases")
    if not isinstance(table, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
        raise InputError(f'{path}: an alias file needs an [aliases] table of name = "full name" strings')
    return table


def split_level(name: str) -> tuple[str, str]:
    """(level prefix, body): 区发改局 → (区, 发改局); 各街道 → ("", 各街道)."""
    match = LEVEL_PREFIX.match(name)
    if match is None or match.end() >= len(name) - 1:
        return "", name
    return name[: match.end()], name[match.end() :]


@lru_cache(maxsize=1)
def _known_bodies() -> frozenset[str]:
    return frozenset(builtin_aliases()) | frozenset(builtin_aliases().values())


def is_known_bare_body(name: str) -> bool:
    """Whether a name with no level prefix is a body the alias table knows (教育局 · 发展改革委): the look-up alone,
    for a reader that tries many candidate names."""
    return name in _known_bodies()


def is_known_body(name: str) -> bool:
    """Whether a name, its level prefix aside, is a body the built-in alias table knows (市人力资源社会保障局):
    read where a line break may have cut one name in two."""
    return split_level(name)[1] in _known_bodies()


def canonical_name(name: str, aliases: Mapping[str, str]) -> str:
    """The standard full name of one printed name (its prefix kept): 区发改局 → 区发展和改革局."""
    if name in aliases:
        return aliases[name]
    prefix, body = split_level(name)
    return prefix + aliases.get(body, body)


def canonical_list(
    names: list[str], aliases: Mapping[str, str], grouped: list[bool] | None = None
) -> list[tuple[str, bool]]:
    """Canonical names of one printed list, with whether a prefix the list elided was restored.
    `grouped[i]` says whether name i follows the one before it within a group (after 、, not after ，):
    区政府系统各单位、各部门 restores 区政府系统 for 各部门, but not for 各相关单位 after a ，."""
    result: list[tuple[str, bool]] = []
    previous_prefix, previous = "", ""
    for position, name in enumerate(names):
        prefix, body = split_level(name)
        same_group = grouped[position] if grouped is not None else True
        restored = False
        if (
            not prefix
            and previous_prefix
            and ENDS_LIKE_DEPARTMENT.search(body)
            and not BRANCH.search(body)
            and not COLLECTIVE_START.match(body)
        ):
            name, restored = previous_prefix + body, True  # 县农业农村局、财政局
        elif same_group and body.startswith("各") and "各" in previous and not previous.startswith("各") and not prefix:
            name, restored = previous[: previous.index("各")] + body, True  # 区政府系统各单位、各部门
        result.append((canonical_name(name, aliases), restored))
        previous_prefix, previous = split_level(name)[0] or previous_prefix, name
    return result


# 公安立山分局 · 生态环境局立山分局: a branch of an upper-level bureau, named after the place; no prefix to restore
BRANCH = compile_pattern(r"分局$")
ENDS_LIKE_DEPARTMENT = compile_pattern(r"(?:局|委|办|厅|办公室|委员会|中心|所|站|队)$")
COLLECTIVE_START = compile_pattern(r"各|有关|相关|属地|其他|全")

# The kind rules, tried in order; a sample name above each. Upper-level bodies are also found by their
# level: a 市 body in a 区 notice (see `unit_kind`).
KIND_RULES: tuple[tuple[UnitKind, regex.Pattern[str]], ...] = (
    # 王纲 · 分管副区长 · 区长
    (UnitKind.PERSON, compile_pattern(rf".{{0,8}}(?:副?[{LEVELS}]长|书记|秘书长|领导|同志)")),
    # 区总工会 · 团区委 · 区妇联 · 县工商联 · 县科协 · 县残联 · 红十字会
    (
        UnitKind.MASS_ORGANISATION,
        compile_pattern(
            r".*(?:工会|团[省市州县区旗]?委|共青团.*|妇联|妇女联合会|工商联|工商业联合会|科协|科学技术协会"
            r"|残联|残疾人联合会|文联|侨联|红十字会|社科联|关工委|贸促会)"
        ),
    ),
    # 区政府系统各部门 · 区直各部门 · 各街道 · 各相关单位 · 属地街道 · 全区经济运行各专班 · 县安委会各成员单位 ·
    # 相关镇(街道) · 区直有关审批部门 · 各地
    (
        UnitKind.COLLECTIVE,
        compile_pattern(
            r"(?:各|有关|相关|属地|其他|其它|全)(?:有关|相关)?(?:单位|部门|街道|科室|处室|机构|专班|成员单位|直属单位|地)"
            r"|.*各.{0,12}(?:单位|部门|专班|成员单位|科室|处室|直属单位|机构|中小学|学校|医院|企业|街道|乡镇)(?:\(.{1,8}\))?"
            r"|.*(?:直|级)(?:各|有关|相关)?(?:部门|单位)(?:、单位)?|属地.*|.*成员单位|.*有关.{0,6}(?:部门|单位)"
            r"|(?:有关|相关).{1,6}"
        ),
    ),
    # 中国人民银行鞍山市中心支行 · 立山区税务局 · 鞍山海关 · 市生态环境局立山分局 · 国家统计局…调查队
    (
        UnitKind.UPPER_LEVEL,
        compile_pattern(
            r".*(?:人民银行|人行|海关|税务总局|国家(?!级).+|调查队|银保监|金融监管|烟草|邮政管理局).*"
            r"|.*(?:税务局|海事局|气象局|公安.*分局)|[省市州].+分局"
        ),
    ),
    # 恒洁公司 · 区城投集团 · 国网鞍山供电公司 · 各商业银行
    (UnitKind.ENTERPRISE, compile_pattern(r".*(?:公司|集团|企业|银行|酒店|商会)")),
    # 各县市区政府 · 立山经济开发区 · 各镇街 · 各乡镇(街道) · 开发区管委会 · 各街道办事处 · 青石峡镇人民政府 ·
    # 13个街道、镇
    (
        UnitKind.LOWER_GOVERNMENT,
        compile_pattern(
            r".*(?:政府|管委会|管理委员会|开发区|新区|园区|示范区|高新区|工业区|办事处|乡镇|镇街|党工委|功能区|自贸区)"
            r"(?:\(.{1,12}\))?"
            r"|(?:各|(?:\d{1,3}|[一二三四五六七八九十两]{1,3})个).{0,8}(?:县|区|乡|镇|市|街道|开发区|园区|新区).{0,10}"
        ),
    ),
    # 区发展和改革局 · 市委宣传部 · 县融媒体中心 · 区政府办 · 市卫生健康委 · 县人民医院 (public bodies and
    # the institutions they run)
    (
        UnitKind.DEPARTMENT,
        compile_pattern(
            r".*(?:局|委|办|厅|部|院|中心|所|站|队|处|科|股|室|馆|办公室|委员会|专班|小组|指挥部|法院|检察院|协会|社"
            r"|医院|学校|大学|学院|机关)"
        ),
    ),
)


def unit_kind(name: str, notice_level: str | None) -> UnitKind:
    """The kind of a unit from its canonical name; `notice_level` is the issuing government's level
    (区 for a district notice): a body of a higher level than the notice's is upper-level."""
    bare = regex.sub(r"\([^()]*\)$", "", name.replace("（", "(").replace("）", ")"))
    for kind, pattern in KIND_RULES:
        if pattern.fullmatch(bare):
            if kind is UnitKind.DEPARTMENT and _higher_level(bare, notice_level):
                return UnitKind.UPPER_LEVEL
            if kind is UnitKind.LOWER_GOVERNMENT and _higher_level(bare, notice_level):
                return UnitKind.UPPER_LEVEL
            return kind
    return UnitKind.UNKNOWN


def _higher_level(name: str, notice_level: str | None) -> bool:
    if not notice_level or notice_level not in LEVEL_RANK:
        return False
    prefix, _ = split_level(name)
    return bool(prefix) and LEVEL_RANK.get(prefix[0], 0) > LEVEL_RANK[notice_level]


# 立山区人民政府 → 区 · 岑阳市人民政府办公室 → 市 · 某某县人民政府 → 县: the level of the issuing government.
ISSUER_LEVEL = compile_pattern(rf"(?:.*?)([{LEVELS}])(?:人民政府|政府|委员会|管委会)")


def notice_level(issuer: str | None, title: str | None) -> str | None:
    """The level of the government that issued the notice, from its issuer or its title."""
    for text in (issuer, title):
        if text and (match := ISSUER_LEVEL.match(text)):
            return match.group(1)
    return None
