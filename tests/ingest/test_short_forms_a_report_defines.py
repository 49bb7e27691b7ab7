"""A short form the report defines for a money measure ("gross gaming revenue (GGR)") stands
for that measure wherever the report uses it after ("GGR for the
full year rose 11.8% to PHP 57.96 billion", "Fourth-quarter GGR was PHP 13.65 billion"),
with the words before it that narrow it ("VIP rolling chip GGR"): on 7afef13d the
figures had no measure and were lost. A percentage "of GGR" is a share, never the amount."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity(
    "Sampaguita Resorts Corp.", ("Sampaguita",), FiscalCalendar.of("12-31", "start")
)

TEXT = """Sampaguita posts record gaming revenue
The Manila Ledger
2032-02-26

Sampaguita Resorts Corp. reported record gross gaming revenue (GGR) for 2031 on Wednesday.

GGR for the full year rose 11.8% to PHP 57.96 billion from PHP 51.84 billion in 2030.
Fourth-quarter GGR was PHP 13.65 billion. Mass table GGR was PHP 30.2 billion for the year.

Its share of national GGR was 13.9% for the year.
"""


def test_a_defined_short_form_names_its_measure() -> None:
    found = extract(TEXT, published=date(2032, 2, 26), entity=ENTITY).proposals
    got = {(p.metric, p.value, f"{p.period.start}/{p.period.end}") for p in found}
    assert ("gross gaming revenue", 57_960_000_000, "2031-01-01/2031-12-31") in got
    assert ("gross gaming revenue", 51_840_000_000, "2030-01-01/2030-12-31") in got
    assert ("gross gaming revenue", 13_650_000_000, "2031-10-01/2031-12-31") in got
    assert ("mass table gross gaming revenue", 30_200_000_000, "2031-01-01/2031-12-31") in got
    shares = {p.metric for p in found if p.unit == "percent"}
    assert "gross gaming revenue" not in shares
