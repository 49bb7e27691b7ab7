"""A phrase of when that opens a sentence with no comma after it ("For the full year
utilisation was 91.8%", "In the fourth quarter storage awards were $4.1 million") is no part
of the subject: the measure is what follows it. Before, the subject read "For the full year
utilisation", no noun phrase of a measure, and the figure went unproposed. Guard: the same
sentence with its comma still reads. Invented company; the tests fail on the code before."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import named_and_dated

QUILLON = KnownEntity("Quillon Cold Storage", ("Quillon",), CALENDAR)
DAY = date(2026, 2, 18)


def facts(body: str) -> dict[float, tuple[str, str]]:
    return named_and_dated(body, QUILLON, DAY, "Quillon Cold Storage full-year results")


def test_a_rate_after_an_opening_year():
    found = facts("For the full year pallet utilisation was 91.8%.")
    assert found[91.8] == ("pallet utilisation", "2025-01-01/2025-12-31")


def test_an_amount_after_an_opening_quarter():
    found = facts("In the fourth quarter storage awards were $4.1 million.")
    assert found[4_100_000] == ("storage awards", "2025-10-01/2025-12-31")


def test_with_its_comma_it_reads_as_before():
    # guard
    found = facts("For the full year, pallet utilisation was 91.8%.")
    assert found[91.8] == ("pallet utilisation", "2025-01-01/2025-12-31")
