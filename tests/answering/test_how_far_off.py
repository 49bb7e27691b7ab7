"""'How far off', 'how far from' an expectation is where the figure stands against it, as
'how far short of' is, over a company invented here (Pellow Foods, calendar year: a 2025
store-opening target of 88 cut to 84, and 81 opened): the original goal named is the one
set against, never answered on its own."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

P, Y25 = "Pellow Foods", "2025-01-01/2025-12-31"
FACTS = [
    fact(P, "stores opened", "target", Y25, 88, "units", "2025-02-20"),
    fact(P, "stores opened", "target", Y25, 84, "units", "2025-08-21"),
    fact(P, "stores opened", "actual", Y25, 81, "units", "2026-02-19"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, P, "Pellow", FACTS, "2026-02-19")


@pytest.mark.parametrize(
    ("question", "goal"),
    [
        ("how far off the original goal was pellow's 2025 store opening count", 88),
        ("how far from its original 2025 target for store openings did pellow land", 88),
        ("how far off the store opening goal was pellow in 2025", 84),
    ],
)
def test_how_far_off_is_the_figure_against_the_goal(engine, question, goal) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    values = [v.fact.value for v in answer.facts]
    assert values[0] == 81 and goal in values, answer.text
    assert f"{goal - 81} (" in answer.text.split(";")[0], answer.text
