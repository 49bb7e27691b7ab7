"""A revision table's headings that date each statement with no year ("Previous (Nov 11)",
"Revised (Feb 10)"): each is the day that column was stated, in the latest year it could
be by the report's date, never a month of 2011 or 2010 read as the period (an invented drug
maker's quarterly summary)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

SUMMARY = """Sorabe Pharma nine-month summary
Sorabe investor relations
2026-02-10

## Forecast revision (FY2025, year to Mar 2026)

| | Previous (Nov 11) | Revised (Feb 10) |
|---|---|---|
| Net sales | ¥148.0 bn | ¥141.5 bn |
"""


def test_each_column_is_stated_on_its_day():
    entity = KnownEntity("Sorabe Pharma", ("Sorabe",), FiscalCalendar.of("03-31", "start"))
    found = extract(SUMMARY, published=date(2026, 2, 10), entity=entity).proposals
    by_value = {p.value: p for p in found}
    old, new = by_value[148e9], by_value[141.5e9]
    assert old.period == new.period and old.period.iso() == "2025-04-01/2026-03-31"
    assert (old.as_of, new.as_of) == (date(2025, 11, 11), date(2026, 2, 10))
    assert old.kind.value == new.kind.value == "forecast"
