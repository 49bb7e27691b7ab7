"""Two kinds of wording over a company invented here (Ferrow Mobile, calendar year):

- a word said in the place of a metric name's own, of the same ending ("prepaid churn"
  where the store holds "mobile postpaid churn"), names another variety: never answered
  with this one;
- "before the August update" is the statement the August one replaced, "after" it the
  August one itself."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

F, Q2, Y25 = "Ferrow Mobile", "2025-04-01/2025-06-30", "2025-01-01/2025-12-31"
FACTS = [
    fact(F, "mobile postpaid churn", "actual", Q2, 1.3, "percent", "2025-08-05"),
    fact(F, "capex (high end)", "forecast", Y25, 910e6, "EUR", "2025-05-06"),
    fact(F, "capex (low end)", "forecast", Y25, 870e6, "EUR", "2025-05-06"),
    fact(F, "capex (high end)", "forecast", Y25, 950e6, "EUR", "2025-08-05"),
    fact(F, "capex (low end)", "forecast", Y25, 900e6, "EUR", "2025-08-05"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    data = bundle([{"name": F, "aliases": ["Ferrow"]}], FACTS, published="2025-08-05")
    data["sources"][0]["title"] = "Ferrow Mobile August update"
    return engine_over(seed, data)


def test_another_variety_is_never_this_one(engine) -> None:
    assert engine.ask("ferrow prepaid churn q2 2025").status is not Status.ANSWERED
    answer = engine.ask("ferrow churn q2 2025")
    assert [v.fact.value for v in answer.facts] == [1.3], answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("top of ferrow's capex guidance before the august update", 910e6),
        ("top of ferrow's capex guidance after the august update", 950e6),
    ],
)
def test_before_an_occasion_is_the_statement_it_replaced(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text
