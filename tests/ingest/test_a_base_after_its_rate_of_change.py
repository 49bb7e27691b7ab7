"""A base said after the rate of change between it and its level ("$14.3 million, down 6.6%
from $15.4 million", "an increase of 6.9 percent from", "rose 4% to $9.1 million, from $8.75
million") is the year before's figure: before, the rate stood between the base and the
level it is compared with, and a decimal point in the rate or the comma before "from" hid
the comparison, so the base was dropped. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 2, 12)


def periods(body: str) -> dict[float, str]:
    text = f"Ostrander Mills results\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Ostrander Mills", ("Ostrander",), CALENDAR)
    found = extract(text, published=DAY, entity=entity).proposals
    return {p.value: p.period.iso() for p in found}


def test_a_base_after_a_fall_with_decimals():
    found = periods("Ostrander's revenue was $14.3 million in 2025, down 6.6% from $15.3 million.")
    assert found[14_300_000] == "2025-01-01/2025-12-31"
    assert found[15_300_000] == "2024-01-01/2024-12-31"


def test_a_base_after_an_increase_named_as_a_noun():
    found = periods(
        "In 2025 Ostrander's revenue was $14.3 million, an increase of 7 percent from "
        "$13.4 million."
    )
    assert found[13_400_000] == "2024-01-01/2024-12-31"


def test_a_base_after_a_comma_past_its_level():
    found = periods("Ostrander's revenue rose 4% to $9.1 million in 2025, from $8.75 million.")
    assert found[8_750_000] == "2024-01-01/2024-12-31"
