"""A row of a table in millions of money that counts deeds done ("Grooming sessions
performed  41,250") or days ("Working days  251") is a count as written, never millions of
the table's currency. Company invented here."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 5, 20)
ENTITY = KnownEntity("Vellacourt Pet Care", (), FiscalCalendar.of("03-31", "start"))
PAGE = f"""Vellacourt Pet Care fiscal 2025 results
Test Wire
{DAY.isoformat()}

Vellacourt Pet Care reported revenue of C$612.4 million for fiscal 2025.

| (C$ millions unless noted)   | Fiscal 2025 | Fiscal 2024 | Change |
|---|---|---|---|
| Grooming revenue             | 402.1       | 388.0       | +3.6%  |
| Boarding revenue             | 210.3       | 199.5       | +5.4%  |
| Grooming sessions performed  | 41,250      | 40,110      | +2.8%  |
| Working days                 | 251         | 253         |        |
"""


def test_deeds_and_days_are_counts_not_money():
    found = extract(PAGE, published=DAY, entity=ENTITY).proposals
    assert not any(p.unit == "CAD" and p.value in (41_250e6, 40_110e6, 251e6, 253e6) for p in found)
    sessions = [p for p in found if p.value == 41_250]
    assert sessions and sessions[0].unit == "units"
    assert "performed" in sessions[0].metric
    assert any(p.unit == "CAD" and p.value == 402_100_000 for p in found)
