"""A running total whose start is told outside a "since" phrase: in an apposition ("the
Vela app, launched in May 2022, has now handled more than 18 million bookings"), after the
total ("passed 22 million at the end of September, counting from its launch in March
2021"), or in the clause before "since then" ("We sold our first kayak in March 2014; since
then we have sold more than 310,000 kayaks"): a total from that start to the day the text
names or the end of the period it is about. Before, the start's month was read as the
total's period. Guard: a month a product was launched in, with a figure of the period
after it, stays that period's. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 11, 6)
LEAD = "Tarrock Outdoors reported its results for the third quarter of 2025. "


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Tarrock Outdoors letter\nTest Letters\n{DAY.isoformat()}\n\n{LEAD}{body}\n"
    entity = KnownEntity("Tarrock Outdoors", ("Tarrock",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_a_start_told_in_an_apposition() -> None:
    got = found(
        "The Vela app, launched in May 2022, has now handled more than 18 million bookings "
        "in total by the end of September."
    )
    assert got[18_000_000][1] == "2022-05-01/2025-09-30"


def test_a_start_told_after_the_total() -> None:
    got = found(
        "Lifetime downloads of the Vela app reached 22 million at the end of September, "
        "counting from its launch in March 2021."
    )
    assert got[22_000_000][1] == "2021-03-01/2025-09-30"


def test_a_total_that_passed_a_number_counted_from_its_launch() -> None:
    got = found(
        "Cumulative sales of the Vela ball passed 15 million dozen at the end of September, "
        "counted from its launch in February 2022."
    )
    assert got[15_000_000][1] == "2022-02-01/2025-09-30"


def test_a_start_told_before_since_then() -> None:
    got = found(
        "We sold our first kayak in March 2014; since then we have sold more than 310,000 kayaks."
    )
    assert got[310_000][1].startswith("2014-03-01/2025-")


def test_a_launch_month_before_a_periods_figure() -> None:
    # guard
    got = found("The Vela app, launched in May 2022, handled 2.1 million bookings in the quarter.")
    assert got[2_100_000][1] == "2025-07-01/2025-09-30"
