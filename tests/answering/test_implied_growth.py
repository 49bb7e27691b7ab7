"""The growth an expectation for next year implies against this year's actual, over a
company invented here (Brannock Tools, calendar year): "the top of the 2026 target vs
2025 revenue" sets that end against the actual of the other named period; a whole range
implies no one growth, and without that actual nothing is compared."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.facts.model import Kind
from tests.answering.invented import bundle, engine_over, fact, one_company

B = "Brannock Tools"
Y25, Y26 = "2025-01-01/2025-12-31", "2026-01-01/2026-12-31"
FACTS = [
    fact(B, "revenue", "actual", Y25, 28.3e9, "EUR", "2026-01-28"),
    fact(B, "revenue (low end)", "target", Y26, 30e9, "EUR", "2026-01-28"),
    fact(B, "revenue (high end)", "target", Y26, 33e9, "EUR", "2026-01-28"),
    fact(B, "orders", "forecast", Y26, 12e9, "EUR", "2026-01-28"),
    fact(B, "orders", "actual", Y25, 10e9, "EUR", "2026-01-28"),
    fact(B, "backlog", "forecast", Y26, 40e9, "EUR", "2026-01-28"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, B, "Brannock", FACTS, "2026-01-28")


@pytest.mark.parametrize(
    ("question", "values"),
    [
        (
            "how much growth does the bottom of brannock's 2026 target imply vs 2025 revenue",
            [30e9, 28.3e9],
        ),
        ("top of brannock 2026 target minus 2025 revenue", [33e9, 28.3e9]),
        ("2026 guidance top vs 2025 actual revenue at brannock, how much growth", [33e9, 28.3e9]),
        ("brannock 2026 orders forecast vs 2025 actual orders", [12e9, 10e9]),
    ],
)
def test_an_expectation_against_the_other_period_actual(engine, question, values) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts[:2]] == values, answer.text
    assert answer.facts[1].fact.kind is Kind.ACTUAL
    assert "the actual" in answer.text, answer.text


def test_no_actual_of_the_other_period_nothing_compared(engine) -> None:
    """No 2025 backlog is held: the 2026 forecast is set against nothing."""
    answer = engine.ask("brannock 2026 backlog forecast vs 2025 actual backlog")
    assert answer.status is not Status.ANSWERED, answer.text


# Asked as progress ("how far along toward"), a later goal against an earlier actual is
# the actual's share of the goal, not the growth the goal implies; named by its amount too.
@pytest.mark.parametrize(
    "question",
    [
        "how far along is brannock toward its 2026 orders forecast, going by 2025 orders",
        "how far along is brannock toward its €12bn 2026 orders forecast, going by 2025 orders",
    ],
)
def test_progress_toward_a_later_goal(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.intent == "progress", answer.text
    assert [v.fact.value for v in answer.facts[:2]] == [10e9, 12e9], answer.text


def test_a_goal_of_a_leap_year_against_a_years_actual(seed) -> None:
    """FY2028 to 31 Aug 2028 has 366 days: still a year against FY2025's 365."""
    t = "Tarrow Homes"
    entity = {
        "name": t,
        "aliases": ["Tarrow"],
        "fiscal_year_end": "08-31",
        "fiscal_year_named_by": "end",
    }
    facts = [
        fact(t, "revenue", "actual", "2024-09-01/2025-08-31", 54.5e6, "GBP", "2025-11-04"),
        fact(t, "revenue", "target", "2027-09-01/2028-08-31", 100e6, "GBP", "2025-11-04"),
    ]
    engine = engine_over(seed, bundle([entity], facts, "2025-11-04"))
    answer = engine.ask("how far is tarrow's fy25 revenue from its fy28 goal")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [100e6, 54.5e6], answer.text
