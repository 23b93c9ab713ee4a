"""docs/api.md and the package docstring: every example runs and gives what the page says."""

from __future__ import annotations

import doctest

import lishan_plan
from conftest import ROOT


def test_api_page_examples_run() -> None:
    result = doctest.testfile(str(ROOT / "docs" / "api.md"), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 20
    assert result.failed == 0


def test_package_docstring_examples_run() -> None:
    result = doctest.testmod(lishan_plan)
    assert result.attempted >= 3
    assert result.failed == 0


def test_everything_in_all_is_importable() -> None:
    for name in lishan_plan.__all__:
        assert getattr(lishan_plan, name) is not None
