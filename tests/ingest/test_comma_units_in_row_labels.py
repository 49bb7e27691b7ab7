"""A row label stating its own unit after a comma, under a corner note "SEK m unless stated"
("Cans shipped, million", "Net price per can, SEK"): the cans had been read as millions of
kronor and the price as 12.68 million kronor, wrong figures. A scale word counts the row's
things in that scale (unless the row names money); a currency alone gives amounts as written;
the unit leaves the name."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Vallstrom Snus", ("Vallstrom",), CALENDAR)
REPORT = """Vallstrom Snus interim report
Vallstrom Snus AB
2031-10-23

KEY FIGURES

| SEK m unless stated | Q3 2031 | Q3 2030 |
|---|---|---|
| Cans shipped, million | 88.4 | 80.2 |
| Net sales | 1,121 | 1,005 |
| Net price per can, SEK | 12.68 | 12.53 |
| Net sales, million | 1,121 | 1,005 |
"""


def _this_quarter() -> dict[str, tuple[float, str]]:
    found = extract(REPORT, published=date(2031, 10, 23), entity=ENTITY).proposals
    return {p.metric: (p.value, p.unit) for p in found if p.period.start == date(2031, 7, 1)}


def test_a_count_in_millions_stated_after_a_comma() -> None:
    assert _this_quarter()["cans shipped"] == (88_400_000, "units")


def test_a_price_in_the_currency_stated_after_a_comma() -> None:
    assert _this_quarter()["net price per can"] == (12.68, "SEK")


def test_money_keeps_the_tables_currency() -> None:
    assert _this_quarter()["net sales"] == (1_121_000_000, "SEK")
