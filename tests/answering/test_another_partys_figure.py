"""A party other than the company ("the broker", "the analysts", "the rival") is never the
company described, whatever its reports call "the broker": "what did the broker note give
for FY24 output" asks the broker's figure, which the store does not hold. Over a palm-oil
group invented here (Siak Lestari), whose newsletter says "the broker's figure is the
broker's". On the engine of 2026-12-06 "the broker" was read as the company and its own
output given: a wrong answer of a development set. The other wordings (they passed before)
and the company's own figure are guards.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

S = "Siak Lestari"
FY24 = "2024-10-01/2025-09-30"
QUOTE = "The broker's figure is the broker's, not ours: we produced 812,400 tonnes of CPO."
FACTS = [fact(S, "CPO production", "actual", FY24, 812_400, "units", "2025-11-20", quote=QUOTE)]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, S, "Siak", FACTS, "2025-11-20", year_end="09-30", named_by="start")


@pytest.mark.parametrize(
    "question",
    [
        "what number did the broker note give for fy24 cpo",
        "what did the brokers say fy24 cpo production would be",
        "what did analysts expect for siak fy24 cpo",
    ],
)
def test_another_partys_figure_is_not_held(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.UNKNOWN, answer.text


def test_the_companys_own_figure(engine) -> None:
    answer = engine.ask("siak fy24 cpo production")
    assert [v.fact.value for v in answer.facts] == [812_400], answer.text
