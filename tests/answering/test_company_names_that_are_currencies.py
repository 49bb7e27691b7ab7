"""A company whose name holds a currency's word ("Rand Harbour", "Tala Bay") is asked by
its name: the word is the name, never a currency the question asks its figures in. Over
a company invented here (Rand Harbour Holdings, calendar years, dollars).

On the engine this session started from (6c5a4a2) every question naming it was refused
("nothing about 'rand'": no figure in rand held). A currency said apart from the name
still asks for figures in it (guards)."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

R = "Rand Harbour Holdings"
FACTS = [fact(R, "revenue", "actual", "2025-01-01/2025-12-31", 412e6, "USD", "2026-02-10")]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(
        seed, bundle([{"name": R, "aliases": ["Rand Harbour"]}], FACTS, "2026-02-10")
    )


def test_a_name_holding_a_currency_word(engine) -> None:
    answer = engine.ask("rand harbour revenue 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [412e6], answer.text


@pytest.mark.parametrize(
    "question", ["rand harbour revenue 2025 in rand", "rand harbour revenue 2025 in euros"]
)
def test_a_currency_said_apart_from_the_name(engine, question) -> None:  # (guards)
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


def test_a_company_called_by_a_currency_code(seed) -> None:
    """A company called by initials that are a currency's code ("TND" of Tam Nong Dairy,
    never the Tunisian dinar) is asked by them, anywhere but after "in"; before
    2026-12-05 every such question was refused ("nothing about 'tnd'", "I have that
    figure only in VND": development answers the judge read as misses). "in TND" still
    asks the currency (guard)."""
    t = "Tam Nong Dairy"
    facts = [
        fact(t, "net revenue", "actual", "2025-01-01/2025-12-31", 12_486e9, "VND", "2026-01-30")
    ]
    engine = engine_over(seed, bundle([{"name": t, "aliases": ["TND"]}], facts, "2026-01-30"))
    for question in ("TND net revenue 2025", "what was the net revenue of TND in 2025"):
        answer = engine.ask(question)
        assert answer.status is Status.ANSWERED, answer.text
        assert [v.fact.value for v in answer.facts] == [12_486e9], answer.text
    guard = engine.ask("tam nong net revenue 2025 in TND")
    assert guard.status is not Status.ANSWERED, guard.text
