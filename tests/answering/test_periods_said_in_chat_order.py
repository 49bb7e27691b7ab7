"""Periods chat says in its own order, over Tianmu Motors (calendar year, figures by
month and quarter), invented here:

- a month without its year, a few words before a year said alone ("november deliveries
  2025", "oct sales 2024", "october deliveries yoy %, 2025"): that month of that year.
  Before 2026-12-04 the month was dropped and the year's figure given (a wrong answer),
  and so until 2026-12-05 where a "%" or a comma stood between;
- "the year-ago quarter of Q3 2025": Q3 2024 alone, never Q3 2025 against it (before,
  the change between the two was given: a wrong answer);
- a count of months, a figure's name, then the month they run to ("rolling 12 month
  deliveries to end of november 2025", "rolling 12m ... at end nov 2025 vs a year
  before"): the twelve months to that month's end. Before, November alone was given (a
  wrong answer), "to end of november" without "the" was not read, and "rolling 12m"
  was twelve million;
- a month without its year set against a named one after it ("dec vs oct 2025"): that
  month of the named one's year. Before, October was set against October 2024 (a wrong
  answer).

Guards: a month set against a year ("november vs 2025") is no month of it; the year
said alone is the year; a month four words or more before the year ("how far short of the
november high end were 2025 deliveries") is no month of it."""

from __future__ import annotations

import pytest

from bot.answering import Engine
from tests.answering.invented import bundle, engine_over, fact, values

T, D = "Tianmu Motors", "vehicle deliveries"
FACTS = [
    fact(T, D, "actual", "2025-01-01/2025-12-31", 302_900, "units", "2026-01-02"),
    fact(T, D, "actual", "2025-11-01/2025-11-30", 26_420, "units", "2025-12-01"),
    fact(T, D, "actual", "2024-10-01/2024-10-31", 22_614, "units", "2024-11-01"),
    fact(T, D, "actual", "2025-07-01/2025-09-30", 79_460, "units", "2025-10-01"),
    fact(T, D, "actual", "2024-07-01/2024-09-30", 61_200, "units", "2024-10-01"),
    fact(T, D, "actual", "2024-12-01/2025-11-30", 296_800, "units", "2025-12-01"),
    fact(T, D, "actual", "2023-12-01/2024-11-30", 221_500, "units", "2024-12-01"),
    fact(T, D, "actual", "2025-10-01/2025-10-31", 31_206, "units", "2025-11-01"),
    fact(T, D, "actual", "2025-12-01/2025-12-31", 27_950, "units", "2026-01-02"),
    fact(T, f"{D} growth", "actual", "2025-10-01/2025-10-31", 38.0, "%", "2025-11-01"),
    fact(T, f"{D} growth", "actual", "2025-01-01/2025-12-31", 24.6, "%", "2026-01-02"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": T, "aliases": ["Tianmu"]}], FACTS, "2026-01-02"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tianmu november deliveries 2025", 26_420),
        ("tianmu novemeber deliveries 2025", 26_420),
        ("oct vehicle deliveries 2024 tianmu", 22_614),
        ("tianmu deliveries 2025", 302_900),
        ("tianmu october deliveries yoy %, 2025", 38.0),
        ("tianmu oct deliveries, 2025", 31_206),
        ("tianmu deliveries growth 2025", 24.6),
        ("tianmu deliveries in the year-ago quarter of q3 2025", 61_200),
        ("tianmu rolling 12 month deliveries to end of november 2025", 296_800),
        ("rolling 12 mth deliveries for tianmu at end nov 2025", 296_800),
        ("tianmu deliveries in the 12 months to end nov 2025", 296_800),
    ],
)
def test_the_period_said(engine, question, value) -> None:
    assert values(engine, question) == [value]


def test_a_month_set_against_a_year_is_no_month_of_it(engine) -> None:
    answer = engine.ask("tianmu november deliveries vs 2025")
    assert 26_420 not in [v.fact.value for v in answer.facts], answer.text


def test_twelve_months_to_a_month_against_a_year_before(engine) -> None:
    answer = engine.ask("tianmu rolling 12m deliveries at end nov 2025 vs a year before")
    assert sorted(v.fact.value for v in answer.facts) == [221_500, 296_800], answer.text


def test_a_bare_month_set_against_a_named_one(engine) -> None:
    answer = engine.ask("tianmu dec vs oct 2025 deliveries, difference")
    assert sorted(v.fact.value for v in answer.facts) == [27_950, 31_206], answer.text
    assert "3,256" in answer.text, answer.text


def test_a_month_far_before_the_year_is_no_month_of_it(engine) -> None:
    answer = engine.ask("how far short of the november low end were tianmu's 2025 deliveries")
    assert 26_420 not in [v.fact.value for v in answer.facts], answer.text
