"""Text helpers the grammar and every later stage share: whitespace squeezed out, traditional to
simplified. (The one-for-one folds that matching runs on live in lines/normalize.py.)"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from .compiled import compile_pattern
from .vocabulary import CLOSING_TITLES, MAX_CLOSING_TITLE, NOTE_TITLES

# What ends a sentence, in normalised text (full-width forms folded to these).
SENTENCE_ENDS = "。;!?"
# What ends the notice's last sentence above its signature (…请认真贯彻落实。): only a full stop or a "!"
NOTICE_SENTENCE_ENDS = "。!"


# A run of characters between spaces: a word of a header, a leader's name.
WORD = compile_pattern(r"\S+")


def compact(text: str) -> str:
    """The text without any whitespace (padding in 范 勇, 文　　号, 序 号)."""
    return "".join(text.split())


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


@lru_cache(maxsize=1)
def _opencc() -> _Converter:
    import opencc  # imported lazily: only traditional-script notices need it

    converter: _Converter = opencc.OpenCC("t2s")
    return converter


def to_simplified(text: str) -> str:
    """Traditional → simplified with OpenCC, for derived names (length may change)."""
    return _opencc().convert(text) if text else text


# 注：1.“责任领导”栏为合并单元格… · 备注：1.任务清单实行动态管理…: notes under a plan whose first item stands on
# the label's own line, so the next numbered line is item 2.
NOTES_WITH_FIRST_ITEM = compile_pattern(rf"\s*(?:{'|'.join(NOTE_TITLES)})\s?:\s?1\s?[.、]")
# 注：各牵头单位于每季度末报送进展 · 备注:本表… : a line a note's label opens, under a table or a plan.
OPENS_A_NOTE = compile_pattern(rf"\s*(?:{'|'.join(NOTE_TITLES)})\s?:")


def is_closing_title(title: str) -> bool:
    """Whether a heading's title opens a plan's closing part (三、保障措施, 工作要求：, 四、强化组织保障, 备注：): a
    title word of vocabulary.CLOSING_TITLES ending a short title, or a word of NOTE_TITLES alone, a colon or a
    full stop after it."""
    words = compact(title).rstrip(":。")
    return (len(words) <= MAX_CLOSING_TITLE and words.endswith(CLOSING_TITLES)) or words in NOTE_TITLES
