"""'The first ten months of 2024/25 vs the same period 2023/24', 'H1 FY2025 against the
same half of FY2024': a year said after "the same period" stands for the part of it the
question named just before, never for the whole year."""

from __future__ import annotations

import re
from dataclasses import replace

from bot import patterns
from bot.facts.periods import (
    HalfRef,
    LeadingMonthsRef,
    PeriodMention,
    PeriodRef,
    QuarterRef,
    SplitYearRef,
    YearRef,
)

_SAME_SPAN = patterns.compile(
    r"\bsame\s+(?:period|time|quarter|qtr|half|months?|(?:\w+|\d+)[\s-]+months?)"
    r"\s+(?:(?:of|in|for|last)\s+)?(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?)?$",
    re.IGNORECASE,
)


def same_part_of_year(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    out = list(mentions)
    for i in range(1, len(out)):
        if _SAME_SPAN.search(text[: out[i].start]):
            part = _part_in(out[i - 1].ref, out[i].ref)
            if part is not None:
                out[i] = replace(out[i], ref=part)
    return out


def _part_in(part: PeriodRef, year: PeriodRef) -> PeriodRef | None:
    """PART's months, of YEAR; None where YEAR is no whole year or PART no part of one."""
    if isinstance(year, SplitYearRef) and year.part is None and year.ending is None:
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
    return None
