"""Calendar and fiscal periods: find them in text, resolve them per calendar, name them back.

A phrase ("FY21", "the September quarter of 2021", "the year before FY2021") becomes a
*reference* first: what the words say, before anyone knows whose calendar applies.
`resolve` turns a reference into concrete `Period`s for one entity's `FiscalCalendar`,
and `label` / `span` / `describe` turn a `Period` back into words that `parse_period`
reads again.

Periods here are whole months wherever a phrase names months; only explicit dates
("3 Apr 2013 – 9 May 2013", ISO intervals) give other day boundaries.

One module a job, each depending only on those above it:
- `arithmetic`: whole-month arithmetic on periods (shifting, the period before);
- `fiscal_calendar`: an entity's fiscal years, quarters and halves;
- `references`: what a phrase says (`YearRef`, `QuarterRef`, ... `PeriodMention`);
- `words`, `builders`, `grammar`: the grammar's fragments, its builders, its rules;
- `scanning`, `finding`: the grammar run over text; `find_periods`, `parse_period`;
- `resolving`: references to concrete periods under one calendar;
- `naming`: periods back into words.

This package re-exports the names most callers use; the grammar's building blocks
(month names, counts, date fragments) are imported from `words` itself.
"""

from bot.facts.periods.arithmetic import (
    back_to_back,
    in_whole_months,
    previous,
    shifted_whole_months,
    year_earlier,
)
from bot.facts.periods.finding import find_periods, parse_period
from bot.facts.periods.fiscal_calendar import CALENDAR, FiscalCalendar
from bot.facts.periods.naming import describe, fiscal_label, label, span
from bot.facts.periods.references import (
    DayEventRef,
    ExactRef,
    ExtraWeekRef,
    HalfRef,
    LatestRef,
    LeadingMonthsRef,
    MonthEndRef,
    MonthsEndingRef,
    NamedSeasonRef,
    PeriodMention,
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
    is_definite,
)
from bot.facts.periods.resolving import matches_unanchored, own_reading_first, resolve

__all__ = [
    "CALENDAR",
    "DayEventRef",
    "ExactRef",
    "ExtraWeekRef",
    "FiscalCalendar",
    "HalfRef",
    "LatestRef",
    "LeadingMonthsRef",
    "MonthEndRef",
    "MonthsEndingRef",
    "NamedSeasonRef",
    "PeriodMention",
    "PeriodRef",
    "QuarterEndingRef",
    "QuarterRef",
    "RelativeRef",
    "SeasonRef",
    "SplitYearRef",
    "ToDateRef",
    "WeekNumberRef",
    "WeeksEndingRef",
    "YearRef",
    "back_to_back",
    "describe",
    "find_periods",
    "fiscal_label",
    "in_whole_months",
    "is_definite",
    "label",
    "matches_unanchored",
    "own_reading_first",
    "parse_period",
    "previous",
    "resolve",
    "shifted_whole_months",
    "span",
    "year_earlier",
]
