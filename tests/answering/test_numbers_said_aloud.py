"""Numbers said aloud, as voice-typed questions write them, over Corrib Stores (calendar
year; quarters, weeks, a month to a day), invented here:

- "q three twenty twenty five", "week forty six twenty twenty five", "sales as of november
  twentieth twenty twenty five" (quarter to date), "q for twenty twenty four" (a dictated
  "four"), "revenue four the october two december quarter twenty twenty five" (dictated
  "for" and "to"), "fy two thousand and twenty five": the period said. Before 2026-12-06
  these were words nothing explained and the engine abstained;
- a number word elsewhere keeps its meaning ("the twenty five stores" is no year 2005).

The function itself is checked on forms beside these (a year across two, "f y", "h one")."""

from __future__ import annotations

import pytest

from bot.answering import Engine
from bot.answering.reading.spoken_numbers import numbers_said_aloud
from tests.answering.invented import fact, one_company, values

C, S = "Corrib Stores", "net sales"
FACTS = [
    fact(C, S, "actual", "2025-07-01/2025-09-30", 17_904, "EUR", "2025-10-20"),
    fact(C, S, "actual", "2024-10-01/2024-12-31", 18_797, "EUR", "2025-02-20"),
    fact(C, S, "actual", "2025-10-01/2025-12-31", 20_776, "EUR", "2026-02-20"),
    fact(C, S, "actual", "2025-11-10/2025-11-16", 1_375, "EUR", "2025-11-18"),
    fact(C, S, "actual", "2025-10-01/2025-11-20", 9_930, "EUR", "2025-11-22"),
    fact(C, S, "actual", "2025-01-01/2025-12-31", 74_016, "EUR", "2026-02-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(seed, C, "Corrib", FACTS, "2026-02-20")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("corrib sales q three twenty twenty five", 17_904),
        ("corrib sales week forty six twenty twenty five", 1_375),
        ("corrib quarter to date sales as of november twentieth twenty twenty five", 9_930),
        ("corrib sales in q for twenty twenty four", 18_797),
        ("corrib revenue four the october two december quarter twenty twenty five", 20_776),
        ("corrib sales fy two thousand and twenty five", 74_016),
    ],
)
def test_the_period_said_aloud(engine, question, value) -> None:
    assert values(engine, question) == [value]


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("revenue for twenty twenty four twenty five", "revenue for 2024/25"),
        ("profit after tax four f y twenty twenty five", "profit after tax for fy 2025"),
        ("h one nineteen ninety nine", "h1 1999"),
        ("fy twenty five sales", "fy 25 sales"),
        ("the twenty five stores", "the twenty five stores"),
        ("one of the three segments", "one of the three segments"),
        ("in 2024 five stores opened", "in 2024 five stores opened"),
    ],
)
def test_numbers_in_a_periods_place_only(said, written) -> None:
    assert numbers_said_aloud(said) == written
