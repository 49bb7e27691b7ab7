"""The period a question says picks among figures that fit alike, over a company invented
here (Nakdong Devices, calendar year): "the 2025 smartphone target" is the year's target,
never a quarter's forecast range of the same count; a year before the thing counted is a
year, not an amount; of a group's and a region's growth, the one of the quarter said."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

N = "Nakdong Devices"
Y25, Q4, Q2, H1 = (
    "2025-01-01/2025-12-31",
    "2025-10-01/2025-12-31",
    "2025-04-01/2025-06-30",
    "2025-01-01/2025-06-30",
)
FACTS = [
    fact(N, "smartphone shipments", "target", Y25, 62e6, "units", "2025-01-30"),
    fact(N, "smartphone shipments", "target", Y25, 58e6, "units", "2025-10-30"),
    fact(N, "smartphone shipments (low end)", "forecast", Q4, 13e6, "units", "2025-10-30"),
    fact(N, "smartphone shipments (high end)", "forecast", Q4, 14e6, "units", "2025-10-30"),
    fact(N, "comparable RevPAR growth", "actual", Q2, 2.1, "%", "2025-07-30"),
    fact(N, "Europe RevPAR growth", "actual", H1, 4.7, "%", "2025-07-30"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, N, "Nakdong", FACTS, "2025-10-30")


def test_a_year_before_the_thing_counted_is_the_period(engine) -> None:
    answer = engine.ask("what's nakdong's current 2025 smartphone shipment target")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 58e6, answer.text


def test_of_figures_alike_the_one_of_the_period_said(engine) -> None:
    answer = engine.ask("nakdong revpar growth q2 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 2.1, answer.text
