"""Resolve the header: the front-matter lines the builder met become the notice's Meta."""

from __future__ import annotations

from collections.abc import Mapping

from ..builder.header import HeaderDraft, clean_title, split_recipients
from ..grammar.compiled import compile_pattern
from ..grammar.labels import spaced
from ..grammar.numerals import iso_date
from ..grammar.vocabulary import DOC_NUMBER_KEYS, METADATA_KEYS
from ..lines.classify import Document, Line
from ..model import Meta, NoiseKind, trusted

# Where a metadata value runs into the next pair on the same line: 文号: X 发布机关: Y
_NEXT_PAIR = compile_pattern(r"(?:^|\s)" + spaced(METADATA_KEYS) + r"\s{0,3}[:|]")


def _own_value(value: str) -> str:
    """A metadata value without what its row goes on with: the cells after it in a pipe row
    (文件编号: | X | 组配分类: | Y |) or the next pair on its line (发布机构: X 主题分类: Y)."""
    value = value.strip().lstrip("|").split("|", 1)[0]
    value = value[: next_pair.start()] if (next_pair := _NEXT_PAIR.search(value)) else value
    return value.strip()


def _doc_number(metadata: Mapping[str, str]) -> str | None:
    """The document number from the page's metadata rows: the first of the keys that name one whose
    value holds a number (an empty 文号 names none)."""
    for key in DOC_NUMBER_KEYS:
        value = metadata.get(key)
        if value is not None and any(char.isdigit() for char in value):
            return value
    return None


def resolve_header(doc: Document, draft: HeaderDraft) -> tuple[Meta, list[tuple[Line, NoiseKind]]]:
    """Meta from the draft, and the unused front-matter text lines (as chrome)."""
    title_lines = draft.title_block(doc)
    title = clean_title("".join(doc.printed(line.body) for line in title_lines)) if title_lines else None
    if title is None and draft.glued_title is not None and draft.glued_title.text.strip():
        title = clean_title(draft.glued_title.printed())
    used = {line.start for line in title_lines}
    chrome = [(line, NoiseKind.PAGE_CHROME) for line in draft.texts if line.start not in used]
    metadata = {key: _own_value(value) for key, value in draft.metadata.items()}
    meta = trusted(Meta)(
        letterhead=draft.letterhead,
        # the page's 发文机关 names the signer; its 发布机构 only the office that put the page up
        issuer=draft.issuer or metadata.get("发文机关") or None,
        doc_number=draft.doc_number or _doc_number(metadata),
        title=title,
        recipients=split_recipients(draft.recipients) if draft.recipients else [],
        date=draft.date or iso_date(metadata.get("成文日期", "") or metadata.get("成文时间", "")),
        publication=draft.publication,
        attachments=draft.attachments,
        span=(doc.index.span(draft.lines[0].start, draft.lines[-1].end) if draft.lines else None),
    )
    return meta, chrome
