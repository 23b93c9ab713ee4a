"""A frozen yardstick for `make bench`: the least a reader of these notices must do, with the standard
library only and nothing from lishan_plan (so changes to the package never move it).

It splits the text into lines and finds section headings (一、), task numbers (1.) and the two unit
label lines (牵头单位： / 责任单位：). Do not change it: figures in RESULTS.md are ratios to it.
"""

from __future__ import annotations

import re

SECTION = re.compile(r"\s*[一二三四五六七八九十]{1,3}、")
TASK = re.compile(r"\s*\d{1,3}[.、．]")
LABEL = re.compile(r"\s*(牵头单位|责任单位)[:：](.*)")


def bare_read(text: str) -> tuple[int, int, int]:
    """(sections, tasks, label lines) of a notice."""
    sections = tasks = labels = 0
    for line in text.split("\n"):
        if SECTION.match(line):
            sections += 1
        elif TASK.match(line):
            tasks += 1
        elif LABEL.match(line):
            labels += 1
    return sections, tasks, labels
