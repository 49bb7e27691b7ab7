"""A word of chat's filler that begins the store's own names of lines names one of them:
"data ARPU" of an operator whose names begin "data revenue", "data subscribers" is about
data, never its blended ARPU. Over a company invented here (Kwara Wireless). On the engine
of 2026-12-06 "data" was passed over as filler and the blended ARPU given: a wrong answer
of a development set ("data revenue" and "blended ARPU" asked as written are guards).
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company, values

KWARA = "Kwara Wireless"
Q1 = "2025-01-01/2025-03-31"
END_Q1 = "2025-03-31/2025-03-31"


@pytest.fixture(scope="module")
def operator(seed) -> Engine:
    facts = [
        fact(KWARA, "blended ARPU", "actual", Q1, 3_950, "NGN", "2025-04-28"),
        fact(KWARA, "data revenue", "actual", Q1, 402_000_000_000, "NGN", "2025-04-28"),
        fact(KWARA, "voice revenue", "actual", Q1, 610_000_000_000, "NGN", "2025-04-28"),
        fact(KWARA, "data subscribers", "actual", END_Q1, 31_000_000, "units", "2025-04-28"),
    ]
    return one_company(seed, KWARA, "Kwara", facts, "2025-04-28")


@pytest.mark.parametrize("question", ["kwara data arpu q1 2025", "kwara data-only arpu q1 2025"])
def test_a_line_the_store_lacks_the_figure_of_is_not_the_whole(operator, question) -> None:
    answer = operator.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text
    assert "data" in answer.text.lower()


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("kwara data revenue q1 2025", 402_000_000_000),
        ("kwara blended arpu q1 2025", 3_950),
        ("kwara data subscribers end of march 2025", 31_000_000),
    ],
)
def test_the_lines_and_the_whole_asked_as_written_are_answered(operator, question, value) -> None:
    assert values(operator, question) == [value]


def test_a_line_named_in_full_beside_another_is_still_read(operator) -> None:
    """ "voice revenue" read first: the "data" of "data revenue" begins a name of the
    store's with the word after it, so the gap between the two lines is answered."""
    answer = operator.ask("kwara gap between voice revenue and data revenue q1 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [402_000_000_000, 610_000_000_000]
