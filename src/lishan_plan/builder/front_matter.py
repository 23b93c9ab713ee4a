"""Handlers for the front matter: header lines, recipients, the notice text, the signature block,
the plan's title and preamble, and the page furniture met anywhere.

The notice's own 一、二、 points stay notice text unless units are attached under them (a plan
embedded in the notice); see `notice_numbered`.
"""

from __future__ import annotations

import bisect

from ..grammar.compiled import compile_pattern
from ..grammar.numerals import is_date, iso_date
from ..grammar.text import NOTICE_SENTENCE_ENDS, compact
from ..lines.classify import Line
from ..lines.patterns import LineKind
from ..model import NoiseKind
from .body import enter_body, field_line, open_section, open_task
from .context import BuildContext, State
from .header import MAX_SIGNERS, TITLE_END, is_issuer, is_title_like
from .levels import Event


def header_line(ctx: BuildContext, line: Line) -> State:
    """Letterhead, document number, metadata, title lines, page chrome before the recipients."""
    ctx.header.lines.append(line)
    doc, header = ctx.doc, ctx.header
    if line.kind is LineKind.LETTERHEAD and header.letterhead is None:
        header.letterhead = doc.printed(line.body)
    elif line.kind is LineKind.DOC_NUMBER:
        if header.doc_number is None:
            header.doc_number = doc.printed(line.groups["value"]).strip()
        rest = doc.group(line, "rest") if "rest" in line.groups else None
        if rest is not None and is_date(rest.text):
            header.metadata.setdefault("成文日期", rest.printed())  # a gazette's 甲府发〔2026〕8号 二〇二六年三月十七日
        elif rest is not None and header.glued_title is None:
            header.glued_title = rest
    elif line.kind is LineKind.META:
        for key_group, value_group in (("key", "value"), ("key2", "value2")):
            if key_group in line.groups:
                key = "".join(doc.matched(line.groups[key_group]).split())
                header.metadata.setdefault(key, doc.printed(line.groups[value_group]).strip())
    elif line.kind is LineKind.DATE:
        header.metadata.setdefault("成文日期", doc.printed(line.body))
    else:
        header.texts.append(line)
    return State.HEADER


# 为贯彻落实… · 为进一步… · 根据… · 按照…: how a plan's preamble opens its first sentence
PREAMBLE_OPENING = compile_pattern(r"为(?=\p{Han}{2})|根据|按照|依据|结合|围绕|近年来|当前|今年")

# Header lines that stand above the recipients, never inside their list.
_ABOVE_RECIPIENTS = {LineKind.DOC_NUMBER, LineKind.DATE, LineKind.META, LineKind.LETTERHEAD}


def recipients_line(ctx: BuildContext, line: Line) -> State:
    """The addressees (…各有关单位：), with the lines of them above it: those after the title, or
    without a title only the line directly above when it breaks off mid-list (…，各)."""
    ctx.header.lines.append(line)
    title_lines = {title.no for title in ctx.header.title_block(ctx.doc)}
    last_title = max(title_lines, default=0)
    if not title_lines:
        above = [text for text in ctx.header.texts if text.no == line.no - 1]
        last_title = line.no - 1 if not above or not ctx.continues_list(above[0]) else line.no - 2
    # A list wraps onto the lines right above it: text above the document number (a title printed
    # again, over several lines) is not the list's.
    last_field = max((kept.no for kept in ctx.header.lines[:-1] if kept.kind in _ABOVE_RECIPIENTS), default=0)
    prefix = [text for text in ctx.header.texts if text.no > max(last_title, last_field)]
    ctx.header.texts = [text for text in ctx.header.texts if text.no <= last_title]
    ctx.header.recipients = "".join(ctx.doc.printed(text.body) for text in prefix) + ctx.doc.printed(line.body)
    return State.NOTICE


