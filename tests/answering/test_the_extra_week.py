"""The week a 52/53-week year adds at its end, asked as "the 53rd week" or "the extra
week", over a company invented here (Wexcombe Linen, a 52/53-week year ending the last
Saturday of August, named by its end year: fiscal 2024 = 27 Aug 2023 – 31 Aug 2024, 53
weeks, its extra week 25 – 31 Aug 2024 reported on its own):

- "how much revenue did the 53rd week add in fiscal 2024", "revenue in the extra week of
  FY24", "the 53rd week" alone: the week's own figure; on the engine this session
  started from (768d1894) "53rd" was a word nobody explained and each was refused (about
  ten development questions over eight companies);
- guards: the year itself is still the year, a year with no extra week held is refused
  (never another year's week), and "an extra week of trading" names no period."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from bot.facts.periods import find_periods
from tests.answering.invented import fact, one_company

W = "Wexcombe Linen"
FY24, WEEK53 = "2023-08-27/2024-08-31", "2024-08-25/2024-08-31"
FACTS = [
    fact(W, "revenue", "actual", FY24, 2_372_900_000, "USD", "2024-10-24"),
    fact(W, "revenue", "actual", WEEK53, 44_800_000, "USD", "2024-10-24"),
    fact(W, "revenue", "actual", "2024-09-01/2025-08-30", 2_486_300_000, "USD", "2025-10-23"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, W, "Wexcombe", FACTS, "2025-10-23", "08-31", "end")


@pytest.mark.parametrize(
    "question",
    [
        "how much revenue did the 53rd week add in fiscal 2024",
        "wexcombe revenue in the extra week of fy24",
        "how much revenue did the 53rd week add for wexcombe",
    ],
)
def test_the_weeks_own_figure(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [44_800_000], answer.text


def test_the_year_is_still_the_year(engine) -> None:
    answer = engine.ask("wexcombe revenue fiscal 2024")
    assert [v.fact.value for v in answer.facts] == [2_372_900_000], answer.text


def test_a_year_with_no_extra_week_held(engine) -> None:
    answer = engine.ask("wexcombe revenue in the 53rd week of fiscal 2025")
    assert answer.status is not Status.ANSWERED, answer.text


@pytest.mark.parametrize(
    "text", ["an extra week of trading lifted sales", "fiscal 2024 had a 53rd week"]
)
def test_a_week_that_says_why_names_no_period(text) -> None:
    assert not any(type(m.ref).__name__ == "ExtraWeekRef" for m in find_periods(text))


def test_a_metric_named_by_the_week(seed) -> None:
    # (a store naming a metric "53rd week revenue", or "growth excluding the 53rd week":
    # the words are the metric's, never the week's own figure; added on 69a7e722, where
    # two development questions of that kind turned to refusals)
    other = "Tregarth Outdoor"
    facts = [
        fact(
            other,
            "53rd week revenue",
            "forecast",
            "2026-01-01/2026-12-31",
            15e6,
            "GBP",
            "2026-02-25",
        ),
        fact(other, "revenue", "actual", "2025-01-01/2025-12-31", 800e6, "GBP", "2026-02-25"),
    ]
    engine = one_company(seed, other, "Tregarth", facts, "2026-02-25")
    answer = engine.ask("how much revenue does tregarth expect from the 53rd week in 2026")
    assert [v.fact.value for v in answer.facts] == [15e6], answer.text
