"""A list of parts' amounts or counts under a heading that names the measure and its split
("Revenue by region:" over "- Americas: $1.2 billion"; "Deliveries by market:" over
"- Norway: 3,140 vehicles"): each item is the heading's measure of the part its label names,
its keyed base in brackets too. Before, an item of a label and a bare amount named nothing,
and neither figure was proposed (the test fails on the code before). Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

HALVARD = KnownEntity("Halvard Outfitters", ("Halvard",), CALENDAR)


def found(body: str) -> dict[float, tuple[str, str]]:
    got = proposals(body, HALVARD, date(2026, 2, 20), "Halvard Outfitters full-year results")
    return {p.value: (p.metric.casefold(), p.period.iso()) for p in got}


def test_amounts_under_a_heading_by_region():
    got = found(
        "Halvard Outfitters reported its results for 2025 on Friday.\n\n"
        "Net sales by region:\n"
        "- Nordics: NOK 2.4 billion\n"
        "- Continental Europe: NOK 1.1 billion (2024: NOK 0.9 billion)\n"
    )
    assert got[2_400_000_000][1] == "2025-01-01/2025-12-31"
    assert "nordics" in got[2_400_000_000][0]
    assert got[1_100_000_000][1] == "2025-01-01/2025-12-31"
    assert got[900_000_000][1] == "2024-01-01/2024-12-31"


def test_a_heading_that_splits_nothing_names_no_part():
    got = found(
        "Halvard Outfitters reported its results for 2025 on Friday.\n\n"
        "Highlights:\n"
        "- Nordics: NOK 2.4 billion\n"
    )
    assert 2_400_000_000 not in got or "net sales" not in got[2_400_000_000][0]
