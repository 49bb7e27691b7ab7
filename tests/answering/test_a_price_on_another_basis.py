"""A price asked "including" something no name of the store reads is a price on another
basis than the one held: "price per litre incl quality bonuses" is refused, never the
price paid as stated. Over a dairy invented here (Ombú Lácteos; calendar years). On the
engine of 2026-12-06 the stated price was given (a wrong answer of a development set).
Guards: the price asked alone; a total asked "incl" a part the store names.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

OMBU = "Ombú Lácteos"
DEC = "2024-12-01/2024-12-31"
Y24 = "2024-01-01/2024-12-31"
SAID = "2025-02-14"
FACTS = [
    fact(OMBU, "milk price paid per litre", "actual", DEC, 346.2, "ARS", SAID),
    fact(OMBU, "tonnes dispatched", "actual", Y24, 182_000, "units", SAID),
    fact(OMBU, "exports (tonnes)", "actual", Y24, 41_000, "units", SAID),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, OMBU, "Ombu", FACTS, SAID)


def test_a_price_including_what_the_store_never_names_is_refused(engine) -> None:
    answer = engine.ask("ombu price per litre dec 24 incl quality bonuses")
    assert answer.status is Status.UNKNOWN, answer.text
    assert "quality" in answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("ombu price per litre dec 24", 346.2),
        ("ombu tonnes dispatched 2024 incl exports", 182_000),
    ],
)
def test_the_price_alone_and_a_total_with_a_named_part(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value
