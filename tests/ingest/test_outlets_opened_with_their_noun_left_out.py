"""Outlets opened or closed with their noun left out, named by the things the text counted
as held just before ("Ostrander ran 1,667 bakeries at the end of 2024. We opened 90 and
closed 23 during the year", "ended the quarter with 221 kiosks, after opening seven"), or by
those acquired before in the sentence ("having acquired 16 silos and closed one"): before,
each was dropped as "not a sales figure". Guards: people come and go with no opening ("had
4,870 employees ... It closed 12"), and a count of things sold opens nothing. Invented
company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 11, 5)


def named(body: str, day: date = DAY) -> dict[float, str]:
    text = f"Ostrander Mills update\nTest Wire\n{day.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Ostrander Mills", ("Ostrander",), CALENDAR)
    return {p.value: p.metric for p in extract(text, published=day, entity=entity).proposals}


def test_the_things_held_in_the_sentence_before():
    found = named(
        "Ostrander operated 1,667 bakeries at the end of 2024. We opened 90 and closed 23 "
        "during the year."
    )
    assert found[90] == "bakery openings", found
    assert found[23] == "bakery closures", found


def test_the_things_held_earlier_in_the_sentence():
    found = named("We ended the third quarter with 221 kiosks, after opening seven in the quarter.")
    assert found[7] == "kiosk openings", found


def test_the_things_acquired_before():
    found = named(
        "We ended 2025 with 417 bakeries and 121 silos, having acquired 16 silos and closed one "
        "during the year.",
        day=date(2026, 2, 5),
    )
    assert found[1] == "silo closures", found


def test_people_are_no_outlets():
    # guard
    found = named(
        "Ostrander had 4,870 employees at 30 September 2025. It closed 12 in the quarter."
    )
    assert 12 not in found, found


def test_things_sold_open_nothing():
    # guard
    found = named("Ostrander sold 5,000 mixers in the third quarter and opened 3 in the quarter.")
    assert 3 not in found, found
