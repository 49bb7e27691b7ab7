"""A range's midpoint set against another year's actual, in either order: "how much above
2025 actual sales is the midpoint of the 2026 guidance" is the 2026 range's midpoint
against 2025's net sales, as "how much is the midpoint of the 2026 guidance above 2025
actual sales" is; never 2025's sales within 2025's own range, which the first order had
answered on the engine of e698371c. The actual against its own year's range is a guard.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C = "Saimaa Stoves"
Y25, Y26 = "2025-01-01/2025-12-31", "2026-01-01/2026-12-31"
FACTS = [
    fact(C, "net sales", "forecast", Y25, 180_000_000, "EUR", "2025-04-24", high=190_000_000),
    fact(C, "net sales", "actual", Y25, 186_200_000, "EUR", "2026-02-12"),
    fact(C, "net sales", "forecast", Y26, 194_000_000, "EUR", "2026-02-12", high=204_000_000),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": C, "aliases": ["Saimaa"]}], FACTS, "2026-02-12"))


@pytest.mark.parametrize(
    "question",
    [
        "how much above 2025 actual sales is the midpoint of saimaa's 2026 guidance",
        "how much is the midpoint of saimaa's 2026 sales guidance above 2025 actual sales",
    ],
)
def test_a_midpoint_against_another_years_actual(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "€12.8 million" in answer.text and "above the actual €186.2 million" in answer.text


def test_the_actual_against_its_own_years_midpoint(engine: Engine) -> None:
    answer = engine.ask("saimaa 2025 net sales vs the midpoint of its 2025 guidance")
    assert answer.status is Status.ANSWERED, answer.text
    assert "within its forecast range" in answer.text and "€1.2 million above" in answer.text
