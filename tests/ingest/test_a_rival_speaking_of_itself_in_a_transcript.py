"""Another company speaking of itself, as a transcript quotes it: after a speaker's label
("Q — Ines Varga, Dunmore Research: Palisade Parking said last week it has ..."), telling
whom it told ("Palisade tells the market it sold ...") or when it said so: "it" is that
company, and its count is never the report's company's. Before, only a sentence opening
on the name and "says it" was read so, and the rival's sales were proposed as the
company's. Guard: the company's own name after a
label stays its own. An invented parking operator on calendar years (fails on the code
before)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

KESTRAVEN = KnownEntity("Kestraven Parking", ("Kestraven",), CALENDAR)
DAY = date(2026, 2, 18)


def _values(body: str) -> set[float]:
    found = proposals(body, KESTRAVEN, DAY, "Kestraven Parking half-year call")
    return {p.value for p in found}


def test_a_rival_said_last_week_after_a_label():
    body = (
        "Q — Ines Varga, Dunmore Research: Palisade Parking said last week it sold 57,000 "
        "season permits in 2025. How will you close that gap?"
    )
    assert 57_000 not in _values(body)


def test_a_rival_tells_the_market():
    body = "MARA LINDQVIST: Palisade tells the market it sold about 57,000 season permits in 2025."
    assert 57_000 not in _values(body)


def test_the_companys_own_name_after_a_label():
    body = "MARA LINDQVIST: Kestraven said on Monday it sold 39,800 season permits in 2025."
    assert 39_800 in _values(body)
