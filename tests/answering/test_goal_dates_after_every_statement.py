"""A goal asked for a month that begins after every statement of it ("the target for
March 2028") is asked for that date, never read as the month it was stated in (which,
after the last statement, is the latest goal: a goal for another date). Over a company
invented here (Strandbox Leasing) with point-in-time goals for two year ends.

On the engine this session started from (6c5a4a2) "target for march 2028" and "target
for june 2027" answered the March 2027 goal (wrong figures). The goal for a date held,
and a month of statement before the last one, are guards; "how many does it want by
March 2027" asks the level wanted then, never a count of deeds over the month (refused
once the month was no longer read as a statement's)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

S = "Strandbox Leasing"
FACTS = [
    fact(S, "TEU on hire", "target", "2026-03-31/2026-03-31", 4_000_000, "units", "2025-11-12"),
    fact(S, "TEU on hire", "actual", "2026-03-31/2026-03-31", 3_930_000, "units", "2026-05-18"),
    fact(S, "TEU on hire", "target", "2027-03-31/2027-03-31", 4_100_000, "units", "2026-05-18"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": S, "aliases": ["Strandbox"]}], FACTS, "2026-05-18"))


@pytest.mark.parametrize(
    "question",
    ["strandbox teu on hire target for march 2028", "strandbox teu on hire target for june 2027"],
)
def test_a_goal_date_not_held_is_not_answered(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text
    assert 4_100_000 not in [v.fact.value for v in answer.facts], answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("strandbox teu on hire target for march 2027", 4_100_000),
        ("what teu on hire target did strandbox have in december 2025", 4_000_000),
        ("how many teu does strandbox want on hire by march 2027", 4_100_000),
    ],
)
def test_goals_held(engine, question, value) -> None:  # (guards)
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text
