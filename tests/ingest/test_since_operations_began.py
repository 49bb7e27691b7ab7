"""A total "since it began operations in <month>" runs from that month to the day the text
names; it is never the month's own figure. A plan for a period long over when stated is a
misread period, never proposed."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Quenby Instruments", ("Quenby",), FiscalCalendar.of("12-31", "start"))


def _found(body: str):
    text = f"Quenby Instruments update\nWire\n2025-10-23\n\n{body}\n"
    return extract(text, published=date(2025, 10, 23), entity=ENTITY).proposals


def test_a_total_since_operations_began_runs_to_the_day_named() -> None:
    found = _found(
        "Quenby said it had sold 2.4 million sensors as of December 31, 2024, since it "
        "began operations in March 2004."
    )
    assert [(p.value, p.period.start, p.period.end) for p in found] == [
        (2.4e6, date(2004, 3, 1), date(2024, 12, 31))
    ]


def test_a_total_since_operations_began_is_never_the_months() -> None:
    found = _found(
        "Quenby said it has now sold 2.4 million sensors since it began operations in March 2004."
    )
    assert all(p.period.start.year != 2004 or p.period.end.year != 2004 for p in found)


def test_no_plan_for_a_period_long_over() -> None:
    found = _found("Quenby expects 2023 sales of 5.1 million sensors, it said in a note.")
    assert not [p for p in found if p.kind is not Kind.ACTUAL and p.period.end.year == 2023]
