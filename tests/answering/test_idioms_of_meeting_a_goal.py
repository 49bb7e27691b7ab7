"""Idioms of meeting a goal ("deliver on", "live up to", "blow past", "on target") and a
figure set against its goal ("differ from the goal", "the difference between X and its
target"), over a company invented here (Corrib Clinics, calendar years).

Each asks how the actual stands against the target, answered with both figures and the
gap; "deliver on" never names deliveries, and "differ from the goal" never asks how the
goal was revised. "Delivered on" a day is still the verb of delivering.

On the engine this session started from (5c67d98) the four idioms and "differ from" were
answered with the target alone (a wrong answer to a question of meeting it), and "the
difference between" refused; the day is a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C = "Corrib Clinics"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(C, "patient admissions", "actual", Y25, 434_900, "units", "2026-02-20"),
    fact(C, "patient admissions", "target", Y25, 430_000, "units", "2025-03-01"),
    fact(C, "scanners delivered", "actual", "2025-03-31/2025-03-31", 12, "units", "2025-04-02"),
    fact(C, "inspection pass rate", "actual", Y25, 96.5, "percent", "2026-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": C, "aliases": ["Corrib"]}], FACTS, "2026-02-20"))


@pytest.mark.parametrize(
    "question",
    [
        "did corrib deliver on its 2025 patient admissions target",
        "did corrib's 2025 patient admissions live up to the target",
        "did corrib blow past its 2025 patient admissions target",
        "were corrib's 2025 patient admissions on target",
    ],
)
def test_an_idiom_of_meeting_a_goal(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith("Yes"), answer.text
    assert sorted(v.fact.value for v in answer.facts) == [430_000, 434_900], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how much did corrib's 2025 patient admissions differ from the goal",
        "difference between corrib's 2025 patient admissions and its target",
    ],
)
def test_a_figure_set_against_its_goal(engine, question) -> None:
    answer = engine.ask(question)
    assert sorted(v.fact.value for v in answer.facts) == [430_000, 434_900], answer.text
    assert "4,900" in answer.text, answer.text


def test_delivered_on_a_day_is_the_verb(engine) -> None:
    answer = engine.ask("how many scanners did corrib deliver on 31 march 2025")
    assert [v.fact.value for v in answer.facts] == [12], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "had corrib's 2025 patient admissions passed the target",
        "did corrib's 2025 patient admissions go past its target",
        "have corrib's 2025 patient admissions gone past the goal",
    ],
)
def test_passing_a_goal(engine, question) -> None:
    """'Passed its target', 'gone past the goal': beating it. On 3f25a2a all three were
    answered with the target alone."""
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith("Yes"), answer.text
    assert sorted(v.fact.value for v in answer.facts) == [430_000, 434_900], answer.text


def test_a_pass_rate_is_no_goal_passed(engine) -> None:
    """'Pass' naming a figure ("inspection pass rate") is no goal passed (a guard)."""
    answer = engine.ask("what was corrib's inspection pass rate in 2025")
    assert [v.fact.value for v in answer.facts] == [96.5], answer.text
