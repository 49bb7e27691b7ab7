"""A company whose name holds a currency's word ("Rand Harbour", "Tala Bay") is asked by
its name: the word is the name, never a currency the question asks its figures in. Over
a company invented here (Rand Harbour Holdings, calendar years, dollars).

On the engine this session started from (6c5a4a2) every question naming it was refused
("nothing about 'rand'": no figure in rand held). A currency said apart from the name
still asks for figures in it (guards)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

R = "Rand Harbour Holdings"
FACTS = [fact(R, "revenue", "actual", "2025-01-01/2025-12-31", 412e6, "USD", "2026-02-10")]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(
        seed, bundle([{"name": R, "aliases": ["Rand Harbour"]}], FACTS, "2026-02-10")
    )


def test_a_name_holding_a_currency_word(engine) -> None:
    answer = engine.ask("rand harbour revenue 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [412e6], answer.text


@pytest.mark.parametrize(
    "question", ["rand harbour revenue 2025 in rand", "rand harbour revenue 2025 in euros"]
)
def test_a_currency_said_apart_from_the_name(engine, question) -> None:  # (guards)
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text
