"""Kinds of layout over invented companies: the bracketed note of units beside a table's
title ("Revision of forecasts for FY2025 (Unit: 100 million yen)", "(in millions of won)")
says what the cells are counted in; its scale is no amount of anything."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

APRIL_YEARS = FiscalCalendar.of("03-31", "start")  # FY2025 = Apr 2025 - Mar 2026
NAME = "Minase Chemical"
DAY = date(2026, 2, 6)


def values(body: str) -> set[float]:
    text = f"{NAME}: notice of forecast revision\nTest Disclosure\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity(NAME, (), APRIL_YEARS)
    return {p.value for p in extract(text, published=DAY, entity=entity).proposals}


def test_the_scale_of_a_unit_note_is_no_forecast():
    found = values(
        "Revision of consolidated earnings forecast for FY2025 (April 1, 2025 to March 31, "
        "2026)           (Unit: 100 million yen)\n\n"
        "The Company now expects net sales of 405.0 billion yen for FY2025.\n"
    )
    assert 405_000_000_000 in found
    assert 100_000_000 not in found
