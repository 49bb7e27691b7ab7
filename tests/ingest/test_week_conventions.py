"""Which of the two 52/53-week conventions a company keeps (its year ending on the weekday
nearest its month end, or on the last such weekday in the month), when the days a report
states fit both: the report's words, a year it says is 52 or 53 weeks long, the days the
company's earlier periods ended on. Invented reports and dates."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.weeks import week_calendar

DEC_YEARS = FiscalCalendar.of("12-31", "start")  # fiscal 2026 = calendar 2026, in weeks
JUN_YEARS = FiscalCalendar.of("06-30", "end")  # fiscal 2026 = Jul 2025 - Jun 2026
AUG_YEARS = FiscalCalendar.of("08-31", "end")


def year_in_weeks(text: str, published: date, cal: FiscalCalendar, year: int, **kw) -> str:
    weeks = week_calendar(text, published, cal, **kw)
    assert weeks is not None
    found = weeks.weeks_of(cal.year(year), cal)
    assert found is not None
    return found.iso()


# Q3 2025 of a December year closes on Saturday 27 September under both conventions; they
# part only at the end of 2025 (the last Saturday, 27 December, or the nearest, 3 January).
Q3_ONLY = "Brinwell Tools reported sales for the third quarter ended September 27, 2025."


def test_a_tie_is_broken_by_the_days_the_companys_earlier_periods_ended_on():
    # with nothing else to go on, the nearest weekday
    assert year_in_weeks(Q3_ONLY, date(2025, 10, 20), DEC_YEARS, 2025) == "2024-12-29/2026-01-03"
    # an earlier report's plan for the year, proposed as ending on the last Saturday
    known = (date(2025, 6, 28), date(2025, 12, 27))
    assert (
        year_in_weeks(Q3_ONLY, date(2025, 10, 20), DEC_YEARS, 2025, known=known)
        == "2024-12-29/2025-12-27"
    )


def test_a_year_said_to_be_52_weeks_long_takes_the_convention_that_makes_it_so():
    text = Q3_ONLY + " For fiscal 2025, a fifty-two-week year, it expects sales of $4 billion."
    assert year_in_weeks(text, date(2025, 10, 20), DEC_YEARS, 2025) == "2024-12-29/2025-12-27"
    text = Q3_ONLY + " Fiscal 2025 and fiscal 2024 were both 52-week years."
    assert year_in_weeks(text, date(2025, 10, 20), DEC_YEARS, 2025) == "2024-12-29/2025-12-27"


def test_the_weekday_nearest_a_day_said_without_to():
    text = (
        "Rookhill Minerals' fiscal year ends on the Saturday nearest June 30; its second "
        "quarter was the 13 weeks ended December 27, 2025."
    )
    weeks = week_calendar(text, date(2026, 2, 4), JUN_YEARS)
    assert weeks is not None and weeks.nearest
    # fiscal 2026 ends on 27 June 2026, fiscal 2027 on 3 July 2027 (30 June is a Wednesday)
    assert weeks.weeks_of(JUN_YEARS.year(2027), JUN_YEARS) == Period(
        date(2026, 6, 28), date(2027, 7, 3)
    )


def test_a_wires_fy_ended_day_shows_the_week_calendar():
    text = "* FY ended June 27, 2026 (52 wks): revenue C$410.2 mln vs C$388.0 mln"
    assert year_in_weeks(text, date(2026, 8, 12), JUN_YEARS, 2026) == "2025-06-29/2026-06-27"


def test_the_day_the_current_year_will_end_shows_the_week_calendar():
    text = (
        "Pellmoor Chemists issues a trading update for the 13 weeks to 31 May 2025, the third "
        "quarter of its 52-week financial year ending on 30 August 2025."
    )
    assert year_in_weeks(text, date(2025, 6, 19), AUG_YEARS, 2025) == "2024-09-01/2025-08-30"
    # a half's weeks to a day close the half
    text = "In the first half, the 26 weeks to 1 March, Pellmoor dispensed 31 million items."
    assert year_in_weeks(text, date(2025, 4, 15), AUG_YEARS, 2025) == "2024-09-01/2025-08-30"


def test_a_day_after_publication_that_closes_no_year_shows_nothing():
    text = "The offer period ending on 2 August 2025 may be extended by the board."
    assert week_calendar(text, date(2025, 6, 19), AUG_YEARS) is None


def test_a_half_of_months_that_holds_182_days_is_moved_to_its_weeks():
    from bot.ingest.extract import KnownEntity, extract

    text = (
        "Brinwell Tools results\nTest Wire\n2025-07-24\n\n"
        "For the first half, the twenty-six weeks ended June 28, net sales were $612 million, "
        "compared with $580 million in the first half of fiscal 2024.\n"
    )
    found = {
        p.value: p.period.iso()
        for p in extract(
            text, published=date(2025, 7, 24), entity=KnownEntity("Brinwell Tools", (), DEC_YEARS)
        ).proposals
    }
    assert found[612_000_000] == "2024-12-29/2025-06-28"
    # January to June 2024 holds 26 weeks of days by chance: the half of fiscal 2024 in weeks
    assert found[580_000_000] == "2023-12-31/2024-06-29"


def test_a_half_closing_nine_days_before_its_last_month_ends_is_moved_to_its_weeks():
    from bot.ingest.extract import KnownEntity, extract

    feb_years = FiscalCalendar.of("02-28", "end")  # fiscal 2026 = Mar 2025 - Feb 2026
    text = (
        "Corrib Grocers interim results\nTest Wire\n2025-10-09\n\n"
        "Corrib Grocers' financial year ends on the last Saturday of February; the first half "
        "of fiscal 2026 was the 26 weeks ended 23 August 2025.\n\n"
        "Group sales EUR 912.4m (H1 FY25: EUR 871.0m)\n"
    )
    found = {
        p.value: p.period.iso()
        for p in extract(
            text, published=date(2025, 10, 9), entity=KnownEntity("Corrib Grocers", (), feb_years)
        ).proposals
    }
    assert found[912_400_000] == "2025-02-23/2025-08-23"
