"""An adjective or participle said in the place of a name's own modifier names another
variety: "condensed milk revenue" where the store holds "liquid milk revenue" (and
yoghurt and powdered milk lines) is refused, never the liquid milk figure. Over a dairy
invented here (Sông Xanh Dairy; calendar years). On the engine of 2026-12-06 the liquid
milk revenue was given (a wrong answer of a development set). Guards: the line by its own
modifier; a basis word ("reported") in that place; "fresh milk" (refused before too).
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

D = "Song Xanh Dairy"
H1 = "2025-01-01/2025-06-30"
SAID = "2025-07-28"
FACTS = [
    fact(D, "liquid milk revenue", "actual", H1, 3.214e12, "VND", SAID),
    fact(D, "powdered milk and nutrition revenue", "actual", H1, 1.9e12, "VND", SAID),
    fact(D, "net revenue", "actual", H1, 6.4e12, "VND", SAID),
    fact(D, "electricity generation (GWh)", "actual", H1, 410, "units", SAID),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, D, "SXD", FACTS, SAID)


@pytest.mark.parametrize(
    "question",
    [
        "sxd condensed milk revenue h1 2025",
        "sxd fresh milk revenue h1 2025",
        # (the name's own modifier a word of the reporting vocabulary: "distributed" is
        # still no "generation"; refused again after the review of 2026-12-06)
        "sxd electricity distributed gwh h1 2025",
    ],
)
def test_another_variety_is_refused(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("sxd liquid milk revenue h1 2025", 3.214e12),
        ("sxd reported revenue h1 2025", 6.4e12),
    ],
)
def test_the_line_by_its_own_modifier_and_a_basis(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text