def header_date(ctx: BuildContext, line: Line) -> State:
    """A date in the front matter: the page's 成文日期, or the notice's signature where a copy dropped its
    addressees: the title, the notice's sentence (…现印发给你们，请认真贯彻落实。), the signing body and the
    date. The lines between the title and the signer are then the notice's text, and the date signs it."""
    texts = ctx.header.texts
    title = ctx.header.title_block(ctx.doc)
    signers = 0
    while signers < min(MAX_SIGNERS, len(texts)) and is_issuer(ctx.doc.matched(texts[-1 - signers].body)):
        signers += 1
    if not signers or not title or ctx.header.lines[-1] is not texts[-1] or len(texts) == signers:
        return header_line(ctx, line)
    # the sentence above the signer, past the attachment lines a notice lists before its signature
    sentence = next((text for text in reversed(texts[:-signers]) if not _attachment(ctx, text)), texts[-1 - signers])
    last = ctx.doc.matched(sentence.body).rstrip()[-1:]
    if sentence.no <= title[-1].no or not last or last not in NOTICE_SENTENCE_ENDS:
        return header_line(ctx, line)
    if _addressees_below(ctx):
        return header_line(ctx, line)  # a page's summary, signed above the notice itself (各乡镇人民政府：… below)
    body = [text for text in texts if text.no > title[-1].no]
    ctx.header.texts = [text for text in texts if text.no <= title[-1].no]
    previous: Line | None = None
    for text in body:
        if _attachment(ctx, text):
            _record_attachment(ctx, text)
        ctx.notice.add(text, ctx.continues_from(previous, text))
        previous = text
    return signature_date(ctx, line)


def _attachment(ctx: BuildContext, line: Line) -> bool:
    """Whether a front-matter line is an attachment line or a title listed under one (levels tells those)."""
    if line.kind is LineKind.ATTACHMENT:
        return True
    position = bisect.bisect_left(ctx.doc.lines, line.start, key=lambda other: other.start)
    return ctx.levels.event_at(position, line.kind) is Event.ATTACHMENT


# How far below a date the addressees of the notice it would sign may stand (a page's summary over the notice)
ADDRESSEES_REACH = 6


def _addressees_below(ctx: BuildContext) -> bool:
    """Whether an addressee line (各乡镇人民政府，县直各单位：) stands a few lines below the current line."""
    lines = ctx.doc.lines[ctx.position + 1 : ctx.position + 1 + ADDRESSEES_REACH]
    return any(line.kind is LineKind.RECIPIENTS for line in lines)


def header_field(ctx: BuildContext, line: Line) -> State:
    """A labelled line before any notice text: a unit line opens a plan without a notice, but a
    bare label ending the front matter (…各有关单位：) is the recipients line."""
    if not ctx.doc.matched(line.groups.get("value", line.body)).strip():
        return recipients_line(ctx, line)
    return enter_body(field_line)(ctx, line)


def notice_text(ctx: BuildContext, line: Line) -> State:
    """The notice's own paragraphs (including its own 一、二、 points)."""
    ctx.header.lines.append(line)
    ctx.notice.add(line, ctx.continues(line))
    return State.NOTICE


def notice_attachment(ctx: BuildContext, line: Line) -> State:
    """附件：1.X in the notice's text (and 2.Y, 3.Z listed under it): its titles go to meta, its lines stay
    the notice's text."""
    _record_attachment(ctx, line)
    return notice_text(ctx, line)


def _record_attachment(ctx: BuildContext, line: Line) -> None:
    """The title an attachment line names (附件：X), or a title listed under it a line each (2.Y), in meta."""
    if line.kind is not LineKind.ATTACHMENT:
        ctx.header.attachments.append(ctx.doc.printed(line.body).strip())
    elif "value" in line.groups and ctx.doc.matched(line.groups["value"]).strip():
        ctx.header.attachments.append(ctx.doc.printed(line.groups["value"]).strip())


def notice_numbered(ctx: BuildContext, line: Line) -> State:
    """A numbered line in the notice text: the notice's own point (一、明确责任。…), or the plan itself
    when the notice embeds it (a heading with units attached below it, before any signature)."""
    if ctx.plan_starts_at(line):
        handler = open_section if ctx.levels.event_of(line.kind) is Event.HEADING1 else open_task
        return enter_body(handler)(ctx, line)
    return notice_text(ctx, line)


