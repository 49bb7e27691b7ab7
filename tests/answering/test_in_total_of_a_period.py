"""'In total' beside a period named is that period's whole ("Q2 sales in total"), not a
running total up to it; alone it still asks the running total ("how many have they sold
in total"). Over a company invented here (Larchmont Cans, calendar years).

Before 2026-12-07 "q2 2025 sales in total" was answered with H1 2025, the running total
to the end of Q2.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine
from tests.answering.invented import bundle, engine_over, fact, values

L = "Larchmont Cans"
SINCE = "2019-03-01/2025-06-30"
FACTS = [
    fact(L, "revenue", "actual", "2025-04-01/2025-06-30", 88.2e6, "USD", "2025-08-01"),
    fact(L, "revenue", "actual", "2025-01-01/2025-06-30", 184.6e6, "USD", "2025-08-01"),
    fact(
        L, "cans sold since launch", "actual", "2019-03-01/2025-06-30", 21e6, "units", "2025-08-01"
    ),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": L, "aliases": ["Larchmont"]}], FACTS, "2025-08-01"))


def test_in_total_beside_a_quarter_is_the_quarter(engine: Engine):
    assert values(engine, "larchmont q2 2025 sales in total")[0] == 88.2e6


def test_in_total_alone_is_the_running_total(engine: Engine):
    assert values(engine, "how many cans has larchmont sold in total")[0] == 21e6
