""" "How much of its 2025 total revenues wasn't net product revenue": the whole less the
part, as "was not" already read, over a company invented here (Orrin Therapeutics). On
the engine of 2026-12-05 the contraction was no negation: the part itself was given, a
wrong answer (a development set written that day). Guard: the part asked plainly."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

ORRIN = "Orrin Therapeutics"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(ORRIN, "total revenues", "actual", Y25, 1_346_500_000, "USD", "2026-02-20"),
    fact(ORRIN, "net product revenue", "actual", Y25, 1_304_800_000, "USD", "2026-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, ORRIN, "Orrin", FACTS, "2026-02-20")


@pytest.mark.parametrize("negated", ["wasn't", "wasn’t", "was not", "wasnt"])
def test_the_rest_of_the_whole(engine, negated) -> None:
    answer = engine.ask(f"how much of orrin's 2025 total revenues {negated} net product revenue")
    assert answer.status is Status.ANSWERED, answer.text
    assert "$41.7 million" in answer.text, answer.text


def test_the_part_asked_plainly(engine) -> None:
    answer = engine.ask("orrin net product revenue 2025")
    assert [v.fact.value for v in answer.facts] == [1_304_800_000], answer.text
