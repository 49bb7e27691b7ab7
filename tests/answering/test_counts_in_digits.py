"""Counts as they are written: a count below ten million whose millions words write to two
decimals or more is given in digits too ("2.09 million (2,090,000) units", "1.295 million
to 1.305 million (1,295,000 to 1,305,000)"), as reports and people write such counts
either way; a count words write with one decimal or none stays in words alone ("1.7
million", "12.6 million"), and money keeps its scale words. On e8d20fc every count was
worded alone, which a reader wanting the digits had to work out."""

from __future__ import annotations

import pytest

from bot.answering import Status
from tests.answering.invented import fact, one_company

Q1, Q2, Q3, Y = (
    "2025-01-01/2025-03-31",
    "2025-04-01/2025-06-30",
    "2025-07-01/2025-09-30",
    "2025-01-01/2025-12-31",
)


@pytest.fixture(scope="module")
def engine(seed):
    t = "Tessinore Cold Stores"
    facts = [
        fact(t, "pallets handled", "actual", Q1, 2_090_000, "units", "2025-10-30"),
        fact(t, "pallets handled", "actual", Q2, 1_700_000, "units", "2025-10-30"),
        fact(t, "pallets handled", "actual", Q3, 12_600_000, "units", "2025-10-30"),
        fact(t, "subscribers", "forecast", Y, 1_295_000, "units", "2025-10-30", 1_305_000),
        fact(t, "revenue", "actual", Q1, 2_090_000, "EUR", "2025-10-30"),
    ]
    return one_company(seed, t, "Tessinore", facts, "2025-10-30")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("tessinore pallets handled q1 2025", "2.09 million (2,090,000) units"),
        (
            "tessinore subscribers guidance 2025",
            "1.295 million to 1.305 million (1,295,000 to 1,305,000)",
        ),
        ("tessinore pallets handled q2 2025", "1.7 million units"),
        ("tessinore pallets handled q3 2025", "12.6 million units"),
        ("tessinore revenue q1 2025", "2.09 million"),
    ],
)
def test_counts_are_written_both_ways(engine, question, said) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert said in answer.text, answer.text
