"""A headline clause that ends on "outlook" ("Brantor grows sales in the first half of 2025
and narrows its full-year outlook") is no heading of a plan: the results listed below it
are results of the half just ended, never next year's half forecast. A plan's own heading
("2025 outlook") still makes its items forecasts. Company invented here."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 7, 30)


def _found(lines: str):
    report = f"Brantor half year\nWire\n{DAY.isoformat()}\n\n{lines}\n"
    return extract(report, published=DAY, entity=KnownEntity("Brantor SE")).proposals


def test_results_below_a_headline_that_ends_on_outlook_are_results():
    found = _found(
        "Brantor SE grows sales in the first half of 2025 and narrows its full-year outlook\n\n"
        "- H1 sales up 2.4% to EUR 3,412 million\n"
    )
    (sales,) = [p for p in found if p.value == 3_412_000_000]
    assert sales.kind is Kind.ACTUAL and sales.period.start == date(2025, 1, 1)


def test_a_plans_heading_still_makes_its_items_forecasts():
    found = _found("2025 outlook:\n\n- Sales of EUR 7.1 billion to EUR 7.4 billion\n")
    assert any(p.kind is Kind.FORECAST and p.value == 7_100_000_000 for p in found)
