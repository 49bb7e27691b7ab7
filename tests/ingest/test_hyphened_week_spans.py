"""A wire's span of weeks written small and hyphened ("* 39-wk rev A$336.3 mln"): only the
capitals ("39-WK") were read as the year's first 39 weeks, so the figure took the quarter
the wire was about and a name "wk revenue", a wrong period. The hyphened span in any case is
the first three quarters; the span leaves the name."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Varro Pest", ("Varro",), FiscalCalendar.of("06-30", "end"))
WIRE = """Varro Pest wire
Varro Pest Ltd
2031-05-13

BRISBANE, May 13 (SCN) -
* Varro Pest Services Q3 (13 wks to Mar 29) rev A$113.7 mln vs A$108.1 mln yr-ago
* 39-wk rev A$336.3 mln vs A$319.9 mln
"""


def test_a_hyphened_week_span_is_the_first_three_quarters() -> None:
    found = extract(WIRE, published=date(2031, 5, 13), entity=ENTITY).proposals
    nine = [p for p in found if p.value == 336_300_000]
    assert nine, found
    assert all(
        (p.period.start, p.period.end) == (date(2030, 7, 1), date(2031, 3, 31)) for p in nine
    )
    assert all(p.metric == "revenue" for p in nine)
