"""A year, quarter or month so far, told to a day ("quarter-to-date sales through 15
December", "the fourth quarter through 20 November", "month-to-date, November sales through
the 20th") runs from the first day of that period to the day. On 5fbc155b the quarter's
figure was dropped as a lifetime total with no start ("to-date"), the fourth quarter
through a day was read as the quarter ending in November, and the month's figure as the
whole month. Guards: a bare "through 15 December" with no period so far is no span; a
lifetime "to date" is still a running total."""

from __future__ import annotations

from datetime import date

from tests.ingest.invented import OSTRANDER, named_and_dated

DAY = date(2025, 12, 17)


def _facts(body: str) -> dict[float, tuple[str, str]]:
    return named_and_dated(body, OSTRANDER, DAY, "Ostrander Mills trading update")


def test_quarter_to_date_through_a_day() -> None:
    got = _facts(
        "Ostrander Mills said quarter-to-date sales through 15 December were $14,263 million, "
        "up 9.6%."
    )
    assert got[14_263_000_000] == ("revenue", "2025-10-01/2025-12-15")
    assert got[9.6] == ("revenue growth", "2025-10-01/2025-12-15")


def test_a_named_quarter_through_a_day() -> None:
    got = _facts(
        "Ostrander Mills' net sales for the fourth quarter through 20 November came to "
        "$9,930 million."
    )
    assert got[9_930_000_000][1] == "2025-10-01/2025-11-20"


def test_a_month_through_its_ordinal_day() -> None:
    got = _facts(
        "Month-to-date, Ostrander Mills' November sales through the 20th were $3,920 million."
    )
    assert got[3_920_000_000][1] == "2025-11-01/2025-11-20"


def test_a_bare_day_is_no_span() -> None:
    got = _facts("Ostrander Mills' revenue through 15 December was $4 billion.")
    assert got.get(4_000_000_000, ("", ""))[1] != "2025-12-01/2025-12-15"


def test_a_lifetime_to_date_is_still_a_running_total() -> None:
    from bot.ingest.clauses.cumulative import LIFETIME

    assert LIFETIME.search("the Aero has sold 4 million units to date")
    assert not LIFETIME.search("quarter-to-date sales") and not LIFETIME.search("month-to-date")
