"""An expectation of the kind asked, held by one of two figures the words name alike: "the
2025 sales target" where "sales" names revenue (guided by a forecast range only) and
property sales (with a target, raised once) alike is the property sales target, never
the revenue forecast. Over a developer invented here (Qurm Bay Developments; calendar
years). On the engine of 2026-12-06 the revenue forecast was given (wrong answers of a
development set). Guards: a forecast asked is revenue's; the target alone; a figure named
as written ("net profit", a target) keeps its target for the guidance asked, never a
line's forecast ("mall net profit").
"""

from __future__ import annotations

import pytest

from bot.answering import Engine
from tests.answering.invented import cited, fact, one_company

Q = "Qurm Bay Developments"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(Q, "revenue (low end)", "forecast", Y25, 7.5e9, "AED", "2025-02-13"),
    fact(Q, "revenue (high end)", "forecast", Y25, 8.0e9, "AED", "2025-02-13"),
    fact(Q, "revenue (low end)", "forecast", Y25, 8.0e9, "AED", "2025-07-30"),
    fact(Q, "revenue (high end)", "forecast", Y25, 8.4e9, "AED", "2025-07-30"),
    fact(Q, "property sales", "target", Y25, 14e9, "AED", "2025-02-13"),
    fact(Q, "property sales", "target", Y25, 16e9, "AED", "2025-07-30"),
    fact(Q, "net profit", "target", Y25, 2.0e9, "AED", "2025-02-13"),
    fact(Q, "mall net profit", "forecast", Y25, 0.4e9, "AED", "2025-02-13", high=0.5e9),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, Q, "Qurm Bay", FACTS, "2025-07-30")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("is qurm bay's 2025 sales target still 14bn?", 16e9),
        ("what was qurm bay's 2025 sales target when they first set it in feb", 14e9),
        ("qurm bay 2025 sales target", 16e9),
    ],
)
def test_the_target_asked_is_the_figure_holding_one(engine, question, value) -> None:
    answer = engine.ask(question)
    _, metrics = cited(engine, question)
    assert metrics == {"property sales"}, answer.text
    assert answer.facts[0].fact.value == value, answer.text


def test_a_forecast_asked_is_revenues(engine) -> None:
    _, metrics = cited(engine, "qurm bay 2025 revenue guidance")
    assert metrics <= {"revenue (low end)", "revenue (high end)"}


def test_a_figure_named_as_written_keeps_its_target(engine) -> None:
    _, metrics = cited(engine, "qurm bay 2025 net profit guidance")
    assert metrics == {"net profit"}
