"""An average per part of a period: "avg quarterly revenue 2024" is the year's revenue over
its four quarters, "orders a month on average in H1" the half's orders over six months,
the whole's figure cited. Never of a rate, a share or a level held at a day. A figure
whose own name says the average ("average monthly revenue per user") is that figure. Over
a grocer invented here (Wisła Koszyk). On the engine of 2026-12-06 "avg quarterly
revenue" gave the company's average basket: a wrong answer of a development set.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

W = "Wisła Koszyk"
Y24 = "2024-01-01/2024-12-31"
H1 = "2025-01-01/2025-06-30"
FACTS = [
    fact(W, "revenue", "actual", Y24, 2_000_000_000, "PLN", "2025-03-05"),
    fact(W, "orders", "actual", H1, 7_200_000, "units", "2025-08-01"),
    fact(W, "average basket value", "actual", Y24, 212, "PLN", "2025-03-05"),
    fact(W, "average monthly revenue per user", "actual", Y24, 96, "PLN", "2025-03-05"),
    fact(W, "active customers", "actual", "2024-12-31/2024-12-31", 880_000, "units", "2025-03-05"),
    fact(W, "gross margin", "actual", Y24, 24.5, "percent", "2025-03-05"),
    fact(W, "average weekly orders per hub", "actual", Y24, 3_100, "units", "2025-03-05"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, W, "Wisla", FACTS, "2025-08-01")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("wisla avg quarterly revenue 2024", "500 million"),
        ("wisla average revenue per quarter in 2024", "500 million"),
        ("wisla monthly average orders h1 2025", "1.2 million"),
        ("how many orders a month on average did wisla take in h1 2025", "1.2 million"),
    ],
)
def test_an_average_per_part_of_a_period(engine, question, said) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert said in answer.text and "averaged" in answer.text, answer.text
    assert len(answer.facts) == 1, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "wisla avg quarterly active customers 2024",
        "wisla average monthly gross margin 2024",
    ],
)
def test_no_average_of_a_level_or_a_rate(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


def test_an_average_the_figure_is_named_by(engine) -> None:
    answer = engine.ask("wisla average monthly revenue per user 2024")
    assert [v.fact.value for v in answer.facts] == [96], answer.text


def test_a_rate_asked_as_an_average_is_the_rate(engine) -> None:
    answer = engine.ask("wisla avg weekly orders per hub 2024")
    assert [v.fact.value for v in answer.facts] == [3_100], answer.text
