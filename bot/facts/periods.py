"""Calendar and fiscal periods: find them in text, resolve them per calendar, name them back.

A phrase ("FY21", "the September quarter of 2021", "the year before FY2021") becomes a
*reference* first: what the words say, before anyone knows whose calendar applies.
`resolve` turns a reference into concrete `Period`s for one entity's `FiscalCalendar`,
and `label` / `span` / `describe` turn a `Period` back into words that `parse_period`
reads again.

Periods here are whole months wherever a phrase names months; only explicit dates
("3 Apr 2013 – 9 May 2013", ISO intervals) give other day boundaries.
"""

from __future__ import annotations

import calendar
import functools
import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TypeAlias

from bot import patterns
from bot.facts.model import Period, SalesBotError

# --------------------------------------------------------------------------- months


def _month_index(year: int, month: int) -> int:
    """Months since year 0, so month arithmetic is integer arithmetic."""
    return year * 12 + month - 1


def _month_of(index: int) -> tuple[int, int]:
    year, month0 = divmod(index, 12)
    return year, month0 + 1


def _month_end(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


def _months(first: int, count: int) -> Period:
    """`count` whole months starting at month index `first`."""
    y1, m1 = _month_of(first)
    y2, m2 = _month_of(first + count - 1)
    return Period(date(y1, m1, 1), _month_end(y2, m2))


def _is_whole_months(p: Period) -> bool:
    return p.start.day == 1 and p.end == _month_end(p.end.year, p.end.month)


def _month_count(p: Period) -> int:
    return _month_index(p.end.year, p.end.month) - _month_index(p.start.year, p.start.month) + 1


def _add_months(d: date, months: int) -> date:
    """The same day `months` later, clamped to the month's length (Feb 29 -> Feb 28)."""
    y, m = _month_of(_month_index(d.year, d.month) + months)
    return date(y, m, min(d.day, monthrange(y, m)[1]))


def _shift(p: Period, months: int) -> Period:
    """Move a period by whole months, keeping month ends on month ends."""
    if _is_whole_months(p):
        return _months(_month_index(p.start.year, p.start.month) + months, _month_count(p))
    return Period(_add_months(p.start, months), _add_months(p.end, months))


# How far a period counted in weeks may start or end from the whole months it stands for.
WEEKS_SLACK = timedelta(days=6)


def in_whole_months(p: Period) -> Period | None:
    """The whole months a period counted in weeks stands for: a retailer's 52/53-week
    year (4 Feb 2024 – 1 Feb 2025) is its fiscal year by months (Feb 2024 – Jan 2025),
    its 13-week quarters likewise, each end within WEEKS_SLACK of a month's. None for a
    period of whole months already, or one nowhere near them."""
    if _is_whole_months(p) or p.days < 28:
        return None
    nearest_start = date(p.start.year, p.start.month, 1)
    if p.start.day > 15:
        nearest_start = date(*_month_of(_month_index(p.start.year, p.start.month) + 1), 1)
    nearest_end = _month_end(p.end.year, p.end.month)
    if p.end.day <= 15:
        nearest_end = _month_end(*_month_of(_month_index(p.end.year, p.end.month) - 1))
    if abs(p.start - nearest_start) > WEEKS_SLACK or abs(p.end - nearest_end) > WEEKS_SLACK:
        return None
    return Period(nearest_start, nearest_end)


def _nearest_month_end(year: int, month: int, day: int | None) -> tuple[int, int]:
    """The month a year or quarter "ending" on this day is treated as ending in.

    52/53-week years end on a weekday near a month end, sometimes a few days into the
    next month (Sep 27, Oct 1, Jan 2): day 1-15 counts as the previous month's end."""
    if day is not None and day <= 15:
        return _month_of(_month_index(year, month) - 1)
    return year, month


# ------------------------------------------------------------------- fiscal calendars

_MONTH_DAY = patterns.compile(r"(\d{1,2})-(\d{1,2})")


@dataclass(frozen=True)
class FiscalCalendar:
    """When an entity's fiscal year ends, and whether it is named by its start or end year.

    A year end that is not a month end ("09-27", "01-02") is treated as the nearest
    month end (day 1-15: the previous month's), so fiscal years, quarters and halves
    are always whole months."""

    end_month: int = 12
    end_day: int = 31
    named_by: str = "end"  # "start": Apr 2013-Mar 2014 is FY2013; "end": it is FY2014

    def __post_init__(self) -> None:
        if not 1 <= self.end_month <= 12:
            raise SalesBotError(f"fiscal year end month {self.end_month} is not 1-12")
        # 2000 is a leap year, so Feb 29 is accepted as a year end
        if not 1 <= self.end_day <= monthrange(2000, self.end_month)[1]:
            raise SalesBotError(
                f"fiscal year end day {self.end_day} does not exist in month {self.end_month}"
            )
        if self.named_by not in ("start", "end"):
            raise SalesBotError(
                f"fiscal years are named by 'start' or 'end' year, not {self.named_by!r}"
            )

    @classmethod
    def of(cls, fiscal_year_end: str | None, named_by: str | None) -> FiscalCalendar:
        """From an entity's settings: ("03-31", "start"); no year end means calendar years."""
        naming = (named_by or "end").strip().lower()
        if fiscal_year_end is None or not fiscal_year_end.strip():
            return cls(named_by=naming)
        m = _MONTH_DAY.fullmatch(fiscal_year_end.strip())
        if m is None:
            raise SalesBotError(
                f"fiscal year end {fiscal_year_end!r} is not a month and day like 03-31"
            )
        return cls(int(m[1]), int(m[2]), naming)

    @property
    def last_month(self) -> int:
        """The month (1-12) whose last day closes the fiscal year, for period arithmetic."""
        return _nearest_month_end(2001, self.end_month, self.end_day)[1]

    @property
    def is_calendar(self) -> bool:
        """Fiscal years are calendar years (the year ends at, or a few days after, Dec 31)."""
        return self.last_month == 12

    def _first_month(self, fy: int) -> int:
        """Month index of the first month of fiscal year `fy`."""
        end_year = fy + 1 if self.named_by == "start" and not self.is_calendar else fy
        return _month_index(end_year, self.last_month) - 11

    def year(self, fy: int) -> Period:
        return _months(self._first_month(fy), 12)

    def quarter(self, fy: int, q: int) -> Period:
        if not 1 <= q <= 4:
            raise SalesBotError(f"there is no quarter {q}: use 1-4")
        return _months(self._first_month(fy) + 3 * (q - 1), 3)

    def half(self, fy: int, h: int) -> Period:
        if h not in (1, 2):
            raise SalesBotError(f"there is no half {h}: use 1 or 2")
        return _months(self._first_month(fy) + 6 * (h - 1), 6)

    def fiscal_year_of(self, d: date) -> int:
        end_year = d.year if d.month <= self.last_month else d.year + 1
        return end_year - 1 if self.named_by == "start" and not self.is_calendar else end_year


CALENDAR = FiscalCalendar()

# ------------------------------------------------------------------ period references


@dataclass(frozen=True)
class YearRef:
    """ "FY2013" (fiscal=True), "CY2013" (False), a bare "2013" (None: either)."""

    year: int
    fiscal: bool | None = None


@dataclass(frozen=True)
class SplitYearRef:
    """ "FY2013/14": the fiscal year running from start_year into end_year."""

    start_year: int
    end_year: int
    # "Q2 2024/25", "H1 FY2024/25": one part of that year, as (months a part, which part)
    part: tuple[int, int] | None = None
    # "the Nov-Jan quarter of 2024/25": the months ending with a month inside that year,
    # as (last month, months)
    ending: tuple[int, int] | None = None


@dataclass(frozen=True)
class QuarterRef:
    quarter: int
    year: int | None = None
    fiscal: bool | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.quarter <= 4:
            raise SalesBotError(f"there is no quarter {self.quarter}: use 1-4")


@dataclass(frozen=True)
class HalfRef:
    half: int
    year: int | None = None
    fiscal: bool | None = None

    def __post_init__(self) -> None:
        if self.half not in (1, 2):
            raise SalesBotError(f"there is no half {self.half}: use 1 or 2")


@dataclass(frozen=True)
class QuarterEndingRef:
    """ "The June quarter": the three calendar months ending with `month`."""

    month: int
    year: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise SalesBotError(f"there is no month {self.month}: use 1-12")


@dataclass(frozen=True)
class MonthsEndingRef:
    """ "The year to March", "the six months to September", "Jan–Sep": `months` calendar
    months ending with `month`, of a year the question does not say."""

    month: int
    months: int
    year: int | None = None
    # "the Dec-Feb quarter of fiscal 2021": YEAR names a fiscal year, and the span is
    # the one closing with that month inside it (a calendar year's month otherwise)
    fiscal: bool = False

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1 <= self.months <= 12:
            raise SalesBotError(f"there is no span of {self.months} months to month {self.month}")


@dataclass(frozen=True)
class LeadingMonthsRef:
    """ "The first nine months of fiscal 2021", "9M 2021": the first `months` months of a
    year, fiscal or calendar as `fiscal` says (None: either)."""

    months: int
    year: int | None = None
    fiscal: bool | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.months <= 12:
            raise SalesBotError(f"a year has no first {self.months} months")


@dataclass(frozen=True)
class WeeksEndingRef:
    """ "The 18 weeks to 4 January": `weeks` whole weeks closing on a day of a year the
    phrase does not say (with a year it is an `ExactRef`)."""

    weeks: int
    month: int
    day: int

    def __post_init__(self) -> None:
        date(2000, self.month, self.day)  # ValueError for a day no year has
        if not 1 <= self.weeks <= 53:
            raise SalesBotError(f"there is no span of {self.weeks} weeks")


@dataclass(frozen=True)
class MonthEndRef:
    """ "At the end of June", "by end-June": the last day of a month of a year not said, a
    point in time (a backlog, a subscriber count) or where a running total stops."""

    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise SalesBotError(f"there is no month {self.month}: use 1-12")


@dataclass(frozen=True)
class ToDateRef:
    """ "Year-to-date", "YTD", "so far this fiscal year": the months of a year up to the
    latest one reported; which year and how many months, only the store can say."""

    fiscal: bool | None = None
    year: int | None = None  # "YTD FY24": the year the months are counted in
    until: date | None = None  # "YTD through October 2025": the last day counted


@dataclass(frozen=True)
class SeasonRef:
    """ "The holiday season", "Christmas 2023", "back-to-school": a trading season, which
    companies report over spans of their own (nine weeks, the five weeks to 2 January).
    It fits a period of at most a quarter inside the season's window; `year` is the year
    the season starts in."""

    season: str  # a key of _SEASONS
    year: int | None = None
    quarter: bool = False  # "the holiday quarter": one of the company's quarters, no span

    def __post_init__(self) -> None:
        if self.season not in _SEASONS:
            raise SalesBotError(f"there is no season {self.season!r}")


# Season -> (first month of its window, months in the window). Only seasons of trade:
# "summer" or "spring" also date statements ("the forecast before the summer cut").
_SEASONS = {"holiday": (10, 4), "back to school": (7, 3), "new year": (1, 2), "golden week": (4, 2)}
_SEASON_WORDS = {
    "holiday": "holiday", "holidays": "holiday", "christmas": "holiday", "xmas": "holiday",
    "festive": "holiday", "black friday": "holiday", "thanksgiving": "holiday",
    "cyber monday": "holiday", "back to school": "back to school", "golden week": "golden week",
    "lunar new year": "new year", "chinese new year": "new year",
}  # fmt: skip


@dataclass(frozen=True)
class ExactRef:
    period: Period


@dataclass(frozen=True)
class RelativeRef:
    """`steps` years or quarters from `base`, or from the question's anchor when base is None."""

    base: PeriodRef | None
    steps: int
    unit: str  # "year" or "quarter"
    # months the phrase says the period spans ("the same quarter a year earlier": 3):
    # a base of another length ("F25") names no such period
    span: int | None = None

    def __post_init__(self) -> None:
        if self.unit not in ("year", "quarter"):
            raise SalesBotError(f"relative periods step by year or quarter, not {self.unit!r}")


@dataclass(frozen=True)
class LatestRef:
    unit: str | None = None  # "year", "quarter", "month" or None: whatever is latest

    def __post_init__(self) -> None:
        if self.unit not in (None, "year", "quarter", "month"):
            raise SalesBotError(f"latest takes year, quarter or month, not {self.unit!r}")


PeriodRef: TypeAlias = (
    YearRef
    | SplitYearRef
    | QuarterRef
    | HalfRef
    | QuarterEndingRef
    | MonthsEndingRef
    | LeadingMonthsRef
    | WeeksEndingRef
    | MonthEndRef
    | ToDateRef
    | SeasonRef
    | ExactRef
    | RelativeRef
    | LatestRef
)


@dataclass(frozen=True)
class PeriodMention:
    ref: PeriodRef
    start: int  # character offsets of the phrase in the text
    end: int
    text: str


# ------------------------------------------------------------------------- grammar
# Fragments are strings; rules compile them once, below. Every rule is matched with
# re.IGNORECASE, starts at a word boundary and may not end inside a word.

_MONTH_WORDS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH_NUMBERS = {
    name: n
    for n, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
_MONTH_ABBREVIATIONS = {n: name.title() for name, n in _MONTH_NUMBERS.items()}
# For readers of dates the grammar leaves alone ("In February", "on Jan. 30"): one list of
# month names for every reader.
MONTH_NUMBERS = dict(_MONTH_NUMBERS)
MONTH_PATTERN = rf"(?:{_MONTH_WORDS})\.?"

_QUOTE = "'‘’"
# "FY", "fy-", "fiscal year ", and the bare "F" of "F25", "Q2 F2025" (never "F-35", "F150")
# ("the full fiscal year 2026": the fiscal year, its "full" said)
_FY = (
    r"(?:fy|f\.y\.|f(?=(?:20)?\d\d(?!\d))|(?:full[\s-]+)?(?:fiscal|financial)(?:\s+year)?)"
    r"\s*[-–]?\s*"
)
_CY = r"(?:cy|calendar(?:\s+year)?)\s*[-–]?\s*"
_DASH = r"\s*[-–—]\s*"
_RANGE_WORD = r"(?:\s+|\s*[-–—]\s*)(?:to|through|thru|until|till|and)(?:\s+|\s*[-–—]\s*)"
_ENDING = (
    r"(?:\s*[,(]\s*|\s+|-)(?:(?:that|which)\s+)?(?:end(?:ing|ed|s)?|to|through|thru|until|till)\s+"
    r"(?:(?:in|on)\s+)?"
)
_COUNT = r"a|an|one|two|three|four|five|\d{1,2}"
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# fmt: off
_STEP_UNITS = {"year": "year", "years": "year", "fy": "year",
               "quarter": "quarter", "quarters": "quarter"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4,
            "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_HALF_WORDS = {"front": 1, "back": 2}  # "the back half of the year"
# Counts of months and weeks: "the 18 weeks to 4 January", "the four months to April".
_UNIT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}
_NUMBER_WORDS = {
    **_UNIT_WORDS, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
# fmt: on
# the tens up to a 53-week year, alone and compounded: "twenty-six", "thirty-nine weeks"
for _tens, _n in {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}.items():
    _NUMBER_WORDS[_tens] = _n
    _NUMBER_WORDS.update({f"{_tens}-{u}": _n + k for u, k in _UNIT_WORDS.items()})
_NUMBER = r"\d{1,2}|" + "|".join(
    w.replace("-", r"[\s-]") for w in sorted(_NUMBER_WORDS, key=len, reverse=True)
)


def count_of(word: str) -> int:
    """ "18", "eighteen" or "thirty nine" -> the count of a span of weeks or months."""
    return int(word) if word.isdigit() else _NUMBER_WORDS["-".join(word.lower().split())]


NUMBER_PATTERN = _NUMBER
_count = count_of


# A year is never followed by a scale or unit: "2000 units", "2013 million" are amounts.
# (A thing counted after it is what the year's figure is of: "the 2024 handset target".)
_NOT_AMOUNT = (
    r"(?!\s*(?:%|(?:percent|per\s+cent|pct|thousand|million|billion|trillion|bn|mn|k|m|b"
    r"|units?|dollars?|yen|euros?|won)(?!\w)))"
)
# A year written with its fiscal marker ("Q4FY25 dollar revenue") is never an amount.
_NOT_AMOUNT_UNLESS_FY = rf"(?:(?<=fy\d\d)|(?<=fy\d{{4}})|{_NOT_AMOUNT})"
# What may not touch a bare year: currency signs, decimal points, date separators.
_NOT_BEFORE_YEAR = r"(?<![\w$€£¥.,/:#'‘’-])"
_NOT_AFTER_YEAR = r"(?![\w%]|[.,]\d|[-–/]\d)"


def _month(name: str) -> str:
    return rf"(?P<{name}>{_MONTH_WORDS})\.?(?![a-z])"


def _year(name: str) -> str:
    """A year after a prefix (FY, Q3): 2013, 13 or '13."""
    return rf"(?P<{name}>\d{{4}}|[{_QUOTE}]?\d\d)(?!\d)"


def _plain_year(name: str) -> str:
    """A year that has only itself to look like one: 2013 or '13, never plain 13."""
    return rf"(?P<{name}>\d{{4}}|[{_QUOTE}]\d\d)(?!\d)"


def _year_tail(separator: str, two_digit: bool) -> str:
    """An optional year after a quarter or half, itself maybe fiscal ("of fiscal 2013")."""
    plain = _year("yb") if two_digit else _plain_year("yb")
    return rf"(?:{separator}(?:(?P<fy>{_FY}){_year('yf')}|(?P<cy>{_CY}){_year('yc')}|{plain}))?"


def _end_date(year_required: bool) -> str:
    """The date a year or quarter ends on: "June 2013", "June 30, 2013", "30 June 2013"."""
    year = rf"\s*,?\s*{_plain_year('ey')}"
    return (
        rf"(?:(?P<ed>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_month('em')}"
        rf"|{_month('em2')}(?:\s+(?P<ed2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))?)"
        + (year if year_required else f"(?:{year})?")
    )


# "31.10.2024", "10/31/24": a day in figures (which order: `_numeric_day`)
NUMERIC_DATE = r"\d{1,2}[./]\d{1,2}[./](?:(?:19|20)\d\d|\d\d)(?![\d.]?\d)"


def _day_date(p: str, year_required: bool) -> str:
    """One day: "3 Apr 2013", "April 3, 2013", "2013-04-03"; groups prefixed by `p`."""
    year = rf"\s*,?\s*{_plain_year(p + 'y')}"
    return (
        rf"(?:(?:(?P<{p}d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_month(p + 'm')}"
        rf"|{_month(p + 'mb')}\s+(?P<{p}db>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))"
        + (year if year_required else f"(?:{year})?")
        + rf"|(?P<{p}iso>\d{{4}}-\d\d-\d\d)"
        + rf"|(?P<{p}num>{NUMERIC_DATE}))"
    )


# ------------------------------------------------------------------ match readers


def _g(m: re.Match[str], *names: str) -> str | None:
    """The first of these groups that matched."""
    for name in names:
        value = m.groupdict().get(name)
        if value is not None:
            return value
    return None


def _to_year(text: str, century_of: int | None = None) -> int:
    """ "2013" -> 2013; "13"/"'13" -> 2013 (00-69 are 20xx, 70-99 are 19xx)."""
    digits = text.strip(_QUOTE)
    if len(digits) == 4:
        return int(digits)
    yy = int(digits)
    if century_of is not None:  # "2013/14": the end year follows the start year
        year = century_of // 100 * 100 + yy
        return year + 100 if year < century_of else year
    return 2000 + yy if yy < 70 else 1900 + yy


def _month_num(text: str) -> int:
    return _MONTH_NUMBERS[text[:3].lower()]


def month_number(word: str) -> int | None:
    """1-12 for a month's name, its three-letter form or "sept"; None for any other word."""
    word = word.lower().rstrip(".")
    if word[:3] not in _MONTH_NUMBERS or not (
        word in ("sept", word[:3]) or calendar.month_name[_MONTH_NUMBERS[word[:3]]].lower() == word
    ):
        return None
    return _MONTH_NUMBERS[word[:3]]


def _fiscal_flag(*words: str | None) -> tuple[bool, bool | None]:
    """Combine "fiscal"/"FY" and "calendar"/"CY" markers: (consistent, fiscal)."""
    flags = set()
    for word in words:
        if word:
            flags.add(not word.strip().lower().startswith("c"))  # cy, calendar
    if len(flags) > 1:
        return False, None
    return True, flags.pop() if flags else None


def _tail(m: re.Match[str]) -> tuple[int | None, str | None]:
    """The year of a `_year_tail` and its fiscal/calendar marker (none in a bare code)."""
    g = m.groupdict()
    if g.get("yf"):
        return _to_year(g["yf"]), g["fy"]
    if g.get("yc"):
        return _to_year(g["yc"]), g["cy"]
    if g.get("yb"):
        return _to_year(g["yb"]), None
    return None, None


def _end_month(m: re.Match[str]) -> tuple[int | None, int]:
    """(year, month) an `_end_date` closes, day 1-15 counting as the previous month."""
    month = _month_num(_g(m, "em", "em2") or "")
    day = _g(m, "ed", "ed2")
    year = _to_year(m["ey"]) if m["ey"] else None
    y, mo = _nearest_month_end(year if year is not None else 2001, month, int(day) if day else None)
    return (y if year is not None else None), mo


def _numeric_day(text: str) -> date | None:
    """ "31.10.2024" (dots: always day, month, year), "31/10/2024" or "10/31/2024" (slashes:
    whichever order the numbers allow); None when both orders are possible ("04/05/2024")
    or the separators differ: a guessed day would answer with another date's figure."""
    sep = "." if "." in text else "/"
    parts = text.split(sep)
    if len(parts) != 3:  # "31.10/2024": two separators, no convention
        return None
    first, second, year = int(parts[0]), int(parts[1]), _to_year(parts[2])  # "24" is 2024
    if sep == "." or first > 12 >= second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day(m: re.Match[str], p: str, default_year: int | None) -> date | None:
    if m[p + "iso"]:
        return date.fromisoformat(m[p + "iso"])
    if m[p + "num"]:
        return _numeric_day(m[p + "num"])
    year = _to_year(m[p + "y"]) if m[p + "y"] else default_year
    if year is None:
        return None
    return date(
        year, _month_num(_g(m, p + "m", p + "mb") or ""), int(_g(m, p + "d", p + "db") or 0)
    )


# ----------------------------------------------------------------------- builders
# Each turns a rule's match into a reference, or None when the words do not add up
# ("between April and ...", "FY2013/15").

Builder: TypeAlias = Callable[[re.Match[str]], PeriodRef | None]


def _iso(m: re.Match[str]) -> PeriodRef:
    return ExactRef(Period(date.fromisoformat(m["a"]), date.fromisoformat(m["b"])))


def _split_year(m: re.Match[str]) -> PeriodRef | None:
    start = _to_year(m["y"])
    end = _to_year(m["y2"], century_of=start)
    return SplitYearRef(start, end) if end == start + 1 else None


def _part_of_split_year(m: re.Match[str]) -> PeriodRef | None:
    """ "Q2 2024/25", "2024/25 H1", "the second quarter of FY2024/25": a part of the fiscal
    year that runs from one year into the next, whatever the company names it by."""
    year = _split_year(m)
    if "lm" in m.groupdict() and m["lm"]:  # "9M 2024/25": the first nine months
        return None if year is None else replace(year, part=(int(m["lm"]), 1))  # type: ignore[arg-type]
    letter = (_g(m, "pl", "pl2") or "").lower() or ("q" if "quarter" in m["unit"].lower() else "h")
    n = int(_g(m, "pn", "pn2") or 0) or ORDINALS[m["ord"].lower()]
    size = _PART_CODES[letter]
    if year is None or n > 12 // size:
        return None
    return replace(year, part=(size, n))  # type: ignore[arg-type]


def _first_quarters_of_split_year(m: re.Match[str]) -> PeriodRef | None:
    """ "Q1–Q3 2024/25", "the first nine months of 2024/25": the first months of that year."""
    year = _split_year(m)
    months = 3 * int(m["qb"]) if m["qb"] else _LEADING_COUNTS[m["n"].lower()]
    if year is None:
        return None
    return year if months == 12 else replace(year, part=(months, 1))


def _first_quarters(m: re.Match[str]) -> PeriodRef | None:
    """ "Q1–Q3 2025": the first nine months of the company's year 2025."""
    months = 3 * int(m["qb"])
    year = _to_year(m["y"])
    return YearRef(year, True) if months == 12 else LeadingMonthsRef(months, year, True)


def _fiscal_year_ref(m: re.Match[str]) -> PeriodRef:
    return YearRef(_to_year(m["y"]), True)


def _calendar_year_ref(m: re.Match[str]) -> PeriodRef:
    return YearRef(_to_year(m["y"]), False)


def _bare_year(m: re.Match[str]) -> PeriodRef:
    return YearRef(_to_year(m["y"]), None)


def _part(kind: type[QuarterRef] | type[HalfRef]) -> Builder:
    """Quarter or half codes and words: "Q3 2013", "3Q13", "the second half of fiscal 2013"."""

    def build(m: re.Match[str]) -> PeriodRef | None:
        number = _g(m, "n", "n2")
        word = (_g(m, "ord") or "").lower()
        n = int(number) if number else ORDINALS.get(word) or _HALF_WORDS[word]
        year, marker = _tail(m)
        ok, fiscal = _fiscal_flag(_g(m, "pf"), _g(m, "pf2"), _g(m, "pf3"), marker)
        return kind(n, year, fiscal) if ok else None

    return build


def _fiscal_first_part(kind: type[QuarterRef] | type[HalfRef]) -> Builder:
    """ "FY2013 Q2", "FY13 2Q", "fiscal 2013 third quarter": always fiscal."""

    def build(m: re.Match[str]) -> PeriodRef:
        number = _g(m, "n", "n2")
        n = int(number) if number else ORDINALS[(m["ord"] or "").lower()]
        return kind(n, _to_year(m["y"]), True)

    return build


def _month_quarter(m: re.Match[str]) -> PeriodRef:
    year = _g(m, "y0", "y")
    return QuarterEndingRef(_month_num(m["m"]), _to_year(year) if year else None)


def _quarter_ending(m: re.Match[str]) -> PeriodRef:
    year, month = _end_month(m)
    return QuarterEndingRef(month, year)


def _months_ending(m: re.Match[str]) -> PeriodRef:
    count = 6 if m["half"] else _count(m["n"] or "12")  # "the half-year ended 30 June"
    year, month = _end_month(m)
    assert year is not None  # the rule requires one
    return ExactRef(_months(_month_index(year, month) - count + 1, count))


def _part_of_year(m: re.Match[str]) -> PeriodRef:
    """'the last three months of 2024' is Q4; 'the first six months' is H1."""
    first = m["which"].lower() in ("first", "opening")
    fiscal = True if m["fy"] else None
    year = _to_year(m["y"])
    if m["n"].lower() in ("three", "3"):
        return QuarterRef(1 if first else 4, year, fiscal)
    return HalfRef(1 if first else 2, year, fiscal)


def _fiscal_month_end(m: re.Match[str]) -> PeriodRef:
    """'FY3/14': the twelve months ending March 2014."""
    year, month = _to_year(m["y"]), int(m["m"])
    return ExactRef(_months(_month_index(year, month) - 11, 12))


def _month_span(m: re.Match[str]) -> PeriodRef | None:
    if "and" in m["conn"].lower() and not m["between"]:
        return None  # "April 2013 and March 2014" lists two months; a span needs "between"
    m1, m2 = _month_num(m["m1"]), _month_num(m["m2"])
    y2 = _to_year(m["y2"])
    y1 = _to_year(m["y1"]) if m["y1"] else (y2 if m1 <= m2 else y2 - 1)
    first, last = _month_index(y1, m1), _month_index(y2, m2)
    first, last = first + _after_end(m["e1"]), last - _before_start(m["e2"])
    return ExactRef(_months(first, last - first + 1)) if first <= last else None


def _after_end(word: str | None) -> int:
    """ "Between the end of March and ...": the span starts the month after March."""
    return 1 if word and word.lower() in ("end", "close") else 0


def _before_start(word: str | None) -> int:
    """ "... and the start of July": the span closes with June."""
    return 1 if word and word.lower() in ("start", "beginning") else 0


def _day_span(m: re.Match[str]) -> PeriodRef | None:
    if "and" in m["conn"].lower() and not m["between"]:
        return None
    end = _day(m, "b", None)
    assert end is not None  # the end date requires its year
    start = _day(m, "a", end.year)
    if start is None:
        return None
    if start > end and not m["ay"] and not m["aiso"]:
        start = start.replace(year=start.year - 1)  # "3 Dec – 9 Jan 2014"
    return ExactRef(Period(start, end)) if start <= end else None


def _one_month(m: re.Match[str]) -> PeriodRef:
    return ExactRef(_months(_month_index(_to_year(m["y"]), _month_num(m["m"])), 1))


def _one_day(m: re.Match[str]) -> PeriodRef | None:
    day = _day(m, "a", None)
    return ExactRef(Period(day, day)) if day else None


def _year_span(m: re.Match[str]) -> PeriodRef | None:
    if "and" in m["conn"].lower() and not m["between"]:
        return None
    y1, y2 = int(m["y1"]), int(m["y2"])
    return ExactRef(_months(_month_index(y1, 1), 12 * (y2 - y1 + 1))) if y1 < y2 else None


_PART_CODES = {"q": 3, "h": 6}
_NINE = patterns.compile(r"9|nine|three\s+quarters", re.IGNORECASE)


def _part_of_named_year(m: re.Match[str]) -> PeriodRef:
    """'H1 FY3/22', 'Q3 FY3/22', '9M FY3/22': a part of the fiscal year ending in the month
    the notation names, which needs no calendar."""
    first = _month_index(_to_year(m["y"]), int(m["m"])) - 11
    if m["nm"]:
        return ExactRef(_months(first, 9))
    letter = (m["pl"] or m["pl2"] or "").lower()
    if letter:
        n = int(m["pn"] or m["pn2"])
        size = _PART_CODES[letter]
    else:
        n, size = ORDINALS[m["ord"].lower()], 3 if m["unit"].lower() == "quarter" else 6
    if n > 12 // size:
        raise SalesBotError(f"there is no part {n} of {12 // size}")
    return ExactRef(_months(first + size * (n - 1), size))


def _leading_months(m: re.Match[str]) -> PeriodRef | None:
    """'the first nine months of fiscal 2021', '9M 2021', 'the first three quarters of 2021',
    'nine-month sales', 'the first six months'. A code ('9M 2025') counts from the start of
    the company's own year, as the reports that write it do; without a year, which year
    is the store's (or the statement's) to say."""
    months = _LEADING_COUNTS[re.sub(r"\s+", " ", (m["n"] or m["q"]).lower())]
    year, marker = _tail(m)
    if m["yb"] and m["yb"].isdigit() and len(m["yb"]) == 2 and not m["code"]:
        return None  # "the first six months, 12 stores": '9M 24' is a year, that is not
    ok, fiscal = _fiscal_flag(_g(m, "pf"), _g(m, "pf2"), marker)
    if not ok:
        return None
    if m["code"] and year is not None and fiscal is None:
        fiscal = True
    return LeadingMonthsRef(months, year, fiscal)


_LEADING_COUNTS = {
    "three": 3, "3": 3, "six": 6, "6": 6, "nine": 9, "9": 9, "two quarters": 6,
    "three quarters": 9,
}  # fmt: skip
# A word just before "9m" that makes it an amount: "sold 9m", "a target of 9m", "over 6M".
_AMOUNT_CUE = patterns.compile(
    r"(?:\b(?:a|an|of|to|than|at|about|around|over|under|nearly|almost|roughly|some|just|hit|hits"
    r"|reach\w*|sold|sells?|selling|ship\w*|deliver\w*|exceed\w*|top\w*|beat|pass\w*|by"
    r"|and|or|target|goal|aim\w*|forecast|expect\w*|plan\w*|guid\w*|add\w*|gain\w*|lost"
    r"|record|another|extra|additional|cumulative)|[-+~≈<>$€£¥])\s*$",
    re.IGNORECASE,
)


def _code_is_period(m: re.Match[str]) -> bool:
    """ "9M sales", "Sony's 9m revenue": a period; "sold 9m", "hit 9M": an amount."""
    return _AMOUNT_CUE.search(m.string, 0, m.start()) is None


def _leading_months_no_year(m: re.Match[str]) -> PeriodRef | None:
    if m["code"] and not _code_is_period(m):
        return None
    word = _g(m, "n", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "q") or ""
    months = _LEADING_COUNTS[re.sub(r"\s+", " ", word.lower())]
    ok, fiscal = _fiscal_flag(_g(m, "pf"), _g(m, "pf2"), _g(m, "pf3"))
    return LeadingMonthsRef(months, None, fiscal) if ok else None


def _to_date(m: re.Match[str]) -> PeriodRef | None:
    ytd = (m["ytd"] or "").lower()
    ok, fiscal = _fiscal_flag(
        _g(m, "pf"), _g(m, "pf2"), _g(m, "pf3"), "f" if ytd == "fytd" else None
    )
    return ToDateRef(fiscal) if ok else None


def _year_first_part(m: re.Match[str]) -> PeriodRef:
    """'2024 Q2', '2024-H1', '2024 2Q': the year first, the quarter or half after it."""
    n = int(m["n"] or m["n2"])
    year = _to_year(m["y"])
    if (m["l"] or m["l2"]).lower() == "q":
        return QuarterRef(n, year, None)
    return HalfRef(n, year, None)


def _months_to(m: re.Match[str]) -> PeriodRef:
    """'the year to March', 'the six months ended September 30': no year said."""
    count = 6 if m["half"] else _count(m["n"] or "12")
    day = _g(m, "ed", "ed2")
    _, month = _nearest_month_end(2001, _month_num(m["em"]), int(day) if day else None)
    return MonthsEndingRef(month, count)


def _month_span_no_year(m: re.Match[str]) -> PeriodRef | None:
    """'Jan–Sep', 'April to June', 'between the end of March and the end of June': the
    months from one to the other, of a year not said."""
    if "and" in m["conn"].lower() and not m["between"]:
        return None
    m1 = _month_num(m["m1"]) + _after_end(m["e1"])
    m2 = _month_num(m["m2"]) - _before_start(m["e2"])
    return MonthsEndingRef((m2 - 1) % 12 + 1, (m2 - m1) % 12 + 1)


def _year_ending(m: re.Match[str]) -> PeriodRef:
    """'FYE Sep 2019', 'FYE March 31, 2021': the twelve months closing then."""
    year, month = _end_month(m)
    assert year is not None  # the rule requires one
    return ExactRef(_months(_month_index(year, month) - 11, 12))


def _weeks_ending(m: re.Match[str]) -> PeriodRef | None:
    """'the nine weeks ended December 30, 2023': whole weeks back from that day."""
    end = _day(m, "b", None)
    if end is None:
        return None
    weeks = _count(m["n"])
    return ExactRef(Period(end - timedelta(days=7 * weeks - 1), end))


def _season(m: re.Match[str]) -> PeriodRef:
    key = _SEASON_WORDS[re.sub(r"[\s-]+", " ", m["season"].lower())]
    year = _g(m, "y", "y0")
    return SeasonRef(key, _to_year(year) if year else None, bool(m["quarter"]))


def _direction(word: str) -> int:
    word = word.lower()
    later = ("after", "following", "later", "next")
    return 1 if any(word.startswith(w) for w in later) else -1


def _relative(steps: int | None = None) -> Builder:
    """Relative phrases without a base: "the previous quarter", "a year ago"."""

    def build(m: re.Match[str]) -> PeriodRef:
        count = m.groupdict().get("n")
        n = (_COUNTS.get(count.lower()) or int(count)) if count else 1
        unit = _STEP_UNITS[(m.groupdict().get("unit") or "year").lower()]
        direction = _direction(m["dir"]) if m.groupdict().get("dir") else -1
        return RelativeRef(None, steps if steps is not None else direction * n, unit)

    return build


_SPAN_MONTHS = {"quarter": 3, "half": 6, "month": 1}


def _same_span_a_year_before(m: re.Match[str]) -> PeriodRef:
    """'the same quarter a year earlier', 'the same nine months last year': a year back
    from a period that spans a quarter, nine months."""
    if m["n"]:
        return RelativeRef(None, -1, "year", count_of(m["n"]))
    return RelativeRef(None, -1, "year", _SPAN_MONTHS.get(m["span"].lower()))


def _latest(m: re.Match[str]) -> PeriodRef:
    unit = (m.groupdict().get("unit") or "").lower()
    return LatestRef(_STEP_UNITS.get(unit))


# -------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    build: Builder


def _rule(name: str, pattern: str, build: Builder) -> _Rule:
    return _Rule(name, patterns.compile(pattern, re.IGNORECASE), build)


def _part_rules(kind: type[QuarterRef] | type[HalfRef]) -> list[_Rule]:
    letter, digits, word = ("q", "1-4", "quarter") if kind is QuarterRef else ("h", "12", "half")
    ordinal = "|".join(n for n, v in ORDINALS.items() if v <= (4 if kind is QuarterRef else 2))
    if kind is HalfRef:
        ordinal += "|" + "|".join(_HALF_WORDS)
    marker = r"(?:(?P<pf>fiscal|calendar)\s+)?"
    code_sep = r"(?:\s*,\s*|\s*[-/]\s*|\s+of\s+(?:the\s+)?|\s*)"
    word_sep = r"(?:\s*,?\s+(?:(?:of|in)\s+)?(?:the\s+)?)"
    build = _part(kind)
    return [
        # "Q3 2013", "Q3 '13", "Q3 13", "fiscal Q2 FY2013", a bare "Q3", "fq3 24"
        _rule(
            f"{word}-code",
            rf"(?<!\w){marker}(?P<pf3>f)?{letter}(?P<n>[{digits}])"
            # a year after the code is no year when an amount's unit follows ("Q1 20
            # units"); the code alone is still a period ("H1 units: 131,900")
            + rf"(?:{_year_tail(code_sep, True).removesuffix('?')}(?!\w){_NOT_AMOUNT_UNLESS_FY})?"
            + r"(?!\w)",
            build,
        ),
        # "2024 Q2", "2024-H1", "2024 2Q": the year first
        _rule(
            f"year-first-{word}",
            rf"{_NOT_BEFORE_YEAR}(?P<y>(?:19|20)\d\d)\s*[-/]?\s*"
            rf"(?:(?P<l>{letter})(?P<n>[{digits}])|(?P<n2>[{digits}])(?P<l2>{letter}))(?!\w)",
            _year_first_part,
        ),
        # "3Q13", "2Q FY2013": the digit-first form needs its year ("1h" may be an hour)
        _rule(
            f"{word}-code-digit-first",
            rf"(?<!\w){marker}(?P<n>[{digits}]){letter}"
            rf"(?:\s*(?:(?P<fy>{_FY}){_year('yf')}|(?P<cy>{_CY}){_year('yc')}|{_year('yb')}))"
            r"(?!\w)",
            build,
        ),
        # a bare "3Q", "1H": the latest such part; a half's H in capitals ("1h": an hour?)
        _rule(
            f"bare-{word}-code-digit-first",
            rf"(?<!\w){marker}(?P<n>[{digits}])"
            + (letter if kind is QuarterRef else "(?-i:H)")
            + r"(?![\w'’])",
            build,
        ),
        # "the third quarter of 2013", "second fiscal quarter of 2013", "first half"
        _rule(
            f"{word}-words",
            rf"(?<!\w)(?:the\s+)?{marker}(?P<ord>{ordinal})[\s-]+(?:(?P<pf2>fiscal|calendar)\s+)?"
            rf"{word}{_year_tail(word_sep, False)}(?!\w)",
            build,
        ),
        # "FY2013 Q2", "FY13 2Q", "fiscal 2013 second half"
        _rule(
            f"fiscal-year-{word}",
            rf"(?<!\w){_FY}{_year('y')}\s*(?:[,/-]\s*)?(?:{letter}(?P<n>[{digits}])"
            rf"|(?P<n2>[{digits}]){letter}|(?P<ord>{ordinal})[\s-]+(?:fiscal\s+)?{word})(?!\w)",
            _fiscal_first_part(kind),
        ),
    ]


# "months", and a wire brief's "9-mo", "nine mos", "6 mths"
_MONTHS_WORD = r"(?:months?|mos?\.?|mths?)(?![\w])"
_FY_MONTH_END = r"fye?\s*(?P<m>0?[1-9]|1[0-2])\s*/\s*(?P<y>\d{4}|\d\d)(?![\w/])"
_YEAR_PART = (
    r"(?:(?P<pl>[qh])(?P<pn>[1-4])|(?P<pn2>[1-4])(?P<pl2>[qh])"
    r"|(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?P<unit>quarter|half)"
    r"|(?P<nm>(?:first\s+)?(?:nine|9)(?:[\s-]?months?|m)|(?:first\s+)?three\s+quarters))"
)
# the year after "the first nine months": required, maybe fiscal ("of fiscal 2021", "FY21")
_LEADING_YEAR = (
    _year_tail(r"(?:\s*,?\s+(?:(?:of|in|to)\s+)?(?:the\s+)?|\s*)", True).removesuffix(")?") + ")"
)
# "the prior fiscal year, ended March 2021": the end date says which year; "prior" adds nothing
_SAID_BEFORE = r"(?:(?:prior|previous|preceding|last|latest|most\s+recent|past|full)\s+)?"
_WEEK_COUNT = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
_ISO_INTERVAL = r"(?P<a>\d{4}-\d\d-\d\d)\s*/\s*(?P<b>\d{4}-\d\d-\d\d)(?!\d)"
_SPAN_START = r"(?<!\w)(?:(?P<between>between)\s+|from\s+)?"
_SPAN_CONNECTOR = rf"(?P<conn>{_DASH}|{_RANGE_WORD})"


def _end_of(name: str) -> str:
    """ "the end of March", "the start of July" before a month of a span."""
    return rf"(?:(?:the\s+)?(?P<{name}>end|close|start|beginning)\s+of\s+)?"


_SPLIT_YEAR = rf"(?:{_FY})?{_year('y')}\s*[/–—-]\s*{_year('y2')}(?!\w)"
_SPLIT_PART = (
    r"(?:(?P<pl>[qh])(?P<pn>[1-4])|(?P<pn2>[1-4])(?P<pl2>[qh])|(?P<lm>[369])m"
    r"|(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?"
    r"(?P<unit>quarter|half))"
)

_RULES: list[_Rule] = [
    _rule("iso-interval", _ISO_INTERVAL, _iso),
    # "Q1–Q3 2024/25", "the first nine months of 2024/25": the year's first quarters
    _rule(
        "quarters-through-split-year",
        rf"(?<!\w)(?:Q1\s*[–—-]\s*Q(?P<qb>[2-4])|(?:the\s+)?(?:first|opening)\s+"
        rf"(?P<n>nine|9|six|6|three|3)\s+months)\s*,?\s*(?:(?:of|in)\s+)?(?:the\s+)?"
        rf"(?:(?:fiscal|financial)\s+(?:year\s+)?)?{_SPLIT_YEAR}",
        _first_quarters_of_split_year,
    ),
    # "Q1–Q3 2025", "Q1-Q2 FY2025": the first quarters of a year, as "9M 2025" counts them
    _rule(
        "quarters-through",
        rf"(?<!\w)Q1\s*[–—-]\s*Q(?P<qb>[2-4])\s*,?\s*(?:(?:of|in)\s+)?(?P<fy>FY\s?|fiscal\s+)?"
        rf"{_year('y')}(?![\w/])",
        _first_quarters,
    ),
    # "Q2 2024/25", "H1 FY2024/25", "the second quarter of 2024/25", "2024/25 Q2"
    _rule(
        "part-of-split-year",
        rf"(?<!\w){_SPLIT_PART}\s*,?\s*(?:(?:of|in)\s+)?(?:the\s+)?{_SPLIT_YEAR}",
        _part_of_split_year,
    ),
    _rule(
        "split-year-first-part",
        rf"{_NOT_BEFORE_YEAR}(?P<y>\d{{4}})\s*/\s*(?P<y2>\d{{4}}|\d\d)\s*,?\s*"
        rf"(?:(?P<pl>[qh])(?P<pn>[1-4])|(?P<pn2>[1-4])(?P<pl2>[qh]))(?!\w)",
        _part_of_split_year,
    ),
    # "FY2013/14", "FY2013-14", "fiscal 2013/2014", "2013/14", "2013-14"
    _rule(
        "fiscal-split-year",
        rf"(?<!\w){_FY}{_year('y')}\s*[/–—-]\s*{_year('y2')}(?!\w)",
        _split_year,
    ),
    _rule(
        "split-year-slash",
        rf"{_NOT_BEFORE_YEAR}(?P<y>\d{{4}})\s*/\s*(?P<y2>\d{{4}}|\d\d)(?![\w/]|[.,]\d|-\d)",
        _split_year,
    ),
    # "in 23/24", "for 25/26", "Ostmark's 25/26 guidance": two-digit years a year apart,
    # after a word that takes a year (a day and month are "on" or "at" a date)
    _rule(
        "split-year-short",
        r"(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bof\s)|(?<=\bthe\s)|(?<=\bduring\s)|(?<='s\s)|"
        r"(?<=’s\s))(?P<y>\d\d)\s*/\s*(?P<y2>\d\d)(?![\w/]|[.,]\d)",
        _split_year,
    ),
    _rule(
        "split-year-dash",
        rf"{_NOT_BEFORE_YEAR}(?P<y>\d{{4}})[-–](?P<y2>\d\d)(?![\w/]|[.,]\d|-\d)",
        _split_year,
    ),
    # Japanese-style "FY3/14", "FY 3/2021": the fiscal year ending in that month
    _rule("fiscal-year-month-end", rf"(?<!\w){_FY_MONTH_END}", _fiscal_month_end),
    # "H1 FY3/22", "the third quarter of FY3/22", "9M FY3/22"; "FY3/22 Q3"
    _rule(
        "part-of-fiscal-year-month-end",
        rf"(?<!\w)(?:the\s+)?{_YEAR_PART}(?:\s*,\s*|\s+(?:of|in)\s+(?:the\s+)?|\s*)"
        rf"{_FY_MONTH_END}",
        _part_of_named_year,
    ),
    _rule(
        "fiscal-year-month-end-part",
        rf"(?<!\w){_FY_MONTH_END}\s*(?:[,/-]\s*)?{_YEAR_PART}(?!\w)",
        _part_of_named_year,
    ),
    # "FYE Sep 2019", "FYE March 31, 2021"
    _rule("year-end-date", rf"(?<!\w)fye\s*[-–]?\s*{_end_date(True)}(?!\w)", _year_ending),
    # "the first nine months of fiscal 2021", "9M 2021", "9M FY2021", "nine months of 2021"
    _rule(
        "leading-months",
        rf"(?<![\w.,$€£¥])(?:the\s+)?(?:(?P<pf>fiscal|calendar)\s+)?(?:(?:first|opening)\s+)?"
        rf"(?:(?P<n>nine|9|six|6|three|3)(?:[\s-]?{_MONTHS_WORD}|(?P<code>m))(?:\s+period)?"
        r"|(?:first\s+)?(?P<q>(?:two|three)\s+quarters))(?P<pf2>)"
        rf"{_LEADING_YEAR}(?!\w|[.,]\d)",
        _leading_months,
    ),
    # no year: "the first nine months", "nine-month sales", "9M revenue", "the first two
    # quarters"; never "the last six months" (the months before now, not a year's first)
    _rule(
        "leading-months-no-year",
        r"(?<![\w.,$€£¥])(?<!last\s)(?<!past\s)(?<!next\s)(?<!recent\s)(?<!previous\s)"
        r"(?<!coming\s)(?<!trailing\s)(?<!rolling\s)"
        r"(?:(?:the\s+)?(?:(?P<pf>fiscal|calendar)\s+)?(?:first|opening)\s+"
        r"(?:(?P<n>nine|9|six|6|three|3)\s+months|(?P<q>(?:two|three)\s+quarters))"
        rf"|the\s+(?:(?P<pf3>fiscal|calendar)\s+)?(?P<n2>nine|9|six|6|three|3)[\s-]{_MONTHS_WORD}"
        r"(?:\s+period)?"
        rf"|(?P<n3>nine|9|six|6|three|3)-{_MONTHS_WORD}"
        r"|(?P<n4>9|6)(?P<code>m)"
        r"|(?<=after\s)(?P<n5>nine|9|six|6|three|3)\s+months"
        # "nine month sales" (a span's length before a noun), "the prior year's nine months"
        r"|(?P<n6>nine|9|six|6)\s+month(?=\s+[a-z])|(?<='s\s)(?P<n7>nine|9|six|6)\s+months"
        # "nine months revenue", "with nine months done": nine months are a year's first
        # nine (six or three months may be any span: "in six months they")
        r"|(?P<n8>nine)\s+months(?=\s+(?!(?:they|we|i|you|it|the|a|an|of|ago|later|earlier"
        r"|before|after|from|to|ended|ending|through|until|since|left|more|away)\b)[a-z]))"
        r"(?:\s+of\s+the\s+(?:(?P<pf2>fiscal|financial|calendar)\s+)?year)?"
        r"(?!\s*(?:to|ended|ending|through|thru|until|till|of|since|ago|earlier|later|before"
        r"|after|from|in\s+(?:19|20)\d\d|[-'‘’]?\d)\b)(?![\w-])" + _NOT_AMOUNT,
        lambda m: _leading_months_no_year(m),
    ),
    # "at the end of June", "by end-June": a point of a year not said ("as of" is left to
    # the reader of statement dates: "as of the end of June, what did they expect ...")
    _rule(
        "month-end-no-year",
        r"(?<!\w)(?:at|by|as\s+(?:of|at))\s+(?:the\s+)?(?:end|close)(?:\s+of\s+|-)(?:the\s+month\s+of\s+)?"
        rf"{_month('m')}(?!\s*,?\s*(?:\d|['‘’]\d))(?!\w)",
        lambda m: MonthEndRef(_month_num(m["m"])),
    ),
    # "year-to-date", "YTD", "so far this fiscal year"
    _rule(
        "to-date",
        r"(?<!\w)(?:(?:the\s+)?(?:(?P<pf>fiscal|calendar)\s+)?year[\s-]+to[\s-]+date"
        r"|(?P<ytd>f?ytd)|so\s+far\s+this\s+(?:(?P<pf2>fiscal|financial|calendar)\s+)?year"
        r"|this\s+(?:(?P<pf3>fiscal|financial|calendar)\s+)?year\s+so\s+far)(?!\w)",
        _to_date,
    ),
    # "FY2013", "FY13", "fy-2013", "fiscal year 2013", "fiscal 13"
    _rule("fiscal-year", rf"(?<!\w){_FY}{_year('y')}(?!\w)", _fiscal_year_ref),
    _rule("calendar-year", rf"(?<!\w){_CY}{_year('y')}(?!\w)", _calendar_year_ref),
    # "end-2024", "year-end 2024": the year a point in time closes (period_fit.py reads the
    # point at its end), where a bare year never follows a hyphen
    _rule(
        "year-end",
        rf"(?<!\w)(?:end-|year[\s-]end\s+)(?P<y>(?:19|20)\d\d){_NOT_AFTER_YEAR}",
        _bare_year,
    ),
    # a bare "2013" or "'13"
    _rule(
        "year", rf"{_NOT_BEFORE_YEAR}(?P<y>(?:19|20)\d\d){_NOT_AFTER_YEAR}{_NOT_AMOUNT}", _bare_year
    ),
    _rule(
        "quoted-year",
        rf"(?<![\w{_QUOTE}])(?P<y>[{_QUOTE}]\d\d)(?![\w%]|[.,]\d){_NOT_AMOUNT}",
        _bare_year,
    ),
    *_part_rules(QuarterRef),
    *_part_rules(HalfRef),
    # "the September quarter", "the September quarter of 2021", "September 2021 quarter"
    _rule(
        "month-quarter",
        rf"(?<!\w)(?:the\s+)?{_month('m')}(?:\s+{_plain_year('y0')})?[\s-]+(?:quarter|qtr)"
        rf"(?:\s*,?\s+(?:(?:of|in)\s+)?{_plain_year('y')})?(?!\w)",
        _month_quarter,
    ),
    # "the quarter ending June 2013", "three months ended September 30, 2013"
    _rule(
        "quarter-ending",
        rf"(?<!\w)(?:the\s+)?(?:(?:fiscal\s+)?quarter|(?:three|3)[\s-]months?(?:\s+period)?)"
        rf"{_ENDING}{_end_date(False)}(?!\w)",
        _quarter_ending,
    ),
    # "the last three months of 2024", "the first six months of fiscal 2011"
    _rule(
        "part-of-year",
        r"(?<!\w)(?:the\s+)?(?P<which>first|last|final|closing|opening)\s+"
        r"(?P<n>three|3|six|6)[\s-]months?\s+of\s+(?:the\s+)?"
        rf"(?P<fy>{_FY})?(?:year\s+)?{_year('y')}(?!\w)",
        _part_of_year,
    ),
    # "the final quarter of 2024", "the last quarter of fiscal 2013"
    _rule(
        "last-quarter-of-year",
        r"(?<!\w)(?:the\s+)?(?:last|final|closing|fourth)\s+quarter\s+of\s+(?:the\s+)?"
        rf"(?P<fy>{_FY})?(?:year\s+)?{_year('y')}(?!\w)",
        lambda m: QuarterRef(4, _to_year(m["y"]), True if m["fy"] else None),
    ),
    # "fiscal year ended June 30, 2019", "the year to June 2020", "12 months ending ..."
    _rule(
        "months-ending",
        rf"(?<!\w)(?:the\s+)?{_SAID_BEFORE}(?:(?P<half>half[\s-]?year|interim\s+period)"
        rf"|(?:fiscal|financial)(?:\s+year)?|fy|year"
        rf"|(?P<n>{_NUMBER})(?:[\s-]months?|m|[\s-]?mos?|[\s-]mths?)(?:\s+period)?),?"
        rf"{_ENDING}{_end_date(True)}"
        r"(?!\w)",
        _months_ending,
    ),
    # "Apr 2013 - Mar 2014", "between April 2013 and March 2014", "the Jul–Sep 2013 quarter"
    _rule(
        "month-span",
        rf"(?<!\w)(?:the\s+)?{_SPAN_START}{_end_of('e1')}{_month('m1')}"
        rf"(?:\s*,?\s*{_plain_year('y1')})?"
        rf"{_SPAN_CONNECTOR}{_end_of('e2')}{_month('m2')}"
        r"(?:\s+(?:quarter|period|half)\s+(?:of|in)?)?"
        rf"\s*,?\s*{_plain_year('y2')}(?:\s+(?:quarter|period|half))?(?!\w)",
        _month_span,
    ),
    # "the year to March", "the six months ended September 30": a year not said
    _rule(
        "months-to-month",
        rf"(?<!\w)(?:the\s+)?{_SAID_BEFORE}(?:(?:fiscal|financial)(?:\s+year)?|fy|year"
        # ("the half to 31 December": the six months)
        rf"|(?P<half>half(?:[\s-]?year)?)"
        rf"|(?P<n>{_NUMBER})[\s-]months?(?:\s+period)?),?{_ENDING}"
        rf"(?:(?P<ed>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?{_month('em')}"
        r"(?:\s+(?P<ed2>\d{1,2})(?:st|nd|rd|th)?(?!\d))?(?!\s*,?\s*(?:\d|['‘’]\d))(?!\w)",
        _months_to,
    ),
    # "Jan–Sep", "April to June": months of a year not said
    _rule(
        "month-span-no-year",
        rf"(?<!\w)(?:the\s+)?{_SPAN_START}{_end_of('e1')}{_month('m1')}"
        rf"(?P<conn>{_DASH}|{_RANGE_WORD}){_end_of('e2')}{_month('m2')}"
        r"(?:\s+(?:quarter|period|half))?(?!\s*,?\s*(?:(?:of|in)\s+)?(?:\d|['‘’]\d))(?!\w)",
        _month_span_no_year,
    ),
    # "3 Apr 2013 – 9 May 2013", "2013-04-03 to 2013-05-09"
    _rule(
        "day-span",
        rf"{_SPAN_START}{_day_date('a', False)}{_SPAN_CONNECTOR}{_day_date('b', True)}(?!\w)",
        _day_span,
    ),
    # "2012 to 2014", "between 2012 and 2014": whole calendar years
    _rule(
        "year-span",
        rf"{_SPAN_START}{_NOT_BEFORE_YEAR}(?P<y1>(?:19|20)\d\d){_SPAN_CONNECTOR}"
        rf"(?P<y2>(?:19|20)\d\d){_NOT_AFTER_YEAR}{_NOT_AMOUNT}",
        _year_span,
    ),
    _rule(
        # "September 2024", "Sept, 2024", "September of 2023"
        "month",
        rf"(?<!\w){_month('m')}(?:\s*,?\s*|\s+of\s+){_plain_year('y')}(?!\w){_NOT_AMOUNT}",
        _one_month,
    ),
    _rule("day", rf"(?<!\w){_day_date('a', True)}(?!\w)", _one_day),
    # "the nine weeks ended December 30, 2023", "the five weeks to 2 January 2024"
    _rule(
        "weeks-ending",
        rf"(?<!\w)(?:the\s+)?(?P<n>{_NUMBER})[\s-]weeks?(?:\s+period)?"
        rf"{_ENDING}{_day_date('b', True)}(?!\w)",
        _weeks_ending,
    ),
    # "the 18 weeks to 4 January", "the 52 weeks ended January 31": a year not said
    _rule(
        "weeks-ending-no-year",
        rf"(?<!\w)(?:the\s+)?(?P<n>{_NUMBER})[\s-]weeks?(?:\s+period)?{_ENDING}"
        rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_month('m')}"
        rf"|{_month('mb')}\s+(?P<db>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))"
        r"(?!\s*,?\s*(?:\d|['‘’]\d))(?!\w)",
        lambda m: WeeksEndingRef(
            _count(m["n"]), _month_num(_g(m, "m", "mb") or ""), int(_g(m, "d", "db") or 0)
        ),
    ),
    # "the holiday season", "the nine-week holiday period 2023", "Christmas trading"
    _rule(
        "season",
        rf"(?<!\w)(?:the\s+)?(?:{_plain_year('y0')}\s+)?(?:(?:\d{{1,2}}|{_WEEK_COUNT})[\s-]weeks?\s+)?"
        r"(?P<season>holidays?|christmas|xmas|festive|black\s+friday|thanksgiving|cyber\s+monday"
        r"|back[\s-]to[\s-]school|golden\s+week|(?:lunar|chinese)\s+new\s+year)"
        r"(?:\s+(?:season|period|(?P<quarter>quarter)|trading(?:\s+period)?|selling\s+season"
        r"|weeks?))?"
        rf"(?:\s*,?\s+(?:(?:of|in)\s+)?{_plain_year('y')})?"
        r"(?!\s+(?:cut|raise|revision|update|downgrade|upgrade))(?!\w)",
        _season,
    ),
    # relative phrases that need no base
    _rule(
        "before-last",
        r"(?<!\w)(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+)?(?P<unit>year|quarter|fy)"
        r"\s+before\s+last(?!\w)",
        _relative(-2),
    ),
    _rule(
        "the-unit-before",
        r"(?<!\w)the\s+(?:(?:fiscal|financial|calendar)\s+)?(?P<unit>year|quarter|fy)"
        r"\s+(?P<dir>before|after|prior|earlier|following)(?!\w)",
        _relative(),
    ),
    _rule(
        "previous-unit",
        r"(?<!\w)(?:the\s+)?(?P<dir>previous|prior|preceding|last|following|next)\s+"
        r"(?:(?:fiscal|financial|calendar)\s+)?(?P<unit>year|quarter|fy)(?!\w)",
        _relative(),
    ),
    _rule(
        "units-ago",
        rf"(?<!\w)(?P<n>{_COUNT})\s+(?:(?:fiscal|financial|calendar)\s+)?(?P<unit>years?|quarters?)"
        r"\s+(?P<dir>earlier|ago|prior|later|before|after)(?!\w)",
        _relative(),
    ),
    _rule(
        "same-period-last-year",
        r"(?<!\w)(?:the\s+)?same\s+(?:(?:fiscal|calendar)\s+)?"
        rf"(?P<span>quarter|period|half|month|time|(?P<n>{_NUMBER})[\s-]+months?)\s+"
        r"(?:(?:of|in)\s+)?"
        r"(?:(?:a|one)\s+year\s+(?:earlier|ago|before|prior)"
        r"|(?:the\s+)?(?:last|previous|prior|preceding)\s+(?:fiscal\s+|calendar\s+)?year)(?!\w)",
        _same_span_a_year_before,
    ),
    _rule(
        "year-ago-period",
        r"(?<!\w)(?:the\s+|a\s+)?(?:year[\s-]+(?:ago|earlier)|(?:prior|previous|last)[\s-]+year)"
        r"\s+(?:(?:fiscal|calendar)\s+)?(?:quarter|period|half|month)(?!\w)",
        _relative(-1),
    ),
    # "vs. PY $982.1M", "(PY 29.8%)", "yr-ago": a deck's or a brief's prior year, the
    # same span a year before
    _rule(
        "prior-year-abbreviation",
        r"(?<![\w.$€£¥])(?:(?-i:PY|LY)|prior[\s-]yr|yr[\s-]ago|year[\s-]ago)(?![\w-])",
        _relative(-1),
    ),
    # "the latest quarter", "this year", "most recent"
    _rule(
        "latest-unit",
        r"(?<!\w)(?:the\s+)?(?:latest|most\s+recent|current|this)\s+"
        r"(?:(?:reported|full|fiscal|financial|calendar)\s+)*(?P<unit>year|quarter|fy|period)(?!\w)",
        _latest,
    ),
    # "deliveries last month", "this month's sales": the latest month held, as "last
    # quarter" is the latest quarter (never "the last month of the quarter")
    _rule(
        "latest-month",
        r"(?<!\w)(?:the\s+)?(?:latest|most\s+recent|current|this|last|past)\s+month"
        r"(?!\w)(?!\s+of\b)",
        lambda m: LatestRef("month"),
    ),
    _rule("latest", r"(?<!\w)(?:latest|most\s+recent)(?!\w)", _latest),
    # "full-year revenue", "annual sales": a whole year, the latest unless one is named
    _rule(
        "whole-year",
        r"(?<!\w)(?:(?:full|whole|entire)[\s-]+(?:fiscal\s+)?year|annual|twelve[\s-]months?)(?!\w)",
        lambda m: LatestRef("year"),
    ),
]

_WHOLE_YEAR = next(i for i, rule in enumerate(_RULES) if rule.name == "whole-year")

# "the year before FY2013", "two quarters after Q3 2013": a head, then any period phrase.
_RELATIVE_HEAD = patterns.compile(
    rf"(?<!\w)(?:the\s+|(?P<n>{_COUNT})\s+)?(?:(?:fiscal|financial|calendar)\s+)?"
    r"(?P<unit>years?|quarters?|fy)\s+(?P<dir>before|prior\s+to|preceding|ahead\s+of"
    r"|earlier\s+than|after|following|later\s+than)\s+"
    # "a year before the end of 2024": the point closing it ("end-2024" is a rule's)
    r"(?:(?:the\s+)?end\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
_PARENTHESIS = patterns.compile(r"\s*\(([^()]*)\)")
_SEPARATORS = patterns.compile(r"[\s,;]*")
_ISO_ONLY = patterns.compile(_ISO_INTERVAL.removesuffix(r"(?!\d)"))


# ------------------------------------------------------------------------ scanning


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    ref: PeriodRef  # what the phrase says
    rank: int  # rule order, breaks ties between equally long matches
    notes: tuple[PeriodRef, ...] = ()  # periods restated in a parenthesis after it

    @property
    def best_ref(self) -> PeriodRef:
        """An explicit span in the parenthesis ("FY2013 (Apr 2013 – Mar 2014)") is exact;
        a named period says which one a relative phrase meant ("the prior year (9M
        FY25)")."""
        exact = next((n for n in self.notes if isinstance(n, ExactRef)), None)
        if exact is not None:
            return exact
        if not is_definite(self.ref):
            return next((n for n in self.notes if is_definite(n)), self.ref)
        return self.ref


def _starts(text: str) -> list[int]:
    """Where a phrase may begin: the first character of each word or symbol run."""
    return [
        i for i, ch in enumerate(text) if not ch.isspace() and (i == 0 or not text[i - 1].isalnum())
    ]


_Ranked = tuple[int, "_Rule"]


@functools.cache
def _rules_by_first_character() -> tuple[
    dict[str, list[tuple[int, _Rule]]], list[tuple[int, _Rule]]
]:
    """(lower-case ASCII character -> the ranked rules a match may begin with it, the ranked
    rules that may begin with anything): most words begin no period phrase, and trying all
    fifty rules at each of them was most of the grammar's time."""
    ranked = list(enumerate(_RULES))
    starts = [patterns.first_chars(rule.pattern) for rule in _RULES]
    anything = [r for r, first in zip(ranked, starts, strict=True) if first is None]
    by_char = {
        ch: [r for r, first in zip(ranked, starts, strict=True) if first is None or ch in first]
        for ch in set().union(*(first for first in starts if first is not None))
    }
    return by_char, anything


@functools.cache
def _rules_by_first_pairs() -> tuple[dict[str, list[int]], dict[str, list[int]], list[int]]:
    """The rules' ranks by what a match may begin with (`patterns.first_pairs`): (two
    lower-case characters -> the rules beginning with them; one character -> the rules
    whose match may end after it; the rules that may begin with anything or nothing).
    Most words begin with a letter a dozen rules begin with, and no rule with its first
    two ("the" begins many, "technologies" none)."""
    by_pair: dict[str, list[int]] = {}
    by_one: dict[str, list[int]] = {}
    anything: list[int] = []
    for rank, rule in enumerate(_RULES):
        pairs = patterns.first_pairs(rule.pattern)
        if pairs is None or "" in pairs:
            anything.append(rank)
            continue
        for pair in pairs:
            (by_pair if len(pair) == 2 else by_one).setdefault(pair, []).append(rank)
    return by_pair, by_one, anything


_AT_PAIR: dict[str, list[_Ranked]] = {}  # two lower-case ASCII characters -> ranked rules


def _rules_at(text: str, pos: int) -> list[_Ranked]:
    """The ranked rules that may match at POS, by the two characters there when both are
    ASCII (case folding relates a few other characters to ASCII letters), else by the
    first (`_rules_by_first_character`), else all of them."""
    pair = text[pos : pos + 2]
    if len(pair) == 2 and pair.isascii():
        pair = pair.lower()
        found = _AT_PAIR.get(pair)
        if found is None:
            by_pair, by_one, anything = _rules_by_first_pairs()
            ranks = {*by_pair.get(pair, ()), *by_one.get(pair[0], ()), *anything}
            found = _AT_PAIR[pair] = [(rank, _RULES[rank]) for rank in sorted(ranks)]
        return found
    ch = text[pos]
    if not ch.isascii():
        return list(enumerate(_RULES))
    by_char, anything_at = _rules_by_first_character()
    return by_char.get(ch.lower(), anything_at)


def _candidates(text: str) -> dict[int, list[_Found]]:
    """Every rule match at every start. Right to left, so a relative head can take the
    phrase after it as its base, whatever that phrase is (even another relative one)."""
    found: dict[int, list[_Found]] = {}
    for pos in reversed(_starts(text)):
        here: list[_Found] = []
        for rank, rule in _rules_at(text, pos):
            m = rule.pattern.match(text, pos)
            if m is None:
                continue
            try:
                ref = rule.build(m)
            except (ValueError, KeyError, SalesBotError):  # impossible dates, quarter 5, ...
                ref = None
            if ref is not None:
                here.append(_Found(pos, m.end(), ref, rank))
        head = _RELATIVE_HEAD.match(text, pos)
        if head is not None and found.get(head.end()):
            base = _longest(found[head.end()])
            count = head["n"]
            n = (_COUNTS.get(count.lower()) or int(count)) if count else 1
            steps = _direction(head["dir"]) * n
            ref = RelativeRef(base.ref, steps, _STEP_UNITS[head["unit"].lower()])
            here.append(_Found(pos, base.end, ref, len(_RULES)))
        if here:
            found[pos] = here
    return found


def _longest(options: list[_Found]) -> _Found:
    return min(options, key=lambda f: (-(f.end - f.start), f.rank))


def _scan(text: str) -> list[_Found]:
    """Non-overlapping mentions, longest first, then in order of appearance."""
    everything = [f for options in _candidates(text).values() for f in options]
    everything.sort(key=lambda f: (-(f.end - f.start), f.start, f.rank))
    chosen: list[_Found] = []
    for f in everything:
        if all(f.end <= c.start or f.start >= c.end for c in chosen):
            chosen.append(f)
    chosen.sort(key=lambda f: f.start)
    return _absorb_parentheses(text, chosen)


def _absorb_parentheses(text: str, chosen: list[_Found]) -> list[_Found]:
    """ "Q3 2013 (Jul – Sep 2013, fiscal Q2 FY2013)" is one mention: describe() writes
    it, so the parser must read it back whole."""
    out: list[_Found] = []
    for f in chosen:
        if out and f.start < out[-1].end:
            continue  # it was inside the previous mention's parenthesis
        m = _PARENTHESIS.match(text, f.end)
        notes = _restatement(m[1]) if m else None
        if m and notes:
            f = _Found(f.start, m.end(), f.ref, f.rank, notes)
        out.append(f)
    return out


def _restatement(inside: str) -> tuple[PeriodRef, ...] | None:
    """The refs in a parenthesis that holds nothing but period phrases, else None."""
    parts = _scan(inside)
    position = 0
    for part in parts:
        if not _SEPARATORS.fullmatch(inside, position, part.start):
            return None
        position = part.end
    if not parts or not _SEPARATORS.fullmatch(inside, position):
        return None
    return tuple(p.ref for p in parts)


def find_periods(text: str) -> list[PeriodMention]:
    """Every period phrase in free text, non-overlapping, longest match first, in order.

    A bare "latest" / "most recent" is left in the text when the text also names a
    definite period: in "the latest target for FY2013" it picks a revision, not a period;
    so is a month's end with no year ("as of the end of June"), which then dates it."""
    if len(text) <= _REMEMBERED_LENGTH:
        return list(_remembered_periods(text))
    return _find_periods(text)


# An ingested sentence is read for its figures and for its times, and both need its period
# phrases (the grammar tries every rule at every word): the second asks for free.
_REMEMBERED_LENGTH = 5000


@functools.lru_cache(maxsize=256)
def _remembered_periods(text: str) -> tuple[PeriodMention, ...]:
    return tuple(_find_periods(text))


# "Sep-24", "jan 25", "apr 25 to jan 26": a month and its year in two digits, as tables
# and chat write them. Not a day ("January 25", "Jan 25, 2025", "on jan 25", "jan 25th",
# "sep 24 10:00") nor an amount ("sep 24 units"); "May 25" only with a hyphen.
_MONTH_SHORT_YEAR = patterns.compile(
    r"(?<![\w'’])(?<!\bon\s)(?:(?P<short>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
    rf"(?P<space>\s)|(?:{_MONTH_WORDS})\.?(?P<dash>-))"
    r"(?P<yy>\d\d)(?!\w|[:.,]\d|\s*,?\s*(?:\d{4}|['’]\d\d))" + _NOT_AMOUNT,
    re.IGNORECASE,
)


def _month_end_day(m: re.Match[str]) -> bool:
    """'jan 31', 'sep 30': a month written with its last day is a period's end date, not
    that month of 2031 or 2030 (February's end may be the 28th or the 29th)."""
    month = _month_num(m["short"])
    last = 29 if month == 2 else calendar.monthrange(2001, month or 1)[1]
    return int(m["yy"]) == last or (month == 2 and int(m["yy"]) == 28)


def _short_years_marked(text: str) -> str:
    """TEXT with "Sep-24", "jan 25" written "Sep'24", "jan'25": the one form of a month
    with a two-digit year the rules read. Same length, so every match keeps its place."""
    if not any(map(str.isdigit, text)):  # (no generator: asked of every question)
        return text
    chars = list(text)
    for m in _MONTH_SHORT_YEAR.finditer(text):
        if m["space"] and _month_end_day(m):
            continue
        chars[m.start("space") if m["space"] else m.start("dash")] = "'"
    return "".join(chars)


def _find_periods(text: str) -> list[PeriodMention]:
    found = _scan(_short_years_marked(text))
    if any(is_definite(f.best_ref) for f in found):
        # "the latest target for FY2013", "full-year sales for FY2013": the year is named
        found = [f for f in found if f.best_ref != LatestRef(None) and f.rank != _WHOLE_YEAR]
        # "as of the end of June, what did they expect for FY2025": beside a named period,
        # a month's end with no year says when, not what
        found = [f for f in found if not isinstance(f.ref, MonthEndRef)]
    mentions = [PeriodMention(f.best_ref, f.start, f.end, text[f.start : f.end]) for f in found]
    return _joined(mentions, text)


# "the Dec-Feb quarter of fiscal 2021", "Dec-Feb FY21": a span of months inside a year
_OF_YEAR = patterns.compile(
    r"\s*(?:(?:quarter|period|months?)\s+)?(?:(?:of|in|for)\s+)?", re.IGNORECASE
)
_JOINT = patterns.compile(
    r"\s*(?:(?:quarter|period|months?|thru|through|to|until|till|up\s+to|of|in|for)\s*)*",
    re.IGNORECASE,
)
# "YTD through October 2025", "ytd sales thru oct 2025": a year to date, to that month
_THROUGH = patterns.compile(
    r"(?:\s+[\w'’]+){0,3}?\s+(?:thru|through|to|until|till|up\s+to)\s+", re.IGNORECASE
)


def _joined(found: list[PeriodMention], text: str) -> list[PeriodMention]:
    """Two phrases that name one period together, read as one: a span of months with the
    fiscal year it lies in, a year to date with the month it runs to. Words between them
    that are not the joint ("YTD *sales* thru October") stay outside the phrase: the
    joined period takes the place of the second one."""
    out: list[PeriodMention] = []
    for mention in map(lambda m: _split_after(m, text), found):
        gap = text[out[-1].end : mention.start] if out else ""
        ref = _join(out[-1], mention, gap) if out else None
        if ref is None:
            out.append(mention)
            continue
        start = out[-1].start if _JOINT.fullmatch(gap) else mention.start
        out[-1] = PeriodMention(ref, start, mention.end, text[start : mention.end])
    return out


_SPLIT_TAIL = patterns.compile(r"\s*/\s*(\d{4}|\d\d)(?!\d)")


def _split_after(mention: PeriodMention, text: str) -> PeriodMention:
    """'Nov-Jan 2024/25': the months read with the first year, then '/25' left over. It is
    the span of those months inside the year that runs from 2024 into 2025."""
    ref = mention.ref
    tail = _SPLIT_TAIL.match(text, mention.end)
    if tail is None:
        return mention
    if isinstance(ref, MonthsEndingRef) and ref.year and not ref.fiscal:
        year, ending = ref.year, (ref.month, ref.months)
    elif isinstance(ref, ExactRef) and _is_whole_months(ref.period) and ref.period.days > 31:
        year, ending = ref.period.end.year, (ref.period.end.month, _month_count(ref.period))
    else:
        return mention
    if int(tail[1]) % 100 != (year + 1) % 100 or ending[1] > 12:
        return mention
    split = SplitYearRef(year, year + 1, ending=ending)
    return PeriodMention(split, mention.start, tail.end(), text[mention.start : tail.end()])


def _join(first: PeriodMention, then: PeriodMention, gap: str) -> PeriodRef | None:
    match first.ref, then.ref:
        case MonthsEndingRef(month, months, None), YearRef(year, True):
            if _OF_YEAR.fullmatch(gap):
                return MonthsEndingRef(month, months, year, fiscal=True)
        case MonthsEndingRef(month, months, None), SplitYearRef(_, _, None, None):
            if _OF_YEAR.fullmatch(gap):
                return replace(then.ref, ending=(month, months))  # type: ignore[arg-type]
        case ToDateRef(fiscal, None, None), ExactRef(period):
            first_day, last_day = period.start, period.end
            one_month = first_day.day == 1 and last_day == _month_end(
                first_day.year, first_day.month
            )
            if one_month and _THROUGH.fullmatch(gap):
                return ToDateRef(fiscal, None, until=last_day)
    return None


def is_definite(ref: PeriodRef) -> bool:
    """Whether the reference names its period without help (a year, a span, a base)."""
    match ref:
        case LatestRef() | RelativeRef(None, _, _):
            return False
        case QuarterRef(_, year, _) | HalfRef(_, year, _) | QuarterEndingRef(_, year):
            return year is not None
        case MonthsEndingRef(_, _, year) | LeadingMonthsRef(_, year, _) | SeasonRef(_, year):
            return year is not None
        case ToDateRef(_, _, until):
            return until is not None
        case WeeksEndingRef() | MonthEndRef():
            return False
        case RelativeRef(base, _, _):
            return base is not None and is_definite(base)
        case _:
            return True


# ---------------------------------------------------------------------- resolving


def _unique(periods: list[Period]) -> list[Period]:
    return list(dict.fromkeys(periods))


def _calendar_year(year: int) -> Period:
    return _months(_month_index(year, 1), 12)


def _calendar_part(year: int, n: int, size: int) -> Period:
    return _months(_month_index(year, 1) + size * (n - 1), size)


def resolve(ref: PeriodRef, cal: FiscalCalendar, anchor: Period | None = None) -> list[Period]:
    """Concrete candidates for a reference under one calendar, preferred first.

    Calendar readings come before fiscal ones when a phrase does not say which.
    Phrases without a year, and "latest", resolve to nothing: the caller picks from
    what it has, with `matches_unanchored`."""
    try:
        return list(_resolved(ref, cal, anchor))
    except TypeError:  # (something unhashable in a reference made by hand)
        return _resolve(ref, cal, anchor)


# A pure function of frozen values: every answer resolves its question's periods again
# against the company's calendar (month arithmetic and calendar lookups, ~5% of a warm one).
@functools.lru_cache(maxsize=4096)
def _resolved(ref: PeriodRef, cal: FiscalCalendar, anchor: Period | None) -> tuple[Period, ...]:
    return tuple(_resolve(ref, cal, anchor))


def _resolve(ref: PeriodRef, cal: FiscalCalendar, anchor: Period | None = None) -> list[Period]:
    match ref:
        case YearRef(year, fiscal):
            options = {False: [_calendar_year(year)], True: [cal.year(year)]}
            return _unique(options.get(fiscal) or [_calendar_year(year), cal.year(year)])
        case SplitYearRef(start_year, end_year, part, ending):
            if cal.is_calendar or end_year != start_year + 1:
                return []  # a calendar year never runs from one year into the next
            first = _month_index(end_year, cal.last_month) - 11
            year = _months(first, 12)
            if ending is not None:
                month, months = ending
                last = first + (month - 1 - first % 12) % 12  # that month, inside the year
                return [_months(last - months + 1, months)] if last - months + 1 >= first else []
            if part is None:
                return [year]
            size, n = part
            return [_months(_month_index(year.start.year, year.start.month) + size * (n - 1), size)]
        case QuarterRef(_, None, _) | HalfRef(_, None, _) | QuarterEndingRef(_, None):
            return []
        case MonthsEndingRef(_, _, None) | LeadingMonthsRef(_, None, _) | SeasonRef():
            return []  # a season's span is the company's own: see matches_unanchored
        case ToDateRef(fiscal, _, until) if until is not None:
            last = _month_index(until.year, until.month)
            own = cal._first_month(cal.fiscal_year_of(until))
            calendar_part = _months(_month_index(until.year, 1), until.month)
            own_part = _months(own, last - own + 1)
            if fiscal is None:  # a company's own year first: its people count in it
                return _unique([own_part, calendar_part])
            return _prefer(fiscal, calendar_part, own_part)
        case WeeksEndingRef() | ToDateRef() | MonthEndRef():
            return []
        case MonthsEndingRef(month, months, year, True):
            first = cal._first_month(year)
            last = first + (month - 1 - first % 12) % 12  # that month, inside the year
            return [_months(last - months + 1, months)] if last - months + 1 >= first else []
        case MonthsEndingRef(month, months, year):
            return [_months(_month_index(year, month) - months + 1, months)]
        case LeadingMonthsRef(months, year, fiscal):
            calendar_part = _months(_month_index(year, 1), months)
            return _prefer(fiscal, calendar_part, _months(cal._first_month(year), months))
        case QuarterRef(q, year, fiscal):
            return _prefer(fiscal, _calendar_part(year, q, 3), cal.quarter(year, q))
        case HalfRef(h, year, fiscal):
            return _prefer(fiscal, _calendar_part(year, h, 6), cal.half(year, h))
        case QuarterEndingRef(month, year):
            return [_months(_month_index(year, month) - 2, 3)]
        case ExactRef(period):
            return [period]
        case RelativeRef(base, steps, unit, span):
            bases = resolve(base, cal, anchor) if base is not None else [anchor] if anchor else []
            if span is not None:
                bases = [p for p in bases if _is_whole_months(p) and _month_count(p) == span]
            months = steps * (12 if unit == "year" else 3)
            return _unique([_shift(p, months) for p in bases])
        case _:  # LatestRef
            return []


def _prefer(fiscal: bool | None, calendar_reading: Period, fiscal_reading: Period) -> list[Period]:
    if fiscal is True:
        return [fiscal_reading]
    if fiscal is False:
        return [calendar_reading]
    return _unique([calendar_reading, fiscal_reading])


def matches_unanchored(ref: PeriodRef, period: Period, cal: FiscalCalendar) -> bool:
    """Whether a concrete period fits a reference that names no year ("the June quarter",
    "the third quarter", "latest quarter"); for other references, whether it resolves to it."""
    match ref:
        case QuarterEndingRef(month, None):
            is_quarter = _is_whole_months(period) and _month_count(period) == 3
            return is_quarter and period.end.month == month
        case SeasonRef(season, year, quarter):
            # "the holiday quarter": only where one of the company's quarters holds the
            # season (Oct-Dec, Nov-Jan); a calendar that splits it has none
            is_quarter = _is_whole_months(period) and _month_count(period) == 3
            own = period in (cal.quarter(cal.fiscal_year_of(period.start), q) for q in range(1, 5))
            fits = _in_season(period, season, year)
            return fits and (is_quarter and own if quarter else True)
        case MonthsEndingRef(month, months, None):
            whole = _is_whole_months(period) and _month_count(period) == months
            return whole and period.end.month == month
        case LeadingMonthsRef(months, None, fiscal):
            if not (_is_whole_months(period) and _month_count(period) == months):
                return False
            first = _months(cal._first_month(cal.fiscal_year_of(period.start)), months)
            calendar_part = _months(_month_index(period.start.year, 1), months)
            return period in _prefer(fiscal, calendar_part, first)
        case WeeksEndingRef(weeks, month, day):
            # a 52/53-week calendar's span: that last day, a week either way in length
            ends = (period.end.month, period.end.day) == (month, day)
            return ends and abs(period.days - 7 * weeks) <= 7
        case ToDateRef(fiscal, year, None):
            return _to_date_fits(period, cal, fiscal, year)
        case MonthEndRef(month):
            # a point on that month's last day, or a running total (over a year) to it
            closes = period.end.month == month and period.end == _month_end(
                *_month_of(_month_index(period.end.year, month))
            )
            return closes and (period.start == period.end or period.days > 366)
        case QuarterRef(q, None, fiscal):
            return _fits_part(period, cal, q, 3, fiscal)
        case HalfRef(h, None, fiscal):
            return _fits_part(period, cal, h, 6, fiscal)
        case LatestRef(unit) | RelativeRef(None, _, unit):
            return unit is None or period.months == {"year": 12, "quarter": 3, "month": 1}[unit]
        case _:
            return period in resolve(ref, cal)


def own_reading_first(ref: PeriodRef, periods: list[Period], cal: FiscalCalendar) -> list[Period]:
    """Of the periods an unmarked part of a year fits ('h1', '9m', 'ytd'), those of the
    company's own fiscal year when there are any: a fiscal-calendar company's 'H1' is its
    fiscal H1, never whichever half happens to be latest."""
    fiscal = getattr(ref, "fiscal", False)
    if cal.is_calendar or fiscal is not None or getattr(ref, "year", None) is not None:
        return periods
    own = replace(ref, fiscal=True)  # type: ignore[type-var]
    return [p for p in periods if matches_unanchored(own, p, cal)] or periods


def _to_date_fits(
    period: Period, cal: FiscalCalendar, fiscal: bool | None, year: int | None = None
) -> bool:
    """Whole months from the first of a year (YEAR when given), short of the whole year:
    a year to date."""
    if not _is_whole_months(period) or not 1 <= _month_count(period) <= 11:
        return False
    fy = cal.fiscal_year_of(period.start) if year is None else year
    starts = _month_index(period.start.year, period.start.month)
    own = fiscal is not False and starts == cal._first_month(fy)
    calendar = fiscal is not True and period.start.month == 1
    return own or (calendar and year in (None, period.start.year))


def _in_season(period: Period, season: str, year: int | None) -> bool:
    """A span of at most a quarter inside the season's window of that year (any year)."""
    first, months = _SEASONS[season]
    years = [year] if year is not None else [period.start.year - 1, period.start.year]
    for y in years:
        window = _months(_month_index(y, first), months)
        if window.start <= period.start and period.end <= window.end and period.days <= 100:
            return True
    return False


def _fits_part(period: Period, cal: FiscalCalendar, n: int, size: int, fiscal: bool | None) -> bool:
    fy = cal.fiscal_year_of(period.start)
    options = _prefer(
        fiscal,
        _calendar_part(period.start.year, n, size),
        cal.quarter(fy, n) if size == 3 else cal.half(fy, n),
    )
    return period in options


def _unknown(text: str, hint: str = "try") -> SalesBotError:
    return SalesBotError(
        f"unknown period {text!r}: {hint} FY2013, Q3 2013, H1 2013, Apr – Jun 2013 "
        "or 2013-04-01/2014-03-31"
    )


def parse_period(text: str, cal: FiscalCalendar = CALENDAR) -> Period:
    """Exactly one period phrase (or an ISO interval), resolved under `cal`."""
    phrase = text.strip()
    if _ISO_ONLY.fullmatch(phrase):
        return Period.from_iso(phrase)  # its own message for impossible dates
    found = _scan(phrase)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(phrase):
        raise _unknown(text)
    periods = resolve(found[0].ref, cal)
    for note in found[0].notes:  # a restatement narrows the choice, or contradicts it
        restated = resolve(note, cal)
        if restated and periods:
            periods = [p for p in periods if p in restated]
            if not periods:
                raise SalesBotError(f"period {text!r} contradicts itself: its parts differ")
        elif restated:
            periods = restated
    if not periods:
        raise _unknown(text, "say which year, e.g.")
    return periods[0]


# ---------------------------------------------------------------------- formatting


def _calendar_name(p: Period) -> str | None:
    """ "2013", "Q3 2013", "H1 2013" when the period is exactly one."""
    if not _is_whole_months(p):
        return None
    count, first, year = _month_count(p), p.start.month, p.start.year
    if count == 12 and first == 1:
        return str(year)
    if count == 3 and first % 3 == 1:
        return f"Q{first // 3 + 1} {year}"
    if count == 6 and first in (1, 7):
        return f"H{first // 6 + 1} {year}"
    return None


def _fiscal_name(p: Period, cal: FiscalCalendar) -> str | None:
    """ "FY2013", "Q2 FY2013", "H1 FY2013" when the period is exactly one under `cal`."""
    if not _is_whole_months(p):
        return None
    fy = cal.fiscal_year_of(p.start)
    offset = _month_index(p.start.year, p.start.month) - cal._first_month(fy)
    count = _month_count(p)
    if count == 12 and offset == 0:
        return f"FY{fy}"
    if count == 3 and offset % 3 == 0:
        return f"Q{offset // 3 + 1} FY{fy}"
    if count == 6 and offset % 6 == 0:
        return f"H{offset // 6 + 1} FY{fy}"
    return None


def label(period: Period, cal: FiscalCalendar = CALENDAR) -> str:
    """The short name: calendar names first ("Q3 2013"), then fiscal ("FY2013"), else the span.

    Calendar names come first because that is how `resolve` reads an unmarked phrase."""
    name = _calendar_name(period)
    if name is None and not cal.is_calendar:
        name = _fiscal_name(period, cal)
    return name or span(period)


def fiscal_label(period: Period, cal: FiscalCalendar) -> str | None:
    """The fiscal name of a period of a fiscal-calendar company ("Q2 FY2013"), or None for
    a calendar-year company or a period with no fiscal name."""
    return None if cal.is_calendar else _fiscal_name(period, cal)


def span(period: Period) -> str:
    """The months or days covered: "Apr 2013 – Mar 2014", "Jul – Sep 2013", "Jun 2013"."""
    s, e = period.start, period.end
    if _is_whole_months(period):
        first, last = _MONTH_ABBREVIATIONS[s.month], _MONTH_ABBREVIATIONS[e.month]
        if (s.year, s.month) == (e.year, e.month):
            return f"{first} {s.year}"
        if s.year == e.year:
            return f"{first} – {last} {e.year}"
        return f"{first} {s.year} – {last} {e.year}"

    def day(d: date) -> str:
        return f"{d.day} {_MONTH_ABBREVIATIONS[d.month]} {d.year}"

    return day(s) if s == e else f"{day(s)} – {day(e)}"


def describe(period: Period, cal: FiscalCalendar = CALENDAR) -> str:
    """For answers: the label, then the months, then the fiscal name when it differs:
    "FY2013 (Apr 2013 – Mar 2014)", "Q3 2013 (Jul – Sep 2013, fiscal Q2 FY2013)"."""
    name, months = label(period, cal), span(period)
    if name == months:
        return months
    if cal.is_calendar and _month_count(period) == 12 and name.isdigit():
        return name  # a calendar year needs no explaining to a calendar-year entity
    parts = [months]
    fiscal = None if cal.is_calendar else _fiscal_name(period, cal)
    if fiscal is not None and fiscal != name:
        parts.append(f"fiscal {fiscal}")
    return f"{name} ({', '.join(parts)})"


def previous(period: Period) -> Period:
    """The period of the same length just before: FY2013 -> FY2012, Q3 2013 -> Q2 2013."""
    if _is_whole_months(period):
        return _shift(period, -_month_count(period))
    return Period(period.start - timedelta(days=period.days), period.start - timedelta(days=1))


def year_earlier(period: Period) -> Period:
    """The same period a year before: Q3 2013 -> Q3 2012."""
    return _shift(period, -12)
