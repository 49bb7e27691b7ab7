"""A results table whose column heads name a part of a year by its number alone ("Third
Quarter" over "2030 | 2029", "Nine Months" beside it) lays out the company's own year: for
a company whose year ends in September, the third quarter of 2030 is April to June 2030 and
its nine months October 2029 to June 2030. On 8cd1ae9 the heads were read in calendar
years (July to September 2030, a quarter not yet over, proposed as a forecast). Guard: a
calendar-year company's heads stay the calendar's."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind, Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

TABLE = """HOLLOWAY BREWING REPORTS THIRD QUARTER RESULTS

Holloway Brewing today announced results for its third quarter ended June 30, 2030.

                                     Third Quarter              Nine Months
(in millions)                       2030        2029          2030        2029
Net revenue                       $318.6      $301.2        $902.7      $861.4
Operating income                   $41.3       $37.9        $110.5      $98.2
"""


def _facts(entity: KnownEntity, published: date) -> dict[float, tuple[Kind, Period]]:
    text = f"Holloway Brewing results\nPress releases\n{published.isoformat()}\n\n{TABLE}\n"
    found = extract(text, published=published, entity=entity).proposals
    return {p.value: (p.kind, p.period) for p in found}


def test_a_quarter_and_nine_months_over_bare_years_are_the_fiscal_ones() -> None:
    sept = KnownEntity("Holloway Brewing", ("Holloway",), FiscalCalendar.of("09-30", "end"))
    got = _facts(sept, date(2030, 8, 6))
    assert got[318_600_000] == (Kind.ACTUAL, Period(date(2030, 4, 1), date(2030, 6, 30)))
    assert got[301_200_000] == (Kind.ACTUAL, Period(date(2029, 4, 1), date(2029, 6, 30)))
    assert got[902_700_000] == (Kind.ACTUAL, Period(date(2029, 10, 1), date(2030, 6, 30)))


def test_a_calendar_year_company_s_heads_stay_the_calendar_s() -> None:
    dec = KnownEntity("Holloway Brewing", ("Holloway",), FiscalCalendar.of("12-31", "end"))
    got = _facts(dec, date(2030, 11, 6))
    assert got[318_600_000] == (Kind.ACTUAL, Period(date(2030, 7, 1), date(2030, 9, 30)))
    assert got[902_700_000] == (Kind.ACTUAL, Period(date(2030, 1, 1), date(2030, 9, 30)))
