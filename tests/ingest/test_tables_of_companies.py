"""A table whose rows are companies ("Operator", "Competitor"), the company one of them:
only the company's own row is its figure (an invented airport group's market table); a
table by segment keeps every row."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Carrowmore Airports", ("Carrowmore",), FiscalCalendar())

MARKET = """Carrowmore Airports: 2025 traffic
Regional Aviation Weekly
2026-01-20

Carrowmore Airports handled 31.2 million passengers in 2025, up 3.1% on 2024.

| Airport operator (2025)  | Passengers (m) | Change |
|--------------------------|----------------|--------|
| Dunmere Aviation Group   | 44.80          | +5.2%  |
| Carrowmore Airports      | 31.20          | +3.1%  |
| Ballyvane Airport Co     | 12.70          | -0.8%  |
"""

SEGMENTS = """Carrowmore Airports: 2025 traffic by airport
Carrowmore Airports newsroom
2026-01-20

| Airport (2025) | Passengers (m) |
|----------------|----------------|
| Northgate      | 18.40          |
| Southmoor      | 12.80          |
"""


def _values(text: str) -> set[float]:
    found = extract(text, published=date(2026, 1, 20), entity=ENTITY).proposals
    return {p.value for p in found}


def test_other_companies_rows_are_theirs():
    values = _values(MARKET)
    assert 31_200_000 in values
    assert 44_800_000 not in values and 12_700_000 not in values
    assert 5.2 not in values and -0.8 not in values


def test_a_table_by_segment_keeps_its_rows():
    values = _values(SEGMENTS)
    assert {18_400_000, 12_800_000} <= values
