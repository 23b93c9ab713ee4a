"""Which lines of a notice lie inside no leaf span (the "nothing is lost" property)."""

from __future__ import annotations

from lishan_plan.model import Notice, Span
from lishan_plan.spans import LineIndex


def leaf_spans(notice: Notice) -> list[Span]:
    """Spans of the nodes that hold text: header block, notice text, headings, tasks, closing, noise …"""
    spans: list[Span] = []
    if notice.meta.span:
        spans.append(notice.meta.span)
    for block in (notice.notice_text, notice.plan_title, notice.preamble):
        if block:
            spans.append(block.span)
    spans += [topic.span for topic in notice.topics]
    spans += [task.span for task in notice.tasks]
    for section in notice.sections:
        spans.append(section.heading_span)
        spans += [topic.span for topic in section.topics] + [note.span for note in section.notes]
        spans += [task.span for task in section.tasks]
        for subsection in section.subsections:
            spans.append(subsection.heading_span)
            spans += [topic.span for topic in subsection.topics] + [note.span for note in subsection.notes]
            spans += [task.span for task in subsection.tasks]
    if notice.closing:
        spans.append(notice.closing.span)
    spans += [noise.span for noise in notice.noise] + [block.span for block in notice.unplaced]
    return spans


def uncovered_lines(notice: Notice, text: str) -> list[int]:
    """Non-blank lines not inside any leaf span."""
    index = LineIndex(text)
    covered = set()
    for span in leaf_spans(notice):
        covered.update(range(span.start_line, span.end_line + 1))
    missing = []
    for line_no in range(1, index.line_count + 1):
        start, end = index.line_bounds(line_no)
        if text[start:end].strip() and line_no not in covered:
            missing.append(line_no)
    return missing
