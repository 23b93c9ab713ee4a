"""Header facts: letterhead, document number, title, recipients, issuer, date, publication mark.

The builder hands this module the lines it met before the notice text (and the signature block after
it); the rules here decide which of them form the title, which are recipients and which are page
chrome, all on the shape of the text, never on a particular notice.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from ..grammar.compiled import compile_pattern
from ..grammar.text import compact
from ..grammar.units import separator_positions
from ..grammar.vocabulary import SIGNING_BODY_ENDINGS, TITLE_ENDINGS
from ..lines.classify import Document, Line
from ..spans import MappedText

# …的通知 · …分工方案 · …任务清单: the last words of a document title.
TITLE_END = compile_pattern(rf"(?:{TITLE_ENDINGS})[》>」]?$")
# 立山区人民政府 · 岑阳市人民政府办公室 · 沣湖区人民政府 · 梧塘街道办事处: a body that can sign a notice.
ISSUER = compile_pattern(rf"[\p{{Han}}()]{{2,40}}?(?:{SIGNING_BODY_ENDINGS})")
SENTENCE_PUNCTUATION = compile_pattern(r"[。;:,!?]")
# Spaces a layout put inside a title: 关于印发 《…》 → 关于印发《…》; a space between two ASCII words stays.
STRAY_SPACE = compile_pattern(r"(?<![A-Za-z0-9])\s+|\s+(?![A-Za-z0-9])")


def clean_title(text: str) -> str:
    return STRAY_SPACE.sub("", text).strip()


# Bodies that sign one notice together, one per line above the date: 中共某县委办公室 / 某县人民政府办公室.
MAX_SIGNERS = 3


def is_issuer(text: str) -> bool:
    squeezed = compact(text)
    return ISSUER.fullmatch(squeezed) is not None


# A title line, topic or signature line is short; longer text is a paragraph.
MAX_TITLE_LINE = 60


def is_title_like(text: str) -> bool:
    """A short line with no sentence punctuation: a title line, a topic, a signature line."""
    squeezed = compact(text)
    return 0 < len(squeezed) <= MAX_TITLE_LINE and not SENTENCE_PUNCTUATION.search(squeezed) and "。" not in squeezed


def split_recipients(text: str) -> list[str]:
    """各街道办事处、镇人民政府，区政府各部门: groups separated by ， (a 、 joins within a group)."""
    body = text.strip().rstrip(":：").strip()
    bounds = [-1, *separator_positions(body, ",，;；"), len(body)]
    parts = [body[low + 1 : high] for low, high in itertools.pairwise(bounds)]
    return [compact(part) for part in parts if part.strip()]


# 发布时间:2024-01-18 来源:政府办 · 发布日期：2022-01-21 · 点击量:1570 发布于:2019-01-14: when the page
# published the notice (a chrome or metadata line); a collapsed signature date (2022121) cannot come after it.
PUBLISHED = compile_pattern(r"发布(?:日期|时间|于)\s{0,3}[:|]?\s{0,3}(?P<date>.{6,30})")


@dataclass
class HeaderDraft:
    """What the builder met in the front matter, in order."""

    lines: list[Line] = field(default_factory=list)  # every non-blank front-matter line
    texts: list[Line] = field(default_factory=list)  # TEXT lines before the recipients
    letterhead: str | None = None
    doc_number: str | None = None
    glued_title: MappedText | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    recipients: str | None = None
    issuer: str | None = None
    date: str | None = None
    publication: str | None = None
    attachments: list[str] = field(default_factory=list)

    def title_block(self, doc: Document) -> list[Line]:
        """The title lines: the first run of adjacent text lines that ends like a document title."""
        for position, line in enumerate(self.texts):
            if not TITLE_END.search(compact(doc.matched(line.body))):
                continue
            block = [line]
            for earlier in reversed(self.texts[:position]):
                if earlier.no != block[0].no - 1 or not is_title_like(doc.matched(earlier.body)):
                    break
                block.insert(0, earlier)
            return block
        return []
