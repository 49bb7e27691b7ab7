"""Chat's "the dec q", "mar q fy25": a quarter named by its last month and a bare "q" is
the quarter ending that month (it was read as nothing, and the fiscal year beside it
answered: a wrong answer of a development set). "mar q1" is no such quarter: "q1" reads on
its own (a guard: it passed before)."""

from __future__ import annotations

import pytest

from bot.facts.periods import find_periods
from bot.facts.periods.references import QuarterEndingRef, QuarterRef


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("ounces sold mar q fy25", QuarterEndingRef(month=3, year=None)),
        ("the dec q 2024 output", QuarterEndingRef(month=12, year=2024)),
    ],
)
def test_a_month_and_a_bare_q_is_the_quarter_ending_then(text, ref) -> None:
    assert ref in [m.ref for m in find_periods(text)]


def test_a_numbered_quarter_after_a_month_reads_as_itself() -> None:
    refs = [m.ref for m in find_periods("mar q1 2025 sales")]
    assert refs == [QuarterRef(quarter=1, year=2025, fiscal=None)]
