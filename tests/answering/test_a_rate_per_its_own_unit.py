"""'Revenue per tonne carried' of a rail company stating its revenue per net
tonne-kilometre: the revenue over the tonnes carried, never the rate per tonne-kilometre,
whose unit is the kilometre (the "tonne" of its name only says of what); a rate asked per
its own unit is the one stated.

Failed on the engine of c0652caa (the stated €0.0846 per tonne-kilometre, as if a tonne
were one). The stated rate asked in its own words is a guard.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

R = "Ribeira Rail"
Y24 = "2024-01-01/2024-12-31"

FACTS = [
    fact(R, "revenue", "actual", Y24, 271_300_000, "EUR", "2025-02-26"),
    fact(R, "tonnes carried", "actual", Y24, 9_840_000, "units", "2025-02-26"),
    fact(R, "net tonne-kilometres", "actual", Y24, 3_208_000_000, "units", "2025-02-26"),
    fact(R, "revenue per net tonne-kilometre", "actual", Y24, 0.0846, "EUR", "2025-02-26"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": R, "aliases": ["Ribeira"]}], FACTS, "2025-02-26"))


def test_a_rate_per_tonne_is_never_the_rate_per_tonne_kilometre(engine: Engine) -> None:
    answer = engine.ask("ribeira revenue per tonne carried in 2024")
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.metric for v in answer.facts) == ["revenue", "tonnes carried"]
    assert "27.57" in answer.text, answer.text


def test_the_rate_asked_in_its_own_words_is_the_one_stated(engine: Engine) -> None:
    answer = engine.ask("ribeira revenue per net tonne-kilometre in 2024")
    assert answer.status is Status.ANSWERED, answer.text
    assert "0.0846" in answer.text, answer.text
