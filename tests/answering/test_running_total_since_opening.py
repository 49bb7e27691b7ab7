"""'Trading volume since it opened': the running total the store holds, counted from the
company's start, where no period is said; never the latest year's figure. On e8d20fc
"since it opened" was read as no running total at all and answered the 2025 volume (a
wrong figure); "since launch" was refused although the total was held. A running total
asked of a period the store holds none for is still refused."""

from __future__ import annotations

import pytest

from bot.answering import Status
from tests.answering.invented import fact, one_company


@pytest.fixture(scope="module")
def engine(seed):
    q = "Quillet Exchange"
    facts = [
        fact(q, "trading volume", "actual", "2017-10-01/2025-06-30", 9.8e15, "KRW", "2025-08-14"),
        fact(q, "trading volume", "actual", "2025-01-01/2025-06-30", 931.5e12, "KRW", "2025-08-14"),
        fact(
            q, "trading volume", "actual", "2025-01-01/2025-12-31", 2.0186e15, "KRW", "2026-02-12"
        ),
    ]
    return one_company(seed, q, "Quillet", facts, "2026-02-12")


@pytest.mark.parametrize(
    "question",
    [
        "quillet cumulative trading volume since it opened",
        "quillet trading volume since launch",
        "quillet trading volume since it was founded",
    ],
)
def test_the_running_total_held(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [9.8e15], answer.text


def test_a_running_total_of_a_period_not_held_is_refused(engine) -> None:
    answer = engine.ask("quillet trading volume since launch, in 2025")
    assert answer.status is not Status.ANSWERED, answer.text
