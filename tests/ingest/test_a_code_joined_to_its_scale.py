"""A row's note written as a currency's code joined to its scale's letter ("Net sales
(SEKm)", "Order book (EURbn)", and "(Rm)" in a report whose R is the rand): the row holds
money in that currency and scale. Before, the joined note was read as no note at all and
the row's amounts became bare counts. Guard: a physical unit's capitals joined to a
letter ("Containers (TEUm)") name no currency. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.tables.placement import unit_note

DAY = date(2026, 2, 5)
TEXT = f"""Tranvik Ferries full-year report
Test Releases
{DAY.isoformat()}

Tranvik Ferries published its results for 2025 today.

| | 2025 | 2024 |
|---|---|---|
| Net sales (SEKm) | 4,812 | 4,530 |
| Order book (SEKbn) | 12.6 | 11.9 |
"""


def test_a_joined_code_and_scale_is_money():
    entity = KnownEntity("Tranvik Ferries", ("Tranvik",), CALENDAR)
    got = {
        (p.value, p.unit, p.period.iso())
        for p in extract(TEXT, published=DAY, entity=entity).proposals
    }
    assert (4_812_000_000, "SEK", "2025-01-01/2025-12-31") in got
    assert (4_530_000_000, "SEK", "2024-01-01/2024-12-31") in got


def test_the_note_reads_code_and_scale():
    assert unit_note("Order intake (EURbn)") == (1e9, "EUR")
    assert unit_note("Revenue (ZARm)") == (1e6, "ZAR")


def test_a_physical_units_capitals_name_no_currency():
    # guard
    assert unit_note("Containers handled (TEUm)") is None
