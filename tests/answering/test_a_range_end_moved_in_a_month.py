"""A range's end moved, asked with the month it moved in: "how much did the top of the
range come down in February" is the size of February's revision of the high end, "what
happened to the low end in October" October's revision of the low end, each said with
the figure it was revised from, never only the figure it became. The end's noun ("the
top of") is no verb of beating a goal.

Each failed on the engine of e698371c (the noun "top" read as "did it top the target",
so no move was asked; "what happened to" read as no move): the statement of that month
was given alone. The end said as "the high end" (no verb's word), and the figure a range
end stood at in a month, asked so, are guards.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C = "Quillon Freight"
FY = "2025-01-01/2025-12-31"
FACTS = [
    fact(C, "tonnage growth (low end)", "forecast", FY, 4.0, "percent", "2025-03-04"),
    fact(C, "tonnage growth (high end)", "forecast", FY, 6.0, "percent", "2025-03-04"),
    fact(C, "tonnage growth (low end)", "forecast", FY, 3.5, "percent", "2025-07-29"),
    fact(C, "tonnage growth (high end)", "forecast", FY, 5.5, "percent", "2025-07-29"),
    fact(C, "tonnage growth (low end)", "forecast", FY, 3.0, "percent", "2025-10-28"),
    fact(C, "tonnage growth (high end)", "forecast", FY, 4.8, "percent", "2025-10-28"),
    fact(C, "revenue", "actual", FY, 2_140_000_000, "EUR", "2026-02-24"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": C, "aliases": ["Quillon"]}]
    return engine_over(seed, bundle(entities, FACTS, "2026-02-24"))


@pytest.mark.parametrize(
    ("question", "size", "from_"),
    [
        (
            "how much did the top of quillon's 2025 tonnage growth range come down in october",
            "0.7 percentage points",
            "5.5%",
        ),
        (
            "how far did the high end of quillon's 2025 tonnage growth range go down in july",
            "0.5 percentage points",
            "6%",
        ),
        (
            "what happened to the low end of quillon's 2025 tonnage growth range in october",
            "0.5 percentage points",
            "3.5%",
        ),
    ],
)
def test_an_end_moved_in_a_month_is_that_revision(
    engine: Engine, question: str, size: str, from_: str
) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert f"lowered by {size} from {from_}" in answer.text


def test_where_an_end_stood_in_a_month_is_its_figure_then(engine: Engine) -> None:
    answer = engine.ask("what was the top of quillon's 2025 tonnage growth range in july")
    assert answer.status is Status.ANSWERED, answer.text
    assert "was 5.5% (stated 29 Jul 2025)" in answer.text
