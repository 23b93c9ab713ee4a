"""Read role text: inline brackets, labelled values and verb clauses into role values.

Three shapes carry roles (FORMATS.md §3):
  labelled   （牵头单位：X；责任单位：Y）, also joined by ， and in block lines 牵头单位：X
  verb       （X牵头，Y配合）（X、Y按职责分工负责）（A、B分别牵头）（X等负责）
  mixed      a labelled value with verbs inside: 责任单位：A、B分别牵头，C
An unlabelled trailing phrase (6月底完成, 年内持续推进) is a deadline; a sentence after 。 is a note, and
a note ending in 下同 carries a unit forward to later tasks.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import NamedTuple

import regex

from ..spans import MappedText
from .canon import is_known_body
from .compiled import compile_pattern
from .deadlines import is_deadline_phrase
from .labels import (
    BODY_KINDS,
    BRACKETED_LABEL,
    FIELD_LABEL,
    LABEL_ALTERNATIVE,
    LEADER_LABEL_PATTERN,
    NAME_SEPARATOR,
    UNKNOWN_LABEL,
    column_role,
)
from .numerals import han_to_int
from .text import SENTENCE_ENDS, compact
from .units import (
    BARE_ORGAN,
    ETC_TAIL,
    LINE_BREAK_TAG,
    NAMED_PLACE,
    ORGANISATION_END,
    ORGANISATION_ENDINGS,
    WORKING_WITH,
    ending_runs_over,
    looks_organisational,
    names_leaders,
    separator_positions,
    working_with,
)
from .vocabulary import (
    BY_DUTIES,
    INNER_ROLE_LABELS,
    LEVELS,
    ROLE_LABELS,
    ROLE_VERBS,
    SURNAMES,
    VERB_ADVERBS,
    VERB_TAIL,
    Role,
    is_share_verb,
    verb_role,
)

# The verbs of the vocabulary, longest first (牵头负责 before 负责)
_ROLE_VERB_WORDS = "|".join(sorted(map(regex.escape, ROLE_VERBS), key=len, reverse=True))
# A verb of the vocabulary or a share by duties (按职责分工…); never the 负责 of 负责人 · 负责同志, a post, the
# 牵头 of a body's name (各主要经济指标牵头部门 · 配合单位) nor the 协办 of 政协办 (县政协办, an office).
_VERB_HEAD = rf"(?<!政)(?:{_ROLE_VERB_WORDS}|{BY_DUTIES})(?!人|同志|单位|部门|科室|处室|股室|机构|领导)"
# 市发展改革委牵头 · 市商务局、市工业和信息化局按职责分工负责 · 各县、市、区政府均按职责分工负责 · X等负责 · 市发改委
# 牵头组织实施 · 市财政局协同配合 · 区级相关部门按职责分工抓好落实: the units, a word that changes nothing, the verb,
# and words that say only that the work is done.
VERB_CLAUSE = compile_pattern(rf"(?P<units>.+?)(?:{'|'.join(VERB_ADVERBS)})?(?P<verb>{_VERB_HEAD}){VERB_TAIL}")
UNIT_ROLES = (Role.LEAD, Role.RESPONSIBLE, Role.COOPERATING)
# A label inside a bracket or at the start of a block line: 牵头单位: · 责任领导: · 完成时限: · 【牵头单位】; or a verb
# as a label (牵头:市国资委;配合:市财政局), which only a bracket reads as one (INNER_ROLE_LABELS)
VERB_LABELS = frozenset(label for label in INNER_ROLE_LABELS if len(label) == 2)
_VERB_LABELS = "|".join(sorted(VERB_LABELS))
VERB_LABEL_AT_START = compile_pattern(rf"(?:{_VERB_LABELS})\s{{0,3}}:")
LABEL_AT = compile_pattern(
    rf"(?P<label>{FIELD_LABEL}|{UNKNOWN_LABEL}|(?:{_VERB_LABELS})(?=\s{{0,3}}:\s{{0,3}}\S))\s{{0,3}}:|{BRACKETED_LABEL}"
)
# What a unit list never contains: sentence words, figures, quotation. (12345 is the government hotline's
# number, part of a unit's name: 县12345热线中心 · 市12345政务服务便民热线办公室.)
NOT_UNITS = compile_pattern(
    r"的|%|“|”|《|^[由对在按以将把从为经据]|(?<!\d)(?!12345(?!\d))[0-9]{3,}|确保|推动|加强|完成|达到|增长"
)
# A clause about the work after a unit list's last comma (责任单位：各县区，确保年底前完成): it opens with a
# verb or a linking word no body's name opens with.
CLAUSE_OPENING = compile_pattern(
    r"并|同时|确保|做好|抓好|压实|加强|推动|推进|完成|落实|及时|按时|按期|切实|强化|严格|定期|力争|争取|务必"
)


@dataclass(frozen=True, slots=True)
class RoleValue:
    """A value and the role it gives; `label` is the label as printed when there was one."""

    role: Role | None  # None: a label the vocabulary does not know
    value: MappedText
    label: MappedText | None = None
    guessed_from: MappedText | None = None  # a clause with no verb the vocabulary knows, read as this role
    # Lead only because a bare 负责 closes the list ((由A、B负责)), never said to lead: a notice's
    # first-listed convention (原则上由排名首位的部门牵头) then makes the first one lead and the rest responsible.
    duty_only: bool = False
    # Named in a bracket with no label and no verb ((县司法局)): the units of a task, or a gloss on a name
    # before it (报送县发改局（县领导小组办公室）); only a label or a verb says a role for certain.
    bare: bool = False


@dataclass(frozen=True, slots=True)
class ForwardNote:
    """A note about the tasks that follow (…下同 · 以下任务均需X落实，不再一一列出): `units` get `role`
    in the later tasks of the same section, or of the whole plan when `whole_plan`."""

    role: Role
    units: MappedText
    text: MappedText
    whole_plan: bool = False


@dataclass(slots=True)
class Reading:
    """What a bracket or a labelled value gave."""

    values: list[RoleValue] = field(default_factory=list)
    notes: list[MappedText] = field(default_factory=list)
    forward: list[ForwardNote] = field(default_factory=list)

    def extend(self, other: Reading) -> None:
        self.values.extend(other.values)
        self.notes.extend(other.notes)
        self.forward.extend(other.forward)

    def says_roles(self) -> bool:
        """Whether a label or a verb gives a role here, not office names alone."""
        return any(not value.bare for value in self.values)


_LABEL_ALTERNATIVE = compile_pattern(rf"{LABEL_ALTERNATIVE}$")


def role_of_label(label: str, *, in_bracket: bool = False) -> Role | None:
    """The role a label gives (on normalised text), or None when it is unknown. Inside a role bracket
    a few more labels count (INNER_ROLE_LABELS: 主办单位, also every site footer's label). A kind of body
    in brackets after it changes nothing: 牵头科室(单位) is 牵头科室."""
    squeezed = _LABEL_ALTERNATIVE.sub("", compact(label))
    if squeezed in ROLE_LABELS:
        return ROLE_LABELS[squeezed]
    if in_bracket and squeezed in INNER_ROLE_LABELS:
        return INNER_ROLE_LABELS[squeezed]
    if LEADER_LABEL_PATTERN.fullmatch(squeezed):
        return Role.LEADER
    if not _HOSTED.fullmatch(squeezed) and (role := column_role(squeezed)) in UNIT_ROLES:
        return role  # 主要协作单位 · 牵头负责科室: a label the vocabulary does not list, read by its words
    return None


def role_of_field(label: str, value: str) -> Role | None:
    """The role a labelled line gives: its label's; or, for a label only a bracket reads (主办单位), its role
    there where the line names helpers under a label of their own too (主办单位：县城投公司，协办单位：住建局), as
    no site's footer does (主办单位：… 承办单位：… 网站标识码：…). On a line of its own with nothing beside it,
    主办单位 is as often a footer's or an activity's organiser as a task's lead: not read as a role."""
    role = role_of_label(label)
    if role is not None or compact(label) not in INNER_ROLE_LABELS:
        return role
    helpers = LABEL_AT.search(value)
    if helpers is None or role_of_label(helpers["label"] or "", in_bracket=True) is not Role.COOPERATING:
        return None
    return role_of_label(label, in_bracket=True)


# 主办单位 · 承办单位: also the labels of every government site's footer, read as roles only where listed
# (主办股室 · 协办股室 of a department's plan are read by their words).
_HOSTED = compile_pattern(r"(?:主办|承办)(?:单位)?")


def split_depth0(text: MappedText, separators: str) -> list[MappedText]:
    """Split at separators that stand outside any bracket."""
    bounds = [-1, *separator_positions(text.text, separators), len(text)]
    return [text.slice(low + 1, high) for low, high in itertools.pairwise(bounds)]


# No role bracket is longer than this; looking further back would make long paragraphs quadratic.
MAX_BRACKET = 1200


def trailing_bracket(text: MappedText) -> tuple[int, int] | None:
    """(open, close) indices of a bracket group that ends the paragraph, ignoring a final stop or comma
    (…（X牵头）。 · …（X牵头），建设…: see lines.classify._clause_ends)."""
    body = text.text.rstrip(" \t\f\n。.;,")
    if not body or body[-1] not in ")]":
        return None
    window = body[-MAX_BRACKET:]
    if "(" not in window and "[" not in window:  # no opener in reach: say so without a Python loop
        return None
    close = len(body) - 1
    stack: list[str] = []
    for position in range(close, max(-1, close - MAX_BRACKET), -1):
        char = body[position]
        if char in ")]":
            stack.append(char)
        elif char in "([":
            if not stack or (stack[-1] == ")") != (char == "("):
                return None
            stack.pop()
            if not stack:
                return position, close
    return None


# …建设（市港航中心牵头），确保年底前完成主体工程。: a clause's bracket before a comma, its sentence going on for a
# few words of how or by when; words running longer are a clause of their own, not the bracketed clause's tail.
MAX_WORDS_AFTER_BRACKET = 40


def bracket_before_sentence_end(text: MappedText) -> tuple[int, int] | None:
    """(open, close) of a role bracket that closes a clause before a comma while its sentence goes on to the
    text's end with no other bracket (…建设（X牵头），确保年底前完成主体工程。): the clause's units, as a bracket
    ending the text gives them; the words after it are more of the task's text. The bracket must say roles
    (a verb or a label) and name who leads or answers for the clause (see `ends_a_clause_of_its_own`)."""
    body = text.text.rstrip(" \t\f\n。.;")
    reach = max(0, len(body) - MAX_WORDS_AFTER_BRACKET - 2)
    comma = max(body.rfind("),", reach), body.rfind("],", reach)) + 1
    if comma <= 0 or any(char in "()[]。;" for char in body[comma + 1 :]) or not body[comma + 1 :].strip():
        return None
    bracket = trailing_bracket(text.slice(0, comma + 1))
    if bracket is None or not body[: bracket[0]].strip(" 。;"):
        return None
    reading = read_bracket(text.slice(bracket[0] + 1, bracket[1]))
    if reading is None or not reading.says_roles():
        return None  # …报送县发改局（县领导小组办公室），按季度…: office names alone gloss the words before them
    return bracket if any(value.role in _OWN_CLAUSE_ROLES for value in reading.values) else None


def open_bracket_at(text: str) -> int | None:
    """Where the text's last bracket opens when nothing closes after it (…10家以上。（ · …（牵头单位：X), else None."""
    opener = max(text.rfind("("), text.rfind("["))
    return None if opener < 0 or max(text.rfind(")"), text.rfind("]")) > opener else opener


def unclosed_role_bracket(text: MappedText) -> tuple[int, Reading] | None:
    """…新增就业0.5万人。（牵头单位：县人社局 with nothing after it: a labelled bracket the copy never closed (or
    one of verb clauses ending in their verb: （X主办，Y协办), read to the end of the text. The opener's index and
    the reading; None when the text's last bracket is closed, or what follows its opener is no role text
    (…（见附件 cut off)."""
    body = text.text.rstrip(" \t\f\n。.;")
    window = body[-MAX_BRACKET:]
    opener = open_bracket_at(window)
    if opener is None:
        return None
    opener += len(body) - len(window)
    content = text.slice(opener + 1, len(body)).strip()
    label = LABEL_AT.match(content.text)
    reading = read_bracket(content) if label and role_of_label(label["label"], in_bracket=True) else None
    if reading is None and ENDS_WITH_ROLE_VERB.search(content.text):
        # （区发改委主办，区科技局协办 and then the next task: verb clauses that end where the bracket should close
        # where they name units, only bodies (not 重点整治企业主体责任落实不到位问题 · 各部门要)
        verbs = read_bracket(content)
        named = verbs is not None and (not _unit_names(verbs) or _organisational(verbs))
        reading = verbs if verbs is not None and verbs.says_roles() and named else None
    return None if reading is None else (opener, reading)


def closing_role_bracket(text: MappedText) -> tuple[tuple[int, int], Reading] | None:
    """The bracket that closes `text` (where it opens and closes) and its reading, when it is role text."""
    bracket = trailing_bracket(text)
    if bracket is None:
        return None
    reading = read_bracket(text.slice(bracket[0] + 1, bracket[1]))
    return None if reading is None else (bracket, reading)


def ends_with_role_bracket(text: MappedText) -> bool:
    """Whether the text ends with a bracket of role text (…（X牵头，Y配合）): the one question the line
    stage asks of the role grammar, to cut a line that holds two tasks."""
    return closing_role_bracket(text) is not None


def ends_a_clause_of_its_own(text: MappedText) -> bool:
    """Whether the text is a clause closed by a bracket that names who leads it or answers for it (a
    lead, a responsible unit or a leader): the other question the line stage asks, to cut a heading's
    run-in paragraph into its clauses. A bracket of helpers only (…（县融媒体中心配合）) or a bracket with
    no text before it (…。（责任领导：张三）) adds to the clause before it."""
    closing = closing_role_bracket(text)
    if closing is None or not text.text[: closing[0][0]].strip(" 。;"):
        return False
    return any(value.role in _OWN_CLAUSE_ROLES for value in closing[1].values)


# The roles of the units that lead or do a task, not of those that help (a bracket naming helpers only, （县城管局
# 配合）, proves no task and closes its item alone)
LEADING_ROLES = (Role.LEAD, Role.RESPONSIBLE)
_OWN_CLAUSE_ROLES = (*LEADING_ROLES, Role.LEADER)


# A remark about a list made inside it: 列第一位的为牵头单位，下同 / 以下同 / 均为责任单位
STATEMENT = compile_pattern(r"^(?:以)?下同$|(?:为|是)(?:牵头|责任|配合)单位|为牵头|均为|列第一|排在第一|排名第一")


def about_the_rest(text: str) -> bool:
    """Whether a comma item says what the rest of a list does (其他单位按职责分工负责 · 其余部门配合): a remark on the
    list, whose pronoun names no unit."""
    clause = VERB_CLAUSE.fullmatch(text)
    return clause is not None and PRONOUN.fullmatch(compact(clause["units"])) is not None


def is_statement(text: str) -> bool:
    """Whether a comma item of a unit list is a remark about the list rather than a unit."""
    return STATEMENT.search(text) is not None


def _without_glued_remark(item: MappedText) -> tuple[MappedText, MappedText | None]:
    """An item's units and the remark on the list glued to them in brackets (…，省商务厅、省文旅厅（列第一位的为牵头或
    汇总单位，下同）), or the item as it is and None."""
    glued = _glued_statement(item.text)
    if glued is None:
        return item, None
    return item.slice(0, glued).strip(), item.slice(glued + 1, len(item.text.rstrip()) - 1)


def _glued_statement(item: str) -> int | None:
    """Where the bracket opens when an item is a unit with a remark on the list glued to it in brackets
    (各市政府（列第一位者为牵头单位，下同）), else None."""
    item = item.rstrip()
    opening = item.rfind("(")
    if opening <= 0 or not item.endswith(")"):
        return None
    unit, remark = item[:opening], item[opening + 1 : -1]
    return opening if is_statement(remark) and not is_statement(unit) and looks_like_units(unit) else None


# How many sentence ends, from the paragraph's end, are looked at for a role bracket inside it.
INNER_BRACKET_REACH = 6


# The shortest text after a bracket that opens another target of its own (长期坚持。 is a note on the one before).
MIN_NEXT_TARGET = 8
_FIRST_CLAUSE = compile_pattern(r"[。;,]")


def opens_another_target(after: str) -> bool:
    """Whether the text after a role bracket inside a paragraph opens another target (…。（X牵头）城镇化率达到48%。),
    not more of the one it closes: another bracket (…（Y负责）。（X牵头）), its deadline (2023年底前完成。), a labelled
    field (完成时限：…) or a short note (长期坚持。)."""
    rest = after.strip(" 。;\t\u3000\n")
    if len(rest) < MIN_NEXT_TARGET or rest[0] in "([":
        return False
    first = _FIRST_CLAUSE.split(rest, maxsplit=1)[0]
    return not is_deadline_phrase(first) and LABEL_AT.match(rest) is None


def inner_role_brackets(text: MappedText) -> list[tuple[int, int, Reading]]:
    """Role brackets inside the paragraph, at a sentence boundary, with more text after them:
    …（省发展改革委牵头，省财政厅配合）。年底前形成总结报告。 · …改造。（X牵头，Y参与）加强… · or opening it,
    before its first word: 【市发展改革委牵头，市财政局配合】全面清理… Only the last few brackets are looked at;
    found in document order."""
    body = text.text
    end = len(body)
    found: list[tuple[int, int, Reading]] = []
    for _ in range(INNER_BRACKET_REACH):
        close = max(body.rfind(")", 0, end), body.rfind("]", 0, end))
        if close < 0:
            break
        bracket = trailing_bracket(text.slice(0, close + 1))
        if bracket is None:
            end = close
            continue
        opener = bracket[0]
        before = body[:opener].rstrip()  # …丁指标保持稳定。 / （市戊局牵头）戊指标…: a break before it is no word
        opening = not before
        at_boundary = body[close + 1 : close + 2] in SENTENCE_STOPS or before[-1:] in SENTENCE_STOPS or opening
        reading = read_bracket(text.slice(opener + 1, close)) if at_boundary else None
        if opening and reading is not None and not reading.says_roles():
            reading = None  # 1.【县人民医院】新建住院楼…: a project's owner as its title, not a role
        if reading is not None and _organisational(reading):
            found.insert(0, (opener, close, reading))
        end = opener
    return found


# A bracket of roles inside a paragraph stands at a sentence end: before or after it.
SENTENCE_STOPS = ("。", ";")


def _organisational(reading: Reading) -> bool:
    """Whether every unit list of a reading names organisations (市应急管理局, 各乡镇): a bracket inside a
    sentence, such as （企业主要负责人负责）, is only read as units when its names look like bodies. In a bracket
    that says no role, a word of two characters that no level or 各 opens (企业(场所)。: a gloss that ends
    like 派出所) names none; with a verb it may (（工会牵头，妇联配合）)."""
    names = _unit_names(reading)
    glossed = not reading.says_roles() and any(_bare_word(name) for name in names)
    return bool(names) and not glossed and all(looks_organisational(name) for name in names)


# 场所 · 工会: two characters make a word; a body's name with no level is longer, or a known one.
MAX_BARE_WORD = 2


def _bare_word(name: str) -> bool:
    """A word too short to name a body by itself, unless a level or 各 opens it (场所 · 县委 is a body)."""
    return len(name) <= MAX_BARE_WORD and name[:1] not in LEVELS + "各"


def _unit_names(reading: Reading) -> list[str]:
    """The names in a reading's unit lists, whitespace squeezed out, each list split at its separators."""
    return [
        name
        for value in reading.values
        if value.role in UNIT_ROLES
        for name in NAME_SEPARATOR.split(compact(value.value.text))
        if name
    ]


# A unit list inside a bracket is rarely longer than this (the longest seen lists a dozen bodies).
MAX_UNIT_LIST = 120


def looks_like_units(text: str) -> bool:
    squeezed = compact(text)
    return 1 < len(squeezed) <= MAX_UNIT_LIST and not NOT_UNITS.search(squeezed)


# The longest verb phrase read past when a clause's verb is not in the vocabulary: 具体实施 · 抓好落实
MAX_UNKNOWN_VERB = 6


def unknown_verb_clause(text: str) -> int | None:
    """Where the verb starts in a clause of units and a verb the vocabulary does not know
    (各县区政府落实 · 县住建局具体实施 · 各乡镇抓好落实): the shortest Han tail after a name that ends like an
    organisation, itself not ending like one (so 区科技和经信局 is a name, not 区科 + 技和经信局)."""
    lengths = range(2, min(MAX_UNKNOWN_VERB, len(text) - 2) + 1)
    for name_end in (ORGANISATION_END.search, COLLECTIVE_HEAD.fullmatch):
        for length in lengths:
            units, verb = text[:-length], text[-length:]
            if HAN_ONLY.fullmatch(verb) and not looks_organisational(verb) and name_end(units):
                # 各乡镇具体落实 · 各乡镇抓好落实: a word on how the work is done opens the verb, not ends a name
                return len(units) - len(how.group()) if (how := HOW_AT_END.search(units)) else len(units)
    return None


# 具体 · 抓好 · 积极 …: the words before a verb that say how the work is done, never the end of a body's name
HOW_AT_END = compile_pattern(rf"(?:{'|'.join(VERB_ADVERBS)}|抓好|做好|负责)$")


# 各乡镇 · 各县区 · 有关村: a short collective that a verb may follow directly
COLLECTIVE_HEAD = compile_pattern(r"(?:各|有关|相关)\p{Han}{1,4}")
HAN_ONLY = compile_pattern(r"\p{Han}+")


@dataclass
class _VerbState:
    """What a verb-style list has shown so far: units waiting for their verb, whether a verb was seen
    and whether a unit was said to lead (after which a bare 负责 is the responsible share)."""

    reading: Reading = field(default_factory=Reading)
    pending: list[MappedText] = field(default_factory=list)
    found_verb: bool = False
    led: bool = False


def _verb_role(verb: str, label_role: Role | None, state: _VerbState) -> Role:
    if label_role is not None and is_share_verb(verb):
        return label_role  # 责任单位：A、B按职责分工负责: the label says which share
    if verb == "负责" and state.led:
        return Role.RESPONSIBLE  # （X牵头，Y负责）
    return verb_role(verb)


def _assigns_by_copula(clause: regex.Match[str] | None) -> bool:
    """Whether a verb clause names its units' role by a copula (县招商局为牵头单位, 县财政局、县税务局为配合单位),
    rather than saying something of the whole list (列第一位者为牵头单位 · 各乡镇均为责任单位)."""
    return (
        clause is not None
        and clause["verb"].startswith("为")
        and clause.end("units") == clause.start("verb")
        and looks_like_units(clause["units"])
        and not is_statement(clause["units"])
    )


# 省甲委会同省乙厅落实 · 省人事厅配合省委有关部门落实 · 县发改局会同县财政局组织实施 · 县人社局配合县委组织部做好
# 相关工作: units, 会同 or 配合, more units and a word that says only that
# the work is done, with no verb of ours after them: the side 会同 follows leads; the side 配合 follows co-operates
# with the other, which leads
JOINT_CLAUSE = compile_pattern(
    r"(?P<first>[^,;。]{2,80}?)(?P<link>会同|配合)(?P<second>[^,;。]{2,80}?)(?:共同)?"
    r"(?:(?:组织|研究|抓好|做好|负责){0,2}(?:落实|实施|推进|办理|完成)|做好)(?:相关|有关)?(?:工作)?"
)


def _joint_clause(body: MappedText) -> list[RoleValue] | None:
    """The lead and the helpers of a clause 甲会同乙落实 · 乙配合甲落实 (`JOINT_CLAUSE`), or None."""
    joint = JOINT_CLAUSE.fullmatch(body.text)
    if joint is None or not (_organisational_list(joint["first"]) and _organisational_list(joint["second"])):
        return None  # 积极配合上级部门做好落实: no units on one side
    first, second = body.slice(*joint.span("first")), body.slice(*joint.span("second"))
    lead, helpers = (first, second) if joint["link"] == "会同" else (second, first)
    return [RoleValue(Role.LEAD, lead), RoleValue(Role.COOPERATING, helpers)]


def _verb_items(items: list[MappedText], default: Role | None, label_role: Role | None = None) -> Reading | None:
    """Read comma items in verb style; None when the items are not role text. `label_role` is the role
    of the label the items stand under, if any; `default` the role of units that no verb follows."""
    state = _VerbState()
    reading = state.reading
    for item in items:
        body = item.strip(" \t\f\n。.")
        if body.text.startswith("由") and not body.text.startswith("由于") and len(body) > 1:
            body = body.slice(1, len(body))  # （由县税务局、县财政局负责）: the units, then their verb
        if not body.text:
            continue
        body, remark = _without_glued_remark(body)
        if remark is not None:
            reading.notes.append(remark)  # …，省商务厅、省文旅厅（列第一位的为牵头或汇总单位，下同）: said of the list
        clause = VERB_CLAUSE.fullmatch(body.text)
        if is_statement(body.text) and not _assigns_by_copula(clause):
            reading.notes.append(body)  # 下同 · 列第一位的为牵头单位: said about the list, not in it
            continue
        if clause and about_the_rest(body.text):
            # …，列第一位的为牵头单位，其他单位按职责分工负责: said of the rest of the list the remark reads; with no
            # remark, after a verb of their own (X牵头，Y、Z，其他单位配合) the verb is the waiting units' too; before
            # any verb (X、Y，其余部门配合) the named units are the list's own. 其他单位 names no one.
            reading.notes.append(body)
            if state.pending and state.found_verb and not reading.notes[:-1]:
                role = _verb_role(clause["verb"], label_role, state)
                reading.values.extend(RoleValue(role, waiting) for waiting in state.pending)
                state.pending = []
                state.found_verb = True
            continue
        if clause and looks_like_units(clause["units"]):
            units = body.slice(0, clause.end("units"))
            role = _verb_role(clause["verb"], label_role, state)
            if names_leaders(units.text):
                role = Role.LEADER  # 分管副县长、协管副秘书长负责 · 分管副县长韩某某牵头: leaders, not units
            duty_only = role is Role.LEAD and clause["verb"] == "负责"
            # 责任单位：县住建局，县财政局配合: units in a clause of their own before the helpers keep the label's role
            helped = label_role not in (None, Role.COOPERATING) and role is Role.COOPERATING
            for waiting in state.pending:
                reading.values.append(
                    RoleValue(label_role, waiting) if helped else RoleValue(role, waiting, duty_only=duty_only)
                )
            state.pending = []
            if label_role is None and (joined := working_with(units.text)) is not None:
                # （市商务局会同市财政局负责）: the verb is the first unit's, the units it works with co-operate
                reading.values.append(RoleValue(role, units.slice(0, joined), duty_only=duty_only))
                units, role = units.slice(joined + len(WORKING_WITH), len(units)), Role.COOPERATING
            reading.values.append(RoleValue(role, units, duty_only=duty_only))
            state.found_verb = True
            # a unit said to lead makes a later bare 负责 the responsible share; a leader's 牵头 does not
            state.led = state.led or ("牵头" in clause["verb"] and role is not Role.LEADER)
        elif (joint := _joint_clause(body)) is not None:
            reading.values.extend(joint)  # （省甲委会同省乙厅落实） · （省人事厅配合省委有关部门落实）
            state.found_verb = state.led = True
        elif is_deadline_phrase(body.text):
            reading.values.append(RoleValue(Role.DEADLINE, body))
        elif (cut := unknown_verb_clause(body.text)) is not None and looks_like_units(body.text[:cut]):
            # （X牵头，各县区政府落实）: keep the bracket, read these units as responsible, and say so
            reading.values.append(RoleValue(default or Role.RESPONSIBLE, body.slice(0, cut), guessed_from=body))
        elif looks_like_units(body.text):
            state.pending.append(body)
        else:
            return None
    if not state.found_verb and default is None:
        return None
    if state.pending:
        # Units no verb follows: under a label they take its role; after a known verb they are read
        # as responsible, and said to be guessed.
        role = default or Role.RESPONSIBLE
        reading.values.extend(
            RoleValue(role, waiting, guessed_from=None if default else waiting) for waiting in state.pending
        )
    return reading


# A note about the tasks that follow rather than this one: …，下同 · 以下任务均需… · 不再一一列出
FORWARD_MARK = compile_pattern(r"下同|以下|所有任务|全部任务|各项任务|不再(?:一一|单独|逐项|重复|另行)?列(?:出|明|举)")
# …具体任务均涉及各乡镇，不再做分工，下同: the note says no unit is assigned
NO_ASSIGNMENT = compile_pattern(r"不再?(?:做|作|进行)?分工")
# 各乡镇人民政府均为责任单位 · 为所有任务的配合单位 · 本方案各项工作: a statement about every task of the plan
EVERY_TASK = compile_pattern(r"均|都|所有|全部|各项|每项")
# …本方案各项任务 · 以下所有任务: the note speaks for the whole plan, not only its own section
WHOLE_PLAN = compile_pattern(r"本方案|本计划|全部|所有")
# 各乡镇人民政府均为责任单位: the units and the label that names their role
# 各乡镇人民政府、开发区管委会为所有任务的配合单位
FORWARD_LABELLED = compile_pattern(
    rf"(?P<units>.+?)(?:均|都|也)?(?:为|是|作为)(?:[^,;。]{{0,12}}的)?(?P<label>{FIELD_LABEL})"
)
# 以下任务均需各乡镇（街道）落实 · 均由各县区政府负责落实: the units carry the tasks out (responsible)
FORWARD_CARRIED = compile_pattern(
    r".*?(?:均|都|统一)(?:需|需要|要|应|由)(?P<units>.+?)(?:负责|抓好|认真|具体|组织)?(?:落实|实施|推进|执行|负责)"
)


def forward_notes(note: MappedText, *, marked: bool = True) -> list[ForwardNote]:
    """The units a note assigns to the tasks that follow it, with their role; none when the note says
    no assignment is made (…不再做分工). Read clause by clause: …，X均为责任单位，下同. A note inside the
    plan must say it speaks of what follows (下同, 以下…, 不再一一列出); in the notice text before the
    plan (`marked=False`) a statement does when it speaks of every task (均, 所有, 各项任务 …): 市政府有关部门为
    责任单位 there describes how the work is organised, not what each task lists."""
    speaks_of_all = FORWARD_MARK.search(note.text) or (not marked and EVERY_TASK.search(note.text))
    if not speaks_of_all or NO_ASSIGNMENT.search(note.text):
        return []
    whole_plan = WHOLE_PLAN.search(note.text) is not None
    found: list[ForwardNote] = []
    for item in split_depth0(note, ",;"):
        clause = item.strip()
        labelled = FORWARD_LABELLED.fullmatch(clause.text)
        carried = FORWARD_CARRIED.fullmatch(clause.text)
        verb = VERB_CLAUSE.fullmatch(clause.text)
        if labelled and (role := role_of_label(labelled["label"])) in UNIT_ROLES:
            units = clause.slice(0, labelled.end("units"))
        elif carried:
            role, units = Role.RESPONSIBLE, clause.slice(carried.start("units"), carried.end("units"))
        elif verb and "下同" in note.text:  # 各县、市、区政府均按职责分工负责，下同
            role, units = verb_role(verb["verb"]), clause.slice(0, verb.end("units"))
        else:
            continue
        units = _strip_scope_words(units)
        if PRONOUN.fullmatch(compact(units.text)):  # 其他为责任单位: said of the rest of a list
            continue
        if LISTED_AS.search(units.text):  # 各项措施所列主责单位为牵头单位: what a label means, not a unit
            continue
        if looks_like_units(units.text) and _organisational_list(units.text):
            found.append(ForwardNote(role, units, note, whole_plan))
    return found


# （以上任务牵头单位：局办公室；配合单位：局机关各股室） · 以上工作均由县发改局牵头，县财政局配合 · 3项目标的责任单位均
# 为市发展改革委 · 该目标责任单位为市经委: a note after the tasks it speaks of (since the last such note), giving them
# the roles they do not name themselves
BACKWARD_MARK = compile_pattern(
    r"(?:(?:以上|上述)(?:各项|所有|全部|[一二三四五六七八九十\d]{1,3}项)?(?:重点)?(?:任务|工作|事项|措施|目标|指标)?"
    r"|(?:该|此)项?(?:目标|任务|指标|工作|项目)|[一二三四五六七八九十\d]{1,3}项(?:目标|任务|指标|工作))"
    r"的?\s{0,2}(?:均|都|统一)?"
)
# 3项目标的责任单位均为市发展改革委 · 该目标责任单位为市经委: a label and a copula, as a label and its colon
COPULA_FIELD = compile_pattern(
    rf"(?P<label>{FIELD_LABEL})\s{{0,2}}(?:均|都)?\s{{0,2}}(?:为|是)\s{{0,2}}(?P<value>\S.*)"
)


_COUNTED = compile_pattern(r"(?P<count>[一二三四五六七八九十\d]{1,3})项")


def backward_reach(text: str) -> int | None:
    """How many of the tasks above a note speaks of: 该目标… one, 3项目标… · 以上2项… three or two; None for all
    of them since the last such note (以上任务…)."""
    mark = BACKWARD_MARK.match(text.strip())
    if mark is None:
        return None
    if mark.group().startswith(("该", "此")):
        return 1
    counted = _COUNTED.search(mark.group())
    if counted is None:
        return None
    return han_to_int(counted["count"])


def opens_backward_note(text: str) -> bool:
    """Whether a line opens as a note on the tasks above it (以上… · 上述… · 该目标… · 3项目标的…): it stands on
    its own even where the line above seems to go on."""
    mark = BACKWARD_MARK.match(text.strip())
    return mark is not None and mark.end() > 0


def backward_note(paragraph: MappedText) -> Reading | None:
    """The roles a paragraph of its own gives the tasks above it: (以上任务牵头单位：X；配合单位：Y) · 以上工作由X
    牵头，Y配合。 None when the paragraph does not speak of the tasks above or names no role."""
    body = paragraph.strip(" \t\f\u3000。.")
    if body.text[:1] == "(" and body.text[-1:] == ")":
        body = body.slice(1, len(body) - 1).strip()
    mark = BACKWARD_MARK.match(body.text)
    if mark is None:
        return None
    rest = body.slice(mark.end(), len(body)).strip(" \t:,")
    if (copula := COPULA_FIELD.fullmatch(rest.text)) is not None:
        # …的责任单位均为市农委，市水利局、市统计局协助: the label's units, then the helpers' clause
        label = rest.slice(*copula.span("label"))
        reading: Reading | None = read_value(role_of_label(copula["label"]), rest.slice(*copula.span("value")), label)
    else:
        reading = read_bracket(rest) if rest.text else None
    if reading is None or not reading.says_roles():
        return None
    # 以上任务由X负责统筹调度，每月通报一次进展情况: a sentence on how the work is run, whose second clause is
    # no unit list, says nothing of the roles
    return reading if _organisational(reading) else None


# 本部分以下各项任务 · 以下政策措施: words before the units that say which tasks a note speaks of
SCOPE_WORDS = compile_pattern(r"^(?:本部分|本节|本方案)?以下(?:各项|所有|全部)?(?:任务|工作|政策措施|措施|事项)?")


# 其他为责任单位 · 其他部门和单位按职责分工负责 · 其他有关部门配合: the rest of a list, no unit of its own
PRONOUN = compile_pattern(r"(?:其他|其余|其它|余下)(?:的)?(?:有关|相关)?(?:(?:单位|部门)(?:和|及|、)?){0,2}")
# 各项措施所列主责单位 · 清单中标注的单位: the units a list names under a label, spoken of as a kind
LISTED_AS = compile_pattern(r"所列|所标|列明|标注|标明")


def _strip_scope_words(units: MappedText) -> MappedText:
    scope = SCOPE_WORDS.match(units.text)
    return units.slice(scope.end(), len(units)).strip() if scope and scope.end() else units


def _organisational_list(text: str) -> bool:
    names = [name for name in NAME_SEPARATOR.split(compact(text)) if name]
    return bool(names) and all(looks_organisational(name) for name in names)


def _note_sentences(sentences: list[MappedText], reading: Reading) -> None:
    """Sentences after the first 。: labelled fields where a label opens one (县商务局牵头，县财政局配合。完成时限：
    2025年6月底前), else notes, and notes that carry units forward to later tasks."""
    for sentence in sentences:
        body = sentence.strip(" \t\f\n。.")
        if not body.text:
            continue
        labels = [match for match in LABEL_AT.finditer(body.text) if _at_boundary(body.text, match.start())]
        if labels and labels[0].start() == 0:
            reading.extend(_labelled_fields(body, labels, in_bracket=True))
            continue
        reading.notes.append(body)
        reading.forward.extend(forward_notes(body))


# The line breaks a page's HTML source kept inside a table cell
_BREAK_TAG = compile_pattern(rf"(?i)\s{{0,3}}(?:{LINE_BREAK_TAG.pattern})\s{{0,3}}$")
# Right after the end of a body's name: where a label glued to the name begins (looked at where the label is)
_AFTER_A_BODY = compile_pattern(rf"(?<=(?:{ORGANISATION_ENDINGS}))")
# A known label and its colon: 牵头单位： · 完成时限：
_KNOWN_LABEL = rf"(?P<label>{FIELD_LABEL})\s{{0,3}}:"
# A known label after a separator inside a labelled value: 牵头单位：县商务局；责任单位：县住建局；完成时限：…
# on one line, the fields one after another; or a label in brackets anywhere in it, which needs no colon:
# 【责任领导】贺某　【牵头单位】市教育局　【完成时限】全年
# A label the vocabulary does not know but reads by its words (责任站所) opens a field after a space too:
# 责任领导：周某　责任站所：镇财政所　完成时间：6月底
# A known label glued to the last name of the field before it opens a field too, where that name ends like a
# body: 牵头单位：县甲局、县乙局配合单位：各镇; or a label that opens the value (a unit column's cell 牵头：县甲局).
# A label made of a role word and a kind of body opens a field glued to any word before it, a leader's name or
# post included: 牵头领导：骆某副局长责任股室：建管股
_ROLE_AND_BODY = rf"(?:牵头|责任|配合|协办|协作)(?:{BODY_KINDS})"
NEXT_FIELD = compile_pattern(
    rf"(?:^|(?<=[。;,\s]|(?:{ORGANISATION_ENDINGS}))){_KNOWN_LABEL}"
    rf"|(?<=\s)(?P<label>{UNKNOWN_LABEL})\s{{0,3}}:(?=\s{{0,3}}\S)|{BRACKETED_LABEL}"
    rf"|(?<=\p{{Han}})(?<!其他|相关|有关|各|主要)(?P<label>{_ROLE_AND_BODY})\s{{0,3}}:(?=\s{{0,3}}\S)"
)
# What is trimmed from a field's value: the separators around it.
_VALUE_EDGES = " \t\f\n;,"


def _is_clause(item: str) -> bool:
    """Whether a comma item of a unit list is a clause about the work, not a body (确保年底前完成)."""
    item = item.strip()
    return CLAUSE_OPENING.match(item) is not None and not looks_organisational(item)


def _fields(text: MappedText, labels: list[regex.Match[str]]) -> Iterator[tuple[regex.Match[str], MappedText]]:
    """Each label (a match of a label and its colon, in order) with its field's value, which runs to the
    next label."""
    for position, match in enumerate(labels):
        end = labels[position + 1].start() if position + 1 < len(labels) else len(text)
        tag = _BREAK_TAG.search(text.text, match.end(), end)  # (…县甲局<br>配合：…)
        yield match, text.slice(match.end(), tag.start() if tag else end).strip(_VALUE_EDGES)


def _verb_labels_name_bodies(text: MappedText, labels: list[regex.Match[str]]) -> bool:
    """Whether every field that a verb standing as its label opens (牵头：X · 配合：Y) names bodies: only then is
    the bracket read as roles (a verb label is a guess a real label is not)."""
    for match, found in _fields(text, labels):
        value = found.text.strip(_VALUE_EDGES + "。")
        if match["label"] in VERB_LABELS and (
            ":" in value or not looks_like_units(value) or not _organisational_list(value)
        ):
            return False  # （牵头：县政府；成员：各部门）: a label the vocabulary does not know stands inside
    return True


def opens_with_a_verb_label(text: str) -> bool:
    """Whether a line opens with a verb standing as its label (牵头：县发改局): read so inside a bracket only; a line
    so opened is never a line of units and their verbs (its text goes on with the task, as it always did)."""
    return VERB_LABEL_AT_START.match(text.strip()) is not None


def _labelled_fields(text: MappedText, labels: list[regex.Match[str]], *, in_bracket: bool) -> Reading:
    """The fields that `labels` (matches of a label and its colon, in order) start in `text`: each
    field's value runs to the next label."""
    reading = Reading()
    for match, value in _fields(text, labels):
        label = text.slice(match.start("label"), match.end("label"))
        reading.extend(read_value(role_of_label(match["label"], in_bracket=in_bracket), value, label))
    return reading


def read_value(role: Role | None, value: MappedText, label: MappedText | None = None) -> Reading:
    """A labelled value: units (with verbs or a trailing deadline inside), a deadline or a leader list.
    Further known labels inside it (；责任单位：… ；完成时限：…) start fields of their own."""
    text = value.text
    if role in UNIT_ROLES and VERB_LABEL_AT_START.match(text) and (cell := read_bracket(value)) is not None:
        return cell  # a unit column's cell that parts its units by verbs as labels (牵头：县甲局；配合：县乙局)
    # every further field has a colon or a label in brackets: most values have neither, and skip the search
    fields = list(NEXT_FIELD.finditer(text)) if ":" in text or "[" in text else []
    if not fields:
        return _read_one_value(role, value, label)
    if fields[0].start() == 0:
        # a cell of a unit column that labels its own lists (牵头：县甲局 / 配合：县乙局): the fields are all there is
        return _labelled_fields(value, fields, in_bracket=False)
    reading = _read_one_value(role, value.slice(0, fields[0].start()).strip(_VALUE_EDGES), label)
    reading.extend(_labelled_fields(value, fields, in_bracket=False))
    return reading


def _read_one_value(role: Role | None, value: MappedText, label: MappedText | None) -> Reading:
    """One field's value, with no other label inside."""
    sentences = split_depth0(value, "。")
    first, rest = sentences[0], sentences[1:]
    reading = Reading()
    if role in (Role.LEAD, Role.RESPONSIBLE, Role.COOPERATING, Role.DIVISION):
        bounds = [*separator_positions(first.text, ",;"), len(first)]
        items = split_depth0(first, ",;")
        has_verb = any(VERB_CLAUSE.fullmatch(item.strip(" \t\f\n。.").text) for item in items)
        label_role = None if role is Role.DIVISION else role
        verbs = _verb_items(items, label_role, label_role) if has_verb else None
        if verbs is not None:
            reading.extend(verbs)
        else:
            kept = list(items)
            officials = label is not None and OFFICIALS_LISTED in label.text
            while len(kept) > 1 and (
                is_deadline_phrase(kept[-1].text)
                or (is_statement(kept[-1].text) and _glued_statement(kept[-1].text) is None)
                or _is_clause(kept[-1].text)
                or (officials and _names_a_person(compact(kept[-1].text)))
            ):
                last = kept.pop().strip()
                if is_deadline_phrase(last.text):
                    reading.values.append(RoleValue(Role.DEADLINE, last))
                else:
                    # 列第一位的为牵头单位 · 下同 · 确保年底前完成 · 王建国 (an official): said about the list or the
                    # work, or who answers for it, not in it
                    reading.notes.insert(0, last)
            end = bounds[len(kept) - 1] if kept else 0  # just past the last item that stays
            last_start = bounds[len(kept) - 2] + 1 if len(kept) > 1 else 0
            dated = BODY_THEN_DEADLINE.fullmatch(kept[-1].text.rstrip()) if kept else None
            if dated is not None and is_deadline_phrase(dated["deadline"]):
                # 县住建局2025年底前完成: a copy that lost the cell or the comma between the last unit and its deadline
                reading.values.append(RoleValue(Role.DEADLINE, kept[-1].slice(*dated.span("deadline"))))
                end = last_start + dated.end("body")
            if officials and kept and (official := BODY_THEN_OFFICIAL.fullmatch(kept[-1].text.rstrip())):
                # 市发改委 李明华 · 市商务局（张志强）: the last body, and its official
                reading.notes.insert(0, kept[-1].slice(official.start("person"), official.end("person")))
                end = last_start + official.end("body")
            if kept and (glued := _glued_statement(kept[-1].text)) is not None:
                # …,各市政府（列第一位者为牵头单位，下同）: the last unit, and a remark on the list glued to it
                reading.notes.insert(0, kept[-1].slice(glued + 1, len(kept[-1].text.rstrip()) - 1))
                end = last_start + glued
            reading.values.insert(0, RoleValue(role if role is not Role.DIVISION else None, first.slice(0, end), label))
    else:
        reading.values.append(RoleValue(role, first, label))
    _note_sentences(rest, reading)
    return reading


# 责任单位及责任人：… · 牵头单位和责任人：…: a label that lists each body's official after it, a person, no unit
OFFICIALS_LISTED = "责任人"
_SURNAME = "[" + "".join(sorted(SURNAMES)) + "]"
# 王建国 · 李明: a person's name where a list of bodies and their officials prints one
PERSON_NAME = compile_pattern(_SURNAME + r"\p{Han}{1,2}")


# 文旅局 · 林业局 · 卫健委: how a body's short name ends, which a person's given name does not (陈志行 · 王立科 may)
SHORT_BODY_END = compile_pattern(r"(?:局|委|办|厅|部|中心|公司|政府|管委会|支队|大队|街道)$")


def _names_a_person(name: str) -> bool:
    """王建国 · 李明 · 陈志行 (never 文旅局 · 林业局, a body's short name that opens with a surname's character)."""
    return PERSON_NAME.fullmatch(name) is not None and SHORT_BODY_END.search(name) is None


# 县住建局2025年底前完成 · 县园林局6月底前: a list's last body with its deadline glued to it
BODY_THEN_DEADLINE = compile_pattern(
    rf"(?P<body>.+?(?:{ORGANISATION_ENDINGS}))\s{{0,2}}"
    rf"(?P<deadline>(?:(?:19|20)\d{{2}}\s{{0,2}}年|\d{{1,2}}月|年底|年内|持续|长期|常态化).*)"
)
# 市发改委 李明华 · 市商务局（张志强）: a body and its official in one item of such a list
BODY_THEN_OFFICIAL = compile_pattern(
    rf"(?P<body>.+?(?:{ORGANISATION_ENDINGS}))(?:\s+|\()(?P<person>{_SURNAME}\p{{Han}}{{1,2}})\)?"
)


# Readings of the brackets met in the current parse, by their text and place in the document: the line
# stage, the level inference, the builder and the finish all ask about the same brackets, and each is
# read once. Set for the length of one parse by `bracket_memo()`; outside one, nothing is kept.
_MEMO: ContextVar[dict[tuple[str, str, tuple[tuple[int, int, int], ...]], Reading | None] | None] = ContextVar(
    "bracket_memo", default=None
)


@contextmanager
def bracket_memo() -> Iterator[None]:
    """Remember the readings of role brackets for the length of one parse."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def read_bracket(content: MappedText) -> Reading | None:
    """Read a bracket's content; None when it is not role text (e.g. （以下简称“市发改委”））."""
    body = content.strip()
    if not body.text:
        return None
    memo = _MEMO.get()
    if memo is None:
        return _read_bracket(body)
    key = (body.text, body.original, tuple((run.index, run.source, run.length) for run in body.runs))
    if key not in memo:
        memo[key] = _read_bracket(body)
    reading = memo[key]
    return None if reading is None else Reading(list(reading.values), list(reading.notes), list(reading.forward))


# The characters that part the items of a role bracket, on either side of a line break inside it.
_ITEM_SEPARATORS = "、,;:。"
# Where the last item before a break starts and the first after it ends (市人力资源社 / 会保障局;责任单位:…).
_ITEM_BREAK = compile_pattern(rf"[{_ITEM_SEPARATORS}]")


def join_wrapped_lines(body: MappedText) -> MappedText:
    """A bracket's content with the line breaks a hard-wrapped copy put inside it removed: a PDF text layer
    breaks （…省财政厅、省自然资 / 源厅配合） or （…按职责分 / 工负责） wherever the line is full. A break stays
    where it parts two names that each read as a body (a table cell's unit a line) or before a label."""
    if "\n" not in body.text:
        return body
    lines = body.text.split("\n")
    pieces: list[tuple[MappedText, str]] = []
    start = 0
    for number, line in enumerate(lines):
        piece = body.slice(start, start + len(line))
        pieces.append((piece, _break_separator(lines[number - 1], line) if number else ""))
        start += len(line) + 1
    return MappedText.concat(pieces)


def _break_separator(before: str, after: str) -> str:
    """What a line break inside a bracket becomes: nothing inside an item or beside a printed separator,
    a line break (which parts units) between two names that each read as a body or before a label."""
    before, after = before.rstrip(), after.lstrip()
    if not before or not after or before[-1] in _ITEM_SEPARATORS or after[0] in _ITEM_SEPARATORS:
        return ""  # a separator is printed at the break: the break itself adds nothing
    last, first = _ITEM_BREAK.split(before)[-1], _ITEM_BREAK.split(after)[0]
    if LABEL_AT.match(after):
        return "\n"
    if BARE_ORGAN.fullmatch(first) or ending_runs_over(last, first) or is_known_body(last + first):
        return ""  # 各区 / 人民政府 (an organ with no place of its own) · 管理办 / 公室 · 人力资源社 / 会保障局
    if min(len(last), len(first)) > 1 and looks_organisational(last) and looks_organisational(first):
        return "\n"  # two names; one character (县 / 自然资源局, 开发区党工 / 委) is never a name of its own
    return ""


def _read_bracket(body: MappedText) -> Reading | None:
    """The reading itself (see `read_bracket`), of a stripped, non-empty body."""
    body = join_wrapped_lines(body)
    labels = [match for match in LABEL_AT.finditer(body.text) if _at_boundary(body.text, match.start())]
    if labels and labels[0].start() == 0:
        if not _verb_labels_name_bodies(body, labels):
            return None  # （参与：全县志愿者5000人次） · （责任：落实到人）: words on the work, not its units
        return _labelled_fields(body, labels, in_bracket=True)
    if (
        labels
        and CASE_NUMBER.fullmatch(body.text[: labels[0].start()].rstrip())
        and _verb_labels_name_bodies(body, labels)
    ):
        # （第1021号。牵头单位：市交通局；协办单位：…）: a proposal's number, then its fields; the number is a note
        reading = Reading(notes=[body.slice(0, labels[0].start()).strip(" \t\f\n。.;,")])
        reading.extend(_labelled_fields(body, labels, in_bracket=True))
        return reading
    if labels and body.text[: labels[0].start()].rstrip()[-1:] in (";", ","):
        # （X牵头，Y配合；完成时限：2025年12月底前）: verb clauses, then labelled fields after a separator
        head = _verb_reading(body.slice(0, labels[0].start()).strip(" \t\f\n;,"))
        if head is not None and head.says_roles():
            head.extend(_labelled_fields(body, labels, in_bracket=True))
            return head
    return _verb_reading(body)


# 第1021号。 · 第20230112号； · 编号：A-17。: the number a proposal or a case is filed under, before the fields that
# assign it in its bracket (a 建议提案 督办 notice)
CASE_NUMBER = compile_pattern(
    r"(?:第\s{0,2}[A-Za-z]{0,4}\d{1,12}\s{0,2}号|(?:编号|案号|提案号|建议号)\s{0,2}:?\s{0,2}[\w-]{1,20})\s{0,2}[。.;,]"
)


def _verb_reading(body: MappedText) -> Reading | None:
    """A bracket's content read as verb clauses (X牵头，Y配合), or as office names alone, with the notes in the
    sentences after the first."""
    sentences = split_depth0(body, "。")
    verbs = _verb_items(split_depth0(sentences[0], ",;"), None)
    if verbs is None:
        # (甲局、乙委(丙局)。列第一位者为牵头部门，下同): office names, then notes on them; (甲局、乙委（列第一位的
        # 为牵头单位，下同）): the remark glued to the last name is a note too
        names, remark = _without_glued_remark(sentences[0].strip(" \t\f\n。."))
        bare = _bare_units(names)
        if bare is not None:
            if remark is not None:
                bare.notes.append(remark)
            _note_sentences(sentences[1:], bare)
        return bare
    _note_sentences(sentences[1:], verbs)
    return verbs


# (养老保险科、社保经办中心) · (县司法局) · (县农委、各县(市、区)政府): a bracket of office names with no label and no
# verb, the units that do the task. Each name is plain: Han characters (a level in brackets inside) ending like
# an organisation, or a collective of every body of a kind (各乡镇), not a note about one.
BARE_NAME = compile_pattern(
    r"(?!含|包括|包含|如|即|由|原|除|不含|以下|下称|简称)\p{Han}{2,20}(?:[(<][\p{Han}、]{1,8}[)>]\p{Han}{0,8})?"
)
EVERY_BODY = compile_pattern(r"各[\p{Han}()]{1,12}")
# (县发改局、县政府相关部门) · (市直有关部门): the departments of one level of government, a unit of its own; a bare
# 相关部门 names no one.
LEVEL_DEPARTMENTS = compile_pattern(rf"[{LEVELS}](?:政府|直|级)?(?:有关|相关|其他)(?:部门|单位)")
# A bracket of more names than this is an enumeration in the text, not the task's units.
MAX_BARE_NAMES = 8


# The longest line of units and their verbs standing alone under a task (——市工业和信息化局牵头，市发展改革委、
# 市统计局配合，各县（市、区）人民政府按职责分工负责): a longer line is a paragraph of prose.
MAX_ROLE_LINE = 200
ROLE_VERB = compile_pattern(_ROLE_VERB_WORDS)
# …各乡镇人民政府按职责分工负责 · …县城管局牵头: a list's words that end with the verb giving their role
ENDS_WITH_ROLE_VERB = compile_pattern(rf"(?:{_ROLE_VERB_WORDS})$")


def role_line_reach(text: MappedText, following: str = "") -> int:
    """How many lines a line of units and their verbs set off by a dash under a task spans, 0 when it is
    none (——市工业和信息化局牵头，市统计局配合 · ——市商务局负责，2025年6月底前): a verb says a role and every
    unit it names is a plain name that reads as a body (not ⑴⑵两项由市交通局). 2 when a hard wrap cut the
    line inside a name (…、市住房城乡 / 建设局配合，…) and `following` (the next line's text) completes it."""
    body = text.strip()
    if not body.text or len(body) > MAX_ROLE_LINE or ROLE_VERB.search(body.text) is None:
        return 0
    if body.text.count("(") != body.text.count(")"):
        return 0  # …管局配合，各市(州)人民政府按职责分工负责): the end of a bracket opened above
    if _names_bodies_with_verbs(read_bracket(body)):
        return 1
    joined = body.text + following.strip()
    return 2 if following and _names_bodies_with_verbs(read_bracket(MappedText(joined, joined))) else 0


def _names_bodies_with_verbs(reading: Reading | None) -> bool:
    if reading is None or not reading.says_roles():
        return False
    names = [
        name.text.strip()
        for value in reading.values
        if value.role in UNIT_ROLES
        for name in split_depth0(value.value, "、,")
    ]
    return bool(names) and all(BARE_NAME.fullmatch(name) and looks_organisational(name) for name in names)


# 一、调整产业结构（县发改局总牵头）: one unit leads a heading's whole part (no label, no other role).
OVERALL_LEAD = compile_pattern(r"[^,;:]{2,40}?(?:总牵头|牵头抓总|总负责)")


def names_overall_lead(content: str) -> bool:
    """Whether a bracket names only the unit that leads a whole part of the plan."""
    return OVERALL_LEAD.fullmatch(content.strip()) is not None


def _bare_units(body: MappedText) -> Reading | None:
    """A bracket of office names only: they are responsible (no verb says who leads). What the notice
    says about the list may close it after a comma (…,各县(市、区)人民政府,排名第一位为牵头单位,下同): notes."""
    items = split_depth0(body, "、,")
    statements: list[MappedText] = []
    while len(items) > 1 and (is_statement(items[-1].text.strip()) or about_the_rest(items[-1].text.strip())):
        statements.insert(0, items.pop().strip())
    if statements:
        body = body.slice(0, separator_positions(body.text, "、,")[len(items) - 1])
    names = [name.text.strip() for name in items]
    if not 1 <= len(names) <= MAX_BARE_NAMES:
        return None
    # (县财政局、县税务局等相关部门): an open list is judged by the offices it names.
    etc = ETC_TAIL.fullmatch(names[-1])
    if etc and etc.group("base") != names[-1]:
        names[-1] = etc.group("base")
    if all(BARE_NAME.fullmatch(name) and _names_a_body(name) for name in names):
        return Reading([RoleValue(Role.RESPONSIBLE, body, bare=True)], statements)
    # (省发展改革委、住房城乡建设厅、东港市、西岭市) · (…、沿江城市带6市等): beside offices, places are the governments
    # that do the work too (places alone, (东港市、西岭市), gloss the text before them)
    places = [name for name in names if NAMED_PLACE.fullmatch(name) or COUNTED_PLACES.fullmatch(name)]
    offices = [name for name in names if name not in places]
    if places and offices and all(BARE_NAME.fullmatch(name) and _names_a_body(name) for name in offices):
        return Reading([RoleValue(Role.RESPONSIBLE, body, bare=True)], statements)
    return None


# 沿江城市带6市 · 周边三县: places counted rather than named, a collective of their governments
COUNTED_PLACES = compile_pattern(r"\p{Han}{0,10}?(?:\d{1,2}|[两二三四五六七八九十]{1,2})个?[市县区州]")


def _names_a_body(name: str) -> bool:
    return bool(_ends_like_an_office(name) or EVERY_BODY.fullmatch(name) or LEVEL_DEPARTMENTS.fullmatch(name))


def _ends_like_an_office(name: str) -> bool:
    """县发改委 · 县发改委(县能源局): the name, or the other name of the same office in brackets after it."""
    return ORGANISATION_END.search(name.removesuffix(")")) is not None


# A label only a bracket reads, for the unit that hosts the work (主办单位), which no site footer prints after a
# task's sentence: 1.规模以上工业增加值增长11%。主办单位:市经信委、市统计局。
_HOST_LABEL = "|".join(label for label in INNER_ROLE_LABELS if label not in VERB_LABELS)
# A known label after a sentence end: 1.推进…。牵头单位：区发改局；责任单位：各街道 (fields run on
# in the task paragraph, no brackets), or after a comma: 1、农村道路畅通工程,牵头部门:市交通局。进度较慢的
# 为某县。 (a progress notice: what follows the units' sentence is a remark). Unknown label shapes are not
# trusted here.
KNOWN_LABEL_AFTER_SENTENCE = compile_pattern(
    rf"(?<=[。;,\s])(?:{_KNOWN_LABEL}|{BRACKETED_LABEL})|(?<=。)(?P<label>{_HOST_LABEL})\s{{0,3}}:"
)


def trailing_fields(text: MappedText) -> tuple[int, Reading] | None:
    """Labelled fields that end a paragraph without brackets: where they start and what they give.
    Only the last MAX_BRACKET characters are searched: fields longer than that are not fields."""
    tail = text.text[-MAX_BRACKET:]
    if ":" not in tail and "]" not in tail:
        return None  # every field has its colon (牵头单位:) or a bracketed label (【牵头单位】): most texts have none
    for match in KNOWN_LABEL_AFTER_SENTENCE.finditer(text.text, max(0, len(text) - MAX_BRACKET)):
        if open_bracket_at(text.text[max(0, match.start() - MAX_BRACKET) : match.start()]) is not None:
            continue  # 1.标题（牵头单位：X；配合单位：Y）。…: a label inside a bracket (within reach) is the bracket's
        reading = read_bracket(text.slice(match.start(), len(text)))
        if reading is not None and all(value.role is not None for value in reading.values):
            return match.start(), reading
    return None


# …增长11%以上，该目标责任单位为市发改委。 · …，该目标责任单位为市商务局，市统计局配合。: a target naming its own
# units in a clause of its sentence, as a note after it would (`backward_note`); …，此项任务由X牵头，Y配合。 too
OWN_TARGET_NOTE = compile_pattern(
    r"(?<=^|[,;])\s{0,2}(?:该|此)项?(?:目标|任务|指标|工作|项目)的?\s{0,2}(?=责任|牵头|主办|由)"
)


def _own_target_note(sentence: MappedText) -> Reading | None:
    """The roles a clause 该目标责任单位为X (… Y配合) of the task's last sentence gives the task itself."""
    if "该" not in sentence.text and "此" not in sentence.text:
        return None
    clause = OWN_TARGET_NOTE.search(sentence.text)
    return backward_note(sentence.slice(clause.start(), len(sentence))) if clause is not None else None


# 由县发展和改革局会同县财政局、县自然资源局负责落实。 · 由县教育局牵头，县人社局配合。 · 由各乡镇人民政府负责。
# Units named in the task's last sentence, in prose without brackets (FORMATS.md §3.B, 国办 style).
PROSE_ROLES = compile_pattern(r"由(?P<body>[^。]{2,160}?)[。;]?$")
# X会同Y(等部门)(共同)负责落实 · X会同Y等部门研究提出落实意见: X leads, Y co-operates
PROSE_WORKING_WITH = compile_pattern(
    r"(?P<lead>.+?)会同(?P<with>.+?)(?:等(?:有关|相关)?(?:部门|单位))?(?:共同)?(?:负责|牵头)?"
    r"(?:研究提出落实意见|研究提出意见|研究落实|研究办理|落实|实施|推进|办理)?"
)
# How far back from the end of a task the last sentence is looked for.
PROSE_REACH = 200


class ProseRoles(NamedTuple):
    """The roles a task's last sentence states in prose, and whether it says them with no 由 (`bare`)."""

    reading: Reading
    bare: bool


def trailing_prose(text: MappedText) -> Reading | None:
    """Roles stated in the last sentence of a task in prose (由X会同Y负责落实), or in a last sentence of units
    and their verbs with no 由 (…。X负责，Y配合。, see `_units_sentence`); None when it states none."""
    found = read_trailing_prose(text)
    return found.reading if found is not None else None


def read_trailing_prose(text: MappedText) -> ProseRoles | None:
    """The roles of a task's last sentence in prose, with or without 由 (see `trailing_prose`), read once."""
    tail_start = max(0, len(text) - PROSE_REACH)
    body_end = len(text.text.rstrip(" \t\f\n。;"))
    sentence_start = max(text.text.rfind(stop, tail_start, body_end) for stop in ("。", ";")) + 1
    sentence = text.slice(max(sentence_start, tail_start), len(text)).strip()
    if (own := _own_target_note(sentence)) is not None:
        return ProseRoles(own, bare=False)
    # The clause may follow others in its sentence: …的问题,由国土资源部会同农业部等部门负责落实。
    clause_start = sentence.text.rfind("由")
    while clause_start > 0 and sentence.text[clause_start - 1] not in ",;:":
        clause_start = sentence.text.rfind("由", 0, clause_start)
    if clause_start < 0:
        units = _units_sentence(sentence) if sentence_start > 0 else None
        return ProseRoles(units, bare=True) if units is not None else None
    opens_sentence = clause_start == 0 or sentence.text[clause_start - 1] == ":"
    # the clause's own line breaks are a hard wrap's (由县水利局牵头，县发展改革局、县 / 自然资源局配合)
    sentence = join_wrapped_lines(sentence.slice(clause_start, len(sentence)))
    match = PROSE_ROLES.fullmatch(sentence.text)
    if match is None:
        return None
    body = sentence.slice(match.start("body"), match.end("body"))
    reading: Reading | None
    if with_match := PROSE_WORKING_WITH.fullmatch(body.text):
        reading = Reading(
            [
                RoleValue(Role.LEAD, body.slice(*with_match.span("lead"))),
                RoleValue(Role.COOPERATING, body.slice(*with_match.span("with"))),
            ]
        )
    else:
        reading = _verb_items(split_depth0(body, ",;"), None)
        if (reading is None or not _organisational(reading)) and opens_sentence:
            reading = _owner_of_the_action(body)
    if reading is None or not _organisational(reading):
        return None
    return ProseRoles(reading, bare=False)


# Words of a requirement rather than of a name: 各单位要… · 各牵头单位应明确专人负责
SENTENCE_WORDS = compile_pattern(r"要(?!素)|应(?!急)|需(?!求)|须|将|明确|专人|人员|负责人|同志")


def _units_sentence(sentence: MappedText) -> Reading | None:
    """县农业农村局负责，县商务局、县市场监管局配合。: the last sentence of a task's paragraph, after another one,
    made of units and their verbs alone, with no 由 before them; None when any part of it is not."""
    if ROLE_VERB.search(sentence.text) is None:
        return None  # most last sentences of a task: no verb of ours, so nothing to read
    reading = _verb_items(split_depth0(sentence.strip(" \t\f\n。;"), ",;"), None)
    if reading is None or reading.notes or not _organisational(reading):
        return None
    if any(value.guessed_from is not None for value in reading.values):
        return None  # a clause no verb of ours closes: a sentence about the work, not who does it
    names = _unit_names(reading)
    if any(SENTENCE_WORDS.search(name) for name in names) or not any(map(_ends_like_an_office, names)):
        return None  # 各牵头单位要明确专人负责: a requirement of the closing, not units
    return reading


# A chain of role clauses that opens a task's paragraph needs this many clauses: one alone (市发改委牵头,…)
# may be the subject of a sentence rather than who is assigned; it counts only where it opens the task's own
# text, the verb going on with the work (`subject_of_the_task`).
MIN_LEADING_CLAUSES = 2


def leading_prose(text: MappedText) -> Reading | None:
    """3、污水管网项目 / 由某副市长负责,市建委牵头,相关部门配合,尽快完成…: roles stated in prose at the start of
    the task's paragraph (its text, or its second line under a title line that ends no sentence), as a
    chain of clauses each closed by its role verb before the work itself is said. The clauses stay in the
    text; None when no such chain opens it."""
    starts = [0]
    first_break = text.text.find("\n", 0, PROSE_REACH)
    if first_break > 0 and text.text[first_break - 1] not in SENTENCE_ENDS:
        starts.append(first_break + 1)
    for start in starts:
        end = text.text.find("。", start, start + PROSE_REACH)
        clauses = split_depth0(text.slice(start, end if end >= 0 else min(len(text), start + PROSE_REACH)), ",;")
        best: Reading | None = None
        for count in range(MIN_LEADING_CLAUSES, len(clauses) + 1):
            reading = _verb_items(clauses[:count], None)
            if reading is None or any(value.guessed_from is not None for value in reading.values):
                break
            best = reading
        if best is not None and _organisational(best):
            return best
    return subject_of_the_task(text)


# 县发改局牵头的项目… · 县教育局负责的校舍…: a relative clause, the units and their verb before 的
_RELATIVE_CLAUSE = compile_pattern(r"[^,;。]{2,40}?(?:负责|牵头)的")
# What the units opening a task's sentence never hold: the end of a sentence or line, or a bracket.
_NOT_IN_A_SUBJECT = compile_pattern(r"[。\n()\[\]]")


def subject_of_the_task(text: MappedText) -> Reading | None:
    """1.县应急管理局负责水库、山塘等领域的隐患排查。: a task whose sentence opens with the units that do it and
    their verb, the work going on after the verb: they are the task's units. Only offices (县X局, 各乡镇), never
    a requirement's subject (各单位要明确专人负责)."""
    if _RELATIVE_CLAUSE.match(text.text):
        return None  # 县发改局牵头的项目要…: the units name the projects, the sentence is about them
    head = text.slice(0, min(len(text), PROSE_REACH))
    reading = _owner_of_the_action(head) or _joint_subject(head)
    if reading is None or not _organisational(reading):
        return None
    if _NOT_IN_A_SUBJECT.search(reading.values[0].value.text):
        return None  # 老旧小区改造事宜 / 县住建局牵头… · 推进甲工作（县督查室负责督促）: a title or the work first
    names = _unit_names(reading)
    if any(SENTENCE_WORDS.search(name) for name in names) or not all(map(_a_subject_s_name, names)):
        return None
    if _SUBJECT_NAME.fullmatch(names[0]) is None and not is_known_body(names[0]):
        return None  # 成立招商引资工作专班负责… · 督促县燃气公司负责…: a verb first, the body its object
    _helpers_later_in_the_sentence(text, reading)
    return reading


# 县市场监管局会同县卫健局开展校园食品安全守护行动: the units that lead, 会同, the units that help, then the work
_JOINT_SUBJECT = compile_pattern(
    rf"(?P<lead>[^,;:。、]{{2,40}}?(?:{ORGANISATION_ENDINGS}))会同"
    rf"(?P<helpers>[^,;:。]{{2,80}}?(?:{ORGANISATION_ENDINGS}))(?:等(?:有关|相关)?(?:部门|单位))?(?:共同)?(?=\p{{Han}})"
)


def _joint_subject(text: MappedText) -> Reading | None:
    """The lead and the helpers of a sentence that opens 甲会同乙开展… (`_JOINT_SUBJECT`), or None."""
    match = _JOINT_SUBJECT.match(text.text)
    if match is None:
        return None
    lead, helpers = (text.slice(*match.span(group)) for group in ("lead", "helpers"))
    return Reading([RoleValue(Role.LEAD, lead), RoleValue(Role.COOPERATING, helpers)])


# …，各乡镇人民政府配合做好辖区内排查工作。: a later clause of the same sentence opening with the units that help
_HELPERS_CLAUSE = compile_pattern(r"(?<=[,;])(?P<units>[^,;。:]{2,40}?)(?:配合|协助|参与)(?![率度人者面])(?=\p{Han})")


def _helpers_later_in_the_sentence(text: MappedText, reading: Reading) -> None:
    """The co-operating units a clause after the subject's names (县住建局负责…，各乡镇人民政府配合做好…), in the
    first sentence only, where they read as offices."""
    end = text.text.find("。", 0, PROSE_REACH)
    for match in _HELPERS_CLAUSE.finditer(text.text, 0, end if end >= 0 else min(len(text), PROSE_REACH)):
        names = [name for name in match["units"].split("、") if name]
        if names and all(map(_ends_like_an_office, names)) and _SUBJECT_NAME.fullmatch(names[0]) is not None:
            reading.values.append(RoleValue(Role.COOPERATING, text.slice(*match.span("units"))))


# The first body that is a task's subject opens with its level or 各 (县应急管理局 · 市委宣传部 · 各乡镇), or is a
# body the alias table knows (团县委), not with the verb of a sentence about it.
_SUBJECT_NAME = compile_pattern(rf"[{LEVELS}各]\p{{Han}}{{1,20}}")


def _a_subject_s_name(name: str) -> bool:
    return _ends_like_an_office(name) or COLLECTIVE_HEAD.fullmatch(name) is not None


# 由县环卫站负责清除沿线垃圾 · 由县消防大队、县委党校负责劝导商户: who does it, then what it does, as a
# sentence of its own (or after a label: 整改要求：由…), not a clause after another (对工作不力的，由督查室负责
# 通报). The units may stand after the part they play (由沿线包片单位县气象局负责…: 包片单位 says why it is
# them), and are never the speaker's own (由本单位负责…).
OWNER_OF_THE_ACTION = compile_pattern(
    r"(?:(?P<part>[^,;:、]{0,12}?(?:单位|部门))(?=[省市州县区旗乡镇]))?"
    r"(?P<units>(?!本)[^,;:]{2,80}?)(?P<verb>负责|牵头)(?!人|同志)(?=\p{Han})"
)


def _owner_of_the_action(body: MappedText) -> Reading | None:
    """The units of a 由 clause whose verb goes on with the work (负责清除…, 牵头制定…), when they read as units."""
    match = OWNER_OF_THE_ACTION.match(body.text)
    if match is None or not looks_like_units(match["units"]):
        return None
    return Reading([RoleValue(verb_role(match["verb"]), body.slice(*match.span("units")))])


def _at_boundary(text: str, position: int) -> bool:
    """Whether a label at `position` opens a field: after a separator, or glued to a body's name that ends the
    field before it (牵头:县甲局配合:县乙局, a cell whose line break the copy lost)."""
    if position == 0 or text[position - 1] in ";,。 \t\n" or _BREAK_TAG.search(text, max(0, position - 16), position):
        return True  # (a pipe row's cell parts its lines by <br>: 牵头：县甲局<br>配合：县乙局)
    return _AFTER_A_BODY.match(text, position) is not None
