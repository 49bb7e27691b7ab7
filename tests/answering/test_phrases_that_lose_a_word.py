"""A reporting phrase read without its small words must still name its own family to
name a metric: "sell-in" (the units shipped's word, which "wholesale" belongs to) read
without its "in" is "sell", the units sold's word, so "how much did they sell" never
names the wholesale line before the whole company's revenue.

Failed on the engine this session started from (b2e8ec5): the wholesale revenue
answered (a wrong answer: a channel's figure for the whole)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

V = "Vellacorte Moda"
FY = "2025-04-01/2026-03-31"
FACTS = [
    fact(V, "revenue", "actual", FY, 4_582_000_000, "EUR", "2026-05-14"),
    fact(V, "wholesale revenue", "actual", FY, 962_000_000, "EUR", "2026-05-14"),
    fact(V, "own retail revenue", "actual", FY, 3_620_000_000, "EUR", "2026-05-14"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": V, "aliases": ["Vellacorte"]}], FACTS, "2026-05-14"))


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("how much did vellacorte sell, year to march 2026", "revenue"),
        ("vellacorte wholesale revenue, year to march 2026", "wholesale revenue"),
    ],
)
def test_selling_is_the_whole_companys_revenue(engine, question, metric) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == [metric], answer.text
