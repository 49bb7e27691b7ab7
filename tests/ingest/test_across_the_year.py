""" "Across the year" is the year talked about, all of it, as "throughout the year" is: a
figure so framed after a quarter's sentence is the year's ("Fourth-quarter sales rose 1.0%
... Across the year, price added 2.3% to sales"). Before, the phrase was no time and the
figure took the quarter. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from tests.ingest.invented import KnownEntity, named_and_dated

TANNERY = KnownEntity("Holmcroft Leather", ("Holmcroft",), CALENDAR)


def test_across_the_year_after_a_quarter() -> None:
    got = named_and_dated(
        "Holmcroft Leather reported full-year 2025 sales of $1,230 million, up from $1,180 "
        "million in 2024.\n\nFourth-quarter sales rose 1.0% to $320 million. Across the year, "
        "price added 2.3% to sales and volumes 0.6%.",
        TANNERY,
        date(2026, 2, 20),
        "Holmcroft Leather full-year results",
    )
    assert got[2.3] == ("price effect", "2025-01-01/2025-12-31")
    assert got[320_000_000][1] == "2025-10-01/2025-12-31"
