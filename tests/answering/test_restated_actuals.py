"""Actual figures restated later, over Mopane Building Supplies (a year to March), invented
here: the year to March 2024's revenue as first reported (June 2024) and as restated (March
2025), the year before's stated once.

- "revenue for the year to March 2024": the restated figure, the current one;
- "... as originally reported", "as first reported": the first statement;
- a change between two years "as first reported": each year's first statement. Before
  2026-12-05 the restated figure was set against the other year (a wrong answer);
- "before the restatement", "before the sub-division", "pre-split": the first statement.
  Before 2026-12-06 the words of a split or a restatement were no revision's (the
  restated figure answered "before the restatement", a wrong answer in a development set
  written that day, and "sub" was read as a term the reports define). Guards:
  "restated", "as restated" are the current one, as they were."""

from __future__ import annotations

import pytest

from bot.answering import Engine
from tests.answering.invented import bundle, engine_over, fact, values

M, R = "Mopane Building Supplies", "revenue"
FACTS = [
    fact(M, R, "actual", "2022-04-01/2023-03-31", 1_962.4, "BWP", "2023-06-21"),
    fact(M, R, "actual", "2023-04-01/2024-03-31", 2_184.6, "BWP", "2024-06-20"),
    fact(M, R, "actual", "2023-04-01/2024-03-31", 2_051.3, "BWP", "2025-03-26"),
]
ENTITIES = [
    {"name": M, "aliases": ["Mopane"], "fiscal_year_end": "03-31", "fiscal_year_named_by": "end"}
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, "2025-03-26"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("mopane revenue for the year to march 2024", 2_051.3),
        ("mopane revenue for the year to march 2024 as originally reported", 2_184.6),
        ("mopane revenue year to march 2024 as first reported", 2_184.6),
        ("mopane revenue year to march 2024 before the restatement", 2_184.6),
        ("what was mopane's revenue for the year to march 2024 before the sub-division?", 2_184.6),
        ("mopane pre-split revenue year to march 2024", 2_184.6),
        ("mopane revenue year to march 2024 restated", 2_051.3),
        ("mopane revenue year to march 2024, as restated", 2_051.3),
    ],
)
def test_the_statement_asked(engine, question, value) -> None:
    assert values(engine, question)[0] == value  # (the other statement cited after it)


def test_a_change_between_years_as_first_reported(engine) -> None:
    answer = engine.ask(
        "how much more revenue did mopane book in the year to march 2024 than the year to"
        " march 2023 (as first reported)"
    )
    assert sorted(v.fact.value for v in answer.facts) == [1_962.4, 2_184.6], answer.text
    assert "222.2" in answer.text, answer.text


def test_a_change_between_years_as_restated(engine) -> None:
    answer = engine.ask("mopane revenue growth year to march 2024 vs year to march 2023")
    assert sorted(v.fact.value for v in answer.facts) == [1_962.4, 2_051.3], answer.text
