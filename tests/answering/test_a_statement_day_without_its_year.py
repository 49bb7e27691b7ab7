"""When a figure was stated, said without a year or by the half-year's results, over a
company invented here (Ballyroan Creamery, calendar years; first-half intake given in a
July letter and restated at the half-year results, a revenue figure restated in the Q3
update, an intake target given in February and cut to a range in August):

- "as of 1 aug", "as at mid-September", "as of september": a day with no year is in the
  latest year some report was published on or after it;
- "as of early August 2025": a part of a month is a day of it;
- "at the half-year results", "before the interims": the first half's results, the
  first report after the latest first half.

On the engine of 2026-12-06 each gave the latest statement (wrong answers of a
development set). Guard: a question with no day of statement still gets the latest.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine
from tests.answering.invented import engine_over, fact, titled_sources, values

B = "Ballyroan Creamery"
Y25, H1 = "2025-01-01/2025-12-31", "2025-01-01/2025-06-30"
SOURCES = [
    ("prelim", "Ballyroan Creamery preliminary results 2024", "2025-02-25"),
    ("letter", "Ballyroan supplier newsletter: July milk price", "2025-07-10"),
    ("call", "Ballyroan Creamery H1 2025 results call, transcript", "2025-08-27"),
    ("update", "Ballyroan Creamery Q3 2025 trading update", "2025-11-12"),
]
FACTS = [
    fact(B, "milk intake", "actual", H1, 610e6, "units", "2025-07-10") | {"source": "letter"},
    fact(B, "milk intake", "actual", H1, 615e6, "units", "2025-08-27") | {"source": "call"},
    fact(B, "revenue", "actual", H1, 900e6, "EUR", "2025-08-27") | {"source": "call"},
    fact(B, "revenue", "actual", H1, 910e6, "EUR", "2025-11-12") | {"source": "update"},
    fact(B, "milk intake", "forecast", Y25, 1.2e9, "units", "2025-02-25") | {"source": "prelim"},
    fact(B, "milk intake", "forecast", Y25, 1.15e9, "units", "2025-08-27", high=1.18e9)
    | {"source": "call"},
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    data = {
        "entities": [{"name": B, "aliases": ["Ballyroan"]}],
        "sources": titled_sources(SOURCES),
        "facts": FACTS,
    }
    return engine_over(seed, data)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("as of 1 aug what was ballyroan's h1 intake figure", 610e6),
        ("ballyroan h1 revenue as at mid-september?", 900e6),
        ("as of september what was ballyroan's h1 rev", 900e6),
        ("what h1 revenue did ballyroan give at the half-year results", 900e6),
        ("before the interims, what was ballyroan's intake forecast for 2025", 1.2e9),
        ("ballyroan intake forecast for 2025 as of early august 2025", 1.2e9),
    ],
)
def test_a_day_of_statement_without_its_year(engine: Engine, question: str, expected: float):
    assert values(engine, question)[0] == expected  # (the revision after it is cited too)


def test_a_question_with_no_day_gets_the_latest(engine: Engine):
    assert values(engine, "ballyroan h1 revenue")[0] == 910e6
    assert values(engine, "ballyroan intake forecast 2025")[0] == 1.15e9
