"""A base named as the figure's own earlier statement ("now stands at ..., down from the
... in the original budget", "... from 412 previously") is no figure of the period before:
it is left out rather than dated a year early. An ordinary base ("up from 54.1 million")
still takes the year before. Company invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 3, 10)


def _found(sentence: str):
    report = f"Marrowby Canals results\nWire\n{DAY.isoformat()}\n\n{sentence}\n"
    return extract(report, published=DAY, entity=KnownEntity("Marrowby Canals")).proposals


def test_a_base_stated_earlier_for_the_same_year_is_not_the_year_before():
    found = _found(
        "Revenue for 2025 now stands at £812.4 million, down from the £820.3 million in the "
        "original budget."
    )
    assert any(p.value == 812_400_000 for p in found)
    assert not any(p.value == 820_300_000 for p in found)


def test_an_ordinary_base_is_the_year_before():
    found = _found("Revenue in 2025 was £812.4 million, up from £790.1 million.")
    (base,) = [p for p in found if p.value == 790_100_000]
    assert base.period.start == date(2024, 1, 1)
