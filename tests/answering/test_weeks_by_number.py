"""Weeks named by their number and halves of a month, over two companies invented here:
Ceibal Mercados (calendar year; weekly sales, Monday to Sunday, and half-month figures)
and Tarnhollow Outfitters (fiscal year to January, named by start; weeks Sunday to
Saturday counted from its year's first day).

- "week 46 2025", "wk 46", "ISO week 46 of 2025", "2025-W46", "weeks 1-46 of 2025": the
  ISO weeks of a calendar year. Before 2026-12-05 the number was no period: the year's
  figure was given (a wrong answer), or "iso" was an unknown word;
- "week 12 of fiscal 2025": the twelfth week of the company's own year;
- "period 3 sales fiscal 2025", "P3 FY25", "period 13 sales fy2024": a thirteen-period
  retail year's four-week periods, weeks 4n-3 to 4n of the company's year (before: the
  year's figure, or two periods set side by side);
- "the first fortnight of November 2025", "second quincena of October 2025": the 1st to
  the 15th, the 16th to the month's end (before: an unknown word).

Guards: a week the store lacks gets no figure, never the year's; a week set aside
("2025 sales excluding wk 46") is never the figure given."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, values

C, S = "Ceibal Mercados", "net sales"
T = "Tarnhollow Outfitters"
FACTS = [
    fact(C, S, "actual", "2025-01-01/2025-12-31", 74_016, "USD", "2026-02-20"),
    fact(C, S, "actual", "2025-11-10/2025-11-16", 1_375, "USD", "2025-11-20"),
    fact(C, S, "actual", "2025-11-03/2025-11-09", 1_352, "USD", "2025-11-20"),
    fact(C, S, "actual", "2024-12-30/2025-11-16", 60_120, "USD", "2025-11-20"),
    fact(C, S, "actual", "2025-11-01/2025-11-15", 2_930, "USD", "2025-11-20"),
    fact(C, S, "actual", "2025-10-16/2025-10-31", 3_015, "USD", "2025-11-05"),
    fact(T, S, "actual", "2025-02-01/2026-01-31", 912, "USD", "2026-03-10"),
    # the twelfth week of fiscal 2025 (Sunday 20 April to Saturday 26 April 2025)
    fact(T, S, "actual", "2025-04-20/2025-04-26", 17.4, "USD", "2025-05-01"),
    # its third four-week period (Sunday 30 March to Saturday 26 April 2025)
    fact(T, S, "actual", "2025-03-30/2025-04-26", 71.2, "USD", "2025-05-01"),
]
ENTITIES = [
    {"name": C, "aliases": ["Ceibal"]},
    {
        "name": T,
        "aliases": ["Tarnhollow"],
        "fiscal_year_end": "01-31",
        "fiscal_year_named_by": "start",
    },
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, "2026-03-10"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("ceibal sales week 46 2025", 1_375),
        ("ceibal sales in wk 46", 1_375),
        ("ceibal sales iso week 46 of 2025", 1_375),
        ("ceibal 2025-W46 sales", 1_375),
        ("ceibal sales week 45, 2025", 1_352),
        ("ceibal sales weeks 1-46 of 2025", 60_120),
        ("ceibal sales 2025", 74_016),
        ("ceibal sales in the first fortnight of november 2025", 2_930),
        ("ceibal sales second quincena of october 2025", 3_015),
        ("tarnhollow sales week 12 of fiscal 2025", 17.4),
        ("tarnhollow sales wk 12", 17.4),
        ("tarnhollow period 3 sales fiscal 2025", 71.2),
        ("tarnhollow P3 FY25 sales", 71.2),
        ("tarnhollow sales in trading period 3", 71.2),
    ],
)
def test_the_weeks_said(engine, question, value) -> None:
    assert values(engine, question) == [value]


def test_a_week_not_held_gets_no_figure(engine) -> None:
    answer = engine.ask("ceibal sales week 47 2025")
    assert answer.status is not Status.ANSWERED, answer.text
    assert "74,016" not in answer.text, answer.text


def test_weeks_set_side_by_side(engine) -> None:
    answer = engine.ask("ceibal week 46 sales vs week 45 2025")
    assert sorted(v.fact.value for v in answer.facts) == [1_352, 1_375], answer.text


def test_a_week_set_aside_is_not_the_figure(engine) -> None:
    answer = engine.ask("ceibal 2025 sales excluding wk 46")
    assert 1_375 not in [v.fact.value for v in answer.facts], answer.text
