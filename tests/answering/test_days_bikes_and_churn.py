"""A statement's day said without its year, bikes that are bicycles, and churn that is no
count, over companies invented here.

Ostrava Cykl ships bicycles, e-bikes among them, and guided its year's revenue as a range
restated on 29 May and 28 August. Fjell Kasse delivers meal-kit orders to its customers.

On the engine this session started from (732f0ca):
- "the range they set on may 29" answered the latest range, and "the may 29 range" read
  29 as an amount;
- "bikes shipped" answered the e-bikes, a wrong figure (bicycles were only "bikes" of
  motorcycles);
- "customer churn" answered the orders delivered, a wrong figure ("churn" read as the
  "churn out" of units shipped).
The latest range, the e-bikes asked by their name and "churned out" orders are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

CYKL, F = "Ostrava Cykl", "Fjell Kasse"
FY = "2024-10-01/2025-09-30"
FACTS = [
    fact(CYKL, "bicycles shipped", "actual", FY, 229_100, "units", "2025-11-20"),
    fact(CYKL, "e-bikes shipped", "actual", FY, 97_600, "units", "2025-11-20"),
    fact(CYKL, "revenue (low end)", "forecast", FY, 4.55e9, "CZK", "2025-05-29"),
    fact(CYKL, "revenue (high end)", "forecast", FY, 4.70e9, "CZK", "2025-05-29"),
    fact(CYKL, "revenue (low end)", "forecast", FY, 4.50e9, "CZK", "2025-08-28"),
    fact(CYKL, "revenue (high end)", "forecast", FY, 4.58e9, "CZK", "2025-08-28"),
    fact(
        F, "orders delivered", "actual", "2025-04-01/2025-06-30", 1_420_000, "units", "2025-08-01"
    ),
    fact(F, "active customers", "actual", "2025-06-30/2025-06-30", 402_000, "units", "2025-08-01"),
]
ENTITIES = [
    {
        "name": CYKL,
        "aliases": ["Ostrava"],
        "fiscal_year_end": "09-30",
        "fiscal_year_named_by": "end",
    },
    {"name": F, "aliases": ["Fjell"]},
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, published="2025-11-20"))


def _values(engine: Engine, question: str) -> list[float]:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    return [v.fact.value for v in answer.facts]


@pytest.mark.parametrize(
    "question",
    [
        "high end of the ostrava fy25 revenue range they set on may 29",
        "ostrava fy25 revenue range high end given on 29 may",
        "ostrava fy25 revenue: top of the may 29 range",
    ],
)
def test_a_day_without_its_year_says_when(engine, question) -> None:
    assert _values(engine, question)[0] == 4.70e9


def test_the_latest_range_without_a_day(engine) -> None:
    assert _values(engine, "high end of the ostrava fy25 revenue range")[0] == 4.58e9


def test_bikes_are_never_only_the_e_bikes(engine) -> None:
    answer = engine.ask("ostrava fy25 bikes shipped")
    assert [v.fact.value for v in answer.facts] != [97_600], answer.text


def test_e_bikes_by_their_name(engine) -> None:
    assert _values(engine, "ostrava fy25 e-bikes shipped") == [97_600]


def test_churn_is_no_count_of_orders(engine) -> None:
    answer = engine.ask("fjell customer churn q2 2025")
    assert answer.status is Status.UNKNOWN, answer.text


def test_orders_churned_out(engine) -> None:
    assert _values(engine, "how many orders did fjell churn out in q2 2025") == [1_420_000]
