"""Periods counted from now, where now is the company's latest report, over a company
invented here (Pavana Infotech, fiscal years to March named by their end; quarterly
revenue, headcount at each quarter's end, net additions stated for one quarter only,
revenue for two halves):

- "the quarter before last", "two quarters back": the quarter before the latest one
  ("last quarter") held;
- "headcount a year ago": the latest level, a year before;
- "revenue last half", "the most recent half-year": the latest half, never a longer span;
- "net adds last qtr" where the company's latest quarter has no net additions: said so,
  never an older quarter's figure.

On the engine of 2026-12-06 each gave the latest figure (or an older quarter's) as if
the relative period were not said (wrong answers of a development set). Guard: "revenue
last quarter" is the latest quarter.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.answering.conversation import Conversations
from tests.answering.invented import fact, one_company, values

P = "Pavana Infotech"
Q1, Q2, Q3 = "2024-04-01/2024-06-30", "2024-07-01/2024-09-30", "2024-10-01/2024-12-31"
Q3_PRIOR = "2023-10-01/2023-12-31"
FACTS = [
    fact(P, "revenue", "actual", Q1, 310e6, "USD", "2025-01-16"),
    fact(P, "revenue", "actual", Q2, 324e6, "USD", "2025-01-16"),
    fact(P, "revenue", "actual", Q3, 331e6, "USD", "2025-01-16"),
    fact(P, "revenue", "actual", Q3_PRIOR, 312e6, "USD", "2025-01-16"),
    fact(P, "revenue", "actual", "2024-04-01/2024-12-31", 965e6, "USD", "2025-01-16"),
    fact(P, "revenue", "actual", "2023-04-01/2023-09-30", 601e6, "USD", "2025-01-16"),
    fact(P, "revenue", "actual", "2024-04-01/2024-09-30", 634e6, "USD", "2025-01-16"),
    fact(P, "headcount", "actual", "2023-12-31/2023-12-31", 39_870, "units", "2025-01-16"),
    fact(P, "headcount", "actual", "2024-09-30/2024-09-30", 40_912, "units", "2025-01-16"),
    fact(P, "headcount", "actual", "2024-12-31/2024-12-31", 41_286, "units", "2025-01-16"),
    fact(P, "net headcount additions", "actual", Q2, 381, "units", "2025-01-16"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, P, "Pavana", FACTS, "2025-01-16", "03-31", "end")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("pavana revenue the quarter before last", 324e6),
        ("pavana revenue two quarters back", 324e6),
        ("pavana headcount a year ago?", 39_870),
        ("pavana revenue last half", 634e6),
        ("pavana revenue for the most recent half-year", 634e6),
        ("pavana revenue last quarter", 331e6),
    ],
)
def test_a_period_counted_from_the_latest(engine: Engine, question: str, expected: float):
    assert values(engine, question)[0] == expected


def test_the_latest_quarter_is_the_company_s(engine: Engine):
    answer = engine.ask("pavana net adds last qtr")
    assert answer.status is not Status.ANSWERED, answer.text
    assert "latest quarter" in answer.text


def test_a_follow_up_counts_from_the_last_answer(engine: Engine):
    """'And the previous quarter?' after Q3's figure is Q2, the quarter before the last
    answer's, never refused as older than the company's latest (a regression of the
    latest-quarter check, caught in review)."""
    chat = Conversations(engine)
    assert chat.ask("k", "pavana revenue q3 fy25").facts[0].fact.value == 331e6
    assert chat.ask("k", "and the previous quarter?").facts[0].fact.value == 324e6
