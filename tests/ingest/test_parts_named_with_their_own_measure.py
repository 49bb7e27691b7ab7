"""Figures of one measure told apart by the part named before each, with the part's own
measure word and verb between the name and the figure ("Surface Drilling orders were $512
million and Underground Drilling orders were $301 million"): each figure is the part's.
Before, only "sales" or "revenue" could stand between a part's name and its figure, so the
figures clashed under the bare measure's name and were all dropped. Guard: a pronoun or an
adverb opening a sentence names no part ("That compares with ..."). Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 7)
LEAD = "Pellham Industries reported its results for the second quarter of 2025. "


def found(body: str) -> dict[float, str]:
    text = f"Pellham Industries letter\nTest Letters\n{DAY.isoformat()}\n\n{LEAD}{body}\n"
    entity = KnownEntity("Pellham Industries", ("Pellham",), CALENDAR)
    return {p.value: p.metric for p in extract(text, published=DAY, entity=entity).proposals}


def test_parts_with_their_own_measure_word_before_the_figure() -> None:
    got = found(
        "Orders were $813 million in the second quarter. Surface Drilling orders were $512 "
        "million and Underground Drilling orders were $301 million."
    )
    assert got[512_000_000].startswith("Surface Drilling")
    assert got[301_000_000].startswith("Underground Drilling")
    assert got[813_000_000] == "orders"


def test_a_pronoun_opening_a_sentence_names_no_part() -> None:
    # guard
    got = found(
        "Orders were $813 million in the second quarter. That compares with the $700 million "
        "we had in the first quarter of 2025."
    )
    assert not any(m.startswith("That") for m in got.values())
