"""A fiscal quarter or half of a company that counts its quarters in weeks of its own (16,
12, 12 and 12 weeks; 13 each, with a 14th now and then): which held figure is "Q1 2024",
and which span is the quarter no figure is held for, found from the figures that are.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from bot.facts.model import FactView, Period
from bot.facts.periods import FiscalCalendar, HalfRef, QuarterRef, YearRef, in_whole_months, resolve
from bot.facts.periods.arithmetic import WEEKS_SLACK, is_whole_months

_ONE_DAY = timedelta(days=1)


def _year_of(
    ref: QuarterRef | HalfRef, cal: FiscalCalendar, anchor: Period | None
) -> Period | None:
    """The one year a quarter or half named with its year is part of, by months."""
    if ref.year is None:
        return None
    years = resolve(YearRef(ref.year, ref.fiscal), cal, anchor)
    return years[0] if len(years) == 1 else None


# A quarter counted in weeks runs ten to sixteen weeks (a day's slack): a "first 18 weeks"
# trading update is no quarter
_LONGEST_QUARTER = 16 * 7 + 1


def own_quarter(
    ref: object, views: Sequence[FactView], cal: FiscalCalendar, anchor: Period | None
) -> FactView | None:
    """'Q1 2024' of a company whose quarters are counted in weeks of its own (16, 12, 12
    and 12 or 13 weeks; 13, 13, 13, 13 or 14): a span of ten to seventeen weeks inside the
    year (give or take a week), the nth by where it ends, a quarter of the year's days
    each. None where no such span is held, or one is a calendar quarter (found by name)."""
    year = _year_of(ref, cal, anchor) if isinstance(ref, QuarterRef) else None
    if year is None:
        return None
    quarter_days = year.days / 4
    fits = [
        v
        for v in views
        if 70 <= v.fact.period.days <= _LONGEST_QUARTER
        and v.fact.period.days % 7 == 0  # (never a quarter to date: 1 Jan - 22 Mar)
        and not is_whole_months(v.fact.period)
        and year.start - WEEKS_SLACK <= v.fact.period.start
        and v.fact.period.end <= year.end + WEEKS_SLACK
        and round((v.fact.period.end - year.start).days / quarter_days) == ref.quarter
    ]
    if not fits and all(v.fact.period.days == 1 for v in views):
        # "franchised units as Q1 closed" of a count held on the day a 16-week
        # first quarter ended: a point within a few weeks of the nth quarter of the year's
        # days (never a mid-quarter count, nor a day's sales where spans are held too)
        fits = [
            v
            for v in views
            if v.fact.period.days == 1
            and abs((v.fact.period.end - year.start).days + 1 - ref.quarter * quarter_days)
            <= _QUARTER_END_DRIFT
        ]
    return fits[0] if len({v.fact.period for v in fits}) == 1 else None


# How far a quarter counted in weeks may end from a quarter of its year's days: a 16-week
# first quarter ends 15 days after it
_QUARTER_END_DRIFT = 17


def own_part_span(
    ref: object, views: Sequence[FactView], cal: FiscalCalendar, anchor: Period | None
) -> Period | None:
    """'Q3 FY25', 'H2 FY25' of a company counting in weeks, where that part is not held:
    the span its held figures leave for it inside the year it holds in weeks (30 Dec 2024
    – 28 Dec 2025), from the day after a held part ends (Q2, to 13 Jul) to the day before
    one begins (Q4, from 6 Oct), each end within `_PART_DRIFT` of the nth quarter (or half) of
    the year's days. A figure for it can then be carved from the year. None unless one span fits."""
    if isinstance(ref, QuarterRef):
        nth, parts = ref.quarter, 4
    elif isinstance(ref, HalfRef):
        nth, parts = ref.half, 2
    else:
        return None
    year = _year_of(ref, cal, anchor)
    if year is None:
        return None
    spans = {v.fact.period for v in views if v.fact.period.days > 1}
    whole = next((p for p in spans if in_whole_months(p) == year), None)
    if whole is None:
        return None  # (a year of whole months: its parts are found by name)
    inside = [p for p in spans if whole.start <= p.start and p.end <= whole.end and p != whole]
    starts = {whole.start} | {p.end + _ONE_DAY for p in inside}
    ends = {whole.end} | {p.start - _ONE_DAY for p in inside}
    part_days = whole.days / parts
    fits = {
        Period(start, end)
        for start in starts
        for end in ends
        if start < end
        and abs((start - whole.start).days - (nth - 1) * part_days) <= _PART_DRIFT
        and abs((end - whole.start).days + 1 - nth * part_days) <= _PART_DRIFT
    }
    return fits.pop() if len(fits) == 1 else None


# How far a part counted in weeks may begin or end from its share of the year's days: a
# 16-week first quarter ends three weeks after a quarter of them
_PART_DRIFT = 24
