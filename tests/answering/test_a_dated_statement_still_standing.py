"""Whether a statement named by its month still stands, over a company invented here
(Tollard Pumps; calendar year; a 2025 revenue target stated in March and cut in August,
a 2025 EBITDA range stated in March and narrowed in November):

- "is tollard's march 2025 revenue target still current?", "is the march ebitda guidance
  still valid": the statement standing now, never the March one as if it stood;
- "tollard's march 2025 revenue target" asked alone is still the March statement.

On the engine this session started from (8c847878) the first two were answered with the
March statements (a wrong answer in a development set written that day by a helper who
read no engine code); the last is a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

T = "Tollard Pumps"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(T, "revenue", "target", Y25, 1.20e9, "EUR", "2025-03-10"),
    fact(T, "revenue", "target", Y25, 1.10e9, "EUR", "2025-08-05"),
    fact(T, "EBITDA (low end)", "forecast", Y25, 150e6, "EUR", "2025-03-10"),
    fact(T, "EBITDA (high end)", "forecast", Y25, 190e6, "EUR", "2025-03-10"),
    fact(T, "EBITDA (low end)", "forecast", Y25, 160e6, "EUR", "2025-11-06"),
    fact(T, "EBITDA (high end)", "forecast", Y25, 175e6, "EUR", "2025-11-06"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, T, "Tollard", FACTS, "2025-11-06")


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("is tollard's march 2025 revenue target still current?", [1.10e9]),
        ("is tollard's march 2025 ebitda guidance still valid", [160e6, 175e6]),
        ("tollard's march 2025 revenue target", [1.20e9]),
    ],
)
def test_the_statement_standing_now(engine, question, values) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts[: len(values)]) == values, answer.text
