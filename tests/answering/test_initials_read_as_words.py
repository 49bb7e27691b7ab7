"""Initials of a metric's words are a name for it only when they read as no English word:
"ins" (implant net sales) is read as the plural of "in", "ons" (orthodontic net sales) as
"on", so a question saying "in" or "on" never names that line.

Both failed on the engine this session started from (b2e8ec5): "net sales in 2025"
answered with the implant line (a wrong answer: a segment's figure for the whole)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

W = "Wexcombe Dental"
Y25, Y24 = "2025-01-01/2025-12-31", "2024-01-01/2024-12-31"
FACTS = [
    fact(W, "net sales", "actual", Y25, 2_400_000_000, "USD", "2026-02-12"),
    fact(W, "net sales", "actual", Y24, 2_250_000_000, "USD", "2025-02-12"),
    fact(W, "implant net sales", "actual", Y25, 1_050_000_000, "USD", "2026-02-12"),
    fact(W, "implant net sales", "actual", Y24, 990_000_000, "USD", "2025-02-12"),
    fact(W, "orthodontic net sales", "actual", Y25, 810_000_000, "USD", "2026-02-12"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": W, "aliases": ["Wexcombe"]}], FACTS, "2026-02-12"))


@pytest.mark.parametrize(
    "question",
    ["wexcombe net sales in 2025", "how much did wexcombe's net sales come in at, based on 2025"],
)
def test_a_function_word_never_names_a_line(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == ["net sales"], answer.text


def test_growth_of_the_whole_in_dollars(engine) -> None:
    answer = engine.ask("wexcombe 2025: net sales up by how much, in dollars")
    assert answer.status is Status.ANSWERED, answer.text
    assert {v.fact.metric for v in answer.facts} == {"net sales"}, answer.text
    assert "150 million" in answer.text, answer.text


def test_initials_keep_a_preposition_inside(seed) -> None:
    """'AoP growth %' of "assets on platform": initials keep a preposition inside the run
    ("on"); before, the two-letter word broke it and "AoP" read as revenue (a wrong
    answer on b2e8ec5)."""
    f = "Fenwright Exchange"
    facts = [
        fact(
            f, "assets on platform", "actual", "2025-12-31/2025-12-31", 58.4e9, "EUR", "2026-02-10"
        ),
        fact(
            f, "assets on platform", "actual", "2024-12-31/2024-12-31", 41.7e9, "EUR", "2025-02-10"
        ),
        fact(f, "net revenue", "actual", "2025-01-01/2025-12-31", 1.284e9, "EUR", "2026-02-10"),
        fact(f, "net revenue", "actual", "2024-01-01/2024-12-31", 0.936e9, "EUR", "2025-02-10"),
    ]
    engine = engine_over(seed, bundle([{"name": f, "aliases": ["Fenwright"]}], facts, "2026-02-10"))
    answer = engine.ask("fenwright AoP growth % over 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert {v.fact.metric for v in answer.facts} == {"assets on platform"}, answer.text
