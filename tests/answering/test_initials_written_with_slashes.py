"""Initials written with slashes, over a bank invented here (Vorderau Privatbank;
calendar year; a cost/income ratio and a CET1 ratio, both percentages):

- "vorderau c/i ratio 2024" is the cost/income ratio: the letters a slash joins are the
  initials of the words a slash joins in its name, as "ci ratio" already was; before,
  the single letters were dropped and "ratio" alone picked the CET1 ratio (wrong);
- the CET1 ratio and the cost/income ratio named in full are answered as before.

On the engine this session started from (8c847878) the first was answered with the CET1
ratio (a wrong answer in a development set written that day by a helper who read no
engine code); the others are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

V = "Vorderau Privatbank"
Y24 = "2024-01-01/2024-12-31"
FACTS = [
    fact(V, "cost/income ratio", "actual", Y24, 70.6, "percent", "2025-02-12"),
    fact(V, "CET1 ratio", "actual", "2024-12-31/2024-12-31", 20.4, "percent", "2025-02-12"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, V, "Vorderau", FACTS, "2025-02-12")


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("vorderau c/i ratio 2024", "cost/income ratio"),
        ("what was vorderau's C/I ratio in 2024", "cost/income ratio"),
        ("vorderau cost/income ratio 2024", "cost/income ratio"),
        ("vorderau cet1 ratio end of 2024", "CET1 ratio"),
    ],
)
def test_each_ratio_by_its_name(engine, question, metric) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == [metric]
