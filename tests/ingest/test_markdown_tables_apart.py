"""Two Markdown tables one below the other, each with its own heading row and rule ("| 2025
targets | |" then "| 2025 guidance | |"): two tables, each of its own kind, never the second's
rows read under the first's heading. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

DECK = """Orsolya Ovens investor presentation
test
2025-03-04

## Outlook

| 2025 targets | |
|---|---:|
| Export sales volume | 3.2 million units |

| 2025 guidance | |
|---|---:|
| Capital expenditure | USD 115 million |
"""


def test_a_heading_row_over_its_own_rule_starts_a_table():
    entity = KnownEntity("Orsolya Ovens", (), FiscalCalendar.of("12-31", "start"))
    out = extract(DECK, published=date(2025, 3, 4), entity=entity).proposals
    kinds = {p.value: p.kind for p in out}
    assert kinds[3200000.0] is Kind.TARGET
    assert kinds[115000000.0] is Kind.FORECAST
