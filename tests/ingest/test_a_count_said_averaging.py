"""A count of users said "averaging" ("daily active users averaging 2.74 million") is an
average over the period the sentence names, as "averaged" is; before, it was read as a level
on the period's last day. Guard: a count held at a day stays on that day. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 2, 11)


def periods(body: str) -> dict[float, str]:
    text = f"Pennant Arcade results\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Pennant Arcade", ("Pennant",), CALENDAR)
    return {p.value: p.period.iso() for p in extract(text, published=DAY, entity=entity).proposals}


def test_users_averaging_count_over_the_quarter():
    found = periods(
        "In the fourth quarter, Pennant had daily active users averaging 2.74 million and "
        "monthly active users averaging 11.6 million."
    )
    assert found[2_740_000] == "2025-10-01/2025-12-31"
    assert found[11_600_000] == "2025-10-01/2025-12-31"


def test_users_at_a_day_stay_on_the_day():
    # guard
    found = periods("Pennant had 3.5 million paying users at December 31, 2025.")
    assert found[3_500_000] == "2025-12-31/2025-12-31"
