"""Things a question counts are never another thing the name says they are of: "number
of donations" is no count of "donation centers opened", over a company invented here.

Halden Plasma states the donation centers it opened and its store count. On the engine this
session started from (0d89f48) "number of donations q3 2025" answered the centers opened
(a wrong figure). "How many donation centers", "stores" (of "store count"), "vehicles
delivered" (of "vehicle deliveries"), "notebooks" (of "notebook PC shipments": the name
ends in a measure) and "monthly actives" (an adjective's plural) are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

V = "Halden Plasma"
Q3 = "2025-07-01/2025-09-30"
FACTS = [
    fact(V, "donation centers opened", "actual", Q3, 7, "units", "2025-10-30"),
    fact(V, "donation centers", "actual", "2025-09-30/2025-09-30", 221, "units", "2025-10-30"),
    fact(V, "notebook PC shipments", "actual", Q3, 2.78e6, "units", "2025-10-30"),
    fact(V, "monthly active users", "actual", Q3, 2.05e6, "units", "2025-10-30"),
    fact(V, "vehicle deliveries", "actual", Q3, 40, "units", "2025-10-30"),
    fact(V, "store count", "actual", "2025-09-30/2025-09-30", 311, "units", "2025-10-30"),
    fact(V, "store count", "actual", "2025-06-30/2025-06-30", 300, "units", "2025-10-30"),
]
ENTITIES = [{"name": V, "aliases": ["Halden"]}]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, published="2025-10-30"))


def test_donations_are_no_donation_centers(engine) -> None:
    answer = engine.ask("halden number of donations q3 2025")
    assert answer.status is Status.UNKNOWN, answer.text
    assert "donations" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("how many donation centers did halden open in q3 2025", [7]),
        ("how many vehicles did halden deliver in q3 2025", [40]),
        ("halden stores at 30 sep 2025", [311]),
        ("halden notebooks q3 2025", [2.78e6]),
        ("halden monthly actives q3 2025", [2.05e6]),
    ],
)
def test_the_things_named(engine, question, values) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == values, answer.text
