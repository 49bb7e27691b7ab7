"""A goal set against a period that had passed when it was set is measured from what that
period came to: "how many more TEU does it want on hire by March 2027 compared with March
2026", of a target stated in May 2026, is the gap from March 2026's actual, never from the
old March 2026 target. Over a lessor invented here (Jurong Boxlease: TEU on hire, actual
and targets at year ends). On the engine of 2026-12-05 the old target was the base (a wrong
figure, in a development set). Guards: "vs the March 2026 target" names that target; a
period not yet passed when the goal was set is compared as the same kind.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

J = "Jurong Boxlease"
M26, M27, M28 = "2026-03-31/2026-03-31", "2027-03-31/2027-03-31", "2028-03-31/2028-03-31"
FACTS = [
    fact(J, "TEU on hire", "target", M26, 2_500_000, "units", "2025-11-12"),
    fact(J, "TEU on hire", "actual", M26, 2_530_000, "units", "2026-05-18"),
    fact(J, "TEU on hire", "target", M27, 2_700_000, "units", "2026-05-18"),
    fact(J, "TEU on hire", "target", M28, 2_900_000, "units", "2026-05-18"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, J, "Jurong", FACTS, "2026-05-18", year_end="03-31")


@pytest.mark.parametrize(
    "question",
    [
        "how many more teu does jurong want on hire by march 2027 compared with march 2026",
        "jurong march 2027 teu on hire target vs march 2026",
    ],
)
def test_a_passed_period_is_what_it_came_to(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [2_530_000, 2_700_000], answer.text


def test_the_old_target_when_named(engine) -> None:
    answer = engine.ask("jurong teu on hire target for march 2027 vs the march 2026 target")
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [2_500_000, 2_700_000], answer.text


def test_a_period_still_ahead_is_the_same_kind(engine) -> None:
    answer = engine.ask("jurong march 2028 teu on hire target vs march 2027")
    assert answer.status is Status.ANSWERED, answer.text
    assert sorted(v.fact.value for v in answer.facts) == [2_700_000, 2_900_000], answer.text
