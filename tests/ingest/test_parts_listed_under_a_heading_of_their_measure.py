"""A list of parts' percentages under a heading naming the measure and how it is split
("Like-for-like growth by country" over "- Netherlands: +4.2%", "- Belgium: -1.3%") is
that measure of each part ("Netherlands like-for-like growth"): before, an item of a label
and a bare percentage named no measure and nothing was proposed. Guard: under a heading
naming no split the items stay unread. Invented company and wording (fails on the code
before)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.clauses.headed_parts import part_head
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

VOSSENBERG = KnownEntity("Vossenberg Bakeries", ("Vossenberg",), CALENDAR)
DAY = date(2025, 8, 14)


def found(body: str) -> set[tuple[float, str]]:
    return {
        (p.value, p.period.iso())
        for p in proposals(body, VOSSENBERG, DAY, "Vossenberg Bakeries first half")
    }


def test_the_heading_names_its_measure():
    assert part_head("Like-for-like growth by country in the first half:") == (
        "like-for-like growth"
    )
    assert part_head("Revenue rose 4% by the end of June.") is None


def test_parts_under_a_heading_of_their_measure():
    got = found(
        "Vossenberg Bakeries reported its first-half results.\n\n"
        "Like-for-like growth by country in the first half:\n\n"
        "- Netherlands: +4.2%\n"
        "- Belgium: -1.3%\n"
    )
    assert (4.2, "2025-01-01/2025-06-30") in got
    assert (-1.3, "2025-01-01/2025-06-30") in got


def test_items_under_a_heading_of_no_split():
    # guard
    got = found(
        "Vossenberg Bakeries reported its first-half results.\n\n"
        "Highlights of the first half:\n\n"
        "- Netherlands: +4.2%\n"
    )
    assert (4.2, "2025-01-01/2025-06-30") not in got
