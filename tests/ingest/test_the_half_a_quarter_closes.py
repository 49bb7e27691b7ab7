"""Kinds of period notation over invented companies: "in the half" (or "for the half-year")
said while the text talks about a quarter is the half that quarter closes, its second or
fourth, in the company's own calendar; after a first or third quarter it names no half."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.spans import _half_closed_by

MARCH_YEARS = FiscalCalendar.of("03-31", "end")  # FY2026 = Apr 2025 - Mar 2026
NAME = "Tapajos Citrus"


def facts(body: str, day: date) -> set[tuple]:
    text = f"{NAME} earnings call\nTranscript\n{day.isoformat()}\n\n{body}\n"
    found = extract(text, published=day, entity=KnownEntity(NAME, (), MARCH_YEARS)).proposals
    return {(p.period.iso(), p.value) for p in found}


def test_the_half_after_a_second_quarter_is_the_first_half():
    found = facts(
        "In the second quarter, revenue was R$ 812 million. The juice yield was 41.2% in the "
        "half, and we processed 2,140 thousand tonnes of oranges in the half.",
        date(2025, 11, 6),
    )
    assert ("2025-04-01/2025-09-30", 41.2) in found
    assert ("2025-04-01/2025-09-30", 2_140_000) in found


def test_only_a_quarter_that_closes_a_half():
    q3 = Period(date(2025, 10, 1), date(2025, 12, 31))
    q4 = Period(date(2026, 1, 1), date(2026, 3, 31))
    assert _half_closed_by(q3, MARCH_YEARS) is None
    assert _half_closed_by(q4, MARCH_YEARS) == Period(date(2025, 10, 1), date(2026, 3, 31))
    assert _half_closed_by(None, MARCH_YEARS) is None
