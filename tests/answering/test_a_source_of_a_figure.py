"""A figure named by a phrase of the reporting vocabulary ("net income", "operating
income", "total revenue") is never a store's figure that reads only the phrase's last
word with a noun of its own before it ("membership fee income", "interest income"): one
source of the figure. Over Brookvale Club, invented here.

Before 2026-12-04 "net income" (not held) answered the membership fee income (a wrong
answer in a development set). Guards: the fee income asked by its own words, or by
"fee income", is answered."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, values

B, Q2 = "Brookvale Club", "2026-01-01/2026-03-31"
FACTS = [
    fact(B, "membership fee income", "actual", Q2, 641e6, "USD", "2026-03-05"),
    fact(B, "net sales", "actual", Q2, 21_400e6, "USD", "2026-03-05"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": B, "aliases": ["Brookvale"]}], FACTS, "2026-03-05"))


@pytest.mark.parametrize(
    "question", ["brookvale net income q1 2026", "brookvale operating income q1 2026"]
)
def test_the_whole_is_not_one_source(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


@pytest.mark.parametrize(
    "question", ["brookvale membership fee income q1 2026", "brookvale fee income q1 2026"]
)
def test_the_source_asked_by_its_words(engine, question) -> None:
    assert values(engine, question) == [641e6]
