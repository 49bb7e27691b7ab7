"""A count whose name states an amount is asked for by that amount: "$100k ARR customers"
are the "customers with ARR of $100,000 or more", never the ARR itself, though a money amount
said otherwise asks for money. Over a software company invented here (Tarnwick Software:
total ARR and its $100k customers at a year end). On the engine of 2026-12-05 the amount
made every count give way to money, and the total ARR answered (a wrong figure, in a
development set). Guard: "did ARR pass $1.5bn" is still the ARR set against the amount.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

T = "Tarnwick Software"
END = "2025-05-31/2025-05-31"
FACTS = [
    fact(T, "total ARR", "actual", END, 1_640_000_000, "USD", "2025-06-20"),
    fact(T, "customers with ARR of $100,000 or more", "actual", END, 2_870, "units", "2025-06-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, T, "Tarnwick", FACTS, "2025-06-20", year_end="05-31")


@pytest.mark.parametrize(
    "question",
    [
        "tarnwick $100k ARR customers at 31 may 2025",
        "tarnwick customers with ARR over $100k at 31 may 2025",
    ],
)
def test_a_count_named_by_its_amount(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 2_870, answer.text


def test_an_amount_set_against_the_money(engine) -> None:
    answer = engine.ask("did tarnwick ARR pass $1.5bn at 31 may 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 1_640_000_000, answer.text
