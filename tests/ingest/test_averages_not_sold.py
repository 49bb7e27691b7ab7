"""A count its clause calls an average ("Avg fleet 12,300 vehicles in the qtr", "Average
daily crossings over the bridge were 88,000 vehicles") is named as that average, never
as units sold. Company invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 8)


def _named(line: str) -> dict[float, str]:
    report = f"Kestrel Haulage second quarter\nWire\n{DAY.isoformat()}\n\n{line}\n"
    found = extract(report, published=DAY, entity=KnownEntity("Kestrel Haulage")).proposals
    return {p.value: p.metric for p in found}


def test_an_average_count_is_named_as_the_average():
    assert _named("* Avg fleet 12,300 vehicles in the qtr")[12_300] == "average fleet"
    named = _named("Average daily crossings over the bridge were 88,000 vehicles in the qtr.")
    assert named[88_000] == "average daily crossings"


def test_a_count_sold_beside_an_average_keeps_its_name():
    assert _named("We sold 12,300 trucks in the quarter.")[12_300] == "trucks sold"
