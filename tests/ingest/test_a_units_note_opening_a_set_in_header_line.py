"""A table set in from the margin as a whole, its stacked header's last line opening with
the table's unit where the labels stand ("  (EUR'000)    31.12.2025    31.12.2024"): the
note scales every row, as it does in a table set at the margin."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

NAME = "Lefka Bakeries"
DAY = date(2026, 3, 4)


def found(table: str) -> set[tuple]:
    body = f"{NAME} reported its results for 2025.\n\n{table}"
    return {
        (p.metric, p.period.start.year, p.value, p.unit)
        for p in proposals(body, KnownEntity(NAME), DAY, f"{NAME} annual results")
    }


def test_the_note_under_a_stacked_days_range():
    table = (
        "                                  1.1.2025 -    1.1.2024 -\n"
        "  (EUR'000)                       31.12.2025    31.12.2024    Change\n"
        "  Revenue                             52,418        48,907     +7.2%\n"
        "  Gross profit                        19,230        17,655     +8.9%\n"
    )
    got = found(table)
    assert ("revenue", 2025, 52_418_000, "EUR") in got
    assert ("gross profit", 2024, 17_655_000, "EUR") in got
