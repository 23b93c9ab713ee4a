"""Handlers for the plan body: headings, tasks, their text, units and sub-items, topics, closing.

Each handler places one line and returns the next state; build.py's transition table says which
handler runs for which state and event. Handlers read line kinds and groups only: no regex here.
"""

from __future__ import annotations

import itertools

from ..grammar.numerals import han_to_int
from ..grammar.roles import (
    PROSE_REACH,
    inner_role_brackets,
    opens_another_target,
    opens_backward_note,
    read_bracket,
    trailing_bracket,
)
from ..lines.classify import Line
from ..lines.patterns import CARD_NUMBER, LineKind
from ..model import NoiseKind
from ..spans import MappedText, TextBuilder
from .context import BuildContext, Handler, State
from .drafts import ItemDraft, TaskDraft
from .header import is_title_like
from .levels import Event, field_role


def open_section(ctx: BuildContext, line: Line) -> State:
    """一、…: a new section; a hard-wrapped heading may go on on the next line."""
    ctx.add_heading(LineKind.SECTION, line.groups, line.start, line.end)
    ctx.open_heading = line if ctx.wrapped(line) else None
    return State.BODY


def open_subsection(ctx: BuildContext, line: Line) -> State:
    """（一）…: a new subsection of the open section (a section, if none is open yet)."""
    ctx.add_heading(LineKind.SUBSECTION, line.groups, line.start, line.end)
    ctx.open_heading = line if ctx.wrapped(line) else None
    return State.BODY


def open_task(ctx: BuildContext, line: Line) -> State:
    """1.… (or the notice's task marker): a new task; its units may already end the line. A bullet (▲) that
    is a task has no number."""
    if (title_end := _run_in_title(ctx, line)) is not None:
        return _subsection_of_run_in_targets(ctx, line, title_end)
    ctx.leave_task()
    if ctx.topic_numbered and line.kind is LineKind.TASK:
        ctx.topic = None  # 3. 建立考核制度 after the paragraphs under 2. 建立公报制度: a sibling, not under it
    text_group = line.own_text
    marker = ctx.doc.printed(line.marker).strip()
    number = (han_to_int(ctx.doc.matched(line.groups["num"])) or 0) if "num" in line.groups else None
    ctx.open_task(marker, number, line.start, line.end, TextBuilder(ctx.doc.mapped(text_group)))
    return State.UNITS if ctx.task and ctx.task.has_trailing_units() else State.TASK


# The longest title sentence that opens a （一） paragraph of run-in targets (促进多种所有制经济共同发展。).
MAX_RUN_IN_TITLE = 30


def _run_in_title(ctx: BuildContext, line: Line) -> int | None:
    """（一）促进多种所有制经济共同发展。毫不动摇…（分管副省长负责，省国资委牵头）。…鼓励…（省经信委负责）。: a （一）
    paragraph, as a 部门分工意见 runs it on, whose first sentence is its title and whose other sentences are
    targets each closed by its own role bracket: where the title ends (a document offset), or None."""
    if line.kind is not LineKind.SUBSECTION or "title" not in line.groups:
        return None
    text = ctx.doc.mapped(line.groups["title"])
    stop = text.text.find("。", 0, MAX_RUN_IN_TITLE + 1)
    if stop < 0 or "(" in text.text[:stop] or "[" in text.text[:stop]:
        return None
    rest = text.text[stop + 1 :]
    found = inner_role_brackets(text.slice(stop + 1, len(text)))
    # each target a sentence of its own (…（X牵头）。鼓励…), not a clause of one (…（X牵头）；健全…: one task)
    if len(found) < 2 or not all(
        rest[closer + 1 : closer + 2] == "。" and opens_another_target(rest[closer + 1 :])
        for _, closer, _ in found[:-1]
    ):
        return None
    return text.source_range(0, stop + 1)[1]


def _subsection_of_run_in_targets(ctx: BuildContext, line: Line, title_end: int) -> State:
    """The （一） line's title opens a subsection, and each target after it is a task of its own, unnumbered."""
    ctx.add_heading(
        LineKind.SUBSECTION,
        {"num": line.groups["num"], "title": (line.groups["title"][0], title_end)},
        line.start,
        title_end,
    )
    rest = ctx.doc.mapped((title_end, line.groups["title"][1]))
    _open_paragraphs(ctx, line, rest, "", None, whole_line=False)
    return State.UNITS if ctx.task and ctx.task.has_trailing_units() else State.TASK


