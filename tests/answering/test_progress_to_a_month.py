"""A month said alone after "after", "through" or "by the end of", in a question about a
longer goal ("after October, how many more deliveries did they need to reach the 2025
target"), is where the actual is counted to: the running total to that month's end
against the goal, never the whole year's actual.

On the engine this session started from (d37e2102) the three wordings answered the
year's actual against the target (wrong answers; a development question of the kind was
answered so). "Did they hit the target" and the month a goal was set in ("the target set
in October") are guards: both stay the year's actual against the goal."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

H = "Hollis Motor Works"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(H, "deliveries", "target", Y25, 420_000, "units", "2025-02-10"),
    fact(H, "deliveries", "target", Y25, 380_000, "units", "2025-10-21"),
    fact(H, "deliveries", "actual", "2025-01-01/2025-09-30", 268_400, "units", "2025-10-02"),
    fact(H, "deliveries", "actual", "2025-01-01/2025-10-31", 301_250, "units", "2025-11-03"),
    fact(H, "deliveries", "actual", Y25, 377_900, "units", "2026-01-05"),
    fact(H, "revenue (low end)", "forecast", Y25, 9_000_000_000, "USD", "2025-07-30"),
    fact(H, "revenue (high end)", "forecast", Y25, 9_400_000_000, "USD", "2025-07-30"),
    fact(H, "revenue", "actual", "2025-01-01/2025-09-30", 6_750_000_000, "USD", "2025-10-29"),
    fact(H, "revenue", "actual", Y25, 9_120_000_000, "USD", "2026-02-11"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": H, "aliases": ["Hollis"]}], FACTS, "2026-02-11"))


@pytest.mark.parametrize(
    "question",
    [
        "after october, how many more deliveries did hollis need to reach the revised 2025 target",
        "how far short of its 2025 delivery target was hollis through october",
        "how many deliveries did hollis still need to reach its 2025 target at the end of october",
    ],
)
def test_the_running_total_to_the_month(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "Jan – Oct 2025" in answer.text, answer.text
    assert "78,750 to go" in answer.text, answer.text


def test_a_range_goal_keeps_both_ends(engine) -> None:
    answer = engine.ask("how far was hollis from its 2025 revenue guidance after september")
    assert answer.status is Status.ANSWERED, answer.text
    assert "Jan – Sep 2025" in answer.text, answer.text
    assert "$2.25 billion" in answer.text and "$2.65 billion" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "did hollis hit its revised 2025 delivery target",
        "how far short of the 2025 delivery target set in october did hollis end up",
    ],
)
def test_the_whole_year_against_the_goal(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "2,100" in answer.text and "Jan – Oct" not in answer.text, answer.text
