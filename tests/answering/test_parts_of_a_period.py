"""Each part of a period asked one by one: "quarterly ebitda for 2024", "revenue by
quarter in 2025", "each half of 2025". Over a company invented here (Kestrel Towers,
calendar years, quarters of 2024 held but its first).

Before 2026-12-07 a named year made it one figure, so the year's own was answered
(a wrong answer: a development set of such questions had five); without a year every
figure of the series came, years and quarters mixed. Guards: an average per quarter
keeps its reading, and where no part of the period is held that is said.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, values

K = "Kestrel Towers"
FACTS = [
    fact(K, "revenue", "actual", "2023-01-01/2023-12-31", 4.10e9, "USD", "2024-02-20"),
    fact(K, "revenue", "actual", "2024-01-01/2024-12-31", 4.52e9, "USD", "2025-02-20"),
    fact(K, "revenue", "actual", "2024-04-01/2024-06-30", 1.11e9, "USD", "2024-07-30"),
    fact(K, "revenue", "actual", "2024-07-01/2024-09-30", 1.14e9, "USD", "2024-10-30"),
    fact(K, "revenue", "actual", "2024-10-01/2024-12-31", 1.19e9, "USD", "2025-02-20"),
    fact(K, "revenue", "actual", "2025-01-01/2025-03-31", 1.21e9, "USD", "2025-04-29"),
    fact(K, "paying tenants", "actual", "2025-01-01/2025-03-31", 48_200, "units", "2025-04-29"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": K, "aliases": ["Kestrel"]}], FACTS, "2025-04-29"))


@pytest.mark.parametrize(
    "question",
    [
        "quarterly revenue for 2024 at kestrel",
        "kestrel revenue by quarter 2024",
        "kestrel 2024 revenue each quarter",
    ],
)
def test_each_quarter_of_a_year(engine: Engine, question: str):
    assert values(engine, question) == [1.11e9, 1.14e9, 1.19e9]


def test_every_quarter_held_without_a_year(engine: Engine):
    assert values(engine, "kestrel quarterly revenue") == [1.11e9, 1.14e9, 1.19e9, 1.21e9]


def test_no_part_held_is_said(engine: Engine):
    answer = engine.ask("kestrel quarterly revenue for 2023")
    assert answer.status is not Status.ANSWERED, answer.text


def test_an_average_per_quarter_keeps_its_reading(engine: Engine):
    answer = engine.ask("kestrel average quarterly revenue in 2024")
    assert answer.status is Status.ANSWERED, answer.text
    assert "1.13 billion" in answer.text or "1,130" in answer.text  # (4.52bn over 4 quarters)


def test_every_quarter_since_one(engine: Engine):
    asked = "kestrel revenue every quarter since q3 2024"
    assert values(engine, asked) == [1.14e9, 1.19e9, 1.21e9]


def test_a_monthly_measure_stated_for_a_quarter(engine: Engine):
    """'monthly paying tenants in Q1': a month's measure the company states for the
    quarter, never each month's (none is held)."""
    assert values(engine, "kestrel monthly paying tenants q1 2025") == [48_200]
