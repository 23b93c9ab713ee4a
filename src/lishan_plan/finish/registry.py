"""Know the units: each unit's canonical name and kind, and the notice's registry of who does what.

Runs once the tasks have their ids. Canonical names come from the alias table (built in, extended or
overridden by a user's `--aliases` file) with each unit's own level prefix, a prefix the printed list
elided restored from the list; kinds from the rules of grammar/canon.py, knowing the notice's own level.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping

from ..grammar.canon import builtin_aliases, canonical_list, notice_level, unit_kind
from ..model import Notice, Task, Unit, UnitEntry, UnitKind, trusted

ROLE_LISTS = ("lead_units", "responsible_units", "cooperating_units")


def know_units(notice: Notice, text: str, aliases: Mapping[str, str] | None = None) -> None:
    """Fill `canonical`, `restored` and `kind` on every unit and build `notice.units`; `text` is the
    decoded text the spans point into (to see whether two units stand in one 、 group)."""
    table = {**builtin_aliases(), **(aliases or {})}
    level = notice_level(notice.meta.issuer or notice.meta.letterhead, notice.meta.title)
    tasks = notice.all_tasks()
    kinds: dict[str, UnitKind] = {}
    for task in tasks:
        for role in ROLE_LISTS:
            units: list[Unit] = getattr(task, role)
            grouped = [
                position > 0 and "、" in text[units[position - 1].span.end : unit.span.start]
                for position, unit in enumerate(units)
            ]
            named = canonical_list([unit.name for unit in units], table, grouped)
            for unit, (canonical, restored) in zip(units, named, strict=True):
                unit.canonical, unit.restored = sys.intern(canonical), restored
                if canonical not in kinds:
                    kinds[canonical] = unit_kind(canonical, level)
                unit.kind = kinds[canonical]
    notice.units = registry(tasks)


def registry(tasks: list[Task]) -> list[UnitEntry]:
    """Each canonical unit once, with the tasks it leads, is responsible for and co-operates on."""
    entries: dict[str, UnitEntry] = {}
    for task in tasks:
        for role, field in zip(ROLE_LISTS, ("lead", "responsible", "cooperating"), strict=True):
            for unit in getattr(task, role):
                entry = entries.get(unit.canonical)
                if entry is None:
                    entry = entries[unit.canonical] = trusted(UnitEntry)(
                        canonical=unit.canonical,
                        kind=unit.kind,
                        names=[],
                        lead=[],
                        responsible=[],
                        cooperating=[],
                        lead_count=0,
                        responsible_count=0,
                        cooperating_count=0,
                    )
                if unit.name not in entry.names:
                    entry.names.append(unit.name)
                ids: list[str] = getattr(entry, field)
                if task.id not in ids:
                    ids.append(task.id)
    for entry in entries.values():
        entry.lead_count, entry.responsible_count = len(entry.lead), len(entry.responsible)
        entry.cooperating_count = len(entry.cooperating)
    return sorted(
        entries.values(),
        key=lambda entry: (-entry.lead_count, -entry.responsible_count, -entry.cooperating_count, entry.canonical),
    )
