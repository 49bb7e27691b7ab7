"""A quarter counted in weeks (31 Mar – 29 Jun 2025) against the calendar quarter a year
before it (Apr – Jun 2024), where that is how the year before was stated; a pub chain's
"taverns" are its restaurants.

Both failed on the engine this session started from (ef6c3a3)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

H = "Hollin Inns"

FACTS = [
    fact(
        H,
        "system-wide sales",
        "actual",
        "2025-03-31/2025-06-29",
        1_680_000_000,
        "USD",
        "2025-07-30",
    ),
    fact(
        H,
        "system-wide sales",
        "actual",
        "2024-04-01/2024-06-30",
        1_590_000_000,
        "USD",
        "2024-07-30",
    ),
    fact(H, "restaurant openings", "actual", "2025-03-31/2025-06-29", 24, "units", "2025-07-30"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": H, "aliases": ["Hollin"]}], FACTS, "2025-07-30"))


def test_a_week_quarter_against_the_quarter_a_year_before(engine) -> None:
    answer = engine.ask("hollin system sales growth on a year ago, second quarter of 2025?")
    assert answer.status is Status.ANSWERED, answer.text
    assert "+5.7%" in answer.text, answer.text


def test_taverns_are_restaurants(engine) -> None:
    answer = engine.ask("how many new taverns did hollin open in the june qtr 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert "24" in answer.text, answer.text
