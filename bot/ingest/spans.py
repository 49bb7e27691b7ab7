"""What a time mention means for one figure: the period it names, given the day the figure
was stated, the entity's fiscal calendar, whether the figure is a result or an expectation,
and the period the sentence was just talking about ("the year before").

`bot.ingest.timing` finds the mentions in a sentence; this module resolves them.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.facts.model import Kind, Period
from bot.facts.periods import (
    CALENDAR,
    FiscalCalendar,
    HalfRef,
    LatestRef,
    LeadingMonthsRef,
    MonthsEndingRef,
    NamedSeasonRef,
    QuarterEndingRef,
    QuarterRef,
    RelativeRef,
    SeasonRef,
    WeekNumberRef,
    WeeksEndingRef,
    resolve,
)
from bot.ingest.timing import TimeMention, YearSpanRef, month_end
from bot.ingest.to_days import MODE as TO_DAY
from bot.ingest.week_numbers import week_span

__all__ = ["fiscal_year", "quarter_of", "resolve_time", "shift"]


def fiscal_year(cal: FiscalCalendar, d: date) -> Period:
    return cal.year(cal.fiscal_year_of(d))


def quarter_of(cal: FiscalCalendar, d: date) -> Period:
    fy = cal.fiscal_year_of(d)
    for q in range(1, 5):
        p = cal.quarter(fy, q)
        if p.start <= d <= p.end:
            return p
    return cal.quarter(fy, 1)  # unreachable for whole-month calendars


def _moved_to(anchor: Period, year: int, cal: FiscalCalendar) -> Period | None:
    """ANCHOR moved whole years so that it falls in (fiscal) YEAR; a span of weeks by
    52-week years, so that it keeps its weekdays."""
    # (a 52/53-week year may start a few days before its first month: "29 June 2025" opens
    # the year to June 2026, so its year is read a week on)
    weeks = anchor.start.day != 1
    years = year - cal.fiscal_year_of(anchor.start + timedelta(days=7 if weeks else 0))
    if years == 0:
        return None
    if weeks:
        return Period(
            anchor.start + timedelta(weeks=52 * years), anchor.end + timedelta(weeks=52 * years)
        )
    start = date(anchor.start.year + years, anchor.start.month, 1)
    end_month = date(anchor.end.year + years, anchor.end.month, 1)
    end = month_end(end_month) if anchor.end == month_end(anchor.end) else None
    return Period(start, end) if end else None


def shift(period: Period, months: int, cal: FiscalCalendar) -> Period:
    """PERIOD moved by a whole number of quarters (MONTHS is a multiple of 3)."""
    return resolve(RelativeRef(None, months // 3, "quarter"), cal, period)[0]


def _months_on(start: date, months: int) -> date:
    """The last day of the MONTHS months from START (a month's first day)."""
    y, m = divmod(start.month - 1 + months, 12)
    return date(start.year + y, m + 1, 1) - timedelta(days=1)


def _quarter_ending_in(year: Period, month: int) -> Period | None:
    """The three months ending with MONTH inside YEAR (a fiscal year): the December quarter
    of a year to June 2026 is October - December 2025."""
    for offset in range(12):
        y, mo = divmod(year.start.month - 1 + offset, 12)
        if mo + 1 == month:
            end = month_end(date(year.start.year + y, month, 1))
            first = date(end.year, end.month, 1)
            start_month = (first.month - 3) % 12 + 1
            start_year = first.year - (1 if first.month <= 2 else 0)
            return Period(date(start_year, start_month, 1), end)
    return None


def _half_closed_by(quarter: Period | None, cal: FiscalCalendar) -> Period | None:
    """ "The sugar mix was 55% in the half" after the second quarter's figures: the half the
    quarter the text talks about closes (its second or fourth quarter), else None."""
    if quarter is None or quarter.months != 3:
        return None
    fy = cal.fiscal_year_of(quarter.end)
    half = next((h for h in (cal.half(fy, 1), cal.half(fy, 2)) if h.end == quarter.end), None)
    return half if half is not None and half.start <= quarter.start else None


def _part_of(cal: FiscalCalendar, fy: int, part: HalfRef | QuarterRef) -> Period:
    return cal.half(fy, part.half) if isinstance(part, HalfRef) else cal.quarter(fy, part.quarter)


# a half's or quarter's code: "1H26", "H1 2025", "3Q25", "Q3 2024", "1S25", "4T24"
_PART_CODE = re.compile(
    r"(?:[12][HS]|H[12]|[1-4][QT]|Q[1-4])\b|(?:[12][HS]|[1-4][QT])\d", re.IGNORECASE
)


def _year_of(anchor: Period | None, cal: FiscalCalendar) -> Period | None:
    """The year a part of a year is talked about in: "the first half of the previous
    financial year" said of a half counts back from the half's own year, never a half."""
    if anchor is None or anchor.months >= 12:
        return anchor
    return fiscal_year(cal, anchor.start)


def resolve_time(
    m: TimeMention, *, cal: FiscalCalendar, as_of: date, kind: Kind, anchor: Period | None
) -> Period | None:
    """The period a mention means for a figure of this kind stated on AS_OF.

    ANCHOR is the period the sentence (or the paragraph before it) was just talking about;
    anaphoric phrases need it."""
    expected = kind is not Kind.ACTUAL
    if m.mode == "part":
        part, whole = m.ref  # type: ignore[misc]
        year = resolve_time(whole, cal=cal, as_of=as_of, kind=kind, anchor=_year_of(anchor, cal))
        if year is None or year.months != 12:
            return None
        if isinstance(part, QuarterEndingRef):
            return _quarter_ending_in(year, part.month)  # "the December quarter FY26"
        if isinstance(part, LeadingMonthsRef):
            if whole.mode == "year" and whole.word == "bare" and not expected:
                # "the nine months of the financial year" in a result: of the year under
                # way when that many of its months have ended
                current = fiscal_year(cal, as_of)
                if _months_on(current.start, part.months) <= as_of:
                    year = current
            return Period(year.start, _months_on(year.start, part.months))
        fy = cal.fiscal_year_of(year.start)
        if whole.mode == "year" and whole.word == "bare" and not expected:
            # "the first half of the fiscal year" in a result: the latest such half that has
            # ended, in the year under way when it has (a bare fiscal year alone is the last
            # completed one)
            current = cal.fiscal_year_of(fiscal_year(cal, as_of).start)
            ended = _part_of(cal, current, part)
            if ended.end <= as_of:
                return ended
        return _part_of(cal, fy, part)
    if m.mode == "same-of":
        return None if anchor is None else _moved_to(anchor, int(m.word), cal)
    if m.mode == "span":
        if anchor is None:
            return None
        days = int(m.word or 0)
        length = (anchor.end - anchor.start).days + 1
        # "the 18 weeks" is the anchor only when the anchor is 18 weeks long
        return anchor if not days or abs(length - days) <= max(3, days // 10) else None
    if m.mode == "half":
        if anchor is not None and anchor.months == 6:
            return anchor
        return _half_closed_by(anchor, cal)
    if (
        m.mode in ("absolute", "to-date")
        and isinstance(m.ref, MonthsEndingRef)
        and m.ref.year is not None
        and m.ref.fiscal
    ):
        # "Apr-Oct FY25": those months of the fiscal year the text names, never the span
        # of those months nearest the statement
        spans = resolve(m.ref, cal)
        return spans[0] if len(spans) == 1 else None
    if m.mode in ("absolute", "to-date") and isinstance(m.ref, WeeksEndingRef | MonthsEndingRef):
        # "the six months to June", "Jan–Sep", "the 18 weeks to 4 January": the span that
        # closes nearest the statement; a plan's "year ending in September" is one not over
        return _closing_near(m.ref, as_of, upcoming=expected)
    if (
        m.mode in ("absolute", "to-date")
        and isinstance(m.ref, LeadingMonthsRef)
        and m.ref.year is None
    ):
        # "9M sales", "the first nine months": the company's year to date
        ref = m.ref
        months = ref.months
        own = CALENDAR if ref.fiscal is False else cal  # "of the calendar year"
        year = fiscal_year(own, as_of)
        for _ in range(2):
            first = year.start.year * 12 + year.start.month - 1 + months - 1
            end = month_end(date(first // 12, first % 12 + 1, 1))
            if end <= as_of or expected:
                return Period(year.start, end)
            year = shift(year, -12, own)
        return None
    if m.mode == "absolute" and isinstance(m.ref, SeasonRef) and m.ref.year is None:
        # "the Christmas period" after "the six weeks to 3 January ("Christmas period")": the
        # span the report is talking about, when it is a season's length
        return anchor if anchor is not None and anchor.days <= 100 else None
    if m.mode == "absolute" and isinstance(m.ref, WeekNumberRef):
        return week_span(m.ref, cal, as_of, expected)  # "week 46", "Period 7", "P7 FY25"
    if m.mode == "absolute" and isinstance(m.ref, YearSpanRef):
        first, last = resolve(m.ref.first, cal), resolve(m.ref.last, cal)
        return Period(first[0].start, last[0].end) if first and last else None
    if m.mode == "absolute":
        # "the 2025 season" of a report: the year that names it, until a calendar of the
        # company's seasons says more
        ref = m.ref.as_years() if isinstance(m.ref, NamedSeasonRef) else m.ref
        options = resolve(ref, cal)  # type: ignore[arg-type]
        if (
            isinstance(m.ref, QuarterRef | HalfRef)
            and m.ref.fiscal is None
            and len(options) == 2
            and _PART_CODE.match(m.text)
        ):
            # "1H26", "Q3 2024" with no FY or CY: a company with a fiscal year of its own
            # codes its halves and quarters in it ("the third quarter of 2013" in a story
            # may still be the calendar's)
            return options[1]
        return options[0] if options else None
    if m.mode == "deictic":
        ref = m.ref
        if isinstance(ref, LatestRef):
            base = fiscal_year(cal, as_of) if ref.unit == "year" else quarter_of(cal, as_of)
            if m.word == "latest" and not expected:
                return shift(base, -12 if ref.unit == "year" else -3, cal)
            if (
                not expected
                and ref.unit == "year"
                and base.end > as_of
                and re.search(r"\b(?:full|whole|entire)\b", m.text, re.IGNORECASE)
            ):
                # "Full-year revenue was $1.21 billion" in November: a full year's result is
                # of the year just completed, never the one under way
                return shift(base, -12, cal)
            if not expected and ref.unit == "quarter" and base.end > as_of:
                # "For the current quarter under review, the Group recorded revenue of ...":
                # a result of the quarter the report is about, never the one still running
                reviewed = anchor is not None and anchor.months == 3 and anchor.end <= as_of
                return anchor if reviewed else shift(base, -3, cal)
            return base
        assert isinstance(ref, RelativeRef)
        base = fiscal_year(cal, as_of) if ref.unit == "year" else quarter_of(cal, as_of)
        return resolve(RelativeRef(None, ref.steps, ref.unit), cal, base)[0]
    if m.mode == "anaphoric":
        ref = m.ref
        assert isinstance(ref, RelativeRef)
        if anchor is None:
            if re.search(r"\bsame\b", m.text, re.IGNORECASE):
                return None
            base = fiscal_year(cal, as_of) if ref.unit == "year" else quarter_of(cal, as_of)
            if ref.unit == "year" and re.search(r"\bquarter\b", m.text, re.IGNORECASE):
                # "the year-ago quarter" with no quarter talked about: the quarter a year
                # before the last one completed
                base = shift(quarter_of(cal, as_of), -3, cal)
        else:
            base = anchor
        if ref.unit == "year" and base.start.day != 1 and (base.days % 7 == 0):
            # "the same 17 weeks of the prior year": a span of weeks a year earlier is the
            # same weeks, 52 of them earlier (it keeps its weekdays)
            weeks = timedelta(weeks=52 * ref.steps)
            return Period(base.start + weeks, base.end + weeks)
        return resolve(RelativeRef(None, ref.steps, ref.unit), cal, base)[0]
    if m.mode == "year":
        current = fiscal_year(cal, as_of)
        if m.word == "next":
            return shift(fiscal_year(cal, as_of - timedelta(days=92)), 12, cal)
        if m.word == "last":
            return shift(current, -12, cal)
        if m.word == "current":
            return current
        if m.word == "same" and anchor is not None and anchor.months == 12:
            return anchor
        if m.word == "in-year":
            # "In the year, revenue totalled ...": the year whose results the report gives,
            # while they are news (a report some months into a year means its year to date)
            if expected:
                return current
            closed = shift(current, -12, cal)
            return closed if (as_of - closed.end).days <= 100 else None
        if (
            anchor is not None
            and anchor.months == 12
            and m.word == "bare"
            and anchor in (current, shift(current, -12, cal))
        ):
            return anchor
        return current if expected else shift(current, -12, cal)
    if m.mode == "quarter":
        ref = m.ref
        current = quarter_of(cal, as_of)
        if ref is None:
            if m.word == "current" or (m.word == "bare" and expected):
                return current
            if m.word == "bare" and anchor is not None and anchor.months == 3:
                return anchor
            return shift(current, -3, cal)
        return _nearest(ref, cal, as_of, expected)
    if m.mode == TO_DAY and m.day is not None:
        # "quarter-to-date sales through 15 December": from the first day of the period
        # that holds the day, to it
        d = m.day
        first = {"year": fiscal_year(cal, d), "quarter": quarter_of(cal, d)}.get(m.word)
        return Period(first.start if first else d.replace(day=1), d)
    if m.mode == "month" and m.day is not None:
        d = m.day
        if m.word == "through":
            # "Through September, ...": from the start of that month's year to its end
            return Period(fiscal_year(cal, d).start, month_end(d))
        return Period(d.replace(day=1), month_end(d))
    return None


def _closing_near(ref: object, as_of: date, *, upcoming: bool = False) -> Period | None:
    """ "the six months to June", "the 18 weeks to 4 January": the span ending nearest the
    statement, before or after it (a report may speak of the span it is in)."""
    spans: list[Period] = []
    for year in (as_of.year - 1, as_of.year, as_of.year + 1):
        if isinstance(ref, WeeksEndingRef):
            end = date(year, ref.month, min(ref.day, month_end(date(year, ref.month, 1)).day))
            spans.append(Period(end - timedelta(days=7 * ref.weeks - 1), end))
        elif isinstance(ref, MonthsEndingRef):
            spans.extend(resolve(MonthsEndingRef(ref.month, ref.months, year), CALENDAR))
    if upcoming and isinstance(ref, MonthsEndingRef) and ref.months == 12:
        spans = [p for p in spans if p.end >= as_of]
    return min(spans, key=lambda p: abs((p.end - as_of).days), default=None)


def _nearest(ref: object, cal: FiscalCalendar, as_of: date, expected: bool) -> Period | None:
    """ "the fourth quarter", "fiscal Q2", "the June quarter" with no year: the latest one
    ended by AS_OF for a reported figure, the next one to end for a target or forecast."""
    fy = cal.fiscal_year_of(as_of)
    options: list[Period] = []
    for year in (fy - 1, fy, fy + 1):
        if isinstance(ref, QuarterRef):
            fiscal = ref.fiscal is not False and not (ref.fiscal is None and cal.is_calendar)
            options.append(
                cal.quarter(year, ref.quarter)
                if fiscal or ref.fiscal is None
                else resolve(QuarterRef(ref.quarter, year, False), cal)[0]
            )
        elif isinstance(ref, HalfRef):
            options.append(
                cal.half(year, ref.half)
                if ref.fiscal is not False
                else resolve(HalfRef(ref.half, year, False), cal)[0]
            )
        elif isinstance(ref, QuarterEndingRef):
            options.extend(resolve(QuarterEndingRef(ref.month, year), cal))
    options.sort()
    if expected:
        upcoming = [p for p in options if p.end >= as_of]
        return upcoming[0] if upcoming else None
    done = [p for p in options if p.end < as_of]
    return done[-1] if done else None
