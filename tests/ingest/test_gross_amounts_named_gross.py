"""An amount the report calls gross ("gross gaming revenue", "gross sales came to EUR 1,402.8
million, and net sales to EUR 1,284.6 million") is named gross, never the revenue: on
07e8d9b3 "gross gaming revenue" and "net gaming revenue" were both "gaming revenue" for one
quarter, clashed, and neither was proposed."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Kalinga Bay Resorts", ("Kalinga Bay",), FiscalCalendar.of("12-31", "start"))


def _named(body: str) -> dict[float, str]:
    text = f"Kalinga Bay Resorts brief\nWire\n2031-08-07\n\n{body}\n"
    found = extract(text, published=date(2031, 8, 7), entity=ENTITY).proposals
    return {p.value: p.metric for p in found}


def test_gross_and_net_gaming_revenue_apart() -> None:
    got = _named(
        "* Q2 gross gaming revenue PHP 14.82 bln vs PHP 13.06 bln yr-ago\n"
        "* Q2 net gaming revenue (after rebates and promos) PHP 11.96 bln"
    )
    assert got[14_820_000_000] == "gross gaming revenue"
    assert got[11_960_000_000] == "gaming revenue"


def test_gross_sales_beside_net_sales() -> None:
    got = _named(
        "Before returns and rebates, gross sales came to EUR 1,402.8 million in fiscal 2030, and "
        "net sales to EUR 1,284.6 million."
    )
    assert got[1_402_800_000] == "gross revenue"
    assert got[1_284_600_000] == "revenue"
