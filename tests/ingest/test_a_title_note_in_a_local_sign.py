"""A table's title on the line above it giving its unit in a local sign ("SUMMARY (KSh
million)", "Key figures (JD million)") scales its bare cells in the currency the report
names for the sign, as the same note in a currency's code does."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

NAME = "Karibu Bakeries"
DAY = date(2026, 3, 10)


def test_a_title_above_the_table_with_its_note_in_a_local_sign():
    body = (
        "Karibu Bakeries, the Kenyan bread maker, reported its results for 2025.\n\n"
        "3. SUMMARY OF RESULTS (KSh million)\n\n"
        "                              2025        2024\n"
        "  Revenue                    4,812.5     4,390.2\n"
        "  Gross profit               1,406.3     1,251.9\n"
    )
    found = {
        (p.metric, p.period.start.year, p.value, p.unit)
        for p in proposals(body, KnownEntity(NAME), DAY, f"{NAME} annual results")
    }
    assert ("revenue", 2025, 4_812_500_000, "KES") in found
    assert ("gross profit", 2024, 1_251_900_000, "KES") in found
