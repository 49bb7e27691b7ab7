"""A quarter or a month to a day, over Tindaro Markets (calendar year) and Corvo Stores (a
retail year ending 31 January, whose quarters run Feb–Apr … Nov–Jan), invented here:

- "QTD sales through 20 November 2025", "quarter-to-date sales as of 20 Nov 2025", "Q4
  sales thru 15 Dec 2024 (qtd)": the quarter's first day to the day said. Before
  2026-12-06 "qtd" was a word nothing explained and the engine abstained;
- "MTD November 2025 sales through the 20th", "November 2025 sales through the 20th",
  "month to date sales": the month's first day to that day (the latest such span when no
  day is said). "To date" never makes it a running total since an earlier start;
- a fiscal-calendar company's quarter to date runs from its own quarter's first day;
- "QTD through 20 Nov 2025 vs the same days of 2024": the same span a year before;
- "April 2025 MTD sales through the 20th" (the code after the month), "Q4 2025 sales thru
  9 Nov" (the day's year unsaid: the quarter's), "Q3 FY2025 sales to date thru 13 October"
  (a fiscal quarter's: the year it falls in, here 2025);
- a whole quarter asked ("full Q1 2026 revenue") is never a quarter to a day (1 Jan - 22
  Mar, a span no company counts in weeks) nor one day's sales near its end (29 Mar):
  both answered it before 2026-12-06, wrong answers in two development sets written that
  day; the whole fiscal quarter of a retail year likewise (1 Nov - 25 Jan). A guard: a
  half asked by its last day ("the half to 28 Dec 2025") is still the 26 weeks held.

Guards: a quarter said that does not hold the day ("Q3 sales thru 15 Dec 2024") gets no
figure; a year to date through a month is still that year's months."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact, values

T, C, S = "Tindaro Markets", "Corvo Stores", "net sales"
FACTS = [
    fact(T, S, "actual", "2025-10-01/2025-11-20", 9_930, "EUR", "2025-11-22"),
    fact(T, S, "actual", "2024-10-01/2024-11-20", 9_045, "EUR", "2025-11-22"),
    fact(T, S, "actual", "2025-11-01/2025-11-20", 3_920, "EUR", "2025-11-22"),
    fact(T, S, "actual", "2024-10-01/2024-12-15", 14_263, "EUR", "2024-12-17"),
    fact(T, S, "actual", "2025-10-01/2025-12-31", 20_776, "EUR", "2026-02-26"),
    fact(T, S, "actual", "2025-11-01/2025-11-30", 6_616, "EUR", "2026-02-26"),
    fact(T, S, "actual", "2025-01-01/2025-09-30", 53_240, "EUR", "2025-10-30"),
    fact(T, S, "actual", "2025-01-01/2025-12-31", 74_016, "EUR", "2026-02-26"),
    fact(T, S, "actual", "2025-04-01/2025-04-20", 4_480, "EUR", "2025-04-22"),
    fact(T, S, "actual", "2025-10-01/2025-11-09", 7_100, "EUR", "2025-11-11"),
    fact(T, S, "actual", "2026-01-01/2026-03-22", 16_400, "EUR", "2026-03-23"),
    fact(T, S, "actual", "2025-03-29/2025-03-29", 731, "EUR", "2025-03-30"),
    fact(T, S, "actual", "2025-06-30/2025-12-28", 39_800, "EUR", "2026-02-26"),
    fact(C, S, "actual", "2025-11-01/2025-11-20", 410, "EUR", "2025-11-22"),
    fact(C, S, "actual", "2025-11-01/2026-01-25", 1_912, "EUR", "2026-01-27"),
    fact(C, S, "actual", "2024-08-01/2024-10-13", 301, "EUR", "2024-10-15"),
    fact(C, S, "actual", "2025-08-01/2025-10-13", 322, "EUR", "2025-10-15"),
    fact(C, S, "actual", "2025-10-01/2025-11-20", 655, "EUR", "2025-11-22"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {"name": T, "aliases": ["Tindaro"]},
        {"name": C, "aliases": ["Corvo"], "fiscal_year_end": "01-31"},
    ]
    return engine_over(seed, bundle(entities, FACTS, "2026-02-26"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("tindaro qtd sales through 20 november 2025", 9_930),
        ("tindaro quarter-to-date sales as of 20 nov 2025", 9_930),
        ("tindaro q4 sales thru 15 dec 2024 (qtd)", 14_263),
        ("tindaro qtd sales", 16_400),
        ("tindaro mtd november 2025 sales through the 20th", 3_920),
        ("tindaro november 2025 sales through the 20th", 3_920),
        ("tindaro month to date sales", 3_920),
        ("tindaro sales month to date as of nov 20 2025", 3_920),
        ("tindaro ytd sales thru sep 2025", 53_240),
        ("tindaro q4 2025 sales", 20_776),
        ("april 2025 mtd sales through the 20th, tindaro", 4_480),
        ("tindaro q4 2025 sales thru 9 nov", 7_100),
        ("tindaro sales for the half to 28 dec 2025", 39_800),
    ],
)
def test_the_span_to_the_day(engine, question, value) -> None:
    assert values(engine, question) == [value]


def test_a_fiscal_quarter_to_date_starts_with_its_own_quarter(engine) -> None:
    assert values(engine, "corvo qtd sales through 20 november 2025") == [410]


def test_a_fiscal_quarter_to_a_day_of_its_own_year(engine) -> None:
    # (Corvo's fiscal 2025 runs Feb 2025 - Jan 2026: its third quarter, Aug - Oct 2025)
    assert values(engine, "corvo q3 fy2025 sales to date thru 13 october") == [322]


def test_the_same_days_a_year_before(engine) -> None:
    answer = engine.ask("tindaro qtd sales through nov 20 2025 vs the same days of 2024")
    assert sorted(v.fact.value for v in answer.facts) == [9_045, 9_930], answer.text


def test_a_quarter_that_does_not_hold_the_day_gets_no_figure(engine) -> None:
    answer = engine.ask("tindaro q3 sales thru 15 dec 2024")
    assert answer.status is not Status.ANSWERED, answer.text
    assert "14,263" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "not_given"),
    [
        ("tindaro full q1 2026 revenue", "16,400"),
        ("tindaro q1 2025 revenue", "731"),
        ("corvo q4 fy2025 full quarter revenue", "1,912"),
        ("tindaro qtd q3 2025 sales", "53,240"),  # (a quarter to date is no nine months)
    ],
)
def test_a_whole_quarter_is_no_part_of_it(engine, question, not_given) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text
    assert not_given not in answer.text.split("I have")[0], answer.text
