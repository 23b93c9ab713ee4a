"""Conventions a notice states about its own lists, found and applied.

"列第一位的为牵头单位": in a 责任单位 list the first unit leads. "标*的为牵头单位": a unit marked so leads.
"无牵头单位的，责任单位即为牵头单位": a task with only 责任单位 is led by them. "下同" notes carry a unit
forward to later tasks of the same section.
Each convention found is recorded on the notice, and each task it changed names it.
"""

from __future__ import annotations

import bisect

import regex

from ..grammar.compiled import compile_pattern
from ..grammar.units import FIRST_LISTED, MARK_TWINS
from ..lines.normalize import fold_width
from ..model import Convention, ConventionKind, Task, Unit, trusted
from ..spans import LineIndex

# 无牵头单位的,责任单位即为牵头单位 · 未明确牵头单位的，责任单位为牵头单位 · 只列责任单位的，该单位即为牵头单位 ·
# 仅列出责任单位的，责任单位即为牵头单位
RESPONSIBLE_LEADS = compile_pattern(
    r"(?:(?:无|未明确|未列明|未列|没有|未标明|未注明)牵头单位的?|(?:只|仅)列(?:出|明)?责任单位的?)"
    r"\s{0,2}[,;]?\s{0,2}(?:责任单位|该单位|该责任单位|所列单位)(?:即|就)?(?:为|是)牵头单位"
)
# 排在第一位的为牵头单位，其他为配合单位 · 其余单位为协办单位 · 未标※的为配合单位 · 其他部门和单位按职责分工负责 ·
# 其他有关部门配合: the convention's sentence says the rest of a list co-operate, where otherwise they stay responsible
# (按职责分工负责 makes helpers, as it does after a list of units)
OTHERS_COOPERATE = compile_pattern(
    r"(?:(?:其他|其余|其它)的?(?:有关|相关)?(?:(?:单位|部门)(?:和|及|、)?){0,2}"
    r"|未(?:标|带|加|注)(?:注|明)?\s{0,2}[*★※]?\s{0,2}号?的(?:单位|部门)?)"
    r"(?:(?:为|是|作为)(?:配合|协办|协助|协同)|按职责(?:分工)?负责|配合|协助|协同)"
)
# 注明“分别牵头”的，由所列单位分别牵头落实
EACH_LEADS = compile_pattern(r"分别牵头.{0,6}的.{0,12}(?:所列|各)单位|所列单位.{0,10}分别牵头")
# 标*的为牵头单位 · 带“★”号的单位为牵头单位 · 加*者为牵头部门 · 注：※为牵头单位: a mark a list prints after a unit
# says it leads
MARKED_LEADS = compile_pattern(
    r"(?:标|带|加|注|有|打)\s{0,2}:?\s{0,2}[\"“”‘’']?\s{0,2}[*★※](?:\s{0,2}[、或和/]\s{0,2}[*★※])*\s{0,2}[\"“”‘’']?\s{0,2}号?"
    r"(?:的|者)?(?:单位|部门)?\s{0,2}"
    r"(?:为|是)(?:牵头|主责)(?:单位|部门)?"
)
SENTENCE_END = "。;\n"

_PATTERNS = (
    (ConventionKind.FIRST_LISTED_LEADS, FIRST_LISTED),
    (ConventionKind.RESPONSIBLE_LEADS, RESPONSIBLE_LEADS),
    (ConventionKind.EACH_LEADS, EACH_LEADS),
    (ConventionKind.MARKED_LEADS, MARKED_LEADS),
)


# How far a match is widened to its sentence, at most: keeps many matches in one huge line linear.
SENTENCE_REACH = 300


def _sentence(norm: str, start: int, end: int) -> tuple[int, int]:
    """Widen a match to its sentence (clause ends at 。 ; or a line break)."""
    floor, ceiling = max(0, start - SENTENCE_REACH), min(len(norm), end + SENTENCE_REACH)
    low = max((norm.rfind(mark, floor, start) for mark in SENTENCE_END), default=-1)
    low = floor if low == -1 and floor > 0 else low + 1
    highs = [position for mark in SENTENCE_END if (position := norm.find(mark, end, ceiling)) != -1]
    high = min(highs) + 1 if highs else ceiling
    while low < high and norm[low].isspace():
        low += 1
    if high > low and norm[high - 1] == "\n":
        high -= 1
    return low, high


def find_conventions(text: str, norm: str, index: LineIndex) -> list[Convention]:
    """Every stated lead convention, in document order."""
    found: list[Convention] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(norm):
            start, end = _sentence(norm, match.start(), match.end())
            found.append(trusted(Convention)(kind=kind, text=text[start:end].strip(), span=index.span(start, end)))
    return sorted(found, key=lambda convention: (convention.span.start, convention.kind.value))


