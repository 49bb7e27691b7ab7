"""A single-figure guidance asked as a ceiling ("did capex stay within its guidance",
"kept within budget"), over a company invented here (Lagos Wave Telecom; calendar years).

Staying within one figure is coming in at or below it: "Yes" when capex was less. "Did
they hit it" still asks whether it was reached.

On the engine this session started from (3f25a2a) "stay within" was answered "No" (a
wrong answer in a new development set); "hit" is a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine
from tests.answering.invented import bundle, engine_over, fact

L = "Lagos Wave Telecom"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(L, "capex", "actual", Y25, 561_300_000_000, "NGN", "2026-03-01"),
    fact(L, "capex", "forecast", Y25, 580_000_000_000, "NGN", "2025-07-30"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": L, "aliases": ["Lagos Wave"]}], FACTS, "2026-03-01"))


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("did lagos wave stay within its 2025 capex guidance", "Yes"),
        ("did lagos wave keep its 2025 capex within guidance", "Yes"),
        ("did lagos wave hit its 2025 capex guidance", "No"),
    ],
)
def test_a_ceiling(engine, question, verdict) -> None:
    answer = engine.ask(question)
    assert answer.text.startswith(f"{verdict}:"), answer.text
    assert sorted(v.fact.value for v in answer.facts) == [561.3e9, 580e9], answer.text
