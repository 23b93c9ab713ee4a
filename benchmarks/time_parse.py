"""Time the in-process parse of one file with the lishan_plan found under SRC (argv[1]); print the median
in milliseconds. Run in its own process by bench.py, once for the baseline commit and once for the
working tree, alternating, so both see the same machine."""

from __future__ import annotations

import statistics
import sys
import time

sys.path.insert(0, sys.argv[1])

from lishan_plan import parse_text

text = open(sys.argv[2], encoding="utf-8").read()  # noqa: SIM115
repeat = int(sys.argv[3])
parse_text(text)
timings = []
for _ in range(repeat):
    start = time.perf_counter()
    parse_text(text)
    timings.append(time.perf_counter() - start)
print(f"{statistics.median(timings) * 1000:.3f}")
