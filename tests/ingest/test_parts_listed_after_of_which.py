"""The parts listed after "of which", or after "Of these" opening the next sentence, each
named by the words before its figure ("of which mills EUR 4.1bn and bakeries EUR 2.3bn")
or by the place after it ("of which 212 in the north and 149 in the south", "Of these,
640 are in Bavaria and 305 in Saxony"): each is the whole's measure for that part, on the
whole's period. Before, each part was read as the whole again, the figures clashed and
none was proposed. Guard: "of which 3.1 million in the fourth quarter" is a part of the
time, never a part named "fourth quarter". Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2032, 2, 19)
ENTITY = KnownEntity("Brackenmoor Mills", ("Brackenmoor",), CALENDAR)


def _found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Brackenmoor Mills results\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=ENTITY).proposals
    return {p.value: (p.metric, p.period.iso()) for p in found}


def test_parts_named_before_their_amounts() -> None:
    got = _found(
        "At 31 December 2031 Brackenmoor's order backlog was EUR 6.4bn, of which mills "
        "EUR 4.1bn and bakeries EUR 2.3bn."
    )
    assert set(got) >= {6_400_000_000, 4_100_000_000, 2_300_000_000}
    assert len({got[v][0] for v in (6_400_000_000, 4_100_000_000, 2_300_000_000)}) == 3
    assert "bakeries" in got[2_300_000_000][0].lower()


def test_parts_named_by_the_place_after_their_counts() -> None:
    got = _found(
        "At the end of 2031 Brackenmoor operated 361 bakeries, of which 212 in the north "
        "and 149 in the south."
    )
    assert set(got) >= {361, 212, 149}
    assert "north" in got[212][0].lower() and "south" in got[149][0].lower()
    assert got[149][1] == "2031-12-31/2031-12-31"


def test_parts_in_the_sentence_after_their_whole() -> None:
    got = _found(
        "Brackenmoor ran 945 bakeries at the end of 2031. Of these, 640 are in Bavaria and "
        "305 in Saxony."
    )
    assert set(got) >= {945, 640, 305}
    assert "bavaria" in got[640][0].lower() and "saxony" in got[305][0].lower()
    assert got[305][1] == "2031-12-31/2031-12-31"


def test_a_part_of_the_time_keeps_its_measure() -> None:
    # guard: a shorter span is no part's name
    got = _found(
        "Brackenmoor sold 11.2 million bags of flour in 2031, of which 3.1 million in the "
        "fourth quarter."
    )
    assert got[3_100_000][1] == "2031-10-01/2031-12-31"
    assert "quarter" not in got[3_100_000][0].lower()
