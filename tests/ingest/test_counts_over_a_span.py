"""A count said to be monthly, daily or an average ("Monthly active users") is a count over
its column's span, never a level on the span's last day; a plain level still is."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Quenby Apps", ("Quenby",), FiscalCalendar.of("12-31", "start"))
TEXT = """Quenby Apps third-quarter figures
Wire
2031-11-04

Quenby Apps reported its third-quarter figures.

| (millions)                 | Q3 2031 | Q3 2030 |
|----------------------------|---------|---------|
| Monthly active users       | 48.2    | 44.9    |
| Registered customers       | 120.4   | 109.8   |
"""


def test_monthly_counts_span_the_quarter_and_levels_sit_on_its_last_day() -> None:
    found = extract(TEXT, published=date(2031, 11, 4), entity=ENTITY).proposals
    periods = {p.value: (p.period.start, p.period.end) for p in found}
    assert periods[48.2e6] == (date(2031, 7, 1), date(2031, 9, 30))
    assert periods[120.4e6] == (date(2031, 9, 30), date(2031, 9, 30))