def open_heading_task(ctx: BuildContext, line: Line) -> State:
    """A （一） line that is a task where other （一） lines are headings over 1. tasks (levels.py,
    `_mixed_depths`): a task at its section's level, so it leaves the open subsection."""
    ctx.subsection = None  # the open task keeps its own subsection; open_task leaves it
    return open_task(ctx, line)


def open_paragraph(ctx: BuildContext, line: Line) -> State:
    """An unnumbered paragraph that its units close (…开工。（X牵头，A、B等按职责分工负责））: a task without a
    number. A role bracket inside the line ends one task and the text after it opens the next
    (…（X牵头，…负责）落实减税降费政策。（Y牵头，…））. A line whose marker a copy garbled (?。ǘ┩…) is the task
    after the one before it: it takes the next number, and says so."""
    label, number = "", None
    text = ctx.doc.mapped(line.body)
    if line.kind is LineKind.TEXT and "label" in line.groups:
        before = ctx.drafts[-1].number if ctx.drafts and ctx.tasks_in_container else None
        if before is not None:
            label, number = ctx.doc.printed(line.groups["label"]), before + 1
            text = ctx.doc.mapped(line.groups["text"])
            ctx.emit("LP204", line.body[0], marker=label, number=number)
    elif _opens_a_card(ctx, text.text.strip()):
        # 01 on a line of its own, the task's text on the lines after it (a WeChat article's cards)
        ctx.open_task(ctx.doc.printed(line.body).strip(), int(text.text), line.start, line.end, TextBuilder())
        return State.TASK
    _open_paragraphs(ctx, line, text, label, number)
    return State.UNITS if ctx.task and ctx.task.has_trailing_units() else State.TASK


def _open_paragraphs(
    ctx: BuildContext, line: Line, text: MappedText, label: str, number: int | None, *, whole_line: bool = True
) -> None:
    """The paragraph tasks a line's text opens, one more after each role bracket inside it; the first takes
    `label` and `number`, and the line's start where `text` is the `whole_line`."""
    cuts = [closer + 1 for _, closer, _ in inner_role_brackets(text)]
    for low, high in itertools.pairwise([0, *cuts, len(text)]):
        piece = text.slice(low, high)
        after_bracket = len(piece.text) - len(piece.text.lstrip("。; \t\u3000"))  # the 。 a bracket may stand before
        piece = piece.slice(after_bracket, len(piece)).strip()
        if not piece:
            continue
        start, end = piece.source_range(0, len(piece))
        ctx.open_task(
            label if low == 0 else "",
            number if low == 0 else None,
            line.start if low == 0 and whole_line else start,
            line.end if high == len(text) else end,
            TextBuilder(piece),
        )


def _bracket_closing_inside(task: TaskDraft, line_text: MappedText, separator: str) -> int | None:
    """Where in a paragraph task's next line a role bracket of the task closes with more text after it
    (…翻一番。（省发展改革委 / 牵头）地方财政收入年均增长12%。: a hard-wrapped run of targets, each closed by its
    bracket): the offset just past it in the line, or None."""
    if task.number is not None or task.label or task.from_table or ")" not in line_text.text:
        return None
    before = task.text.tail(PROSE_REACH)  # a bracket opens near its close: a bounded look back, not the whole text
    joined = MappedText.concat([(before, ""), (line_text, separator)])
    offset = len(before.text) + (len(separator) if before.text else 0)
    for _, closer, _ in inner_role_brackets(joined):
        if closer >= offset and opens_another_target(joined.text[closer + 1 :]):
            return closer + 1 - offset
    return None


