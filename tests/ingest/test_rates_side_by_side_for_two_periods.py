"""Two rates of one measure joined by "and", each with its own time phrase ("grew 3.4% in
the first quarter and 5.2% in the second quarter", "a margin of 12.8% for the half and 14.1%
in the second quarter", "9.6% in the three months ended June 30, 2025 and 8.7% in the six
months ended June 30, 2025"): the second is the same measure, for its own period. Before,
only basis words between the two ("2.1% QoQ and 6.8% YoY") let the second take the first's
measure, and it was dropped with no name. Guard: a second rate set against another base
("up 2.8% from May and 11.5% from a year earlier") names no period of its own and is not
read as one. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 6)


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Marrowdene Outfitters half-year update\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Marrowdene Outfitters", ("Marrowdene",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_a_growth_for_each_quarter() -> None:
    got = found(
        "Marrowdene said comparable sales grew 3.4% in the first quarter and 5.2% in the "
        "second quarter."
    )
    assert got[3.4][1] == "2025-01-01/2025-03-31"
    assert got[5.2] == (got[3.4][0], "2025-04-01/2025-06-30")


def test_a_margin_for_the_half_and_its_quarter() -> None:
    got = found(
        "Marrowdene's operating margin was 12.8% for the first half and 14.1% in the second "
        "quarter."
    )
    assert got[12.8][1] == "2025-01-01/2025-06-30"
    assert got[14.1] == (got[12.8][0], "2025-04-01/2025-06-30")


def test_time_phrases_with_their_own_days() -> None:
    got = found(
        "Marrowdene said online orders increased 9.6% in the three months ended June 30, 2025 "
        "and 8.7% in the six months ended June 30, 2025."
    )
    assert got[9.6][1] == "2025-04-01/2025-06-30"
    assert got[8.7] == (got[9.6][0], "2025-01-01/2025-06-30")


def test_a_rate_against_another_base_is_not_of_that_base() -> None:
    # guard
    got = found(
        "Marrowdene said June revenue was EUR 41.3 million, up 2.8% from May and 11.5% from "
        "a year earlier."
    )
    assert got.get(11.5, ("", ""))[1] != "2025-05-01/2025-05-31"


def test_basis_words_alone_still_join() -> None:
    # guard: the rule before this one
    got = found("Marrowdene said revenue in the second quarter fell 2.4% QoQ and 1.1% YoY.")
    assert got[-2.4][0].startswith("sequential")
    assert got[-1.1][1] == "2025-04-01/2025-06-30"
