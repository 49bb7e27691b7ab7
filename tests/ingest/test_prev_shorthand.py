"""A thread's shorthand for the range a guide replaced ("(prev €1.2-1.3bn)", or "(was ...)"
after a plan) is the earlier statement: dated before the new range, never a second figure
of the same day (an invented toolmaker's thread and note)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

THREAD = """Aldren thread
Sellside notes
2025-10-23

3/ New FY25 guide: sales €4.1-4.3bn (prev €3.9-4.1bn).
"""


def test_the_prev_range_is_dated_before_the_new_one():
    entity = KnownEntity("Aldren Tools", ("Aldren",), FiscalCalendar())
    found = extract(THREAD, published=date(2025, 10, 23), entity=entity).proposals
    by_value = {(p.value, p.value_high): p for p in found}
    new, old = by_value[(4.1e9, 4.3e9)], by_value[(3.9e9, 4.1e9)]
    assert new.period == old.period and new.metric == old.metric
    assert old.as_of < new.as_of == date(2025, 10, 23)


NOTE = """Aldren note
Sellside notes
2025-10-23

Aldren raised its 2025 revenue guidance to $4.1-4.3bn (was $3.9-4.1bn).
"""


def test_was_after_a_plan_is_the_plan_it_replaced():
    entity = KnownEntity("Aldren Tools", ("Aldren",), FiscalCalendar())
    found = extract(NOTE, published=date(2025, 10, 23), entity=entity).proposals
    by_value = {(p.value, p.value_high): p for p in found}
    new, old = by_value[(4.1e9, 4.3e9)], by_value[(3.9e9, 4.1e9)]
    assert new.kind == old.kind and new.period == old.period
    assert old.as_of < new.as_of
