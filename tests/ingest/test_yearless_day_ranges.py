"""A span of days in one month with no year ("1–15 November", "November 1-15", "from 28 to
30 November") is those days, of the year that puts them nearest the statement. On 5fbc155b
the grammar read such a span only with its year, and the figure got the month or no period.
Guards: a span with its year keeps that year; days that run backwards are no span."""

from __future__ import annotations

from datetime import date

from tests.ingest.invented import OSTRANDER, named_and_dated

DAY = date(2025, 11, 22)


def _facts(body: str) -> dict[float, tuple[str, str]]:
    return named_and_dated(body, OSTRANDER, DAY, "Ostrander Mills trading update")


def test_days_before_the_month() -> None:
    got = _facts(
        "Ostrander Mills' sales in the first fortnight (1–15 November) were $2,930 million."
    )
    assert got[2_930_000_000] == ("revenue", "2025-11-01/2025-11-15")


def test_days_after_the_month() -> None:
    got = _facts("Ostrander Mills' sales for November 1-15 were $2 billion.")
    assert got[2_000_000_000][1] == "2025-11-01/2025-11-15"


def test_a_span_ahead_of_the_statement_is_this_year() -> None:
    got = _facts(
        "For the holiday weekend, which runs from 28 to 30 November, Ostrander Mills expects "
        "sales of about $1.25 billion."
    )
    assert got[1_250_000_000][1] == "2025-11-28/2025-11-30"


def test_a_span_with_its_year_keeps_it() -> None:
    got = _facts("Ostrander Mills' sales for 1–15 November 2024 were $2 billion.")
    assert got[2_000_000_000][1] == "2024-11-01/2024-11-15"
