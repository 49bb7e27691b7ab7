"""A named source that "puts" a measure at a figure, even with what it is set apart by
commas ("The Harbour Drinks Index, an industry tracker, puts ..."), gives its own figure,
not the company's; the company putting its own figure somewhere stays (invented)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

STORY = """Glenmorrow results
The Drinks Ledger
2026-02-10

Glenmorrow Distillers sold 12.4 million cases in 2025. The Harbour Drinks Index, an industry
tracker, puts US whisky volumes down 3.1% in 2025. Separately, researcher Caskwise pegs the
premium segment at 41 million cases.
"""


def test_a_source_that_puts_a_figure_gives_its_own():
    entity = KnownEntity("Glenmorrow Distillers", ("Glenmorrow",), FiscalCalendar())
    values = {p.value for p in extract(STORY, published=date(2026, 2, 10), entity=entity).proposals}
    assert 12_400_000 in values
    assert -3.1 not in values and 3.1 not in values
    assert 41_000_000 not in values
