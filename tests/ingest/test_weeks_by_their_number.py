"""Weeks and four-week periods by their number in a report ("in week 46", "ISO week 45",
"Period 7 FY2025") are the days they cover: a calendar year's weeks are ISO weeks, a
fiscal year's and a retailer's periods are counted from the company's first day, and with
no year said they are the latest such weeks to end by the statement. On 5fbc155b the
grammar read them but no report's figure had a period from them, and a figure "in week 45"
was left out as a part of its year; "week 45." at a sentence's end was not read at all.
Guards: the 53rd week told of a year is still no period of its own; a week of a number
with decimals or thousands ("week 4.5") is no week."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar, find_periods
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import OSTRANDER, named_and_dated

DAY = date(2025, 11, 22)


def _facts(body: str, entity: KnownEntity = OSTRANDER) -> dict[float, tuple[str, str]]:
    return named_and_dated(body, entity, DAY, "Ostrander Mills trading update")


def test_a_week_by_its_number_is_its_iso_week() -> None:
    got = _facts("Ostrander Mills said sales in week 46 were $1,375 million.")
    assert got[1_375_000_000] == ("revenue", "2025-11-10/2025-11-16")


def test_a_week_at_a_sentence_end() -> None:
    got = _facts("Ostrander Mills exported 27,840 tonnes of flour in week 45.")
    assert got.get(27_840, ("", ""))[1] == "2025-11-03/2025-11-09"


def test_a_week_of_a_year_named() -> None:
    got = _facts("Revenue in week 12 of 2025 was $80 million, Ostrander Mills said.")
    assert got[80_000_000][1] == "2025-03-17/2025-03-23"


def test_a_retail_period_of_the_company_year() -> None:
    # a year opening on Sunday 29 June 2025: Period 7 is its weeks 25 to 28
    june = KnownEntity("Ostrander Mills", ("Ostrander",), FiscalCalendar.of("06-28", "end"))
    got = _facts("Ostrander Mills said Period 7 sales were $46.3 million, up 6.4%.", june)
    start, end = got[46_300_000][1].split("/")
    assert (date.fromisoformat(end) - date.fromisoformat(start)).days == 27


def test_the_extra_week_is_still_no_period_of_its_own() -> None:
    got = _facts("The 53rd week of FY2025 contributed $11.2 million of sales at Ostrander.")
    assert 11_200_000 not in got


def test_a_number_with_decimals_is_no_week() -> None:
    assert not find_periods("week 4.5") and not find_periods("week 45,000")
