"""A unit of measure the question asks its answer in ("in kWh", "in litres") asks a
quantity, never money, over a company invented here (Godavari Sugar, fiscal year to
March named by its end year; co-generation revenue in rupees, ethanol volume in litres,
a realised sugar price per tonne):

- "co-gen power sold in kWh" is refused: the company states only the co-generation
  segment's revenue; on the engine this session started from (768d1894) the unit was
  filler and the revenue was given, a wrong answer (in a development set written this
  session);
- guards: "ethanol volume in litres" is still the volume, a unit divided by ("price per
  tonne", "INR/t") is still the price, and the revenue asked as such is still given."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

G = "Godavari Sugar"
FY25 = "2024-04-01/2025-03-31"
FACTS = [
    fact(G, "co-generation segment revenue", "actual", FY25, 1_489_000_000, "INR", "2025-05-21"),
    fact(G, "ethanol sales volume", "actual", FY25, 196_000_000, "units", "2025-05-21"),
    fact(G, "realised sugar price per tonne", "actual", FY25, 38_600, "INR", "2025-05-21"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, G, "Godavari", FACTS, "2025-05-21", "03-31", "end")


@pytest.mark.parametrize(
    "question", ["co-gen power sold in kwh by godavari in fy25", "godavari cogeneration mwh fy25"]
)
def test_a_quantity_asked_is_never_money(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text
    assert not answer.facts, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("godavari ethanol sales volume in litres fy25", 196_000_000),
        ("godavari realised sugar price per tonne fy25", 38_600),
        ("godavari sugar price in inr/t fy25", 38_600),
        ("godavari co-generation revenue fy25", 1_489_000_000),
        # (a scale after "in" is no unit of measure: "in m", "in mn")
        ("godavari co-generation revenue fy25, in mn", 1_489_000_000),
        ("godavari co-generation revenue fy25 in m", 1_489_000_000),
    ],
)
def test_what_the_unit_does_not_ask(engine, question, value) -> None:
    answer = engine.ask(question)
    assert [v.fact.value for v in answer.facts] == [value], answer.text
