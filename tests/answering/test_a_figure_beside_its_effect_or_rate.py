"""A figure named beside another that its words also read, over a company invented here
(Thornbury Coats, years to March named by their end: revenue growth at constant exchange
rates beside operating profit growth at constant currency, a currency headwind on
revenue forecast, a dividend per share beside the total dividend, and operating cash
flow beside operating profit):

- "sales growth at cc": the revenue's growth at constant exchange rates, "constant
  exchange rates" a name of the basis "cc" says (never the profit's growth whose name
  says "constant currency");
- "FY26 revenue guidance": no forecast of revenue is held; the "currency headwind on
  revenue" is an effect on it, never its guidance;
- "the total dividend for H2": the amount paid, never the dividend per share;
- "cash from ops": the operating cash flow (a phrase of the reporting vocabulary).

On the engine of 2026-12-06 the first three gave the profit's growth, the headwind and
the dividend per share (wrong answers of development sets); the last was ambiguous with
the operating profit. Guards: the headwind asked by its name; "dividend" alone.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company, values

T = "Thornbury Coats"
FY25, FY26 = "2024-04-01/2025-03-31", "2025-04-01/2026-03-31"
SAID = "2025-05-14"
GROWTH_CER = "revenue growth at constant exchange rates"
PROFIT_GROWTH_CC = "operating profit growth at constant currency"
H2 = "2024-10-01/2025-03-31"
FACTS = [
    fact(T, "revenue", "actual", FY25, 2.4e9, "GBP", "2025-05-14"),
    fact(
        T, "revenue growth at constant exchange rates", "actual", FY25, -4, "percent", "2025-05-14"
    ),
    fact(
        T,
        "operating profit growth at constant currency",
        "actual",
        FY25,
        -38,
        "percent",
        "2025-05-14",
    ),
    fact(T, "currency headwind on revenue", "forecast", FY26, 45e6, "GBP", "2025-05-14"),
    fact(T, "dividend per share", "actual", H2, 0.5, "GBP", "2025-05-14"),
    fact(T, "total dividend declared", "actual", H2, 744e6, "GBP", "2025-05-14"),
    fact(T, "operating profit", "actual", FY25, 251e6, "GBP", "2025-05-14"),
    fact(T, "operating cash flow", "actual", FY25, 340e6, "GBP", "2025-05-14"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, T, "Thornbury", FACTS, "2025-05-14", "03-31", "end")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("thornbury fy25 sales growth at cc", -4),
        ("thornbury cash from ops fy25", 340e6),
        ("thornbury fy26 currency headwind on revenue forecast", 45e6),
        ("thornbury dividend h2 fy25", 0.5),
    ],
)
def test_the_figure_its_words_name(engine: Engine, question: str, expected: float):
    assert values(engine, question) == [expected]


@pytest.mark.parametrize(
    "question", ["thornbury fy26 revenue guidance", "thornbury total dividend for h2 fy25"]
)
def test_never_an_effect_on_it_nor_its_rate(engine: Engine, question: str):
    answer = engine.ask(question)
    assert not (answer.status is Status.ANSWERED and answer.facts[0].fact.value in (45e6, 0.5))
