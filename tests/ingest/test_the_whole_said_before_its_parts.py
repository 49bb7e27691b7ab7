"""Two amounts of the prose read under one measure and one period: the first said and
largest is the whole, a later smaller one a part whose sentence names it loosely ("Our
rental platform, Trailhead, delivered $298.4 million of revenue in the half"). Before, the
clash proposed neither; now the whole stands. Guard: a later larger amount still clashes.
Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from tests.ingest.invented import KnownEntity, named_and_dated

OUTFITTER = KnownEntity("Pellmere Outfitters", ("Pellmere",), CALENDAR)
DAY = date(2025, 8, 20)
HALF = "2025-01-01/2025-06-30"


def found(body: str) -> dict[float, tuple[str, str]]:
    return named_and_dated(body, OUTFITTER, DAY, "Pellmere Outfitters half-year results")


WHOLE = (
    "Pellmere Outfitters reported revenue of $812.4 million for the first half of 2025, "
    "against $760.2 million a year earlier."
)


def test_the_whole_stands_against_a_later_part() -> None:
    got = found(
        WHOLE + "\n\nOur rental platform, Trailhead, delivered $298.4 million of revenue in "
        "the half."
    )
    assert got[812_400_000] == ("revenue", HALF)
    assert 298_400_000 not in got


def test_a_later_larger_amount_still_clashes() -> None:
    # guard: the first is no whole of a larger figure said after it
    got = found(
        WHOLE + "\n\nOur rental platform, Trailhead, delivered $998.4 million of revenue in "
        "the half."
    )
    assert 812_400_000 not in got and 998_400_000 not in got