def _opens_a_card(ctx: BuildContext, text: str) -> bool:
    """Whether a number alone on its line opens a card (01 · 02 …, then 10 · 11 after such cards): padded
    with a zero, going on from the card before it, or over a card's shape (the task's text on the next line,
    a label line under it: 1 / 推进… / 牵头单位 | X). A bare 2 between paragraphs is a page's number."""
    if CARD_NUMBER.fullmatch(text) is None:
        return False
    if text.startswith("0"):
        return True
    before = ctx.drafts[-1] if ctx.drafts else None
    if before is not None and CARD_NUMBER.fullmatch(before.label) is not None and before.number == int(text) - 1:
        return True
    following = [
        line.kind for line in ctx.doc.lines[ctx.position + 1 : ctx.position + 8] if line.kind is not LineKind.BLANK
    ]
    return following[:2] == [LineKind.TEXT, LineKind.FIELD]


def task_text(ctx: BuildContext, line: Line) -> State:
    """A line inside a task before its units: more task text, a topic, or a bracket of units. Inside a
    bracket the text opened (…（ / 完成时限： at the end of the line before), the line is its content."""
    task = ctx.task
    if task is None:
        return body_text(ctx, line)
    goes_on = ctx.continues(line) or task.stops_inside_bracket() or task.fields_break_off()
    if not goes_on and _signs_off(ctx, line):
        ctx.leave_task()  # the signature under a plan that comes before it: the task ended on the line above
        ctx.pending.append(line)
        return State.BODY
    if (not goes_on or opens_backward_note(ctx.doc.matched(line.body))) and ctx.add_backward_note(line):
        return State.BODY
    if not goes_on and standalone_bracket(ctx, line):
        return State.UNITS
    if not goes_on and ctx.is_topic(line):
        return add_topic(ctx, line)
    text, separator = ctx.doc.mapped(line.body), "" if ctx.continues(line) else "\n"
    if (cut := _bracket_closing_inside(task, text, separator)) is not None:
        # 牵头，省地税局配合）城镇居民人均可支配收入…: the task ends at its bracket, the next target opens after it
        task.text.add(text.slice(0, cut), separator)
        task.extend_to(text.source_range(0, cut)[1])
        _open_paragraphs(ctx, line, text.slice(cut, len(text)), "", None, whole_line=False)
        return State.UNITS if ctx.task and ctx.task.has_trailing_units() else State.TASK
    task.text.add(text, separator)
    task.extend_to(line.end)
    ctx.appended_to = "text"
    return State.UNITS if task.has_trailing_units() else State.TASK


def _signs_off(ctx: BuildContext, line: Line) -> bool:
    """Whether `line` opens the signature under a plan that comes before it: the date itself, or a short
    line (松溪县人民政府办公室) right over it, after the last line that attaches units (a date alone above a
    task's 责任单位： line is its deadline). No task's text goes on into a signature."""
    carriers = ctx.levels.carriers
    if carriers and carriers[-1] > ctx.position:
        return False
    if ctx.levels.event_at(ctx.position, line.kind) is Event.DATE:
        return True
    return is_title_like(ctx.doc.matched(line.body)) and ctx.next_event() is Event.DATE


def units_text(ctx: BuildContext, line: Line) -> State:
    """A line after a task's units: a wrapped unit list goes on, anything else leaves the task."""
    task = ctx.task
    if task is None:
        return body_text(ctx, line)
    if ctx.value_goes_on(line):
        task.continue_value(ctx.doc.mapped(line.body))
        task.extend_to(line.end)
        ctx.appended_to = "value"
        return State.UNITS
    if ctx.continues(line) and not task.values:
        task.text.add(ctx.doc.mapped(line.body))
        task.extend_to(line.end)
        return State.UNITS
    if ctx.add_backward_note(line):
        return State.BODY
    if standalone_bracket(ctx, line):
        return State.UNITS
    if ctx.add_forward_note(line):
        return State.BODY
    if ctx.is_topic(line):
        return add_topic(ctx, line)
    ctx.leave_task()
    ctx.pending.append(line)
    return State.BODY


def standalone_bracket(ctx: BuildContext, line: Line) -> bool:
    """A paragraph that is only a role bracket: units for the task above ((责任单位:…) after sub-items)."""
    task = ctx.task
    text = ctx.doc.mapped(line.body)
    bracket = trailing_bracket(text)
    if task is None or bracket is None or bracket[0] != 0:
        return False
    reading = read_bracket(text.slice(1, bracket[1]))
    if reading is None:
        return False
    task.reading.extend(reading)
    task.extend_to(line.end)
    return True


