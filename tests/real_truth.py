"""Score a parse against a truth file of ../shared/real the way ../shared/tools/score.py does.

The excerpts are windows of web pages, cut after a few tasks, so tasks are aligned with the truth by
(number, first characters of text), then by number alone in order, and output tasks after the last
aligned one are ignored (the cut). A task is exact when its place (section, subsection when the truth
gives a section), every lead / responsible / co-operating unit, its leaders and its deadline match.
"""

from __future__ import annotations

import difflib
import json
import unicodedata
from pathlib import Path
from typing import Any

import regex

from lishan_plan import Notice, parse_file

# "X等有关单位": the truth keeps X only, so a stray tail in the output is not counted against it.
TAILS = {"有关单位", "有关部门", "相关单位", "相关部门", "其他有关单位"}
ROLES = {"lead": "lead_units", "responsible": "responsible_units", "cooperating": "cooperating_units"}


def norm(text: str | None) -> str:
    return regex.sub(r"[\s。;；,，:：\[\]〔〕]", "", unicodedata.normalize("NFKC", text or ""))


def label(text: str | None) -> str | None:
    return regex.sub(r"[()（）、.\s]", "", text) if text else None


def _deadline(text: str | None) -> str | None:
    return regex.sub(r"完成$", "", norm(text)) or None


def _placed(notice: Notice) -> list[tuple[Any, str | None, str | None]]:
    placed = [(task, None, None) for task in notice.tasks]
    for section in notice.sections:
        placed += [(task, label(section.label), None) for task in section.tasks]
        for subsection in section.subsections:
            placed += [(task, label(section.label), label(subsection.label)) for task in subsection.tasks]
    return sorted(placed, key=lambda item: item[0].span.start_line)


def problems(path: Path, truth_path: Path) -> list[str]:
    """Every difference between the parse of `path` and its truth, one line each."""
    truth = json.loads(truth_path.read_text("utf-8"))
    expected = truth["tasks"]
    got = _placed(parse_file(path))
    want_keys = [f"{task['number']}|{norm(task['text_start'])[:4]}" for task in expected]
    got_keys = [f"{task.number}|{norm(task.text)[:4]}" for task, _, _ in got]
    matcher = difflib.SequenceMatcher(None, want_keys, got_keys, autojunk=False)
    pairs = {block.a + step: block.b + step for block in matcher.get_matching_blocks() for step in range(block.size)}
    for strict in (True, False):  # then by number alone, in order
        for index, want in enumerate(expected):
            if index in pairs:
                continue
            floor = max((found for wanted, found in pairs.items() if wanted < index), default=-1)
            for position, (task, _, _) in enumerate(got):
                if position <= floor or position in pairs.values() or str(task.number) != str(want["number"]):
                    continue
                if strict and not norm(task.text).startswith(norm(want["text_start"])[:2]):
                    continue
                pairs[index] = position
                break
    found: list[str] = []
    for index, want in enumerate(expected):
        where = f"task {want['number']}"
        if index not in pairs:
            found.append(f"{where}: missing")
            continue
        task, section, subsection = got[pairs[index]]
        if want["section"] and (section, subsection) != (label(want["section"]), label(want["subsection"])):
            found.append(f"{where}: placed in {section}/{subsection}, want {want['section']}/{want['subsection']}")
        for role, key in ROLES.items():
            wanted = sorted(norm(name) for name in want[role])
            names = sorted(norm(unit.name) for unit in getattr(task, key))
            names = [name for name in names if name in wanted or name not in TAILS]
            if names != wanted:
                found.append(f"{where}: {role} {names}, want {wanted}")
        leaders = sorted(norm(leader.name) for leader in task.leaders)
        if leaders != sorted(norm(name) for name in want["leaders"]):
            found.append(f"{where}: leaders {leaders}, want {want['leaders']}")
        deadline = _deadline(task.deadline.raw if task.deadline else None)
        if deadline != _deadline(want["deadline"]):
            found.append(f"{where}: deadline {deadline}, want {want['deadline']}")
    last = max(pairs.values(), default=-1)
    for position, (task, _, _) in enumerate(got[: last + 1]):
        if position not in pairs.values():
            found.append(f"extra task {task.number} at line {task.span.start_line}")
    return found
