"""A month's whole name with two digits, where the question names no period else, is that
month of that year: "march 25 bags exported" asks March 2025 (a day without a year names
no period a figure could be of). Over a coffee exporter invented here (Quindío Verde). On
the engine of 2026-12-06 "march 25" named nothing, and the quarter to March was given: a
wrong answer of a development set. A month's last day ("march 31", an end date) and a
month with its four-digit year are guards.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

Q = "Quindío Verde"
FACTS = [
    fact(Q, "bags exported", "actual", "2025-01-01/2025-03-31", 141_000, "units", "2025-04-10"),
    fact(Q, "bags exported", "actual", "2025-02-01/2025-02-28", 45_500, "units", "2025-04-10"),
    fact(Q, "bags exported", "actual", "2025-03-01/2025-03-31", 50_200, "units", "2025-04-10"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, Q, "Quindio", FACTS, "2025-04-10")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("quindio march 25 bags exported", 50_200),
        ("quindio bags exported in march 25?", 50_200),
        ("quindio february 25 bags exported", 45_500),
        ("quindio bags exported march 2025", 50_200),
        ("quindio bags exported in the quarter to march 31", 141_000),
    ],
)
def test_a_month_with_two_digits(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text
