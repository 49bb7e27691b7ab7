"""A line's share of the whole is never its ratio to a sibling line: "what % of capacity
was solar" of a company stating solar and wind capacity in MW and its total in GW (so no
whole in the same unit) is said to have no whole, never solar over wind. Over a company
invented here (Ribeira Energia, calendar years).

Before 2026-12-07 the answer was solar's capacity as 50.1% of wind's. Guard: the sibling
named as the whole ("solar as a % of wind") is still that ratio.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

R = "Ribeira Energia"
END = "2025-12-31/2025-12-31"
FACTS = [
    fact(R, "installed capacity (GW)", "actual", END, 24.9, "units", "2026-02-25"),
    fact(R, "wind onshore installed capacity (MW)", "actual", END, 10_480, "units", "2026-02-25"),
    fact(R, "solar PV installed capacity (MW)", "actual", END, 5_250, "units", "2026-02-25"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": R, "aliases": ["Ribeira"]}], FACTS, "2026-02-25"))


def test_no_sibling_stands_for_the_whole(engine: Engine):
    answer = engine.ask("what % of ribeira's installed capacity was solar pv at 31 dec 2025")
    assert answer.status is not Status.ANSWERED, answer.text


def test_a_sibling_named_as_the_whole_is_its_ratio(engine: Engine):
    answer = engine.ask("ribeira solar pv capacity as a % of wind onshore capacity at 31 dec 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert "50.1%" in answer.text
