"""A year a calendar-year company counts across two ("2025/26": an academic year, a
season), over a company invented here.

Quillan Student Homes reports on the calendar year but states its occupancy for each
academic year, September to August.

On the engine this session started from (732f0ca) each question below was refused: a
split year resolved to nothing for a calendar-year company. A calendar year is a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

Q = "Quillan Student Homes"
FACTS = [
    fact(Q, "occupancy", "actual", "2024-09-01/2025-08-31", 98.1, "percent", "2025-07-24"),
    fact(Q, "occupancy", "actual", "2025-09-01/2026-08-31", 96.4, "percent", "2025-10-16"),
    fact(Q, "occupancy", "forecast", "2026-09-01/2027-08-31", 97.5, "percent", "2026-03-04"),
    fact(Q, "rental income", "actual", "2025-01-01/2025-12-31", 212e6, "GBP", "2026-03-04"),
]
ENTITIES = [{"name": Q, "aliases": ["Quillan"]}]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, published="2026-03-04"))


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("quillan occupancy 24/25", [98.1]),
        ("quillan occupancy for the 2025/26 year", [96.4]),
        ("quillan occupancy guidance for 2026/27", [97.5]),
        ("change in quillan occupancy from 2024/25 to 2025/26", [96.4, 98.1]),
        ("quillan rental income 2025", [212e6]),  # (a guard)
    ],
)
def test_a_year_across_two(engine, question, values) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == values, answer.text
