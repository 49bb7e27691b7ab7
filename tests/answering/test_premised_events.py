"""A move of a figure named as an event the question places itself by, taken for
granted: "Q1 volume, before the Q2 drop", "total 2023 volume before the 2024 decline",
"Austria in Q2, after the tax increase". Over a company invented here (Halden Mills, a
flour miller, calendar years, volumes by quarter and market).

Before 2026-12-07 the move asked a change and its period a second one: the answer was
the change ("volume change in 2024 was -3.1%") or the event's quarter. Guards: a move
asked ("how much did volume drop in 2024") and a revision named by its verb ("the
target before the cut") keep their readings.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine
from tests.answering.invented import bundle, engine_over, fact, values

H = "Halden Mills"
Y23, Y24 = "2023-01-01/2023-12-31", "2024-01-01/2024-12-31"
Q1, Q2 = "2025-01-01/2025-03-31", "2025-04-01/2025-06-30"
FACTS = [
    fact(H, "tonnes milled", "actual", Y23, 812_000, "units", "2025-02-12"),
    fact(H, "tonnes milled", "actual", Y24, 787_000, "units", "2025-02-12"),
    fact(H, "tonnes milled change", "actual", Y24, -3.1, "percent", "2025-02-12"),
    fact(H, "tonnes milled", "actual", Q1, 201_000, "units", "2025-04-24"),
    fact(H, "tonnes milled", "actual", Q2, 176_000, "units", "2025-07-24"),
    fact(H, "Austria tonnes milled", "actual", Q2, 41_000, "units", "2025-07-24"),
    fact(H, "Austria tonnes milled change", "actual", Q2, -6.8, "percent", "2025-07-24"),
    fact(H, "tonnes milled", "target", "2025-01-01/2025-12-31", 800_000, "units", "2025-02-12"),
    fact(H, "tonnes milled", "target", "2025-01-01/2025-12-31", 760_000, "units", "2025-07-24"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entity = {"name": H, "aliases": ["Halden"]}
    return engine_over(seed, bundle([entity], FACTS, "2025-07-24"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("halden tonnes milled q1 2025, before the q2 drop", 201_000),
        ("total tonnes halden milled in 2023, before the 2024 decline", 812_000),
        ("halden austria tonnes q2 2025 after the tax increase", 41_000),
        ("since the big q2 slump, what were halden tonnes milled in 2024?", 787_000),
    ],
)
def test_a_premised_move_asks_no_change(engine: Engine, question: str, value: float):
    assert values(engine, question)[0] == value


def test_a_move_asked_is_still_the_change(engine: Engine):
    assert values(engine, "how much did halden's tonnes milled drop in 2024")[0] == -3.1


def test_a_revision_before_its_cut_keeps_its_reading(engine: Engine):
    assert values(engine, "halden's 2025 milling target before the cut")[0] == 800_000
