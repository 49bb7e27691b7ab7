"""The level an expected growth implies ("the revenue the upper end of the growth range
implies", "the implied EPS at the bottom of the guidance"): the actual of the period
of the same length just before, grown by that rate (the end said of a range), both
cited; never the growth rate again. A whole range names no one level.

The implied levels failed on the engine this session started from (b2e8ec5): the growth
guidance itself answered (wrong answers); the rest are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

K, R = "Kestle Music", "Rosebay Rail"
Y26, Y25 = "2026-01-01/2026-12-31", "2025-01-01/2025-12-31"
FACTS = [
    fact(K, "revenue", "actual", Y25, 2_418_000_000, "GBP", "2026-02-20"),
    fact(K, "revenue growth", "forecast", Y26, 5.0, "percent", "2026-02-20", 7.0),
    fact(R, "adjusted EPS", "actual", Y25, 5.62, "CAD", "2026-01-28"),
    fact(R, "adjusted EPS growth (low end)", "forecast", Y26, 7.0, "percent", "2026-01-28"),
    fact(R, "adjusted EPS growth (high end)", "forecast", Y26, 10.0, "percent", "2026-01-28"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [{"name": K, "aliases": ["Kestle"]}, {"name": R, "aliases": ["Rosebay"]}]
    return engine_over(seed, bundle(entities, FACTS, "2026-02-20"))


@pytest.mark.parametrize(
    ("question", "level"),
    [
        ("kestle: the revenue the upper end of its 2026 growth range implies", "2,587,260,000"),
        ("what adjusted eps for 2026 does the bottom of rosebay's growth guidance imply", "6.013"),
    ],
)
def test_the_level_a_growth_end_implies(engine, question, level) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.intent == "implied", answer.text
    assert level in answer.text, answer.text
    assert len(answer.facts) == 2  # the growth and the actual it grows


def test_the_growth_range_itself_when_no_level_is_implied(engine) -> None:
    answer = engine.ask("kestle 2026 revenue growth guidance")
    assert answer.status is Status.ANSWERED, answer.text
    assert "5% to 7%" in answer.text, answer.text
