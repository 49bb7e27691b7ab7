"""A part of the year before, said by its place in a year named against the one talked about
("compared with $200.3 million in the third quarter of the previous year", "from 3,874
tonnes in the first half of the previous financial year"): the same part a year earlier.
Before, "the previous year" was counted back from the quarter or half the text talks about,
gave a quarter or a half rather than a year, and the base was dropped. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR, FiscalCalendar
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals


def facts(body: str, day: date, calendar=CALENDAR) -> dict[float, str]:
    entity = KnownEntity("Ostrander Mills", ("Ostrander",), calendar)
    return {
        p.value: p.period.iso() for p in proposals(body, entity, day, "Ostrander Mills results")
    }


def test_a_quarter_of_the_previous_year():
    found = facts(
        "Ostrander Mills reported its third-quarter results on Wednesday.\n\n"
        "Revenue was $340.2 million in the quarter, compared with $200.3 million in the "
        "third quarter of the previous year.",
        date(2025, 11, 5),
    )
    assert found[340_200_000] == "2025-07-01/2025-09-30"
    assert found[200_300_000] == "2024-07-01/2024-09-30"


def test_a_half_of_the_previous_financial_year():
    found = facts(
        "Ostrander Mills reported its results for the six months to 31 December 2025.\n\n"
        "Flour volume rose to 4,012 tonnes from 3,874 tonnes in the first half of the "
        "previous financial year.",
        date(2026, 2, 12),
        FiscalCalendar.of("06-30", "end"),
    )
    assert found[4_012] == "2025-07-01/2025-12-31"
    assert found[3_874] == "2024-07-01/2024-12-31"
