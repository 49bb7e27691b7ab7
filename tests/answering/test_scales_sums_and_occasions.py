"""Kinds of question met on companies nobody had seen, over a company invented here:

- an answer asked "in crore", "in mn" or "in pence" says its amounts in that scale (the
  cited figures stay as stated);
- "net profit up by how much, in crore": an amount, from the two levels, or from the
  level and the rate the company states where the year-earlier level is not held;
- quarters joined by "+" with no spaces ("q1+q2+q3 2025 total") are added up;
- a rate over time ("orders per day") is never answered with a period's total, nor a
  "lifetime" figure with one year's;
- of two targets, the one "after the raise in November" is the one restated in November;
- "the pre-close update" names an occasion: "close" there is no verdict on a target.

Each failed before, except "in mn" (the default wording already says millions) and the
"+" sum (a guard: the invented wording was read before; a development set's was not)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, values

C = "Ghatkopar Logistics"
Y24, Y25 = "2024-04-01/2025-03-31", "2025-04-01/2026-03-31"
Q1, Q2, Q3 = "2025-04-01/2025-06-30", "2025-07-01/2025-09-30", "2025-10-01/2025-12-31"

FACTS = [
    fact(C, "revenue from operations", "actual", Y24, 41_200_000_000, "INR", "2025-05-20"),
    fact(C, "revenue from operations", "actual", Y25, 45_930_000_000, "INR", "2026-05-19"),
    fact(C, "EPS", "actual", Y24, 1.874, "GBP", "2025-05-20"),
    fact(C, "EPS", "actual", Y25, 1.951, "GBP", "2026-05-19"),
    fact(C, "parcels delivered", "actual", Q1, 18_400_000, "units", "2025-07-30"),
    fact(C, "parcels delivered", "actual", Q2, 19_100_000, "units", "2025-10-29"),
    fact(C, "parcels delivered", "actual", Q3, 20_300_000, "units", "2026-01-28"),
    fact(C, "parcels delivered", "actual", Y24, 70_500_000, "units", "2025-05-20"),
    fact(C, "parcels delivered", "target", Y25, 74_000_000, "units", "2025-08-12"),
    fact(C, "parcels delivered", "target", Y25, 77_500_000, "units", "2025-11-14"),
    fact(C, "hubs opened", "target", Y25, 40, "units", "2025-08-12"),
    fact(C, "hubs opened", "target", Y25, 36, "units", "2026-02-10"),
    fact(C, "net profit", "actual", "2024-04-01/2024-06-30", 1_000_000_000, "INR", "2025-07-30"),
    fact(C, "net profit", "actual", Q1, 1_200_000_000, "INR", "2025-07-30"),
    fact(C, "net profit growth", "actual", Q1, 20, "percent", "2025-07-30"),
    fact(C, "net profit", "actual", Q2, 1_500_000_000, "INR", "2025-10-29"),
    fact(C, "net profit", "actual", Q3, 2_000_000_000, "INR", "2026-01-28"),
    fact(C, "net profit growth", "actual", Q3, 25, "percent", "2026-01-28"),
    fact(C, "parcels delivered", "forecast", Y25, 76_000_000, "units", "2026-03-02"),
    fact(C, "parcels delivered", "actual", Y25, 76_900_000, "units", "2026-05-19"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {
            "name": C,
            "aliases": ["Ghatkopar"],
            "fiscal_year_end": "03-31",
            "fiscal_year_named_by": "end",
        }
    ]
    return engine_over(seed, bundle(entities, FACTS, "2026-05-19"))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("ghatkopar revenue increase fy26 vs fy25 in cr", "up 473 crore INR"),
        ("ghatkopar revenue fy26 vs fy25, in crore", "4,593 crore INR"),
        ("ghatkopar eps rise fy26 vs fy25 in pence", "up 7.7 pence"),
        ("ghatkopar parcels delivered fy26 vs fy25 in mn", "up 6.4 million"),
        # ("$" is read as "dollars" before the scale is looked for: a currency said before it)
        ("ghatkopar revenue fy26 minus fy25 in ₹ million", "up 4,730 million INR"),
        ("ghatkopar revenue fy26 minus fy25 in rupees millions", "up 4,730 million INR"),
    ],
)
def test_amounts_in_the_scale_asked(engine, question, said) -> None:
    answer = engine.ask(question)
    assert said in answer.text, answer.text
    assert answer.facts[0].fact.value in (45_930_000_000, 1.951, 76_900_000)


def test_a_rise_asked_in_a_scale_is_an_amount_never_the_rate(engine) -> None:
    answer = engine.ask("how much did ghatkopar's q1 fy26 net profit rise, in crore")
    assert "up 20 crore INR" in answer.text, answer.text
    # no year-earlier level: the amount the stated rate makes of the level, said as such
    answer = engine.ask("how much did ghatkopar's q3 fy26 net profit rise, in crore")
    assert [v.fact.value for v in answer.facts] == [2_000_000_000, 25], answer.text
    assert "about 40 crore INR more" in answer.text, answer.text


def test_quarters_joined_by_plus_are_added_up(engine) -> None:
    assert values(engine, "ghatkopar parcels q1+q2+q3 fy26 total") == [
        18_400_000,
        19_100_000,
        20_300_000,
    ]


def test_a_rate_over_time_is_not_a_periods_total(engine) -> None:
    answer = engine.ask("ghatkopar parcels delivered per day in fy25")
    assert answer.status is not Status.ANSWERED, answer.text


def test_a_lifetime_figure_is_a_running_total(engine) -> None:
    answer = engine.ask("ghatkopar lifetime parcels delivered at dec 31 2025")
    assert answer.status is not Status.ANSWERED, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "ghatkopar's fy26 goal as it stood after the raise in november",
        "ghatkopar's november fy26 target raise",
    ],
)
def test_a_revision_named_by_its_month_picks_the_figure_revised_then(engine, question) -> None:
    answer = engine.ask(question)
    assert {v.fact.metric for v in answer.facts} == {"parcels delivered"}, answer.text


def test_the_pre_close_update_is_an_occasion(engine) -> None:
    answer = engine.ask("fy26 parcels guidance ghatkopar gave at the pre-close trading statement")
    assert [v.fact.value for v in answer.facts] == [76_000_000], answer.text
