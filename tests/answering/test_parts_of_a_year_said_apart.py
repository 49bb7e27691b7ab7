"""Parts of a year named apart from the year, over a company invented here (Tarrow Mills;
years to March, named by their end year): "add up q1 and q2 revenue for fy2025" adds the
two quarters of that year, and "9m 2024/25 vs the same period 2023/24" compares the first
nine months of each. On the engine of 2026-12-05 (25b09efa) the sum was refused and "the
same period 2023/24" was the whole year; for a company whose quarters begin inside a month
the sum added the year itself to two stray quarters (a development answer read as wrong)."""

from __future__ import annotations

import pytest

from tests.answering.invented import fact, one_company, values

T = "Tarrow Mills"
FACTS = [
    fact(T, "revenue", "actual", "2024-04-01/2024-06-30", 120.0, "GBP", "2025-05-20"),
    fact(T, "revenue", "actual", "2024-07-01/2024-09-30", 135.0, "GBP", "2025-05-20"),
    fact(T, "revenue", "actual", "2023-04-01/2023-06-30", 110.0, "GBP", "2025-05-20"),
    fact(T, "revenue", "actual", "2024-04-01/2024-12-31", 400.0, "GBP", "2025-05-20"),
    fact(T, "revenue", "actual", "2023-04-01/2023-12-31", 360.0, "GBP", "2025-05-20"),
    fact(T, "revenue", "actual", "2023-04-01/2024-03-31", 500.0, "GBP", "2025-05-20"),
    fact(T, "revenue", "actual", "2024-04-01/2025-03-31", 560.0, "GBP", "2025-05-20"),
]


@pytest.fixture(scope="module")
def engine(seed):
    return one_company(seed, T, "Tarrow", FACTS, "2025-05-20", year_end="03-31", named_by="end")


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("add up tarrow's q1 and q2 revenue for fy2025", [120.0, 135.0]),
        ("tarrow revenue growth 9m 2024/25 vs same period 2023/24", [360.0, 400.0]),
    ],
)
def test_parts_of_the_year_said_apart(engine, question, figures) -> None:
    assert sorted(values(engine, question)) == figures


def test_a_quarter_and_the_same_quarter_of_a_year(engine) -> None:  # (read before: a guard)
    question = "tarrow q1 fy2025 revenue vs the same quarter of fy2024"
    assert sorted(values(engine, question)) == [110.0, 120.0]
