"""Owners a heading names for the tasks under it: 一、王纲市长主抓重点工作 · 一、副县长 张卫东 分管领域 ·
二、周晓岚副县长、郭振宇副县长牵头的重点工作 · 一、县示范区管委会牵头工作(8项) ·
（一）扩大有效需求（牵头市领导：吴某、蒋某）.

Some plans group their tasks by the leader or the unit that carries them (FORMATS.md §3.C); the
heading then says who leads every task under it that names no one itself. Read once, when the
heading opens its section.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..spans import Offsets
from .compiled import compile_pattern
from .units import LEADER_POST, ORGANISATION_ENDINGS, POST_LEADER, POSTS, opens_with_surname
from .vocabulary import LEVELS

# The verb after the owners: 主抓 · 分管(的) · 牵头(的) · 负责 · 联系 (not …负责制, a system named after a post); or
# none, the owners' work named at once: 副市长陈立近期重点工作 · 县长王某2024年重点任务
OWNER_VERB = (
    r"(?:(?:共同|联合)?(?:主抓|分管|牵头|负责|联系)(?!制)"
    r"|(?:近期|今年|本?年度|(?:19|20)\d{2}年度?)?(?=(?:重点|主要)(?:工作|任务)))"
)
LEADERS_HEAD = compile_pattern(
    rf"(?P<owners>(?:{LEADER_POST.pattern})(?:[、,和及与](?:{LEADER_POST.pattern}))*){OWNER_VERB}"
)
# 县长 陈启航 分管领域(3项) · 县委常委、副县长 罗显文分管领域 · 常务副区长李某牵头重点工作: the posts first
LEADERS_AFTER_POSTS_HEAD = compile_pattern(
    rf"(?P<owners>(?:{POST_LEADER.pattern})(?:[、,和及与](?:{POST_LEADER.pattern}))*)\s?{OWNER_VERB}"
)
# 常务副市长牵头的重点工作 · 分管副县长负责的工作 · 市长牵头重点工作: a heading naming only a post, whose holder
# leads the part's tasks: the post is the leader, with the word that picks out its holder (分管 · 常务 · 主管). The
# title ends with the work it names (市长重点工作督办机制 · 主任联系企业工作 name no owner's part).
POST_ONLY_HEAD = compile_pattern(
    rf"(?P<post>(?:分管|主管|联系)?(?:{POSTS}))\s?(?:共同)?(?:主抓|分管|牵头|负责)?的?"
    r"(?:近期|今年|本?年度|(?:19|20)\d{2}年度?)?(?:重点|主要)?(?:工作|任务|事项)(?:\(\d{1,3}项\))?[。:]?\s*$"
)
# 常务 · 分管: a word before a post that says which holder is meant, never a person's name, though 常 is a surname;
# and the body a post sits in (市委 · 县政府 · 党组: 市委书记 · 区政府副区长)
POST_QUALIFIER = compile_pattern(
    rf"分管|主管|联系|常务|执行|[{LEVELS}](?:委|政府|人大)|[{LEVELS}]?(?:党委|党工委)|党组"
)
# 县示范区管委会牵头工作(8项) · 区发改局牵头的重点任务: a unit that leads the heading's tasks; the whole title
# (健全政府负责的工作体系 names a system, not an owner)
UNIT_HEAD = compile_pattern(
    rf"(?P<units>[^,;。:]{{2,40}}?(?:{ORGANISATION_ENDINGS}))(?:牵头|负责)(?:的|抓总的)?(?:重点|主要|具体)?(?:工作|任务|事项)"
    r"(?:\(\d{1,3}项\))?[。.:]?\s*$"
)
# 县住建局牵头 · 县发改局、县财政局牵头: the units and 牵头 alone, each a name that ends like a body (坚持党委领导、
# 政府负责 is a principle, no list of units)
_NAME = rf"[^,;。:、()]{{2,20}}?(?:{ORGANISATION_ENDINGS})"
UNITS_LEAD_HEAD = compile_pattern(rf"(?P<units>{_NAME}(?:、{_NAME}){{0,4}})牵头(?:\(\d{{1,3}}项\))?[。.:]?\s*$")


# 扩大有效投资(由县发改局牵头实施) · 促进消费(县商务局牵头) · 老旧小区改造提升(牵头单位:区住建局、区城管局): a
# bracket at the end of a heading naming only the units that lead the part; its tasks that name no lead take
# them (the levels make such a line a heading rather than a task only over two or more numbered tasks that
# name no units)
UNIT_TAIL = compile_pattern(
    rf"""\(
    (?: (?:由)?(?P<units>[^()，,;。:]{{2,40}}?(?:{ORGANISATION_ENDINGS}))牵头(?:实施|落实|推进|负责)?
      | 牵头(?:单位|部门)\s?:\s?(?P<units>[^()，,;。:]{{2,80}}?(?:{ORGANISATION_ENDINGS})) )
    \)\s*$""",
    regex.VERBOSE,
)

# 县发展和改革局(5项) · 市教育局: a plan listed by department, each heading only the name of the unit that leads
# its tasks (a level first, not 县级 · 区域 · 乡村, an organisation's ending last). Alone such a title may be a
# topic (市人民医院 · 县第一中学): it names the lead only with a count of its tasks, or where every heading of
# its level does, and never of a task that names its responsible units (`HeadingOwners.named_only`, settled
# by the finish).
UNIT_ONLY_HEAD = compile_pattern(
    rf"(?P<units>[{LEVELS}](?![级域村])[^\s,;。:()、]{{1,20}}?(?:{ORGANISATION_ENDINGS}))"
    r"(?P<count>\((?:共)?\d{1,3}项\))?[。:]?\s*$"
)


# 扩大有效需求(牵头市领导:吴海澄、蒋一帆) · 稳定就业(责任领导:张某): a bracket at the end of a heading naming, under a
# leader's label, who leads the part; its tasks that name no leader take them
LEADER_TAIL = compile_pattern(
    r"\((?P<label>(?:牵头|责任|分管|联系|包抓)?[省市州县区旗镇乡]?级?领导)\s?:\s?"
    r"(?P<names>\p{Han}{2,4}(?:[、,]\p{Han}{2,4}){0,5})\)\s*$"
)
LEADER_NAME = compile_pattern(r"\p{Han}{2,4}")


@dataclass(frozen=True)
class HeadingOwners:
    """Leaders (name, post) and the lead-unit list a heading names, as offsets into the title."""

    leaders: list[tuple[Offsets, Offsets]] = field(default_factory=list)
    units: Offsets | None = None
    named_only: bool = False  # the title is only a unit's name, no count: an owner if its siblings are too

    def shifted(self, by: int) -> HeadingOwners:
        """The same owners with offsets into the document, for a title that starts at `by`."""

        def shift(offsets: Offsets) -> Offsets:
            return offsets[0] + by, offsets[1] + by

        units = shift(self.units) if self.units else None
        return HeadingOwners([(shift(name), shift(post)) for name, post in self.leaders], units, self.named_only)


def heading_owners(title: str) -> HeadingOwners:
    """Who the heading `title` (normalised) names as owners of its tasks, by offsets into it."""
    if match := LEADERS_HEAD.match(title):
        found = list(LEADER_POST.finditer(title, 0, match.end("owners")))
        if not any(POST_QUALIFIER.fullmatch(pair["leader"]) for pair in found):  # not 常务 of 常务副市长
            return HeadingOwners([(pair.span("leader"), pair.span("post")) for pair in found])
    if match := LEADERS_AFTER_POSTS_HEAD.match(title):
        found = list(POST_LEADER.finditer(title, 0, match.end("owners")))
        if all(opens_with_surname(pair["leader"]) for pair in found):  # a name after the posts, not 市长热线
            return HeadingOwners([(pair.span("leader"), pair.span("post")) for pair in found])
    if match := POST_ONLY_HEAD.match(title):
        return HeadingOwners([(match.span("post"), match.span("post"))])
    if match := UNIT_HEAD.match(title) or UNITS_LEAD_HEAD.match(title):
        return HeadingOwners(units=match.span("units"))
    if match := UNIT_ONLY_HEAD.fullmatch(title):
        return HeadingOwners(units=match.span("units"), named_only=match["count"] is None)
    if match := UNIT_TAIL.search(title):
        return HeadingOwners(units=match.span("units"))
    if match := LEADER_TAIL.search(title):
        names = LEADER_NAME.finditer(title, match.start("names"), match.end("names"))
        return HeadingOwners([(name.span(), match.span("label")) for name in names])
    return HeadingOwners()
