"""'Floors shipped': a thing counted whose name is a range end's word in the plural is
that thing, never the low end of a range ("the floor of the guidance" is one end, said
in the singular). Over a company invented here (Sawmill Homes, calendar years).

On the engine this session started from (6c5a4a2) "floors shipped in 2025" answered the
low end of the homes-shipped guidance (a wrong figure). The ends asked as ends are
guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

S, Y25 = "Sawmill Homes", "2025-01-01/2025-12-31"
FACTS = [
    fact(S, "floors shipped", "actual", Y25, 35_080, "units", "2026-02-10"),
    fact(S, "homes shipped", "actual", Y25, 20_318, "units", "2026-02-10"),
    fact(S, "homes shipped (low end)", "forecast", Y25, 20_100, "units", "2025-08-01"),
    fact(S, "homes shipped (high end)", "forecast", Y25, 20_600, "units", "2025-08-01"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": S, "aliases": ["Sawmill"]}], FACTS, "2026-02-10"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("sawmill floors shipped in 2025", 35_080),
        ("bottom of sawmill's 2025 homes shipped guidance", 20_100),  # (guards)
        ("sawmill 2025 homes shipped guidance floor", 20_100),
    ],
)
def test_floors_and_the_floor(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text
