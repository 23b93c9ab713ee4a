"""Property tests: arbitrary text and mutated notices never raise, lose nothing and round-trip.

`make test` runs them with a fixed seed and a bounded example count (the "ci" profile in conftest);
`make fuzz` runs them much longer.
"""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from conftest import ROOT
from lishan_plan import parse_text
from lishan_plan.grammar.labels import spaced
from properties import check_notice

# Characters and fragments that matter to the grammar, so random text exercises it.
FRAGMENTS = [
    "一、",
    "（一）",
    "(二)",
    "1.",
    "12、",
    "１２．",
    "3. ",
    "（1）",
    "①",
    "▲",
    "——",
    "牵头单位：",
    "责任单位:",
    "配合单位：",
    "牵头领导：",
    "完成时限：",
    "区发改局",
    "市财政局、",
    "各县、市、区政府",
    "等有关单位",
    "（",
    "）",
    "〔",
    "〕",
    "[",
    "]",
    "牵头",
    "配合",
    "按职责分工负责",
    "，",
    "；",
    "。",
    "、",
    "|",
    " | ",
    "\t",
    "│",
    "┌──┬──┐",
    "- 3 -",
    "第1页共2页",
    "鞍立政发〔2023〕2号",
    "2023年3月28日",
    "（此件公开发布）",
    "附件",
    "一是",
    "下同",
    "列第一位的为牵头单位",
    "<br>",
    "\u3000",
    "\u00a0",
    "\f",
    "\r\n",
    "\n",
    "\n\n",
    "序号",
    "工作任务",
    "文件",
    "通知",
    "：",
    "牽頭單位",
    "123",
]
notice_like = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=6), max_size=120).map("".join)


@given(st.text(max_size=300))
def test_any_text(text: str) -> None:
    check_notice(parse_text(text), text[1:] if text.startswith("\ufeff") else text)


@given(notice_like)
def test_notice_like_text(text: str) -> None:
    check_notice(parse_text(text), text[1:] if text.startswith("\ufeff") else text)


SOURCES = [
    (ROOT / "data" / "raw" / "lishan-2023.txt").read_text("utf-8"),
    # our own fixtures in the same layouts as the corpus's 04, 07 and 12, so a clone without ../shared runs it
    (ROOT / "tests" / "fixtures" / "a2_wuchuan_halfwidth_square_nolead.txt").read_text("utf-8"),
    (ROOT / "tests" / "fixtures" / "c1_yuanmei_tab_table.txt").read_text("utf-8"),
    (ROOT / "tests" / "fixtures" / "c4_tongqiu_boxdrawing_section_rows.txt").read_text("utf-8"),
]
WIDTH_SWAP = str.maketrans("（），：；()，:;", "(),:;（），：；")


@st.composite
def mutated_notice(draw: st.DrawFn) -> str:
    """A real notice with lines dropped, duplicated or swapped, punctuation switched, numbers changed."""
    lines = draw(st.sampled_from(SOURCES)).split("\n")
    for _ in range(draw(st.integers(0, 8))):
        if not lines:
            break
        position = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "duplicate", "swap", "width", "number", "cut"]))
        if action == "drop":
            del lines[position]
        elif action == "duplicate":
            lines.insert(position, lines[position])
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[position], lines[other] = lines[other], lines[position]
        elif action == "width":
            lines[position] = lines[position].translate(WIDTH_SWAP)
        elif action == "number":
            lines[position] = lines[position].replace("1", str(draw(st.integers(0, 99))), 1)
        else:
            lines[position] = lines[position][: draw(st.integers(0, max(len(lines[position]) - 1, 0)))]
    return "\n".join(lines)


@given(mutated_notice())
def test_mutated_notices(text: str) -> None:
    check_notice(parse_text(text), text)


# Words sharing heads (牵头, 牵头单位, 牵头责任单位) and text made of their characters, padding and
# a closing colon, so the tree-shaped alternation of `spaced` meets prefixes, partings and padding.
_LABEL_CHARS = "牵头单位责任配合领导文号"
_label_word = st.text(alphabet=_LABEL_CHARS, min_size=1, max_size=5)
_label_text = st.text(alphabet=_LABEL_CHARS + " 　:", max_size=14)


@given(st.lists(_label_word, min_size=1, max_size=8), _label_text)
def test_spaced_labels_match_as_the_flat_longest_first_alternation(words: list[str], text: str) -> None:
    ordered = sorted(words, key=len, reverse=True)
    flat = "(?:" + "|".join(r"\s{0,4}".join(word) for word in ordered) + ")"
    for suffix in ("", r"\s{0,3}:", ".*"):
        tree = regex.compile(spaced(words) + suffix)
        plain = regex.compile(flat + suffix)
        for start in range(len(text) + 1):
            found, expected = tree.match(text, start), plain.match(text, start)
            assert (found and found.span()) == (expected and expected.span())
        assert bool(tree.fullmatch(text)) == bool(plain.fullmatch(text))
