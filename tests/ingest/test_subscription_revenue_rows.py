"""A "Subscription" row in a table of revenue in $ million is a revenue line over the
column's period, in the table's money; a "Subscribers" row is a count. Companies invented
here."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 6, 3)
PAGE = f"""Harrowgate Software second quarter
Test Wire
{DAY.isoformat()}

Harrowgate Software reported second-quarter revenue of $214.0 million for the quarter, February
through April.

| Q2 FY2026 revenue | $ million |
| Subscription | 188.4 |
| Professional services | 25.6 |
"""


def test_a_subscription_row_is_revenue_over_the_period():
    entity = KnownEntity("Harrowgate Software", (), FiscalCalendar.of("10-31", "end"))
    found = extract(PAGE, published=DAY, entity=entity).proposals
    facts = {(p.period.iso(), p.value, p.unit) for p in found}
    assert ("2026-02-01/2026-04-30", 188_400_000, "USD") in facts
    assert not any(value == 188.4 for _, value, _ in facts)
