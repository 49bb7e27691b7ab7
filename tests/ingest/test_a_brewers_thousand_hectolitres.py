"""A brewer's "kHL" in capitals (thousand hectolitres) scales its figure as "khl" and "mhl"
do: "spirits volume fell to 214 kHL" is 214,000 hectolitres (before, 214). Guard: a bare
"HL" after a figure is no scale. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 2, 20)


def values(body: str) -> set[float]:
    text = f"Mbeya Breweries annual report\nTest Corpus\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Mbeya Breweries", ("Mbeya",), CALENDAR)
    return {p.value for p in extract(text, published=DAY, entity=entity).proposals}


def test_thousand_hectolitres_in_capitals():
    found = values("Spirits volume declined by 6.1% to 214 kHL in 2025.")
    assert 214_000 in found
    assert 214 not in found


def test_a_bare_hl_is_no_scale():
    # guard
    found = values("Spirits volume declined by 6.1% to 214,000 HL in 2025.")
    assert 214_000_000 not in found
    assert 214_000_000_000 not in found
