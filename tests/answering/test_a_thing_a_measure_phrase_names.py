"""The reporting vocabulary's words for a measure name no thing: "electricity produced"
asks for electricity, and a gas producer's gas production is no answer to it. Over a
company invented here (Mureș Gaz, calendar year: natural gas production, electricity
turnover). On the engine of 2026-12-05 "electricity generation" stood among production's
words, so "electricity" alone read as a production word and the gas output answered.
Guards: the gas output is still production ("gas output", "how much gas was generated"),
and a generator's own "power generation" is still found by its name.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

M = "Mureș Gaz"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(M, "natural gas production", "actual", Y25, 2_410_000_000, "units", "2026-02-20"),
    fact(M, "electricity turnover", "actual", Y25, 385_000_000, "RON", "2026-02-20"),
    fact(
        M,
        "natural gas in storage",
        "actual",
        "2025-12-31/2025-12-31",
        2_900_000_000,
        "units",
        "2026-02-20",
    ),
]
# a generator of its own, apart, so that its "generation" is not what the gas company lacks
G = "Olt Hidro"
GENERATION = [fact(G, "power generation (GWh)", "actual", Y25, 1_120, "units", "2026-02-20")]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, M, "Mures", FACTS, "2026-02-20")


@pytest.mark.parametrize(
    "question", ["mures electricity produced in 2025", "mures electricity output 2025"]
)
def test_a_thing_no_figure_measures_is_not_another_things_output(engine, question) -> None:
    answer = engine.ask(question)
    values = [v.fact.value for v in answer.facts]
    assert answer.status is not Status.ANSWERED or 2_410_000_000 not in values, answer.text


@pytest.mark.parametrize(
    "question", ["mures gas output 2025", "how much gas did mures generate in 2025"]
)
def test_the_things_own_output_is_production(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 2_410_000_000, answer.text


def test_a_figure_named_power_generation_is_found_by_its_name(seed) -> None:
    answer = one_company(seed, G, "Olt", GENERATION, "2026-02-20").ask("olt power generation 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == 1_120, answer.text
