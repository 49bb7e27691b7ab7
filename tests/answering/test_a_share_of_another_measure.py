"""A share's whole is a figure of what the question measures: "what % of its urea sales
volume went to export" is never worked out over the urea *production* (another measure the
question never says), over a company invented here (Qarun Fertilizers, calendar year;
urea production, export and domestic sales volumes, no total sales volume). On the engine
of 2026-12-05 the production was the whole: a wrong share, in a development set. Guard:
"what share of its urea production was exported" names the production, and is answered.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

Q = "Qarun Fertilizers"
Y25 = "2025-01-01/2025-12-31"
FACTS = [
    fact(Q, "urea production (tonnes)", "actual", Y25, 1_548_000, "units", "2026-02-10"),
    fact(Q, "urea export sales volume (tonnes)", "actual", Y25, 1_061_000, "units", "2026-02-10"),
    fact(Q, "urea domestic sales volume (tonnes)", "actual", Y25, 472_000, "units", "2026-02-10"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, Q, "Qarun", FACTS, "2026-02-10")


def test_a_share_of_a_measure_never_of_another(engine) -> None:
    answer = engine.ask("what % of qarun's 2025 urea sales volume went to export")
    assert answer.status is not Status.ANSWERED or 1_548_000 not in [
        v.fact.value for v in answer.facts
    ], answer.text


def test_a_share_of_the_measure_the_question_names(engine) -> None:
    answer = engine.ask("what share of qarun's 2025 urea production was exported")
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [1_061_000, 1_548_000], answer.text
