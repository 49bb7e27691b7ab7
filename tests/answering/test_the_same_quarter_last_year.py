""" "The same quarter last year" with no quarter named, over a company invented here
(Harlow Ferries; calendar years, passengers by quarter and by year):

- "the same quarter last year", "the same qtr a year ago" and "the year-ago quarter" are
  the quarter a year before the latest quarter held, never the latest year's total nor
  the latest quarter itself;
- where no quarter a year back is held the answer says so, never a year's figure;
- set against a named quarter, the same words still count back from it.

On the engine this session started from (84a0eb7) each of these phrases was read as any
period of a year's length, so the latest year's total answered a question about a quarter
(found in a development set's wrong answers); the named quarter set against one is a
guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company, values

H = "Harlow Ferries"
FACTS = [
    fact(H, "passengers", "actual", "2025-04-01/2025-06-30", 2.41e6, "units", "2025-08-01"),
    fact(H, "passengers", "actual", "2024-04-01/2024-06-30", 2.26e6, "units", "2025-08-01"),
    fact(H, "passengers", "actual", "2025-01-01/2025-03-31", 1.62e6, "units", "2025-05-02"),
    fact(H, "passengers", "actual", "2024-01-01/2024-12-31", 9.4e6, "units", "2025-02-20"),
    fact(H, "vehicles carried", "actual", "2025-04-01/2025-06-30", 0.51e6, "units", "2025-08-01"),
    fact(H, "vehicles carried", "actual", "2024-01-01/2024-12-31", 1.9e6, "units", "2025-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, H, "Harlow", FACTS, "2025-08-01")


@pytest.mark.parametrize(
    "question",
    [
        "harlow passengers same quarter last year",
        "harlow passengers in the same qtr a year ago",
        "how many passengers did harlow carry in the year-ago quarter",
    ],
)
def test_the_quarter_a_year_before_the_latest(engine, question) -> None:
    assert values(engine, question) == [2.26e6]


def test_no_quarter_a_year_back_is_no_answer(engine) -> None:
    answer = engine.ask("harlow vehicles carried same quarter last year")
    assert answer.status is Status.UNKNOWN, answer.text
    assert not answer.facts


def test_set_against_a_named_quarter(engine) -> None:
    assert sorted(values(engine, "harlow passengers q2 2025 vs the year-ago quarter")) == [
        2.26e6,
        2.41e6,
    ]
