"""Columns headed only by the basis of a change ("reported", "organic") hold changes of
each row over the column before, named by that basis."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Tessel Clocks", ("Tessel",), FiscalCalendar.of("12-31", "start"))
TEXT = """Tessel Clocks third-quarter sales
Wire
2031-10-20

Tessel Clocks reported its third-quarter sales on Monday.

                                   Q3 2031       Q3 2030    reported    organic*
Net sales (EUR m)                      512.6         498.0       +2.9%      +4.4%
Clocks delivered (units)              61'200        58'800       +4.1%

* At constant exchange rates.
"""


def test_basis_columns_hold_each_rows_changes() -> None:
    found = extract(TEXT, published=date(2031, 10, 20), entity=ENTITY).proposals
    q3 = (date(2031, 7, 1), date(2031, 9, 30))
    rates = {p.metric: p.value for p in found if p.unit == "percent"}
    assert all((p.period.start, p.period.end) == q3 for p in found if p.unit == "percent")
    assert 2.9 in rates.values() and 4.1 in rates.values()
    organic = [m for m, v in rates.items() if v == 4.4]
    assert organic and "organic" in organic[0]
    reported = [m for m, v in rates.items() if v == 2.9]
    assert reported and "organic" not in reported[0]
