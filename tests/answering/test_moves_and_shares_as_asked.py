"""What a question asks for, kept however its other words read:

- a move said as a phrasal verb of moving ("how much did net debt come down in FY25",
  "did it go up") is a change between the period's ends, never the level at its end, with
  or without the company named;
- a word asking for a derivation ("what share of") is never read as a term of the
  company's reports (a table row's "per share(1)" says "share" beside a footnote mark):
  read so, the share asked was lost and the part's own figure answered.

Each failed on the engine of f6464d57 (the level at the year's end; the quarter's EPS);
the named company's move and the plain questions are guards.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

W = "Wexcombe Cocoa"  # fiscal year to 31 March, named by its end
G = "Gannetby Grocers"
END_FY24, END_FY25 = "2024-03-31/2024-03-31", "2025-03-31/2025-03-31"
FY24 = "2023-10-01/2024-09-28"
Q4_FY24 = "2024-07-07/2024-09-28"

FACTS = [
    fact(W, "net debt", "actual", END_FY24, 94_200_000, "EUR", "2025-06-05"),
    fact(W, "net debt", "actual", END_FY25, 86_500_000, "EUR", "2025-06-05"),
    fact(W, "revenue", "actual", "2024-04-01/2025-03-31", 410_000_000, "EUR", "2025-06-05"),
    fact(
        G,
        "adjusted EPS",
        "actual",
        Q4_FY24,
        0.66,
        "CAD",
        "2024-11-20",
        quote="Adjusted net earnings per share(1)    0.72    0.66",
    ),
    fact(
        G,
        "adjusted EPS",
        "actual",
        FY24,
        2.76,
        "CAD",
        "2024-11-20",
        quote="Adjusted net earnings per share(1)    2.99    2.76",
    ),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {
            "name": W,
            "aliases": ["Wexcombe"],
            "fiscal_year_end": "03-31",
            "fiscal_year_named_by": "end",
        },
        {
            "name": G,
            "aliases": ["Gannetby"],
            "fiscal_year_end": "09-30",
            "fiscal_year_named_by": "end",
        },
    ]
    return engine_over(seed, bundle(entities, FACTS, "2025-06-05"))


@pytest.mark.parametrize(
    "question",
    [
        "how much did net debt come down in fy25",
        "how much did net debt go down over fy25",
        # (guard: the company named)
        "how much did wexcombe's net debt come down over fy25",
    ],
)
def test_a_phrasal_move_is_a_change_between_the_ends(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert {v.fact.value for v in answer.facts} == {94_200_000, 86_500_000}, answer.text
    assert "7.7 million" in answer.text, answer.text


def test_a_level_asked_stays_a_level(engine) -> None:
    answer = engine.ask("wexcombe net debt at the end of fy25")
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [86_500_000], answer.text


def test_a_share_asked_is_never_read_as_a_term(engine) -> None:
    answer = engine.ask("what share of gannetby's fy24 adj eps came in q4")
    # the share of the year (23.9%), or no answer: never the quarter's EPS alone
    assert answer.status is not Status.ANSWERED or "23.9" in answer.text, answer.text
    plain = engine.ask("gannetby q4 fy24 adj eps")
    assert plain.status is Status.ANSWERED, plain.text
    assert plain.facts[0].fact.value == 0.66, plain.text
