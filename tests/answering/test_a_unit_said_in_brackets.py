"""A unit of measure said in brackets ("(tonnes)") asks the answer in it, as "in tonnes"
does: "how much more rebar than wire rod did they sell in fy25 (tonnes)" sets the two
lines' volumes against each other, never their revenue; and a gap between two lines
asked as a count is worked out of the counts. Over a steel maker invented here (Aswan
Rolling Mills). On the engine of 2026-12-06 the revenue gap was given, "how many more tonnes" too: a
wrong answer of a development set. The same question without a unit (the sale's money
first) is a guard.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

A = "Aswan Rolling Mills"
FY25 = "2024-07-01/2025-06-30"
FACTS = [
    fact(A, "rebar sales volume", "actual", FY25, 1_200_000, "units", "2025-08-20"),
    fact(A, "wire rod sales volume", "actual", FY25, 450_000, "units", "2025-08-20"),
    fact(A, "rebar revenue", "actual", FY25, 48_000_000_000, "EGP", "2025-08-20"),
    fact(A, "wire rod revenue", "actual", FY25, 19_500_000_000, "EGP", "2025-08-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, A, "Aswan", FACTS, "2025-08-20", year_end="06-30", named_by="end")


@pytest.mark.parametrize(
    "question",
    [
        "how much more rebar than wire rod did aswan sell in fy25 (tonnes)",
        "how much more rebar than wire rod did aswan sell in fy25, in tonnes",
        "how many more tonnes of rebar than wire rod did aswan sell in fy25",
    ],
)
def test_a_gap_asked_in_a_unit_is_the_counts_gap(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "750,000" in answer.text, answer.text
    assert all(v.fact.unit == "units" for v in answer.facts), answer.text


def test_no_unit_said_leaves_the_money(engine) -> None:
    answer = engine.ask("how much more rebar than wire rod did aswan sell in fy25")
    assert answer.status is Status.ANSWERED, answer.text
    assert all(v.fact.unit == "EGP" for v in answer.facts), answer.text


def test_how_many_times_asks_no_count(engine) -> None:
    answer = engine.ask(
        "how many times as much revenue did aswan make from rebar vs wire rod in fy25"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert all(v.fact.unit == "EGP" for v in answer.facts), answer.text


def test_a_count_word_of_a_line_leaves_its_revenue(engine) -> None:
    answer = engine.ask("how much more revenue did aswan's rebar unit make than wire rod in fy25")
    assert answer.status is Status.ANSWERED, answer.text
    assert all(v.fact.unit == "EGP" for v in answer.facts), answer.text
