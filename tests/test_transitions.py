"""The state machine's transition table, one transition at a time: a line that raises the event is fed
in the state, and the test checks the state that follows and what the line became."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from lishan_plan import parse_text
from lishan_plan.builder import machine
from lishan_plan.builder.context import BuildContext, State
from lishan_plan.builder.levels import Event
from lishan_plan.lines.classify import Line


@dataclass
class Step:
    text: str
    before: State
    event: Event
    after: State


def steps(text: str, monkeypatch: pytest.MonkeyPatch) -> list[Step]:
    seen: list[Step] = []
    original = machine.dispatch

    def recording(ctx: BuildContext, line: Line, event: Event) -> State:
        before = ctx.state
        after = original(ctx, line, event)
        seen.append(Step(ctx.doc.text[line.body[0] : line.body[1]], before, event, after))
        return after

    monkeypatch.setattr(machine, "dispatch", recording)
    parse_text(text)
    return seen


HEADER = "某县人民政府文件\n某政发〔2024〕1号\n关于印发某县重点工作任务分解方案的通知\n各乡镇人民政府，县直各单位：\n"
NOTICE = "现将方案印发给你们，请认真贯彻落实。\n某县人民政府\n2024年3月1日\n（此件公开发布）\n"
PLAN = "某县2024年重点工作任务分解方案\n"
BODY = (
    "一、经济发展\n1.推进项目建设。\n牵头单位：县发改局\n责任单位：各乡镇\n"
    "2.优化营商环境。（县营商局牵头，县市场监管局配合）\n"
)

OPINION = (
    PLAN + "一、稳定增长\n（一）扩大投资。\n加快项目建设。（县发改局牵头，县财政局等按职责分工负责）\n"
    "优化营商环境，\n深化审批改革。（县营商局牵头，县司法局等按职责分工负责）\n"
    "（二）促进消费。\n开展促消费活动。（县商务局牵头，县文旅局等按职责分工负责）\n"
)

# 为民办实事: each task a sentence line with its labelled lines under it, under 一、 headings or with no
# numbering at all.
BLOCKS = (
    "新增公办学位2000个。\n分管领导：张三\n责任单位：县教育局\n进度安排：6月底前开工。\n"
    "改造学校食堂5所。\n主要责任人：李四\n责任单位：县教育局、县财政局\n"
)
SECTION_BLOCKS = PLAN + "一、教育\n" + BLOCKS + "二、医疗\n建成卫生服务站3个。\n分管领导：王五\n责任单位：县卫健局\n"

# Tasks at two depths: a （一） with no 1. task under it whose text its units close is a task of its own.
MIXED = (
    PLAN + "一、总体\n（一）推进项目建设。\n1.抓好重点项目。（县发改局牵头）\n2.抓好园区建设。（县工信局牵头）\n"
    "（二）建设文化分馆。（县文旅局牵头）\n（三）建设体育公园。\n全年完成一期工程。（县体育局牵头）\n"
)

# Units and their verbs alone after a dash on the line after a task; one before any task is a topic.
ROLE_LINES = (
    PLAN + "一、总体\n（一）推进项目建设。\n——县发改局牵头，县财政局配合\n（二）促进消费。\n——县商务局负责，6月底前\n"
    "二、产业\n——县工信局牵头\n（一）培育企业。\n——县工信局负责\n"
)

# (the text, the line whose transition is checked, state before, event, state after)
CASES = [
    (HEADER + NOTICE + PLAN + BODY, "各乡镇人民政府，县直各单位：", State.HEADER, Event.RECIPIENTS, State.NOTICE),
    (HEADER + NOTICE + PLAN + BODY, "现将方案印发给你们，请认真贯彻落实。", State.NOTICE, Event.TEXT, State.NOTICE),
    (HEADER + NOTICE + PLAN + BODY, "2024年3月1日", State.NOTICE, Event.DATE, State.SIGNED),
    (HEADER + NOTICE + PLAN + BODY, "（此件公开发布）", State.SIGNED, Event.PUBLICATION, State.SIGNED),
    (HEADER + NOTICE + PLAN + BODY, "某县2024年重点工作任务分解方案", State.SIGNED, Event.TEXT, State.SIGNED),
    (HEADER + NOTICE + PLAN + BODY, "一、经济发展", State.SIGNED, Event.HEADING1, State.BODY),
    (
        HEADER + NOTICE + PLAN + "为推进工作，制定本方案。\n" + BODY,
        "为推进工作，制定本方案。",
        State.SIGNED,
        Event.TEXT,
        State.PLAN,
    ),
    (
        HEADER + NOTICE + PLAN + "为推进工作，制定本方案。\n" + BODY,
        "一、经济发展",
        State.PLAN,
        Event.HEADING1,
        State.BODY,
    ),
    (HEADER + NOTICE + PLAN + BODY, "1.推进项目建设。", State.BODY, Event.TASK, State.TASK),
    (HEADER + NOTICE + PLAN + BODY, "牵头单位：县发改局", State.TASK, Event.FIELD, State.UNITS),
    (HEADER + NOTICE + PLAN + BODY, "责任单位：各乡镇", State.UNITS, Event.FIELD, State.UNITS),
    (
        HEADER + NOTICE + PLAN + BODY,
        "2.优化营商环境。（县营商局牵头，县市场监管局配合）",
        State.UNITS,
        Event.TASK,
        State.UNITS,
    ),
    (PLAN + "一、总体\n（一）项目\n1.推进项目。\n", "（一）项目", State.BODY, Event.HEADING2, State.BODY),
    (
        PLAN + "一、总体\n1.推进项目，\n加快进度。\n牵头单位：县发改局\n",
        "加快进度。",
        State.TASK,
        Event.TEXT,
        State.TASK,
    ),
    (
        PLAN + "一、总体\n1.推进项目。\n（1）新建道路。\n牵头单位：县发改局\n",
        "（1）新建道路。",
        State.TASK,
        Event.ITEM,
        State.TASK,
    ),
    (
        PLAN + "一、总体\n——推动制造业\n1.推进项目。（县发改局牵头）\n",
        "——推动制造业",
        State.BODY,
        Event.TOPIC,
        State.BODY,
    ),
    (
        PLAN + "一、总体\n1.推进项目。（县发改局牵头）\n一是加强领导。各单位要高度重视。\n",
        "一是加强领导。各单位要高度重视。",
        State.UNITS,
        Event.REQUIREMENT,
        State.CLOSING,
    ),
    (
        PLAN + "一、总体\n1.推进项目。（县发改局牵头）\n（此件公开发布）\n二、保障\n2.落实资金。（县财政局牵头）\n",
        "二、保障",
        State.CLOSING,
        Event.HEADING1,
        State.BODY,
    ),
    (PLAN + "一、总体\n1.推进项目。（县发改局牵头）\n- 2 -\n", "- 2 -", State.UNITS, Event.NOISE, State.UNITS),
    (PLAN + "一、总体\n1.推进项目。\n\n牵头单位：县发改局\n", "", State.TASK, Event.BLANK, State.TASK),
    # A label line inside a bracket the task text opened is the bracket's content: text, not a field.
    (
        PLAN + "一、总体\n1.推进项目。（\n牵头单位：县发改局；完成时限：\n2024年底）\n2.落实资金。\n",
        "牵头单位：县发改局；完成时限：",
        State.TASK,
        Event.TEXT,
        State.TASK,
    ),
    (
        PLAN + "一、总体\n1.推进项目。（\n牵头单位：县发改局；完成时限：\n2024年底）\n2.落实资金。\n",
        "2024年底）",
        State.TASK,
        Event.TEXT,
        State.UNITS,
    ),
    # A 部门分工意见: unnumbered paragraphs closed by their units are tasks under the （一） headings.
    (OPINION, "加快项目建设。（县发改局牵头，县财政局等按职责分工负责）", State.BODY, Event.PARAGRAPH, State.UNITS),
    (OPINION, "优化营商环境，", State.UNITS, Event.PARAGRAPH, State.TASK),
    (OPINION, "深化审批改革。（县营商局牵头，县司法局等按职责分工负责）", State.TASK, Event.TEXT, State.UNITS),
    (OPINION, "（二）促进消费。", State.UNITS, Event.HEADING2, State.BODY),
    (SECTION_BLOCKS, "新增公办学位2000个。", State.BODY, Event.PARAGRAPH, State.TASK),
    (SECTION_BLOCKS, "改造学校食堂5所。", State.UNITS, Event.PARAGRAPH, State.TASK),
    (SECTION_BLOCKS, "进度安排：6月底前开工。", State.UNITS, Event.FIELD, State.UNITS),
    (PLAN + BLOCKS, "新增公办学位2000个。", State.HEADER, Event.PARAGRAPH, State.TASK),
    (ROLE_LINES, "——县发改局牵头，县财政局配合", State.TASK, Event.ROLES, State.UNITS),
    (ROLE_LINES, "——县商务局负责，6月底前", State.TASK, Event.ROLES, State.UNITS),
    (ROLE_LINES, "——县工信局牵头", State.BODY, Event.ROLES, State.BODY),
    # A date in the front matter is the page's; under a notice's sentence and its signer, with the addressees
    # dropped by the copy, it signs the notice.
    (PLAN + "2024年3月1日\n" + BODY, "2024年3月1日", State.HEADER, Event.DATE, State.HEADER),
    (
        "关于印发某县重点工作任务分解方案的通知\n现将方案印发给你们，请认真贯彻落实。\n某县人民政府\n2024年3月1日\n"
        + PLAN
        + BODY,
        "2024年3月1日",
        State.HEADER,
        Event.DATE,
        State.SIGNED,
    ),
    # 附件：1.X / 2.Y in the notice's text: the listed title is an attachment, not a task that enters the body
    (
        HEADER
        + "现将方案印发给你们。\n附件：1.某县重点工作任务分解方案\n2.某县重点项目清单\n某县人民政府\n2024年3月1日\n"
        + PLAN
        + BODY,
        "2.某县重点项目清单",
        State.NOTICE,
        Event.ATTACHMENT,
        State.NOTICE,
    ),
    (MIXED, "（二）建设文化分馆。（县文旅局牵头）", State.UNITS, Event.HEADING_TASK, State.UNITS),
    (MIXED, "（三）建设体育公园。", State.UNITS, Event.HEADING_TASK, State.TASK),
    (
        PLAN + "（一）建设文化分馆。（县文旅局牵头）\n" + MIXED[len(PLAN) :],
        "（一）建设文化分馆。（县文旅局牵头）",
        State.HEADER,
        Event.HEADING_TASK,
        State.UNITS,
    ),
]


@pytest.mark.parametrize(("text", "line", "before", "event", "after"), CASES, ids=[f"{c[2]}-{c[3]}" for c in CASES])
def test_transition(
    text: str, line: str, before: State, event: Event, after: State, monkeypatch: pytest.MonkeyPatch
) -> None:
    matching = [step for step in steps(text, monkeypatch) if step.text == line and step.event is event]
    assert matching, f"no {event} step for {line!r}"
    assert (matching[0].before, matching[0].after) == (before, after)


def test_every_state_reads_text_somewhere() -> None:
    """TEXT has a handler in every state, so every line lands somewhere."""
    assert all(Event.TEXT in row for row in machine.TRANSITIONS.values())
    assert set(machine.TRANSITIONS) == set(State)


def test_what_a_paragraph_emits() -> None:
    """Each paragraph closed by its units is a task without a number, counted within its heading; a
    bracket inside a line ends one task and the text after it opens the next."""
    notice = parse_text(
        OPINION
        + "（三）稳定就业。\n落实就业政策。（县人社局牵头，县财政局等按职责分工负责）开展技能培训。（县人社局牵头）\n"
    )
    tasks = notice.all_tasks()
    assert [(task.id, task.number, task.label) for task in tasks] == [
        ("1.1.1", None, ""),
        ("1.1.2", None, ""),
        ("1.2.1", None, ""),
        ("1.3.1", None, ""),
        ("1.3.2", None, ""),
    ]
    assert tasks[1].text == "优化营商环境，\n深化审批改革。"
    assert [task.text for task in tasks[3:]] == ["落实就业政策。", "开展技能培训。"]
    assert [[unit.name for unit in task.lead_units] for task in tasks[3:]] == [["县人社局"], ["县人社局"]]
    assert [subsection.title for subsection in notice.sections[0].subsections] == [
        "扩大投资。",
        "促进消费。",
        "稳定就业。",
    ]
    assert not notice.unplaced


def test_one_closed_paragraph_under_each_heading_goes_on_with_the_heading_task() -> None:
    """（一）…。 / one paragraph closed by units: the （一） item is the task, its text goes on in the paragraph."""
    notice = parse_text(
        PLAN + "一、稳定增长\n（一）扩大投资。\n加快项目建设。（县发改局牵头）\n"
        "（二）促进消费。\n开展促消费活动。（县商务局牵头）\n"
    )
    assert [(task.number, task.text) for task in notice.all_tasks()] == [
        (1, "扩大投资。\n加快项目建设。"),
        (2, "促进消费。\n开展促消费活动。"),
    ]


def test_what_a_transition_emits(monkeypatch: pytest.MonkeyPatch) -> None:
    """The unit line after a task becomes that task's lead unit; the requirement becomes closing text."""
    notice = parse_text(PLAN + "一、总体\n1.推进项目。\n牵头单位：县发改局\n一是加强领导。各单位要高度重视。\n")
    task = notice.all_tasks()[0]
    assert [unit.name for unit in task.lead_units] == ["县发改局"]
    assert notice.closing is not None
    assert [requirement.label for requirement in notice.closing.requirements] == ["一是"]


