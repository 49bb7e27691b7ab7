"""'Did they make a profit in Q3?' asks whether the profit figure was one: 'No' before a loss,
'Yes' before a profit, and a figure named as a loss counts the other way. Over an insurer
invented here (Lignum Vitae Holdings). On the engine of 2026-12-06 the Q3 loss was given
with no answer to the question: a wrong answer of a development set.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

L = "Lignum Vitae Holdings"
Q2, Q3 = "2025-04-01/2025-06-30", "2025-07-01/2025-09-30"
FACTS = [
    fact(L, "net profit", "actual", Q2, 380_000_000, "JMD", "2025-11-10"),
    fact(L, "net profit", "actual", Q3, -146_000_000, "JMD", "2025-11-10"),
    fact(L, "operating loss", "actual", Q3, 90_000_000, "JMD", "2025-11-10"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, L, "Lignum", FACTS, "2025-11-10")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("did lignum make a profit in q3 2025", "No"),
        ("was lignum profitable in q2 2025? net profit pls", "Yes"),
        ("did lignum make a loss in q3 2025 (net profit)", "Yes"),
        ("did lignum turn an operating profit in q3 2025", "No"),
    ],
)
def test_whether_a_profit_was_made(engine, question, verdict) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.startswith(f"{verdict}: "), answer.text


def test_no_verdict_unasked(engine) -> None:
    answer = engine.ask("lignum net profit q3 2025")
    assert not answer.text.startswith(("Yes", "No")), answer.text
