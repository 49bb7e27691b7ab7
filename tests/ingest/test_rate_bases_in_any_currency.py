"""The base after a rate and the level it reached ("fell 25.2% to Rs 98.6 crore from Rs 131.9
crore") is the same measure a year before, whatever the amounts' currency and scale words:
"Rs ... crore" as "$... million". Invented company and figures."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

APRIL_YEARS = FiscalCalendar.of("03-31", "end")

STORY = """Marigold Tiles profit slides in second quarter
The Paper (corpus)
2025-11-06

Revenue from operations for the second quarter of FY26 stood at Rs 1,142.8 crore, against
Rs 1,176.5 crore in the year-ago quarter. Net profit fell 25.2% to Rs 98.6 crore from Rs 131.9
crore.
"""


def _facts(text: str) -> dict[tuple[str, float], str]:
    entity = KnownEntity("Marigold Tiles", (), APRIL_YEARS)
    out = extract(text, published=date(2025, 11, 6), entity=entity).proposals
    return {(p.period.iso(), p.value): p.metric for p in out}


def test_the_base_after_a_rate_and_a_level_in_crore_is_the_year_before():
    facts = _facts(STORY)
    assert facts[("2025-07-01/2025-09-30", 986000000.0)] == "net profit"
    assert facts[("2024-07-01/2024-09-30", 1319000000.0)] == "net profit"


def test_a_sequential_rate_s_base_is_never_the_year_before():
    facts = _facts(STORY.replace("fell 25.2% to", "fell 25.2% quarter on quarter to"))
    assert ("2024-07-01/2024-09-30", 1319000000.0) not in facts
