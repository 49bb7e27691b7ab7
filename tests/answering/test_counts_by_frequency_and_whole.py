"""Names that say how often, how big or which part a figure counts, over a company invented
here (Tolvane Learn: daily active users, desks by city with an "other cities" line, a
fleet's utilization, and tonnes sold by product line).

"Monthly active users" is never the daily ones; "fleet size" asks a count, never a
percentage; "desks (all cities)" is never the "other cities" line. Each had answered with
a wrong figure on the engine this session started from (734c82a); each now gets no figure
where the store holds none fitting. The daily users, a city's desks, the utilization and
the rPET line, each named, are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

T = "Tolvane Learn"
Q1, END = "2025-04-01/2025-06-30", "2025-09-30/2025-09-30"
FACTS = [
    fact(T, "daily active users", "actual", Q1, 21_400_000, "units", "2025-08-01"),
    fact(T, "Tokyo desks", "actual", END, 41_000, "units", "2025-11-01"),
    fact(T, "other cities desks", "actual", END, 9_900, "units", "2025-11-01"),
    fact(T, "fleet utilization", "actual", END, 97.4, "percent", "2025-11-01"),
    fact(T, "rPET sold (tonnes)", "actual", "2025-01-01/2025-06-30", 81_600, "units", "2025-08-01"),
    fact(
        T, "rHDPE sold (tonnes)", "actual", "2025-01-01/2025-06-30", 40_200, "units", "2025-08-01"
    ),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entity = {"name": T, "aliases": ["Tolvane"]}
    return engine_over(seed, bundle([entity], FACTS, published="2025-11-01"))


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        ("tolvane monthly active users q2 2025", 21_400_000),
        ("tolvane fleet size at 30 sep 2025", 97.4),
        ("tolvane desks at 30 sep 2025 (all cities)", 9_900),
    ],
)
def test_a_name_that_does_not_fit_gives_no_figure(engine, question, wrong) -> None:
    answer = engine.ask(question)
    assert wrong not in [v.fact.value for v in answer.facts], answer.text
    assert answer.status is not Status.ANSWERED, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tolvane daily active users q2 2025", 21_400_000),
        ("tolvane other cities desks at 30 sep 2025", 9_900),
        ("tolvane fleet utilization at 30 sep 2025", 97.4),
        ("tolvane rpet volume h1 2025", 81_600),
    ],
)
def test_the_names_said(engine, question, value) -> None:
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts] == [value], answer.text
