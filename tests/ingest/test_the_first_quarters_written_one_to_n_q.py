"""The first quarters of a year as Chinese and Korean reports write them, "1-3Q 2024" or
"Q1-3 2024": the first nine months, never the third quarter alone nor the whole year."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

NAME = "Qinglan Cells"
DAY = date(2024, 10, 30)


def periods(sentence: str) -> set[Period]:
    found = proposals(sentence, KnownEntity(NAME), DAY, f"{NAME} update")
    return {p.period for p in found if p.value == 38_420_000_000}


NINE_MONTHS = Period(date(2024, 1, 1), date(2024, 9, 30))


def test_one_to_three_q():
    assert periods("Operating revenue for 1-3Q 2024 was RMB 38.42 billion.") == {NINE_MONTHS}


def test_q1_to_3():
    assert periods("Operating revenue for Q1-3 2024 was RMB 38.42 billion.") == {NINE_MONTHS}


def test_one_to_two_q_is_the_first_half():
    assert periods("Operating revenue for 1-2Q 2024 was RMB 38.42 billion.") == {
        Period(date(2024, 1, 1), date(2024, 6, 30))
    }
