"""Whole-month arithmetic on `Period`s: month indexes, shifting by months, the period
before, and periods counted in weeks read as the whole months they stand for."""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta

from bot.facts.model import Period


def month_index(year: int, month: int) -> int:
    """Months since year 0, so month arithmetic is integer arithmetic."""
    return year * 12 + month - 1


def month_of(index: int) -> tuple[int, int]:
    year, month0 = divmod(index, 12)
    return year, month0 + 1


def month_end(year: int, month: int) -> date:
    return date(year, month, month_days(year, month))


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def month_days(year: int, month: int) -> int:
    """`calendar.monthrange(year, month)[1]` without its weekday (asked for every period
    a first-time answer names and checks)."""
    if not 1 <= month <= 12:
        return monthrange(year, month)[1]  # (its error)
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month]


def whole_months(first: int, count: int) -> Period:
    """`count` whole months starting at month index `first`."""
    y1, m1 = month_of(first)
    y2, m2 = month_of(first + count - 1)
    return Period(date(y1, m1, 1), month_end(y2, m2))


def months_closing(year: int, month: int, count: int) -> Period:
    """`count` whole months closing with `month` of `year`: the year to March 2014, the
    quarter ending June 2013."""
    return whole_months(month_index(year, month) - count + 1, count)


def is_whole_months(p: Period) -> bool:
    return p.start.day == 1 and p.end == month_end(p.end.year, p.end.month)


def month_count(p: Period) -> int:
    return month_index(p.end.year, p.end.month) - month_index(p.start.year, p.start.month) + 1


def spans_months(p: Period, count: int) -> bool:
    """Whether `p` is exactly `count` whole months (a quarter: 3)."""
    return is_whole_months(p) and month_count(p) == count


def _add_months(d: date, months: int) -> date:
    """The same day `months` later, clamped to the month's length (Feb 29 -> Feb 28)."""
    y, m = month_of(month_index(d.year, d.month) + months)
    return date(y, m, min(d.day, month_days(y, m)))


def shift(p: Period, months: int) -> Period:
    """Move a period by whole months, keeping month ends on month ends."""
    if is_whole_months(p):
        return whole_months(month_index(p.start.year, p.start.month) + months, month_count(p))
    return Period(_add_months(p.start, months), _add_months(p.end, months))


# How far a period counted in weeks may start or end from the whole months it stands for.
WEEKS_SLACK = timedelta(days=6)


def in_whole_months(p: Period, asked: bool = False) -> Period | None:
    """The whole months a period counted in weeks stands for: a retailer's 52/53-week
    year (4 Feb 2024 – 1 Feb 2025) is its fiscal year by months (Feb 2024 – Jan 2025),
    its 13-week quarters likewise, each end within WEEKS_SLACK of a month's. None for a
    period of whole months already, or one nowhere near them."""
    if is_whole_months(p) or p.days < 28:
        return None
    # a span held to a day (1 Nov - 25 Jan) is no period counted in weeks; one ASKED by its
    # last day ("the half to 28 Dec 2025") is the weeks that end then
    to_a_day = p.start.day == 1 and p.days % 7 and p.end < month_end(p.end.year, p.end.month)
    if to_a_day and not asked:
        return None
    nearest_start = date(p.start.year, p.start.month, 1)
    if p.start.day > 15:
        nearest_start = date(*month_of(month_index(p.start.year, p.start.month) + 1), 1)
    nearest_end = month_end(p.end.year, p.end.month)
    if p.end.day <= 15:
        nearest_end = month_end(*month_of(month_index(p.end.year, p.end.month) - 1))
    # (a 4-4-5 year's 13-week quarters fall a day or two short of three months each:
    # its 26-week half, begun six days before March, ends eight days before September)
    slack = WEEKS_SLACK + _WEEKS_DRIFT if p.days % 7 == 0 else WEEKS_SLACK
    if p.days >= _QUARTER_DAYS and _counted_from_inside_a_month(p):
        # (a year or quarter counted from a day inside a month, "21 Mar 2024 – 20 Mar
        # 2025" of a year ending 20 March (an Iranian, Nepali or Ethiopian year): the whole
        # months it stands for, as its calendar's year end is read)
        slack = _HALF_A_MONTH
    if abs(p.start - nearest_start) > slack or abs(p.end - nearest_end) > slack:
        return None
    return Period(nearest_start, nearest_end)


def shifted_whole_months(held: Period, wanted: Period) -> bool:
    """Does HELD, counted from a day inside a month, stand for the whole months WANTED,
    both its ends moved alike by less than a month? A Nepali quarter (Magh to Chaitra,
    14 Jan – 12 Apr) is its calendar's Feb – Apr, though its first day is nearer January:
    such months begin on a day that drifts through the year."""
    if not (is_whole_months(wanted) and held.days >= _QUARTER_DAYS):
        return False
    if not all(5 <= d.day <= 25 for d in (held.start, held.end)):
        return False
    moved = (held.start - wanted.start, held.end - wanted.end)
    return all(abs(m) <= _LESS_THAN_A_MONTH for m in moved) and abs(moved[0] - moved[1]) <= _DRIFT


def _counted_from_inside_a_month(p: Period) -> bool:
    """Does P run from a day inside a month to the day before it (give or take the
    months' lengths: an Iranian half, 21 Mar – 22 Sep) some months later?"""
    inside = all(5 <= d.day <= 25 for d in (p.start, p.end))
    return inside and -1 <= p.start.day - p.end.day <= 2


# How much further a span of whole weeks drifts from month ends within its year.
_WEEKS_DRIFT = timedelta(days=3)
# A span counted from a day inside a month: a quarter or longer, each end half a month
# at most from the month end it stands for
_QUARTER_DAYS = 80
_HALF_A_MONTH = timedelta(days=16)
# how far such months' first days sit from ours, and drift apart within one span
_LESS_THAN_A_MONTH = timedelta(days=20)
_DRIFT = timedelta(days=4)


def nearest_month_end(year: int, month: int, day: int | None) -> tuple[int, int]:
    """The month a year or quarter "ending" on this day is treated as ending in.

    52/53-week years end on a weekday near a month end, sometimes a few days into the
    next month (Sep 27, Oct 1, Jan 2): day 1-15 counts as the previous month's end."""
    if day is not None and day <= 15:
        return month_of(month_index(year, month) - 1)
    return year, month


def back_to_back(earlier: Period, later: Period) -> bool:
    """Does LATER begin the day after EARLIER ends?"""
    return earlier.end + timedelta(days=1) == later.start


def previous(period: Period) -> Period:
    """The period of the same length just before: FY2013 -> FY2012, Q3 2013 -> Q2 2013."""
    if is_whole_months(period):
        return shift(period, -month_count(period))
    return Period(period.start - timedelta(days=period.days), period.start - timedelta(days=1))


def year_earlier(period: Period) -> Period:
    """The same period a year before: Q3 2013 -> Q3 2012."""
    return shift(period, -12)


def years_on(day: date, years: int) -> date:
    """DAY that many years on (29 February on the 28th in a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
