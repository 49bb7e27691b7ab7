"""Two back-to-back periods asked together ("April and May together") of a company stating
the figure for both at once: that stated figure is cited, never the months added up again.
And "add up" asks for a sum: its "up" is no rise. Over an exchange invented here (Lorient
Digital: monthly trading volumes and an April – May total). On the engine of 2026-12-05
the months were added up (a development set's gold is the stated figure) and "add up Q1
and April" answered Q1's growth. Guard: months with no stated total are still summed.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

L = "Lorient Digital"
FACTS = [
    fact(
        L, "trading volume", "actual", "2026-04-01/2026-04-30", 21_400_000_000, "EUR", "2026-06-04"
    ),
    fact(
        L, "trading volume", "actual", "2026-05-01/2026-05-31", 23_100_000_000, "EUR", "2026-06-04"
    ),
    fact(
        L, "trading volume", "actual", "2026-04-01/2026-05-31", 44_500_000_000, "EUR", "2026-06-04"
    ),
    fact(
        L, "trading volume", "actual", "2026-06-01/2026-06-30", 19_900_000_000, "EUR", "2026-07-03"
    ),
    fact(
        L, "trading volume", "actual", "2026-01-01/2026-03-31", 70_200_000_000, "EUR", "2026-04-08"
    ),
    fact(
        L, "trading volume", "actual", "2025-01-01/2025-03-31", 51_000_000_000, "EUR", "2025-04-08"
    ),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, L, "Lorient", FACTS, "2026-07-03")


def test_the_stated_total_of_two_months(engine) -> None:
    answer = engine.ask("lorient trading volume april and may 2026 together")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [44_500_000_000], answer.text


def test_months_with_no_stated_total_are_summed(engine) -> None:
    answer = engine.ask("lorient trading volume may and june 2026 combined")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [23_100_000_000, 19_900_000_000], answer.text


def test_add_up_asks_no_rise(engine) -> None:
    answer = engine.ask("add up lorient trading volume for q1 2026 and april 2026")
    values = [v.fact.value for v in answer.facts]
    assert answer.status is not Status.ANSWERED or 51_000_000_000 not in values, answer.text
