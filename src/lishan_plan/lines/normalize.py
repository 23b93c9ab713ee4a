"""Normalise once, up front: fold widths, punctuation and script, one character for one.

Regexes downstream see 牵头单位: and (一) whether the page printed 牵头单位： , （一） or 牽頭單位：.
Every fold maps one character to exactly one character, so offsets and line numbers in the
normalised text are those of the decoded input and every span points at the file as printed.
NFKC is deliberately not used: it turns ① into 1 and 〔 into nothing useful.
"""

from __future__ import annotations

import regex

from ..grammar.compiled import compile_pattern
from ..grammar.labels import FIELD_LABEL
from ..grammar.text import to_simplified
from ..model import Script


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # Full-width ASCII forms (！ … ～, including （）：，；．０-９Ａ-Ｚ) fold to ASCII.
    for code in range(0xFF01, 0xFF5F):
        table[code] = chr(code - 0xFEE0)
    # Spaces seen on government pages: U+3000 ideographic, NBSP, thin and zero-width spaces, BOM.
    for space in "\u3000\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\ufeff":
        table[ord(space)] = " "
    # Tortoise-shell and lenticular brackets play the role of [ ] (〔牵头单位：…〕, 【打印】).
    for opening in "〔【〖﹝":
        table[ord(opening)] = "["
    for closing in "〕】〗﹞":
        table[ord(closing)] = "]"
    table[ord("﹙")] = "("
    table[ord("﹚")] = ")"
    # Colon look-alikes (∶ ratio sign) appear in OCR and PDF text: 牵头单位∶
    table[ord("∶")] = ":"
    # Stops and commas after a task number in small or half-width forms: 1﹒ (small full stop),
    # 2﹑ (small ideographic comma), 3､ (half-width ideographic comma), 4｡ (half-width full stop).
    table[ord("﹒")] = "."
    table[ord("｡")] = "."
    for comma in "﹑､":
        table[ord(comma)] = "、"
    return table


FOLD_TABLE = _build_fold_table()


def fold_width(text: str) -> str:
    """Fold full-width forms, odd spaces and bracket variants; one character for one."""
    return text.translate(FOLD_TABLE)


def _fold_script_line(line: str) -> str:
    converted = to_simplified(line)
    if len(converted) == len(line):
        return converted
    # A phrase rule changed the length: fall back to character-by-character conversion so the
    # one-for-one guarantee holds; a character whose conversion is longer keeps its own form.
    folded = []
    for char in line:
        single = to_simplified(char)
        folded.append(single if len(single) == 1 else char)
    return "".join(folded)


def fold_script(text: str) -> str:
    """Traditional → simplified, one character for one, line by line."""
    return "\n".join(_fold_script_line(line) for line in text.split("\n"))


# Traditional-only forms of the words every notice of this kind uses (单位, 牵头, 责任, 区县, 发,
# 会, 关于, 务 …). Any of them marks a traditional copy; simplified notices do not use these forms.
_TRADITIONAL_MARKERS = "單頭責區縣發會關於務門與時辦號為這個們實設導際經濟進産產織劃範"
_NOT_HAN = compile_pattern(r"[^\u4e00-\u9fff]+")


# A traditional copy: at least this many traditional-only characters, and more than this share of its
# Han text (a simplified notice quoting one traditional name stays simplified).
MIN_MARKERS, TRADITIONAL_SHARE = 3, 0.005


def detect_script(text: str) -> Script:
    """Which script a notice is written in, from the share of traditional-only characters."""
    sample = text[:200_000]
    han = len(_NOT_HAN.sub("", sample))  # one string of the Han characters, not a list of them
    if not han:
        return "simplified"
    marked = sum(sample.count(marker) for marker in _TRADITIONAL_MARKERS)
    return "traditional" if marked >= MIN_MARKERS and marked / han > TRADITIONAL_SHARE else "simplified"


# A mirror whose encoding could not hold a space character (a non-breaking or ideographic space) prints
# "?" in its place, at the end of every line and cell: "1? | 推进甲项工作。? | 张三? |". In such a copy a
# "?" beside a space, a bar, another "?" or a line end stands for a space. ASCII "?" only, and only where
# lines end so: a question in Chinese text is written "？", and a list of questions typed with "?" never
# puts one after a full stop, a colon or a figure ("…考评。?", "附件:?", "1? |"), as such a copy does.
LOST_SPACE = compile_pattern(r"\?(?=[\s|?]|$)|(?<=\s)\?", regex.MULTILINE)
_ENDS_IN_LOST_SPACE = compile_pattern(r"\?[ \t|\r]*$", regex.MULTILINE)
_NO_QUESTION_ENDS_SO = compile_pattern(r"[。;:,、)\]\d]\?")
# Lines that must end in "?" for the copy to be read so: at least this many, and this share of its
# lines; and at least this many of its "?" where no question ends.
MIN_LOST_SPACE_LINES, LOST_SPACE_SHARE = 3, 0.5


def _lost_spaces(text: str, folded: str) -> bool:
    """Whether `text` (and `folded`, its width-folded twin) is a copy that printed its spaces as "?"."""
    if "?" not in text:
        return False
    ending = sum(1 for _ in _ENDS_IN_LOST_SPACE.finditer(text))
    if not _on_many_lines(ending, text, MIN_LOST_SPACE_LINES, LOST_SPACE_SHARE):
        return False
    return sum(1 for _ in _NO_QUESTION_ENDS_SO.finditer(folded)) >= MIN_LOST_SPACE_LINES


