"""A level's change between two months named, the first without its year ("between sept
and dec 2025", "between june and december 2025"): the counts at those months' ends, the
first month in the year the second names, each read once.

Each failed on the engine of e698371c (the first month was read twice, so three periods
were named and no change was measured). A month's level asked alone is a guard.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C = "Lindqvist Cold Stores"
FACTS = [
    fact(C, "occupancy", "actual", "2025-06-30/2025-06-30", 91.4, "percent", "2025-08-14"),
    fact(C, "occupancy", "actual", "2025-09-30/2025-09-30", 90.2, "percent", "2025-11-06"),
    fact(C, "occupancy", "actual", "2025-12-31/2025-12-31", 88.7, "percent", "2026-02-12"),
    fact(
        C, "contracted pallets", "actual", "2025-09-30/2025-09-30", 412_000, "units", "2025-11-06"
    ),
    fact(
        C, "contracted pallets", "actual", "2025-12-31/2025-12-31", 398_500, "units", "2026-02-12"
    ),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": C, "aliases": ["Lindqvist"]}]
    return engine_over(seed, bundle(entities, FACTS, "2026-02-12"))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("how much did lindqvist's contracted pallets fall between sept and dec 2025", "13,500"),
        (
            "by how many points did lindqvist occupancy drop between june and december 2025",
            "2.7 percentage points",
        ),
        ("lindqvist occupancy change between sept and dec 2025", "1.5 percentage points"),
    ],
)
def test_a_change_between_two_months(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert f"down {said}" in answer.text


def test_a_months_level_asked_alone(engine: Engine) -> None:
    answer = engine.ask("lindqvist occupancy in sept 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert "90.2%" in answer.text
