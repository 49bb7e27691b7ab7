"""A span of months "to the end of" a month ends with that month: "the three months to the
end of September" is the quarter, never September alone (an invented jeweller's update)."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

UPDATE = """Ostrava Jewels trading update
Ostrava Jewels newsroom
2025-10-16

Revenue for the three months to the end of September came to €612 million.
Revenue for the nine months to the end of September 2025 was €1.84 billion.
"""


def test_months_to_the_end_of_a_month():
    entity = KnownEntity("Ostrava Jewels", ("Ostrava",), FiscalCalendar())
    found = {
        p.value: p.period
        for p in extract(UPDATE, published=date(2025, 10, 16), entity=entity).proposals
    }
    assert found[612_000_000] == Period(date(2025, 7, 1), date(2025, 9, 30))
    assert found[1_840_000_000] == Period(date(2025, 1, 1), date(2025, 9, 30))
