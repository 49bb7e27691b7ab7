"""A row whose label names the day of each column's year it counts at ("Centres owned at
30 June", "Occupancy at 30 June", "Stores at December 31") is a level on that day of each
year, named without the day (on 3f25a2a such rows named no metric and were lost). Guard: a
row with no day ("Total revenue") stays the year's."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Coorong Storage REIT", ("Coorong",), FiscalCalendar.of("06-30", "end"))

TEXT = """Coorong Storage REIT full-year results
Newsletter
2031-08-20

| Coorong Storage REIT | FY31 | FY30 |
|---|---|---|
| Total revenue (A$m) | 201.4 | 186.9 |
| Occupancy at 30 June | 89.2% | 87.1% |
| Centres owned at 30 June | 131 | 121 |
"""


def test_rows_counted_at_a_day_of_each_year() -> None:
    found = extract(TEXT, published=date(2031, 8, 20), entity=ENTITY).proposals
    got = {(p.metric, p.value, f"{p.period.start}/{p.period.end}") for p in found}
    assert ("centres owned", 131, "2031-06-30/2031-06-30") in got
    assert ("centres owned", 121, "2030-06-30/2030-06-30") in got
    assert ("occupancy", 89.2, "2031-06-30/2031-06-30") in got
    assert ("revenue", 201_400_000, "2030-07-01/2031-06-30") in got
