"""Days of one month with the month said once: "14-20 May 2025" is the span from the 14th
to the 20th (before 2026-12-05 only "20 May 2025" was read, one day). Days listed ("on 23
and 29 October") and backwards ("20-14 May") are no span."""

from __future__ import annotations

from datetime import date

import pytest

from bot.facts.model import Period
from bot.facts.periods import ExactRef, find_periods


@pytest.mark.parametrize(
    "text",
    [
        "copies sold 14-20 May 2025",
        "copies sold 14–20 May 2025",
        "copies sold 14 to 20 May 2025",
        "copies sold between 14 and 20 May 2025",
        "copies sold May 14-20, 2025",
        "copies sold from 14th to 20th of May 2025",
    ],
)
def test_days_of_one_month(text) -> None:
    (found,) = find_periods(text)
    assert found.ref == ExactRef(Period(date(2025, 5, 14), date(2025, 5, 20))), found


@pytest.mark.parametrize("text", ["sold on 14 and 20 May 2025", "sold 20-14 May 2025"])
def test_days_that_make_no_span(text) -> None:
    spans = [m.ref for m in find_periods(text) if isinstance(m.ref, ExactRef)]
    assert all(r.period.days == 1 for r in spans), spans
