"""A rate per a counted thing worked out of two stated figures, over companies invented
here (calendar years):

- "revenue per passenger in Q3" of a rail company counting its passengers in total and by
  line ("Luxury class passengers carried", "local train passengers carried"): the total is
  the one name every line's name ends with, so the revenue goes over it; a line's revenue
  ("SkyLink revenue") goes over that line's own passengers;
- "revenue per ride in Q1" of a company that states its "revenue per ride" for the year
  only, and its revenue and rides for each quarter: the rate it states is none of its own
  for the quarter, so it is worked out of the quarter's two figures, by "per" or by a
  slash ("rev / rides"), only out of the very figures the rate's name says ("donor fees"
  over "donation centers" is no "average donor fee per donation").

Each failed on the engine before this change (refused: the lines' counts left no divisor
chosen; the year's rate was missing for the quarter). Guards: the year's stated rate is
answered as stated; a quarter neither figure is stated for stays unanswered."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

R, T, V = "Quillacollo Rail", "Tamsalu Scooters", "Vardon Plasma"
Q1, Q3, Y25 = "2025-01-01/2025-03-31", "2025-07-01/2025-09-30", "2025-01-01/2025-12-31"
FACTS = [
    fact(R, "revenue", "actual", Q3, 66_400_000, "USD", "2025-10-16"),
    fact(R, "passengers carried", "actual", Q3, 522_300, "units", "2025-10-16"),
    fact(R, "Luxury class passengers carried", "actual", Q3, 31_000, "units", "2025-10-16"),
    fact(R, "local train passengers carried", "actual", Q3, 40_100, "units", "2025-10-16"),
    fact(R, "SkyLink revenue", "actual", Q3, 9_800_000, "USD", "2025-10-16"),
    fact(R, "SkyLink passengers carried", "actual", Q3, 49_000, "units", "2025-10-16"),
    fact(T, "revenue per ride", "actual", Y25, 2.7, "EUR", "2026-02-10"),
    fact(T, "revenue", "actual", Y25, 38_900_000, "EUR", "2026-02-10"),
    fact(T, "rides", "actual", Y25, 14_400_000, "units", "2026-02-10"),
    fact(T, "revenue", "actual", Q1, 9_100_000, "EUR", "2025-04-20"),
    fact(T, "rides", "actual", Q1, 3_200_000, "units", "2025-04-20"),
    fact(V, "average donor fee per donation", "actual", Y25, 48.5, "USD", "2026-02-10"),
    fact(V, "donor fees", "actual", Q1, 106_000_000, "USD", "2025-04-20"),
    fact(V, "donation centers", "actual", "2025-03-31/2025-03-31", 226, "units", "2025-04-20"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {"name": R, "aliases": ["Quillacollo"]},
        {"name": T, "aliases": ["Tamsalu"]},
        {"name": V, "aliases": ["Vardon"]},
    ]
    return engine_over(seed, bundle(entities, FACTS, "2026-02-10"))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("quillacollo revenue per passenger q3 2025", "$127.13"),
        ("quillacollo skylink revenue per passenger q3 2025", "$200"),  # (its own line's)
        ("tamsalu revenue per ride q1 2025", "€2.84"),
        ("tamsalu revenue per ride q1 2025 (rev / rides)", "€2.84"),
        ("tamsalu revenue per ride 2025", "€2.7"),  # (guard: the year's, as stated)
    ],
)
def test_the_rate(engine, question, said) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert said in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "tamsalu revenue per ride q2 2025",  # (neither figure stated for the quarter)
        # (the fees over the centres are no fee per donation: the rate's own figures only)
        "vardon donor fee per donation q1 2025",
    ],
)
def test_no_rate_worked_out_of_other_figures(engine, question) -> None:  # (guards)
    assert engine.ask(question).status is Status.UNKNOWN
