"""A month said beside a goal is either when the goal was stated ("the target it had in
February 2026") or the date the goal is for ("the December 2026 user goal"). Where the
month begins after every statement held of the figure, it was no statement's day: the
series' goal for that month is meant, and the words of which statement ("original") are
read as said.

"original december 2026 … goal" failed on the engine before this change (b9d9b58d): the
month was read as a statement date, which made "original" mean nothing, and the latest
goal answered (a wrong answer). The guards (a month when a goal was stated, a goal asked
plainly, a month of no goal) passed then too."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

W = "Wrenmoor Pay"
DEC26 = "2026-12-01/2026-12-31"
MAY26 = "2026-05-01/2026-05-31"
FACTS = [
    fact(W, "monthly active merchants", "target", DEC26, 840_000, "units", "2026-02-10"),
    fact(W, "monthly active merchants", "target", DEC26, 780_000, "units", "2026-06-04"),
    fact(W, "monthly active merchants", "actual", MAY26, 612_000, "units", "2026-06-04"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": W, "aliases": ["Wrenmoor"]}], FACTS, "2026-06-04"))


@pytest.mark.parametrize(
    "question",
    [
        "what was wrenmoor's original december 2026 merchant goal",
        "wrenmoor initial dec 2026 monthly active merchants target?",
    ],
)
def test_the_first_statement_of_a_goal_for_a_month(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 840_000, answer.text


def test_the_goal_for_a_month_asked_plainly_is_the_latest(engine) -> None:
    answer = engine.ask("wrenmoor's december 2026 merchants target")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 780_000, answer.text


def test_a_month_a_goal_was_stated_in_is_still_its_day(engine) -> None:
    # (guard: February 2026 holds a statement: the goal as it stood then)
    answer = engine.ask("what merchant target did wrenmoor have in february 2026")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 840_000, answer.text


def test_a_month_no_goal_is_for_changes_nothing(engine) -> None:
    # (guard: no goal for November 2026: the month stays a statement date, and the
    # goal as it stood by then is the latest)
    answer = engine.ask("wrenmoor's merchant target in november 2026")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 780_000, answer.text
