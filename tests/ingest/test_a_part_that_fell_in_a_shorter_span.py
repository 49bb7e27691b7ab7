"""The part of a figure that fell in a shorter span ("we delivered 8,300 canoes in the
first nine months, 3,900 of them in the third quarter", "shipped 6.10 million paddles in the
first nine months, of which 3.40 million in the third quarter"): the same measure over that
span. Before, "of them" with no noun after it named nothing and the figure was dropped.
Guard: a part "of them" in a place is that place's. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 10, 20)


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Tolvane Canoes quarterly letter\nTest Letters\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Tolvane Canoes", ("Tolvane",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


LEAD = "Tolvane Canoes reported its results for the third quarter of 2025. "
QUARTER = "2025-07-01/2025-09-30"


def test_of_them_in_a_quarter() -> None:
    got = found(
        LEAD + "We delivered 8,300 canoes in the first nine months, 3,900 of them in the "
        "third quarter."
    )
    assert got[8_300] == ("canoes delivered", "2025-01-01/2025-09-30")
    assert got[3_900] == ("canoes delivered", QUARTER)


def test_of_which_in_a_quarter() -> None:
    got = found(
        LEAD + "Tolvane shipped 6.10 million paddles in the first nine months, of which "
        "3.40 million in the third quarter."
    )
    assert got[3_400_000] == ("paddles shipped", QUARTER)


def test_of_them_in_a_place_is_the_places() -> None:
    # guard
    got = found(
        LEAD + "We delivered 8,300 canoes in the first nine months, 3,900 of them in Europe."
    )
    assert got[3_900] == ("Europe canoes delivered", "2025-01-01/2025-09-30")
