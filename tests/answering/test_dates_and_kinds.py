"""Numeric dates, parts of split years, and kinds of what was counted, over a company
invented here: Tarnby Boats, whose financial year runs May - April, named by its end year
and written as a split year (2024/25 = FY2025 = May 2024 - Apr 2025).

Each row is a way of asking that once answered with another period's or another kind's
figure: a date written with dots or slashes that nothing read (the latest figure came
back), a quarter of a split year read as the quarter of its first year, an adjective
that picks out a kind of boat dropped as filler."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

T = "Tarnby Boats"

FACTS = [
    fact(T, "boats delivered", "actual", "2024-05-01/2024-07-31", 250, "units", "2024-09-10"),
    fact(T, "boats delivered", "actual", "2024-08-01/2024-10-31", 300, "units", "2024-12-12"),
    fact(T, "boats delivered", "actual", "2023-08-01/2023-10-31", 280, "units", "2023-12-12"),
    fact(T, "boats delivered", "actual", "2024-05-01/2024-10-31", 550, "units", "2024-12-12"),
    fact(T, "net sales", "actual", "2023-05-01/2024-04-30", 410e6, "EUR", "2024-06-06"),
    fact(T, "order backlog", "actual", "2024-10-31/2024-10-31", 95e6, "EUR", "2024-12-12"),
    fact(T, "order backlog", "actual", "2025-01-31/2025-01-31", 88e6, "EUR", "2025-03-12"),
]
ENTITIES = [{"name": T, "aliases": ["Tarnby"], "fiscal_year_end": "04-30",
             "fiscal_year_named_by": "end"}]  # fmt: skip


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, "2025-03-12"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # dots are always day.month.year; slashes in whichever order the numbers allow
        ("tarnby order backlog at 31.10.2024", 95e6),
        ("tarnby order backlog at 31.10.24", 95e6),
        ("tarnby order backlog at 31/10/2024", 95e6),
        ("tarnby order backlog at 10/31/2024", 95e6),
        ("tarnby order backlog at 31.1.2025", 88e6),
        # a part of a split year is that fiscal year's part, whatever it is named by
        ("tarnby boats delivered in Q2 2024/25", 300),
        ("tarnby deliveries q2 fy2024/25", 300),
        ("tarnby deliveries in the first quarter of 2024/25", 250),
        ("tarnby deliveries 2024/25 Q1", 250),
        ("tarnby deliveries h1 2024/25", 550),
        ("tarnby net sales 2023/24", 410e6),
        # the engine's own words before the metric are not kinds of it
        ("tarnby total boats delivered in q2 fy25", 300),
        ("tarnby net sales fy2024", 410e6),
    ],
)
def test_dates_and_split_years_answer_their_own_figure(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text


@pytest.mark.parametrize(
    ("question", "unexplained"),
    [
        ("tarnby order backlog at 04/05/2024", "04/05/2024"),  # 4 May or 5 April?
        ("how many electric boats did tarnby deliver in q2 fy25", "electric"),
        ("how many used boats did tarnby deliver in q2 fy25", "used"),
        ("tarnby inflatable boats delivered in q2 2024/25", "inflatable"),
    ],
)
def test_what_cannot_be_placed_is_said_never_answered_with_another_figure(
    engine, question, unexplained
) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text
    assert unexplained in answer.text


def test_a_comparison_word_before_the_metric_still_compares(engine) -> None:
    answer = engine.ask("how many more boats did tarnby deliver in q2 fy25 than in q1 fy25")
    assert answer.status is Status.ANSWERED, answer.text
    assert "50" in answer.text and {v.fact.value for v in answer.facts} == {300, 250}
