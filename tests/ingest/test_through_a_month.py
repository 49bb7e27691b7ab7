"""A clause opening with the month a running total reached ("Through September the parks
had drawn 21.36 million guests", "Through the end of June, revenue was $4.1 billion") counts
from the start of that month's year to the month's end: on aed6b84f it was read as the one
month. "In September" stays the month."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Pellow Farms", ("Pellow",), FiscalCalendar.of("12-31", "start"))


def _periods(sentence: str) -> set[tuple[float, str]]:
    text = f"Pellow Farms update\nWire\n2032-02-26\n\n{sentence}\n"
    found = extract(text, published=date(2032, 2, 26), entity=ENTITY).proposals
    return {(p.value, f"{p.period.start}/{p.period.end}") for p in found}


def test_through_a_month_is_the_year_so_far() -> None:
    assert (21_360, "2031-01-01/2031-09-30") in _periods(
        "Through September the company had sold 21,360 tractors."
    )
    assert (4_100_000_000, "2031-01-01/2031-06-30") in _periods(
        "Through the end of June, revenue was $4.1 billion."
    )


def test_in_a_month_is_that_month() -> None:
    assert (2_310, "2031-09-01/2031-09-30") in _periods(
        "In September the company sold 2,310 tractors."
    )