def signature_date(ctx: BuildContext, line: Line) -> State:
    """The date under the signing body; the lines above it that look like bodies are the issuer, the
    names of a joint signature written one after the other with a space between."""
    ctx.header.lines.append(line)
    signers: list[str] = []
    while ctx.notice and len(signers) < MAX_SIGNERS and is_issuer(ctx.doc.matched(ctx.notice.lines[-1].body)):
        signers.insert(0, ctx.doc.printed(ctx.notice.pop().body).strip())
    if signers:
        ctx.header.issuer = " ".join(signers)
    printed = ctx.doc.matched(line.body)
    ctx.header.date = iso_date(printed) or iso_date(printed, not_after=ctx.published())
    return State.SIGNED


def publication_mark(ctx: BuildContext, line: Line) -> State:
    """(此件公开发布) after the signature: the publication mark, part of the header block."""
    ctx.header.lines.append(line)
    if ctx.header.publication is None:
        ctx.header.publication = ctx.doc.printed(line.groups["value"]).strip()
    return State.SIGNED if ctx.state in (State.HEADER, State.NOTICE, State.SIGNED) else ctx.state


def attachment_marker(ctx: BuildContext, line: Line) -> State:
    """附件 / 附件1 before the plan: a marker, kept as noise; a listed title goes to meta, as do the titles
    listed after it a line each (附件：1.X / 2.Y: levels tells them from tasks)."""
    _record_attachment(ctx, line)
    ctx.add_noise(line, NoiseKind.MARKER)
    return ctx.state


def plan_heading_text(ctx: BuildContext, line: Line) -> State:
    """After the signature: short lines are the plan title, a paragraph starts the preamble. Once the title
    ends like one (…任务分解方案), a short line that opens a preamble's sentence (为贯彻落实…) is the preamble's
    first, cut by a hard wrap (see `_after_the_title`)."""
    text = ctx.doc.matched(line.body)
    if not ctx.preamble and is_title_like(text) and not _after_the_title(ctx, text):
        ctx.add_title_line(line)
        return State.SIGNED
    ctx.preamble.add(line, ctx.continues(line))
    return State.PLAN


def _after_the_title(ctx: BuildContext, text: str) -> bool:
    """Whether a short line after the plan title's last line is past the title: that line ends like a title,
    and this one opens the sentence a preamble opens with (为贯彻落实… · 根据…), cut short by a hard wrap
    (a title's second line, 重点任务分工表 · 【征求意见稿】 · ——副题, goes on with the title)."""
    if not ctx.plan_title:
        return False
    last = compact(ctx.doc.matched(ctx.plan_title.lines[-1].body))
    return bool(TITLE_END.search(last)) and PREAMBLE_OPENING.match(compact(text)) is not None


def preamble_text(ctx: BuildContext, line: Line) -> State:
    """Text between the plan title and the first heading or task."""
    ctx.preamble.add(line, ctx.continues(line))
    return State.PLAN


def imprint_line(ctx: BuildContext, line: Line) -> State:
    """版记 (抄送：…, …印发) and a second date after the signature: furniture, kept as noise."""
    ctx.add_noise(line, NoiseKind.IMPRINT)
    return ctx.state


NOISE_OF_KIND = {LineKind.PAGE_NUMBER: NoiseKind.PAGE_NUMBER, LineKind.TABLE_RULE: NoiseKind.TABLE_RULE}


def noise_line(ctx: BuildContext, line: Line) -> State:
    """Page numbers, table rules and page chrome (breadcrumbs, print buttons): kept as noise."""
    ctx.add_noise(line, NOISE_OF_KIND.get(line.kind, NoiseKind.PAGE_CHROME))
    return ctx.state


def blank_line(ctx: BuildContext, line: Line) -> State:
    """A blank line places nothing and changes no state (hard wraps are judged by width)."""
    return ctx.state
