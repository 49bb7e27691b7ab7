"""A figure corrected, said as a correction or an amendment as a restatement is: "before
they corrected it", "before the correction" and "before it was amended" are the figure
first stated, "the corrected figure" the latest, "how big was the correction" the
revision with both statements.

The first three and the correction's size failed on the engine of e698371c ("corrected"
was no word of revising, so the latest figure answered; "correction" was an unknown
thing). The corrected figure, asked so, is a guard.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C = "Ostrava Wire Works"
AUG = "2025-08-01/2025-08-31"
FACTS = [
    fact(C, "wire produced (tonnes)", "actual", AUG, 18_420, "units", "2025-09-03"),
    fact(C, "wire produced (tonnes)", "actual", AUG, 18_060, "units", "2025-10-02"),
    fact(
        C,
        "wire produced (tonnes)",
        "actual",
        "2025-09-01/2025-09-30",
        19_110,
        "units",
        "2025-10-02",
    ),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": C, "aliases": ["Ostrava Wire"]}]
    return engine_over(seed, bundle(entities, FACTS, "2025-10-02"))


@pytest.mark.parametrize(
    "question",
    [
        "ostrava wire tonnes produced in august 2025 before they corrected it",
        "ostrava wire august 2025 wire production before the correction",
        "what was ostrava wire's august 2025 wire output before it was amended",
    ],
)
def test_before_a_correction_is_the_figure_first_stated(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 18_420, answer.text
    assert answer.text.count("18,420") >= 1 and "was 18,420" in answer.text


def test_the_size_of_a_correction_is_the_revision(engine: Engine) -> None:
    answer = engine.ask("how big was the correction to ostrava wire's august 2025 wire production")
    assert answer.status is Status.ANSWERED, answer.text
    assert "lowered by 360" in answer.text and "18,420" in answer.text


def test_the_corrected_figure_is_the_latest(engine: Engine) -> None:
    answer = engine.ask("ostrava wire's corrected august 2025 wire production")
    assert answer.status is Status.ANSWERED, answer.text
    assert "was 18,060" in answer.text
