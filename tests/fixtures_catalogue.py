"""Our own fixture notices (tests/fixtures/) and the outline their expected files hold."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lishan_plan import parse_file
from truth import actual_rows

FIXTURE_DIR = Path(__file__).resolve().parent / "fixtures"
SUFFIXES = (".txt", ".html", ".htm", ".docx", ".md")


def _fixtures() -> list[Path]:
    if not FIXTURE_DIR.is_dir():
        return []
    return sorted(path for path in FIXTURE_DIR.iterdir() if path.suffix in SUFFIXES)


FIXTURES = _fixtures()


def expected_path(fixture: Path) -> Path:
    return fixture.with_name(fixture.name.rsplit(".", 1)[0] + ".expected.json")


def expected_outline(fixture: Path) -> dict[str, Any]:
    """What a fixture's expected file records: header facts, conventions and every task's roles."""
    notice = parse_file(fixture)
    return {
        "file": fixture.name,
        "encoding": notice.source.encoding,
        "meta": {
            "doc_number": notice.meta.doc_number,
            "issuer": notice.meta.issuer,
            "date": notice.meta.date,
            "title": notice.meta.title,
        },
        "conventions": [convention.kind.value for convention in notice.conventions],
        "tasks": actual_rows(notice),
    }
