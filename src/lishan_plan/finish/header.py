"""Resolve the header: the front-matter lines the builder met become the notice's Meta."""

from __future__ import annotations

from ..builder.header import HeaderDraft, clean_title, split_recipients
from ..grammar.numerals import iso_date
from ..lines.classify import Document, Line
from ..model import Meta, NoiseKind


def resolve_header(doc: Document, draft: HeaderDraft) -> tuple[Meta, list[tuple[Line, NoiseKind]]]:
    """Meta from the draft, and the unused front-matter text lines (as chrome)."""
    title_lines = draft.title_block(doc)
    title = clean_title("".join(doc.printed(line.body) for line in title_lines)) if title_lines else None
    if title is None and draft.glued_title is not None and draft.glued_title.text.strip():
        title = clean_title(draft.glued_title.printed())
    used = {line.start for line in title_lines}
    chrome = [(line, NoiseKind.PAGE_CHROME) for line in draft.texts if line.start not in used]
    metadata = draft.metadata
    meta = Meta(
        letterhead=draft.letterhead,
        issuer=draft.issuer or metadata.get("发布机构") or metadata.get("发文机关"),
        doc_number=draft.doc_number or metadata.get("发文字号") or metadata.get("文号"),
        title=title,
        recipients=split_recipients(draft.recipients) if draft.recipients else [],
        date=draft.date or iso_date(metadata.get("成文日期", "") or metadata.get("成文时间", "")),
        publication=draft.publication,
        attachments=draft.attachments,
        span=(doc.index.span(draft.lines[0].start, draft.lines[-1].end) if draft.lines else None),
    )
    return meta, chrome
