"""Compare a parsed notice with a hand-checked truth file of ../shared/corpus (see its README)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import regex

from lishan_plan import Notice, parse_file
from lishan_plan.lines.normalize import fold_width, to_simplified

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def fold(text: str | None) -> str | None:
    """Width-folded, whitespace dropped, simplified: how the truth README says to compare."""
    if text is None:
        return None
    return to_simplified(regex.sub(r"\s+", "", fold_width(text))).replace("〔", "[").replace("〕", "]")


def _deadline(text: str | None) -> str | None:
    folded = fold(text)
    return folded[: -len("完成")] if folded and folded.endswith("完成") else folded


def actual_rows(notice: Notice) -> list[dict[str, Any]]:
    rows = []
    for section_label, subsection_label, task in _walk(notice):
        rows.append(
            {
                "section": fold(section_label),
                "subsection": fold(subsection_label),
                "number": None if task.number is None else str(task.number),
                "text_start": fold(task.text)[:12] if task.text else "",
                "lead": [fold(unit.name) for unit in task.lead_units],
                "responsible": [fold(unit.name) for unit in task.responsible_units],
                "cooperating": [fold(unit.name) for unit in task.cooperating_units],
                "leaders": [fold(leader.name) for leader in task.leaders],
                "deadline": _deadline(task.deadline.raw if task.deadline else None),
            }
        )
    return rows


def expected_rows(truth: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for task in truth["tasks"]:
        rows.append(
            {
                "section": fold(task["section"]),
                "subsection": fold(task["subsection"]),
                "number": task["number"],
                "text_start": (fold(task["text_start"]) or "")[:12],
                "lead": [fold(name) for name in task["lead"]],
                "responsible": [fold(name) for name in task["responsible"]],
                "cooperating": [fold(name) for name in task["cooperating"]],
                "leaders": [fold(name) for name in task["leaders"]],
                "deadline": _deadline(task["deadline"]),
            }
        )
    return rows


def _walk(notice: Notice) -> list[tuple[str | None, str | None, Any]]:
    placed = [(None, None, task) for task in notice.tasks]
    for section in notice.sections:
        placed += [(section.label, None, task) for task in section.tasks]
        for subsection in section.subsections:
            placed += [(section.label, subsection.label, task) for task in subsection.tasks]
    return sorted(placed, key=lambda item: item[2].span.start)


def truth_file(path: Path, suffix: str = ".truth.json") -> Path:
    return path.with_name(path.name.rsplit(".", 1)[0] + suffix)


def compare(path: Path, truth_path: Path | None = None) -> list[str]:
    """Differences between the parse of `path` and its truth, one line each (empty when exact)."""
    truth = json.loads((truth_path or truth_file(path)).read_text("utf-8"))
    notice = parse_file(path)
    problems = []
    for key in ("doc_number", "issuer", "date"):
        got, want = getattr(notice.meta, key), truth["meta"][key]
        if fold(got) != fold(want):
            problems.append(f"meta.{key}: got {got!r}, want {want!r}")
    if notice.source.encoding != truth["encoding"]:
        problems.append(f"encoding: got {notice.source.encoding!r}, want {truth['encoding']!r}")
    got_rows, want_rows = actual_rows(notice), expected_rows(truth)
    if len(got_rows) != len(want_rows):
        problems.append(f"tasks: got {len(got_rows)}, want {len(want_rows)}")
    for position, (got, want) in enumerate(zip(got_rows, want_rows, strict=False)):
        for key in want:
            if got[key] != want[key]:
                where = f"task #{position + 1} ({want['section']}/{want['number']})"
                problems.append(f"{where} {key}: got {got[key]!r}, want {want[key]!r}")
    return problems


def corpus_files() -> list[Path]:
    names = (path for path in CORPUS.iterdir() if not path.name.endswith(".json"))
    return sorted(path for path in names if path.name != "README.md")
