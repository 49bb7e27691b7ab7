"""A ratio or a rate stated "at" a time is a point-in-time figure of that day (or of the
end of the period named), never the year's or the quarter's. Companies invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 11, 12)


def _found(body: str) -> set[tuple]:
    text = f"Harlingen Re third-quarter update\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=KnownEntity("Harlingen Re", ())).proposals
    return {(p.metric, p.period.iso(), p.value) for p in found}


def test_a_ratio_at_a_day_is_of_that_day_and_its_comparative_of_its_own_day():
    found = _found(
        "The Solvency II ratio was 214% at 30 September 2025, compared with 207% "
        "at 31 December 2024."
    )
    assert ("solvency II ratio", "2025-09-30/2025-09-30", 214.0) in found
    assert ("solvency II ratio", "2024-12-31/2024-12-31", 207.0) in found


def test_a_ratio_at_the_end_of_a_named_year_is_of_its_last_day():
    found = _found(
        "The Solvency II ratio stood at 214% at 30 September 2025, up from 207% at year-end 2024."
    )
    assert ("solvency II ratio", "2024-12-31/2024-12-31", 207.0) in found
    assert ("solvency II ratio", "2025-09-30/2025-09-30", 214.0) in found


def test_a_rate_of_the_quarter_keeps_the_quarter():
    found = _found("Gross margin was 31.5% in the third quarter, up 40 basis points.")
    assert ("gross margin", "2025-07-01/2025-09-30", 31.5) in found
