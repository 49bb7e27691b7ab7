"""A half and a quarter as French and Romanian reports write them before a year: "S1 2025"
(semestre, semestru) is the first half, "T3 2024" (trimestre) the third quarter, never the
whole year. A "T2" with no year after it may be a terminal or a model: no period."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

NAME = "Vercors Maroquinerie"
DAY = date(2025, 10, 22)


def periods(sentence: str) -> set[Period]:
    found = proposals(sentence, KnownEntity(NAME), DAY, f"{NAME} update")
    return {p.period for p in found if p.unit == "EUR"}


def test_s1_is_the_first_half():
    assert periods("Revenue for S1 2025 reached EUR 1,284.6 million.") == {
        Period(date(2025, 1, 1), date(2025, 6, 30))
    }


def test_t3_is_the_third_quarter():
    assert periods("Revenue for T3 2024 was EUR 641.2 million.") == {
        Period(date(2024, 7, 1), date(2024, 9, 30))
    }
