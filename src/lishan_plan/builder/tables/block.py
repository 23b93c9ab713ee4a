"""The shape every table reader produces: a block of lines holding a header and rows."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from ...grammar.vocabulary import Role
from ...lines.patterns import LineKind
from ...model import NoiseKind
from ...spans import MappedText

# Lines that end a table of plain cells: page chrome, metadata and attachment markers are never cells.
NEVER_A_CELL = {LineKind.CHROME, LineKind.META, LineKind.ATTACHMENT, LineKind.IMPRINT, LineKind.DOC_NUMBER}


@dataclass(slots=True)
class TableRow:
    """A section row (一、经济发展) or a task row of a table."""

    kind: LineKind  # SECTION, SUBSECTION or TASK
    cells: list[MappedText]
    start: int  # document offsets covering the row
    end: int
    groups: dict[str, tuple[int, int]] = field(default_factory=dict)  # num / title of a section row
    wrapped: dict[int, list[MappedText]] = field(default_factory=dict)  # column → text wrapped onto later lines
    short: bool = False  # cells vanished from the row: a merged cell above may cover the empty ones
    # the 序号 cell merged over tasks numbered inside their task cells (1 | （1）… | X | （2）… | Y): its number
    group: int | None = None

    def join_wrapped(self, lists: Collection[int] = ()) -> None:
        """Join text wrapped onto later lines to its cells, once (appending line by line is quadratic).

        In the columns of `lists` (names, in a copy whose line breaks inside a cell are typed, not wrapped)
        the lines stay apart by their line breaks, which part names as a cell a line does."""
        for column, pieces in sorted(self.wrapped.items()):
            self.cells += [MappedText()] * (column + 1 - len(self.cells))
            separator = "\n" if column in lists else ""
            self.cells[column] = MappedText.concat(
                [(self.cells[column], ""), *((piece, separator) for piece in pieces)]
            )
        self.wrapped = {}


@dataclass
class TableBlock:
    """A table's lines [first, last], its columns' roles and header cells, its rows, and the lines of it
    that are furniture (header, rules) kept as noise."""

    first: int  # index of the first line in doc.lines
    last: int  # index of the last line (inclusive)
    style: str
    columns: list[Role | None]
    headers: list[MappedText]
    rows: list[TableRow] = field(default_factory=list)
    furniture: dict[int, NoiseKind] = field(default_factory=dict)  # line index → kind
