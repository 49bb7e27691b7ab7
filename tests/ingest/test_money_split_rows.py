"""In a money measure split into parts ("Q3 revenue by channel (EUR m)"), a row's bracketed
plural says what the part is ("Kiosks (machines)  412"), never the things it counts:
the cell is money in the caption's units. Company invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 10, 30)
REPORT = f"""Brenner Snacks slides
Slides
{DAY.isoformat()}

--- Slide 4 --- Q3 2025 revenue by channel (EUR m)
Grocery (supermarkets)                 1,180
Kiosks (machines)                        412

--- Slide 5 --- Outlook
"""


def test_a_bracketed_plural_in_a_money_split_is_no_count():
    found = extract(REPORT, published=DAY, entity=KnownEntity("Brenner Snacks")).proposals
    kiosks = [p for p in found if p.quote.startswith("Kiosks")]
    assert kiosks and all(p.unit == "EUR" and p.value == 412_000_000 for p in kiosks)
