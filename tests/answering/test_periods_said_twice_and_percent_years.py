"""Three small kinds of period wording, over companies invented here:

- a period in brackets right after a relative one names it: "this yr's target (2026)"
  is the 2026 target, one period, never this year set against 2026;
- a year before a "%" set apart by a space is the year, the "%" the unit asked for:
  "growth 2025 %" is 2025's growth, never a rate of two thousand percent;
- a day an expectation was given on ("the guidance it gave on 2 September") is when it
  was stated, never a second period.

All failed before."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, values

C = "Ormsby Cement"
Y25, Y26 = "2025-01-01/2025-12-31", "2026-01-01/2026-12-31"

FACTS = [
    fact(C, "cement volumes", "target", Y26, 41_000_000, "units", "2026-02-12"),
    fact(C, "cement volumes", "target", Y25, 39_000_000, "units", "2025-02-10"),
    fact(C, "cement volumes", "actual", Y25, 38_400_000, "units", "2026-02-12"),
    fact(C, "revenue growth", "actual", Y25, 4.1, "percent", "2026-02-12"),
    fact(C, "revenue growth", "actual", "2026-01-01/2026-09-30", 6.3, "percent", "2026-10-30"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": C, "aliases": []}], FACTS, published="2026-10-30"))


def test_a_bracketed_period_names_the_relative_one(engine) -> None:
    assert values(engine, "ormsby's target for this yr's cement volumes (2025)") == [39_000_000]


def test_a_year_before_a_spaced_percent_is_the_year(engine) -> None:
    assert values(engine, "ormsby revenue growth 2025 %") == [4.1]


def test_a_day_an_expectation_was_given_on_is_when_it_was_stated(seed) -> None:
    """'the FY26 guidance it gave on 2 September 2025': the statement of that day, never a
    second period to compare with (failed before)."""
    name = "Quenby Cloud"
    year = "2025-02-01/2026-01-31"
    facts = [
        fact(name, "revenue", "forecast", year, 3.0e9, "USD", "2025-03-04", high=3.05e9),
        fact(name, "revenue", "forecast", year, 3.1e9, "USD", "2025-09-02", high=3.15e9),
        fact(name, "revenue", "forecast", year, 3.2e9, "USD", "2025-12-03", high=3.22e9),
    ]
    entity = {
        "name": name,
        "aliases": ["Quenby"],
        "fiscal_year_end": "01-31",
        "fiscal_year_named_by": "end",
    }
    engine = engine_over(seed, bundle([entity], facts, published="2025-12-03"))
    answer = engine.ask("which fy26 revenue outlook did quenby put out on 2 september 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 3.1e9, answer.text


def test_may_before_the_statement_it_names_is_the_month(seed) -> None:
    """'its May forecast' is the statement of May, as 'its November forecast' is of
    November; "may" as a verb stays a verb (failed before: "may" read only after a
    preposition)."""
    name = "Quenby Cloud"
    year = "2025-04-01/2026-03-31"
    facts = [
        fact(name, "operating profit", "forecast", year, 270e9, "JPY", "2025-05-08"),
        fact(name, "operating profit", "forecast", year, 295e9, "JPY", "2025-11-05"),
    ]
    entity = {
        "name": name,
        "aliases": ["Quenby"],
        "fiscal_year_end": "03-31",
        "fiscal_year_named_by": "end",
    }
    engine = engine_over(seed, bundle([entity], facts, published="2025-11-05"))
    assert values(engine, "what was quenby's may forecast of operating profit for fy26")[0] == 270e9
    assert (
        values(engine, "what was quenby's november forecast of operating profit for fy26")[0]
        == 295e9
    )
