"""A quarter counted in weeks against the same quarter a year before, and what a span's
net additions are, over companies invented here.

Larchmont Bowl counts 13-week quarters in 52/53-week years ending the Saturday nearest
30 September (named by their end year): its Q3 of fiscal 2025 (30 Mar - 28 Jun 2025)
starts a day off the date a year after Q3 of fiscal 2024 (31 Mar - 29 Jun 2024), so the
year-ago quarter is found within a week of that date, before the quarter just gone.

Pellow Bakeries states its shop count at period ends: "net new shops" in a span is the
change of that count, and without the count at the span's start the closing count is
never the answer. "Growth in total sales" names a metric called total sales; "in total"
there is no running total.

On the engine this session started from (734c82a) eight cases failed: the three year-ago
growths ("I don't have the same period a year earlier": it had picked Q2, then refused
it), both "net new shops" in a year and the one in Q1 (unexplained "net"), the closing
count given for "net shop additions" without an opening count (a wrong figure), and the
month read as the quarter to it in "growth in total sales". The quarter on quarter, the
count at a day and "net shop additions in q1" are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

L = "Larchmont Bowl"
Q2_25, Q3_25, Q3_24 = "2024-12-29/2025-03-29", "2025-03-30/2025-06-28", "2024-03-31/2024-06-29"
LARCHMONT = {
    "name": L,
    "aliases": ["Larchmont"],
    "fiscal_year_end": "09-30",
    "fiscal_year_named_by": "end",
}
FACTS_L = [
    fact(L, "revenue", "actual", Q3_25, 212_000_000, "USD", "2025-08-05"),
    fact(L, "revenue", "actual", Q2_25, 190_000_000, "USD", "2025-05-06"),
    fact(L, "revenue", "actual", Q3_24, 200_000_000, "USD", "2024-08-06"),
    fact(L, "centres open", "actual", "2025-06-28/2025-06-28", 148, "units", "2025-08-05"),
]

P = "Pellow Bakeries"
PELLOW = {"name": P, "aliases": ["Pellow"]}
FACTS_P = [
    fact(P, "shops", "actual", "2024-12-31/2024-12-31", 604, "units", "2025-02-20"),
    fact(P, "shops", "actual", "2025-12-31/2025-12-31", 618, "units", "2026-02-19"),
    fact(P, "shops", "actual", "2026-03-31/2026-03-31", 622, "units", "2026-04-30"),
    fact(P, "total sales", "actual", "2025-09-01/2025-09-30", 41_000, "units", "2025-10-01"),
    fact(P, "total sales", "actual", "2024-09-01/2024-09-30", 40_000, "units", "2024-10-01"),
    fact(P, "total sales", "actual", "2025-07-01/2025-09-30", 120_000, "units", "2025-10-01"),
    fact(P, "total sales", "actual", "2025-04-01/2025-06-30", 110_000, "units", "2025-07-01"),
]


@pytest.fixture(scope="module")
def larchmont(seed) -> Engine:
    return engine_over(seed, bundle([LARCHMONT], FACTS_L, published="2025-08-05"))


@pytest.fixture(scope="module")
def pellow(seed) -> Engine:
    return engine_over(seed, bundle([PELLOW], FACTS_P, published="2026-04-30"))


@pytest.mark.parametrize(
    "question",
    [
        "larchmont q3 fy25 revenue growth yoy",
        "larchmont q3 25 revenue yoy % change",
        "how much did larchmont's q3 fy2025 revenue rise year on year",
    ],
)
def test_a_week_counted_quarter_against_its_year_ago_twin(larchmont, question) -> None:
    answer = larchmont.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [212_000_000, 200_000_000], answer.text
    assert "6.0%" in answer.text, answer.text


def test_asked_quarter_on_quarter_it_is_the_quarter_just_gone(larchmont) -> None:
    answer = larchmont.ask("larchmont q3 fy25 revenue growth quarter on quarter")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [212_000_000, 190_000_000], answer.text


def test_a_count_at_a_day_has_no_week_off_twin(larchmont) -> None:
    # (the near match is for spans: a count a year before is the count at that date)
    answer = larchmont.ask("larchmont centres open yoy change at the end of q3 fy25")
    assert answer.status is not Status.ANSWERED, answer.text


@pytest.mark.parametrize(
    "question",
    ["net new pellow shops in 2025", "how many net new shops did pellow open in 2025"],
)
def test_net_new_is_the_change_of_a_count(pellow, question) -> None:
    answer = pellow.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [618, 604], answer.text
    assert "14" in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    ["pellow net shop additions in q1 2026", "net new pellow shops in q1 2026"],
)
def test_net_additions_over_a_span_are_never_its_closing_count(pellow, question) -> None:
    # the counts at the quarter's start and end: the change, 4, never the closing 622
    answer = pellow.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [622, 618], answer.text


def test_without_the_opening_count_net_additions_are_refused(seed) -> None:
    closing_only = [f for f in FACTS_P if f["period"] != "2025-12-31/2025-12-31"]
    engine = engine_over(seed, bundle([PELLOW], closing_only, published="2026-04-30"))
    answer = engine.ask("pellow net shop additions in q1 2026")
    assert answer.status is not Status.ANSWERED, answer.text


def test_growth_in_total_sales_is_no_running_total(pellow) -> None:
    answer = pellow.ask("pellow yoy growth in total sales september 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [41_000, 40_000], answer.text