def _on_many_lines(count: int, text: str, least: int, share: float) -> bool:
    """Whether `count` lines are at least `least` lines and `share` of the lines of `text` not blank: how
    a copy that lost its spaces to "?" is told from text with a question mark or two."""
    return count >= least and count >= share * sum(1 for line in text.split("\n") if line.strip())


# A mirror that could not hold the two ideographic spaces opening each paragraph prints "??" there:
# "??一、…", "??(一)…", "??1.…": one "?" for each space, so they come in pairs (a single "?" may stand for
# a lost character of a name: ?阳镇). No question opens a line, so where many lines open so, the run stands
# for the indent: at least this many lines, and this share of the lines that are not blank.
LOST_INDENT = compile_pattern(r"^(?:\?\?)+(?=[^\s?])", regex.MULTILINE)
MIN_LOST_INDENT_LINES, LOST_INDENT_SHARE = 3, 0.25


def _without_lost_indents(text: str) -> str:
    """`text` with each lost indent as spaces, one for one so offsets stay; as it was if it has none."""
    if "?" not in text:
        return text
    opening = sum(1 for _ in LOST_INDENT.finditer(text))
    if not _on_many_lines(opening, text, MIN_LOST_INDENT_LINES, LOST_INDENT_SHARE):
        return text
    return LOST_INDENT.sub(lambda match: " " * len(match[0]), text)


# A page saved as Markdown (a WeChat article's copy) marks emphasis with ** (**一、稳住经济增长基本盘** ·
# **牵头单位**：X · **牵头单位：**X) and escapes the stop of a list number (1\\. 地区生产总值…). Where many lines
# do so, the marks are read as spaces and the escape as the stop it guards ("1\\." reads "1. "), one
# character for one, so offsets stay. A ** or two in a plain notice are left as printed.
MARKDOWN_MARK = compile_pattern(r"\*\*(?=\S[^*\n]*?\*\*)|(?<=\S[^*\n]*?)\*\*|^[ \t]*\d{1,3}\\\.", regex.MULTILINE)
_MARKED_LINE = compile_pattern(r"^.*?(?:\*\*\S[^*\n]*?\*\*|^[ \t]*\d{1,3}\\\.)", regex.MULTILINE)
# Lines so marked, at least: ** pairs and escaped stops are no plain notice's text, so no share of the lines is
# asked (a long copy marks only its headings and labels).
MIN_MARKDOWN_LINES = 3


def _without_markdown_marks(text: str) -> str:
    """`text` with a Markdown copy's emphasis marks as spaces and its escaped list stops unescaped."""
    if "**" not in text and "\\." not in text:
        return text
    marked = sum(1 for _ in _MARKED_LINE.finditer(text))
    if marked < MIN_MARKDOWN_LINES:
        return text
    return MARKDOWN_MARK.sub(_unmarked, text)


def _unmarked(match: regex.Match[str]) -> str:
    found = match[0]
    if found.endswith("\\."):  # "1\\." : the number, its stop, and a space for the escape
        return found[:-2] + ". "
    return " " * len(found)


# A page's source copied as text keeps its spaces as entities, its emphasis as tags and its line breaks as tags:
# "&nbsp;&nbsp;一、…<br>", "<strong>牵头单位</strong>：县发改局<br>责任单位：…". Where many lines do so, each such
# mark outside a table row (a pipe row's <br> parts the units of its cell) reads as spaces of its own length, so
# offsets stay. A break tag inside a line reads so only before a label or a task's number (…县发改局<br>责任单位：…
# · …县发改局<br>2.争取…: fields and tasks run together on one line are read as such); before anything else it
# stays, for the line's reading cannot be cut there.
HTML_RESIDUE = compile_pattern(
    rf"""&(?:nbsp|ensp|emsp|\#160|\#12288);
    | </?(?:p|strong|b|span|font)\b[^<>\n]{{0,80}}>
    | </?br\s*/?>(?=(?:\s|&nbsp;)*(?:$|\n|{FIELD_LABEL}\s{{0,3}}[:：]|\d{{1,3}}[.、．]))""",
    regex.IGNORECASE | regex.VERBOSE,
)
HTML_MARK = compile_pattern(r"&(?:nbsp|ensp|emsp|#160|#12288);|</?(?:br|p)\b", regex.IGNORECASE)
MIN_RESIDUE_LINES, RESIDUE_SHARE = 3, 0.2


def _without_html_residue(text: str) -> str:
    """`text` with a page source's entities and break tags as spaces, outside table rows; as it was if few."""
    if "&" not in text and "<" not in text:
        return text
    lines = text.split("\n")
    marked = [number for number, line in enumerate(lines) if "|" not in line and HTML_MARK.search(line)]
    if not _on_many_lines(len(marked), text, MIN_RESIDUE_LINES, RESIDUE_SHARE):
        return text
    for number in marked:
        lines[number] = HTML_RESIDUE.sub(lambda match: " " * len(match[0]), lines[number])
    return "\n".join(lines)


def normalize(text: str, script: Script = "simplified") -> str:
    """The matching text: width-folded, and script-folded for a traditional notice."""
    text = _without_html_residue(_without_markdown_marks(_without_lost_indents(text)))
    folded = fold_width(text)
    if _lost_spaces(text, folded):
        folded = fold_width(LOST_SPACE.sub(" ", text))  # one "?" for one space: offsets stay
    return fold_script(folded) if script == "traditional" else folded
