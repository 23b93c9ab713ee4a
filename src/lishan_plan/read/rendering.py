"""How the HTML and Word readers write a table: one `| cell | cell |` line per row.

The table recogniser reads these lines like any pipe table typed in a text notice, so both readers
must render cells the same way: a cell's own line breaks become <br> (a break inside a cell
separates units as 、 does), and a literal | becomes ｜ so it cannot open a new column.
"""

from __future__ import annotations

from collections.abc import Iterable


def cell_text(lines: Iterable[str]) -> str:
    """A cell's lines, already trimmed by the reader, without empty ones, joined by <br>."""
    return "<br>".join(line for line in lines if line).replace("|", "｜")


def pipe_row(cells: Iterable[str]) -> str:
    return "| " + " | ".join(cells) + " |"
