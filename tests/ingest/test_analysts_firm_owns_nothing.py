"""A firm named after a company's figures only as the home of the analysts whose expectation
the figures are set against ("..., short of the $310 million analysts at Harwell & Co had
expected") owns none of them: they stay the company's (an invented seed breeder's story)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

STORY = """Quorra Seeds cuts outlook
Agri Wire
2026-06-17

Quorra Seeds cut its sales outlook on Wednesday.

Net sales in the third quarter edged up 2.1% to $298.4 million from $292.3 million a year
earlier, well short of the $310 million analysts at Harwell & Co had expected.
"""


def test_the_figures_before_the_analysts_firm_are_the_companys():
    entity = KnownEntity("Quorra Seeds", ("Quorra",), FiscalCalendar())
    found = extract(STORY, published=date(2026, 6, 17), entity=entity).proposals
    values = {p.value for p in found if p.entity == "Quorra Seeds"}
    assert {298_400_000, 292_300_000} <= values
    assert 310_000_000 not in {p.value for p in found}
