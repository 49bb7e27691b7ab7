"""'Which region grew fastest', 'which was the best-selling product': a ranking of lines,
which no one figure answers; said so, never answered with the whole company's growth.

Failed on the engine this session started from (b2e8ec5): the group's growth answered
(a wrong answer); the last is a guard."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

P = "Pellow Cans"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(P, "volume growth", "actual", Y25, 3.8, "percent", "2026-02-10"),
    fact(P, "Europe volume growth", "actual", Y25, 2.1, "percent", "2026-02-10"),
    fact(P, "South America volume growth", "actual", Y25, 7.4, "percent", "2026-02-10"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": P, "aliases": ["Pellow"]}], FACTS, "2026-02-10"))


@pytest.mark.parametrize(
    "question",
    [
        "which region grew fastest for pellow in 2025",
        "which was pellow's fastest-growing region in 2025",
        # (any verb in the past: "produced", "shipped"; answered on 2de7fc9)
        "which pellow region shipped the most in 2025",
    ],
)
def test_a_ranking_is_refused(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text
    assert "rank" in answer.text, answer.text


def test_the_whole_still_answers(engine) -> None:
    answer = engine.ask("how fast did pellow's volume grow in 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert "3.8%" in answer.text, answer.text
