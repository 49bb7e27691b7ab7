"""A sentence opening on a "since" clause that tells a start in words the launch patterns do
not list ("Since our first furnace fired up in Aalborg in May 2009, we have sold ...") had
the start's month as the total's period; and a level under such a clause ("Since entering
Peru in 2014, the Company has opened a cumulative 512 stores ...") was counted on the last
day of the start's year. The clause's time starts a running total; a level is never counted
on it. A "since" of cause, with no perfect after it, still leaves the figure its period."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Brenmoor Glass", ("Brenmoor",), CALENDAR)
REVIEW = """Brenmoor Glass annual review
Brenmoor Glass plc
2031-03-02

Revenue for 2030 was £812 million. Since our first furnace fired up in Aalborg in May 2009, we
have sold more than 3.4 million tonnes of float glass.

Since entering Peru in 2014, the Company has opened a cumulative 512 stores in the region
through December 31, 2030.

Since demand recovered in March, fourth-quarter revenue was £230 million.
"""


def _found():
    return extract(REVIEW, published=date(2031, 3, 2), entity=ENTITY).proposals


def test_a_since_clause_starts_a_running_total() -> None:
    glass = [p for p in _found() if p.value == 3_400_000]
    assert glass, _found()
    assert all(p.period.start == date(2009, 5, 1) for p in glass)
    assert all(p.period.end.year == 2030 for p in glass)


def test_a_level_is_never_counted_on_the_start() -> None:
    assert not [p for p in _found() if p.value == 512 and p.period.end.year == 2014]


def test_a_since_of_cause_leaves_the_quarter() -> None:
    quarter = [p for p in _found() if p.value == 230_000_000]
    assert quarter and quarter[0].period.start == date(2030, 10, 1)
