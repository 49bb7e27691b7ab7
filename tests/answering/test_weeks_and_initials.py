"""Periods counted in weeks, banners named by initials joined with '&', rates stated
against the quarter before, and a period restated beside a relative one, over a retailer
invented here (Ferncastle Home: a 52/53-week year ending the Saturday nearest 31 January,
named by its start year; banners Ferncastle and Moss & Lantern, "M&L")."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answering import Engine, Status
from bot.facts.model import Period
from bot.facts.periods import in_whole_months
from tests.answering.invented import bundle, engine_over, fact

F = "Ferncastle Home"
FY24, FY23 = "2024-02-04/2025-02-01", "2023-01-29/2024-02-03"  # 52 and 53 weeks
Q2_25, Q2_24 = "2025-05-04/2025-08-02", "2024-05-05/2024-08-03"
Q1_25 = "2025-02-02/2025-05-03"
FACTS = [
    fact(F, "net sales", "actual", FY24, 2.912e9, "USD", "2025-03-12"),
    fact(F, "net sales", "actual", FY23, 2.875e9, "USD", "2024-03-13"),
    fact(F, "net sales", "actual", Q2_25, 701.3e6, "USD", "2025-09-04"),
    fact(F, "net sales", "actual", Q2_24, 684.0e6, "USD", "2025-09-04"),
    fact(F, "net sales", "actual", Q1_25, 652.4e6, "USD", "2025-06-05"),
    fact(F, "Moss & Lantern net sales", "actual", Q2_25, 135.3e6, "USD", "2025-09-04"),
    fact(F, "Moss & Lantern net sales", "actual", Q2_24, 124.8e6, "USD", "2025-09-04"),
    fact(F, "store count", "actual", "2025-02-01/2025-02-01", 396, "units", "2025-03-12"),
    fact(F, "store count", "actual", "2025-08-02/2025-08-02", 401, "units", "2025-09-04"),
    fact(F, "store count", "actual", "2024-08-03/2024-08-03", 389, "units", "2025-09-04"),
    fact(F, "comparable sales change", "actual", Q2_25, 2.7, "percent", "2025-09-04"),
    fact(F, "comparable sales change", "actual", Q2_24, -0.4, "percent", "2025-09-04"),
    fact(F, "store openings", "actual", FY24, 14, "units", "2025-03-12"),
    fact(F, "store closures", "actual", FY24, 6, "units", "2025-03-12"),
    fact(F, "net sales growth", "actual", Q2_25, 2.5, "percent", "2025-09-04"),
    fact(F, "sequential net sales growth", "actual", Q2_25, 7.5, "percent", "2025-09-04"),
]
ENTITY = {
    "name": F,
    "aliases": ["Ferncastle"],
    "fiscal_year_end": "01-31",
    "fiscal_year_named_by": "start",
}


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([ENTITY], FACTS, "2025-09-04"))


def _period(text: str) -> Period:
    start, end = text.split("/")
    return Period(date.fromisoformat(start), date.fromisoformat(end))


def test_a_period_in_weeks_stands_for_its_whole_months() -> None:
    assert in_whole_months(_period(FY24)) == _period("2024-02-01/2025-01-31")
    assert in_whole_months(_period(Q2_25)) == _period("2025-05-01/2025-07-31")
    assert in_whole_months(_period("2024-02-01/2025-01-31")) is None  # months already
    assert in_whole_months(_period("2024-02-12/2025-01-31")) is None  # 11 days off
    # a 4-4-5 year's 26-week half, begun 6 days before March, ends 8 days before September
    assert in_whole_months(_period("2025-02-23/2025-08-23")) == _period("2025-03-01/2025-08-31")
    assert in_whole_months(_period("2025-02-23/2025-08-19")) is None  # no whole weeks
    # a half counted from a day inside a month (an Iranian year's: 21 Mar – 22 Sep) stands
    # for the whole months it spans; a single month counted so is too short to
    assert in_whole_months(_period("2025-03-21/2025-09-22")) == _period("2025-04-01/2025-09-30")
    assert in_whole_months(_period("2025-09-23/2025-10-22")) is None


@pytest.mark.parametrize(
    ("question", "value", "named"),
    [
        ("ferncastle net sales fiscal 2024", 2.912e9, "FY2024 (4 Feb 2024 – 1 Feb 2025)"),
        ("ferncastle net sales in the 53-week fiscal 2023", 2.875e9, "FY2023"),
        ("ferncastle q2 fiscal 2025 net sales", 701.3e6, "Q2 FY2025"),
        ("how many stores did ferncastle have at the end of fiscal 2024", 396, "1 Feb 2025"),
        # initials joined by "&": the banner, never the whole company
        ("M&L sales in q2 of fiscal 2024", 124.8e6, "Q2 FY2024"),
        ("m & l net sales q2 fy25", 135.3e6, "Q2 FY2025"),
        # "comps": the comparable sales change, a change already
        ("ferncastle comps q2 fiscal 2025", 2.7, "Q2 FY2025"),
        ("ferncastle comp sales in q2 of fiscal 2024", -0.4, "Q2 FY2024"),
        # "qoq": the rate stated against the quarter before, never the year-on-year one
        ("ferncastle qoq net sales growth q2 fiscal 2025", 7.5, "Q2 FY2025"),
        ("ferncastle net sales growth q2 fiscal 2025", 2.5, "Q2 FY2025"),
        # the explicit period restates the relative one
        ("ferncastle net sales the year before, so q2 fiscal 2024", 684.0e6, "Q2 FY2024"),
    ],
)
def test_weeks_initials_and_rates(engine, question, value, named) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text
    assert named in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # a verb names the metric's noun made from it
        ("how many stores did ferncastle close in fiscal 2024", 6),
        ("how many ferncastle stores closed in fiscal 2024", 6),
        ("how many stores were opened by ferncastle in fiscal 2024", 14),
        ("how many stores did ferncastle open in fiscal 2024", 14),
        # an adjective after "were" is a state: the count, not the openings
        ("how many ferncastle stores were open at the end of fiscal 2024", 396),
    ],
)
def test_a_verb_names_its_noun(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text


@pytest.mark.parametrize(
    ("question", "values"),
    [
        # "count" names the store count: never comparable store sales' change
        (
            "store count growth at ferncastle from the end of q2 fy24 to the end of q2 fy25",
            [401, 389],
        ),
        # a rate stated year on year is the comparison with last year
        ("ferncastle net sales growth in q2 fiscal 2025 vs last year", [2.5]),
        ("ferncastle q2 fy25 growth vs PY", [2.5]),
        # "beat" a period is growth against it, not a target met
        (
            "by how much did ferncastle's q2 fy25 net sales beat the year-ago quarter",
            [701.3e6, 684.0e6],
        ),
        # "doors" are stores
        ("how many doors did ferncastle have at the end of q2 fy25", [401]),
        # an amount named picks its figure, whatever the period
        ("which quarter were ferncastle's $701.3m net sales for?", [701.3e6]),
    ],
)
def test_figures_the_question_names(engine, question, values) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts[: len(values)]] == values, answer.text


def test_a_year_on_year_comparison_across_a_53_week_year(engine) -> None:
    answer = engine.ask("how much did ferncastle's fiscal 2024 net sales grow yoy")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts[:2]] == [2.912e9, 2.875e9], answer.text


def test_unknown_initials_are_not_dropped(engine) -> None:
    """'P&G' names something the store lacks: never Ferncastle's own sales."""
    answer = engine.ask("ferncastle p&g sales q2 fiscal 2025")
    assert answer.status is not Status.ANSWERED, answer.text


def test_a_quarter_in_weeks_worked_out_from_its_half(seed) -> None:
    """Q1 FY2025 asked by months (Feb - Apr 2025) where only the 26-week half and the
    13-week Q2 are stated: the half less Q2, its weeks (2 Feb - 3 May 2025)."""
    facts = [
        fact(F, "net sales", "actual", "2025-02-02/2025-08-02", 1353.7e6, "USD", "2025-09-04"),
        fact(F, "net sales", "actual", Q2_25, 701.3e6, "USD", "2025-09-04"),
    ]
    engine = engine_over(seed, bundle([ENTITY], facts, "2025-09-04"))
    answer = engine.ask("ferncastle q1 fiscal 2025 net sales")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [1353.7e6, 701.3e6], answer.text
    assert "652.4 million" in answer.text, answer.text
