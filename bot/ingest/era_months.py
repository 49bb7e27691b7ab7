"""Periods of a company that counts its year in another era's months, on that era's days.

The period arithmetic (`FiscalCalendar`) counts whole months of ours: a Nepali company's
year to mid-July (the end of Ashadh) is read as August to July, its first quarter as
August to October, its half-year's close as 31 January. Its figures are for Shrawan 1 to
Ashwin's end, to Poush's end: each of our months stands for the era's month that closes
the same number of days after it as the company's year end does after the month it was
rounded to. A period whose ends fall on our month boundaries is moved onto those of the
era's months it stands for; a period already on the era's days ("Kartik to Poush 2081",
"at Ashwin end") is left as it is, and so is every period of a company counting in ours.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from bot.facts.model import Period
from bot.facts.periods import FiscalCalendar
from bot.facts.periods.eras import ERAS, Era, era_month_of, era_year_ends
from bot.ingest.model import Proposal

# how far an era month's first or last day may lie from the day ours stands for (the
# months of Nepal's calendar start between the 13th and the 18th of ours)
_NEAR = timedelta(days=6)


def in_era_months(proposals: Iterable[Proposal], calendar: FiscalCalendar) -> list[Proposal]:
    """PROPOSALS with each period counted in whole months of ours moved onto the era's
    months, for a company whose year ends on an era month's end (CALENDAR)."""
    found = list(proposals)
    era = _era_of(calendar.fiscal_year_end)
    if era is None:
        return found
    shift = _shift(calendar)
    return [replace(p, period=_on_era_days(p.period, era, shift)) for p in found]


@functools.cache
def _era_of(year_end: str) -> Era | None:
    eras = [ERAS[name] for name in era_year_ends([year_end])]
    return eras[0] if len(eras) == 1 and eras[0].months else None


def _shift(calendar: FiscalCalendar) -> timedelta:
    """Days from the month end the year end was rounded to, to the year end itself."""
    rounded = _month_end(date(2001, calendar.last_month, 1))
    stated = date(2001, calendar.end_month, calendar.end_day)
    days = (stated - rounded).days
    if days > 200:  # (a year end in January rounded to December)
        days -= 365
    elif days < -200:
        days += 365
    return timedelta(days=days)


def _month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def _on_era_days(period: Period, era: Era, shift: timedelta) -> Period:
    if period.start.day != 1 and period.start != period.end:
        return period  # (already on the era's days, or a day the report names)
    if period.end != _month_end(period.end):
        return period
    end = _era_month_end(era, period.end + shift)
    if end is None:
        return period
    if period.start == period.end:
        return Period(end, end)
    start = _era_month_start(era, period.start + shift)
    if start is None or start > end:
        return period
    return Period(start, end)


def _era_month_start(era: Era, near: date) -> date | None:
    year, month = era_month_of(era, near)
    candidates = [era.first_day(year, month)]
    following = era.month_span(year, month)
    if following is not None:
        candidates.append(following[1] + timedelta(days=1))
    return _nearest(candidates, near)


def _era_month_end(era: Era, near: date) -> date | None:
    year, month = era_month_of(era, near)
    span = era.month_span(year, month)
    before = era.first_day(year, month)
    candidates = [span[1] if span else None, before - timedelta(days=1) if before else None]
    return _nearest(candidates, near)


def _nearest(candidates: list[date | None], near: date) -> date | None:
    days = [d for d in candidates if d is not None and abs(d - near) <= _NEAR]
    return min(days, key=lambda d: abs(d - near)) if days else None
