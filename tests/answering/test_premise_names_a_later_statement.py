"""A question whose premise names a later statement of a figure by its amount and asks
for the first one: "given the target was cut to 40 million, what was the original?",
"the 18-store goal, what was it originally?". Over a company invented here (Brenner
Lighting, calendar years, an openings target cut once and a revenue range narrowed).

Before 2026-12-07 the amount picked its own statement, so the answer was the later
figure the asker had just quoted. Guards: an amount naming the first statement itself
("the original 24: what is it now?") and "first" ("when did they first give 18") keep
their readings.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, values

B = "Brenner Lighting"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(B, "store openings", "target", Y25, 24, "units", "2025-02-10"),
    fact(B, "store openings", "target", Y25, 18, "units", "2025-08-05"),
    fact(B, "revenue (low end)", "forecast", Y25, 610e6, "EUR", "2025-02-10"),
    fact(B, "revenue (high end)", "forecast", Y25, 650e6, "EUR", "2025-02-10"),
    fact(B, "revenue (low end)", "forecast", Y25, 625e6, "EUR", "2025-08-05"),
    fact(B, "revenue (high end)", "forecast", Y25, 640e6, "EUR", "2025-08-05"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entity = {"name": B, "aliases": ["Brenner"]}
    return engine_over(seed, bundle([entity], FACTS, "2025-08-05"))


@pytest.mark.parametrize(
    "question",
    [
        "given brenner cut the openings target to 18, what was the original?",
        "brenner cut its 2025 store openings target to 18. what was the initial target?",
        "the 18 store openings target at brenner, what was it originally?",
    ],
)
def test_the_first_statement_is_answered(engine: Engine, question: str):
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 24
    assert "18" in answer.text  # (and the later statement, the way it went)


def test_a_range_first_stated_is_answered_whole(engine: Engine):
    question = "brenner narrowed the revenue range to 625-640m; what was the original range?"
    assert sorted(values(engine, question)[:2]) == [610e6, 650e6]  # (later ones follow)


def test_the_amount_of_the_first_statement_keeps_its_reading(engine: Engine):
    answer = engine.ask("brenner's original 24 openings target: what did they cut it to?")
    assert answer.status is Status.ANSWERED, answer.text
    assert {v.fact.value for v in answer.facts} == {24, 18}
    assert answer.text.index("24") < answer.text.index("to 18")  # the way it went


def test_first_names_a_statement_by_its_amount(engine: Engine):
    answer = engine.ask("when did brenner first give the 18 openings target")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 18
