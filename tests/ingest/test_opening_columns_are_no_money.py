"""A column of openings ("Opened in H1 2026") in a report whose amounts are "in PLN m unless
stated" counts what opened, never millions of money. Invented grocer."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

FACTSHEET = """Zielony Rynek S.A. investor factsheet
test
2026-08-27

*All amounts in PLN m unless stated*

## Dark store network at 30 June 2026

| City | Dark stores | Opened in H1 2026 |
|---|---:|---:|
| Warszawa | 8 | 1 |
| Kraków | 4 | 2 |
| **Total** | **12** | **3** |
"""


def test_a_column_of_openings_is_never_money():
    entity = KnownEntity("Zielony Rynek", (), FiscalCalendar.of("12-31", "start"))
    out = extract(FACTSHEET, published=date(2026, 8, 27), entity=entity).proposals
    assert not any(p.unit == "PLN" for p in out)
