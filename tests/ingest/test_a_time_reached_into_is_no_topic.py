"""A time that something reaches into or lasts until ("waiting lists now run well into
2027", "the slot shortage pushes deliveries into 2027", "stocks last until 2027"), said in a
sentence with no figure, names no period the text goes on about: the next figures keep the
period talked about before. Before, such a sentence moved the period talked about to that
year, and the half's regional figures after it became forecasts for it. Guard: a sentence
that names a period for itself ("In 2024, ...") still moves it. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 7, 24)
HALF = "2025-01-01/2025-06-30"


def found(body: str) -> dict[float, tuple[str, str, str]]:
    text = f"Grenet Clocks half-year letter\nTest Letters\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Grenet Clocks", ("Grenet",), CALENDAR)
    return {
        p.value: (p.metric, p.kind.value, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


LEAD = "Grenet delivered 41,200 clocks in the first half of 2025, up from 39,800. "


def test_a_year_reached_into_moves_no_period() -> None:
    got = found(
        LEAD + "Waiting lists for the tower clocks now run well into 2027. "
        "The Americas took 9,400 clocks in the half."
    )
    assert got[9_400][1:] == ("actual", HALF)


def test_a_year_lasted_until_moves_no_period() -> None:
    got = found(
        LEAD + "Our stocks of brass should last until 2027. The Americas took 9,400 clocks."
    )
    assert got[9_400][1:] == ("actual", HALF)


def test_a_year_talked_about_still_moves_it() -> None:
    # guard
    got = found(LEAD + "In 2024, the picture was different. The Americas took 9,400 clocks.")
    assert got[9_400][2] == "2024-01-01/2024-12-31"
