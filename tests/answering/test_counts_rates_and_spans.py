"""Counts, rates and levels kept apart, over companies invented here: Tarnby Board (a
board mill reporting deliveries in tonnes, a price per tonne and sales in euros) and
Redfern Diner (a restaurant chain reporting its restaurant count at year end).

"how much board did Tarnby ship (tonnes)" is the deliveries, never the price per tonne
its unit word also names; "what did Tarnby sell, in euros" is money, never a count;
"how much lower is the 2026 plan than what Tarnby spent in 2025" sets the plan against
the actual; "how many restaurants did Redfern shutter in 2025" asks what was done over
the year, never the count at its end (which "have" asks); Redfern's quarters are counted in
weeks of its own, a 16-week first quarter among them."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

T, R = "Tarnby Board", "Redfern Diner"
Q1, Y25, Y26 = "2025-01-01/2025-03-31", "2025-01-01/2025-12-31", "2026-01-01/2026-12-31"
FACTS = [
    fact(T, "board deliveries", "actual", Q1, 311_000, "units", "2025-04-24"),
    fact(T, "average board price per tonne", "actual", Q1, 905, "EUR", "2025-04-24"),
    fact(T, "sales", "actual", Q1, 402e6, "EUR", "2025-04-24"),
    fact(T, "capital expenditure", "actual", Y25, 212e6, "EUR", "2026-02-05"),
    fact(T, "capital expenditure", "target", Y25, 240e6, "EUR", "2025-02-06"),
    fact(T, "capital expenditure", "target", Y26, 190e6, "EUR", "2026-02-05"),
    fact(R, "restaurants", "actual", "2025-12-31/2025-12-31", 644, "units", "2026-02-19"),
    # quarters of its own weeks: a 16-week first quarter, a 12-week third
    fact(R, "system-wide sales", "actual", "2024-12-31/2025-04-21", 702e6, "USD", "2025-05-08"),
    fact(R, "system-wide sales", "actual", "2025-07-15/2025-10-06", 531e6, "USD", "2025-10-23"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": T, "aliases": ["Tarnby"]}, {"name": R, "aliases": ["Redfern"]}]
    return engine_over(seed, bundle(entities, FACTS, published="2026-02-19"))


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("tarnby board shipped in q1 2025 (tonnes)?", [311_000]),
        ("tarnby board price per tonne q1 2025", [905]),
        (
            "tarnby's 2026 capex budget is how much smaller than what it spent in 2025?",
            [190e6, 212e6],
        ),
        ("how many restaurants did redfern have at the end of 2025", [644]),
        ("redfern system-wide sales q1 2025", [702e6]),  # its own 16-week quarter
        ("redfern system-wide sales in q3 2025", [531e6]),
    ],
)
def test_the_figure_asked(engine, question, values) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts[: len(values)]] == values, answer.text


@pytest.mark.parametrize(
    ("question", "never"),
    [
        ("in euros, what did tarnby sell in q1 2025", 311_000),
        ("how many restaurants did redfern mothball in 2025", 644),
    ],
)
def test_never_the_other_kind_of_figure(engine, question, never) -> None:
    answer = engine.ask(question)
    assert never not in [v.fact.value for v in answer.facts], answer.text
