"""References resolved to concrete `Period`s under one fiscal calendar, and whether a
period fits a reference that names no year."""

from __future__ import annotations

import functools
from dataclasses import replace
from datetime import date, timedelta

from bot.facts.model import Period
from bot.facts.periods.arithmetic import (
    in_whole_months,
    is_whole_months,
    month_count,
    month_end,
    month_index,
    month_of,
    months_closing,
    shift,
    spans_months,
    whole_months,
    years_on,
)
from bot.facts.periods.events import holds_event
from bot.facts.periods.fiscal_calendar import FiscalCalendar
from bot.facts.periods.references import (
    SEASONS,
    UNIT_MONTHS,
    WHOLE_SEASONS,
    DayEventRef,
    ExactRef,
    ExtraWeekRef,
    HalfRef,
    LatestRef,
    LeadingMonthsRef,
    MonthEndRef,
    MonthsEndingRef,
    NamedSeasonRef,
    PeriodRef,
    QuarterEndingRef,
    QuarterRef,
    RelativeRef,
    SeasonRef,
    SplitYearRef,
    ToDateRef,
    WeekNumberRef,
    WeeksEndingRef,
    YearRef,
)


def _unique(periods: list[Period]) -> list[Period]:
    return list(dict.fromkeys(periods))


def _calendar_year(year: int) -> Period:
    return whole_months(month_index(year, 1), 12)


def _calendar_part(year: int, n: int, size: int) -> Period:
    return whole_months(month_index(year, 1) + size * (n - 1), size)


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
            first = month_index(end_year, cal.last_month) - 11
            year = whole_months(first, 12)
            if ending is not None:
                month, months = ending
                return _months_ending_inside(first, month, months)
            if part is None:
                return [year]
            size, n = part
            return [
                whole_months(month_index(year.start.year, year.start.month) + size * (n - 1), size)
            ]
        case QuarterRef(_, None, _) | HalfRef(_, None, _) | QuarterEndingRef(_, None):
            return []
        case (
            MonthsEndingRef(_, _, None)
            | LeadingMonthsRef(_, None, _)
            | SeasonRef()
            | NamedSeasonRef()
        ):
            return []  # a season's span is the company's own: see matches_unanchored
        case ToDateRef(_, _, until) if until is not None:
            return _up_to(ref, until, cal)
        case (
            WeeksEndingRef()
            | ToDateRef()
            | MonthEndRef()
            | ExtraWeekRef()
            | WeekNumberRef()
            | DayEventRef()
        ):
            return []  # (a week's days are the company's own: see matches_unanchored)
        case MonthsEndingRef(month, months, year, True):
            first = cal.first_month(year)
            return _months_ending_inside(first, month, months)
        case MonthsEndingRef(month, months, year):
            return [months_closing(year, month, months)]
        case LeadingMonthsRef(months, year, fiscal):
            calendar_part = whole_months(month_index(year, 1), months)
            return _prefer(fiscal, calendar_part, whole_months(cal.first_month(year), months))
        case QuarterRef(q, year, fiscal):
            return _prefer(fiscal, _calendar_part(year, q, 3), cal.quarter(year, q))
        case HalfRef(h, year, fiscal):
            return _prefer(fiscal, _calendar_part(year, h, 6), cal.half(year, h))
        case QuarterEndingRef(month, year):
            return [months_closing(year, month, 3)]
        case ExactRef(period):
            return [period]
        case RelativeRef(base, steps, unit, span):
            bases = resolve(base, cal, anchor) if base is not None else [anchor] if anchor else []
            if span is not None:  # (a 13-week quarter spans a quarter too)
                bases = [p for p in bases if p.months == span]
            if unit == "month":  # "the month before Q4 2025": September, the month next to it
                return _unique([_month_beside(p, steps) for p in bases])
            months = steps * (12 if unit == "year" else 3)
            return _unique([shift(p, months) for p in bases])
        case _:  # LatestRef
            return []


