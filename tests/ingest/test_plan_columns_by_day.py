"""A plan's table whose columns are headed by the bare days it was stated ("2025 outlook |
February 3 | May 6 | August 5 (current)"): each column is the plan as stated that day, for
the caption's year, the last the current one; never periods of their own (an invented
shipbuilder's call notes)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

NOTES = """Halvard Yards call notes
Halvard investor relations
2025-08-06

Our 2025 outlook now compares with the earlier versions as follows:

| 2025 outlook | February 3 | May 6 | August 5 (current) |
|---|---|---|---|
| Revenue | $8.0B – $8.4B | $8.2B – $8.6B | $8.5B – $8.8B |
"""


def test_each_day_column_is_the_plan_stated_that_day():
    entity = KnownEntity("Halvard Yards", ("Halvard",), FiscalCalendar())
    found = extract(NOTES, published=date(2025, 8, 6), entity=entity).proposals
    plans = {(p.value, p.value_high): p for p in found if p.value_high is not None}
    assert {k: p.as_of for k, p in plans.items()} == {
        (8.0e9, 8.4e9): date(2025, 2, 3),
        (8.2e9, 8.6e9): date(2025, 5, 6),
        (8.5e9, 8.8e9): date(2025, 8, 5),
    }
    assert {p.period.iso() for p in plans.values()} == {"2025-01-01/2025-12-31"}
    assert {p.kind.value for p in plans.values()} == {"forecast"}
