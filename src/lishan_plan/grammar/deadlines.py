"""Deadlines: read 完成时限 phrases into the last day they allow.

"2024年12月底前" → 2024-12-31 (date); "6月底完成" in a 2024 notice → 2024-06-30 (date);
"2024年5月至9月" → 2024-09-30 (period); "全年" / "年内见成效" → the year's end (period);
"长期坚持" / "持续推进" → no date (ongoing).
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from ..model import DeadlineKind
from .compiled import compile_pattern
from .numerals import han_to_int, month_end

# 2024年12月底前 · 12月底前完成 · 2024年6月30日前 · 2025年1月底前
_DAY = compile_pattern(
    r"(?:(?P<year>\d{4})\s{0,2}年)?\s{0,2}(?P<month>\d{1,2})\s{0,2}月\s{0,2}(?P<day>\d{1,2})\s{0,2}[日号]"
)
# 12月底 · 2024年6月中旬 · 2016年6底 (a copy that dropped 月)
_MONTH = compile_pattern(
    r"(?:(?P<year>\d{4})\s{0,2}年)?\s{0,2}(?:(?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}月|(?P<month>\d{1,2})(?=[底末]))\s{0,2}"
    r"(?P<part>底|末|中旬|上旬|下旬|中|初)?"
)
# 2024年5月至9月 · 5—9月 · 2024年5月-2024年9月
_MONTH_RANGE = compile_pattern(
    r"(?:(?P<year>\d{4})\s{0,2}年)?\s{0,2}\d{1,2}\s{0,2}月?\s{0,2}(?:至|到|[-—–~])\s{0,2}"
    r"(?:(?P<end_year>\d{4})\s{0,2}年)?\s{0,2}(?P<end_month>\d{1,2})\s{0,2}月"
)
# 2024—2025年 · 2024年至2025年 (not 2024年至2025年6月底前: its month decides)
_YEAR_RANGE = compile_pattern(
    r"(?:19|20)\d{2}\s{0,2}年?\s{0,2}(?:至|到|[-—–~])\s{0,2}(?P<end>(?:19|20)\d{2})\s{0,2}年(?!\s{0,2}\d{1,2}\s{0,2}月)"
)
_YEAR_END = compile_pattern(r"(?:(?P<year>\d{4})\s{0,2})?年\s{0,2}底")  # 年底, 2024年底 (not 彻底)
_QUARTER = compile_pattern(r"(?:(?P<year>\d{4})\s{0,2}年\s{0,2})?(?:第)?(?P<quarter>[一二三四1-4])\s{0,2}季度")
_HALF = compile_pattern(r"(?:(?P<year>\d{4})\s{0,2}年\s{0,2})?(?P<half>上|下)半年")
_YEAR_ONLY = compile_pattern(r"(?P<year>(?:19|20)\d{2})\s{0,2}年(?:内|底前|全年)?")
_WHOLE_YEAR = compile_pattern(r"全年|年内|本年度|年度内|当年")
# 立行立改 · 立即整改 · 即知即改: a rectification's at once, no day to it
_AT_ONCE = r"立行立改|立查立改|即知即改|边查边改|立即(?:整改|落实|执行|开展|启动)"
_ONGOING = compile_pattern(rf"长期|持续|常态|久久为功|每年|每季度|每月|定期|适时|按年度|{_AT_ONCE}")
# Events of the year a deadline may name instead of a date: 汛前 · 主汛期前 · 春节前 · 国庆节前 · 秋季开学前
EVENTS = (
    r"主汛期|汛期|汛|春节|元旦|国庆节?|中秋节?|秋季学期开学|春季学期开学|秋季学期|春季学期|秋季开学|春季开学|开学|雨季"
    r"|供暖季|采暖季"
)
_EVENT = compile_pattern(rf"(?:(?P<year>\d{{4}})\s{{0,2}}年\s{{0,2}})?(?P<event>{EVENTS})\s{{0,2}}(?:前|以前|之前)")
# The day before an event the calendar fixes (a lunar feast or a flood season it does not).
EVENT_EVE = {
    "国庆": "09-30",
    "国庆节": "09-30",
    "元旦": "12-31",
    "秋季开学": "08-31",
    "秋季学期开学": "08-31",
    "秋季学期": "08-31",
}
# / · — · 无: the mark of a value left empty, in a table's cell or after a label (配合单位：无): no deadline, no unit
EMPTY_MARK = compile_pattern(r"[/／\\\-—–]{1,6}|无|暂无")

# A phrase that can stand alone as a deadline inside a bracket: "6月底完成", "年内持续推进",
# "2024年12月底前", "长期坚持", "9月投入使用", "5月底前动工", "每季度", "每月10日前"; the verb may name what is done by
# then in a few words, no second verb among them ("2025年6月底前完成建设", "12月底前实现互联互通", "每季度
# 开展一次"; not 5月底前动工 + 开工建设老年大学, a task's text). Bounded so a task sentence is never taken for one.
_DONE = r"""(?:完成|建成|见效|见成效|启动|到位|实现|落实|投用|持续推进|持续开展|基本完成|全面完成
      |投入使用|建成投用|建成通车|建成投运|建成投产|动工|开工|竣工|完工|开业|通车|上线|交付使用|运行|验收)"""
# A span of years before the year that ends it (2016—2017年底前 · 2017年至2018年底前); a month whose 月 the
# copy dropped before 底 (2016年6底前); a time after an event the notice names (省出台文件后2个月完成 ·
# 文件印发后3个月内).
_YEARS_FROM = r"(?:(?:19|20)\d{2}\s{0,2}年?\s{0,2}[—\-–~至到]\s{0,2})?"
_AFTER_EVENT = (
    r"\p{Han}{2,10}?(?:后|之后)\s{0,2}(?:\d{1,3}|[一二三四五六七八九十两]{1,3})"
    r"\s{0,2}个?(?:月|工作日|日|天|周)(?:内|以内)?"
)
DEADLINE_PHRASE = compile_pattern(
    rf"""(?:{_YEARS_FROM}(?:19|20)\d{{2}}\s{{0,2}}年\s{{0,2}})?
    (?:\d{{1,2}}\s{{0,2}}(?:月|(?=[底末]))\s{{0,2}}(?:\d{{1,2}}\s{{0,2}}[日号])?(?:底|末|中旬|上旬|下旬)?
      |(?:第?[一二三四1-4]季度|[上下]半年|年?底|年?内|全年|本年度))?
    \s{{0,2}}(?:前|以前|之前)?\s{{0,2}}
    (?:{_DONE}(?:(?!{_DONE})\p{{Han}}){{0,4}})?
    |(?:(?:19|20)\d{{2}}\s{{0,2}}年\s{{0,2}})?(?:{EVENTS})\s{{0,2}}(?:前|以前|之前)\s{{0,2}}
      (?:{_DONE}(?:(?!{_DONE})\p{{Han}}){{0,4}})?
    |{_AFTER_EVENT}(?:{_DONE}(?:(?!{_DONE})\p{{Han}}){{0,4}})?
    |(?:长期坚持|持续推进|长期推进|常态化(?:推进|开展)?|持续开展|长期|持续|年内见成效|全年|年内|{_AT_ONCE})
    |(?:每|按)(?:年度?|半年|季度?|月)(?:\d{{1,2}}\s{{0,2}}月)?(?:\s{{0,2}}\d{{1,2}}\s{{0,2}}[日号])?(?:末|底)?(?:前|以前)?
      (?:(?:开展|调度|报送|通报|召开)\p{{Han}}{{0,4}})?""",
    regex.VERBOSE,
)


# A phrase longer than this is a sentence that mentions a date, not a deadline (年内持续推进 is 6).
MAX_DEADLINE_PHRASE = 20

# A deadline phrase names a time: a figure, a year, a month, a quarter or a duration word.
TIME_WORD = compile_pattern(rf"\d|年|季度|长期|持续|常态|月|{EVENTS}|{_AT_ONCE}")


def is_deadline_phrase(text: str) -> bool:
    """Whether a short phrase is a deadline and nothing else (it names a time)."""
    text = text.strip().rstrip("。.")
    if not text or len(text) > MAX_DEADLINE_PHRASE:
        return False
    if not DEADLINE_PHRASE.fullmatch(text):
        return False
    return TIME_WORD.search(text) is not None


def opens_with_a_month(text: str) -> bool:
    """Whether a cell opens with a month: a schedule (2026年3月印发实施细则，9月开展评估 · 六月底前完成方案，
    年底前全面完成), where a deadline column holds more than a phrase."""
    return _MONTH.match(text.strip()) is not None


Resolved = tuple[str | None, DeadlineKind] | None  # None: the row matched but names no day; try the next


def _year(match: regex.Match[str], group: str, year: int | None) -> int | None:
    return int(match[group]) if match[group] else year


def _month_range(match: regex.Match[str], year: int | None) -> Resolved:
    end_year = int(match["end_year"] or match["year"] or 0) or year
    month = int(match["end_month"])
    return (month_end(end_year, month) if end_year and 1 <= month <= 12 else None), DeadlineKind.PERIOD


def _year_range(match: regex.Match[str], year: int | None) -> Resolved:
    return f"{match['end']}-12-31", DeadlineKind.PERIOD


def _day(match: regex.Match[str], year: int | None) -> Resolved:
    day_year, month, day = _year(match, "year", year), int(match["month"]), int(match["day"])
    if day_year and 1 <= month <= 12 and 1 <= day <= 31:
        return min(f"{day_year:04d}-{month:02d}-{day:02d}", month_end(day_year, month)), DeadlineKind.DATE
    return None


# The day that ends a part of a month: 上旬 / 初 the 10th, 中旬 / 中 the 20th, else the month's last day.
MONTH_PART_END = {"上旬": 10, "初": 10, "中旬": 20, "中": 20}


def _month(match: regex.Match[str], year: int | None) -> Resolved:
    month_year, month = _year(match, "year", year), han_to_int(match["month"]) or 0
    if not month_year or not 1 <= month <= 12:
        return None
    if (day := MONTH_PART_END.get(match["part"] or "")) is not None:
        return f"{month_year:04d}-{month:02d}-{day:02d}", DeadlineKind.DATE
    return month_end(month_year, month), DeadlineKind.DATE


def _quarter(match: regex.Match[str], year: int | None) -> Resolved:
    quarter_year, quarter = _year(match, "year", year), han_to_int(match["quarter"]) or 0
    return (month_end(quarter_year, quarter * 3), DeadlineKind.PERIOD) if quarter_year and 1 <= quarter <= 4 else None


def _half(match: regex.Match[str], year: int | None) -> Resolved:
    half_year = _year(match, "year", year)
    if not half_year:
        return None
    return (f"{half_year}-06-30" if match["half"] == "上" else f"{half_year}-12-31"), DeadlineKind.PERIOD


def _year_end(match: regex.Match[str], year: int | None) -> Resolved:
    end_year = _year(match, "year", year)
    return (f"{end_year}-12-31", DeadlineKind.DATE) if end_year else None


def _whole_year(match: regex.Match[str], year: int | None) -> Resolved:
    return (f"{year}-12-31" if year else None), DeadlineKind.PERIOD


def _ongoing(match: regex.Match[str], year: int | None) -> Resolved:
    return None, DeadlineKind.ONGOING


def _event(match: regex.Match[str], year: int | None) -> Resolved:
    event_year, eve = _year(match, "year", year), EVENT_EVE.get(match["event"])
    if event_year and eve:
        return f"{event_year}-{eve}", DeadlineKind.DATE
    if match["year"]:
        return None  # 2025年汛前: no fixed day, but within its year (the year's row gives the year's end)
    return None, DeadlineKind.PERIOD  # 汛前 · 春节前: before an event the calendar does not fix


def _year_only(match: regex.Match[str], year: int | None) -> Resolved:
    return f"{match['year']}-12-31", DeadlineKind.PERIOD


# The deadline grammar, tried in order: the first row whose pattern is found and whose resolver names
# a day (or says the work is ongoing) decides. A sample phrase and what it gives stand above each row.
DEADLINE_ROWS: tuple[tuple[regex.Pattern[str], Callable[[regex.Match[str], int | None], Resolved]], ...] = (
    # 2024年5月至9月 → 2024-09-30 (period)
    (_MONTH_RANGE, _month_range),
    # 2024—2025年 → 2025-12-31 (period)
    (_YEAR_RANGE, _year_range),
    # 2024年6月30日前 → 2024-06-30 (date)
    (_DAY, _day),
    # 12月底前 in a 2024 notice → 2024-12-31 · 6月中旬 → 2024-06-20 (date)
    (_MONTH, _month),
    # 第三季度 → 2024-09-30 (period)
    (_QUARTER, _quarter),
    # 上半年 → 2024-06-30 (period)
    (_HALF, _half),
    # 2024年底 · 年底前 → 2024-12-31 (date)
    (_YEAR_END, _year_end),
    # 全年 · 年内 → 2024-12-31 (period)
    (_WHOLE_YEAR, _whole_year),
    # 国庆节前 → 2024-09-30 (date) · 汛前 → no day (period) · 2025年汛前 → the year's row: 2025-12-31 (period)
    (_EVENT, _event),
    # 长期坚持 · 持续推进 → no day (ongoing)
    (_ONGOING, _ongoing),
    # 2025年 → 2025-12-31 (period)
    (_YEAR_ONLY, _year_only),
)


def read_deadline(raw: str, year: int | None) -> tuple[str | None, DeadlineKind]:
    """The last day a deadline phrase allows and its kind; `year` is the notice's year."""
    text = raw.strip()
    for pattern, resolve in DEADLINE_ROWS:
        if (match := pattern.search(text)) is not None and (resolved := resolve(match, year)) is not None:
            return resolved
    return None, DeadlineKind.ONGOING
