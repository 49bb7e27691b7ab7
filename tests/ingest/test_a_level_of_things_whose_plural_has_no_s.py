"""Things held at a period's end whose plural is the word itself: "We ended September with
170 aircraft", "expects to end 2025 with 172 aircraft". The count is a fleet held on the
period's last day. Before, only a plural ending in "s" was read as things held, so the
fleet became "aircraft sold" over the whole month or year. Guard: a plural with an "s"
is read as before ("ended September with 170 stores"). Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 10, 20)


def found(sentence: str) -> dict[float, tuple[str, str, str]]:
    text = (
        f"Corvane Air third-quarter update\nTest Releases\n{DAY.isoformat()}\n\n"
        f"Corvane Air reports its results for the third quarter of 2025.\n{sentence}\n"
    )
    entity = KnownEntity("Corvane Air", ("Corvane",), CALENDAR)
    return {
        p.value: (p.metric, p.kind.value, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_a_fleet_held_at_a_months_end():
    got = found("We ended September with 143 aircraft.")
    assert got[143] == ("aircraft", "actual", "2025-09-30/2025-09-30")


def test_a_fleet_expected_at_a_years_end():
    got = found("The airline expects to end 2025 with 147 aircraft.")
    assert got[147] == ("aircraft", "forecast", "2025-12-31/2025-12-31")


def test_a_plural_with_an_s_reads_as_before():
    # guard
    assert found("We ended September with 143 shops.")[143] == (
        "shops",
        "actual",
        "2025-09-30/2025-09-30",
    )
