"""Lines added up only where the question names each by a word of its own, over a bank
invented here (Odwira Bank: total operating income, and its Retail and Corporate banking
segments' operating income): "growth in total operating income 2024" is the total's
growth, never the total and both segments added up because every name says "operating".
On the engine of 2026-12-05 (a78d86b7) the three were summed (a development answer read
as wrong). Naming both segments ("retail and corporate operating income together") is
the guard: their sum."""

from __future__ import annotations

import pytest

from tests.answering.invented import fact, one_company, values

B = "Odwira Bank"
Y24, Y23 = "2024-01-01/2024-12-31", "2023-01-01/2023-12-31"
FACTS = [
    fact(B, "total operating income", "actual", Y24, 1_748.2, "GHS", "2025-03-20"),
    fact(B, "total operating income", "actual", Y23, 1_311.6, "GHS", "2024-03-20"),
    fact(B, "Retail Banking operating income", "actual", Y24, 1_021.6, "GHS", "2025-03-20"),
    fact(B, "Corporate Banking operating income", "actual", Y24, 726.6, "GHS", "2025-03-20"),
]


@pytest.fixture(scope="module")
def engine(seed):
    return one_company(seed, B, "Odwira", FACTS, "2025-03-20")


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("growth in total operating income 2024 at odwira", [1_311.6, 1_748.2]),
        ("odwira retail and corporate operating income together in 2024", [726.6, 1_021.6]),
    ],
)
def test_lines_named_by_their_own_words(engine, question, figures) -> None:
    assert sorted(values(engine, question)) == figures
