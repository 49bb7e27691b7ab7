"""A bare half or quarter dated by the next words: "stores at the half-year end, 1 march
2025" names one day, the date saying which half's end; never two times to compare. On
e8d20fc the bare "half-year" read as the latest half and the question was answered as a
change from 1 March to 31 May: a wrong figure (1,041 for 1,046). The date in brackets was
read as one already, and two dates joined by words of a change stay two: guards."""

from __future__ import annotations

import pytest

from bot.answering import Status
from tests.answering.invented import fact, one_company

MAR, MAY = "2025-03-01/2025-03-01", "2025-05-31/2025-05-31"


@pytest.fixture(scope="module")
def engine(seed):
    b = "Brenlow Chemists"
    facts = [
        fact(b, "pharmacies", "actual", MAR, 1_046, "units", "2025-04-20"),
        fact(b, "pharmacies", "actual", MAY, 1_041, "units", "2025-06-25"),
    ]
    return one_company(seed, b, "Brenlow", facts, "2025-06-25")


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("brenlow pharmacies open at the half-year end, 1 march 2025?", [1_046]),
        ("brenlow pharmacies at the quarter end (31 may 2025)", [1_041]),
        # (two times joined by a word of comparison stay two)
        ("change in brenlow pharmacies from 1 march 2025 to 31 may 2025", [1_041, 1_046]),
    ],
)
def test_a_bare_part_dated_is_that_day(engine, question, values) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == values, answer.text
