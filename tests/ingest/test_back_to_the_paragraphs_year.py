"""A paragraph that opens on a year and singles out a part of it in passing: the next
paragraph goes on about the year, not the quarter named last. Invented reports."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract


def periods(body: str, day: date = date(2026, 2, 12)) -> dict[float, str]:
    text = f"Ostrava Pumps posts record year\nTest Wire\n{day.isoformat()}\n\n{body}\n"
    found = extract(
        text,
        published=day,
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


def test_the_paragraph_after_a_quarter_named_in_passing_is_about_the_half():
    # a half-year letter: the paragraph opens on the half and names its second quarter in
    # passing; the next paragraph is about the half again (it failed before: the quarter's)
    found = periods(
        "Revenue for the first six months reached 402.6 million euros, up from 388.1 million "
        "euros in the first half of 2025. Organic sales growth eased to 2.7% in the second "
        "quarter.\n\n"
        "Operating profit rose to 61.4 million euros from 57.9 million euros a year earlier.",
        date(2026, 7, 24),
    )
    assert found[2.7] == "2026-04-01/2026-06-30"
    assert found[61_400_000] == "2026-01-01/2026-06-30"
    assert found[57_900_000] == "2025-01-01/2025-06-30"


def test_a_paragraph_about_a_quarter_after_one_about_the_half_keeps_the_quarter():
    # guard: the quarter is the topic of its own paragraph, which the next one goes on about
    found = periods(
        "Revenue for the first six months reached 402.6 million euros.\n\n"
        "In the second quarter, revenue came to 207.7 million euros.\n\n"
        "Operating profit in the quarter rose to 31.4 million euros.",
        date(2026, 7, 24),
    )
    assert found[31_400_000] == "2026-04-01/2026-06-30"
