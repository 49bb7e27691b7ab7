""" "After 9 months" says when a figure stood, never the statement after a revision: "how
far off the original FY25 goal were they after 9 months" asks the nine months' actual
against the first goal, and is no history of the goal's statements. Over a clinic group
invented here (Banksia Day Clinics). On the engine of 2026-12-06 the goal's history was
given: a wrong answer of a development set. The actual against a goal of a longer period
named apart is not yet worked out; it is now said to be beyond the engine. "After six
months" (it passed before) and the goal "after the raise" are guards.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

B = "Banksia Day Clinics"
FY25 = "2024-07-01/2025-06-30"
M9 = "2024-07-01/2025-03-31"
FACTS = [
    fact(B, "admissions", "target", FY25, 180_000, "units", "2024-08-20"),
    fact(B, "admissions", "actual", M9, 139_500, "units", "2025-05-12"),
    fact(B, "admissions", "target", FY25, 186_000, "units", "2025-05-12"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, B, "Banksia", FACTS, "2025-05-12", year_end="06-30", named_by="end")


@pytest.mark.parametrize(
    "question",
    [
        "how far off the original fy25 admissions goal were banksia after 9 months",
        "banksia: how far off the original fy25 admissions target after six months",
    ],
)
def test_after_months_is_no_statement_after_a_revision(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.intent != "history", answer.text
    assert answer.status is not Status.ANSWERED or "40,500" in answer.text, answer.text


def test_the_goal_after_the_raise_is_the_current_one(engine) -> None:
    answer = engine.ask("what was banksia's fy25 admissions goal after the raise")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 186_000, answer.text
