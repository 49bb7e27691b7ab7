"""An amount per thing counted, of a company stating both but no such rate: over a count of
the same period, or over the count on the period's last day ("revenue per route" over the
routes at the year's end, which the answer says); a count named with the verb it was
counted by ("systems installed") is of that thing, never one line of several. Never over
a count of another day, nor over a count of the period's first day.

Each failed on the engine of 0dfb2cf4 (the development sets held such questions, refused
for their divisor), except the guards.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

R = "Rothmere Linen"  # fiscal year to 30 June, named by its end year
FY25 = "2024-07-01/2025-06-30"
S = "Sunvale Solar"
Y25 = "2025-01-01/2025-12-31"

FACTS = [
    fact(R, "revenue", "actual", FY25, 1_200_000_000, "USD", "2025-08-20"),
    fact(R, "service routes", "actual", "2025-06-30/2025-06-30", 4_000, "units", "2025-08-20"),
    fact(R, "plants", "actual", "2024-06-30/2024-06-30", 48, "units", "2024-08-21"),
    fact(R, "garments laundered", "actual", FY25, 96_000_000, "units", "2025-08-20"),
    fact(S, "revenue", "actual", Y25, 300_000_000, "EUR", "2026-02-10"),
    fact(S, "systems installed", "actual", Y25, 25_000, "units", "2026-02-10"),
    fact(S, "capacity installed in MW", "actual", Y25, 240, "units", "2026-02-10"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {
            "name": R,
            "aliases": ["Rothmere"],
            "fiscal_year_end": "06-30",
            "fiscal_year_named_by": "end",
        },
        {"name": S, "aliases": ["Sunvale"]},
    ]
    return engine_over(seed, bundle(entities, FACTS, "2026-02-10"))


def test_an_amount_over_the_count_at_the_periods_end(engine) -> None:
    answer = engine.ask("rothmere revenue per route fy25")
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [4_000, 1_200_000_000], answer.text
    assert "300,000" in answer.text, answer.text
    assert "30 Jun 2025" in answer.text, answer.text  # (the day the count is of, said)


def test_a_count_named_by_the_verb_it_was_counted_by(engine) -> None:
    answer = engine.ask("sunvale revenue per system installed in 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [25_000, 300_000_000], answer.text
    assert "12,000" in answer.text, answer.text


def test_things_per_thing_counted_is_a_rate_not_a_percentage(engine) -> None:
    answer = engine.ask("rothmere garments laundered per route in fy25")
    assert sorted(v.fact.value for v in answer.facts) == [4_000, 96_000_000], answer.text
    assert "24,000" in answer.text and "%" not in answer.text, answer.text


def test_never_over_a_count_of_another_day(engine) -> None:
    # (the plants are counted at the year's start, 30 June 2024, not at its end)
    answer = engine.ask("rothmere revenue per plant fy25")
    assert answer.status is not Status.ANSWERED, answer.text
