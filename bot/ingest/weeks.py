"""A retailer's 52/53-week year, read from the days its report says its periods ended.

"results for the second quarter ended August 2, 2025": a quarter that ends on a Saturday
two days past a month end is no calendar quarter. Such a company's fiscal year ends on the
same weekday nearest its year-end month's last day (or on the last such weekday of that
month), and its quarters are blocks of 13 weeks from the year's first day, the fourth one
taking the 53rd week when there is one. The extractor reads periods in whole months (the
company's calendar); this module moves each fiscal quarter, half, nine months or year to
the weeks it really covers, once the report has shown a period end that the week calendar
explains. A report that shows none keeps its months.
"""

from __future__ import annotations

import itertools
import re
from calendar import monthrange
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from bot.facts.model import Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.model import Proposal
from bot.ingest.spans import fiscal_year

# "the second quarter ended August 2, 2025", "fiscal year ending 31 January 2026", "the
# 13 weeks ended Nov. 1, 2025": a day that closes one of the company's periods
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_MONTH = r"(?P<m{n}>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)"
# a day written either way round: "August 2, 2025", "2 August 2025"; a wire's "JUNE 29"
# leaves its year to the report's date
_DAY = (
    r"(?:"
    + _MONTH.format(n=1)
    + r"\s+(?P<d1>\d{1,2})(?:,?\s+(?P<y1>(?:19|20)\d\d))?|(?P<d2>\d{1,2})\s+"
    + _MONTH.format(n=2)
    + r"(?:\s+(?P<y2>(?:19|20)\d\d))?)\b"
)
_CLOSES = re.compile(
    # ("FY ended June 28, 2025 (52 wks)": a wire's year)
    # (a wire's shorthand too: "53-week yr ending Jan 3, 2026", "Q2 (13 wks to June 28)")
    r"\b(?:(?:quarter|year|yr|half|period|weeks?|wks?|months|Q[1-4]|FY|H[12])\s+(?:that\s+)?"
    r"(?:ended|ending|ends|closed)"
    # "the 13 weeks to December 27": a quarter's weeks (a trading update's odd span of
    # weeks "to" a day closes no period; a year's "52 weeks to" a day is read by its months)
    # (a half's and nine months' weeks too: "the 26 weeks to 1 March")
    r"|(?:quarter|Q[1-4]|(?:13|26|39|thirteen|twenty-six|thirty-nine)\s+(?:weeks|wks))\s+to"
    # "the 13 weeks from 30 June to 28 September 2025"
    r"|weeks\s+from\s+\d{1,2}\s+[a-z]+\.?(?:\s+(?:19|20)\d\d)?\s+to"
    r"|weeks\s+from\s+[a-z]+\.?\s+\d{1,2},?(?:\s+(?:19|20)\d\d)?\s+to)"
    r"\s+(?:on\s+)?" + _DAY,
    re.IGNORECASE,
)
# the convention in the company's words: "the fiscal year ends on the last Saturday of
# December" (else the weekday nearest the month end: "the Sunday closest to 31 December")
_LAST_WEEKDAY = re.compile(
    r"\blast\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:of|in)\s+[A-Z][a-z]+", re.I
)
# ("the Saturday nearest June 30" says it without the "to")
_NEAREST_WEEKDAY = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:nearest|closest)\b", re.I
)


def _said_nearest(text: str) -> bool | None:
    """The convention in the report's own words: True for the weekday nearest the month
    end, False for the last one in the month, None when it says neither (or both)."""
    last, nearest = _LAST_WEEKDAY.search(text), _NEAREST_WEEKDAY.search(text)
    if bool(last) == bool(nearest):
        return None
    return nearest is not None


