"""An amount put in another currency after ", or about" or at a rate it states ("at EUR
0.92 per US dollar"): the same amount converted for a reader (an invented Finnish paper
maker's staff letter), never a figure of its own; a percentage after ", or" is no
conversion."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

LETTER = """A letter from our CEO
Harjuvesi Paper staff newsletter
2026-02-10

Our sales for the full year 2025 were EUR 4,120 million (2024: EUR 4,305 million), or about
SEK 47 billion.

Comparable EBIT was EUR 310 million in 2025, or roughly USD 335 million.

Capital expenditure was EUR 240 million in 2025, or 8% of sales.

For reference, December 2025 sales equal about USD 410 million at EUR 0.92 per US dollar.
"""


def test_an_amount_after_or_about_in_another_currency_is_a_conversion():
    entity = KnownEntity("Harjuvesi Paper", ("Harjuvesi",), FiscalCalendar())
    found = extract(LETTER, published=date(2026, 2, 10), entity=entity).proposals
    facts = {(p.value, p.unit) for p in found}
    assert (4_120_000_000, "EUR") in facts
    assert (4_305_000_000, "EUR") in facts
    assert (310_000_000, "EUR") in facts
    assert (240_000_000, "EUR") in facts
    assert not {u for _, u in facts} & {"SEK", "USD"}