def apply_marked_leads(
    tasks: list[Task], conventions: list[Convention], starred: list[tuple[tuple[str, str], ...]]
) -> None:
    """标*的为牵头单位: where the notice says a mark after a unit makes it the lead, each task's units marked so
    lead (moved from the list that named them), unless the task names a lead of its own. Only the mark the
    legend names counts (a * for 约束性指标 beside a legend of ★ is no lead). Where the legend goes on 其他为配合单位,
    the rest of a list co-operate, unless the task names its helpers under a label of their own."""
    legends = [convention.text for convention in conventions if convention.kind is ConventionKind.MARKED_LEADS]
    legend = {MARK_TWINS.get(mark, mark) for text in legends for mark in text if mark in MARK_TWINS}
    if not legend:
        return
    # 带※的为牵头单位，其他为配合单位: the units a list leaves unmarked co-operate (the legend is matched as printed,
    # so on its normalised text: 标＊的 is 标*的)
    others_cooperate = any(_rest_cooperate(fold_width(text), MARKED_LEADS) for text in legends)
    for task, marked_units in zip(tasks, starred, strict=True):
        marked = {name for name, mark in marked_units if mark in legend}
        # a list marking none is all "others" too, where it names more than one and no helpers of its own
        others = others_cooperate and not task.cooperating_units and (marked or len(task.responsible_units) > 1)
        if task.lead_units or not (marked or others):
            continue
        for listed in (task.responsible_units, task.cooperating_units):
            task.lead_units.extend(unit for unit in listed if unit.name in marked)
            listed[:] = [unit for unit in listed if unit.name not in marked]
        if others:
            task.cooperating_units[:0] = task.responsible_units
            task.responsible_units = []
        task.conventions.append(ConventionKind.MARKED_LEADS)


def apply_lead_conventions(tasks: list[Task], conventions: list[Convention], led_by_duty: list[bool]) -> None:
    """Give lead-less tasks their lead as the notice's stated convention says.

    A task follows the last lead convention stated before it. The first statement governs the
    tasks above it too: a notice that says who leads only inside the bracket of its fourth task
    (…列第一位的为牵头单位，下同) is read the same way from its first task on.

    `led_by_duty[i]` says task i's lead units stand there only because a bare 负责 closed their list
    ((由A、B负责)). Alone that makes every one a lead; under a first-listed convention
    (原则上由排名首位的部门牵头) the first leads and the rest are responsible, as in a 责任单位 list.
    """
    stated = [
        convention
        for convention in conventions
        if convention.kind in (ConventionKind.FIRST_LISTED_LEADS, ConventionKind.RESPONSIBLE_LEADS)
    ]
    if not stated:
        return
    starts = [convention.span.start for convention in stated]
    for task, by_duty in zip(tasks, led_by_duty, strict=True):
        several_by_duty = by_duty and not task.responsible_units and len(task.lead_units) > 1
        if not several_by_duty and (task.lead_units or not task.responsible_units):
            continue
        before = bisect.bisect_left(starts, task.span.end)
        convention = stated[before - 1] if before else stated[0]
        if several_by_duty:
            if convention.kind is ConventionKind.FIRST_LISTED_LEADS:
                _first_leads(task, task.lead_units, convention)
            continue
        if convention.kind is ConventionKind.FIRST_LISTED_LEADS:
            _first_leads(task, task.responsible_units, convention)
        else:
            task.lead_units, task.responsible_units = task.responsible_units, []
            task.conventions.append(convention.kind)


def _first_leads(task: Task, listed: list[Unit], convention: Convention) -> None:
    """The first of `listed` leads `task`; the rest are responsible, or co-operate where the convention
    says so (OTHERS_COOPERATE)."""
    first, rest = listed[:1], listed[1:]
    task.lead_units, task.responsible_units = first, []
    if _rest_cooperate(convention.text, FIRST_LISTED):
        named = {unit.name for unit in task.cooperating_units}
        task.cooperating_units[:0] = [unit for unit in rest if unit.name not in named]
    else:
        task.responsible_units = rest
    task.conventions.append(convention.kind)


_CLAUSE_BREAK = compile_pattern(r"[,;。，；]")


def _rest_cooperate(sentence: str, rule_pattern: regex.Pattern[str]) -> bool:
    """Whether the clause right after the rule (first-listed, marked) says the rest of the list co-operate
    (…为牵头单位，其他为配合单位); a later clause about other bodies (…，其他为责任单位，县直其他部门为配合单位)
    does not."""
    rule = rule_pattern.search(sentence)
    if rule is None:
        return False
    clauses = _CLAUSE_BREAK.split(sentence[rule.end() :], maxsplit=2)
    return len(clauses) > 1 and OTHERS_COOPERATE.match(clauses[1].strip()) is not None
