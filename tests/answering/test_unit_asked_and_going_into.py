"""Two readings of a question's small words. A unit of measure the answer is asked in ("Q3
bookings in GW") is never dropped where the figure the words name is stated in money
only: the money figure is no answer. "Going into FY26", "heading into 2026" place a count
at the period's opening, never at its end, and "going" there is no expectation.

Each failed on the engine of 0dfb2cf4 (a development set new that day held one of each,
both answered wrong), except the guards.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

T = "Tarnow Trackers"  # fiscal year to 30 June, named by its end year
Q3 = "2026-01-01/2026-03-31"
H = "Heathmoor Home"

FACTS = [
    fact(T, "bookings", "actual", Q3, 420_000_000, "USD", "2026-05-07"),
    fact(T, "tracker shipments (GW)", "actual", Q3, 5.1, "units", "2026-05-07"),
    fact(H, "store count", "actual", "2025-03-01/2025-03-01", 212, "units", "2025-04-24"),
    fact(H, "store count", "forecast", "2026-02-28/2026-02-28", 221, "units", "2026-01-08"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {
            "name": T,
            "aliases": ["Tarnow"],
            "fiscal_year_end": "06-30",
            "fiscal_year_named_by": "end",
        },
        {
            "name": H,
            "aliases": ["Heathmoor"],
            "fiscal_year_end": "02-28",
            "fiscal_year_named_by": "end",
        },
    ]
    return engine_over(seed, bundle(entities, FACTS, "2026-05-07"))


def test_a_unit_of_measure_is_never_dropped_for_a_money_figure(engine) -> None:
    answer = engine.ask("tarnow q3 fy26 bookings in gw")
    assert answer.status is not Status.ANSWERED, answer.text
    assert not answer.facts, answer.text


def test_the_money_figure_asked_without_the_unit(engine) -> None:
    answer = engine.ask("tarnow q3 fy26 bookings")
    assert [v.fact.value for v in answer.facts] == [420_000_000], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "hw many shops did heathmoor have going into fy26",
        "heathmoor store count heading into fiscal 2026",
    ],
)
def test_going_into_a_period_is_its_opening(engine, question) -> None:
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts] == [212], answer.text


def test_going_to_is_still_an_expectation(engine) -> None:
    answer = engine.ask("how many stores is heathmoor going to have at the end of fy26")
    assert [v.fact.value for v in answer.facts] == [221], answer.text
