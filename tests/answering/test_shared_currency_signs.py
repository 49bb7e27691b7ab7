"""A sign several currencies share, over Jhelum Foods (a year to June; net sales in
Pakistani rupees, a target raised from 50 to 52 billion) and Yarra Grocers (calendar
year; revenue in Australian dollars), invented here:

- "the original Rs 50 bn target", "the raised rs52bn target", "net sales in rupees": the
  rupee the company reports in, never the Indian rupee the sign is read as at first.
  Before 2026-12-06 these found no figure ("no figure of 50 billion INR") in two
  development sets of Pakistani companies;
- a currency glued to its amount ("rs52bn", "pkr52bn") is read as the two.

Guards: a bare "$" of a store holding another dollar is that dollar ("the $4.2bn
target", as before); a code said stays as said ("INR 50 bn": no figure); other letters
before a number stay joined ("q3", "fy25")."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.answering.reading.shared_signs import currencies_unglued
from tests.answering.invented import bundle, engine_over, fact

J, Y = "Jhelum Foods", "Yarra Grocers"
FY25 = "2024-07-01/2025-06-30"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(J, "net sales", "actual", FY25, 51.88e9, "PKR", "2025-08-20"),
    fact(J, "net sales", "target", FY25, 50e9, "PKR", "2024-08-20"),
    fact(J, "net sales", "target", FY25, 52e9, "PKR", "2025-02-20"),
    fact(Y, "revenue", "actual", Y25, 4.31e9, "AUD", "2026-02-20"),
    fact(Y, "revenue", "target", Y25, 4.2e9, "AUD", "2025-02-20"),
]
ENTITIES = [
    {"name": J, "aliases": ["Jhelum"], "fiscal_year_end": "06-30", "fiscal_year_named_by": "end"},
    {"name": Y, "aliases": ["Yarra"]},
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, "2026-02-20"))


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("did jhelum's fy25 net sales beat the original rs 50 bn target", "Yes"),
        ("did jhelum hit the raised rs52bn fy25 sales target?", "No"),
        ("did jhelum hit the raised pkr52bn fy25 sales target?", "No"),
        ("did yarra beat the $4.2bn revenue target for 2025", "Yes"),
    ],
)
def test_the_target_named_by_its_amount_in_the_company_s_currency(
    engine, question, verdict
) -> None:
    answer = engine.ask(question)
    assert answer.text.startswith(verdict), answer.text


def test_net_sales_in_rupees(engine) -> None:
    answer = engine.ask("jhelum fy25 net sales in rupees")
    assert [v.fact.value for v in answer.facts] == [51.88e9], answer.text


def test_a_code_said_stays_as_said(engine) -> None:
    answer = engine.ask("did jhelum's fy25 net sales beat the inr 50 bn target")
    assert not answer.text.startswith("Yes"), answer.text
    assert answer.status is not Status.ANSWERED or "INR" in answer.text, answer.text


@pytest.mark.parametrize(
    ("said", "read"),
    [("the rs52bn target", "the rs 52bn target"), ("q3 fy25 ps5 9m", "q3 fy25 ps5 9m")],
)
def test_a_currency_glued_to_its_amount(said, read) -> None:
    assert currencies_unglued(said) == read
