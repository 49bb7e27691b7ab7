"""A relative period counted from the period named after it, over a company invented here
(Ostrava Slate, fiscal years to June named by their end year): "last fiscal year, i.e.
before FY25", "the previous fiscal year to FY25", "the prior year (before FY25)" are all
FY24, one period, never FY25 set against the year before the question is asked."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

SLATE = "Ostrava Slate"
FACTS = [
    fact(SLATE, "tablets sold", "actual", "2023-07-01/2024-06-30", 2.1e6, "units", "2025-08-20"),
    fact(SLATE, "tablets sold", "actual", "2024-07-01/2025-06-30", 2.6e6, "units", "2025-08-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entity = {
        "name": SLATE,
        "aliases": ["Ostrava"],
        "fiscal_year_end": "06-30",
        "fiscal_year_named_by": "end",
    }
    return engine_over(seed, bundle([entity], FACTS, published="2025-08-20"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("ostrava tablets sold last fiscal year, i.e. before fy25", 2.1e6),
        ("ostrava tablets sold in the previous fiscal year to fy25", 2.1e6),
        ("ostrava tablets, prior fiscal year (before fy25)", 2.1e6),
        ("ostrava tablets sold the next fiscal year, after fy24", 2.6e6),
    ],
)
def test_a_relative_period_counts_from_the_one_named_after_it(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text


def test_a_year_and_the_year_before_are_both_asked(engine) -> None:
    answer = engine.ask("ostrava tablets sold in fy25 and the year before")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [2.6e6, 2.1e6], answer.text
    # asked of the year before alone, it counts from the year named
    answer = engine.ask("ostrava tablets sold in fy25, what was it the year before")
    assert [v.fact.value for v in answer.facts] == [2.1e6], answer.text
