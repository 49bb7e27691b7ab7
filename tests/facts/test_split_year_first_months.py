"""A split year's first months, however many ("the first ten months of 2024/25", "10m
2024/25"): before 2026-12-05 only three, six and nine were read, and "the first ten months
of 2024/25" was the first ten of calendar 2024."""

from __future__ import annotations

import pytest

from bot.facts.periods import SplitYearRef, find_periods


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("revenue in the first ten months of 2024/25", 10),
        ("revenue 10m FY2024/25", 10),
        ("revenue 10 month FY2024/25", 10),
        ("first 8 months of 2024/25", 8),
        ("9m 2024/25", 9),
    ],
)
def test_a_split_years_first_months(text, months) -> None:
    (found,) = find_periods(text)
    assert found.ref == SplitYearRef(2024, 2025, part=(months, 1))


def test_an_amount_before_a_split_year_is_no_part() -> None:  # (guard)
    (found,) = find_periods("sold 10m 2024/25")
    assert found.ref == SplitYearRef(2024, 2025)
