"""Each piece of text is read once: a role bracket is parsed once per parse, whichever stage asks."""

from __future__ import annotations

from collections import Counter

import pytest

from conftest import ROOT
from lishan_plan import parse_file
from lishan_plan.grammar import roles

FIXTURES = ["a1_tangling_verb_xiatong.txt", "d8_yunzhou_inline_labelled_txt.txt", "m10_fengchuan_verb_clauses.txt"]


@pytest.mark.parametrize("name", FIXTURES)
def test_each_role_bracket_is_parsed_once(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: Counter[str] = Counter()
    original = roles._read_bracket

    def counting(body: roles.MappedText) -> roles.Reading | None:
        seen[body.text] += 1
        return original(body)

    monkeypatch.setattr(roles, "_read_bracket", counting)
    notice = parse_file(ROOT / "tests" / "fixtures" / name)
    assert seen, "no bracket was read"
    assert [text for text, calls in seen.items() if calls > 1] == []
    assert sum(1 for task in notice.all_tasks() if task.lead_units) > 5  # the brackets were really read
