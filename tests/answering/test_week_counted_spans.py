"""Spans of a retailer counting in weeks, worked out from what it states, over a company
invented here (Fennick Outfitters, 52/53-week years ending the Saturday nearest 31 January,
named by their start year: fiscal 2025 = 2 Feb 2025 - 31 Jan 2026).

Its year is tiled by the nine months and Q4 it states (a sum of additive figures only,
never of an average); a count's change over the year is its count at the year's end less
the count at the year before's end, the days off the month ends standing for the months
asked; "net" and "additions" of a count asked to have changed are that change; "closures"
is the noun of "stores closed"."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

F = "Fennick Outfitters"
NINE_MONTHS, Q4 = "2025-02-02/2025-11-01", "2025-11-02/2026-01-31"
FACTS = [
    fact(F, "stores opened", "actual", NINE_MONTHS, 14, "units", "2025-11-25"),
    fact(F, "stores opened", "actual", Q4, 5, "units", "2026-03-10"),
    fact(F, "stores closed", "actual", NINE_MONTHS, 8, "units", "2025-11-25"),
    fact(F, "store count", "actual", "2025-02-01/2025-02-01", 300, "units", "2025-03-12"),
    fact(F, "store count", "actual", "2026-01-31/2026-01-31", 311, "units", "2026-03-10"),
]


ENTITY = {
    "name": F,
    "aliases": ["Fennick"],
    "fiscal_year_end": "01-31",
    "fiscal_year_named_by": "start",
}


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([ENTITY], FACTS, published="2026-03-10"))


@pytest.mark.parametrize(
    "question",
    ["fennick store openings, fiscal 2025 in total", "fennick stores opened fy2025"],
)
def test_a_year_tiled_by_its_nine_months_and_fourth_quarter(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [14, 5], answer.text
    assert "19" in answer.text, answer.text


def test_an_average_is_never_summed(seed) -> None:
    averages = [
        fact(F, "average sales per store", "actual", NINE_MONTHS, 2_100_000, "USD", "2025-11-25"),
        fact(F, "average sales per store", "actual", Q4, 900_000, "USD", "2026-03-10"),
    ]
    engine = engine_over(seed, bundle([ENTITY], averages, published="2026-03-10"))
    answer = engine.ask("fennick average sales per store fiscal 2025")
    assert answer.status is not Status.ANSWERED, answer.text
    assert (
        engine.ask("fennick average sales per store in the first nine months of fiscal 2025").status
        is Status.ANSWERED
    )


@pytest.mark.parametrize(
    "question",
    [
        "how many stores did fennick add in fiscal 2025",
        "fennick net store additions fiscal 2025",
        "how many stores did fennick add, net, in fy2025",
    ],
)
def test_a_counts_change_over_a_year_counted_in_weeks(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [311, 300], answer.text
    assert "11" in answer.text, answer.text


def test_closures_are_the_stores_closed(engine) -> None:
    answer = engine.ask("fennick store closures in the first nine months of fiscal 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [8], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "fennick's store count at the beginning of fiscal 2025",
        "fennick's store total at the start of fy25",
        # what the year opened with, said with a verb (both the year's end count on 2de7fc9)
        "how many stores did fennick start fiscal 2025 with",
        "how many stores did fennick enter fy25 with",
    ],
)
def test_a_count_at_the_start_of_a_year_is_the_year_befores_closing_count(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [300], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "fennick stores opened at the beginning of fy2025",  # a span's figure: no point
        "fennick's store count at the beginning of fiscal 2024",  # no count near 3 Feb 2024
    ],
)
def test_the_start_of_a_year_is_never_the_year_itself(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


def test_a_span_whose_start_went_unread_is_not_the_year(engine) -> None:
    # the grammar reads only "year end 2025" here: the year's change would be a wrong figure
    answer = engine.ask("fennick: stores added between 3 may and the 2025 year end")
    assert answer.status is not Status.ANSWERED, answer.text
