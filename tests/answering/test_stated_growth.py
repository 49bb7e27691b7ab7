"""A growth the company stated beside the levels it is the change between, over a company
invented here (Sandpiper Air, calendar year): "passenger growth in Q3" is the growth it
stated, year on year or quarter on quarter as asked, never worked out again from the
levels (which a stated figure may round, or measure on another basis); "how many more"
asks for the amount."""

from __future__ import annotations

import pytest

from bot.answering import Engine
from tests.answering.invented import fact, one_company

S = "Sandpiper Air"
Q2, Q3, Q3_BEFORE = "2025-04-01/2025-06-30", "2025-07-01/2025-09-30", "2024-07-01/2024-09-30"
FACTS = [
    fact(S, "passengers carried", "actual", Q3, 5.24e6, "units", "2025-10-30"),
    fact(S, "passengers carried", "actual", Q2, 4.98e6, "units", "2025-07-30"),
    fact(S, "passengers carried", "actual", Q3_BEFORE, 4.90e6, "units", "2025-10-30"),
    fact(S, "passengers carried growth", "actual", Q3, 6.9, "percent", "2025-10-30"),
    fact(
        S,
        "passengers carried growth (quarter on quarter)",
        "actual",
        Q3,
        5.2,
        "percent",
        "2025-10-30",
    ),
    fact(S, "revenue", "actual", Q3, 700e6, "USD", "2025-10-30"),
    fact(S, "revenue", "actual", Q2, 660e6, "USD", "2025-07-30"),
    fact(S, "revenue growth at constant currency", "actual", Q3, 8.0, "percent", "2025-10-30"),
    fact(S, "revenue growth at constant currency", "actual", Q2, 9.0, "percent", "2025-07-30"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, S, "Sandpiper", FACTS, "2025-10-30")


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("sandpiper passenger growth q3 2025 yoy", 6.9),
        ("how much did sandpiper passengers grow in q3 2025 vs q2 2025", 5.2),
        ("did sandpiper's passengers carried grow in q3 2025 vs a year earlier", 6.9),
    ],
)
def test_a_stated_growth_answers_before_one_worked_out(engine, question, stated) -> None:
    answer = engine.ask(question)
    assert answer.facts[0].fact.value == stated, answer.text
    if len(answer.facts) > 1:  # worked out from the levels first: both cited
        assert [v.fact.value for v in answer.facts[1:]] in ([5.24e6, 4.98e6], [5.24e6, 4.90e6])
        assert f"was {stated}%: 5.24 million (5,240,000) against " in answer.text, answer.text


def test_how_many_more_asks_for_the_amount(engine) -> None:
    answer = engine.ask(
        "how many more passengers did sandpiper carry in q3 2025 than a year earlier"
    )
    assert [v.fact.value for v in answer.facts] == [5.24e6, 4.90e6], answer.text


def test_a_figure_that_changed_is_the_figure_not_a_growth_rate_of_it(engine) -> None:
    """'how much did revenue change from Q2 to Q3': the revenue, both quarters; never a
    year-on-year growth rate set against the quarter before's."""
    answer = engine.ask("how much did sandpiper revenue change from q2 to q3 2025")
    assert [v.fact.value for v in answer.facts] == [700e6, 660e6], answer.text
