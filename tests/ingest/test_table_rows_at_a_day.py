"""A table row whose label names the day it counts on ("Fish in pens at 31 December
(tonnes)") is a level on that day of each column's year, whatever it counts. Invented
report."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

REPORT = """Lofoten Havbruk annual results 2025
Test Exchange
2026-02-12

Lofoten Havbruk ASA reports its results for 2025.

| Key figures | 2025 | 2024 |
|---|---|---|
| Revenue (NOK million) | 8,412 | 7,906 |
| Fish in pens at 31 December (tonnes) | 71,300 | 68,900 |
"""


def test_a_row_counted_at_a_day_is_that_days_level():
    found = {
        p.value: p.period.iso()
        for p in extract(
            REPORT,
            published=date(2026, 2, 12),
            entity=KnownEntity("Lofoten Havbruk ASA", ("Lofoten Havbruk",), CALENDAR),
        ).proposals
    }
    assert found[71_300] == "2025-12-31/2025-12-31"
    assert found[68_900] == "2024-12-31/2024-12-31"
    assert found[8_412_000_000] == "2025-01-01/2025-12-31"
