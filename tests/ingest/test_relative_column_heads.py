"""Column headings that name a period against the report's own (a stock exchange's results
template: "Current Quarter | Similar Quarter for Previous Year | %Change | Previous Quarter |
%Change", "Current Period | Similar Period for Previous Year"; an Appendix 4C's "Current
quarter | Year to date (6 months)") take that period from the quarter the text above says the
report is about ("Period Ending on 2031-06-30 (Six Months)", "quarter ended 31 March 2031").
On 59f75c43 "Similar Quarter for Previous Year" was read as the whole previous year and
"Previous Quarter" as the current one."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Qassim Dairy Company", ("Qassim Dairy",), FiscalCalendar.of("12-31", "start"))

TADAWUL = """Qassim Dairy interim results for the Period Ending on 2031-06-30 (Six Months)
Saudi Exchange announcement
2031-08-04

Financial results (SAR mn)

| | Current Quarter | Similar Quarter for Previous Year | %Change | Previous Quarter | %Change |
|---|---|---|---|---|---|
| Sales/Revenue | 1,204.5 | 1,150.0 | 4.74 | 1,180.2 | 2.06 |

| Item | Current Period | Similar Period for Previous Year | %Change |
|---|---|---|---|
| Sales/Revenue | 2,384.7 | 2,291.3 | 4.08 |

All figures are in millions of Saudi Riyals.
"""

APPENDIX = """Harbourline Software Limited quarterly activities report
ASX announcement
2031-04-29

Quarterly activities report for the quarter ended 31 March 2031.

Key figures (A$m)

                                             Current quarter    Year to date (9 months)
Revenue                                                 41.2                     118.6
"""


def _found(text: str, published: date, fye: str = "12-31") -> set[tuple[float, str]]:
    entity = KnownEntity(ENTITY.name, ENTITY.aliases, FiscalCalendar.of(fye, "start"))
    found = extract(text, published=published, entity=entity).proposals
    return {(p.value, f"{p.period.start}/{p.period.end}") for p in found}


def test_a_results_template_s_columns() -> None:
    got = _found(TADAWUL, date(2031, 8, 4))
    assert (1_204_500_000, "2031-04-01/2031-06-30") in got
    assert (1_150_000_000, "2030-04-01/2030-06-30") in got
    assert (1_180_200_000, "2031-01-01/2031-03-31") in got
    assert (2_384_700_000, "2031-01-01/2031-06-30") in got
    assert (2_291_300_000, "2030-01-01/2030-06-30") in got


def test_the_change_after_the_previous_quarter_is_on_that_quarter() -> None:
    found = extract(TADAWUL, published=date(2031, 8, 4), entity=ENTITY).proposals
    changes = {(p.value, p.metric, f"{p.period.start}/{p.period.end}") for p in found}
    assert any(
        v == 2.06 and "sequential" in m and d == "2031-04-01/2031-06-30" for v, m, d in changes
    )
    assert any(
        v == 4.74 and "sequential" not in m and d == "2031-04-01/2031-06-30" for v, m, d in changes
    )


def test_a_quarter_and_its_year_to_date() -> None:
    got = _found(APPENDIX, date(2031, 4, 29), fye="06-30")
    assert (41_200_000, "2031-01-01/2031-03-31") in got
    assert (118_600_000, "2030-07-01/2031-03-31") in got
