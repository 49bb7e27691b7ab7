"""A table's caption that gives its count's scale in words with no brackets ("thousand units",
"Sales volumes, thousand units") scales its rows as "(thousand units)" does. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

CALENDAR = FiscalCalendar.of("12-31", "start")

MARKDOWN = """Orsolya Ovens investor presentation
test
2025-03-04

## Sales volumes

| thousand units | Q4 2024 | Q4 2023 | FY2024 | FY2023 |
|---|---:|---:|---:|---:|
| Domestic | 468 | 491 | 1,842 | 1,965 |
| Export | 731 | 779 | 2,910 | 3,021 |
"""

ALIGNED = """Orsolya Ovens half-year operating data
test
2025-07-29

Sales volumes, thousand units          Q2 2025      H1 2025      H1 2024
  Domestic                                 463          905          884
  Export                                   688        1,386        1,452
"""


def _facts(text: str, day: date) -> set[tuple[str, float]]:
    entity = KnownEntity("Orsolya Ovens", (), CALENDAR)
    out = extract(text, published=day, entity=entity).proposals
    return {(p.period.iso(), p.value) for p in out if p.unit == "units"}


def test_a_caption_of_thousand_units_scales_a_markdown_table():
    facts = _facts(MARKDOWN, date(2025, 3, 4))
    assert ("2024-01-01/2024-12-31", 1842000.0) in facts
    assert ("2023-10-01/2023-12-31", 779000.0) in facts


def test_a_caption_ending_in_thousand_units_scales_an_aligned_table():
    facts = _facts(ALIGNED, date(2025, 7, 29))
    assert ("2025-04-01/2025-06-30", 463000.0) in facts
    assert ("2024-01-01/2024-06-30", 1452000.0) in facts
    assert ("2025-04-01/2025-06-30", 463.0) not in facts
