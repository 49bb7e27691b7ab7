"""A period named by one figure's amount and another figure asked of it, over a company
invented here (Tamsin Cobre, calendar year): "in the quarter when it produced 72.4 kt,
what was its cash cost?", "it reported copper sales of $900 million on one date; what
was net income then?", "… in one quarter; what was that quarter's …?".

Before 2026-12-05 the named figure itself was given, or the asked one of the latest
quarter (six wrong answers or misses across the development sets). An amount two
figures state, or a question naming no other figure, is answered as before: guards."""

from __future__ import annotations

import pytest

from bot.answering import Status
from tests.answering.invented import bundle, engine_over, fact

T = "Tamsin Cobre"
Q2, Q3 = "2025-04-01/2025-06-30", "2025-07-01/2025-09-30"
FACTS = [
    fact(T, "copper production (tonnes)", "actual", Q2, 68_100, "units", "2025-07-25"),
    fact(T, "copper production (tonnes)", "actual", Q3, 72_400, "units", "2025-10-24"),
    fact(T, "C1 cash cost", "actual", Q2, 2.29, "USD", "2025-07-25"),
    fact(T, "C1 cash cost", "actual", Q3, 2.41, "USD", "2025-10-24"),
    fact(T, "copper sales", "actual", Q2, 640e6, "USD", "2025-07-25"),
    fact(T, "copper sales", "actual", Q3, 712e6, "USD", "2025-10-24"),
    fact(T, "net income", "actual", Q2, 95e6, "USD", "2025-07-25"),
    fact(T, "net income", "actual", Q3, 121e6, "USD", "2025-10-24"),
]


@pytest.fixture(scope="module")
def engine(seed):
    return engine_over(seed, bundle([{"name": T, "aliases": ["Tamsin"]}], FACTS, "2025-10-24"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("in the quarter when tamsin produced 68.1 kt, what was its C1 cash cost?", 2.29),
        ("in the quarter tamsin produced 72,400 tonnes of copper, what was its net income", 121e6),
        ("tamsin had copper sales of $640 million in one quarter; what was that quarter's "
         "net income?", 95e6),
    ],
)  # fmt: skip
def test_the_figure_asked_of_the_period_the_amount_names(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text
    assert len(answer.facts) == 2, answer.text  # the named figure cited after


def test_the_named_figure_alone_is_asked_as_before(engine) -> None:
    answer = engine.ask("which quarter did tamsin produce 72.4 kt of copper")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [72_400], answer.text
