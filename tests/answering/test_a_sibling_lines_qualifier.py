"""A word set before a line's noun where the chosen figure's own name sets another there is
another line's, never a brand of the chosen one: "acute care margin" of a company holding
"Home Care EBIT margin" and "Acute Care sales" asks the Acute Care margin it does not hold.
Over a medtech invented here (Tavetsch Medtech). On the engine of 2026-12-06 the Home
Care margin was given: a wrong answer of a development set. The Home Care margin asked as
such, and the Acute Care sales, are guards.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

T = "Tavetsch Medtech"
Y24 = "2024-01-01/2024-12-31"
FACTS = [
    fact(T, "Home Care sales", "actual", Y24, 640_000_000, "CHF", "2025-03-04"),
    fact(T, "Home Care EBIT margin", "actual", Y24, 16.4, "percent", "2025-03-04"),
    fact(T, "Acute Care sales", "actual", Y24, 910_000_000, "CHF", "2025-03-04"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, T, "Tavetsch", FACTS, "2025-03-04")


def test_another_lines_figure_is_not_held(engine) -> None:
    answer = engine.ask("tavetsch acute care ebit margin 2024")
    assert answer.status is Status.UNKNOWN, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tavetsch home care ebit margin 2024", 16.4),
        ("tavetsch acute care sales 2024", 910_000_000),
    ],
)
def test_each_lines_own_figure(engine, question, value) -> None:
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts] == [value], answer.text
