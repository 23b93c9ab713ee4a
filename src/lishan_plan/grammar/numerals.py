"""Numerals and dates as notices print them: 十一 → 11, 二〇二四年一月二十六日 → 2024-01-26."""

from __future__ import annotations

import calendar

from .compiled import compile_pattern

_DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "O": 0,
    "o": 0,
    "О": 0,
    "0": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


# ① … ⑳: the one-character circled numbers, one level under (1) where a notice prints both
CIRCLED_NUMBERS = frozenset(chr(code) for code in range(ord("①"), ord("⑳") + 1))


def han_to_int(numeral: str) -> int | None:
    """A Chinese numeral up to the hundreds (十一 → 11, 二十三 → 23, 一百零五 → 105), or digits."""
    numeral = numeral.strip()
    if numeral.isdecimal():  # ASCII or full-width digits; not ①, ⑵ or ² (isdigit would let those in)
        return int(numeral)
    if numeral in CIRCLED_NUMBERS:
        return ord(numeral) - ord("①") + 1
    if len(numeral) == 1 and "⑴" <= numeral <= "⒇":  # the one-character (1) … (20)
        return ord(numeral) - ord("⑴") + 1
    if not numeral or any(char not in _DIGITS and char not in "十百" for char in numeral):
        return None
    total, current = 0, 0
    for char in numeral:
        if char == "百":
            total += (current or 1) * 100
            current = 0
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _DIGITS[char]
    return total + current


def _year_of(numeral: str) -> int | None:
    if numeral.isdecimal():
        return int(numeral)
    if all(char in _DIGITS for char in numeral):
        return int("".join(str(_DIGITS[char]) for char in numeral))
    return None


# 2023年3月28日 · 2024 年 1 月 22 日 · 二〇二四年一月二十六日 · 二OO八年 · 2024-02-27
_DATE = compile_pattern(
    r"(?P<year>\d{4}|[〇○零OoО0一二三四五六七八九]{4})\s{0,2}(?:年|[-/.])\s{0,2}"
    r"(?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}(?:月|[-/.])\s{0,2}"
    r"(?P<day>\d{1,2}|[一二三四五六七八九十]{1,4})\s{0,2}日?"
)


# 2024327 · 2022121日: a date whose 年 and 月 the page lost (they were images, or a converter dropped them).
_COLLAPSED_DATE = compile_pattern(r"(?P<year>(?:19|20)\d{2})(?P<rest>\d{2,4})\s{0,2}日?")


def collapsed_date_readings(text: str) -> list[str]:
    """Every real date the digits of a collapsed date can be read as, in order: 2024327 → [2024-03-27];
    2022121 → [2022-01-21, 2022-12-01] (the digits alone cannot tell these two apart)."""
    match = _COLLAPSED_DATE.fullmatch(text.strip())
    if not match:
        return []
    year, rest = int(match["year"]), match["rest"]
    readings = []
    for cut in range(max(1, len(rest) - 2), min(2, len(rest) - 1) + 1):
        month, day = int(rest[:cut]), int(rest[cut:])
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
            readings.append(f"{year:04d}-{month:02d}-{day:02d}")
    return readings


def iso_date(text: str, *, not_after: str | None = None) -> str | None:
    """The first date in `text` as YYYY-MM-DD, or None when there is none or it is impossible.

    A collapsed date (2022121) is read the one way its digits allow. Where they allow two, `not_after`
    (the page's publication date, when it shows one) decides: a notice is signed before it is published,
    so the latest reading on or before it is taken; without it the date stays unknown rather than guessed.
    """
    match = _DATE.search(text)
    if not match:
        readings = collapsed_date_readings(text)
        if len(readings) > 1 and not_after is not None:
            readings = [reading for reading in readings if reading <= not_after][-1:]
        return readings[0] if len(readings) == 1 else None
    year = _year_of(match["year"])
    month, day = han_to_int(match["month"]), han_to_int(match["day"])
    if year is None or month is None or day is None or not 1 <= month <= 12:
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def is_date(text: str) -> bool:
    """Whether `text` is a date and nothing more (甲府发〔2026〕8号 二〇二六年三月十七日: the part after the number)."""
    return _DATE.fullmatch(text.strip()) is not None and iso_date(text) is not None


def month_end(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


YEAR = compile_pattern(r"(?:19|20)\d{2}")


def first_year(text: str) -> int | None:
    """The first four-digit year in `text`."""
    match = YEAR.search(text)
    return int(match.group()) if match else None
