""" "The highest" of a ranking is never the company its reports call "the highest": "which
quarter had the highest sssg in fy25" asks a ranking of quarters. Over a retailer invented
here (Kanchipuram Silks), whose notes say "the highest" twice. On the engine of 2026-12-06
the question was read as the company so called and its full-year growth given: a wrong
answer of a development set. Quarters ranked with one restated ("Q2 restated to -2.4% from
-2.1%") are guards: they rank as restated.
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import fact, one_company

K = "Kanchipuram Silks"
M = "same-store sales growth"
SAID = "Q3 was the highest in our history; festive demand was the highest since 2019."
FACTS = [
    fact(K, M, "actual", "2024-04-01/2024-06-30", 6.8, "percent", "2025-05-16"),
    fact(K, M, "actual", "2024-07-01/2024-09-30", -2.1, "percent", "2024-11-10"),
    fact(K, M, "actual", "2024-07-01/2024-09-30", -2.4, "percent", "2025-05-16"),
    fact(K, M, "actual", "2024-10-01/2024-12-31", 11.4, "percent", "2025-02-06", quote=SAID),
    fact(K, M, "actual", "2025-01-01/2025-03-31", 7.9, "percent", "2025-05-16"),
    fact(K, M, "actual", "2024-04-01/2025-03-31", 6.9, "percent", "2025-05-16"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return one_company(
        seed, K, "Kanchipuram", FACTS, "2025-05-16", year_end="03-31", named_by="end"
    )


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("kanchipuram highest quarter by sssg in fy25", "11.4%"),
        ("kanchipuram weakest quarter by sssg in fy25", "-2.4%"),
    ],
)
def test_quarters_ranked_as_restated(engine, question, said) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert answer.text.split(":")[0].count("Q") == 1 and said in answer.text, answer.text
    assert -2.1 not in [v.fact.value for v in answer.facts], answer.text


def test_the_highest_is_no_company(engine) -> None:
    answer = engine.ask("which quarter had the highest sssg in fy25")
    assert 6.9 not in [v.fact.value for v in answer.facts[:1]], answer.text
