"""Two figures read under one name for one period clash, and neither was proposed. Where
exactly one of them says its measure in its own words as the metric names it ("Total
revenue was $688.2 million") and the other borrowed the name (a system's sales a rule took
for revenue), the one its words name stands. Guard: a clash neither figure's words settle
still proposes neither. Invented company; the first test fails on the code before."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import named_and_dated

HOLLOWAY = KnownEntity("Holloway Pretzel Co", ("Holloway",), CALENDAR)
DAY = date(2026, 2, 24)


def facts(body: str) -> dict[float, tuple[str, str]]:
    return named_and_dated(body, HOLLOWAY, DAY, "Holloway Pretzel Co fourth-quarter results")


def test_the_figure_its_words_name_stands():
    found = facts(
        "Total revenue was $688.2 million in 2025, up from $652.9 million the year before. "
        "System-wide sales, the sales of every Holloway kiosk, franchised or not, came to "
        "$1.93 billion in 2025."
    )
    assert found[688_200_000] == ("revenue", "2025-01-01/2025-12-31")
    assert 1_930_000_000 not in found


def test_a_clash_no_words_settle_proposes_neither():
    # guard
    found = facts("Revenue was $688.2 million in 2025. Revenue was $702.4 million in 2025.")
    assert 688_200_000 not in found and 702_400_000 not in found
