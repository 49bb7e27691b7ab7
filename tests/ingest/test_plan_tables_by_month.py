"""A plan for a year its caption names, with a column for each month it was stated ("FY32
volume target | Aug-31 (AGM) | Nov-31 | Feb-32 (now)"): the months had been read as the
plans' periods, a target of 132,000 tractors for November alone, wrong figures. They are the
months the successive statements were made: the caption's year is each plan's period, the
last column the current plan and the others those it replaced."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Karsan Tractors", ("Karsan",), FiscalCalendar.of("03-31", "end"))
SLIDES = """# Karsan Tractors investor presentation, Q3 FY32
Karsan Tractors Ltd
2032-02-10

### Slide 8 — FY32 outlook (revised)

| FY32 volume target | Aug-31 (AGM) | Nov-31   | Feb-32 (now) |
|--------------------|-------------:|---------:|-------------:|
| Total tractors     | 1,25,000     | 1,32,000 | **1,38,000** |
"""


def test_each_month_dates_a_statement_of_the_years_plan() -> None:
    found = extract(SLIDES, published=date(2032, 2, 10), entity=ENTITY).proposals
    plans = {p.value: p for p in found if p.kind is not Kind.ACTUAL}
    assert set(plans) == {125_000, 132_000, 138_000}, plans
    year = (date(2031, 4, 1), date(2032, 3, 31))
    assert all((p.period.start, p.period.end) == year for p in plans.values())
    assert plans[125_000].as_of < plans[132_000].as_of < plans[138_000].as_of
