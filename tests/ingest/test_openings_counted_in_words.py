"""Counts of outlets opened or closed written in words ("we opened nineteen kiosks and
closed five", "we opened thirty-two depots and closed three"): read as the digits would
be, openings and closures over the period. Before, a number word was no figure at all.
Guard: a number word beside no verb or noun of opening or closing ("two large customers")
stays unread. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 7)
LEAD = "Quillan Coffee reported its results for the second quarter of 2025. "


def found(body: str) -> dict[float, tuple[str, str]]:
    text = f"Quillan Coffee letter\nTest Letters\n{DAY.isoformat()}\n\n{LEAD}{body}\n"
    entity = KnownEntity("Quillan Coffee", ("Quillan",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


QUARTER = "2025-04-01/2025-06-30"


def test_openings_and_closings_after_their_verbs() -> None:
    got = found("We opened nineteen kiosks and closed five in the quarter.")
    assert got[19] == ("kiosk openings", QUARTER)
    assert got[5] == ("kiosk closures", QUARTER)


def test_a_hyphenated_count_and_a_count_with_its_noun_left_out() -> None:
    got = found("In the quarter we opened thirty-two depots and closed three.")
    assert got[32] == ("depot openings", QUARTER)
    assert got[3] == ("depot closures", QUARTER)


def test_number_words_beside_no_opening_stay_unread() -> None:
    # guard
    got = found("Two large customers deferred orders into the third quarter.")
    assert 2 not in got
