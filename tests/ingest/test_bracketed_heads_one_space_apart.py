"""A stacked header's second line of bracketed spans set one space apart ("(Jan 25 – Dec 25)
(Jan 24 – Dec 24)") stands over two columns, one bracket each: before, the two brackets were
one cell over both columns, both columns got the first span and the table's level columns
were dropped. Guard: words one space apart in a head stay one cell ("Net sales (EUR m)").
Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 3, 4)
SEPTEMBER_YEARS = FiscalCalendar.of("09-30", "end")

TABLE = """Corvina Growers FY2025 results
Test Release
{day}

Corvina Growers today reported results for the fiscal year ended September 30, 2025.

                                        FY2025            FY2024      Change
{spans}Net sales (EUR million)                  512.4             488.0       +5.0%
Gross profit (EUR million)               101.9              97.3       +4.7%

Corvina Growers packs fruit for export.
"""


def periods(spans: str) -> dict[float, str]:
    text = TABLE.format(day=DAY.isoformat(), spans=spans)
    entity = KnownEntity("Corvina Growers", ("Corvina",), SEPTEMBER_YEARS)
    return {p.value: p.period.iso() for p in extract(text, published=DAY, entity=entity).proposals}


def test_two_bracketed_spans_one_space_apart_head_two_columns():
    found = periods("                                (Oct 24 – Sep 25) (Oct 23 – Sep 24)\n")
    assert found[512_400_000] == "2024-10-01/2025-09-30"
    assert found[488_000_000] == "2023-10-01/2024-09-30"
    assert found[97_300_000] == "2023-10-01/2024-09-30"


def test_words_one_space_apart_stay_one_cell():
    # guard: the table without the second line reads as before (its heads, "Net sales (EUR
    # million)" among them, one cell each)
    found = periods("")
    assert found[512_400_000] == "2024-10-01/2025-09-30"
    assert found[488_000_000] == "2023-10-01/2024-09-30"
