"""'How much did the backlog grow between end of June and end of September 2025', where
the backlog is held at September's end and a year before but never at June's: the change
over those days is not held, so none is given (the year's change to September is not what
was asked); between two days both held, it is their change.

Failed on the engine of 8b0889e9 (the change from September 2024 given as the change
since June). The span with both ends held is a guard.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

N = "Nordvik Lifts"
SEP24, SEP25 = "2024-09-30/2024-09-30", "2025-09-30/2025-09-30"

FACTS = [
    fact(N, "order backlog", "actual", SEP24, 11_150_000_000, "NOK", "2024-10-24"),
    fact(N, "order backlog", "actual", SEP25, 11_420_000_000, "NOK", "2025-10-23"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": N, "aliases": ["Nordvik"]}], FACTS, "2025-10-23"))


def test_a_change_from_a_day_not_held_is_not_given(engine: Engine) -> None:
    answer = engine.ask(
        "how much did nordvik's backlog grow between end of june and end of sept 2025"
    )
    assert answer.status is not Status.ANSWERED, answer.text
    assert "270" not in answer.text, answer.text


def test_a_change_between_two_days_held_is_their_change(engine: Engine) -> None:
    answer = engine.ask(
        "how much did nordvik's backlog grow between end of sept 2024 and end of sept 2025"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert "270 million" in answer.text, answer.text
