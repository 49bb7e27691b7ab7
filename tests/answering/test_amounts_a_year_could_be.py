"""Amounts between 1900 and 2100 written as amounts, over a company invented here
(Pellow Garden Centres; calendar years, a store count at year ends and a store target):

- "the 1,925 stores figure", "the 1.925k stores figure" and "the 1,925 stores: which
  period" name a figure by its amount: the count that states it, never the latest count;
  a number written with a thousands comma, a decimal point or a scale is no year;
- a bare "2025" or "2027" is still a year.

On the engine this session started from (84a0eb7) any whole number from 1900 to 2100 was
taken for a year, so the last two of those questions were answered with the latest count,
a figure that does not state the amount asked about (found by a probe naming each
development company's figures by their amounts); "where does … come from", which looks the
amount up by another path, and the bare years are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.answering.deriving.stated_amounts import a_year
from bot.facts.model import Quantity
from tests.answering.invented import fact, one_company, values

P = "Pellow Garden Centres"
FACTS = [
    fact(P, "stores", "actual", "2024-12-31/2024-12-31", 1925, "units", "2025-02-12"),
    fact(P, "stores", "actual", "2025-12-31/2025-12-31", 2010, "units", "2026-02-11"),
    fact(P, "stores", "target", "2027-12-31/2027-12-31", 2300, "units", "2026-02-11"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, P, "Pellow", FACTS, "2026-02-11")


@pytest.mark.parametrize(
    ("value", "written", "year"),
    [(2025, "its 2025 target", True), (1925, "the 1,925 stores", False), (2025, "2.025k", False)],
)
def test_a_year_is_written_as_one(value, written, year) -> None:
    assert a_year(Quantity(float(value), "units"), written) is year


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("where does pellow's 1,925 stores figure come from", 1925),
        ("what was the 1.925k stores figure pellow gave", 1925),
        ("pellow's 1,925 stores: which period is that", 1925),
    ],
)
def test_a_figure_named_by_an_amount_a_year_could_be(engine, question, value) -> None:
    assert values(engine, question) == [value]


@pytest.mark.parametrize(
    ("question", "value"),
    [("pellow stores at the end of 2025", 2010), ("pellow's 2027 store target", 2300)],
)
def test_bare_years_are_years(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text
