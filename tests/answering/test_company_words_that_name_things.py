"""A company whose name ends in what it counts ("Kestle Towers", whose figures are "towers
owned"): "kestle tower count" names the company by its first word and the count by the
rest, never the company alone (which left a revenue growth to answer for the towers).

The first two failed on the engine this session started from (b2e8ec5): the revenue
growth answered for the tower count's growth (a wrong answer); the rest are guards."""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

K = "Kestle Towers"
FACTS = [
    fact(K, "towers owned", "actual", "2025-09-30/2025-09-30", 14_820, "units", "2025-11-12"),
    fact(K, "towers owned", "actual", "2024-09-30/2024-09-30", 13_960, "units", "2024-11-12"),
    fact(K, "revenue", "actual", "2025-04-01/2025-09-30", 4_900_000_000, "ZAR", "2025-11-12"),
    fact(K, "revenue growth", "actual", "2025-04-01/2025-09-30", 10.2, "percent", "2025-11-12"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    entity = {"name": K, "aliases": ["Kestle"], "fiscal_year_end": "03-31"}
    return engine_over(seed, bundle([entity], FACTS, "2025-11-12"))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("yoy % growth in kestle's tower count to september 2025", "+6.2%"),
        ("kestle tower count at sep 2025", "14,820"),
        ("kestle towers revenue apr-sep 2025", "4.9 billion"),
    ],
)
def test_the_company_and_the_things_it_counts(engine, question, said) -> None:
    answer = engine.ask(question)
    assert answer.status is Status.ANSWERED, answer.text
    assert said in answer.text, answer.text
