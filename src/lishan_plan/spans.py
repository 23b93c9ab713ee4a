"""Offsets and spans: map character offsets to lines, and keep joined text mapped to its source.

A unit wrapped across lines (市自然资 / 源和规划局砚川分局) or a table cell spread over three text lines is
read as one string, but its span must still point at the printed characters. `MappedText` is that
string together with the document offset of each of its characters, kept as runs so joins are cheap.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from .model import Span, trusted

# (start, end) document offsets of a stretch of text.
Offsets = tuple[int, int]


class LineIndex:
    """Line starts of a text, for offset → line look-ups.

    Lines break at \\n only (\\r\\n counts as one break because the \\r is part of the line's end);
    a form feed does not break a line, and a last line without a newline still counts.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        position = text.find("\n")
        while position != -1:
            starts.append(position + 1)
            position = text.find("\n", position + 1)
        if len(starts) > 1 and starts[-1] == len(text):
            starts.pop()  # a final newline ends the last line; it does not open a new one
        self.starts = starts

    @property
    def line_count(self) -> int:
        return 0 if not self.text else len(self.starts)

    def line_of(self, offset: int) -> int:
        """1-based line holding `offset` (an offset at a line break belongs to the line it ends)."""
        return bisect.bisect_right(self.starts, offset)

    def line_bounds(self, line_no: int) -> tuple[int, int]:
        """Start and end offsets of a line's content, without its \\r\\n or \\n."""
        start = self.starts[line_no - 1]
        end = self.starts[line_no] - 1 if line_no < len(self.starts) else len(self.text)
        if line_no == len(self.starts) and self.text.endswith("\n"):
            end = len(self.text) - 1
        if end > start and self.text[end - 1] == "\r":
            end -= 1
        return start, end

    def span(self, start: int, end: int) -> Span:
        """The span of characters [start, end); an empty range is placed on the line of `start`."""
        last = max(start, end - 1)
        return trusted(Span)(start_line=self.line_of(start), end_line=self.line_of(last), start=start, end=end)

    def column_of(self, offset: int) -> int:
        """1-based column of `offset` in its line."""
        return offset - self.starts[self.line_of(offset) - 1] + 1


@dataclass(frozen=True, slots=True)
class Run:
    """`length` characters of a MappedText that stand at document offset `source` onward."""

    index: int
    source: int
    length: int


class MappedText:
    """A string whose characters each know their document offset.

    `text` is what matching sees (normalised); `original` is the same characters as printed.
    Inserted separators (a newline between paragraphs) have no source: they map to the offset of the
    character after them, so spans never start or end on one.
    """

    __slots__ = ("_run_starts", "original", "runs", "text")

    def __init__(self, text: str = "", original: str = "", runs: Iterable[Run] = ()) -> None:
        self.text = text
        self.original = original
        self.runs = list(runs)
        self._run_starts: list[int] | None = None

    @classmethod
    def concat(cls, parts: Iterable[tuple[MappedText, str]]) -> MappedText:
        """Join (piece, separator-before-it) pairs in one pass (linear, unlike repeated append)."""
        texts: list[str] = []
        originals: list[str] = []
        runs: list[Run] = []
        length = 0
        for piece, separator in parts:
            if not piece.text:
                continue
            if texts:
                texts.append(separator)
                originals.append(separator)
                length += len(separator)
            runs.extend(Run(run.index + length, run.source, run.length) for run in piece.runs)
            texts.append(piece.text)
            originals.append(piece.original)
            length += len(piece.text)
        return cls("".join(texts), "".join(originals), runs)

    @classmethod
    def from_source(cls, normalised: str, printed: str, start: int, end: int) -> MappedText:
        """The document slice [start, end) as a MappedText."""
        if end <= start:
            return cls()
        return cls(normalised[start:end], printed[start:end], [Run(0, start, end - start)])

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return f"MappedText({self.original!r})"

    def append(self, other: MappedText, separator: str = "") -> MappedText:
        """A new MappedText: self, then `separator` (unmapped), then other."""
        if not self.text:
            return other
        if not other.text:
            return self
        shift = len(self.text) + len(separator)
        runs = self.runs + [Run(run.index + shift, run.source, run.length) for run in other.runs]
        return MappedText(self.text + separator + other.text, self.original + separator + other.original, runs)

    def source_offset(self, index: int) -> int:
        """Document offset of character `index` (of the next mapped character for a separator)."""
        if not self.runs:
            return 0
        if self._run_starts is None:
            self._run_starts = [run.index for run in self.runs]
        position = bisect.bisect_right(self._run_starts, index) - 1
        run = self.runs[max(position, 0)]
        if run.index <= index < run.index + run.length:
            return run.source + index - run.index
        following = self.runs[position + 1] if position + 1 < len(self.runs) else None
        return following.source if following else run.source + run.length

    def source_range(self, start: int, end: int) -> tuple[int, int]:
        """Document offsets spanning characters [start, end) of this text."""
        if end <= start:
            offset = self.source_offset(start)
            return offset, offset
        return self.source_offset(start), self.source_offset(end - 1) + 1

    def slice(self, start: int, end: int) -> MappedText:
        """Characters [start, end) as a MappedText that keeps their mapping."""
        start, end = max(start, 0), min(end, len(self.text))
        if end <= start:
            return MappedText()
        if start == 0 and end == len(self.text):
            return self  # the whole text: MappedText is never changed in place, so it can be shared
        if len(self.runs) == 1:  # the common case: one stretch of the document
            run = self.runs[0]
            low, high = max(run.index, start), min(run.index + run.length, end)
            runs = [Run(low - start, run.source + low - run.index, high - low)] if low < high else []
            return MappedText(self.text[start:end], self.original[start:end], runs)
        if self._run_starts is None:
            self._run_starts = [run.index for run in self.runs]
        # only the runs that overlap [start, end): a text joined from thousands of pieces is sliced often
        first = max(bisect.bisect_right(self._run_starts, start) - 1, 0)
        last = bisect.bisect_left(self._run_starts, end)
        runs = []
        for run in self.runs[first:last]:
            low, high = max(run.index, start), min(run.index + run.length, end)
            if low < high:
                runs.append(Run(low - start, run.source + low - run.index, high - low))
        return MappedText(self.text[start:end], self.original[start:end], runs)

    def strip(self, chars: str | None = None) -> MappedText:
        """Strip characters of `chars` (whitespace by default) from both ends, matched on `text`."""
        stripped = self.text.strip(chars)
        if not stripped:
            return MappedText()
        if len(stripped) == len(self.text):
            return self
        start = len(self.text) - len(self.text.lstrip(chars))
        return self.slice(start, start + len(stripped))

    def tail_of(self, characters: int) -> MappedText:
        """The last `characters` characters (all of them when shorter)."""
        return self.slice(max(0, len(self.text) - characters), len(self.text))

    def printed(self) -> str:
        """The characters as printed, without unmapped separators."""
        pieces = [self.original[run.index : run.index + run.length] for run in self.runs]
        return "".join(pieces)


class TextBuilder:
    """Collects the lines of a paragraph, a task text or a wrapped value, and joins them once."""

    __slots__ = ("_built", "_last_field_mark", "_last_opener", "_length", "parts")

    def __init__(self, first: MappedText | None = None) -> None:
        self.parts: list[tuple[MappedText, str]] = []
        self._built: MappedText | None = None
        self._length = 0
        self._last_opener = -1  # length of the text up to the end of the last part holding ( or [
        self._last_field_mark = -1  # the same, for the last part holding : or ]
        if first is not None:
            self.add(first)

    def add(self, piece: MappedText, separator: str = "") -> None:
        if piece.text:
            separator = separator if self.parts else ""
            self.parts.append((piece, separator))
            self._length += len(separator) + len(piece.text)
            if "(" in piece.text or "[" in piece.text:
                self._last_opener = self._length
            if ":" in piece.text or "]" in piece.text:
                self._last_field_mark = self._length
            self._built = None

    def build(self) -> MappedText:
        if self._built is None:
            self._built = MappedText.concat(self.parts)
        return self._built

    def ends_with(self, characters: str, ignoring: str) -> bool:
        """Whether the text ends with one of `characters`, once trailing `ignoring` characters are cut."""
        for piece, _ in reversed(self.parts):
            body = piece.text.rstrip(ignoring)
            if body:
                return body[-1] in characters
        return False

    def opens_bracket_within(self, reach: int) -> bool:
        """Whether a ( or [ stands in a part ending within the last `reach` characters (kept as lines
        are added, so checking after every line stays linear)."""
        return self._last_opener >= 0 and self._length - self._last_opener < reach

    def marks_a_field_within(self, reach: int) -> bool:
        """Whether a field's colon or a bracketed label's ] stands in a part ending within the last `reach`
        characters (kept as lines are added, as `opens_bracket_within` is)."""
        return self._last_field_mark >= 0 and self._length - self._last_field_mark < reach

    def tail(self, characters: int) -> MappedText:
        """The last parts, at least `characters` long when there is that much (a bounded look back)."""
        taken, total = [], 0
        for piece, separator in reversed(self.parts):
            taken.append((piece, separator))
            total += len(piece.text) + len(separator)
            if total >= characters:
                break
        return MappedText.concat(reversed(taken))

    def __bool__(self) -> bool:
        return bool(self.parts)
