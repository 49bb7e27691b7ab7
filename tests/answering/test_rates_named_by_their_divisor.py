"""A rate is never named by what it is per alone: "students" of "revenue per student" is
no revenue asked. A verb's noun is found in either spelling ("enrolled" -> "enrolment" as
well as "enrollment").

The enrolment spelt "enrollment" failed on the engine this session started from
(b2e8ec5); the rest are guards as worded here (a development question saying "enrolled
students" had answered with the revenue per student: a wrong answer)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

P = "Pemberly Learning"
FY = "2024-09-01/2025-08-31"
FACTS = [
    fact(P, "revenue per student", "actual", FY, 16_650, "USD", "2025-10-20"),
    fact(P, "total enrolment", "actual", "2025-08-31/2025-08-31", 146_700, "units", "2025-10-20"),
    fact(P, "revenue", "actual", FY, 2_442_000_000, "USD", "2025-10-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entity = {"name": P, "aliases": ["Pemberly"], "fiscal_year_end": "08-31"}
    entity["fiscal_year_named_by"] = "end"
    return engine_over(seed, bundle([entity], FACTS, "2025-10-20"))


def test_what_a_rate_is_per_names_no_rate(engine) -> None:
    answer = engine.ask("how many students were enrolled at pemberly at the close of fy25")
    assert "16,650" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("pemberly's enrollment total, end of fy25", "146,700"),
        ("pemberly revenue per student fy25", "16,650"),
    ],
)
def test_the_figures_named_answer(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert value in answer.text, answer.text
