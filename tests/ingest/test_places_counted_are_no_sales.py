"""A number of places ("in more than 90 export markets", "in Tier-3 towns") counts where the
company sells, never what it sold. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

CALENDAR = FiscalCalendar.of("12-31", "start")


def _values(sentence: str) -> set[float]:
    text = f"Orsolya Ovens results\ntest\n2025-03-04\n\n{sentence}\n"
    entity = KnownEntity("Orsolya Ovens", (), CALENDAR)
    out = extract(text, published=date(2025, 3, 4), entity=entity).proposals
    return {p.value for p in out}


def test_a_count_of_export_markets_is_no_sale():
    values = _values(
        "Orsolya Ovens sells ovens at home and in more than 70 export markets, and sold "
        "1.2 million ovens in 2024."
    )
    assert 70.0 not in values
    assert 1200000.0 in values


def test_a_count_of_towns_is_no_sale():
    values = _values(
        "Orsolya Ovens sold 1.2 million ovens in 2024 as the mix moved towards cheaper models "
        "in Tier-3 towns."
    )
    assert 3.0 not in values
