"""A share of two parts added together, over a bank invented here (Lindenhof Privatbank;
calendar year; net new money in total and for Asia, the Middle East and Europe):

- "what share of lindenhof's 2025 net new money came from asia and the middle east
  combined" asks for the share of a sum: never one region's as a share of the other's
  (41.7%, the Middle East over Asia, was answered before: a wrong answer in a development
  set written on 8c847878), nor one region's share of the total; it says it can't;
- one region's share of the total is answered as before.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

L = "Lindenhof Privatbank"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(L, "net new money", "actual", Y25, 6.1e9, "CHF", "2026-02-10"),
    fact(L, "Asia net new money", "actual", Y25, 2.4e9, "CHF", "2026-02-10"),
    fact(L, "Middle East net new money", "actual", Y25, 1.0e9, "CHF", "2026-02-10"),
    fact(L, "Europe net new money", "actual", Y25, 1.9e9, "CHF", "2026-02-10"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, L, "Lindenhof", FACTS, "2026-02-10")


@pytest.mark.parametrize(
    "question",
    [
        "what share of lindenhof's 2025 net new money came from asia and the middle east combined",
        "what % of lindenhof's 2025 net new money came from asia plus europe",
    ],
)
def test_a_sums_share_is_not_one_parts(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text
    assert "added together" in answer.text, answer.text


def test_one_parts_share(engine) -> None:
    answer = engine.ask("what share of lindenhof's 2025 net new money came from asia")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == ["Asia net new money", "net new money"]
    assert "39.3%" in answer.text, answer.text
