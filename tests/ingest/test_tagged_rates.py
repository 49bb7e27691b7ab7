"""Signed rates tagged with their basis, listed right after a level without a verb
("EUR 8.06 billion: +9% cc, +4% in EUR"): each is the level's growth on its basis. Invented
company and sentences, one capability per test."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

NAME = "Orvena Bio"
DAY = date(2025, 7, 24)


def facts(body: str) -> dict[str, float]:
    text = f"{NAME} results\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity(NAME, ("Orvena",), FiscalCalendar.of("12-31", "start"))
    return {p.metric: p.value for p in extract(text, published=DAY, entity=entity).proposals}


def test_bracketed_rates_after_a_level_are_its_growth_at_constant_currency_and_as_reported():
    got = facts(
        "In the first half, core operating income reached EUR 5.86 billion (+12% cc, +6% in EUR)."
    )
    assert got["constant currency core operating income growth"] == 12.0
    assert got["core operating income growth"] == 6.0


def test_rates_listed_after_a_colon_or_comma_keep_their_signs():
    got = facts("Specialty sales were EUR 1.31 billion in the first half, -6% cc, -10% in EUR.")
    assert got["constant currency specialty revenue growth"] == -6.0
    assert got["specialty revenue growth"] == -10.0
    got = facts("Net sales in the second quarter were EUR 8.06 billion: +9% cc, +4% in EUR.")
    assert got["constant currency revenue growth"] == 9.0


def test_a_percentage_after_a_level_that_is_no_tagged_rate_is_no_growth():
    got = facts("Hospital sales were EUR 4.1 billion in the first half, 12% of group sales.")
    assert not any(name.endswith("growth") for name in got)
    got = facts("Hospital sales were EUR 1.31 billion in the first half, +4.2% of the group total.")
    assert not any(name.endswith("growth") for name in got)


def test_the_basis_right_after_one_rate_is_not_the_next_rates():
    got = facts(
        # (a year over by the report's day: a result for 2025 stated in July 2025 is no fact)
        "Orvena reported net sales of EUR 32.47 billion for 2024, up 7% at constant exchange"
        " rates and up 3% in euros."
    )
    assert got["constant currency revenue growth"] == 7.0
    assert got["revenue growth"] == 3.0


def test_a_reference_marker_after_a_full_stop_ends_the_sentence():
    # the rival's figure stands in a sentence of its own, so it is never read as ours
    got = facts(
        "Orvena raised its ambition for Lunavix to EUR 6 billion of sales in 2030.[5] Some"
        " analysts call it cautious; Helvion Bio expects its rival drug to reach EUR 3 billion"
        " by the same year.[5]"
    )
    assert 3e9 not in got.values()
    assert 6e9 in got.values()
