"""How many weeks a question says its year or half ran: "F2024 sales on a 52-week basis",
"the 53-week year", "H2 (27 weeks)". A retailer counting in weeks may state one year twice,
as reported (53 weeks) and pro forma (52 weeks): the weeks said pick which (see
period_fit.find_period); said none, the year as reported is the longer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot import patterns
from bot.facts.periods import HalfRef, PeriodMention, SplitYearRef, YearRef

# "52-week", "53 weeks", "52 wks", "(26 weeks)": as long as a year or half counted in
# weeks runs; never a span of its own ("the trailing 52 weeks", "the last 52 wks",
# "the 51 weeks to 20 September": a period read as one)
_WEEKS = patterns.compile(
    r"(?<!trailing[\s-])(?<!rolling[\s-])(?<!last[\s-])(?<!past[\s-])(?<!first[\s-])"
    r"(?<![\w.,])(?P<n>5[23]|2[67])[\s-]?(?:weeks?|wks?)(?!\w)",
    re.I,
)


def as_long_as(ref: object, weeks: int) -> bool:
    """Is WEEKS the length of the period REF names: a year's 52 or 53, a half's 26 or
    27 ("26-week revenue fiscal 2025" is a half of the year, no length of it)?"""
    if isinstance(ref, (YearRef, SplitYearRef)):
        return weeks in (52, 53)
    return isinstance(ref, HalfRef) and weeks in (26, 27)


def names_its_weeks(name: str, weeks: int) -> bool:
    """Does a metric's NAME say WEEKS itself ("sales change (52-week basis)")? Then the
    weeks are the figure's own basis, never a period's length to pick by."""
    return bool(re.search(rf"\b{weeks}[\s-]weeks?\b", name, re.IGNORECASE))


def weeks_said(text: str, periods: Sequence[PeriodMention]) -> tuple[PeriodMention, ...]:
    """PERIODS, each with the one count of weeks TEXT says outside every period's own
    words (none where it says two: "53 weeks against 52")."""
    said = {
        int(m["n"])
        for m in _WEEKS.finditer(text)
        if not any(p.start <= m.start() < p.end for p in periods)
    }
    if len(said) != 1:
        return tuple(periods)
    weeks = said.pop()
    return tuple(replace(p, weeks=weeks) if as_long_as(p.ref, weeks) else p for p in periods)
