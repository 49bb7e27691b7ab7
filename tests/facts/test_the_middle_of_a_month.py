"""'Mid-July' is the middle of July where a span is said to run to it ("the year to
mid-July 2025", "the six months to mid-January 2025"): the years and halves of calendars
whose months begin mid-month. Before 2026-12-05 the grammar read only the month ("July
2025"), and the span ending there was lost. Said alone ("orders as of mid-January") it
stays the month: a statement of any day of it may be meant."""

from __future__ import annotations

from datetime import date

import pytest

from bot.facts.model import Period
from bot.facts.periods import ExactRef, find_periods


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("output in the year to mid-july 2025", date(2024, 7, 1), date(2025, 6, 30)),
        ("profit for the six months to mid-january 2025", date(2024, 7, 1), date(2024, 12, 31)),
    ],
)
def test_the_middle_of_a_month(text, start, end) -> None:
    (found,) = find_periods(text)
    assert found.ref == ExactRef(Period(start, end))


@pytest.mark.parametrize("text", ["output in july 2025", "orders as of mid-july 2025"])
def test_a_month_said_alone_is_the_month(text) -> None:  # (guards)
    (found,) = find_periods(text)
    assert found.ref == ExactRef(Period(date(2025, 7, 1), date(2025, 7, 31)))
