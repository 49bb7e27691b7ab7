"""A running total asked from a start named in words: "since its first crop", "since the
first Harvest Fair", "since the K2 launch", "since Brackwater launched its tower farm".
The words naming the start say which start, never which figure, and the answer is the
running total held (a target "first" would otherwise pick is no running total); a
period's first part ("since the first quarter of 2025") is no such start, and with no
running total held nothing is answered. Over companies invented here.

On the engine this session started from (6c5a4a2) each start named in words was refused
for its words ("crop", "fair", "k2", "tower farm"), and "since the first Harvest Fair"
read "first" as the first statement of the target. The period and the company without a
running total are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

B, F = "Brackwater Farms", "Ferrin Growers"
RUN = "2018-06-01/2025-12-31"
FACTS = [
    fact(
        B,
        "kilograms harvested",
        "actual",
        "2024-01-01/2024-12-31",
        2_400_000,
        "units",
        "2025-02-10",
    ),
    fact(
        B,
        "kilograms harvested",
        "actual",
        "2025-01-01/2025-12-31",
        2_900_000,
        "units",
        "2026-02-10",
    ),
    fact(B, "kilograms harvested", "actual", RUN, 15_000_000, "units", "2026-02-10"),
    fact(
        B,
        "kilograms harvested",
        "target",
        "2026-01-01/2026-12-31",
        3_200_000,
        "units",
        "2026-02-10",
        high=3_400_000,
    ),
    fact(
        F, "kilograms harvested", "actual", "2025-01-01/2025-12-31", 900_000, "units", "2026-02-10"
    ),
]
ENTITIES = [{"name": B, "aliases": ["Brackwater"]}, {"name": F, "aliases": ["Ferrin"]}]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, "2026-02-10"))


@pytest.mark.parametrize(
    "question",
    [
        "brackwater total kg harvested since its first crop",
        "brackwater kilograms harvested since the first harvest fair",
        "kilograms harvested at brackwater since the K2 launch",
        "total kilograms harvested since brackwater launched its tower farm",
    ],
)
def test_the_running_total_from_the_start_named(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [15_000_000], answer.text


def test_a_period_first_part_is_no_start(engine) -> None:
    answer = engine.ask("brackwater kilograms harvested since the first quarter of 2025")
    assert 15_000_000 not in [v.fact.value for v in answer.facts], answer.text


def test_no_running_total_held_answers_nothing(engine) -> None:
    answer = engine.ask("ferrin kilograms harvested since its first crop")
    assert answer.status is not Status.ANSWERED, answer.text
