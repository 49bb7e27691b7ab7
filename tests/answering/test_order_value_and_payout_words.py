"""An order's average value and the share of profit paid out, asked in the words people
use for them ("AOV", "average order value" of a store's "average basket size"; "payout"
of its "dividend payout ratio"): the reporting vocabulary's families for them.

The "average order value" and "AOV" questions failed on the engine before this change
(1df0d706): refused ("nothing about 'average'"). "payout", a word of the metric's own name
here, passed then; the family makes it a word of any payout ratio's name. The metrics
asked by their own names are guards; so is a count of orders, never their average value."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

G = "Garnwick Mode"
Q3, Y24 = "2025-07-01/2025-09-30", "2024-01-01/2024-12-31"
FACTS = [
    fact(G, "average basket size", "actual", Q3, 58.4, "EUR", "2025-10-28"),
    fact(G, "orders", "actual", Q3, 53_200_000, "units", "2025-10-28"),
    fact(G, "dividend payout ratio", "actual", Y24, 68, "percent", "2025-03-12"),
    fact(G, "net profit", "actual", Y24, 410_000_000, "EUR", "2025-03-12"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": G, "aliases": ["Garnwick"]}], FACTS, "2025-10-28"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("what was the average order value at garnwick in q3 2025", 58.4),
        ("garnwick aov q3 2025", 58.4),
        ("garnwick dividend payout 2024", 68),
        ("what was garnwick's payout in 2024", 68),
        # guards
        ("garnwick average basket size q3 2025", 58.4),
        ("garnwick orders q3 2025", 53_200_000),
        ("garnwick net profit 2024", 410_000_000),
    ],
)
def test_order_value_and_payout_words(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text
