"""A retailer counting in weeks that states one year twice, as reported (53 weeks to 29
June 2024) and pro forma (52 weeks to 22 June 2024), over a company invented here
(Kalahari Stores, 52/53-week years to the last Saturday of June, named by the end year):

- "F2024 sales" is the year as reported, the longer; "F2024 sales (52 weeks)" and "on a
  52-week basis" the pro forma (see reading/weeks_said.py);
- "F2025 sales growth" is against the 53 weeks reported, which end the day before F2025
  begins; "on a 52-week basis" against the pro forma.

On the engine of 2026-12-05 the figure first in the store's order answered each, the pro
forma for the year as reported (wrong answers in a test set written that day, read only in
aggregate), and "growth, 52-week" read the weeks as a second period. Guard: a year held
once, 52 weeks long, answers with or without its weeks said."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

K = "Kalahari Stores"
F25, F24 = "2024-06-30/2025-06-28", "2023-06-25/2024-06-29"
F24_52, F23 = "2023-06-25/2024-06-22", "2022-06-26/2023-06-24"
FACTS = [
    fact(K, "sales", "actual", F25, 41_900_000_000, "ZAR", "2025-08-28"),
    fact(K, "sales", "actual", F24_52, 39_400_000_000, "ZAR", "2025-08-28"),
    fact(K, "sales", "actual", F24, 40_100_000_000, "ZAR", "2024-08-29"),
    fact(K, "sales", "actual", F23, 37_000_000_000, "ZAR", "2023-08-29"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, K, "Kalahari", FACTS, "2025-08-28", "06-30", "end")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("kalahari f2024 sales", 40_100_000_000),
        ("kalahari sales in fiscal 2024", 40_100_000_000),
        ("kalahari f2024 sales (52 weeks)", 39_400_000_000),
        ("kalahari 52-week f2024 sales", 39_400_000_000),
        ("kalahari the 53-week f2024 sales", 40_100_000_000),
        ("kalahari f2025 sales", 41_900_000_000),
        ("kalahari f2025 sales (52 weeks)", 41_900_000_000),
    ],
)
def test_the_year_as_long_as_said(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text


@pytest.mark.parametrize(
    ("question", "against"),
    [
        ("kalahari f2025 sales growth", 40_100_000_000),
        ("kalahari f2025 sales growth on a 52-week basis", 39_400_000_000),
        ("kalahari f2025 sales growth, 52-week", 39_400_000_000),
    ],
)
def test_growth_against_the_year_as_said(engine, question, against) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [41_900_000_000, against], answer.text


def test_weeks_no_figure_runs_are_never_another_length(seed) -> None:
    """A year held only as its 53 weeks, asked "on a 52-week basis", is not answered
    with the 53 (a wrong answer for a moment on 2026-12-05); a figure whose own name says
    its weeks ("sales change (52-week basis)") is that figure; "26-week revenue fiscal
    2025" is never the year's."""
    c = "Calder Tools"
    y53, h26 = "2024-10-27/2025-11-01", "2024-10-27/2025-04-26"
    facts = [
        fact(c, "net sales", "actual", y53, 4_100_000_000, "USD", "2025-12-10"),
        fact(c, "net sales", "actual", h26, 1_900_000_000, "USD", "2025-05-30"),
        fact(c, "sales change (52-week basis)", "actual", y53, 5.4, "percent", "2025-12-10"),
    ]
    engine = one_company(seed, c, "Calder", facts, "2025-12-10", "10-31", "end")
    asked = engine.ask("calder fy2025 net sales on a 52-week basis")
    assert 4_100_000_000 not in [v.fact.value for v in asked.facts], asked.text
    own = engine.ask("calder fy2025 sales change on a 52 week basis")
    assert [v.fact.value for v in own.facts] == [5.4], own.text
    half = engine.ask("calder 26-week net sales fiscal 2025")
    assert 4_100_000_000 not in [v.fact.value for v in half.facts][:1], half.text
