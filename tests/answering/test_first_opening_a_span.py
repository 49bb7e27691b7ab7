""" "The first 7 weeks of 2H" is a span, never "the first statement" of a figure: over a
company invented here (Yarrabee Grocers) whose comparable sales growth for those weeks was
stated and then restated, the current figure answers. On the engine of 2026-12-05 "first"
asked the original (a development set written that day). Guard: "the first capex
guidance" is still the original statement."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

Y = "Yarrabee Grocers"
SEVEN = "2025-12-29/2026-02-15"
F26 = "2025-06-30/2026-06-28"
FACTS = [
    fact(Y, "comparable sales growth", "actual", SEVEN, 3.1, "percent", "2026-02-20"),
    fact(Y, "comparable sales growth", "actual", SEVEN, 3.4, "percent", "2026-03-05"),
    fact(Y, "capital expenditure", "forecast", F26, 1_900_000_000, "AUD", "2025-08-27"),
    fact(Y, "capital expenditure", "forecast", F26, 2_100_000_000, "AUD", "2026-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, Y, "Yarrabee", FACTS, "2026-03-05", "06-30", "end")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("yarrabee comparable sales growth for the first 7 weeks of 2H F26", 3.4),
        ("yarrabee's first F26 capex guidance", 1_900_000_000),
    ],
)
def test_first_of_a_span_or_of_statements(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text
