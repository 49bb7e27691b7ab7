"""Kinds of language over invented companies: in a space-aligned table with no note of its
own, a row that states its money ("Revenue ($m)") states it for the rows set in below it
too: "  Rig services   501.2" is $501.2 million of rig services revenue, never a bare
number the reader cannot price."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

NAME = "Corrow Drilling"
DAY = date(2026, 2, 24)

TABLE = """\
Fourth quarter at a glance

                                  Q4 2025    Q4 2024     y/y
Revenue ($m)                        812.4      790.1    +2.8%
  Rig services                      501.2      480.0    +4.4%
  Well products                     311.2      310.1    +0.4%
Active rigs                            41         39    +5.1%
"""


def found() -> set[tuple]:
    text = f"{NAME} results\nTest Wire\n{DAY.isoformat()}\n\n{TABLE}\n"
    out = extract(text, published=DAY, entity=KnownEntity(NAME)).proposals
    return {(p.period.start.isoformat(), p.value, p.unit) for p in out}


def test_a_part_set_in_below_a_money_row_is_in_its_money():
    got = found()
    assert ("2025-10-01", 501_200_000, "USD") in got
    assert ("2024-10-01", 480_000_000, "USD") in got
    assert ("2025-10-01", 311_200_000, "USD") in got
    assert ("2025-10-01", 812_400_000, "USD") in got  # the parent row as before


def test_the_parts_keep_their_own_names():
    text = f"{NAME} results\nTest Wire\n{DAY.isoformat()}\n\n{TABLE}\n"
    out = extract(text, published=DAY, entity=KnownEntity(NAME)).proposals
    names = {p.metric.lower() for p in out if p.value == 501_200_000}
    assert any("rig services" in n and "revenue" in n for n in names)
