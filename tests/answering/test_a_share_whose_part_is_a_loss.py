"""A part named in full that is a loss, over a company invented here (Velmora Electronics;
calendar quarters, group and segment revenue and operating profit, one segment at a loss):

- "chips operating profit as a percentage of velmora operating profit", where the Chips
  segment lost money, gets no share and says why: never the group's operating profit as a
  share of Chips *revenue*, a pair that names the part's words half each;
- a segment's revenue as a share of revenue, and a profitable segment's operating profit
  as a share of the group's, are answered as before.

On the engine this session started from (84a0eb7) the loss was left out of the pairs a
share may be made of, and "operating profit" over "Chips revenue" was answered instead
(found by a probe asking each development company for every part's share of its whole);
the other two are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

V = "Velmora Electronics"
Q3 = "2025-07-01/2025-09-30"
FACTS = [
    fact(V, "revenue", "actual", Q3, 18.0e9, "USD", "2025-10-29"),
    fact(V, "operating profit", "actual", Q3, 1.5e9, "USD", "2025-10-29"),
    fact(V, "Chips revenue", "actual", Q3, 4.0e9, "USD", "2025-10-29"),
    fact(V, "Chips operating profit", "actual", Q3, -0.2e9, "USD", "2025-10-29"),
    fact(V, "Screens revenue", "actual", Q3, 6.0e9, "USD", "2025-10-29"),
    fact(V, "Screens operating profit", "actual", Q3, 0.6e9, "USD", "2025-10-29"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, V, "Velmora", FACTS, "2025-10-29")


@pytest.mark.parametrize(
    "question",
    [
        "chips operating profit as a percentage of velmora operating profit q3 2025",
        "chips as a percentage of velmora operating profit in q3 2025",
    ],
)
def test_a_loss_has_no_share(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text
    assert "Chips revenue" not in {v.fact.metric for v in answer.facts}
    assert "a loss" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "part", "share"),
    [
        ("velmora screens revenue as a % of revenue q3 2025", "Screens revenue", "33.3%"),
        (
            "screens operating profit as a percentage of velmora operating profit q3 2025",
            "Screens operating profit",
            "40.0%",
        ),
    ],
)
def test_shares_of_parts_that_are_not_losses(engine, question, part, share) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert part in {v.fact.metric for v in answer.facts}, answer.text
    assert share in answer.text, answer.text
