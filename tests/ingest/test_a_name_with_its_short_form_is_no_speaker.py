"""A list item that opens with a programme's name and its short form, "Loyal Rinse Club
(LRC) members: 1.42M at June 30", was read on 768d1894 as a turn spoken by a person
("Loyal Rinse Club") for a firm ("LRC"), so its whole paragraph, every item of the
highlights list, was left out as someone else's words. A bracket followed by more words,
or holding the initials of the words before it, is a short form, never a speaker's firm.
Guard: "Mei Lin (Keston Capital): ..." in a call is still an outsider's turn."""

from __future__ import annotations

from datetime import date

from bot.facts.periods.fiscal_calendar import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Sudsbury Car Wash", ("Sudsbury",), FiscalCalendar.of("12-31", "start"))

SLIDES = """Sudsbury Car Wash, Inc. - Second Quarter 2031 Earnings Presentation
Sudsbury investor relations
2031-08-06

Q2 2031 Highlights
• Net revenue $121.6M vs. $110.2M in Q2 2030
• Loyal Rinse Club (LRC) members: 1.42M at June 30, 2031
• Comparable store sales +3.2%
"""

CALL = """Sudsbury Car Wash second-quarter 2031 call
Transcript
2031-08-06

Dana Reyes (CFO): Net revenue was $121.6 million in the second quarter of 2031.

Mei Lin (Keston Capital): We had you at $125.0 million in the second quarter of 2031.
"""


def _values(text: str) -> set[float]:
    found = extract(text, published=date(2031, 8, 6), entity=ENTITY).proposals
    return {p.value for p in found}


def test_a_short_form_in_an_item_leaves_the_list_the_company_s() -> None:
    got = _values(SLIDES)
    assert {121_600_000, 110_200_000, 1_420_000, 3.2} <= got


def test_an_analyst_s_turn_is_still_theirs() -> None:
    got = _values(CALL)
    assert 121_600_000 in got
    assert 125_000_000 not in got