def _month_beside(period: Period, steps: int) -> Period:
    """The month STEPS months before the first of PERIOD (negative) or after its last."""
    first = month_index(period.start.year, period.start.month)
    last = month_index(period.end.year, period.end.month)
    return whole_months(first + steps if steps < 0 else last + steps, 1)


def _months_ending_inside(first: int, month: int, months: int) -> list[Period]:
    """MONTHS months closing with MONTH inside the year whose first month is FIRST (a month
    index): "the Dec-Feb quarter of fiscal 2021"; none when they would start before it."""
    last = first + (month - 1 - first % 12) % 12  # that month, inside the year
    return [whole_months(last - months + 1, months)] if last - months + 1 >= first else []


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
            is_quarter = spans_months(period, 3)
            return is_quarter and period.end.month == month
        case SeasonRef(season, year, quarter):
            # "the holiday quarter": only where one of the company's quarters holds the
            # season (Oct-Dec, Nov-Jan); a calendar that splits it has none
            is_quarter = spans_months(period, 3)
            own = period in (cal.quarter(cal.fiscal_year_of(period.start), q) for q in range(1, 5))
            fits = _in_season(period, season, year)
            return fits and (is_quarter and own if quarter else True)
        case NamedSeasonRef():
            return _in_named_season(period, ref, cal)
        case MonthsEndingRef(month, months, None):
            whole = spans_months(period, months)
            return whole and period.end.month == month
        case LeadingMonthsRef(months, None, fiscal):
            if not spans_months(period, months):
                return False
            first = whole_months(cal.first_month(cal.fiscal_year_of(period.start)), months)
            calendar_part = whole_months(month_index(period.start.year, 1), months)
            return period in _prefer(fiscal, calendar_part, first)
        case WeeksEndingRef(weeks, month, day):
            # a 52/53-week calendar's span: that last day, a week either way in length
            ends = (period.end.month, period.end.day) == (month, day)
            return ends and abs(period.days - 7 * weeks) <= 7
        case ToDateRef(fiscal, year, None, "year"):
            return _to_date_fits(period, cal, fiscal, year)
        case ToDateRef(_, _, None):
            # a quarter or month to a day the store knows: from its first day, short of it
            # all ("QTD sales", latest first)
            spans = _spans_holding(ref, period.end, cal)
            return any(p.start == period.start and period.end < p.end for p in spans)
        case ExtraWeekRef(year):
            return period.days == 7 and _closes_a_year(period, cal, year)
        case WeekNumberRef():
            return _numbered_weeks(period, ref, cal)
        case DayEventRef(event, year, span):
            # the event's own figure, its weekend's or as long a span as the question says
            return holds_event(period, event, year or period.start.year, span)
        case MonthEndRef(month):
            # a point on that month's last day, or a running total (over a year) to it
            closes = period.end.month == month and period.end == month_end(
                *month_of(month_index(period.end.year, month))
            )
            return closes and (period.start == period.end or period.days > 366)
        case SplitYearRef(start_year, end_year, None, None) if cal.is_calendar:
            # "2025/26" of a calendar-year company: a year it counts across two (an
            # academic year, a season), September to August say
            years = (period.start.year, period.end.year)
            return spans_months(period, 12) and years == (start_year, end_year)
        case QuarterRef(q, None, fiscal):
            return _fits_part(period, cal, q, 3, fiscal)
        case HalfRef(h, None, fiscal):
            return _fits_part(period, cal, h, 6, fiscal)
        case LatestRef(unit) | RelativeRef(None, _, unit):
            months = UNIT_MONTHS[unit] if unit else None
            return months is None or period.months == months
        case _:
            return period in resolve(ref, cal)


