"""'Leather goods organic Q3': a basis only a change is measured on ("organic", "like for
like", "constant currency") said of a line names the line's stated change on that basis,
though no word of growth is said. Over a company invented here (Casa Orvieto, calendar
years).

On the engine this session started from (6c5a4a2) the change did not agree with a
question saying no growth, the line's revenue was taken, and "organic" was left
unexplained (refused). The line's level asked by its name is a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C, Q3 = "Casa Orvieto", "2025-07-01/2025-09-30"
FACTS = [
    fact(C, "leather goods revenue", "actual", Q3, 612e6, "EUR", "2025-10-20"),
    fact(C, "leather goods organic growth", "actual", Q3, 10.2, "percent", "2025-10-20"),
    fact(C, "wholesale like-for-like growth", "actual", Q3, -3.0, "percent", "2025-10-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": C, "aliases": ["Orvieto"]}], FACTS, "2025-10-20"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("orvieto leather goods organic q3 2025", 10.2),
        ("orvieto wholesale like-for-like in q3 2025", -3.0),
        ("orvieto leather goods revenue q3 2025", 612e6),  # (a guard)
    ],
)
def test_a_basis_said_names_the_change(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text
