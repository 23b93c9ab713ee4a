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

# The shortest part a run-together name is cut into (文化馆), and the longest looked for.
MIN_PART, MAX_PART = 3, 24


def split_fused_units(tasks: list[Task], text: str, index: LineIndex) -> None:
    """Replace, in every role list, a unit whose name is two or more names the notice prints on their own."""
    known = {unit.name for task in tasks for role in ROLE_LISTS for unit in getattr(task, role)}
    cut: dict[str, list[str]] = {}  # name → its parts (empty: not run together); names recur over the tasks
    for task in tasks:
        for role in ROLE_LISTS:
            units: list[Unit] = getattr(task, role)
            parts = [_parts(unit, text, known, cut) for unit in units]
            if any(parts):
                setattr(
                    task,
                    role,
                    [piece for unit, names in zip(units, parts, strict=True) for piece in _split(unit, names, index)],
                )


def _parts(unit: Unit, text: str, known: set[str], cut: dict[str, list[str]]) -> list[str]:
    """The known names `unit` is run together from, in order; empty when it is not (or not plainly printed)."""
    name = unit.name
    if unit.scope is not None or unit.etc or len(name) < 2 * MIN_PART or text[unit.span.start : unit.span.end] != name:
        return []
    if name not in cut:
        cut[name] = _known_parts(name, known)
    return cut[name]


def _known_parts(name: str, known: set[str]) -> list[str]:
    """`name` as two or more names of `known`, each at least MIN_PART long, the longest first; else empty."""
    # parts[i]: the parts of name[i:], or None where it has none
    parts: list[list[str] | None] = [None] * len(name) + [[]]
    for start in range(len(name) - MIN_PART, -1, -1):
        for end in range(min(len(name), start + MAX_PART), start + MIN_PART - 1, -1):
            rest = parts[end]
            if rest is not None and (start, end) != (0, len(name)) and name[start:end] in known:
                parts[start] = [name[start:end], *rest]
                break
    found = parts[0]
    return found if found is not None and len(found) > 1 else []


def _split(unit: Unit, parts: list[str], index: LineIndex) -> list[Unit]:
    """The units `unit` is run together from, each with its own span, or `unit` itself."""
    if not parts:
        return [unit]
    units, start = [], unit.span.start
    for part in parts:
        span = index.span(start, start + len(part))
        units.append(unit.model_copy(update={"raw": part, "name": part, "canonical": "", "span": span}))
        start += len(part)
    return units
