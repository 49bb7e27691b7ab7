"""Kinds of layout over invented companies: a monthly revenue filing's table of parts of a
year by year, its title's units set to the right without brackets ("Consolidated net
revenue      Unit: NT$ thousand") and its heads between rules of dashes (or, the rules read
as blank lines, set apart from the rows), a row naming a span of months with a dash
between them ("January - September"): each amount the title's measure for the row's
months of the column's year."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

NAME = "Taoyuan OptoLink"
DAY = date(2025, 10, 9)
RULE = "-" * 80

TABLE = f"""Consolidated net revenue                                   Unit: NT$ thousand
{RULE}
Item                        2025            2024        Change amount     Change %
{RULE}
September              4,212,880       3,905,114             307,766         7.88
January - September   36,904,512      33,118,075           3,786,437        11.43
{RULE}
"""


def facts(table: str) -> set[tuple]:
    text = f"{NAME} September 2025 revenue report\nTest Filing\n{DAY.isoformat()}\n\n{table}\n"
    found = extract(text, published=DAY, entity=KnownEntity(NAME)).proposals
    return {(p.period.iso(), p.value, p.unit) for p in found}


def test_a_ruled_table_of_months_by_year():
    found = facts(TABLE)
    assert ("2025-09-01/2025-09-30", 4_212_880_000, "TWD") in found
    assert ("2024-09-01/2024-09-30", 3_905_114_000, "TWD") in found
    assert ("2025-01-01/2025-09-30", 36_904_512_000, "TWD") in found
    assert ("2024-01-01/2024-09-30", 33_118_075_000, "TWD") in found


def test_the_rules_read_as_blank_lines():
    found = facts(TABLE.replace(RULE, ""))
    assert ("2025-01-01/2025-09-30", 36_904_512_000, "TWD") in found
