"""A span counted from a day inside a month stands for the whole months its calendar
reads it as, both ends moved alike (periods.shifted_whole_months): a Nepali quarter, Magh
to Chaitra (14 Jan – 12 Apr), is its calendar's Feb – Apr though it begins nearer January."""

from __future__ import annotations

from datetime import date

import pytest

from bot.facts.model import Period
from bot.facts.periods import shifted_whole_months


def _p(a: str, b: str) -> Period:
    return Period(date.fromisoformat(a), date.fromisoformat(b))


@pytest.mark.parametrize(
    ("held", "wanted"),
    [
        (_p("2024-01-14", "2024-04-12"), _p("2024-02-01", "2024-04-30")),  # Magh – Chaitra
        (_p("2023-10-18", "2024-01-14"), _p("2023-11-01", "2024-01-31")),  # Kartik – Poush
        (_p("2024-07-08", "2025-01-08"), _p("2024-07-01", "2024-12-31")),  # an Ethiopian half
        (_p("2024-03-20", "2024-09-21"), _p("2024-04-01", "2024-09-30")),  # an Iranian half
    ],
)
def test_months_begun_inside_a_month(held, wanted) -> None:
    assert shifted_whole_months(held, wanted)


@pytest.mark.parametrize(
    ("held", "wanted"),
    [
        (_p("2024-01-14", "2024-04-12"), _p("2024-05-01", "2024-07-31")),  # (another quarter)
        (_p("2024-01-14", "2024-07-12"), _p("2024-02-01", "2024-04-30")),  # (a half, no quarter)
        (_p("2024-01-01", "2024-03-31"), _p("2024-02-01", "2024-04-30")),  # (whole months already)
        (_p("2024-01-14", "2024-02-12"), _p("2024-02-01", "2024-02-29")),  # (a month: too short)
    ],
)
def test_other_months_are_not(held, wanted) -> None:
    assert not shifted_whole_months(held, wanted)
