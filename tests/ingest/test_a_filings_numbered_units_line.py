"""Kinds of layout over invented companies: a Korean fair-disclosure filing's numbered
section title with the table's units set to its right ("1. Summary of operating results
(Unit: KRW 100 million, %)", "(Unit: 100 million won, %)"), the currency written before
the hundred millions or named as a word, and a row's count note that says what it counts
("Deliveries (number of vessels)") in a table whose note names money first."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract
from bot.ingest.tables.placement import unit_note

NAME = "Dasom Cosmetics"
DAY = date(2026, 2, 4)


def facts(body: str) -> set[tuple]:
    text = f"{NAME}: provisional results\nTest Disclosure Digest\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(text, published=DAY, entity=KnownEntity(NAME)).proposals
    return {(p.period.iso(), p.value, p.unit) for p in found}


def test_the_hundred_millions_after_a_currency_code_or_before_its_word():
    assert unit_note("(Unit: KRW 100 million, %)") == (1e8, "KRW")
    assert unit_note("(Unit: 100 million won, %)") == (1e8, "KRW")


def test_a_numbered_titles_units_set_right_scale_the_table_below():
    body = (
        "[Fair Disclosure] Provisional Consolidated Operating Results\n\n"
        "1. Summary of operating results                      (Unit: KRW 100 million, %)\n\n"
        " Item               Q4 2025   Q4 2024   YoY(%)    FY2025    FY2024   YoY(%)\n"
        " Revenue             12,480    11,020     13.2    47,915    44,310      8.1\n"
        " Operating profit     1,106       884     25.1     4,402     3,977     10.7\n"
    )
    found = facts(body)
    assert ("2025-10-01/2025-12-31", 1_248_000_000_000, "KRW") in found
    assert ("2025-01-01/2025-12-31", 440_200_000_000, "KRW") in found
    assert ("2024-01-01/2024-12-31", 4_431_000_000_000, "KRW") in found


def test_a_rows_count_note_beside_a_money_note():
    body = (
        "2. Orders and deliveries                         (Unit: US$ million, vessels)\n\n"
        " Item                                          2025       2024\n"
        " New orders (contract value)                  6,215      5,480\n"
        " Deliveries (number of vessels)                  31         27\n"
    )
    found = facts(body)
    assert ("2025-01-01/2025-12-31", 6_215_000_000, "USD") in found
    assert ("2025-01-01/2025-12-31", 31, "units") in found
    assert ("2024-01-01/2024-12-31", 27, "units") in found
    assert unit_note("Deliveries (number of vessels)") == (1.0, None)


def test_a_rows_own_money_note_scales_its_parts_below_a_carried_one():
    # the first table's "100 million won" is carried to the second, which states none; the
    # "GMV (KRW billion)" row's own note is its set-in parts' unit, never the carried one
    body = (
        "1. Summary of operating results                      (Unit: 100 million won, %)\n\n"
        " Item               Q4 2025   Q4 2024\n"
        " Revenue              3,120     2,875\n\n"
        "2. Operating indicators\n\n"
        "                                   Q4 2025     Q4 2024\n"
        "GMV (KRW billion)                    522.4       480.9\n"
        "  - Domestic                         301.7       288.0\n"
        "  - Overseas                         220.7       192.9\n"
    )
    found = facts(body)
    assert ("2025-10-01/2025-12-31", 312_000_000_000, "KRW") in found
    assert ("2025-10-01/2025-12-31", 301_700_000_000, "KRW") in found
    assert ("2024-10-01/2024-12-31", 192_900_000_000, "KRW") in found
    assert not any(v == 30_170_000_000 for _, v, _ in found)