@pytest.mark.parametrize(
    "text", [SECTION_BLOCKS, PLAN + "说明：以下事项按季度督办。\n" + BLOCKS], ids=["headings", "no numbering"]
)
def test_sentences_over_labelled_lines_are_tasks(text: str) -> None:
    """新增…。 / 分管领导：… / 责任单位：…: each sentence over labelled lines is a task without a number; the
    labels that give no role (主要责任人, 进度安排) are its notes, and 分管领导 gives its leader."""
    notice = parse_text(text)
    tasks = notice.all_tasks()
    assert [task.text for task in tasks][:2] == ["新增公办学位2000个。", "改造学校食堂5所。"]
    assert all(task.number is None for task in tasks)
    assert [[unit.name for unit in task.responsible_units] for task in tasks][:2] == [
        ["县教育局"],
        ["县教育局", "县财政局"],
    ]
    assert [leader.name for leader in tasks[0].leaders] == ["张三"]
    assert [(note.label, note.text) for note in tasks[0].notes] == [("进度安排", "6月底前开工")]
    assert [(note.label, note.text) for note in tasks[1].notes] == [("主要责任人", "李四")]
    assert tasks[0].deadline is None
    assert not tasks[1].leaders
    assert not notice.unplaced


def test_a_wrapped_label_value_does_not_open_a_task() -> None:
    """一、… / 1 sentence / 责任单位：A、B、 / C、D / 完成时限：…: the line after a label that breaks off is the
    label's value going on, so the notice is not read as sentences over labelled lines."""
    notice = parse_text(
        PLAN + "一、教育\n新增公办学位2000个。\n责任单位：县教育局、县财政局、\n县住建局、县自然资源局\n"
        "完成时限：2024年底\n二、医疗\n建成卫生服务站3个。\n责任单位：县卫健局\n"
    )
    assert [task.number for task in notice.all_tasks()] == [1, 2]
