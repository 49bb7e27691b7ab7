"""A row that notes its cells are a plain count ("(number)", "(no.)") in a table of money
"unless stated": a count as written, never millions of the table's currency (an invented
recruiter's key figures)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

RELEASE = """Brightwell Recruitment: full-year results
Brightwell newsroom
2026-02-12

| EUR million unless stated      | FY2025  | FY2024  |
|--------------------------------|---------|---------|
| Revenue                        | 1,204.5 | 1,188.0 |
| Permanent placements (number)  | 6,420   | 6,910   |
| Offices (no.)                  | 212     | 219     |
"""


def test_a_count_row_keeps_its_count():
    entity = KnownEntity("Brightwell Recruitment", ("Brightwell",), FiscalCalendar())
    found = extract(RELEASE, published=date(2026, 2, 12), entity=entity).proposals
    facts = {(p.value, p.unit) for p in found}
    assert (1_204_500_000, "EUR") in facts
    assert (6_420, "units") in facts and (6_910, "units") in facts
    assert not any(u == "EUR" and v in (6_420e6, 212e6) for v, u in facts)