def field_line(ctx: BuildContext, line: Line) -> State:
    """牵头单位：… / 责任单位：… / 牵头领导：… / 完成时限：… under the open task. With no task open,
    a known label is a unit line without a task; an unknown one (主办单位：…) is just text."""
    task = ctx.task
    label = ctx.doc.group(line, "label")
    if opens_backward_note(label.text) and ctx.add_backward_note(line):
        return State.BODY  # 以上任务责任单位：X、Y: a note on the tasks above, not this one's field
    role = field_role(ctx.doc, line)
    if task is None and role is None:
        return body_text(ctx, line)
    if task is None and (group := ctx.start_group(line)) is not None:
        # 一、… / 牵头单位：… before the heading's first task: a note of the heading, for its tasks
        group.add_value(role, ctx.doc.group(line, "value"), label)
        ctx.add_container_note(line)
        ctx.appended_to = "group"
        return State.BODY
    if task is None:
        ctx.emit("LP301", line.body[0], label=label.printed())
        ctx.add_unplaced(line)
        return ctx.state
    task.add_value(role, ctx.doc.group(line, "value"), label)
    task.extend_to(line.end)
    ctx.appended_to = "value"
    return State.UNITS


def role_line(ctx: BuildContext, line: Line) -> State:
    """——市工业和信息化局牵头，市统计局配合 · ——市商务局负责，2025年6月底前: units and their verbs alone after a
    dash, under the open task; a line a wrap cut goes on it (units_text)."""
    if opens_backward_note(ctx.doc.matched(line.body)) and ctx.add_backward_note(line):
        return State.BODY  # 2项目标的责任单位均为市农委，市水利局协助。: a note on the tasks above, not this one's line
    task = ctx.task
    if task is None or task.values or task.has_trailing_units():
        # no task, or one with units of its own: the dash line is a topic over the tasks that follow
        return add_topic(ctx, line)
    task.add_role_line(ctx.doc.mapped(line.groups.get("title") or line.body))
    task.extend_to(line.end)
    ctx.appended_to = "value"
    return State.UNITS


def sub_item(ctx: BuildContext, line: Line) -> State:
    """(1) … / ▲ … / ① … inside a task: part of the task, never a task."""
    task = ctx.task
    if task is None:
        return body_text(ctx, line)
    label_group = line.groups.get("label") or (line.body[0], line.groups.get("text", line.body)[0])
    label = ctx.doc.printed(label_group).strip()
    task.items.append(ItemDraft(label, TextBuilder(ctx.doc.mapped(line.own_text)), line.start, line.end))
    task.extend_to(line.end)
    ctx.appended_to = "item"
    return ctx.state if ctx.state in (State.TASK, State.UNITS) else State.TASK


def _continues_item(ctx: BuildContext, line: Line) -> bool:
    """A wrapped line of the last sub-item ((1)… going on on the next line): added to it, if so."""
    task = ctx.task
    if task is None or not task.items or not ctx.continues(line) or ctx.last_appended != "item":
        return False
    item = task.items[-1]
    item.text.add(ctx.doc.mapped(line.body))
    item.end = line.end
    task.extend_to(line.end)
    ctx.appended_to = "item"
    return True


def task_line(ctx: BuildContext, line: Line) -> State:
    """Text while a task's text is open: a wrapped sub-item line, else more task text."""
    return State.TASK if _continues_item(ctx, line) else task_text(ctx, line)


def units_line(ctx: BuildContext, line: Line) -> State:
    """Text once a task's units have started: a wrapped sub-item line, else a unit list going on or
    the end of the task."""
    return State.UNITS if _continues_item(ctx, line) else units_text(ctx, line)


def add_topic(ctx: BuildContext, line: Line) -> State:
    """——推动… or a short unnumbered line above a task: a topic the following tasks stand under."""
    ctx.leave_task()
    ctx.flush_pending()
    title_group = line.groups.get("title") or line.body
    ctx.add_topic(ctx.doc.printed(title_group).strip(), line.start, line.end, numbered=line.kind is LineKind.TASK)
    return State.BODY


