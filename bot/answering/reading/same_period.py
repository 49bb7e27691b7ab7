"""'The first ten months of 2024/25 vs the same period 2023/24', 'H1 FY2025 against the
same half of FY2024', 'QTD through 20 Nov 2025 vs the same days of 2024': a year said after
"the same period" stands for the part of it the question named just before, never for the
whole year."""

from __future__ import annotations

import re
from dataclasses import replace

from bot import patterns
from bot.facts.model import Period
from bot.facts.periods import (
    DayEventRef,
    ExactRef,
    HalfRef,
    LeadingMonthsRef,
    PeriodMention,
    PeriodRef,
    QuarterRef,
    SplitYearRef,
    ToDateRef,
    WeekNumberRef,
    YearRef,
)
from bot.facts.periods.arithmetic import years_on

_SAME_SPAN = patterns.compile(
    r"\bsame\s+(?:period|time|quarter|qtr|half|months?|(?:\w+|\d+)[\s-]+months?"
    r"|days?|dates|weeks?|weekend|stretch|span|window)"
    r"\s+(?:(?:of|in|for|last)\s+)?(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?)?$",
    re.IGNORECASE,
)


def same_part_of_year(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    out = list(mentions)
    for i in range(1, len(out)):
        if _SAME_SPAN.search(text[: out[i].start]):
            part = part_of_year(out[i - 1].ref, out[i].ref)
            if part is not None:
                out[i] = replace(out[i], ref=part)
    return out


def part_of_year(part: PeriodRef, year: PeriodRef) -> PeriodRef | None:
    """PART's months ("Q2", "H1 FY2025", "the first nine months"), of YEAR; None where
    YEAR is no whole year or PART no part of one."""
    if not is_whole_year(year):
        return None
    if isinstance(year, SplitYearRef):
        if isinstance(part, SplitYearRef) and part.part is not None:
            return replace(year, part=part.part)
        if isinstance(part, QuarterRef):
            return replace(year, part=(3, part.quarter))
        if isinstance(part, HalfRef):
            return replace(year, part=(6, part.half))
        return None
    if isinstance(year, YearRef) and isinstance(part, QuarterRef | HalfRef | LeadingMonthsRef):
        fiscal = part.fiscal if year.fiscal is None else year.fiscal
        return replace(part, year=year.year, fiscal=fiscal)
    if isinstance(year, YearRef) and isinstance(part, WeekNumberRef | DayEventRef):
        return replace(part, year=year.year) if part.year is not None else None
    if isinstance(year, YearRef) and not year.fiscal:
        return _days_of_year(part, year.year)
    return None


def _days_of_year(part: PeriodRef, year: int) -> PeriodRef | None:
    """PART's days, a span of dates or a span to a date, moved to the calendar YEAR."""
    if isinstance(part, ExactRef) and part.period.days <= 366:
        years = year - part.period.start.year
        period = Period(years_on(part.period.start, years), years_on(part.period.end, years))
        return ExactRef(period)
    if isinstance(part, ToDateRef) and part.until is not None:
        return replace(part, until=years_on(part.until, year - part.until.year))
    return None


def is_whole_year(ref: PeriodRef) -> bool:
    """Does REF name a whole year ("2025", "FY2025", "2024/25"), no part of one?"""
    return isinstance(ref, YearRef) or (
        isinstance(ref, SplitYearRef) and ref.part is None and ref.ending is None
    )
