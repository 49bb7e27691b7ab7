"""'Did they keep it within its guidance' where the guidance is one figure, over a company
invented here.

Raumar Salmon guided its farming cost per kg for 2025 as one figure and beat its harvest
forecast. On the engine this session started from (732f0ca) both questions answered the
forecast alone, no verdict: "within" was read only of ranges. The range kept within is a
guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

R = "Raumar Salmon"
Y = "2025-01-01/2025-12-31"
FACTS = [
    fact(R, "farming cost per kg", "forecast", Y, 4.7, "USD", "2025-11-12"),
    fact(R, "farming cost per kg", "actual", Y, 4.71, "USD", "2026-03-04"),
    fact(R, "harvest volume", "forecast", Y, 120_000, "units", "2025-11-12"),
    fact(R, "harvest volume", "actual", Y, 121_500, "units", "2026-03-04"),
    fact(R, "revenue (low end)", "forecast", Y, 900e6, "USD", "2025-11-12"),
    fact(R, "revenue (high end)", "forecast", Y, 950e6, "USD", "2025-11-12"),
    fact(R, "revenue", "actual", Y, 930e6, "USD", "2026-03-04"),
]
ENTITIES = [{"name": R, "aliases": ["Raumar"]}]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, published="2026-03-04"))


@pytest.mark.parametrize(
    ("question", "verdict", "values"),
    [
        ("did raumar keep 2025 farming cost within its cost guidance?", "No", [4.7, 4.71]),
        ("was raumar's 2025 harvest volume within its forecast?", "Yes", [120_000, 121_500]),
        ("did raumar's 2025 revenue land within its guidance range?", "Yes", [900e6, 930e6, 950e6]),
    ],
)
def test_within_a_guidance(engine, question, verdict, values) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith(verdict), answer.text
    assert sorted({v.fact.value for v in answer.facts}) == values, answer.text
