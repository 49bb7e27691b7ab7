"""A month said with a period counted back from it ("in November 2025 than a year
earlier"), over a company invented here (Vellan Air Cargo, fiscal years to March named
by their start).

The month is the period asked, and "a year earlier" is the same month a year before it:
never the month read as the day a statement was made, with the fiscal year it falls in
answered. A month beside a question about an expectation is still when it was stated.

On the engine this session started from (5c67d98) both questions were answered with the
fiscal years' tonnes (a wrong figure); the expectation stated in a month is a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine
from tests.answering.invented import bundle, engine_over, fact

C = "Vellan Air Cargo"
FACTS = [
    fact(C, "tonnes carried", "actual", "2025-11-01/2025-11-30", 36_900, "units", "2025-12-10"),
    fact(C, "tonnes carried", "actual", "2024-11-01/2024-11-30", 34_800, "units", "2025-12-10"),
    fact(C, "tonnes carried", "actual", "2025-04-01/2026-03-31", 431_800, "units", "2026-05-10"),
    fact(C, "tonnes carried", "actual", "2024-04-01/2025-03-31", 412_600, "units", "2026-05-10"),
    fact(C, "tonnes carried", "forecast", "2025-04-01/2026-03-31", 425_000, "units", "2025-11-13"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entity = {
        "name": C,
        "aliases": ["Vellan"],
        "fiscal_year_end": "03-31",
        "fiscal_year_named_by": "start",
    }
    return engine_over(seed, bundle([entity], FACTS, "2026-05-10"))


@pytest.mark.parametrize(
    "question",
    [
        "how many more tonnes did vellan carry in november 2025 than a year earlier",
        "vellan tonnes in november 2025 vs a year ago",
    ],
)
def test_the_month_and_the_same_month_a_year_before(engine, question) -> None:
    answer = engine.ask(question)
    assert sorted(v.fact.value for v in answer.facts) == [34_800, 36_900], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "what tonnes did vellan expect in november 2025 for fy2025",
        # a period counted forward from the month: the goal's year, the month its day
        # (the rule's first form, 90dd375, read it from the month: a development refusal)
        "what tonnes forecast did vellan give in november 2025 for the following year",
    ],
)
def test_a_month_beside_an_expectation_is_when_it_was_stated(engine, question) -> None:
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts][:1] == [425_000], answer.text
