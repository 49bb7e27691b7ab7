"""Two small kinds of period wording, over a company invented here:

- a period in brackets right after a relative one names it: "this yr's target (2026)"
  is the 2026 target, one period, never this year set against 2026;
- a year before a "%" set apart by a space is the year, the "%" the unit asked for:
  "growth 2025 %" is 2025's growth, never a rate of two thousand percent.

Both failed before."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C = "Ormsby Cement"
Y25, Y26 = "2025-01-01/2025-12-31", "2026-01-01/2026-12-31"

FACTS = [
    fact(C, "cement volumes", "target", Y26, 41_000_000, "units", "2026-02-12"),
    fact(C, "cement volumes", "target", Y25, 39_000_000, "units", "2025-02-10"),
    fact(C, "cement volumes", "actual", Y25, 38_400_000, "units", "2026-02-12"),
    fact(C, "revenue growth", "actual", Y25, 4.1, "percent", "2026-02-12"),
    fact(C, "revenue growth", "actual", "2026-01-01/2026-09-30", 6.3, "percent", "2026-10-30"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": C, "aliases": []}], FACTS, published="2026-10-30"))


def values(engine: Engine, question: str) -> list[float]:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    return [v.fact.value for v in answer.facts]


def test_a_bracketed_period_names_the_relative_one(engine) -> None:
    assert values(engine, "ormsby's target for this yr's cement volumes (2025)") == [39_000_000]


def test_a_year_before_a_spaced_percent_is_the_year(engine) -> None:
    assert values(engine, "ormsby revenue growth 2025 %") == [4.1]
