"""'Did they hit the 700 store target', the target due at the end of 2028: not known yet,
and said so, never the target restated as though it answered. Over Cobequid Markets,
invented here.

Before 2026-12-04 the amount said ("700") was read as the asker's own figure to set the
level against, the level taken was the target itself, and the answer was the target (a
wrong answer in a development set). Guards: the same question without the amount, and a
target already due with its actual held."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

C = "Cobequid Markets"
FACTS = [
    fact(C, "stores", "target", "2028-12-30/2028-12-30", 700, "units", "2025-06-18"),
    fact(C, "stores", "actual", "2026-01-03/2026-01-03", 622, "units", "2026-02-20"),
    fact(C, "new stores", "target", "2025-01-01/2025-12-31", 40, "units", "2025-02-10"),
    fact(C, "new stores", "actual", "2025-01-01/2025-12-31", 43, "units", "2026-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": C, "aliases": ["Cobequid"]}], FACTS, "2026-02-20"))


@pytest.mark.parametrize(
    "question", ["did cobequid hit the 700 store target", "did cobequid hit its store target"]
)
def test_a_goal_not_yet_due_is_not_known(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is not Status.ANSWERED, answer.text


def test_a_goal_due_is_set_against_its_actual(engine) -> None:
    answer = engine.ask("did cobequid hit the 40 new store target in 2025")
    assert sorted(v.fact.value for v in answer.facts) == [40, 43], answer.text
