"""The measure a question asks its answer in: "unit cash cost" and "A$/t cash cost" are a
cost per tonne, never the whole cost; "hmc drop from the dec qtr to the mar qtr in kt" is
the change in tonnes between those two quarters, never a percentage stated for one of
them nor the change against the year before.

Each failed on the engine of e698371c (the whole cost answered "unit cash cost", the
currency's sign hid the slash of "A$/t"; "in kt" let a stated percentage answer, and
"dec quarter to mar quarter" was read as one quarter ending in March). The whole cost
asked so, and the stated percentage asked without a unit, are guards.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C = "Yallingup Sands"  # fiscal year to 30 June, named by its end
Q2, Q3 = "2025-10-01/2025-12-31", "2026-01-01/2026-03-31"
FACTS = [
    fact(C, "cash costs of production", "actual", Q3, 88_400_000, "AUD", "2026-04-22"),
    fact(C, "unit cash cost per tonne of HMC", "actual", Q3, 764, "AUD", "2026-04-22"),
    fact(C, "cash costs of production", "actual", Q2, 90_100_000, "AUD", "2026-01-21"),
    fact(C, "unit cash cost per tonne of HMC", "actual", Q2, 702, "AUD", "2026-01-21"),
    fact(C, "HMC production (tonnes)", "actual", Q2, 128_300, "units", "2026-01-21"),
    fact(C, "HMC production (tonnes)", "actual", Q3, 115_700, "units", "2026-04-22"),
    fact(
        C,
        "HMC production (tonnes)",
        "actual",
        "2025-01-01/2025-03-31",
        121_000,
        "units",
        "2025-04-23",
    ),
    fact(C, "HMC production change", "actual", Q3, -9.8, "percent", "2026-04-22"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {
            "name": C,
            "aliases": ["Yallingup"],
            "fiscal_year_end": "06-30",
            "fiscal_year_named_by": "end",
        }
    ]
    return engine_over(seed, bundle(entities, FACTS, "2026-04-22"))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("yallingup unit cash cost in the march qtr", "764"),
        ("yallingup a$/t cash cost for the march quarter 2026", "764"),
        ("what was yallingup's unit cash cost in the dec quarter 2025", "702"),
    ],
)
def test_a_cost_per_unit(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.metric for v in answer.facts] == ["unit cash cost per tonne of HMC"]
    assert said in answer.text


def test_the_whole_cost_asked_so(engine: Engine) -> None:
    answer = engine.ask("yallingup cash costs of production in the march qtr 2026")
    assert answer.status is Status.ANSWERED, answer.text
    assert "88.4 million" in answer.text


def test_a_change_asked_in_its_unit(engine: Engine) -> None:
    answer = engine.ask("yallingup hmc drop from dec qtr to mar qtr in kt")
    assert answer.status is Status.ANSWERED, answer.text
    assert "down 12,600" in answer.text, answer.text
    assert {f"{v.fact.period.start}" for v in answer.facts} == {"2025-10-01", "2026-01-01"}


def test_a_stated_percentage_asked_without_a_unit(engine: Engine) -> None:
    answer = engine.ask("yallingup hmc production change in the march quarter 2026")
    assert answer.status is Status.ANSWERED, answer.text
    assert "-9.8%" in answer.text


def test_a_price_per_unit_of_a_cost_named_without_its_unit(seed) -> None:
    # (guard: "US$/lb" where the store names the cost per pound "C1 cash cost" alone)
    c = "Quilapan Copper"
    facts = [
        fact(c, "C1 cash cost", "actual", "2025-04-01/2025-06-30", 2.14, "USD", "2025-07-24"),
        fact(
            c,
            "copper production (tonnes)",
            "actual",
            "2025-04-01/2025-06-30",
            41_200,
            "units",
            "2025-07-24",
        ),
    ]
    engine = engine_over(seed, bundle([{"name": c, "aliases": ["Quilapan"]}], facts, "2025-07-24"))
    answer = engine.ask("quilapan C1 US$/lb apr-jun 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert "$2.14" in answer.text
