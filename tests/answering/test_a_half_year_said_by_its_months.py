""" "Half-year revenue Jul-Dec 2023": a yearless "half-year" beside months that make a half
says what kind of figure those months hold; it is no second period to compare them with.
Over a company invented here (Meghna Knits, fiscal year to June named by its end year). On
the engine of 2026-12-05 the bare "half-year" read as the latest first half and the answer
was its growth over Jul – Dec 2023 (a wrong figure, in a development set). Guards: "half
year 2024" is still a half of its own, and two months-spans are still compared.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

M = "Meghna Knits"
FACTS = [
    fact(M, "revenue", "actual", "2023-07-01/2023-12-31", 12_400_000_000, "BDT", "2024-02-10"),
    fact(M, "revenue", "actual", "2024-07-01/2024-12-31", 13_900_000_000, "BDT", "2025-02-10"),
    fact(M, "revenue", "actual", "2025-07-01/2025-12-31", 15_100_000_000, "BDT", "2026-02-10"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, M, "Meghna", FACTS, "2026-02-10", year_end="06-30", named_by="end")


def test_half_year_said_by_its_months(engine) -> None:
    answer = engine.ask("meghna half-year revenue jul-dec 2023")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [12_400_000_000], answer.text


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("meghna half-year revenue jul-dec 2024 vs jul-dec 2023", [12_400_000_000, 13_900_000_000]),
        ("meghna revenue h1 fy25", [13_900_000_000]),
    ],
)
def test_halves_said_otherwise(engine, question, values) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == values, answer.text
