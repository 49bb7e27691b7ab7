"""An amount right after a verb of change ("fees increased $14.2 million, or 6.1%", "was
down 900 units") is the size of the change, never the level; a count written with its sign
beside a level on a day ("1.92M at June 30 — +40K in the quarter") is what the quarter added,
never a second level. "rose by X to Y" still gives the level Y. Companies invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 2, 4)


def _values(sentence: str, company: str = "Dunmere Audio") -> set[float]:
    report = f"Dunmere quarterly\nWire\n{DAY.isoformat()}\n\n{sentence}\n"
    found = extract(report, published=DAY, entity=KnownEntity(company)).proposals
    return {p.value for p in found}


def test_an_amount_after_a_verb_of_change_is_no_level():
    assert 14_200_000 not in _values("Licence fees for the quarter increased $14.2 million.")
    assert 900 not in _values("Headsets sold in the quarter were down 900 units.")


def test_the_level_a_change_reaches_stays():
    found = _values("Revenue rose by $14.2 million to $251.0 million in the quarter.")
    assert 251_000_000 in found and 14_200_000 not in found
    assert 251_000_000 in _values("Licence fees rose to $251.0 million in the quarter.")


def test_a_signed_count_beside_a_level_is_no_level():
    found = _values("- **Club members:** 1.92M at June 30, 2025, +40K in the quarter.")
    assert 1_920_000 in found and 40_000 not in found
