"""A paragraph that opens on a year and singles out a part of it in passing: the next
paragraph goes on about the year, not the quarter named last. Invented reports."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract


def periods(body: str) -> dict[float, str]:
    text = f"Ostrava Pumps posts record year\nTest Wire\n2026-02-12\n\n{body}\n"
    found = extract(
        text,
        published=date(2026, 2, 12),
        entity=KnownEntity("Ostrava Pumps", ("Ostrava",), CALENDAR),
    ).proposals
    return {p.value: p.period.iso() for p in found}


def test_the_paragraph_after_a_quarter_named_in_passing_is_about_the_year():
    found = periods(
        "Ostrava Pumps sold 48,200 pumps last year, the company said on Thursday.\n\n"
        "The 2025 total compares with 41,900 in 2024. Revenue in the fourth quarter came to "
        "171.3 million euros, the best quarter yet.\n\n"
        "Operating profit rose to 88.6 million euros from 70.2 million euros a year earlier."
    )
    assert found[171_300_000] == "2025-10-01/2025-12-31"
    assert found[88_600_000] == "2025-01-01/2025-12-31"


def test_a_paragraph_that_opens_on_the_quarter_keeps_it_for_the_next():
    found = periods(
        "Ostrava Pumps sold 48,200 pumps last year, the company said on Thursday.\n\n"
        "In the fourth quarter, pumps sold came to 14,100, the best quarter yet.\n\n"
        "Revenue in the quarter rose to 171.3 million euros."
    )
    assert found[171_300_000] == "2025-10-01/2025-12-31"


def test_a_figure_set_back_a_year_leaves_the_year_talked_about():
    found = periods(
        "Ostrava Pumps' revenue rose 8% to 612.4 million euros in 2025.\n\n"
        "Industrial pumps grew sales to 301.0 million euros. Industrial pumps had sales of "
        "270.5 million euros the year before.\n\n"
        "Operating profit was 88.6 million euros."
    )
    assert found[270_500_000] == "2024-01-01/2024-12-31"
    assert found[88_600_000] == "2025-01-01/2025-12-31"
