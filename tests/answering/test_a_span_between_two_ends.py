"""A span named by a month's end and a year's end said apart, over a company invented
here (Kestrelmoor Bank; calendar years, customer deposits at period ends, net sales of
its card arm by year): "between end-September and year-end 2025" and "from end-Sept 2025
to end-2025" set the deposits at the one end against those at the other. On the engine
of 2026-12-05 (d3c97867) the first end was lost ("end-September", no year, beside a
named year) or read as the month ("Sept 2025" beside the year's end), and the answer set
the year's end against the year before: a development answer the judge read as wrong.
Ends said in one phrase ("between end-June and end-December 2025"), a year's end before
a month's (read as two points already) and a flow's year are guards."""

from __future__ import annotations

import pytest

from bot.answering import Status
from bot.facts.periods import find_periods
from tests.answering.invented import fact, one_company

K = "Kestrelmoor Bank"
FACTS = [
    fact(K, "customer deposits", "actual", "2024-12-31/2024-12-31", 41_200e6, "EUR", "2025-02-05"),
    fact(K, "customer deposits", "actual", "2025-06-30/2025-06-30", 42_050e6, "EUR", "2025-07-30"),
    fact(K, "customer deposits", "actual", "2025-09-30/2025-09-30", 43_400e6, "EUR", "2025-10-29"),
    fact(K, "customer deposits", "actual", "2025-12-31/2025-12-31", 42_900e6, "EUR", "2026-02-04"),
    fact(K, "card net sales", "actual", "2025-01-01/2025-12-31", 812e6, "EUR", "2026-02-04"),
    fact(K, "card net sales", "actual", "2024-01-01/2024-12-31", 760e6, "EUR", "2025-02-05"),
]


@pytest.fixture(scope="module")
def engine(seed):
    return one_company(seed, K, "Kestrelmoor", FACTS, "2026-02-04")


@pytest.mark.parametrize(
    ("question", "moved"),
    [
        ("how much did kestrelmoor deposits fall between end-september and year-end 2025",
         "down €500 million"),
        ("kestrelmoor deposits change from end-sept 2025 to end-2025", "down €500 million"),
        ("kestrelmoor deposits change from end-2024 to end-june 2025", "up €850 million"),
        ("kestrelmoor deposits change between end-june and end-december 2025",
         "up €850 million"),
    ],
)  # fmt: skip
def test_the_two_ends_of_a_span_said_apart(engine, question, moved) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert moved in answer.text, answer.text


def test_a_flow_over_its_year_is_kept(engine) -> None:
    answer = engine.ask("kestrelmoor card net sales 2025")
    assert answer.status is Status.ANSWERED and "€812 million" in answer.text, answer.text


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("between end-september and year-end 2025", "2025-10-01", "2025-12-31"),
        ("from end-sept 2025 to end-2025", "2025-10-01", "2025-12-31"),
        ("between end-june and the end of 2025", "2025-07-01", "2025-12-31"),
    ],
)
def test_a_span_read_from_its_two_ends(text, start, end) -> None:
    (mention,) = find_periods(text)
    assert mention.text == text
    assert (str(mention.ref.period.start), str(mention.ref.period.end)) == (start, end)


def test_a_months_end_beside_a_named_year_still_dates_the_statement() -> None:
    """ "as of the end of June, what did they expect for FY2025": the month's end is no
    span's end, and is left to the reader of statement dates."""
    found = find_periods("as of the end of june, what did they expect for fy2025")
    assert [m.text for m in found] == ["fy2025"]
