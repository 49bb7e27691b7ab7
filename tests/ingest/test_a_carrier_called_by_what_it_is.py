"""A carrier the report calls by what it is, bare or counted ("the airline carried 3.81m
guests in March", "the two ports handled 6.2 million containers in the quarter"): the
company itself, its traffic counted as when it is named. Before, only "we", "it", "the
company" or the company's name could carry, and the count was dropped as things not
sold. Guard: a carrier described with words of its own ("the Thai budget carrier") is
somebody else. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 4, 3)


def found(lead: str, body: str) -> dict[float, tuple[str, str]]:
    text = f"Corvenna Air traffic\nTest Wire\n{DAY.isoformat()}\n\n{lead} {body}\n"
    entity = KnownEntity("Corvenna Air", ("Corvenna",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


LEAD = "Corvenna Air published its traffic for March 2025."


def test_the_airline_carried() -> None:
    got = found(LEAD, "In March the airline carried 3.81m guests, its busiest March yet.")
    assert got[3_810_000][1] == "2025-03-01/2025-03-31"


def test_the_counted_ports_handled() -> None:
    got = found(LEAD, "The two ports handled 6.2 million containers in March.")
    assert got[6_200_000][1] == "2025-03-01/2025-03-31"


def test_a_described_carrier_is_somebody_else() -> None:
    # guard
    got = found(LEAD, "The Thai budget carrier flew 2.9 million passengers in March.")
    assert 2_900_000 not in got
