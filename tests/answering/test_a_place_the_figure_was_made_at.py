"""A thing named only as where a figure was made is no figure asked: "how many tonnes did
they take in at its elevators" asks the tonnes handled, never the count of elevators, and
the elevators, being the company's own, leave no word unexplained. Over a grain handler
invented here (Saskatoon Prairie Grain). On the engine of 2026-12-06 the count of
elevators was given: a wrong answer of a development set. The questions asking the count
itself, and a stock "at its dealers" (part of a name, not the whole), are guards.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

G = "Saskatoon Prairie Grain"
FY24 = "2023-08-01/2024-07-31"
END = "2024-07-31/2024-07-31"
FACTS = [
    fact(G, "tonnes handled", "actual", FY24, 9_400_000, "units", "2024-09-20"),
    fact(G, "elevators", "actual", END, 27, "units", "2024-09-20"),
    fact(G, "revenue", "actual", FY24, 2_150_000_000, "CAD", "2024-09-20"),
    fact(G, "dealer inventory", "actual", END, 1_800, "units", "2024-09-20"),
    fact(G, "seed bags sold", "actual", FY24, 52_000, "units", "2024-09-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, G, "SPG", FACTS, "2024-09-20", year_end="07-31", named_by="end")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("how many tonnes did SPG take in at its elevators in fiscal 2024", 9_400_000),
        ("spg tonnes handled across their elevators fy24", 9_400_000),
        ("how many elevators did spg have at the end of fiscal 2024", 27),
        ("spg elevators fy24", 27),
        ("how much inventory sat at its dealers at the end of fiscal 2024", 1_800),
    ],
)
def test_a_place_the_figure_was_made_at(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text
