"""A capacity its clause names ("Annual berthing capacity stood at 4.2 million tonnes at 31
December 2030, up from 3.9 million a year earlier") is that capacity's level on the day the
sentence names, under the clause's own words; and an amount in a physical unit the clause
says its subject stood at on a day ("Clinker stockpiles stood at 1.3 Mt at 30 June 2030") is
a level on that day too. Both failed on the engine this session started from (ee4977ea):
the capacity was left out as "a capacity named as another measure", the capacity with its
day opening the sentence was not proposed, and the stockpile had no period at all.
Companies and wording invented here."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from tests.ingest.invented import KnownEntity, named_and_dated

MERROW = KnownEntity("Merrow Quays", ("Merrow",), CALENDAR)
DAY = date(2031, 2, 20)


def _found(body: str) -> dict[float, tuple[str, str]]:
    return named_and_dated(body, MERROW, DAY, "Merrow Quays annual review")


def test_a_capacity_stood_at_on_a_day_is_named_by_its_words() -> None:
    found = _found(
        "Annual berthing capacity stood at 4.2 million tonnes at 31 December 2030, up from "
        "3.9 million a year earlier."
    )
    assert found.get(4_200_000) == ("annual berthing capacity", "2030-12-31/2030-12-31"), found
    assert found.get(3_900_000) == ("annual berthing capacity", "2029-12-31/2029-12-31"), found


def test_a_capacity_counted_on_the_day_opening_the_sentence() -> None:
    found = _found(
        "As of 30 September 2030 Merrow had annual production capacity of 86,000 tonnes."
    )
    assert found.get(86_000) == ("annual production capacity", "2030-09-30/2030-09-30"), found


def test_an_amount_a_subject_stood_at_on_a_day_is_a_level() -> None:
    found = _found("Clinker stockpiles at the quays stood at 1.3 Mt at 30 June 2030.")
    assert found.get(1_300_000) == ("clinker stockpiles", "2030-06-30/2030-06-30"), found
