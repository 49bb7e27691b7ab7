"""One end of a growth range asked with the level's name ("what GMV growth did they
first guide, the upper end?"), over a company invented here (Haneul Comics; calendar
years).

The question names the level ("GMV") and a change ("growth"): the stated growth figures
are read instead of the level, and of them the end asked, never the whole range.

On the engine this session started from (3f25a2a) both end questions were answered with
the whole range (the low end first: a wrong answer to "the upper end"); the range asked
without an end is a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

H = "Haneul Comics"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(H, "gross merchandise value", "actual", "2024-01-01/2024-12-31", 1_600_000_000_000,
         "KRW", "2025-02-06"),
    fact(H, "gross merchandise value growth (low end)", "forecast", Y25, 10, "percent",
         "2025-02-06"),
    fact(H, "gross merchandise value growth (high end)", "forecast", Y25, 13, "percent",
         "2025-02-06"),
]  # fmt: skip


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": H, "aliases": ["Haneul"]}], FACTS, "2025-02-06"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("What GMV growth did Haneul first guide for 2025, the upper end?", 13),
        ("what gmv growth does haneul guide for 2025, low end", 10),
    ],
)
def test_the_end_asked(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts][:1] == [value], answer.text
    assert "to" not in answer.text.split("(")[0], answer.text


def test_the_range_without_an_end(engine) -> None:
    answer = engine.ask("What GMV growth did Haneul guide for 2025?")
    assert sorted(v.fact.value for v in answer.facts) == [10, 13], answer.text
