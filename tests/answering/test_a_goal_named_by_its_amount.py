"""A figure set against a goal named by its amount ("2025 GMV vs the 68bn goal"), over a
company invented here (Tallkrog Pay; calendar years, a GMV target stated three times).

The amount names which statement of the goal is meant: the actual against that one,
with how far above or below it. An amount that names no goal ("vs 5 units") is another
figure.

On the engine this session started from (3f25a2a) the three wordings with an amount were read
as a growth and answered the latest target's rise over the year before (wrong answers in
a new development set); the goal without an amount is a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

T = "Tallkrog Pay"
Y24, Y25 = "2024-01-01/2024-12-31", "2025-01-01/2025-12-31"
FACTS = [
    fact(T, "gross merchandise volume", "actual", Y24, 56_000_000_000, "SEK", "2025-02-06"),
    fact(T, "gross merchandise volume", "target", Y25, 68_000_000_000, "SEK", "2025-02-06"),
    fact(T, "gross merchandise volume", "target", Y25, 72_000_000_000, "SEK", "2025-07-17"),
    fact(T, "gross merchandise volume", "target", Y25, 70_000_000_000, "SEK", "2025-10-23"),
    fact(T, "gross merchandise volume", "actual", Y25, 70_900_000_000, "SEK", "2026-02-05"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": T, "aliases": ["Tallkrog"]}], FACTS, "2026-02-05"))


@pytest.mark.parametrize(
    ("question", "goal", "gap"),
    [
        ("tallkrog 2025 gmv vs the 68bn goal", 68e9, "2.9 billion"),
        ("tallkrog 2025 gmv against the original 68bn goal", 68e9, "2.9 billion"),
        ("tallkrog 2025 gmv vs the 72bn target", 72e9, "1.1 billion"),
        ("tallkrog 2025 gmv vs the goal", 70e9, "900 million"),
    ],
)
def test_the_actual_against_the_goal_named(engine, question, goal, gap) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts][:2] == [70.9e9, goal], answer.text
    assert gap in answer.text, answer.text
