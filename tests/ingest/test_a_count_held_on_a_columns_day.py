"""A bare count under a column headed by a day ("30 Sep 2025 | 31 Mar 2025"), its label
naming what is held ("Kiosks owned 1,482", "Concessions 2,445"): a level on that day. Before,
only labels the level vocabulary names (stores, employees, backlog) were read under a day,
and the rest of the table was lost. Guards: a flow under a day ("Kiosks opened", "Tickets
sold") stays unread, and a decimal with no note saying its scale ("Northern region 104.6")
is no count. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 11, 12)
TEXT = f"""Pellham Leisure interim results
Test Releases
{DAY.isoformat()}

Pellham Leisure reported its results for the six months to 30 September 2025.

| | 30 Sep 2025 | 31 Mar 2025 |
|---|---|---|
| Kiosks owned | 1,482 | 1,441 |
| Concessions | 2,445 | 2,338 |
| Kiosks opened | 52 | 97 |
| Tickets sold | 81,200 | 160,400 |
| Northern region | 104.6 | 99.8 |
"""


def found() -> dict[float, tuple[str, str]]:
    entity = KnownEntity("Pellham Leisure", ("Pellham",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(TEXT, published=DAY, entity=entity).proposals
    }


def test_a_held_count_is_a_level_on_the_columns_day():
    got = found()
    assert got[1_482] == ("kiosks owned", "2025-09-30/2025-09-30")
    assert got[1_441] == ("kiosks owned", "2025-03-31/2025-03-31")
    assert got[2_445] == ("concessions", "2025-09-30/2025-09-30")


def test_a_flow_under_a_day_is_not_read():
    # guard
    got = found()
    assert 52 not in got and 81_200 not in got


def test_a_decimal_with_no_note_is_no_count():
    # guard
    assert 104.6 not in found()
