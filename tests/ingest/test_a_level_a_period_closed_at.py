"""A count its subject's verb closes a period at ("The rental fleet ended the year at 8,420
cranes, compared with 7,960 at December 31, 2029", "Our partner count closed the quarter at
2,140 shops") is that level on the period's last day, as "ended the year with" is. Failed on
the engine this session started from (ee4977ea): neither figure was proposed, the verb
read as no level's. Company and wording invented here."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from tests.ingest.invented import KnownEntity, named_and_dated

HARLOW = KnownEntity("Harlow Lift Hire", ("Harlow",), CALENDAR)
DAY = date(2031, 2, 27)


def _found(body: str) -> dict[float, tuple[str, str]]:
    return named_and_dated(body, HARLOW, DAY, "Harlow Lift Hire full-year results")


def test_a_fleet_ended_the_year_at_a_count() -> None:
    found = _found(
        "The crawler base ended the year at 8,420 cranes, compared with 7,960 at December 31, 2029."
    )
    assert found.get(8_420) == ("crawler base", "2030-12-31/2030-12-31"), found
    assert found.get(7_960) == ("crawler base", "2029-12-31/2029-12-31"), found


def test_a_count_closed_the_quarter_at() -> None:
    found = _found("Our partner count closed the quarter at 2,140 shops.")
    assert found.get(2_140) == ("partner count", "2030-12-31/2030-12-31"), found
