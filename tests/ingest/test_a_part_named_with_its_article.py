"""A part named with its article after the part before it, its verb and measure left to the
clause before ("the Highlands generated $62.4 million of revenue and the Lowlands $31.7
million", "and the Middle East CHF 1.0 bn"): the amount is that part's. Before, "the" hid the
name, and the amount was read as the bare measure, the whole company's. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 11, 5)


def named(body: str) -> dict[float, str]:
    text = f"Ostrander Mills results\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Ostrander Mills", ("Ostrander",), CALENDAR)
    return {p.value: p.metric for p in extract(text, published=DAY, entity=entity).proposals}


def test_a_part_named_with_the():
    found = named(
        "In the third quarter the Highlands generated $62.4 million of revenue and the "
        "Lowlands $31.7 million."
    )
    assert found[31_700_000] == "Lowlands revenue", found


def test_a_measure_after_the_is_still_no_part():
    # guard: "and the EBITDA $9.1 million" names a measure, not a part
    found = named(
        "In the third quarter the Highlands generated $62.4 million of revenue and the "
        "EBITDA $9.1 million."
    )
    assert "Highlands" not in found.get(9_100_000, "EBITDA"), found
