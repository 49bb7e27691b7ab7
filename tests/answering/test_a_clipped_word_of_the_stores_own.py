"""A clipped word of the store's own is read as that word ("rec" of "recurring EBITDA"),
never as the reporting vocabulary's "receipts" (the store keeps its words as lemmas,
"recur", two letters longer than the clip). Over a utility invented here (Mondego Energia).
On the engine of 2026-12-05 "rec EBITDA" read as revenue, and a share was worked out of
the revenue: a wrong answer of a development set on arrival.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

M = "Mondego Energia"
H1 = "2025-01-01/2025-06-30"
FACTS = [
    fact(M, "revenues", "actual", H1, 5_600_000_000, "EUR", "2025-07-29"),
    fact(M, "recurring EBITDA", "actual", H1, 1_400_000_000, "EUR", "2025-07-29"),
    fact(M, "Networks recurring EBITDA", "actual", H1, 420_000_000, "EUR", "2025-07-29"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, M, "Mondego", FACTS, "2026-02-26")


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("networks share of mondego 1H25 rec EBITDA", [420_000_000, 1_400_000_000]),
        ("mondego rec ebitda 1h25", [1_400_000_000]),
    ],
)
def test_a_clipped_word_of_the_stores_own(engine, question, values) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == values, answer.text
