"""A level its subject "averaged" over a period ("Kiln utilisation averaged 88.4% in the
third quarter", "Monthly active borrowers averaged 1.26 million in the quarter") is that
measure over the period, as "was" would say it; a count its subject "numbered" ("Branches
numbered 317 at the end of 2025") is its level on that day. Before, the clause's verb was no
verb of a level, and neither figure was proposed. Guard: a bare commodity or a currency that
averaged a price ("Whole milk powder averaged USD 3,840 a tonne", "The rupee averaged
Rs. 298 to the dollar") is the market's, never a measure of the company. Invented company;
the tests fail on the code before."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import named_and_dated

BRAMBLING = KnownEntity("Brambling Lime", ("Brambling",), CALENDAR)
DAY = date(2025, 10, 29)


def facts(body: str) -> dict[float, tuple[str, str]]:
    return named_and_dated(body, BRAMBLING, DAY, "Brambling Lime third-quarter update")


def test_a_rate_averaged_over_the_quarter():
    found = facts(
        "Kiln utilisation averaged 88.4% in the third quarter, against 85.9% a year earlier."
    )
    assert found[88.4] == ("kiln utilisation", "2025-07-01/2025-09-30")
    assert found[85.9] == ("kiln utilisation", "2024-07-01/2024-09-30")


def test_a_count_averaged_over_the_quarter():
    found = facts("Monthly active borrowers averaged 1.26 million in the third quarter.")
    assert found[1_260_000] == ("monthly active borrowers", "2025-07-01/2025-09-30")


def test_a_count_numbered_on_a_day():
    found = facts("Depots numbered 317 at 30 September 2025.")
    assert found[317] == ("depots", "2025-09-30/2025-09-30")


def test_a_market_price_that_averaged_is_no_measure_of_ours():
    # guard
    found = facts(
        "Quicklime averaged USD 141 a tonne at the September auctions. Revenue rose 4% to "
        "$212 million in the third quarter."
    )
    assert 141 not in found
    assert found[212_000_000] == ("revenue", "2025-07-01/2025-09-30")
