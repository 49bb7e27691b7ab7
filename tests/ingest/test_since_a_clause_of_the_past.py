"""A total counted "since" a start the text tells as a clause of the company's past ("since
we began ... in 2014", "since our listing in May 2016") runs from that start to the end the
text gives; never a figure of the start's own year or month, and with no end it is left out.
Companies invented here."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 2, 20)


def _found(body: str) -> set[tuple]:
    text = f"Quarrington Lifts annual letter\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Quarrington Lifts", (), CALENDAR)
    found = extract(text, published=DAY, entity=entity).proposals
    return {(p.period.iso(), p.value) for p in found}


def test_a_total_since_a_told_start_is_never_the_start_s_year():
    found = _found(
        "Since we began servicing hospital lifts in 2014, our engineers have completed "
        "9,250 inspections under those contracts."
    )
    assert not any(period == "2014-01-01/2014-12-31" for period, _ in found)


def test_a_total_since_a_start_with_its_end_told_first_runs_from_start_to_end():
    found = _found(
        "Quarrington Lifts has delivered 1,840 escalators through the end of 2025 since it "
        "shipped its first, the Q-1, in June 2003, a spokesperson said."
    )
    assert ("2003-06-01/2025-12-31", 1840.0) in found
    assert not any(period == "2025-01-01/2025-12-31" for period, _ in found)


def test_a_lifetime_count_with_its_launch_in_brackets_is_never_the_launch_month():
    found = _found(
        "Cumulative Q-Series installations since launch (May 2019) reached 4,400 units as of "
        "December 31, 2025; cumulative service visits reached 61,000."
    )
    assert not any(period == "2019-05-01/2019-05-31" for period, _ in found)
