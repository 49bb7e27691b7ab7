"""A line whose name has an accented letter, over a company invented here (Cerro Pardo
Minera; calendar years, two mines).

"Santa Inés copper production": its words are "Santa" and "Ines", never "In" and "s" (a
split at the accent read the question's "in" as the mine's name), so the company's
total answers a question naming no mine, and the mine answers by its name typed with or
without the accent.

On the engine this session started from (3f25a2a) the company's total asked with "in"
was answered with the mine's figure (a wrong answer in a new development set); the
mine's own questions are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C = "Cerro Pardo Minera"
Q3 = "2024-07-01/2024-09-30"
FACTS = [
    fact(C, "copper production", "actual", Q3, 53_300, "units", "2024-10-20"),
    fact(C, "Santa Inés copper production", "actual", Q3, 19_100, "units", "2024-10-20"),
    fact(C, "Quebrada Larga copper production", "actual", Q3, 34_200, "units", "2024-10-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": C, "aliases": ["Cerro Pardo"]}], FACTS, "2024-10-20"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("How much copper did Cerro Pardo produce in Q3 2024?", 53_300),
        ("cerro pardo santa ines copper q3 2024", 19_100),
        ("cerro pardo santa inés copper q3 2024", 19_100),
        ("cerro pardo quebrada larga copper production in q3 2024", 34_200),
    ],
)
def test_accented_names(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text
