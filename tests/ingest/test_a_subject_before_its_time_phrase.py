"""A count its clause's subject names, with a phrase of when between the subject and its
verb ("Ward nights in the half rose 2.4% to 412,300"): the subject ends before "in the
half", and the count is named by it. Before, the subject ran on into the phrase ("ward
nights in the half"), ended on "half", was no name, and both figures were lost. Guard: a
phrase of where ("in Portugal") is no time: the subject still takes it in, and the part
is never named as the whole. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 7)


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Quillon Care half-year update\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Quillon Care", ("Quillon",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_a_time_phrase_ends_the_subject():
    got = found(
        "Quillon Care reported its results for the first half of 2025. "
        "Ward nights in the half rose 2.4% to 412,300."
    )
    assert got[412_300] == ("ward nights", "2025-01-01/2025-06-30")
    assert got[2.4][1] == "2025-01-01/2025-06-30"


def test_a_time_phrase_before_a_level_verb_ends_the_subject():
    got = found(
        "Quillon Care reported its results for the first half of 2025. "
        "Ward nights during the quarter came to 208,100."
    )
    assert got[208_100] == ("ward nights", "2025-04-01/2025-06-30")


def test_a_place_is_no_time_phrase():
    # guard: "in Portugal" is a part, never the whole company's ward nights
    got = found(
        "Quillon Care reported its results for the first half of 2025. "
        "Ward nights in Portugal rose to 61,800."
    )
    assert got.get(61_800, ("",))[0] != "ward nights"
