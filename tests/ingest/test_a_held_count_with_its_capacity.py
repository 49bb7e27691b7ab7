"""Things a company holds on a day, with what they hold ("At 30 June 2025 we operated 61
lodges with 4,820 rooms", "operated 1,106 garages with 288,300 spaces in three countries",
"we operated 6,310 beds across 52 homes"): both counts are levels on that day, each named by
its noun. Before, the "with" after the first noun cut both off (neither was read as held)
and the count after "across" was read as homes sold. Guard: rooms that came with lodges
opened in the quarter are no level on a day. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 6)
JUNE_30 = "2025-06-30/2025-06-30"


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Larkmoor Lodges quarterly letter\nTest Letters\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Larkmoor Lodges", ("Larkmoor",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_things_held_with_what_they_hold() -> None:
    got = found("At 30 June 2025 we operated 61 lodges with 4,820 rooms in Scotland and Wales.")
    assert got[61] == ("lodges", JUNE_30)
    assert got[4_820] == ("rooms", JUNE_30)


def test_two_word_things_held_with_their_spaces() -> None:
    got = found(
        "At 30 June 2025 Larkmoor operated 1,106 car parks with 288,300 spaces in three countries."
    )
    assert got[1_106] == ("car parks", JUNE_30)
    assert got[288_300] == ("spaces", JUNE_30)


def test_places_held_across_homes() -> None:
    got = found("At 30 June 2025 we operated 6,310 beds across 52 homes.")
    assert got[6_310] == ("beds", JUNE_30)
    assert got[52] == ("homes", JUNE_30)


def test_rooms_of_lodges_opened_are_no_level() -> None:
    # guard
    got = found(
        "Larkmoor reported its results for the second quarter of 2025. In the quarter we "
        "opened 4 lodges with 310 rooms."
    )
    assert got.get(310, ("", ""))[1] != JUNE_30
