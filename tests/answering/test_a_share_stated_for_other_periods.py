"""A region's share the company states for some periods, asked of a period it states only
the levels of ("Java share of Q2 GMV", its share given for 2024 alone): worked out from
the region's level over the whole's, both cited. Over Lautan Market, invented here.

Before 2026-12-04 the stated share's metric won the reading and its missing period was
the answer ("I have it for 2024"), though both levels were held. Guards: the stated
share answers its own period, and a region whose level is not held for the period is
still refused."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, values

L = "Lautan Market"
Y24, Q2 = "2024-01-01/2024-12-31", "2025-04-01/2025-06-30"
FACTS = [
    fact(L, "GMV", "actual", Y24, 31_400_000_000, "USD", "2025-03-11"),
    fact(L, "Java GMV", "actual", Y24, 12_900_000_000, "USD", "2025-03-11"),
    fact(L, "Java share of GMV", "actual", Y24, 41, "percent", "2025-03-11"),
    fact(L, "Bali share of GMV", "actual", Y24, 7, "percent", "2025-03-11"),
    fact(L, "GMV", "actual", Q2, 8_700_000_000, "USD", "2025-08-13"),
    fact(L, "Java GMV", "actual", Q2, 3_500_000_000, "USD", "2025-08-13"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": L, "aliases": ["Lautan"]}], FACTS, "2025-08-13"))


@pytest.mark.parametrize(
    "question",
    [
        "java's share of lautan's q2 2025 gmv in %",
        "java share of gmv q2 2025 lautan",
        "what share of lautan's q2 2025 gmv came from java",
    ],
)
def test_the_share_worked_out_from_the_levels(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [3_500_000_000, 8_700_000_000]
    assert "40.2%" in answer.text, answer.text


def test_the_stated_share_of_its_own_period(engine) -> None:
    assert values(engine, "lautan java share of gmv 2024") == [41]


def test_a_region_whose_level_is_not_held(engine) -> None:
    answer = engine.ask("bali share of gmv q2 2025 lautan")
    assert answer.status is not Status.ANSWERED, answer.text
