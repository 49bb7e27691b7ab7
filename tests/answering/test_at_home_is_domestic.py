"""Sales "at home" and in the "home market" are domestic sales, over a company invented
here (Meltem Appliances; calendar years, domestic and export volumes).

On the engine this session started from (3f25a2a) "sell at home" answered the total
volume (a wrong answer) and "home market" refused; "home appliances" naming a figure,
and the domestic volume asked plainly, are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

M = "Meltem Appliances"
H1 = "2025-01-01/2025-06-30"
FACTS = [
    fact(M, "domestic sales volume", "actual", H1, 905_000, "units", "2025-07-29"),
    fact(M, "export sales volume", "actual", H1, 1_386_000, "units", "2025-07-29"),
    fact(M, "total sales volume", "actual", H1, 2_291_000, "units", "2025-07-29"),
    fact(M, "home appliances revenue", "actual", H1, 41_000_000_000, "TRY", "2025-07-29"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": M, "aliases": ["Meltem"]}], FACTS, "2025-07-29"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("How many units did Meltem sell at home in the first half of 2025?", 905_000),
        ("meltem home market units h1 2025", 905_000),
        ("meltem domestic volume h1 2025", 905_000),
        ("meltem home appliances revenue h1 2025", 41_000_000_000),
    ],
)
def test_at_home_is_domestic(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [value], answer.text
