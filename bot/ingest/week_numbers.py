"""Weeks and four-week periods by their number in a report ("week 46", "ISO week 12",
"Period 7", "P7 FY25", "weeks 1-46 of 2025"), as the days they cover.

The grammar reads them for questions and reports alike (`WeekNumberRef`); a question only
asks whether a stored period is those weeks, but a report's figure needs the days
themselves. A calendar year's weeks are ISO weeks (Monday to Sunday, week 1 holding the
year's first Thursday); a fiscal year's, and a retailer's four-week periods, are counted
from the first day of the company's year. Where the report names no year, the weeks are
the latest such ones to end by the day of the statement (the next to end, for a plan).
"""

from __future__ import annotations

from datetime import date, timedelta

from bot.facts.model import Period
from bot.facts.periods import FiscalCalendar
from bot.facts.periods.references import WeekNumberRef


def _fiscal_weeks(ref: WeekNumberRef, cal: FiscalCalendar, year: int) -> Period:
    opening = cal.year(year).start
    return Period(
        opening + timedelta(weeks=ref.first - 1),
        opening + timedelta(weeks=ref.last) - timedelta(days=1),
    )


def _iso_weeks(ref: WeekNumberRef, year: int) -> Period | None:
    try:
        return Period(
            date.fromisocalendar(year, ref.first, 1), date.fromisocalendar(year, ref.last, 7)
        )
    except ValueError:  # (week 53 of a year of 52)
        return None


def week_span(
    ref: WeekNumberRef, cal: FiscalCalendar, as_of: date, expected: bool
) -> Period | None:
    """The days REF's weeks cover for a figure stated on AS_OF (EXPECTED: a target or a
    forecast, whose weeks may be still to come)."""
    fiscal = bool(ref.fiscal or (ref.fiscal is None and not cal.is_calendar))
    if ref.year is not None:
        return _fiscal_weeks(ref, cal, ref.year) if fiscal else _iso_weeks(ref, ref.year)
    around = cal.fiscal_year_of(as_of) if fiscal else as_of.isocalendar().year
    options = [
        _fiscal_weeks(ref, cal, year) if fiscal else _iso_weeks(ref, year)
        for year in (around - 1, around, around + 1)
    ]
    if expected:
        return next((p for p in options if p is not None and p.end >= as_of), None)
    ended = [p for p in options if p is not None and p.end <= as_of]
    return ended[-1] if ended else None
