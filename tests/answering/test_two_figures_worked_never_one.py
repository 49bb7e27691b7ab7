"""A question that works two figures into one, over a company invented here (Tarrant
Outfitters, a retailer with total and online sales, their growth, and a sales target):

- "how much faster did online sales grow than total sales" where only the online growth is
  held: never that one growth as the answer;
- "by how much did online sales grow faster than the year before" where no year before is
  held: never the online growth.

On the engine of 2026-12-06 both were answered with the one figure found (development
sets' wrong answers: "how much faster did total throughput grow than Hong Kong"). Guards:
both figures held are worked out; an amount the asker states is the other figure.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, values

T = "Tarrant Outfitters"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(T, "online sales", "actual", Y25, 420e6, "USD", "2026-02-10"),
    fact(T, "net sales", "actual", Y25, 1.9e9, "USD", "2026-02-10"),
    fact(T, "online sales growth", "actual", Y25, 14.0, "percent", "2026-02-10"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": T, "aliases": ["Tarrant"]}], FACTS, "2026-02-10"))


@pytest.mark.parametrize(
    "question",
    [
        "how much faster did tarrant's online sales grow than net sales in 2025",
        "online sales growth at tarrant in 2025: how much faster than net sales?",
    ],
)
def test_one_figure_never_answers_for_two(engine: Engine, question: str):
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


def test_two_figures_held_are_worked_out(engine: Engine):
    answer = engine.ask("by how much did tarrant's net sales exceed online sales in 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert "1.48" in answer.text or "1,480" in answer.text, answer.text


def test_an_amount_stated_is_the_other_figure(engine: Engine):
    assert 420e6 in values(engine, "did tarrant online sales exceed $400 million in 2025")
