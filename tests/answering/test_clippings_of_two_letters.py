"""Chat's clippings of a metric's word to its first two letters ("op ebitda", "ec.
occupancy", "revenue from ops"), read as that word only beside the metric's other words
(across a small word of its name: "from"); and "ord profit", three letters kept, read as
ordinary profit by the family test too. Over companies invented here (Tallis Cold
Storage, Tokiwa Card, calendar years).

On the engine this session started from (6c5a4a2) each was refused for the clipped word.
The guards: a dictionary word ("gas") is never a clipping ("gaming"), and a clipping
alone names nothing."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

T, Y25, Q4 = "Tallis Cold Storage", "2025-01-01/2025-12-31", "2025-10-01/2025-12-31"
K = "Tokiwa Card"
FACTS = [
    fact(T, "operating EBITDA", "actual", Y25, 412_000_000, "USD", "2026-02-12"),
    fact(T, "revenue from operations", "actual", Y25, 1_930_000_000, "USD", "2026-02-12"),
    fact(T, "economic occupancy", "actual", Q4, 82.1, "percent", "2026-02-12"),
    fact(T, "gaming revenue", "actual", Y25, 40_000_000, "USD", "2026-02-12"),
    fact(K, "ordinary profit", "actual", Y25, 58_000_000, "JPY", "2026-02-12"),
    fact(K, "cards in force", "actual", "2025-12-31/2025-12-31", 19_000_000, "units", "2026-02-12"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": T, "aliases": ["Tallis"]}, {"name": K, "aliases": ["Tokiwa"]}]
    return engine_over(seed, bundle(entities, FACTS, "2026-02-12"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tallis op ebitda 2025", 412_000_000),
        ("tallis revenue from ops in 2025", 1_930_000_000),
        ("tallis ec. occupancy q4 2025", 82.1),
        # (three letters kept: a clipping the metric's family is read by, never another
        # family's "profit")
        ("tokiwa ord profit 2025", 58_000_000),
    ],
)
def test_a_word_clipped_to_two_letters(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text


@pytest.mark.parametrize("question", ["tallis gas revenue 2025", "tallis op in 2025"])
def test_no_clipping_without_the_metric_beside_it(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text