def _numbered_weeks(period: Period, ref: WeekNumberRef, cal: FiscalCalendar) -> bool:
    """Whether PERIOD is the weeks REF numbers: whole weeks, the first of them (by its
    middle day, so a week a company starts on Sunday is numbered as the ISO week it mostly
    lies in) numbered `first` and the last `last`, of the year said. The company's own
    year numbers them where it is no calendar year or the question says fiscal."""
    if period.days != 7 * (ref.last - ref.first + 1):
        return False
    first_middle, last_middle = period.start + timedelta(days=3), period.end - timedelta(days=3)
    if ref.fiscal or (ref.fiscal is None and not cal.is_calendar):
        fy = cal.fiscal_year_of(first_middle)
        opening = cal.year(fy).start
        numbers = ((first_middle - opening).days // 7 + 1, (last_middle - opening).days // 7 + 1)
        years = {fy, cal.fiscal_year_of(last_middle)}
    else:
        a, b = first_middle.isocalendar(), last_middle.isocalendar()
        numbers, years = (a.week, b.week), {a.year, b.year}
    return numbers == (ref.first, ref.last) and (ref.year is None or years == {ref.year})


def _in_named_season(period: Period, ref: NamedSeasonRef, cal: FiscalCalendar) -> bool:
    """Could PERIOD be the season REF names? A span (never a day, never over a year) from
    its first year into its last; one year's season may also be the company's year that
    holds the middle of it (a crop sold through a fiscal year), and one of a year's seasons
    is any shorter span that starts in it. A quarter, half or running total of the
    company's own year is never a season."""
    if period.start == period.end or period.days > 372:
        return False
    first, last = period.start.year, period.end.year
    if ref.ordinal is not None:
        inside = first == ref.first_year and period.days < 330
    elif ref.first_year != ref.last_year:
        inside = (first, last) == (ref.first_year, ref.last_year)
    else:
        mid_year = date(ref.first_year, 7, 1)
        sold_through = period.start < mid_year <= period.end and period.days >= 330
        inside = first == last == ref.first_year or sold_through
    fy = cal.fiscal_year_of(period.start)
    parts = [cal.quarter(fy, q) for q in range(1, 5)] + [cal.half(fy, 1), cal.half(fy, 2)]
    return inside and period not in parts and not _to_date_fits(period, cal, True)


def _closes_a_year(period: Period, cal: FiscalCalendar, year: int | None) -> bool:
    """Does PERIOD end within a week of the close of one of the company's years (YEAR,
    where said)? A 52/53-week year closes on a weekday near its month's end, either side."""
    fy = cal.fiscal_year_of(period.start)
    return any(
        abs((cal.year(y).end - period.end).days) <= 7 and year in (None, y) for y in (fy, fy + 1)
    )


def own_reading_first(ref: PeriodRef, periods: list[Period], cal: FiscalCalendar) -> list[Period]:
    """Of the periods an unmarked part of a year fits ('h1', '9m', 'ytd'), those of the
    company's own fiscal year when there are any: a fiscal-calendar company's 'H1' is its
    fiscal H1, never whichever half happens to be latest."""
    fiscal = getattr(ref, "fiscal", False)
    if cal.is_calendar or fiscal is not None or getattr(ref, "year", None) is not None:
        return periods
    own = replace(ref, fiscal=True)  # type: ignore[type-var]
    # (the calendar's reading where the company's own is not held: never a span that is
    # the company's own part of another number, "q3" of a year to March is no fiscal Q2)
    return [p for p in periods if matches_unanchored(own, p, cal)] or [
        p for p in periods if not _own_part(p, cal)
    ]


def _own_part(period: Period, cal: FiscalCalendar) -> bool:
    """Is PERIOD one of the company's own quarters or halves?"""
    fy = cal.fiscal_year_of(period.start)
    if spans_months(period, 3):
        return period in (cal.quarter(fy, q) for q in range(1, 5))
    if spans_months(period, 6):
        return period in (cal.half(fy, h) for h in (1, 2))
    return False


def _up_to(ref: ToDateRef, until: date, cal: FiscalCalendar) -> list[Period]:
    """A year, quarter or month to date, from its first day to UNTIL (a fiscal year's
    quarter said, "Q3 FY24 thru 13 July": to that day in it, whichever year it falls in)."""
    if ref.year is not None and ref.part is not None and ref.unit == "quarter":
        quarter = cal.quarter(ref.year, ref.part)
        days = [years_on(until, k) for k in (-1, 0, 1)]
        return [Period(quarter.start, d) for d in days if quarter.start <= d < quarter.end]
    return [Period(p.start, until) for p in _spans_holding(ref, until, cal)]


def _spans_holding(ref: ToDateRef, day: date, cal: FiscalCalendar) -> list[Period]:
    """The years, quarters or months (REF's unit) that hold DAY: the company's own first
    (its people count in them), then the calendar's; a quarter said ("Q4 thru 15 Dec")
    must be the one the day lies in."""
    if ref.unit == "month":
        return [whole_months(month_index(day.year, day.month), 1)]
    fy = cal.fiscal_year_of(day)
    numbered: dict[bool, list[tuple[int | None, Period]]] = {
        True: [(None, whole_months(cal.first_month(fy), 12))],
        False: [(None, whole_months(month_index(day.year, 1), 12))],
    }
    if ref.unit == "quarter":
        numbered = {
            True: [(q, cal.quarter(fy, q)) for q in range(1, 5)],
            False: [(q, whole_months(month_index(day.year, 3 * q - 2), 3)) for q in range(1, 5)],
        }
    sides = [True, False] if ref.fiscal is None else [ref.fiscal]
    held = [
        p
        for own in sides
        for q, p in numbered[own]
        if p.start <= day <= p.end and ref.part in (None, q)
    ]
    return _unique(held)


def _to_date_fits(
    period: Period, cal: FiscalCalendar, fiscal: bool | None, year: int | None = None
) -> bool:
    """Whole months from the first of a year (YEAR when given), short of the whole year:
    a year to date."""
    if not is_whole_months(period) or not 1 <= month_count(period) <= 11:
        return False
    fy = cal.fiscal_year_of(period.start) if year is None else year
    starts = month_index(period.start.year, period.start.month)
    own = fiscal is not False and starts == cal.first_month(fy)
    calendar = fiscal is not True and period.start.month == 1
    return own or (calendar and year in (None, period.start.year))


# How far a travel season's own first and last days may lie from its months' (IATA's
# summer runs from the last Sunday of March to the last Saturday of October)
_SEASON_SLACK = 10


def _in_season(period: Period, season: str, year: int | None) -> bool:
    """A span of at most a quarter inside the season's window of that year (any year); a
    travel season's whole span."""
    first, months = SEASONS[season]
    years = [year] if year is not None else [period.start.year - 1, period.start.year]
    for y in years:
        window = whole_months(month_index(y, first), months)
        if season in WHOLE_SEASONS:
            # the whole season, give or take the weeks its own dates differ by
            slack = timedelta(days=_SEASON_SLACK)
            if abs(period.start - window.start) <= slack and abs(period.end - window.end) <= slack:
                return True
            continue
        if window.start <= period.start and period.end <= window.end and period.days <= 100:
            if _past_the_season(period, season, y):
                continue
            return True
    return False


# The day a season's own trading ends, where its window runs on for the quarters that hold
# it: Christmas trading is reported to the first days of January ("the nine weeks to 3
# January", "the six weeks to 11 January"), never to the month's end
_SEASON_ENDS = {"holiday": (1, 15)}


def _past_the_season(period: Period, season: str, year: int) -> bool:
    """Does PERIOD, no whole quarter, run on past the season's own end (the weeks to 25
    January: a quarter to date, no Christmas figure)?"""
    weeks = in_whole_months(period)  # (a quarter counted in weeks, Nov 2 – Jan 31)
    if season not in _SEASON_ENDS or spans_months(weeks or period, 3):
        return False
    month, day = _SEASON_ENDS[season]
    end = date(year + (month < SEASONS[season][0]), month, day)
    return period.end > end


def _fits_part(period: Period, cal: FiscalCalendar, n: int, size: int, fiscal: bool | None) -> bool:
    fy = cal.fiscal_year_of(period.start)
    options = _prefer(
        fiscal,
        _calendar_part(period.start.year, n, size),
        cal.quarter(fy, n) if size == 3 else cal.half(fy, n),
    )
    return period in options
