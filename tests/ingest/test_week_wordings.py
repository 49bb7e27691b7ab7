"""A week calendar shown in other words: a wire's day with no year ("Q2 ENDED JUNE 29"),
"the 13 weeks from ... to ...", and the company's own words on its convention ("ends on the
last Saturday of December"), which the day alone leaves open (invented dates and text)."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.weeks import week_calendar

CALENDAR_YEARS = FiscalCalendar()
YEAR_2025 = Period(date(2025, 1, 1), date(2025, 12, 31))


def test_a_wire_day_with_no_year_takes_the_reports_year():
    weeks = week_calendar(
        "* NOTE: FISCAL QTR IS 13 WEEKS; Q2 ENDED JUNE 29", date(2025, 7, 24), CALENDAR_YEARS
    )
    assert weeks is not None and weeks.weekday == 6  # 29 June 2025 is a Sunday
    q2 = weeks.weeks_of(Period(date(2025, 4, 1), date(2025, 6, 30)), CALENDAR_YEARS)
    assert q2 == Period(date(2025, 3, 31), date(2025, 6, 29))


def test_weeks_from_one_day_to_another_close_a_quarter():
    text = "Figures are unaudited. Q3 2025 is the 13 weeks from 30 June to 28 September 2025."
    weeks = week_calendar(text, date(2025, 10, 23), CALENDAR_YEARS)
    assert weeks is not None
    q3 = weeks.weeks_of(Period(date(2025, 7, 1), date(2025, 9, 30)), CALENDAR_YEARS)
    assert q3 == Period(date(2025, 6, 30), date(2025, 9, 28))


def test_the_companys_words_on_its_year_end_choose_the_convention():
    day = "Q2 2025 = 13 weeks ended 28 June 2025."
    nearest = week_calendar(day, date(2025, 7, 20), CALENDAR_YEARS)
    last = week_calendar(
        day + " The fiscal year ends on the last Saturday of December.",
        date(2025, 7, 20),
        CALENDAR_YEARS,
    )
    assert nearest is not None and last is not None
    # 31 December 2025 is a Wednesday: the nearest Saturday is in January, the last in December
    assert nearest.weeks_of(YEAR_2025, CALENDAR_YEARS).end == date(2026, 1, 3)
    assert last.weeks_of(YEAR_2025, CALENDAR_YEARS).end == date(2025, 12, 27)
