"""A year's first weeks counted in whole quarters ("through the first 39 weeks of the year",
"for the first twenty-six weeks of fiscal 2025", a wire's "39-WK") are the year's first
quarters in the company's weeks, never the quarter the text talks about nor the whole year.
Companies invented here; each case failed on the engine this session started from
(734c82a): the span had been read as no period."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import LeadingMonthsRef
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.timing import find_times

DAY = date(2025, 10, 30)
OPENING = (
    "Marlowe Tile Works reported results for the thirteen weeks ended September 27, 2025. "
    "Net sales for the quarter were $212.4 million."
)


def _found(body: str) -> set[tuple[str, float]]:
    text = f"Marlowe Tile Works third quarter\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=KnownEntity("Marlowe Tile Works", ())).proposals
    return {(p.period.iso(), p.value) for p in found}


def test_the_first_39_weeks_of_the_year_are_three_quarters_of_weeks():
    found = _found(
        f"{OPENING} Through the first 39 weeks of the year, net sales reached $655.0 million."
    )
    assert ("2025-06-29/2025-09-27", 212_400_000) in found
    assert ("2024-12-29/2025-09-27", 655_000_000) in found


def test_weeks_written_in_words_of_the_fiscal_year():
    found = _found(
        f"{OPENING} For the first thirty-nine weeks of the fiscal year, net sales were "
        "$655.0 million."
    )
    assert ("2024-12-29/2025-09-27", 655_000_000) in found
    assert not any(
        value == 655_000_000 and period != "2024-12-29/2025-09-27" for period, value in found
    )


def test_a_wire_s_week_count():
    found = _found(f"{OPENING}\n\n* 39-WK NET SALES $655.0 MLN")
    assert ("2024-12-29/2025-09-27", 655_000_000) in found


def test_weeks_of_a_year_named_by_two_digits_are_that_year_s():
    found = find_times("Net sales were $655.0 million in the first 39 weeks of FY24.", DAY)
    assert [(t.mode, t.ref) for t in found] == [("absolute", LeadingMonthsRef(9, 2024, True))]


def test_a_year_to_date_heading_counted_in_weeks():
    found = find_times("Year to date (26 weeks)", DAY)
    assert [(t.mode, t.ref) for t in found] == [("absolute", LeadingMonthsRef(6, None, None))]
