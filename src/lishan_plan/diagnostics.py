"""The one catalogue of findings: stable codes, names, severities, templates and descriptions.

Codes are ASCII and never change once released; messages may change. The builder reports structural
problems it meets through `Rule.finding`, and the checks in validate.py report the rest the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .model import Finding, Severity, trusted
from .spans import LineIndex


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    title: str
    template: str
    description: str
    structural: bool = False  # reported by the builder while it places lines, not by a check

    def finding(
        self,
        index: LineIndex,
        offset: int,
        file: str | None,
        *,
        end_offset: int | None = None,
        task_id: str | None = None,
        args: Mapping[str, str | int | None] | None = None,
    ) -> Finding:
        """A positioned finding; `offset` is a character offset into the decoded text."""
        offset = max(0, min(offset, max(len(index.text) - 1, 0)))
        line = index.line_of(offset) if index.text else 1
        end_line = index.line_of(max(offset, (end_offset or offset + 1) - 1)) if index.text else 1
        excerpt = ""
        if index.text:
            start, end = index.line_bounds(line)
            excerpt = index.text[start:end].strip()[:120]
        return trusted(Finding)(
            code=self.code,
            name=self.name,
            severity=self.severity,
            message=self.template.format(task_id=task_id, **(args or {})),
            file=file,
            line=line,
            column=index.column_of(offset) if index.text else 1,
            end_line=end_line,
            task_id=task_id,
            excerpt=excerpt,
            offset=offset,
        )


E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

RULES: tuple[Rule, ...] = (
    Rule(
        "LP101",
        "task-without-lead-unit",
        E,
        "Task without a lead unit",
        "task {task_id} has no lead unit (牵头单位)",
        "Every numbered task should name at least one lead unit (牵头单位, X牵头, or a convention the "
        "notice states). The parser never invents one: the finding is how a missing lead is reported.",
    ),
    Rule(
        "LP102",
        "task-without-responsible-unit",
        W,
        "Task without a responsible or co-operating unit",
        "task {task_id} has no responsible or co-operating unit",
        "The task names a lead but no 责任单位 or 配合单位. Often intended (the lead does the work alone), "
        "so this is a warning.",
    ),
    Rule(
        "LP103",
        "unit-both-lead-and-responsible",
        W,
        "Unit both lead and responsible",
        "{unit} is both lead and responsible in task {task_id}",
        "The same unit name appears in the lead list and in the responsible or co-operating list of one task.",
    ),
    Rule(
        "LP104",
        "empty-unit-list",
        E,
        "Empty unit list",
        "the {label} list is empty",
        "A role label is printed with no units after it (牵头单位：). The list reads as empty.",
        structural=True,
    ),
    Rule(
        "LP105",
        "empty-unit-name",
        E,
        "Empty unit name",
        "empty unit name from a stray separator",
        "Two separators in a row (、、) or a separator at the start of a list leave an empty name.",
        structural=True,
    ),
    Rule(
        "LP106",
        "unclosed-bracket",
        W,
        "Unclosed bracket",
        "a bracket of units is never closed; read to the end of the task",
        "A labelled bracket runs to the end of its task with no closing bracket (…（牵头单位：县人社局 and then the "
        "next task): its units are read to the end, but a copy that lost the bracket may have lost more.",
        structural=True,
    ),
    Rule(
        "LP201",
        "duplicate-number",
        E,
        "Duplicate number",
        "{level} number {number} repeats ({previous})",
        "Two sections, subsections or tasks in the same place carry the same number.",
    ),
    Rule(
        "LP202",
        "number-gap",
        W,
        "Number gap",
        "{level} number jumps from {previous} to {number}",
        "Numbering skips one or more numbers: a heading or task may be missing or misnumbered.",
    ),
    Rule(
        "LP203",
        "number-out-of-order",
        W,
        "Number out of order",
        "{level} number {number} follows {previous}",
        "A number is lower than the one before it (and is not a restart at 1 in a new section).",
    ),
    Rule(
        "LP204",
        "unreadable-number",
        W,
        "Unreadable number",
        "task number {marker} could not be read; taken as {number}, the one after the task before",
        "A copy garbled a task's marker (a lost byte: ?。ǘ┩ for （二）); the task takes its number from its place.",
        structural=True,
    ),
    Rule(
        "LP301",
        "unit-line-without-task",
        E,
        "Unit line without a task",
        "unit line {label} stands where no task takes its units",
        "A 牵头单位 / 责任单位 line appears where no task is open and no task follows under its heading, "
        "so its units belong to nothing.",
        structural=True,
    ),
    Rule(
        "LP302",
        "unplaced-text",
        W,
        "Text the parser could not place",
        "text in the plan body could not be placed: {excerpt}",
        "A line inside the plan is neither a heading, a task, a unit line, a topic nor a note under a "
        "heading. It is kept in `unplaced`, so nothing is lost.",
        structural=True,
    ),
    Rule(
        "LP303",
        "truncated-task",
        W,
        "Task cut off",
        "task {task_id} ends mid-sentence at the end of the file",
        "The last task's text ends without closing punctuation and nothing follows: the file may be cut off.",
    ),
    Rule(
        "LP401",
        "missing-doc-number",
        W,
        "Missing document number",
        "the notice has no document number (文号)",
        "No line of the header carries a number of the form 鞍立政发〔2023〕2号.",
    ),
    Rule(
        "LP402",
        "missing-date",
        W,
        "Missing date",
        "the notice has no signature date",
        "No signature date (成文日期) was found after the notice text.",
    ),
    Rule(
        "LP403",
        "missing-issuer",
        W,
        "Missing issuer",
        "the notice names no issuing body",
        "No signing body was found above the signature date.",
    ),
    Rule(
        "LP404",
        "no-plan-body",
        W,
        "No plan body",
        "no numbered task was found: {reason}",
        "The text has no task the parser could recognise: it may not be a task-decomposition notice, "
        "or its plan may live in an attachment that is not part of the file.",
    ),
    Rule(
        "LP501",
        "unknown-role-label",
        INFO,
        "Unknown role label",
        "role label {label} is not known; its text is kept as a note",
        "A label of the shape 主办单位： that the vocabulary does not know. Its value is kept in the task's "
        "notes rather than guessed into a role.",
        structural=True,
    ),
    Rule(
        "LP502",
        "unknown-role-verb",
        INFO,
        "Unknown role verb",
        "{clause} has no role verb the vocabulary knows; its units are read as {role}",
        "A clause of a role bracket whose verb is not in the vocabulary (各县区政府落实, X具体实施) or that has "
        "no verb at all, next to clauses that do (X牵头). Its units are kept and read as responsible rather "
        "than losing the whole bracket; check the role by eye.",
        structural=True,
    ),
)

CATALOGUE: dict[str, Rule] = {rule.code: rule for rule in RULES}


def rule(code: str) -> Rule:
    """The rule for a code; an unknown code is a bug, so it fails loudly."""
    try:
        return CATALOGUE[code]
    except KeyError:
        raise KeyError(f"unknown diagnostic code {code!r}") from None
