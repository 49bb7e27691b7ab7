"""'How far did revenue fall short of the high end', 'how far short of it did revenue fall':
a miss against the range end, never a fall of the figure (before, "fall" read as a change
and the high end's own series answered, or nothing did).

Both failed on the engine this session started from (2de7fc9); the guard, a fall asked
plainly, passed."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

S = "Sallowby Lanes"
Y25, Y24 = "2025-01-01/2025-12-31", "2024-01-01/2024-12-31"
FACTS = [
    fact(S, "revenue (low end)", "forecast", Y25, 730_000_000, "USD", "2025-11-05"),
    fact(S, "revenue (high end)", "forecast", Y25, 742_000_000, "USD", "2025-11-05"),
    fact(S, "revenue", "actual", Y25, 736_400_000, "USD", "2026-02-20"),
    fact(S, "revenue", "actual", Y24, 750_000_000, "USD", "2025-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": S, "aliases": ["Sallowby"]}], FACTS, "2026-02-20"))


@pytest.mark.parametrize(
    "question",
    [
        "how far did sallowby's 2025 revenue fall short of the high end",
        "how far short of the high end did sallowby's 2025 revenue fall",
    ],
)
def test_falling_short_of_a_range_end(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "$5.6 million" in answer.text and "short" in answer.text, answer.text


def test_a_fall_asked_plainly(engine) -> None:
    answer = engine.ask("how much did sallowby's revenue fall in 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert "$13.6 million" in answer.text, answer.text
