"""A heading row with no figures that names a unit of mass ("| **Zinc production (kt)** | |")
gives that unit's scale to the rows below it, up to their total; a row naming a unit of its
own is past it. Invented miner and figures."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

REPORT = """Pallasca Mining: third quarter production report
test
2024-10-16

## Production summary

| | Q3 2024 | Q2 2024 | Q3 2023 | 9M 2024 | 9M 2023 |
|---|---|---|---|---|---|
| **Zinc production (kt)** | | | | | |
| Alto Mine (AM) | 34.2 | 31.8 | 30.5 | 98.6 | 90.1 |
| Bajo Mine | 19.1 | 18.4 | 20.7 | 56.0 | 61.2 |
| Total zinc production | 53.3 | 50.2 | 51.2 | 154.6 | 151.3 |
| Lead produced | 8.1 | 7.7 | 7.9 | 23.5 | 22.8 |
| Zinc sold (kt) | 52.1 | 49.6 | 50.8 | 151.2 | 149.0 |
"""


def _facts() -> dict[tuple[str, float], str]:
    entity = KnownEntity("Pallasca Mining", (), FiscalCalendar.of("12-31", "start"))
    out = extract(REPORT, published=date(2024, 10, 16), entity=entity).proposals
    return {(p.period.iso(), p.value): p.metric for p in out if p.unit == "units"}


def test_the_parts_and_their_total_below_the_heading_are_in_its_thousands_of_tonnes():
    facts = _facts()
    assert "production" in facts[("2024-07-01/2024-09-30", 34200.0)]
    assert "production" in facts[("2023-07-01/2023-09-30", 20700.0)]
    assert facts[("2024-01-01/2024-09-30", 154600.0)] == "zinc production"
    assert ("2024-07-01/2024-09-30", 53.3) not in facts


def test_a_row_after_the_total_keeps_its_own_numbers():
    facts = _facts()
    assert ("2024-07-01/2024-09-30", 8100.0) not in facts
    assert facts[("2024-07-01/2024-09-30", 52100.0)] == "zinc sold"
