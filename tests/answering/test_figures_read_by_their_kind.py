"""Figures read for what kind of figure they are, not only for their words:

- a rate of change held at a day ("order backlog growth" at 31 July: against the same day
  a year before) answers a day or a year, never a quarter: "how much did backlog grow in
  Q3" is the quarter's own change, from the backlog at its two ends;
- "GOV / orders", "(contract value / bookings)": the one figure over the other, as "per"
  does; a company's own rate, where the words name it, as stated;
- a figure named in one unit of measure is never given for another dimension ("sawn
  timber (cubic metres)" asked in tonnes);
- a margin asked as reported is never worked out from a profit restated on a basis
  ("comparable EBIT");
- a share of the whole: "non-like-for-like revenue" is revenue, and the whole it is a
  part of is the revenue, never the like-for-like revenue beside it;
- a month the store holds an expectation for ("the Nov 2025 export forecast") is that
  period, never the day a yearly forecast was stated; "as of" it is when it was stated;
- progress "as of end Sep 2026" toward a restated goal: the running total to that day
  against the goal as restated.

Each failed on the engine of 8e099d4f (answering with the year's growth rate at the
quarter's end, the amount alone, the cubic metres, the restated line's margin, the share
of the like-for-like revenue, the yearly forecast, the goal first stated); the others
are guards.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

V = "Varnholt Instruments"  # fiscal year to 31 October, named by its end
K = "Kesterby Timber"
T = "Taffrail Shop"
M = "Malabrigo Seafood"
W = "Wyeford Water"
APR, JUL, OCT = "2026-04-30/2026-04-30", "2026-07-31/2026-07-31", "2026-10-31/2026-10-31"
Q3_26 = "2026-05-01/2026-07-31"
Q2 = "2025-04-01/2025-06-30"
H1 = "2025-01-01/2025-06-30"

FACTS = [
    fact(V, "order backlog", "actual", APR, 2_410_000_000, "EUR", "2026-06-10"),
    fact(V, "order backlog", "actual", JUL, 2_475_000_000, "EUR", "2026-08-27"),
    fact(V, "order backlog growth", "actual", JUL, 11.2, "percent", "2026-08-27"),
    fact(V, "order backlog", "actual", OCT, 2_390_000_000, "EUR", "2026-12-08"),
    fact(V, "order backlog growth", "actual", OCT, 4.1, "percent", "2026-12-08"),
    fact(K, "sawn timber deliveries (cubic metres)", "actual", Q2, 210_000, "units", "2025-07-20"),
    fact(K, "pulp deliveries (tonnes)", "actual", Q2, 395_000, "units", "2025-07-20"),
    fact(K, "reported EBIT", "actual", Q2, 30_000_000, "EUR", "2025-07-20"),
    fact(K, "reported EBIT margin", "actual", Q2, 4.8, "percent", "2025-07-20"),
    fact(K, "Pulp comparable EBIT", "actual", Q2, 40_000_000, "EUR", "2025-07-20"),
    fact(K, "Pulp sales", "actual", Q2, 270_000_000, "EUR", "2025-07-20"),
    fact(K, "sales", "actual", Q2, 625_000_000, "EUR", "2025-07-20"),
    fact(T, "gross order value", "actual", H1, 5_200_000_000, "INR", "2025-08-01"),
    fact(T, "orders", "actual", H1, 9_800_000, "units", "2025-08-01"),
    fact(T, "revenue", "actual", H1, 2_100_000_000, "INR", "2025-08-01"),
    fact(T, "like-for-like revenue", "actual", H1, 1_890_000_000, "INR", "2025-08-01"),
    fact(T, "non-like-for-like revenue", "actual", H1, 210_000_000, "INR", "2025-08-01"),
    fact(T, "revenue per order", "actual", "2024-01-01/2024-06-30", 480, "INR", "2025-08-01"),
    fact(T, "revenue", "actual", "2024-01-01/2024-06-30", 1_700_000_000, "INR", "2025-08-01"),
    fact(T, "orders", "actual", "2024-01-01/2024-06-30", 3_540_000, "units", "2025-08-01"),
    fact(M, "export value", "forecast", "2025-11-01/2025-11-30", 21e6, "USD", "2025-11-06", 22e6),
    fact(M, "export value", "forecast", "2025-01-01/2025-12-31", 230e6, "USD", "2025-11-18", 235e6),
    fact(W, "cumulative totex outperformance", "target", "2025-04-01/2030-03-31", 140e6, "GBP",
         "2026-05-20"),
    fact(W, "cumulative totex outperformance", "target", "2025-04-01/2030-03-31", 100e6, "GBP",
         "2026-11-17"),
    fact(W, "cumulative totex outperformance", "actual", "2025-04-01/2026-09-30", 40e6, "GBP",
         "2026-11-17"),
]  # fmt: skip


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {
            "name": V,
            "aliases": ["Varnholt"],
            "fiscal_year_end": "10-31",
            "fiscal_year_named_by": "end",
        },
        {"name": K, "aliases": ["Kesterby"]},
        {"name": T, "aliases": ["Taffrail"]},
        {"name": M, "aliases": ["Malabrigo"]},
        {"name": W, "aliases": ["Wyeford"]},
    ]
    return engine_over(seed, bundle(entities, FACTS, "2026-12-08"))


def test_a_quarters_growth_is_the_change_between_its_ends(engine) -> None:
    answer = engine.ask("how much did varnholt backlog grow in q3 fy26")
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [2_410_000_000, 2_475_000_000]
    assert "65 million" in answer.text, answer.text


def test_two_days_growth_rates_make_no_quarters_change(engine) -> None:
    answer = engine.ask("varnholt order backlog growth change in q4 fy2026")
    assert all(v.fact.metric != "order backlog growth" for v in answer.facts), answer.text


def test_a_rate_of_change_at_a_day_answers_that_day(engine) -> None:
    answer = engine.ask("varnholt order backlog growth at 31 july 2026")
    assert answer.facts[0].fact.value == 11.2, answer.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("h1 2025 gov / orders for taffrail?", "530.61"),
        ("taffrail h1 2025 gross order value/orders", "530.61"),
    ],
)
def test_one_figure_over_another_by_a_slash(engine, question, said) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == ["gross order value", "orders"]
    assert said in answer.text, answer.text


def test_a_rate_the_company_states_is_answered_as_stated(engine) -> None:
    answer = engine.ask("taffrail rev/order h1 2024")
    assert answer.facts[0].fact.value == 480, answer.text


def test_a_figure_in_another_dimension_is_refused(engine) -> None:
    refused = engine.ask("kesterby sawn timber deliveries in tonnes q2 2025")
    assert refused.status is not Status.ANSWERED, refused.text
    kept = engine.ask("kesterby pulp deliveries in tonnes q2 2025")
    assert kept.facts[0].fact.value == 395_000, kept.text


def test_a_reported_margin_is_never_a_restated_lines(engine) -> None:
    answer = engine.ask("reported ebit margin q2 2025 for kesterby pulp")
    assert all("comparable" not in v.fact.metric for v in answer.facts), answer.text
    line = engine.ask("kesterby pulp comparable ebit margin q2 2025")
    assert [v.fact.value for v in line.facts] == [40_000_000, 270_000_000], line.text


@pytest.mark.parametrize(
    ("question", "part", "said"),
    [
        ("what % of taffrail's h1 2025 revenue was non-lfl", 210_000_000, "10.0%"),
        ("what share of h1 2025 revenue was lfl at taffrail", 1_890_000_000, "90.0%"),
    ],
)
def test_a_share_is_of_the_whole_never_of_the_other_part(engine, question, part, said) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [part, 2_100_000_000], answer.text
    assert said in answer.text, answer.text


def test_a_month_held_as_a_forecasts_period_is_that_period(engine) -> None:
    answer = engine.ask("malabrigo nov 2025 export forecast low end")
    assert answer.facts[0].fact.period.months == 1, answer.text
    assert answer.facts[0].fact.value == 21e6, answer.text
    stated = engine.ask("malabrigo export forecast as of nov 2025")
    assert stated.facts[0].fact.period.months == 12, stated.text


@pytest.mark.parametrize(
    ("question", "goal"),
    [
        ("how far is wyeford from its restated outperformance target as of end sep 2026", 100e6),
        ("how far is wyeford from its original outperformance target as of end sep 2026", 140e6),
    ],
)
def test_progress_to_a_months_end_against_the_goal_named(engine, question, goal) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts][:2] == [40e6, goal], answer.text
