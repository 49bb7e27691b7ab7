"""'What share of 2025 GMV came in Q4', where Q4 is only implied (the year less the nine
months): that remainder over the year, both figures cited, over a company invented here
(Vestiva Marketplace, EUR, calendar year). On b97a921a the implied Q4 itself answered and
no share was given: a wrong answer in development sets (two companies). Guard: asked
without "share", the implied Q4 is still the answer."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

V = "Vestiva Marketplace"
FACTS = [
    fact(
        V,
        "gross merchandise volume",
        "actual",
        "2025-01-01/2025-12-31",
        13_112e6,
        "EUR",
        "2026-02-20",
    ),
    fact(
        V,
        "gross merchandise volume",
        "actual",
        "2025-01-01/2025-09-30",
        9_487e6,
        "EUR",
        "2025-11-05",
    ),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, V, "Vestiva", FACTS, "2026-02-20")


@pytest.mark.parametrize(
    "question",
    ["what share of vestiva's 2025 gmv came in q4", "vestiva q4 2025 gmv as a % of the year"],
)
def test_the_remainders_share_of_the_year(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "27.6%" in answer.text and "€3.625 billion" in answer.text, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [9_487e6, 13_112e6], answer.text


def test_the_remainder_itself(engine) -> None:
    answer = engine.ask("vestiva q4 2025 gmv")
    assert "€3.625 billion" in answer.text and "%" not in answer.text, answer.text
