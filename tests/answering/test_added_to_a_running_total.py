"""What was added to a running total over a span whose start is named ("how many did they
add to the cumulative total between end-October and end-December") is the later running
total less the earlier one, never the later running total alone.

On the engine this session started from (d37e2102) the running total to December
answered (a wrong answer; a development question of the kind was answered so). The
running total at a day ("at end-December", "through December", "from launch to
December") is a guard: it stays the level."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

L = "Lanxi Motors"
FACTS = [
    fact(
        L,
        "cumulative vehicle deliveries",
        "actual",
        "2020-03-01/2025-10-31",
        712_450,
        "units",
        "2025-11-01",
    ),
    fact(
        L,
        "cumulative vehicle deliveries",
        "actual",
        "2020-03-01/2025-12-31",
        766_820,
        "units",
        "2026-01-01",
    ),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": L, "aliases": ["Lanxi"]}], FACTS, "2026-01-01"))


@pytest.mark.parametrize(
    "question",
    [
        "how many cars did lanxi add to its cumulative total between end-october and "
        "end-december 2025",
        "lanxi cumulative deliveries from end-october to end-december 2025, how many added",
    ],
)
def test_added_between_two_days(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "54,370" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "lanxi cumulative deliveries at end-december 2025",
        "lanxi cumulative deliveries through december 2025",
        "lanxi cumulative deliveries from launch to december 2025",
    ],
)
def test_the_running_total_at_a_day(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 766_820 and len(answer.facts) == 1, answer.text
