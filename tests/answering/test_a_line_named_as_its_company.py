"""A brand named as its company is: "how many Lanqiao stores" of Lanqiao Sports, whose
LANQIAO brand has stores beside the group's total, says the brand and the company in one
word, so the engine asks which is meant rather than answer with either. Over companies
invented here. On the engine of 2026-12-05 the group's total answered (the development
set's author meant the brand: a wrong figure). Guards: "in total", "all brands" ask for
the whole; a company named in full ("Corran & Finch") is the company, never its "Corran"
brand.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

L = "Lanqiao Sports"
H1 = "2025-06-30/2025-06-30"
FACTS = [
    fact(L, "LANQIAO stores", "actual", H1, 5_120, "units", "2025-07-15"),
    fact(L, "LANQIAO KIDS stores", "actual", H1, 1_310, "units", "2025-07-15"),
    fact(L, "total stores", "actual", H1, 6_430, "units", "2025-07-15"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, L, "Lanqiao", FACTS, "2025-07-15")


def test_a_word_naming_brand_and_company_is_asked_about(engine) -> None:
    answer = engine.ask("how many lanqiao stores at 30 june 2025")
    assert answer.status is Status.AMBIGUOUS, answer.text
    assert {v.fact.value for v in answer.facts} == {5_120, 6_430}, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how many stores did lanqiao have in total at 30 june 2025, all brands",
        "lanqiao total stores at 30 june 2025",
    ],
)
def test_the_whole_said_as_the_whole(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 6_430, answer.text


def test_a_company_named_in_full_is_the_company(seed) -> None:
    c = "Corran & Finch"
    facts = [
        fact(c, "Corran stores", "actual", H1, 210, "units", "2025-07-15"),
        fact(c, "stores", "actual", H1, 340, "units", "2025-07-15"),
    ]
    engine = one_company(seed, c, "Corran & Finch", facts, "2025-07-15")
    answer = engine.ask("how many stores did corran & finch have at 30 june 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 340, answer.text
