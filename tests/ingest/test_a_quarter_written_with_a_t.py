"""A quarter written as Spanish and Portuguese reports write it, its number, a "T"
(trimestre) and the year glued after: "3T25", "2T2025". Over an invented glassmaker. Before
this, "3T25" named no period (the figures took the report's year, or none) and stayed in
the metric's name ("3T25 net sales"); the first test fails on the code before."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

PEDREGAL = KnownEntity("Vidrios Pedregal", ("Pedregal",), CALENDAR)
DAY = date(2025, 10, 23)


def _rows(body: str) -> set[tuple]:
    found = proposals(body, PEDREGAL, DAY, "Vidrios Pedregal third quarter")
    return {(p.metric, p.period.iso(), p.value) for p in found}


def test_a_quarter_coded_with_a_t_and_a_two_digit_year():
    found = _rows("Net sales in 3T25 reached 4,210 million dollars, up 5.1%.")
    assert ("net sales", "2025-07-01/2025-09-30", 4_210_000_000) in found


def test_a_quarter_coded_with_a_t_and_a_four_digit_year_against_last_years():
    found = _rows("EBITDA for 2T2025 was 910 million dollars against 850 million dollars in 2T24.")
    assert ("EBITDA", "2025-04-01/2025-06-30", 910_000_000) in found
    assert ("EBITDA", "2024-04-01/2024-06-30", 850_000_000) in found
