"""A column head that names its time and then what it counts ("Q3 2025 units | Q3 2024
units") is that quarter of each year: the year closes the quarter and is never read as a
count of "2024 units", which had put last year's cells under this year's quarter. Company
invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 10, 29)
REPORT = f"""Ostwald Beds third quarter
Slides
{DAY.isoformat()}

## Units by channel, Q3 2025

| Channel | Q3 2025 units | Q3 2024 units |
|---|---|---|
| Web shop | 31,400 | 29,900 |
| Stores | 18,200 | 17,700 |
"""


def test_each_column_is_its_own_years_quarter():
    found = extract(REPORT, published=DAY, entity=KnownEntity("Ostwald Beds")).proposals
    periods = {p.value: p.period for p in found}
    assert periods[31_400].start == date(2025, 7, 1)
    assert periods[29_900].start == date(2024, 7, 1)
    assert not any("2024" in p.metric or "2025" in p.metric for p in found)
