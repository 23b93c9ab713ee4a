"""lishan-plan: structure out of Chinese government task-decomposition notices.

>>> from lishan_plan import parse_file
>>> notice = parse_file("data/raw/lishan-2023.txt")
>>> len(notice.all_tasks())
86
"""

from __future__ import annotations

from .model import Notice
from .parse import parse_bytes, parse_file, parse_text

__version__ = "0.1.0"
__all__ = ["Notice", "__version__", "parse_bytes", "parse_file", "parse_text"]
