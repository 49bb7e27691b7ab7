"""A line of business named by a word that is also a verb ("Mind", "Blocks") names that
line whenever a question says it: the whole company's figure of another metric never
answers a question about the line.

Failed on the engine this session started from (b2e8ec5): the group's bed count
answered for the Mind division (a wrong answer); the rest are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C = "Corvane Health"
FY = "2024-10-01/2025-09-30"
FACTS = [
    fact(C, "registered beds", "actual", "2025-09-30/2025-09-30", 10_064, "units", "2025-11-20"),
    fact(C, "Corvane Mind revenue", "actual", FY, 1_420_000_000, "ZAR", "2025-11-20"),
    fact(C, "revenue", "actual", FY, 24_800_000_000, "ZAR", "2025-11-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entity = {"name": C, "aliases": ["Corvane"], "fiscal_year_end": "09-30"}
    entity["fiscal_year_named_by"] = "end"
    return engine_over(seed, bundle([entity], FACTS, "2025-11-20"))


def test_a_line_named_by_a_verb_is_never_the_whole(engine) -> None:
    answer = engine.ask("how many beds does corvane mind have")
    assert answer.status is not Status.ANSWERED, answer.text
    assert "10,064" not in answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("corvane mind revenue fy25", "1.42 billion"),
        ("how many beds does corvane have", "10,064"),
    ],
)
def test_the_line_and_the_whole_still_answer(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert value in answer.text, answer.text
