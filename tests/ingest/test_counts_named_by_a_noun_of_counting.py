"""A table row named by a noun of counting, "Attendance (millions of guests)", "Visitation
(millions of visits)", "Ridership", counts people or visits though the noun is singular.
On 768d1894 only the row's change was proposed; the levels named no metric and were lost.
Guard: "Attendance growth (%)" stays a rate, never a count."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods.fiscal_calendar import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Wollemi Parks", ("Wollemi",), FiscalCalendar.of("12-31", "start"))

SUMMARY = """Wollemi Parks: FY2031 results at a glance
Wollemi investor relations
2032-02-26

| Metric                               | 2031     | 2030     | Change |
|--------------------------------------|----------|----------|--------|
| Attendance (millions of guests)      | 21.7     | 20.9     | +3.8%  |
| Monorail ridership (millions)        | 4.12     | 3.96     | +4.0%  |
| Attendance growth (%)                | 3.8      | 2.1      |        |
"""


def _found() -> dict[float, tuple[str, Period]]:
    got = extract(SUMMARY, published=date(2032, 2, 26), entity=ENTITY).proposals
    return {p.value: (p.metric, p.period) for p in got}


def test_rows_named_by_a_noun_of_counting_are_counts() -> None:
    got = _found()
    assert got[21_700_000] == ("attendance", Period(date(2031, 1, 1), date(2031, 12, 31)))
    assert 20_900_000 in got
    assert 4_120_000 in got and 3_960_000 in got


def test_a_count_s_growth_stays_a_rate() -> None:
    found = extract(SUMMARY, published=date(2032, 2, 26), entity=ENTITY).proposals
    assert {p.unit for p in found if p.value == 2.1} == {"percent"}
