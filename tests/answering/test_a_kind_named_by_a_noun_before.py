"""A noun that is an adverb too ("sold *retail*", "went *home*"), or whose plural the
dictionary holds only as a verb's form ("oil *sands*"), set right before the figure's words,
names a kind of the thing: "retail loans" of a bank stating total, consumer
and mortgage loans is no question its total answers. Over a bank invented here (Banco
Marañón). On the engine of 2026-12-05 "retail" read as an adverb naming nothing and the
total loans answered (a wrong figure, in a development set). Guard: the loans the
question names are answered.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

B = "Banco Marañón"
H1 = "2025-06-30/2025-06-30"
FACTS = [
    fact(B, "total loans", "actual", H1, 30_400_000_000, "PEN", "2025-07-30"),
    fact(B, "consumer loans", "actual", H1, 6_100_000_000, "PEN", "2025-07-30"),
    fact(B, "mortgage loans", "actual", H1, 7_300_000_000, "PEN", "2025-07-30"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, B, "Maranon", FACTS, "2025-07-30")


@pytest.mark.parametrize(
    "question", ["maranon retail loans at 30 june 2025", "maranon home loans at 30 june 2025"]
)
def test_a_kind_of_loan_is_not_every_loan(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED or 30_400_000_000 not in [
        v.fact.value for v in answer.facts
    ], answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("maranon total loans at 30 june 2025", 30_400_000_000),
        ("maranon consumer loans at 30 june 2025", 6_100_000_000),
    ],
)
def test_the_loans_named_are_answered(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text


def test_a_plural_noun_read_as_a_verb_still_names_a_kind(seed) -> None:
    # ("sands" is held by the dictionary as a verb's form only; "oil sands production" of a
    # company stating heavy oil production is no question that figure answers)
    o = "Kinosis Energy"
    facts = [
        fact(
            o,
            "heavy oil production (bbl/d)",
            "actual",
            "2025-01-01/2025-12-31",
            24_100,
            "units",
            "2026-03-05",
        ),
    ]
    answer = one_company(seed, o, "Kinosis", facts, "2026-03-05").ask(
        "kinosis oil sands production 2025"
    )
    assert answer.status is not Status.ANSWERED, answer.text


def test_a_variety_of_sales_said_apart(seed) -> None:
    # ("retail merch sales": "retail sales" is a phrase of the vocabulary, said around
    # another word of the figure's, and names the sales figure's own variety)
    c = "Cordova Pawn"
    facts = [
        fact(
            c,
            "merchandise sales",
            "actual",
            "2025-01-01/2025-03-31",
            212_000_000,
            "USD",
            "2025-04-30",
        )
    ]
    answer = one_company(seed, c, "Cordova", facts, "2025-04-30").ask(
        "cordova retail merch sales q1 2025"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 212_000_000, answer.text
