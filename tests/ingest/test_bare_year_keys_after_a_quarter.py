"""A figure with no time of its own whose comparative is keyed by a bare year ("Revenue
£1,204m (2024: £1,150m)") is a year's figure, even right after a line on the fourth
quarter; a comparative keyed by its quarter keeps the quarter. Companies invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 2, 26)
SLIDES = f"""Orwell Yachts results presentation
Test Deck
{DAY.isoformat()}

[Slide 1] ORWELL YACHTS | Full-year results 2025

[Slide 2] Highlights
• Yachts delivered 412 (2024: 398)
• Q4 yachts delivered 131 (Q4 2024: 120)
• Revenue £1,204m (2024: £1,150m), +4.7%
"""


def test_a_bare_year_key_after_a_quarter_line_is_the_year_s():
    found = extract(SLIDES, published=DAY, entity=KnownEntity("Orwell Yachts", ())).proposals
    facts = {(p.period.iso(), p.value) for p in found}
    assert ("2025-01-01/2025-12-31", 1_204_000_000) in facts
    assert ("2024-01-01/2024-12-31", 1_150_000_000) in facts
    assert ("2025-10-01/2025-12-31", 131) in facts
    assert not any(period == "2025-10-01/2025-12-31" and v > 1e6 for period, v in facts)


RELEASE = f"""Orwell Yachts full-year results
Test Wire
{DAY.isoformat()}

Orwell Yachts delivered 131 yachts in the fourth quarter. Operating profit was £96 million,
compared with £88 million in 2024.
"""


def test_a_figure_compared_with_the_year_before_s_is_the_year_s():
    found = extract(RELEASE, published=DAY, entity=KnownEntity("Orwell Yachts", ())).proposals
    facts = {(p.period.iso(), p.value) for p in found}
    assert ("2025-01-01/2025-12-31", 96_000_000) in facts
    assert ("2024-01-01/2024-12-31", 88_000_000) in facts
    assert ("2025-10-01/2025-12-31", 131) in facts
