"""'Ticketing revenue', 'licensing sales': the -ing form of a verb made of a noun, right
before a metric's words, names a line of business, over a company invented here.

Varka Esports states total revenue, sponsorship revenue and merchandise revenue. On the
engine this session started from (0d89f48) "ticketing revenue q3 2025" and "licensing
revenue q3 2025" answered total revenue (wrong figures): "ticketing" and "licensing" are
only verbs to the dictionary, so they were read as chat. The lines the store holds are
guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

V = "Varka Esports"
Q3 = "2025-07-01/2025-09-30"
FACTS = [
    fact(V, "total revenue", "actual", Q3, 71.5e6, "PLN", "2025-10-30"),
    fact(V, "sponsorship revenue", "actual", Q3, 41.2e6, "PLN", "2025-10-30"),
    fact(V, "streaming rights revenue", "actual", Q3, 12.0e6, "PLN", "2025-10-30"),
]
ENTITIES = [{"name": V, "aliases": ["Varka"]}]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, published="2025-10-30"))


@pytest.mark.parametrize(
    "question", ["varka ticketing revenue q3 2025", "varka licensing revenue in q3 2025"]
)
def test_a_line_not_held_is_no_total(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text
    assert "71.5" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("varka total revenue q3 2025", 71.5e6),
        ("varka sponsorship revenue q3 2025", 41.2e6),
        ("varka streaming rights revenue q3 2025", 12.0e6),
    ],
)
def test_the_lines_held(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text
