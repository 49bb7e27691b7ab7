"""'How many more doors to reach the 20k goal from March 2026': the month is the date of
the level the rest is counted from, never when the goal was stated (which answered the
goal alone, a figure that is no gap); the goal, a count on a later day named by its
amount, is set against the level on the day named, else the latest one held. Over a
company invented here (Tsurugi Cards, calendar years), whose goal is for 2028.

On the engine this session started from (6c5a4a2) the goal alone answered (a wrong
figure). The goal asked for its own date is a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

T = "Tsurugi Cards"
FACTS = [
    fact(T, "retail doors", "actual", "2026-03-31/2026-03-31", 18_610, "units", "2026-05-12"),
    fact(T, "retail doors", "target", "2028-03-31/2028-03-31", 20_000, "units", "2025-11-12"),
]


def _engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": T, "aliases": ["Tsurugi"]}], FACTS, "2026-05-12"))


@pytest.mark.parametrize(
    "question",
    [
        "how many more doors does tsurugi need to reach the 20k goal from march 2026",
        "how many more doors does tsurugi still need to hit its 20k goal",
    ],
)
def test_the_gap_from_the_level_to_the_goal(seed, question) -> None:
    answer = _engine(seed).ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "1,390" in answer.text, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [18_610, 20_000], answer.text


def test_the_goal_for_its_own_date(seed) -> None:  # (a guard)
    answer = _engine(seed).ask("tsurugi retail doors target for march 2028")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [20_000], answer.text
