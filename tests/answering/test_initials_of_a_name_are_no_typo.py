"""A short word that spells the initials of a run of a metric's name ("heps" of "headline
earnings per share") is that name, never a typo of another metric's word one letter
away ("hens"), over a company invented here (Vaalkop Eggs, calendar years).

On the engine this session started from (6c5a4a2) "heps" answered the laying hens (a
wrong figure). The hens asked by their name, and a typo of them, are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

V, Y25, END25 = "Vaalkop Eggs", "2025-01-01/2025-12-31", "2025-12-31/2025-12-31"
FACTS = [
    fact(V, "headline earnings per share", "actual", Y25, 3.02, "ZAR", "2026-03-10"),
    fact(V, "laying hens", "actual", END25, 9_840_000, "units", "2026-03-10"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": V, "aliases": ["Vaalkop"]}], FACTS, "2026-03-10"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("vaalkop HEPS 2025", 3.02),
        ("vaalkop heps for 2025", 3.02),
        ("how many laying hens did vaalkop have at end 2025", 9_840_000),  # (guards)
        ("vaalkop layng hens end 2025", 9_840_000),
    ],
)
def test_initials_of_a_name_and_the_word_they_look_like(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text
