"""Role labels as patterns: the shared spelling of field, leader and unknown labels, built from the
vocabulary. The line-kind table (lines/patterns.py) and the role grammar (grammar/roles.py) both use
these, so a label newly seen in the wild is one entry in vocabulary.py.
"""

from __future__ import annotations

import regex

from .vocabulary import LEADER_LABEL, ROLE_LABELS


def spaced(words: tuple[str, ...] | list[str]) -> str:
    """An alternation of words, longest first, each allowing padding spaces between its characters
    (文　　号, 牵 头 单 位). Built from the vocabulary, so a newly seen label is one entry there."""
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(r"\s{0,4}".join(map(regex.escape, word)) for word in ordered) + ")"


# 牵头领导 · 分管县领导 · 牵头负责领导: a whole leader label (a field label or a table column).
LEADER_LABEL_PATTERN = regex.compile(LEADER_LABEL)
# 、 or , between the names of a list of people or posts: 潘晓薇、顾承泽
NAME_SEPARATOR = regex.compile(r"[、,]")

# Field labels, longest first so 牵头责任单位 is not read as 牵头 + 责任单位.
FIELD_LABEL = "(?:" + spaced(list(ROLE_LABELS)) + "|" + LEADER_LABEL + ")"

# A label the vocabulary does not know but that has the shape of one: 主办单位： / 督办部门：
UNKNOWN_LABEL = r"(?!各|有关|相关|其他|其它|所有|全体)\p{Han}{1,6}?(?:单位|部门|科室|处室|领导)"
