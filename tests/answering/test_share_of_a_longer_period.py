"""A figure as a share of the same figure over a longer period that holds it, over a
company invented here (Quarrymoor Storage; fiscal years to June, named by their end).

"What share of FY25 revenue came in H1", "what % of FY25 revenue was Q4": the shorter
period's figure over the longer one's, both cited. The reading folds "FY25 … H1" into one
period (H1 FY25), so the year is found again in the question as said. A verb of the
figure ("was earned in the first half") names no other figure: never the net profit's
share of the revenue.

On the engine this session started from (3f25a2a) the first two wordings refused ("not
the whole it is a part of") and "earned" answered the net profit as a share of the
half's revenue (a wrong answer); "as a share of" and a line's share of one period are
guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

Q = "Quarrymoor Storage"
H1, Q4, FY = "2024-07-01/2024-12-31", "2025-04-01/2025-06-30", "2024-07-01/2025-06-30"
FACTS = [
    fact(Q, "total revenue", "actual", H1, 98_600_000, "AUD", "2025-02-19"),
    fact(Q, "total revenue", "actual", Q4, 52_000_000, "AUD", "2025-08-20"),
    fact(Q, "total revenue", "actual", FY, 201_400_000, "AUD", "2025-08-20"),
    fact(Q, "net profit", "actual", H1, 61_300_000, "AUD", "2025-02-19"),
    fact(Q, "self storage revenue", "actual", H1, 80_000_000, "AUD", "2025-02-19"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": Q, "aliases": ["Quarrymoor"], "fiscal_year_end": "06-30",
                 "fiscal_year_named_by": "end"}]  # fmt: skip
    return engine_over(seed, bundle(entities, FACTS, "2025-08-20"))


@pytest.mark.parametrize(
    ("question", "part", "share"),
    [
        ("what share of quarrymoor's fy25 revenue came in h1", 98_600_000, "49.0%"),
        (
            "What share of Quarrymoor's FY25 revenue was earned in the first half?",
            98_600_000,
            "49.0%",
        ),
        ("what % of quarrymoor fy25 revenue was q4", 52_000_000, "25.8%"),
        ("quarrymoor h1 fy25 revenue as a share of fy25 revenue", 98_600_000, "49.0%"),
    ],
)
def test_a_period_as_a_share_of_the_year(engine, question, part, share) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [part, 201_400_000], answer.text
    assert share in answer.text, answer.text


def test_a_line_as_a_share_of_one_period(engine) -> None:
    answer = engine.ask("what share of quarrymoor's h1 fy25 total revenue was self storage revenue")
    assert sorted(v.fact.value for v in answer.facts) == [80_000_000, 98_600_000], answer.text
