"""'The EBITDA floor', 'the passenger floor': a goal given as a bound ("at least €215
million") is asked by the bound's noun, which makes the question one about the goal (an
expectation), over a company invented here (Corvaro Cork, EUR, calendar year). On
b97a921a the word only picked a range's low end, no range was held, and the year's actual
EBITDA answered: wrong answers in development sets. Guard: a range's floor is still its
low end, and a figure's own floor ("showroom floor space") no bound."""

from __future__ import annotations

import pytest

from bot.answering import Engine
from tests.answering.invented import fact, one_company

C = "Corvaro Cork"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(C, "EBITDA", "target", Y25, 215e6, "EUR", "2025-02-27"),
    fact(C, "EBITDA", "target", Y25, 225e6, "EUR", "2025-07-24"),
    fact(C, "EBITDA", "actual", Y25, 231.8e6, "EUR", "2026-03-04"),
    fact(C, "capex (low end)", "forecast", Y25, 60e6, "EUR", "2025-02-27"),
    fact(C, "capex (high end)", "forecast", Y25, 75e6, "EUR", "2025-02-27"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, C, "Corvaro", FACTS, "2026-03-04")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("corvaro ebitda floor 2025", 225e6),
        ("what was corvaro's original 2025 ebitda floor before they raised it", 215e6),
        ("corvaro 2025 capex floor", 60e6),
    ],
)
def test_the_floor_is_the_goal(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.facts and answer.facts[0].fact.value == value, answer.text


def test_how_much_the_floor_was_raised(engine) -> None:
    answer = engine.ask("corvaro raised the ebitda floor in july - by how much")
    assert "€10 million" in answer.text, answer.text
