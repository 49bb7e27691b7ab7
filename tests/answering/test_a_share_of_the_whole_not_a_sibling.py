"""A share's whole is the whole the question names, never a sibling line of the part: "what %
of its installed capacity was solar" of a company stating solar and wind capacity in MW and
its total in GW is no share of the wind capacity. And a clipped word of the store's own
("rec" of "recurring EBITDA") is read as that word, never as the vocabulary's "receipts".
Over a utility invented here (Mondego Energia). On the engine of 2026-12-05 the solar share
was worked out of the wind capacity and "rec EBITDA" read as revenue: two wrong answers of a
development set on arrival. Guard: a sibling named is a whole ("as a % of wind").
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

M = "Mondego Energia"
END = "2025-12-31/2025-12-31"
H1 = "2025-01-01/2025-06-30"
FACTS = [
    fact(M, "installed capacity (GW)", "actual", END, 18.2, "units", "2026-02-26"),
    fact(M, "wind onshore installed capacity (MW)", "actual", END, 7_900, "units", "2026-02-26"),
    fact(M, "solar PV installed capacity (MW)", "actual", END, 4_100, "units", "2026-02-26"),
    fact(M, "revenues", "actual", H1, 5_600_000_000, "EUR", "2025-07-29"),
    fact(M, "recurring EBITDA", "actual", H1, 1_400_000_000, "EUR", "2025-07-29"),
    fact(M, "Networks recurring EBITDA", "actual", H1, 420_000_000, "EUR", "2025-07-29"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, M, "Mondego", FACTS, "2026-02-26")


def test_a_sibling_line_is_no_whole(engine) -> None:
    answer = engine.ask("what % of mondego's installed capacity was solar PV at 31 dec 2025")
    assert answer.status is not Status.ANSWERED or 7_900 not in [
        v.fact.value for v in answer.facts
    ], answer.text


def test_a_sibling_named_is_the_whole(engine) -> None:
    answer = engine.ask("mondego solar PV capacity as a % of wind onshore capacity at 31 dec 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [4_100, 7_900], answer.text


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("networks share of mondego 1H25 rec EBITDA", [420_000_000, 1_400_000_000]),
        ("mondego rec ebitda 1h25", [1_400_000_000]),
    ],
)
def test_a_clipped_word_of_the_stores_own(engine, question, values) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == values, answer.text
