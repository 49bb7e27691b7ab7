"""A place one letter from the name of a currency the store holds no figure in, over a
company invented here (Pelorina Foods; calendar year; revenue in rand, total only):

- "pelorina revenue in mwanza 2025" and "pelorina revenue in bari 2025" name cities the
  store has no figures for, never the Angolan kwanza or the Georgian lari: the answer
  says it has nothing about the city, where it gave the euro total before;
- "pelorina revenue in siem reap 2025" names a city one letter from "slem", a scaled form
  of the Sierra Leonean leone's code (SLEm): never that code either. Before 2026-12-06
  only currencies' names were kept from mending, and a development set's "stores in siem
  reap" was answered with the whole company's count;
- the currency the store does hold, named ("in rands"), and the total asked plainly are
  answered as before.

On the engine this session started from (8c847878) both cities were read as currencies
(a wrong answer in a development set written that day: a brewer's volume "in mwanza",
its Tanzanian region, was answered with the whole company's volume); the others are
guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

P = "Pelorina Foods"
FY25 = "2025-01-01/2025-12-31"
FACTS = [fact(P, "revenue", "actual", FY25, 412.0e6, "ZAR", "2026-02-20")]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, P, "Pelorina", FACTS, "2026-02-20")


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("pelorina revenue in mwanza 2025", "mwanza"),
        ("pelorina revenue in bari 2025", "bari"),
        ("pelorina revenue in siem reap 2025", "siem"),
    ],
)
def test_a_place_is_no_currency_the_store_lacks(engine, question, place) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text
    assert f"“{place}”" in answer.text, answer.text


@pytest.mark.parametrize("question", ["pelorina revenue in rands 2025", "pelorina revenue 2025"])
def test_the_currency_held_is_still_read(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [412.0e6]
