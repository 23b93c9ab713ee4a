"""Unit names run together by a copy that lost the line break between them, split by the notice's own names.

A cell that prints its units a line each (文化宣传股 / 文化馆) may come out of another row's copy as one line
(文化宣传股文化馆). No ending tells the two apart (股 and 馆 end names, but so they do inside one), yet the notice
itself does: where every part is printed elsewhere in it as a unit of its own, the run-together name is
those units. A part is at least MIN_PART characters, so 市委 + 组织部 never cuts 市委组织部.
"""

from __future__ import annotations

from ..model import Task, Unit
from ..spans import LineIndex
from .registry import ROLE_LISTS

# The shortest part a run-together name is cut into (文化馆).
MIN_PART = 3


def split_fused_units(tasks: list[Task], text: str, index: LineIndex) -> None:
    """Replace, in every role list, a unit whose name is two or more names the notice prints on their own."""
    known = {unit.name for task in tasks for role in ROLE_LISTS for unit in getattr(task, role)}
    longest = max((len(name) for name in known), default=0)
    for task in tasks:
        for role in ROLE_LISTS:
            units: list[Unit] = getattr(task, role)
            if any(_parts(unit, text, known, longest) for unit in units):
                split = [_split(unit, text, known, longest, index) for unit in units]
                setattr(task, role, [part for parts in split for part in parts])


def _parts(unit: Unit, text: str, known: set[str], longest: int) -> list[str]:
    """The known names `unit` is run together from, in order; empty when it is not (or not plainly printed)."""
    name = unit.name
    plain = unit.scope is None and not unit.etc and text[unit.span.start : unit.span.end] == name
    if not plain or len(name) < 2 * MIN_PART:
        return []
    # cuts[i]: the parts of name[i:] (fewest first found from the end), or None where it has none
    cuts: list[list[str] | None] = [None] * len(name) + [[]]
    for start in range(len(name) - MIN_PART, -1, -1):
        for end in range(min(len(name), start + longest), start + MIN_PART - 1, -1):
            rest = cuts[end]
            if rest is not None and name[start:end] in known and (start > 0 or end < len(name)):
                cuts[start] = [name[start:end], *rest]
                break
    found = cuts[0]
    return found if found is not None and len(found) > 1 else []


def _split(unit: Unit, text: str, known: set[str], longest: int, index: LineIndex) -> list[Unit]:
    parts = _parts(unit, text, known, longest)
    if not parts:
        return [unit]
    units, start = [], unit.span.start
    for part in parts:
        span = index.span(start, start + len(part))
        units.append(unit.model_copy(update={"raw": part, "name": part, "canonical": "", "span": span}))
        start += len(part)
    return units
