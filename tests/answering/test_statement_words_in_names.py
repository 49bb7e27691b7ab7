"""A word of a statement's kind said inside a metric's own name ("pet health plan
members"), over a company invented here (Cranmore Vets, fiscal years to March named by
their end).

"Plan" of "pet health plan members" is the name's word, never a target: the count at a
date is answered. A target asked in so many words is still a target.

On the engine this session started from (5c67d98) the counts were refused ("not a target
figure"); the revenue target and a name ending in "target" are guards. (The first form of
the rule, d411ee8, read a name's last word of expectation as the name's too: one held-out
test company lost 10 answers and gained 3 wrong ones, seen in its totals only.)"""

from __future__ import annotations

import pytest

from tests.answering.invented import bundle, engine_over, fact

C = "Cranmore Vets"
FACTS = [
    fact(
        C,
        "pet health plan members",
        "actual",
        "2025-03-31/2025-03-31",
        486_000,
        "units",
        "2025-06-01",
    ),
    fact(C, "revenue", "actual", "2024-04-01/2025-03-31", 4.9e8, "GBP", "2025-06-01"),
    fact(C, "revenue", "target", "2026-04-01/2027-03-31", 5.6e8, "GBP", "2025-06-01"),
    fact(C, "practices acquired", "actual", "2024-04-01/2025-03-31", 14, "units", "2025-06-01"),
    fact(
        C, "practices acquired target", "target", "2024-04-01/2025-03-31", 20, "units", "2024-06-01"
    ),
]


@pytest.fixture(scope="module")
def engine(seed):
    entity = {
        "name": C,
        "aliases": ["Cranmore"],
        "fiscal_year_end": "03-31",
        "fiscal_year_named_by": "end",
    }
    return engine_over(seed, bundle([entity], FACTS, "2025-06-01"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("pet health plan members at cranmore, 31 march 2025", 486_000),
        ("cranmore pet plan members at end fy25", 486_000),
        ("cranmore's fy27 revenue target", 5.6e8),
    ],
)
def test_a_statement_word_of_a_name(engine, question, value) -> None:
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts] == [value], answer.text


def test_a_names_last_word_of_expectation_says_its_kind(engine) -> None:
    """("practices acquired target": the target, set against what was done)"""
    answer = engine.ask("did cranmore hit its practices acquired target in fy25")
    assert sorted(v.fact.value for v in answer.facts) == [14, 20], answer.text
    assert "short" in answer.text or "No" in answer.text, answer.text
