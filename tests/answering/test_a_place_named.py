"""A place named in a question is written as meant: "lagos" is Lagos, never the engine's
"lags", so a city the store has no figures of is an unexplained word and the engine says
so, where it used to mend the word away and answer for the whole company. A place that
slips into a word of the store's own is still mended: "paris" of a shoemaker's store is
its "pairs". Over companies invented here (Ikeja Switch, Ribeira Calçado). On the engine
of 2026-12-06 "lagos" was read as "lags" and the company's revenue given: a wrong answer
of a development set ("lima", "tunis" and the shoemaker's "paris" are guards: they
passed before).
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

IKEJA = "Ikeja Switch"
RIBEIRA = "Ribeira Calçado"
Y24 = "2024-01-01/2024-12-31"


@pytest.fixture(scope="module")
def switch(seed) -> Engine:
    said = "Ikeja Switch, based in the Lagos suburb (the Ikeja), grew in the Ikeja market."
    facts = [fact(IKEJA, "revenue", "actual", Y24, 48_200_000_000, "NGN", "2025-03-20", quote=said)]
    return one_company(seed, IKEJA, "Ikeja", facts, "2025-03-20")


@pytest.fixture(scope="module")
def shoemaker(seed) -> Engine:
    facts = [
        fact(RIBEIRA, "revenue", "actual", Y24, 212_000_000, "EUR", "2025-02-27"),
        fact(RIBEIRA, "pairs sold", "actual", Y24, 4_100_000, "units", "2025-02-27"),
    ]
    return one_company(seed, RIBEIRA, "Ribeira", facts, "2025-02-27")


@pytest.mark.parametrize("place", ["lagos", "Lagos", "lima", "tunis"])
def test_a_place_the_store_has_no_figures_of_is_said_to_be_unknown(switch, place) -> None:
    answer = switch.ask(f"ikeja {place} revenue 2024")
    assert answer.status is Status.UNKNOWN, answer.text
    assert place.lower() in answer.text.lower()


def test_the_company_figure_is_still_answered_without_the_place(switch) -> None:
    answer = switch.ask("ikeja revenue 2024")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [48_200_000_000]


def test_a_place_slipping_into_the_stores_own_word_is_that_word(shoemaker) -> None:
    answer = shoemaker.ask("how many paris did ribeira sell in 2024")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [4_100_000]


def test_a_place_is_never_the_company_its_reports_call_so(seed) -> None:
    """Reports that say "the Netherlands" twice never make it the company's description:
    the country's bike market is no figure of the store's."""
    z = "Zwolle Rijwiel"
    said = "Zwolle Rijwiel (the Netherlands) sold 98,400 bikes across the Netherlands."
    name = "bikes sold in own stores"
    facts = [fact(z, name, "actual", Y24, 98_400, "units", "2025-03-01", quote=said)]
    engine = one_company(seed, z, "Zwolle", facts, "2025-03-01")
    answer = engine.ask("how many new bikes were sold in the netherlands in 2024")
    assert answer.status is Status.UNKNOWN, answer.text
