"""Kinds of question that drew wrong figures from companies met for the first time, over a
company invented here (Quenby Audio, an audio-subscription service, calendar year, USD):

- a region's rate per subscriber never answers the region's amount ("APAC revenue" where
  only APAC's revenue per subscriber is held);
- the part asked of a figure named by its amount ("of the 150m subscribers, how many in
  APAC") is the part, at the named figure's date, never the figure named;
- a rise between two periods that are not a year apart, or one asked quarter on quarter,
  is read from the levels, never from the change between two year-on-year rates;
- months listed before the one carrying their year are each read ("January, February and
  March 2026"); a change "from January to March" compares the two months."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

Q = "Quenby Audio"
Q1, Q2 = "2026-01-01/2026-03-31", "2026-04-01/2026-06-30"
JUNE_END, SEPT_END = "2026-06-30/2026-06-30", "2026-09-30/2026-09-30"
MONTHS = {"01-31": 160e6, "02-28": 165e6, "03-31": 175e6}
FACTS = [
    fact(Q, "revenue", "actual", Q1, 500e6, "USD", "2026-04-28"),
    fact(Q, "revenue", "actual", Q2, 540e6, "USD", "2026-07-28"),
    fact(Q, "revenue growth", "actual", Q1, 12.0, "percent", "2026-04-28"),
    fact(Q, "revenue growth", "actual", Q2, 9.5, "percent", "2026-07-28"),
    fact(Q, "subscribers", "actual", JUNE_END, 150e6, "units", "2026-07-28"),
    fact(Q, "subscribers", "actual", SEPT_END, 158e6, "units", "2026-10-27"),
    fact(Q, "APAC subscribers", "actual", JUNE_END, 31e6, "units", "2026-07-28"),
    fact(Q, "APAC subscribers", "actual", SEPT_END, 33e6, "units", "2026-10-27"),
    fact(Q, "APAC average revenue per subscriber", "actual", Q2, 4.10, "USD", "2026-07-28"),
] + [
    fact(Q, "revenue", "actual", f"2026-{end[:2]}-01/2026-{end}", value, "USD", "2026-04-10")
    for end, value in MONTHS.items()
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entity = {"name": Q, "aliases": ["Quenby"]}
    return engine_over(seed, bundle([entity], FACTS, published="2026-10-27"))


def ask(engine: Engine, question: str) -> list[float]:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    return [v.fact.value for v in answer.facts]


def test_a_regions_rate_never_answers_its_amount(engine) -> None:
    answer = engine.ask("APAC revenue q2 2026 at quenby")
    assert answer.status is not Status.ANSWERED, answer.text
    assert ask(engine, "quenby APAC average revenue per subscriber q2 2026") == [4.10]


def test_the_part_of_a_figure_named_by_its_amount(engine) -> None:
    # the named figure is June's; APAC's latest count is September's
    assert ask(engine, "quenby had 150m subscribers; how many of those were in APAC?") == [31e6]


@pytest.mark.parametrize(
    "question",
    [
        "how much did quenby revenue rise from q1 to q2 2026",
        "quenby sequential revenue growth q2 2026",
        "quenby revenue growth quarter on quarter, q2 2026",
    ],
)
def test_a_rise_between_quarters_is_read_from_the_levels(engine, question) -> None:
    assert ask(engine, question) == [540e6, 500e6]


def test_a_stated_rate_still_answers_its_own_quarter(engine) -> None:
    assert ask(engine, "quenby revenue growth q2 2026") == [9.5]


def test_months_listed_before_a_dated_one_are_each_read(engine) -> None:
    answer = engine.ask("quenby revenue for january and february 2026 taken together")
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [160e6, 165e6], answer.text
    assert "325" in answer.text, answer.text
    # (the three months make the quarter the company states: its figure, as stated)
    answer = engine.ask("quenby revenue for january, february and march 2026 taken together")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [500e6], answer.text


def test_a_change_from_one_month_to_another(engine) -> None:
    assert ask(engine, "by how much did quenby's revenue climb from january to march 2026") == [
        175e6,
        160e6,
    ]
    # without a verb of change, the months named are the span's: the quarter's figure
    assert ask(engine, "quenby revenue from january to march 2026") == [500e6]


@pytest.fixture(scope="module")
def budgets(seed) -> Engine:
    """Quenby's 2026 content budget, raised twice, and a month's revenue with its stated
    year-on-year growth (the month a year earlier not held)."""
    year = "2026-01-01/2026-12-31"
    facts = [
        fact(Q, "content spending", "target", year, amount, "USD", day)
        for day, amount in (("2026-02-02", 80e6), ("2026-05-05", 90e6), ("2026-08-04", 104e6))
    ] + [
        fact(Q, "revenue", "actual", "2026-05-01/2026-05-31", 182e6, "USD", "2026-06-09"),
        fact(Q, "revenue", "actual", "2026-04-01/2026-04-30", 177e6, "USD", "2026-05-08"),
        fact(Q, "revenue growth", "actual", "2026-05-01/2026-05-31", 7.4, "percent", "2026-06-09"),
    ]
    return engine_over(seed, bundle([{"name": Q, "aliases": ["Quenby"]}], facts, "2026-08-04"))


@pytest.mark.parametrize(
    ("question", "before"),
    [
        ("the $104m content budget quenby set - and the one before it?", 90e6),
        ("the $90m quenby content spending target, and prior to that?", 80e6),
    ],
)
def test_the_statement_a_named_figure_replaced(budgets, question, before) -> None:
    assert ask(budgets, question) == [before]


def test_nothing_came_before_the_first_statement(budgets) -> None:
    answer = budgets.ask("quenby's $80m content plan, and the plan before it")
    assert answer.status is not Status.ANSWERED, answer.text


def test_the_year_on_year_growth_of_a_month_named_by_its_amount(budgets) -> None:
    # the stated growth of that month, never the change from the month before it
    assert ask(budgets, "quenby's $182m month, year on year growth?") == [7.4]


def test_a_region_named_with_a_slash_is_no_rate(seed) -> None:
    # "Asia/Pacific revenue" divides nothing: the region's amount, asked as one
    facts = [
        fact(Q, "revenue", "actual", Q2, 540e6, "USD", "2026-07-28"),
        fact(Q, "Asia/Pacific revenue", "actual", Q2, 96e6, "USD", "2026-07-28"),
    ]
    engine = engine_over(seed, bundle([{"name": Q, "aliases": ["Quenby"]}], facts, "2026-07-28"))
    assert ask(engine, "quenby asia pacific revenue q2 2026") == [96e6]
