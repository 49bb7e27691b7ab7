"""Named days of the trading year, over Ostrava Home (calendar year; figures for Black
Friday weekends, Cyber Monday, Singles' Day and whole months), invented here:

- "Black Friday 2025", "black friday weekend 2025", "black friday sales 2024": the few
  days that hold the day (Thanksgiving's Friday, the 28th of November 2025). Before
  2026-12-05 these words were the whole holiday season, and its latest short span
  answered: December's sales (a wrong answer);
- "Cyber Monday 2024", "Singles' Day 2025", "double eleven 2025": their own days;
- "black friday weekends: 2025 vs 2024": the day's figure of each year.

Guards: a named day the store holds no figure for gets none (never December's); "the
holiday season" is still the season; a day the store names a line by ("Valentine's Day
sales") is that line, never the day's dates."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, values

H, S = "Ostrava Home", "net sales"
FACTS = [
    fact(H, S, "actual", "2025-11-28/2025-11-30", 1_296, "EUR", "2025-12-02"),
    fact(H, S, "actual", "2024-11-29/2024-12-01", 1_142, "EUR", "2024-12-03"),
    fact(H, S, "actual", "2024-12-02/2024-12-02", 402, "EUR", "2024-12-03"),
    fact(H, S, "actual", "2025-11-11/2025-11-11", 233, "EUR", "2025-11-12"),
    fact(H, S, "actual", "2025-12-01/2025-12-31", 8_150, "EUR", "2026-01-05"),
    fact(H, S, "actual", "2025-11-01/2025-11-30", 6_616, "EUR", "2025-12-05"),
    fact(H, S, "actual", "2025-11-03/2026-01-04", 19_870, "EUR", "2026-01-05"),
    fact(H, "Valentine's Day sales", "actual", "2025-01-01/2025-03-31", 58.3, "EUR", "2025-04-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": H, "aliases": ["Ostrava"]}], FACTS, "2026-01-05"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("ostrava sales black friday 2025", 1_296),
        ("ostrava sales black friday weekend 2025", 1_296),
        ("ostrava black friday sales 2024", 1_142),
        ("ostrava sales on cyber monday 2024", 402),
        ("ostrava singles' day 2025 sales", 233),
        ("ostrava sales double eleven 2025", 233),
        ("ostrava sales december 2025", 8_150),
        ("ostrava holiday season sales 2025", 19_870),
        ("ostrava valentines day sales q1 2025", 58.3),
    ],
)
def test_the_day_named(engine, question, value) -> None:
    assert values(engine, question) == [value]


def test_a_day_not_held_gets_no_figure(engine) -> None:
    answer = engine.ask("ostrava sales christmas eve 2025")
    assert answer.status is not Status.ANSWERED, answer.text
    assert "8,150" not in answer.text, answer.text


def test_the_day_of_each_year(engine) -> None:
    answer = engine.ask("ostrava black friday weekends: 2025 vs 2024 sales")
    assert sorted(v.fact.value for v in answer.facts) == [1_142, 1_296], answer.text
