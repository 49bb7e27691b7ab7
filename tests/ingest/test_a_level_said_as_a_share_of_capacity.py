"""A level said as a share of a capacity is the capacity used: "the kilns ran at 76% of
capacity in the third quarter, compared with 71% a year earlier" proposes 76% for the
quarter and 71% for the year-ago one, "the silos were at 64% of their storage capacity" on
its day. Before, neither clause named a measure and nothing was proposed. Guard: a share of
sales stays a share. Invented company and wording (fails on the code before)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

BRACKENHOLT = KnownEntity("Brackenholt Lime", ("Brackenholt",), CALENDAR)
DAY = date(2025, 10, 29)


def found(body: str) -> set[tuple[float, str, str]]:
    return {
        (p.value, p.unit, p.period.iso())
        for p in proposals(body, BRACKENHOLT, DAY, "Brackenholt Lime third quarter")
    }


def test_a_share_of_capacity_and_its_base():
    got = found(
        "Brackenholt's kilns ran at 76% of capacity in the third quarter, compared with 71% "
        "a year earlier."
    )
    assert (76.0, "percent", "2025-07-01/2025-09-30") in got
    assert (71.0, "percent", "2024-07-01/2024-09-30") in got


def test_a_share_of_capacity_on_a_day():
    got = found("At September 30, 2025 the silos were at 64% of their storage capacity.")
    assert (64.0, "percent", "2025-09-30/2025-09-30") in got
