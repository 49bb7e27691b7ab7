"""A range, or one of its ends, said to move ("how far has the top of the EPS range come
down", "how much has the low end risen since June") is an expectation revised, even where
no word of expectation ("guidance", "forecast") is said: ranges are only expected.

On the engine this session started from (d37e2102) both questions asked growth of an
actual figure and answered "not an actual figure" (misses; a development question of the
kind failed so). A growth rate's range ("the low end of the organic growth range") and an
actual's growth are guards: they stay a value and a growth."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

W = "Wexcombe Freight"
Y25 = "2025-01-01/2025-12-31"
Y24 = "2024-01-01/2024-12-31"
FACTS = [
    fact(W, "adjusted EPS (low end)", "forecast", Y25, 4.10, "USD", "2025-02-20"),
    fact(W, "adjusted EPS (high end)", "forecast", Y25, 4.40, "USD", "2025-02-20"),
    fact(W, "adjusted EPS (low end)", "forecast", Y25, 3.80, "USD", "2025-07-24"),
    fact(W, "adjusted EPS (high end)", "forecast", Y25, 4.05, "USD", "2025-07-24"),
    fact(W, "adjusted EPS", "actual", Y24, 3.95, "USD", "2025-02-20"),
    fact(W, "adjusted EPS", "actual", Y25, 3.90, "USD", "2026-02-19"),
    fact(W, "organic growth (low end)", "forecast", Y25, 3.0, "percent", "2025-02-20"),
    fact(W, "organic growth (high end)", "forecast", Y25, 5.0, "percent", "2025-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": W, "aliases": ["Wexcombe"]}], FACTS, "2026-02-19"))


@pytest.mark.parametrize(
    ("question", "moved"),
    [
        ("how far has the top of wexcombe's 2025 eps range come down", "$0.35"),
        ("how much has the low end of wexcombe's 2025 eps fallen since february", "$0.3"),
    ],
)
def test_a_range_end_moving_is_a_revision(engine, question, moved) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert f"lowered by {moved}" in answer.text, answer.text


def test_the_low_end_of_a_growth_range_stays_a_value(engine) -> None:
    answer = engine.ask("what's the low end of wexcombe's 2025 organic growth range")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith("Wexcombe Freight's organic growth (low end)"), answer.text
    assert "3%" in answer.text, answer.text


def test_an_actual_growth_stays_growth(engine) -> None:
    answer = engine.ask("how much did wexcombe's adjusted eps fall in 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert "down $0.05" in answer.text, answer.text
