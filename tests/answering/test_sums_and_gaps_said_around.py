"""Sums and gaps said in ways met on companies nobody had seen, over a company invented
here:

- "nov plus dec 2025": months joined by "plus" are added up, as with "+" or "and …
  combined"; "plus" is never the sign of a difference;
- "how far did the year land from its first outlook's top": the actual against that
  end of the first statement, not the first statement's history (ends held as metrics of
  their own; a range held as one fact with both ends is a case left open);
- "Q3 vs Q2 revenue change": between two quarters not a year apart, the levels moved,
  never two stated year-on-year rates set against each other.

All three failed before."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

P = "Pellmoor Leisure"
STATED = "2026-02-20"
YEAR = "2025-01-01/2025-12-31"

FACTS = [
    fact(P, "gaming revenue", "actual", "2025-11-01/2025-11-30", 3_040_000_000, "HKD", STATED),
    fact(P, "gaming revenue", "actual", "2025-12-01/2025-12-31", 3_290_000_000, "HKD", STATED),
    fact(P, "adjusted EBITDA (low end)", "forecast", YEAR, 11_000_000_000, "HKD", "2025-03-20"),
    fact(P, "adjusted EBITDA (high end)", "forecast", YEAR, 11_800_000_000, "HKD", "2025-03-20"),
    fact(P, "adjusted EBITDA (low end)", "forecast", YEAR, 11_500_000_000, "HKD", "2025-08-20"),
    fact(P, "adjusted EBITDA (high end)", "forecast", YEAR, 12_000_000_000, "HKD", "2025-08-20"),
    fact(P, "adjusted EBITDA", "actual", YEAR, 11_742_000_000, "HKD", STATED),
    fact(P, "hotel revenue", "actual", "2025-07-01/2025-09-30", 880_000_000, "HKD", STATED),
    fact(P, "hotel revenue", "actual", "2025-10-01/2025-12-31", 950_000_000, "HKD", STATED),
    fact(P, "hotel revenue growth", "actual", "2025-07-01/2025-09-30", 6.0, "percent", STATED),
    fact(P, "hotel revenue growth", "actual", "2025-10-01/2025-12-31", 2.0, "percent", STATED),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": P, "aliases": []}], FACTS, published=STATED))


def answered(engine: Engine, question: str):
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    return answer


def test_months_joined_by_plus_add_up(engine) -> None:
    answer = answered(engine, "pellmoor gaming revenue nov plus dec 2025")
    assert answer.intent == "sum", answer.text
    assert sorted(v.fact.value for v in answer.facts) == [3_040_000_000, 3_290_000_000]


def test_how_far_from_an_end_of_the_original_statement(engine) -> None:
    answer = answered(
        engine,
        "how far did pellmoor's 2025 adjusted ebitda land from the top end of its first outlook",
    )
    assert [v.fact.value for v in answer.facts] == [11_742_000_000, 11_800_000_000], answer.text


def test_a_change_between_quarters_moves_the_levels(engine) -> None:
    answer = answered(engine, "pellmoor q4 2025 vs q3 2025 hotel revenue change")
    assert [v.fact.value for v in answer.facts] == [950_000_000, 880_000_000], answer.text
