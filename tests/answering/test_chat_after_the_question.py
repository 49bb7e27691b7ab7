"""A sentence after the question that names nothing a figure could be about is chat, over a
company invented here (Tolland Ferries, calendar year): "... 2025? it's for the board pack"
is the question before it; a sentence that names a figure, a period, an amount or what is
asked ("did they beat the plan?") stays part of the question."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

T, Y25 = "Tolland Ferries", "2025-01-01/2025-12-31"
FACTS = [
    fact(T, "crossings", "actual", Y25, 18_400, "units", "2026-02-10"),
    fact(T, "vehicles carried", "actual", Y25, 1.2e6, "units", "2026-02-10"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, T, "Tolland", FACTS, "2026-02-10")


@pytest.mark.parametrize(
    "question",
    [
        "tolland crossings 2025? it's for the board pack",
        "tolland crossings in 2025?! cheers in advance",
    ],
)
def test_chat_after_the_question_is_left_out(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [18_400], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "tolland crossings 2025? did they beat the plan",  # what is asked: no plan held
        "tolland crossings 2025? and the vans",  # a thing named the store does not hold
    ],
)
def test_a_sentence_that_asks_stays_in_the_question(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


def test_a_measure_after_the_question_stays_in_it(seed) -> None:
    facts = [*FACTS, fact(T, "ticket revenue", "actual", Y25, 61e6, "GBP", "2026-02-10")]
    engine = one_company(seed, T, "Tolland", facts, "2026-02-10")
    for question in ("tolland ticket revenue 2025? in euros", "tolland crossings 2025? in %"):
        answer = engine.ask(question)
        assert answer.status is not Status.ANSWERED, answer.text
