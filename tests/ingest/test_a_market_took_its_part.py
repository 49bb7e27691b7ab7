"""A market's part of what was sold, said by what the market took or received ("Japan
received 41,300 boxes", "the Americas took 28,900 boxes"), is that market's part: before,
no verb of selling meant no figure. Guard: a subject that is no market ("the plant took
12,000 tonnes of downtime") sells nothing. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

DAY = date(2026, 2, 18)


def facts(body: str) -> dict[float, str]:
    entity = KnownEntity("Halloway Citrus", ("Halloway",), CALENDAR)
    found = proposals(body, entity, DAY, "Halloway Citrus annual review", "Test Corpus")
    return {p.value: p.metric for p in found}


def test_markets_that_took_or_received_their_part():
    found = facts(
        "Halloway sold 212,400 boxes in 2025.\n\n"
        "Japan received 41,300 boxes. The Americas took 28,900 boxes, up 4%."
    )
    assert "Japan" in found[41_300] and "boxes" in found[41_300]
    assert "Americas" in found[28_900]


def test_a_subject_that_is_no_market_sells_nothing():
    # guard
    found = facts(
        "Halloway sold 212,400 boxes in 2025.\n\nThe plant took 12,000 tonnes of downtime."
    )
    assert 12_000 not in found
