"""A year written after a period's words, as chat shortens it: "first half 24", "third
quarter 25" (two digits after the word are a year), and "the latest FY 25", "the current
fiscal year 2025" (the year said wins over "latest": the latest is which statement, not
which year).

On the engine this session started from (abe89aa) "first half 24" read a half with no year
(answered with the latest half, H1 2025: a wrong figure) and "latest fy 25" / "current
fiscal year 2025" read the latest year (FY2026's guidance answered: a wrong figure), and
"q1-q3 fiscal year 2025" read only "fiscal year 2025" (a quarter worked out of it), and
"q1 fy 25 units" a quarter of no year (the unit after "fy 25" took it for an amount). The
counts and weeks after a half, "this year 15 stores", "the latest quarter" are guards."""

from __future__ import annotations

import pytest

from bot.facts.periods import (
    HalfRef,
    LatestRef,
    LeadingMonthsRef,
    QuarterRef,
    YearRef,
    find_periods,
)


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("rautavesi first half 24 cathode", HalfRef(1, 2024)),
        ("second half 25 sales", HalfRef(2, 2025)),
        ("third quarter 24 deliveries", QuarterRef(3, 2024)),
        ("latest fy 25 revenue range", YearRef(2025, fiscal=True)),
        ("the current fiscal year 2025 revenue guidance", YearRef(2025, fiscal=True)),
        ("this fiscal year 2026 outlook", YearRef(2026, fiscal=True)),
        ("q1-q3 fiscal year 2025 deliveries", LeadingMonthsRef(9, 2025, fiscal=True)),
        # (a unit after a year written with its fiscal marker: the year's still)
        ("q1 fy 25 units produced", QuarterRef(1, 2025, fiscal=True)),
        ("h1 fiscal year 2025 units", HalfRef(1, 2025, fiscal=True)),
    ],
)
def test_the_year_after_the_words_is_read(text, ref) -> None:
    assert [m.ref for m in find_periods(text)] == [ref]


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("the first half, 26 weeks to June", HalfRef(1, None)),
        ("the third quarter 20 units shipped", QuarterRef(3, None)),
        ("Q1 20 units", QuarterRef(1, None)),
        ("first half 24% up", HalfRef(1, None)),
        ("this year 15 stores opened", LatestRef("year")),
        ("the latest quarter", LatestRef("quarter")),
        ("latest fy results", LatestRef("year")),
    ],
)
def test_counts_after_the_words_are_no_year(text, ref) -> None:
    assert [m.ref for m in find_periods(text)] == [ref]
