"""A word said of the whole is the whole, never also a variety named with it, over two
companies invented here.

Brenna Cycles ships bicycles, of which e-bikes; Wrenmoor Insure writes gross premiums and
earns net ones. On the engine this session started from (0d89f48) "bikes shipped" asked
"bicycles or e-bikes?" (the word "bikes" is written in the e-bikes' name, and a synonym
of the other), and "gwp" asked "gross written or net earned premium?" ("gwp" was a word
of all premiums in the reporting vocabulary, not of the gross written variety). The
varieties asked by name and "premiums" said alone (either figure) are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

B, L = "Brenna Cycles", "Wrenmoor Insure"
H1 = "2025-01-01/2025-06-30"
FACTS = [
    fact(B, "bicycles shipped", "actual", H1, 118_400, "units", "2025-07-30"),
    fact(B, "e-bikes shipped", "actual", H1, 48_800, "units", "2025-07-30"),
    fact(L, "gross written premium", "actual", H1, 412.6e6, "GBP", "2025-07-30"),
    fact(L, "net earned premium", "actual", H1, 389e6, "GBP", "2025-07-30"),
]
ENTITIES = [{"name": B, "aliases": ["Brenna"]}, {"name": L, "aliases": ["Wrenmoor"]}]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle(ENTITIES, FACTS, published="2025-07-30"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("brenna bikes shipped h1 2025", 118_400),
        ("how many e-bikes did brenna ship in h1 2025", 48_800),
        ("wrenmoor gwp h1 2025?", 412.6e6),
        ("wrenmoor gross written premium h1 2025", 412.6e6),
        ("wrenmoor net earned premium h1 2025", 389e6),
    ],
)
def test_the_figure_the_words_name(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text


def test_premiums_said_alone_are_either(engine) -> None:
    answer = engine.ask("wrenmoor premiums h1 2025")
    assert answer.status is Status.AMBIGUOUS, answer.text
