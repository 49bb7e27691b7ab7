"""Words of chat that qualify a figure, read as the figure's own:

- "stat" is chat's "statutory" ("stat NPAT", "stat ebitda"), the figure beside the
  underlying one, never whichever of the two ranks first;
- a growth asked in the company's currency ("revenue growth in Q3, in EUR terms") is the
  rate the company states with the amount it was: both levels and their difference;
- a festival after "pre-" or "post-" beside the period said ("Jan+Feb 2025 combined,
  pre-Ramadan") describes that period, never replaces it; alone, how long before it is
  unsaid, and nothing is answered.

Each failed on the engine of f6464d57 (the underlying figure; the rate alone; the
festival's month); the plain questions are guards.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

B = "Bellbird Ferries"  # fiscal year to 30 June, named by its end
T = "Tiznit Dates"
V = "Vahrn Glas"
H1_FY25 = "2024-07-01/2024-12-31"
Q3_24, Q3_23 = "2024-07-01/2024-09-30", "2023-07-01/2023-09-30"
JAN, FEB, MAR = "2025-01-01/2025-01-31", "2025-02-01/2025-02-28", "2025-03-01/2025-03-31"

FACTS = [
    fact(B, "underlying EBITDA", "actual", H1_FY25, 43_200_000, "AUD", "2025-02-18"),
    fact(B, "statutory EBITDA", "actual", H1_FY25, 42_300_000, "AUD", "2025-02-18"),
    fact(B, "underlying NPAT", "actual", H1_FY25, 18_400_000, "AUD", "2025-02-18"),
    fact(B, "statutory NPAT", "actual", H1_FY25, 16_200_000, "AUD", "2025-02-18"),
    fact(V, "revenue", "actual", Q3_24, 71_600_000, "EUR", "2024-11-07"),
    fact(V, "revenue", "actual", Q3_23, 69_400_000, "EUR", "2024-11-07"),
    fact(V, "revenue growth", "actual", Q3_24, 3.2, "percent", "2024-11-07"),
    fact(T, "tonnes exported", "actual", JAN, 3_300, "units", "2025-04-08"),
    fact(T, "tonnes exported", "actual", FEB, 4_700, "units", "2025-04-08"),
    fact(T, "tonnes exported", "actual", MAR, 3_600, "units", "2025-04-08"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entities = [
        {
            "name": B,
            "aliases": ["Bellbird"],
            "fiscal_year_end": "06-30",
            "fiscal_year_named_by": "end",
        },
        {"name": T, "aliases": ["Tiznit"]},
        {"name": V, "aliases": ["Vahrn"]},
    ]
    return engine_over(seed, bundle(entities, FACTS, "2025-04-08"))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("bellbird stat ebitda first half fy25", 42_300_000),
        ("stat npat h1 fy25 bellbird", 16_200_000),
        # (guards: the basis in full, and the other basis)
        ("bellbird statutory ebitda h1 fy25", 42_300_000),
        ("bellbird underlying ebitda h1 fy25", 43_200_000),
    ],
)
def test_stat_is_the_statutory_figure(engine, question, value) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.facts[0].fact.value == value, answer.text


@pytest.mark.parametrize(
    "question",
    ["vahrn revenue growth q3 2024 in eur terms", "vahrn q3 2024 revenue growth in euros"],
)
def test_a_growth_asked_in_the_currency_says_the_amount(engine, question) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert "3.2%" in answer.text and "€2.2 million" in answer.text, answer.text
    # (both levels cited, with the stated rate where the company states it)
    assert {71_600_000, 69_400_000} <= {v.fact.value for v in answer.facts}, answer.text


@pytest.mark.parametrize(
    "question", ["vahrn revenue growth q3 2024", "vahrn revenue growth % q3 2024 in eur"]
)
def test_a_rate_asked_stays_the_rate(engine, question) -> None:  # (guards)
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert [v.fact.value for v in answer.facts] == [3.2], answer.text


def test_a_festival_before_or_after_describes_the_period_said(engine) -> None:
    answer = engine.ask("tiznit exports jan+feb 2025 combined, pre-ramadan")
    assert answer.status is Status.ANSWERED, answer.text
    assert "8,000" in answer.text, answer.text
    # alone, "pre-Ramadan" says no span: never the festival's own month
    alone = engine.ask("tiznit exports pre-ramadan 2025")
    assert alone.status is not Status.ANSWERED, alone.text
    festival = engine.ask("tiznit exports ramadan 2025")  # (a guard: Ramadan 2025 is March)
    assert [v.fact.value for v in festival.facts] == [3_600], festival.text
