"""Sums and differences a question spells out ("A minus B", "A plus B", "(A + B)"), over a
company invented here (Pellory Health, a clinic operator that sells software too: cloud
and term-licence revenue, hospitals and day-surgery centres, revenue and its growth):

- "subscription revenue (cloud + term license)" where the term licences of the year are
  not held: never the cloud revenue alone;
- "sites (hospitals + day surgery)" where only the centres are held for the date: never
  the centres alone;
- "organic minus reported growth" where only the reported growth is held: never it;
- "revenue (total minus cloud subscription)": never the total.

On the engine of 2026-12-06 each was answered with the one figure found (development
sets' wrong answers: "attributable minus deducted net profit", "cloud + term license").
Guards: a figure named as the whole the brackets list, as the sum ("floor plus wall
tiles"), as the part left out ("revenue excluding cloud" for "total minus cloud"),
periods set apart ("revenue fy2025 minus revenue fy2024": a change).
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, values

T = "Pellory Health"
Y24 = "2024-01-01/2024-12-31"
Y25 = "2025-01-01/2025-12-31"
MAR25 = "2025-03-31/2025-03-31"
FACTS = [
    fact(T, "cloud subscription revenue", "actual", Y25, 310e6, "EUR", "2026-02-10"),
    fact(T, "term license revenue", "actual", Y24, 90e6, "EUR", "2025-02-10"),
    fact(T, "term license revenue change", "actual", Y25, -4.0, "percent", "2026-02-10"),
    fact(T, "day surgery centres", "actual", MAR25, 16, "units", "2025-05-10"),
    fact(T, "hospitals", "actual", "2024-03-31/2024-03-31", 27, "units", "2024-05-10"),
    fact(T, "clinics", "actual", MAR25, 44, "units", "2025-05-10"),
    fact(T, "revenue", "actual", Y25, 720e6, "EUR", "2026-02-10"),
    fact(T, "revenue", "actual", Y24, 690e6, "EUR", "2025-02-10"),
    fact(T, "revenue growth", "actual", Y25, 4.3, "percent", "2026-02-10"),
    fact(T, "organic revenue growth", "actual", Y24, 3.1, "percent", "2025-02-10"),
    fact(T, "revenue excluding cloud", "actual", Y24, 420e6, "EUR", "2025-02-10"),
    fact(T, "floor plus wall tiles sold", "actual", Y25, 61e6, "units", "2026-02-10"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": T, "aliases": ["Pellory"]}], FACTS, "2026-02-10"))


@pytest.mark.parametrize(
    "question",
    [
        "pellory subscription revenue (cloud + term license) 2025",
        "how many sites (hospitals + day surgery) did pellory have end of march 25",
        "pellory fy25: organic minus reported growth, points",
        "pellory 2025 organic minus reported revenue growth",
        "pellory revenue 2025 (total minus cloud subscription)",
    ],
)
def test_one_figure_never_answers_a_sum_or_difference(engine: Engine, question: str):
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # the whole the brackets list, named
        ("pellory clinics (hospitals + day surgery) at 31 march 2025", 44),
        # a figure named as the sum
        ("pellory floor plus wall tiles sold in 2025", 61e6),
        # the part left out, named so
        ("pellory revenue 2024, total minus cloud", 420e6),
    ],
)
def test_a_figure_that_holds_the_sum_or_difference_answers(
    engine: Engine, question: str, value: float
):
    assert value in values(engine, question)


def test_two_periods_set_apart_are_a_change(engine: Engine):
    answer = engine.ask("pellory revenue fy2025 minus revenue fy2024")
    assert answer.status is Status.ANSWERED, answer.text
    assert "30 million" in answer.text, answer.text
