"""In a report that never writes sterling, "16.8 million pounds of uranium" and "sold 9.84
billion pounds of chicken" are a weight, and on 768d1894 they were only dropped (as British
money nobody wrote). Now they are counted, as tonnes are. Guards: in a report that writes
sterling, pounds stay money; "per pound" after a price stays the price's."""

from __future__ import annotations

from datetime import date

from bot.facts.periods.fiscal_calendar import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Tamsk Uranium", ("Tamsk",), FiscalCalendar.of("12-31", "start"))

NEWS = """Tamsk lands 2031 output inside its range
Prairie Metals Journal
2032-02-19

REGINA, Feb 19 - Tamsk Uranium Corp. produced 14.2 million pounds of U3O8 in 2031, and
sold 22.7 million pounds in the year at an average realized price of US$81.40 per pound.
For 2032, Tamsk guided production of 16.0 to 18.0 million pounds.
"""

STERLING = """Tamsk Uranium full-year results
London Markets
2032-02-19

Tamsk Uranium said revenue for 2031 rose to 412 million pounds, from £388 million.
"""


def _found(text: str) -> set[tuple[float, float | None, str]]:
    got = extract(text, published=date(2032, 2, 19), entity=ENTITY).proposals
    return {(p.value, p.value_high, p.unit) for p in got}


def test_pounds_of_a_substance_are_counted() -> None:
    got = _found(NEWS)
    assert (14_200_000, None, "units") in got
    assert (22_700_000, None, "units") in got
    assert (16_000_000, 18_000_000, "units") in got
    assert not any(unit == "GBP" for _, _, unit in got)


def test_a_price_per_pound_stays_a_price() -> None:
    assert (81.4, None, "USD") in _found(NEWS)


def test_pounds_in_a_sterling_report_stay_money() -> None:
    got = _found(STERLING)
    assert (412_000_000, None, "GBP") in got
    assert not any(v == 412_000_000 and u == "units" for v, _, u in got)
