"""A ratio named by its two figures ("the loan-to-deposit ratio", "the ratio of loans to
deposits") of a company stating both but no such ratio: the one over the other, as a
multiple and a percentage, never a stated ratio that only shares a word with the name.
Over a bank invented here (Banco Tambopata: total loans, total deposits and a past-due
loan ratio at year ends). On the engine of 2026-12-05 the past-due loan ratio answered
"loan to deposit ratio" (a wrong figure, in a development set). Guards: the stated ratio
is answered by its own name, and a company's own stated ratio is never worked out anew.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

B = "Banco Tambopata"
END25 = "2025-12-31/2025-12-31"
FACTS = [
    fact(B, "total loans", "actual", END25, 41_120_000_000, "PEN", "2026-02-05"),
    fact(B, "total deposits", "actual", END25, 40_000_000_000, "PEN", "2026-02-05"),
    fact(B, "past-due loan ratio", "actual", END25, 2.95, "percent", "2026-02-05"),
    fact(B, "fee income", "actual", "2025-01-01/2025-12-31", 452_000_000, "PEN", "2026-02-05"),
    fact(
        B, "operating income", "actual", "2025-01-01/2025-12-31", 5_120_000_000, "PEN", "2026-02-05"
    ),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, B, "Tambopata", FACTS, "2026-02-05")


@pytest.mark.parametrize(
    "question",
    [
        "loan to deposit ratio tambopata at 31 dec 2025",
        "what was tambopata's loan-to-deposit ratio at end-2025?",
        "ratio of loans to deposits at tambopata, 31 dec 2025",
    ],
)
def test_the_two_figures_a_ratio_names(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [41_120_000_000, 40_000_000_000], answer.text
    assert "1.03 (102.8%)" in answer.text and " at 31 Dec 2025" in answer.text, answer.text


def test_a_stated_ratio_by_its_own_name(engine) -> None:
    answer = engine.ask("tambopata past-due loan ratio at 31 dec 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [2.95], answer.text


def test_a_companys_own_ratio_is_answered_as_stated(seed) -> None:
    own = [
        *FACTS,
        fact(B, "loan-to-deposit ratio", "actual", END25, 101.5, "percent", "2026-02-05"),
    ]
    answer = one_company(seed, B, "Tambopata", own, "2026-02-05").ask(
        "tambopata loan to deposit ratio at 31 dec 2025"
    )
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [101.5], answer.text


def test_a_small_ratio_keeps_two_places_of_its_percentage(engine) -> None:
    # (added 2026-12-07: "0.0883 (8.8%)" had dropped the second place a take rate is read to)
    answer = engine.ask("ratio of fee income to operating income at tambopata in 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert "0.0883 (8.83%)" in answer.text, answer.text
