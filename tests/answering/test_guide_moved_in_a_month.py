"""'How much did the guide fall in January': a revision of the expectation, over a
company invented here.

Tarrow Payroll guided its FY2026 float income at 215-225 million in October and cut it
to 205-212 million in January. On the engine this session started from (0d89f48) "how
much did the fy26 interest guide fall in january" was refused ("nothing for the period to
compare it with"): "fall in January" was read as the change OF a figure named January,
which made it growth between periods. A change of a figure ("the fall in orders") stays
growth (a guard)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

T = "Tarrow Payroll"
FY = "2025-06-01/2026-05-31"
FACTS = [
    fact(T, "interest on client funds", "forecast", FY, 215e6, "CAD", "2025-10-08", high=225e6),
    fact(T, "interest on client funds", "forecast", FY, 205e6, "CAD", "2026-01-07", high=212e6),
    fact(T, "orders", "actual", "2025-06-01/2025-08-31", 1200, "units", "2025-10-08"),
    fact(T, "orders", "actual", "2024-06-01/2024-08-31", 1300, "units", "2025-10-08"),
]
ENTITIES = [
    {"name": T, "aliases": ["Tarrow"], "fiscal_year_end": "05-31", "fiscal_year_named_by": "end"}
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, published="2026-01-07"))


@pytest.mark.parametrize(
    "question",
    [
        "how much did tarrow's fy26 interest guide fall in january",
        "how much did the midpoint of tarrow's fy26 interest guidance drop in january",
    ],
)
def test_the_guide_moved_in_a_month(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "lowered" in answer.text and "11.5 million" in answer.text, answer.text


def test_a_change_of_a_figure_is_growth(engine) -> None:
    answer = engine.ask("what was the fall in tarrow's q1 fy26 orders")
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [1200, 1300], answer.text
