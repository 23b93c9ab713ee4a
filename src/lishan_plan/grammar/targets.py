"""Quantitative targets in a task's text: 地区生产总值增长6.2%左右 · 25万平 · PM2.5达到35微克/立方米.

A target is a figure with a unit of measure (a bare number is not one: 十四五, DN1), the qualifier printed
around it (左右, 以上, 不低于 …) and the metric, the phrase before it back to the clause's start with
leading verbs (努力实现, 确保 …) and a trailing verb of degree (达到, 控制在 …) taken off.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..spans import MappedText
from .compiled import compile_pattern

# Units of measure, longest first so 万平方米 wins over 万平 and 个百分点 over 个.
UNITS = sorted(
    (
        "%",
        "‰",
        "个百分点",
        "百分点",
        "亿元",
        "万元",
        "元",
        "亿美元",
        "万美元",
        "万平方米",
        "平方米",
        "万平",
        "平方公里",
        "公里",
        "千米",
        "米",
        "万亩",
        "亩",
        "公顷",
        "万吨",
        "吨",
        "万千瓦",
        "千瓦",
        "兆瓦",
        "万千瓦时",
        "微克/立方米",
        "万人次",
        "人次",
        "万人",
        "人",
        "万户",
        "户",
        "个",
        "项",
        "所",
        "座",
        "家",
        "处",
        "条",
        "辆",
        "台",
        "套",
        "张",
        "件",
        "次",
        "名",
        "批",
        "场",
        "天",
        "小时",
        "分钟",
        "倍",
        "床",
        "只",
        "头",
        "株",
        "棵",
        "间",
        "栋",
        "间",
        "口",
        "支",
        "艘",
        "架",
    ),
    key=len,
    reverse=True,
)
QUALIFIERS_AFTER = ("左右", "以上", "以内", "以下", "之内", "多")
QUALIFIERS_BEFORE = ("不低于", "不少于", "不超过", "不高于", "超过", "突破", "力争", "达到", "高于", "低于", "约")
# 6.2%左右 · 25万平 · 1.65万亿元: a figure not glued to letters or digits before it (PM2.5, DN1, 2023年)
FIGURE = compile_pattern(
    r"(?<![A-Za-z0-9.])(?P<value>\d{1,9}(?:\.\d{1,4})?)\s{0,2}"
    r"(?P<unit>" + "|".join(regex.escape(unit) for unit in UNITS) + r")"
    r"(?P<after>" + "|".join(QUALIFIERS_AFTER) + r")?"
)
# Where a metric starts: the clause boundary before the figure
CLAUSE_BREAK = compile_pattern(r"[,，;；。:：、(（)）“”]")
LEADING_VERBS = compile_pattern(r"^(?:努力|力争|确保|争取|全年|计划|预计)*(?:实现|完成|达到|新增|推动|推进|确保)?")
TRAILING_DEGREE = compile_pattern(
    r"(?:达到|达|为|到|提高到|提升到|控制在|稳定在|保持在|降低到|下降到|不低于|不少于|"
    r"不超过|不高于|超过|突破|高于|低于|约)$"
)
# A figure followed by one of these is a date or a count of years, not a target (2023年, 3月)
NOT_A_MEASURE = compile_pattern(r"[年月日号时]")


@dataclass(frozen=True)
class FoundTarget:
    value: float
    unit: str
    qualifier: str | None
    metric: str | None
    raw: MappedText


def read_targets(text: MappedText) -> list[FoundTarget]:
    """Every quantitative target in a task's text, in printed order."""
    found: list[FoundTarget] = []
    body = text.text
    for match in FIGURE.finditer(body):
        if match["unit"] in ("个", "人", "户", "家", "天", "次", "名") and NOT_A_MEASURE.match(body, match.end()):
            continue
        clause_start = max(
            (m.end() for m in CLAUSE_BREAK.finditer(body, max(0, match.start() - 40), match.start())),
            default=max(0, match.start() - 40),
        )
        before = body[clause_start : match.start()]
        qualifier = match["after"]
        start = match.start()
        for word in QUALIFIERS_BEFORE:
            if before.endswith(word) and word != "达到":
                qualifier = qualifier or word
                start -= len(word)
                break
        metric = TRAILING_DEGREE.sub("", LEADING_VERBS.sub("", before).strip()).strip() or None
        raw = text.slice(start, match.end())
        found.append(FoundTarget(float(match["value"]), match["unit"], qualifier, metric, raw))
    return found
