"""The day a plan was set, told before it ("We remain committed to the target I set at our
investor day on September 17: $1.5 billion of ARR by the end of fiscal 2032"): the day had
keyed the figure as its label and become the target's period, a wrong day for the plan (and a
plan for a day already past). It dates the statement; the target counts on the last day of
the year it names."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Ostrel Cloud", ("Ostrel",), FiscalCalendar.of("10-31", "end"))
REMARKS = """Ostrel Cloud second-quarter remarks
Ostrel Cloud Inc
2031-06-04

Revenue for the quarter was $412.3 million. We also remain committed to the target I set at our
investor day on September 17: $1.5 billion of ARR by the end of fiscal 2032.
"""


def test_the_target_counts_on_the_years_last_day() -> None:
    found = extract(REMARKS, published=date(2031, 6, 4), entity=ENTITY).proposals
    target = [p for p in found if p.value == 1_500_000_000]
    assert target, found
    assert all(p.period.start == p.period.end == date(2032, 10, 31) for p in target)