def body_text(ctx: BuildContext, line: Line) -> State:
    """Text with no task open: a wrapped heading goes on, a heading's labelled value goes on, a topic, a
    note under a heading, or loose."""
    if ctx.open_heading is not None and ctx.continues(ctx.open_heading) and ctx.extend_heading(line):
        return State.BODY
    group = ctx.open_group() if ctx.last_appended == "group" else None
    if group is not None and ctx.goes_on(group, line):
        group.continue_value(ctx.doc.mapped(line.body))
        ctx.add_container_note(line)
        ctx.appended_to = "group"
        return State.BODY
    if not ctx.continues(line) and (ctx.add_backward_note(line) or ctx.add_forward_note(line)):
        return State.BODY
    if ctx.is_topic(line):
        return add_topic(ctx, line)
    if ctx.heading_has_no_tasks() and not ctx.pending and ctx.sections:
        ctx.add_container_note(line)
        return State.BODY
    ctx.pending.append(line)
    return State.BODY


def task_point(ctx: BuildContext, line: Line) -> State:
    """一是…二是…: a task of its own when units are attached to it (一是…（牵头单位：…）); text of the
    open task when that task's units are still to come; otherwise a closing requirement."""
    task = ctx.task
    if ctx.levels.carries_itself(ctx.position):
        return open_task(ctx, line)
    if task is not None and (ctx.units_ahead() or ctx.plan_goes_on()):
        task.text.add(ctx.doc.mapped(line.body), "\n")
        task.extend_to(line.end)
        ctx.appended_to = "text"
        return ctx.state
    return requirement_line(ctx, line)


def requirement_line(ctx: BuildContext, line: Line) -> State:
    """一是…二是…: closing requirements; whatever loose text came before joins the closing."""
    ctx.leave_task()
    ctx.close_pending_into_closing()
    ctx.closing.requirements.append([line])
    return State.CLOSING


def late_publication(ctx: BuildContext, line: Line) -> State:
    """(此件公开发布) after the plan, under a signature at the end: closing text that sets the mark."""
    ctx.leave_task()
    ctx.close_pending_into_closing()
    if ctx.header.publication is None:
        ctx.header.publication = ctx.doc.printed(line.groups["value"]).strip()
    return closing_text(ctx, line)


def closing_text(ctx: BuildContext, line: Line) -> State:
    """Text after the plan: closing paragraphs, or the continuation of a requirement."""
    ctx.closing.add_text(line, ctx.continues(line))
    return State.CLOSING


def closing_field(ctx: BuildContext, line: Line) -> State:
    """A labelled line after the closing: a unit line reopens the body (and is reported if no task
    is open), but an unknown label there is page furniture such as 主办单位：… of a site footer."""
    if field_role(ctx.doc, line) is None:
        return closing_text(ctx, line)
    return reopen_body(field_line)(ctx, line)


def appendix_marker(ctx: BuildContext, line: Line) -> State:
    """附件2 after the plan: another attachment (a contact list, an indicator table) starts; it is
    closing text unless a plan with units starts again in it."""
    if not ctx.drafts:
        ctx.add_noise(line, NoiseKind.MARKER)
        return ctx.state
    ctx.leave_task()
    ctx.close_pending_into_closing()
    ctx.closing.add_text(line, False)
    return State.CLOSING


def reopen_body(handler: Handler) -> Handler:
    """A heading or task after closing text: when units are attached under it, the plan goes on
    (the closing was an interlude); otherwise it is more closing text (an appendix, a contact list)."""

    def resume(ctx: BuildContext, line: Line) -> State:
        if not ctx.plan_starts_at(line):
            return closing_text(ctx, line)
        ctx.closing.demote_to_pending(ctx)
        return handler(ctx, line)

    resume.__doc__ = handler.__doc__
    return resume


def enter_body(handler: Handler) -> Handler:
    """The first heading, task or unit line after the front matter starts the plan body."""

    def enter(ctx: BuildContext, line: Line) -> State:
        ctx.begin_body()
        return handler(ctx, line)

    enter.__doc__ = handler.__doc__
    return enter
