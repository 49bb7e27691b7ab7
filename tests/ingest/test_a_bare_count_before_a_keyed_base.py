"""A bare count after its label with its base in a keyed bracket ("Q4 deliveries 1,874 (Q4
2024: 1,867)") is named by the label, as "1,874 vs 1,867" is: before, the count itself was
dropped and only its base kept. Guard: a bracket keyed by a word, not a period ("(Norway:
812)"), is a part of the same quarter, as before, never a base. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 2, 12)


def periods(body: str) -> dict[float, str]:
    text = f"Brimlow Coaches results\nTest Slides\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Brimlow Coaches", ("Brimlow",), CALENDAR)
    return {p.value: p.period.iso() for p in extract(text, published=DAY, entity=entity).proposals}


def test_a_bare_count_and_its_keyed_base():
    found = periods("Q4 deliveries 2,312 (Q4 2024: 2,208)")
    assert found[2_312] == "2025-10-01/2025-12-31"
    assert found[2_208] == "2024-10-01/2024-12-31"


def test_a_bracket_keyed_by_a_word_names_no_base():
    # guard
    found = periods("Q4 deliveries 2,312 (Norway: 812)")
    assert found.get(812) in (None, "2025-10-01/2025-12-31")