def _day_of(m: re.Match[str], published: date) -> date | None:
    """The day a match of _DAY names (with no year, the last such day by PUBLISHED); None
    for one no calendar has (31 June)."""
    month = _MONTHS.index((m["m1"] or m["m2"])[:3].lower()) + 1
    year = m["y1"] or m["y2"]
    try:
        if year:
            return date(int(year), month, int(m["d1"] or m["d2"]))
        day = date(published.year, month, int(m["d1"] or m["d2"]))
        return day if day <= published else date(published.year - 1, month, day.day)
    except ValueError:
        return None


_WEEK = timedelta(weeks=1)


@dataclass(frozen=True)
class WeekCalendar:
    weekday: int  # the weekday every period ends on (Monday 0)
    nearest: bool  # the year ends on the weekday nearest the month end, else the last one
    # days the report (or the company's earlier ones) says a quarter ended: a quarter of 16
    # or 12 weeks ends there, not where blocks of 13 weeks would put it
    ends: tuple[date, ...] = field(default=(), compare=False)
    # the weeks in each quarter: four blocks of 13, or a grocer's year of three quarters of
    # 12 weeks and one of 16, first ("the sixteen weeks ended April 22") or third ("the
    # third quarter, the 16 weeks ended July 5"): _LAYOUTS
    quarter_weeks: tuple[int, ...] = (13, 13, 13, 13)

    def _weeks_before(self, quarters: int) -> int:
        """The weeks from the year's first day to the end of its first QUARTERS quarters."""
        return sum(self.quarter_weeks[:quarters])

    @property
    def drift(self) -> int:
        """The most weeks a quarter's end lies off where blocks of 13 weeks put it (a 16-week
        first quarter ends three weeks past its third month)."""
        return max(abs(13 * q - self._weeks_before(q)) for q in (1, 2, 3))

    def _snap(self, day: date) -> date:
        near = [k for k in self.ends if abs((k - day).days) <= 8 and k.weekday() == self.weekday]
        return min(near, key=lambda k: abs((k - day).days)) if near else day

    def year_end(self, month_end: date) -> date:
        """The day a fiscal year whose months close on MONTH_END really ends."""
        back = (month_end.weekday() - self.weekday) % 7
        last = month_end - timedelta(days=back)
        if self.nearest and back > 3:
            return last + _WEEK  # a few days into the next month is nearer
        return last

    def weeks_of(self, months: Period, cal: FiscalCalendar) -> Period | None:
        """The weeks a fiscal quarter, half, nine months or year in whole months covers;
        None for any other span."""
        year = fiscal_year(cal, months.start)
        first = self.year_end(year.start - timedelta(days=1)) + timedelta(days=1)
        last = self.year_end(year.end)
        if months.start == months.end:
            return self._day_at(months.start, year, first, last)
        begin = _month_offset(year.start, months.start)
        size = _month_offset(months.start, months.end + timedelta(days=1))
        if begin % 3 or size % 3 or not 0 < begin + size <= 12 or months.end > year.end:
            return None
        start = first + _WEEK * self._weeks_before(begin // 3)
        if begin:
            start = self._snap(start - timedelta(days=1)) + timedelta(days=1)
        if begin + size == 12:
            return Period(start, last)
        end = first + _WEEK * self._weeks_before((begin + size) // 3) - timedelta(days=1)
        return Period(start, self._snap(end))

    def _day_at(self, day: date, year: Period, first: date, last: date) -> Period | None:
        """A level on a quarter's last day ("at year end"): that quarter's last week day."""
        if day.day != monthrange(day.year, day.month)[1]:
            return None
        quarters = _month_offset(year.start, day + timedelta(days=1))
        if quarters % 3 or not 0 < quarters <= 12:
            return None
        if quarters == 12:
            return Period(last, last)
        end = first + _WEEK * self._weeks_before(quarters // 3) - timedelta(days=1)
        return Period(end, end)


def _month_offset(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def week_calendar(
    text: str, published: date, cal: FiscalCalendar, known: tuple[date, ...] = ()
) -> WeekCalendar | None:
    """The week calendar the report's stated period ends show, if any: a day that closes a
    period, a few days off a month end, that one of the two conventions puts at the end
    of a fiscal quarter. A report that states none: the days KNOWN periods of the company
    end on (its earlier reports')."""
    weeks = (
        _from_text(text, published, cal, known)
        or _from_weeks_to_date(text, published, cal)
        or _from_days(known, cal, _said_nearest(text))
    )
    if weeks is None:
        return None
    stated = _stated_ends(text, published)
    weeks = replace(weeks, ends=tuple(sorted({*stated, *known})))
    weeks = _with_long_years(weeks, text, cal)
    return _with_a_long_quarter(weeks, cal, _stated_quarters(text, published))


# the quarters a year of weeks is cut into: four of 13 weeks; three of 12 and a first one of
# 16 ("the sixteen weeks ended April 22"); or a third one of 16, as grocers' years are ("the
# third quarter of fiscal 2025, the 16 weeks ended July 5, 2025")
_LAYOUTS = ((13, 13, 13, 13), (16, 12, 12, 12), (12, 12, 16, 12))


def _with_a_long_quarter(
    weeks: WeekCalendar, cal: FiscalCalendar, spans: list[tuple[int, date]]
) -> WeekCalendar:
    """WEEKS cut into the quarters of a layout with a 16-week quarter, when a day its periods
    are said to end on closes one of that layout's quarters and no block of 13 weeks explains
    it ("the sixteen weeks ended April 22", "twelve weeks ended July 15"); of two such
    layouts, the one whose quarters are as long as the report says (SPANS: "the 16 weeks
    ended July 5" closes a quarter of 16 weeks)."""
    blocks = replace(weeks, quarter_weeks=_LAYOUTS[0], ends=())
    fitting = []
    for layout in _LAYOUTS[1:]:
        long = replace(weeks, quarter_weeks=layout, ends=())
        fit = _spans_fit(long, spans, cal)
        if layout != _LAYOUTS[1] and not fit:
            continue  # (a third quarter of 16 weeks only where the report says it is)
        if any(
            day in _quarter_ends(long, day, cal) and day not in _quarter_ends(blocks, day, cal)
            for day in weeks.ends
        ):
            fitting.append((fit, -len(fitting), layout))
    if not fitting:
        return weeks
    return replace(weeks, quarter_weeks=max(fitting)[2])


# "the 16 weeks ended July 5, 2025", "twelve weeks ended Sept 27": a quarter's own length
_QUARTER_SPAN = re.compile(
    r"\b(?P<n>12|16|twelve|sixteen)[\s-]+weeks?\s+(?:ended|ending|to)\s+(?:on\s+)?" + _DAY,
    re.IGNORECASE,
)


def _stated_quarters(text: str, published: date) -> list[tuple[int, date]]:
    """(weeks, last day) of each quarter the text states the length of."""
    out = []
    for m in _QUARTER_SPAN.finditer(text):
        day = _day_of(m, published)
        if day is not None:
            out.append((16 if m["n"].lower() in ("16", "sixteen") else 12, day))
    return out


def _spans_fit(weeks: WeekCalendar, spans: list[tuple[int, date]], cal: FiscalCalendar) -> int:
    """How many of SPANS are a quarter of WEEKS: as many weeks, ending on that day."""
    fit = 0
    for n, day in spans:
        year = fiscal_year(cal, day - timedelta(weeks=6))
        first = weeks.year_end(year.start - timedelta(days=1)) + timedelta(days=1)
        for q in range(1, 5):
            end = first + _WEEK * weeks._weeks_before(q) - timedelta(days=1)
            fit += end == day and weeks.quarter_weeks[q - 1] == n
    return fit


def _quarter_ends(weeks: WeekCalendar, day: date, cal: FiscalCalendar) -> set[date]:
    """The days the first three quarters of WEEKS end on in the fiscal year around DAY."""
    year = fiscal_year(cal, day - timedelta(weeks=6))
    first = weeks.year_end(year.start - timedelta(days=1)) + timedelta(days=1)
    return {first + _WEEK * weeks._weeks_before(q) - timedelta(days=1) for q in (1, 2, 3)}


# "fiscal 2024 was 53 weeks", "the 53-week fiscal year 2024", "fiscal 2026, a fifty-two-week
# year", "fiscal 2025 and fiscal 2024 were both 52-week years": a year the report says is
# long (or is not)
# ("The comparative year, FY2024, had 53 weeks"; a table's head "FY2024 (53 wks)")
_WEEKS = r"(?P<n>5[23]|fifty-(?:two|three))[\s-](?:weeks?|wks?)"
_YEAR_LENGTH = re.compile(
    r"\b(?:fiscal|FY)\s*(?P<y>(?:19|20)?\d\d)"
    r"(?:\s+and\s+(?:fiscal|FY)\s*(?P<y3>(?:19|20)?\d\d))?"
    r"(?:\s*,\s*(?:a|the)|\s*\(|\s*,?\s+(?:was|were|is|will\s+be|had|has|included|includes|contained"
    r"|contains|comprised)(?:\s+(?:both|each))?(?:\s+(?:a|the))?)\s+"
    + _WEEKS
    + r"|\b"
    + _WEEKS.replace("?P<n>", "?P<n2>")
    + r"\s+(?:fiscal\s+)?(?:year\s+)?(?:fiscal\s+|FY\s*)?(?P<y2>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _stated_lengths(text: str) -> list[tuple[int, int]]:
    """(year, days) for each fiscal year the text says is 52 or 53 weeks long."""
    out = []
    for m in _YEAR_LENGTH.finditer(text):
        weeks = 53 if (m["n"] or m["n2"]).casefold() in {"53", "fifty-three"} else 52
        for raw in (m["y"], m["y3"], m["y2"]):
            if raw:
                out.append((int(raw) + (2000 if len(raw) == 2 else 0), weeks * 7))
    return out


def _with_long_years(weeks: WeekCalendar, text: str, cal: FiscalCalendar) -> WeekCalendar:
    """WEEKS, or the other convention of the same weekday when only that one gives a year
    the report says is 53 (or 52) weeks long that many weeks (both may explain the
    quarters' ends)."""
    for year, days in _stated_lengths(text):
        months = cal.year(year)
        other = replace(weeks, nearest=not weeks.nearest)
        mine, theirs = weeks.weeks_of(months, cal), other.weeks_of(months, cal)
        if mine is not None and theirs is not None and mine.days != days and theirs.days == days:
            return other
    return weeks


def _from_days(
    days: tuple[date, ...], cal: FiscalCalendar, said: bool | None = None
) -> WeekCalendar | None:
    """The convention that explains the most of DAYS (the days the company's earlier
    periods ended on); a tie goes to the report's words (SAID), then to the nearest."""
    best: tuple[tuple[int, bool, bool], WeekCalendar] | None = None
    for weekday in dict.fromkeys(d.weekday() for d in reversed(days)):
        for nearest in (True, False):
            weeks = WeekCalendar(weekday, nearest)
            score = sum(_closes_a_quarter(weeks, d, cal) for d in days)
            key = (score, said == nearest, nearest)
            if score and (best is None or key > best[0]):
                best = (key, weeks)
    return best[1] if best else None


def _month_end(day: date) -> bool:
    return day.day == monthrange(day.year, day.month)[1]


def _stated_ends(text: str, published: date) -> list[date]:
    """The days the text says a period of the company's closed, up to its own date (and
    the day its current year will end, when the text names it)."""
    return [
        d
        for m in _CLOSES.finditer(text)
        if (d := _day_of(m, published)) is not None and (d <= published or _names_its_year_end(m))
    ]


def _names_its_year_end(m: re.Match[str]) -> bool:
    """Does a match of _CLOSES name the day a year ends, year and all ("its financial year
    ending on 30 August 2025")? That day closes the company's year even before it comes."""
    if not (m["y1"] or m["y2"]):
        return False
    # ("the 52 weeks ending 30 January 2027": a year's weeks)
    weeks_of_a_year = re.search(r"\b(?:5[23]|fifty-(?:two|three))[\s-]$", m.string[: m.start()])
    return m.group(0).split()[0].casefold() in {"year", "fy"} or (
        weeks_of_a_year is not None and m.group(0).casefold().startswith("week")
    )


def _from_text(
    text: str, published: date, cal: FiscalCalendar, known: tuple[date, ...] = ()
) -> WeekCalendar | None:
    """The convention that puts the most of the text's stated period ends at the end of a
    fiscal quarter. A tie (both conventions end this year's quarters alike, and differ only
    at a year's end) goes to the report's own words on it, then to the convention that
    explains the days the company's earlier periods ended on (KNOWN), then to the nearest."""
    days = _stated_ends(text, published)
    if all(_month_end(d) for d in days):
        return None  # a calendar of whole months
    # ("ended June 29, 2025; year-ago quarter ended June 30, 2024": a week calendar's quarter
    # may end on a month's last day by chance, when the same weeks explain every day stated)
    # (the day the current year will end may fall on a month's last day by chance too: it
    # adds to a convention's score, never asks every other day to fit)
    past = [d for d in days if d <= published]
    whole = any(_month_end(d) for d in past)
    said = _said_nearest(text)
    spans = _stated_quarters(text, published)
    best: tuple[tuple[int, int, bool, int, bool, bool], WeekCalendar] | None = None
    for weekday in dict.fromkeys(d.weekday() for d in days):
        for nearest, layout in itertools.product((True, False), _LAYOUTS):
            # (blocks of 13 weeks first, where a layout of a long quarter explains no more)
            weeks = WeekCalendar(weekday, nearest, quarter_weeks=layout)
            fit = _spans_fit(weeks, spans, cal)
            if layout != _LAYOUTS[0] and not fit:
                continue  # a long quarter only where the report says how long one is
            score = sum(_closes_a_quarter(weeks, d, cal) for d in days)
            if not score or (whole and not all(_closes_a_quarter(weeks, d, cal) for d in past)):
                continue
            earlier = sum(_closes_a_quarter(weeks, d, cal) for d in known)
            key = (score, fit, said == nearest, earlier, layout == _LAYOUTS[0], nearest)
            if best is None or key > best[0]:
                best = (key, weeks)
    return best[1] if best else None


# "the 17 weeks to 25 October 2025", "the first 17 weeks ... (29 June 2025 to 25 October
# 2025)": a span of weeks from the year's first day, however many weeks it holds
_WEEKS_TO = re.compile(r"\b(?P<n>\d{1,2})\s+weeks\s+(?:to|ended|ending)\s+" + _DAY, re.I)


def _from_weeks_to_date(text: str, published: date, cal: FiscalCalendar) -> WeekCalendar | None:
    """The week calendar whose year starts the day a span of N weeks to a date begins, the
    day before it a year end a few days off the fiscal year's last month end."""
    for m in _WEEKS_TO.finditer(text):
        day = _day_of(m, published)
        if day is None or day > published or not 0 < int(m["n"]) < 52 or int(m["n"]) % 13 == 0:
            # (a quarter's, half's or year's weeks "to" a day say no more than its months:
            # only a trading update's odd span, "the first 17 weeks", shows the weeks)
            continue
        before = day - timedelta(weeks=int(m["n"]))  # the last day of the year before
        month_end = fiscal_year(cal, before + timedelta(days=7)).start - timedelta(days=1)
        if before == month_end or abs((before - month_end).days) > 6:
            continue  # a calendar of whole months, or no year's start
        for nearest in (True, False):
            weeks = WeekCalendar(day.weekday(), nearest)
            if weeks.year_end(month_end) == before:
                return weeks
    return None


def _closes_a_quarter(weeks: WeekCalendar, day: date, cal: FiscalCalendar) -> bool:
    """Does DAY end a fiscal quarter of WEEKS? (the quarter of whole months ending in its
    month, or in the month before: "August 2" closes the May-July quarter)"""
    this_month = date(day.year, day.month, 1)
    for m_end in (this_month + timedelta(days=31), this_month):
        m_end = m_end.replace(day=1) - timedelta(days=1)  # the last day of a month
        year = fiscal_year(cal, m_end)
        if (_month_offset(year.start, m_end) + 1) % 3:
            continue  # no quarter of the company's ends with that month
        start = m_end.replace(day=1) - timedelta(days=1)
        start = (start.replace(day=1) - timedelta(days=1)).replace(day=1)
        found = weeks.weeks_of(Period(start, m_end), cal)
        if found is not None and found.end == day:
            return True
    return False


_NEAR_DAYS = 10


def in_weeks(proposals: list[Proposal], weeks: WeekCalendar, cal: FiscalCalendar) -> list[Proposal]:
    """Each proposal's fiscal period moved to the weeks it covers; other spans unchanged.
    A span a few days off the months ("the 13 weeks ended Feb 1, 2025" moved back a year by
    days) is the fiscal period of those months too."""
    out = []
    for p in proposals:
        if _weeks_stated(p) and p.period.end.weekday() == weeks.weekday:
            # "the thirteen weeks ended December 31, 2024": weeks the report counted itself
            # (a half of months that happens to hold 182 days is no such span)
            out.append(p)
            continue
        months = _months_near(p.period)
        moved = weeks.weeks_of(months, cal) if months is not None else None
        if moved is not None and p.period.start != p.period.end:
            # (a year ending on the last weekday of its month may close its half nine days
            # before the half's last month ends: 26 weeks from 23 February is 23 August)
            # (a 16-week first quarter ends three weeks past its third month)
            far = _NEAR_DAYS + 7 * weeks.drift
            near = abs((moved.start - p.period.start).days) <= far
            moved = moved if near and abs((moved.end - p.period.end).days) <= far else None
        if (
            moved is None
            and p.period.start != p.period.end
            and (months is None or p.period.days > _RUNNING_DAYS)
        ):
            # a running total since a launch, up to a quarter's end: that quarter's last day
            # (also when it began on a month's first day: "since its launch in March 1987")
            end = weeks.weeks_of(Period(p.period.end, p.period.end), cal)
            moved = Period(p.period.start, end.end) if end is not None else None
        out.append(replace(p, period=moved) if moved is not None else p)
    return out


# a span longer than any fiscal period the calendar moves: a running total since a start
_RUNNING_DAYS = 400


_WEEK_WORDS = {
    13: "thirteen", 14: "fourteen", 16: "sixteen", 12: "twelve", 26: "twenty-six",
    39: "thirty-nine", 52: "fifty-two", 53: "fifty-three",
}  # fmt: skip


def _weeks_stated(p: Proposal) -> bool:
    """P's period is as many weeks as its quote says it is ("the thirteen weeks ended ...")."""
    if p.period.days % 7 or p.period.days <= 7:
        return False
    n = p.period.days // 7
    words = rf"(?:{n}|{_WEEK_WORDS[n]})" if n in _WEEK_WORDS else str(n)
    return re.search(rf"\b{words}[\s-]+weeks?\s+(?:ended|ending|to)\b", p.quote, re.I) is not None


def _months_near(p: Period) -> Period | None:
    """The whole months a span stands for: its start's month (or the next one, from the
    25th), its end's month (or the one before, up to the 7th)."""
    if p.start == p.end:
        return p
    start = p.start.replace(day=1)
    if p.start.day >= 25:
        start = (start + timedelta(days=32)).replace(day=1)
    elif p.start.day > 7 and p.start.day != 1:
        return None
    end = p.end
    if end.day <= 7:
        end = end.replace(day=1) - timedelta(days=1)
    elif end.day < 25:
        return None
    end = date(end.year, end.month, monthrange(end.year, end.month)[1])
    return Period(start, end) if start < end else None
