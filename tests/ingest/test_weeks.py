"""A 52/53-week retail year read from the days a report says its periods ended: quarters
of 13 weeks from the year's first day, the year ending on the weekday nearest (or last
before) its month end. Invented reports and dates."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.weeks import WeekCalendar, week_calendar

JAN_YEARS = FiscalCalendar.of("01-31", "start")  # fiscal 2025 = Feb 2025 - Jan 2026


def months(a: str, b: str) -> Period:
    return Period(date.fromisoformat(a), date.fromisoformat(b))


def test_a_quarter_ending_on_a_saturday_past_a_month_end_shows_the_week_calendar():
    weeks = week_calendar(
        "results for the second quarter ended August 2, 2025.", date(2025, 8, 20), JAN_YEARS
    )
    assert weeks == WeekCalendar(weekday=5, nearest=True)
    # the quarter, the year before's quarter (a 53-week year moved it), the year, 9 months
    assert weeks.weeks_of(months("2025-05-01", "2025-07-31"), JAN_YEARS).iso() == (
        "2025-05-04/2025-08-02"
    )
    assert weeks.weeks_of(months("2024-05-01", "2024-07-31"), JAN_YEARS).iso() == (
        "2024-05-05/2024-08-03"
    )
    assert weeks.weeks_of(months("2024-02-01", "2025-01-31"), JAN_YEARS).iso() == (
        "2024-02-04/2025-02-01"
    )
    assert weeks.weeks_of(months("2025-02-01", "2025-10-31"), JAN_YEARS).iso() == (
        "2025-02-02/2025-11-01"
    )
    # a month that is no part of the fiscal quarters keeps its own days
    assert weeks.weeks_of(months("2025-06-01", "2025-06-30"), JAN_YEARS) is None


def test_a_report_of_month_end_periods_has_no_week_calendar():
    assert week_calendar("the quarter ended July 31, 2025", date(2025, 8, 20), JAN_YEARS) is None
    assert (
        week_calendar("sales rose in August 2, 2025 trading", date(2025, 8, 20), JAN_YEARS) is None
    )


def test_a_retailers_figures_are_proposed_for_the_weeks_its_periods_cover():
    text = (
        "Harlow Stores results\nTest Wire\n2025-08-20\n\n"
        "Harlow Stores today reported results for the second quarter ended August 2, 2025. Net "
        "sales increased 4.0% to $1.20 billion. Harlow now expects fiscal 2025 net sales of "
        "$4.9 billion to $5.0 billion.\n"
    )
    found = {
        (p.period.iso(), p.value)
        for p in extract(
            text, published=date(2025, 8, 20), entity=KnownEntity("Harlow Stores", (), JAN_YEARS)
        ).proposals
    }
    assert ("2025-05-04/2025-08-02", 1_200_000_000) in found
    assert ("2025-02-02/2026-01-31", 4_900_000_000) in found


def test_a_slide_decks_prior_year_and_signed_changes():
    text = (
        "Harlow Stores deck\nTest Wire\n2025-03-12\n\n"
        "[Slide 2]\nForward-looking statements\n- This presentation contains forward-looking "
        "statements.\n\n"
        "[Slide 3]\nQ4 at a glance (13 weeks ended Feb 1, 2025)\n"
        "- Net sales $948.6M, vs. PY $982.1M (14 wks)\n"
        "- Comparable sales: +1.8% (PY -2.2%)\n"
    )
    found = {
        (p.period.iso(), p.value)
        for p in extract(
            text, published=date(2025, 3, 12), entity=KnownEntity("Harlow Stores", (), JAN_YEARS)
        ).proposals
    }
    # the slide after "Forward-looking statements" is read; "PY" is the same weeks a year
    # before (a 53-week year's fourth quarter of 14 weeks)
    assert ("2024-11-03/2025-02-01", 948_600_000) in found
    assert ("2023-10-29/2024-02-03", 982_100_000) in found
    assert ("2024-11-03/2025-02-01", 1.8) in found
    assert ("2023-10-29/2024-02-03", -2.2) in found


def test_a_10q_table_and_its_prose_in_weeks():
    text = (
        "Harlow Stores 10-Q\nTest Wire\n2025-09-04\n\n"
        "Results of Operations\n\n"
        "                                     Thirteen Weeks Ended\n"
        "(in millions, except percentages)   August 2,    August 3,\n"
        "                                       2025         2024\n"
        "Net sales                            $ 701.3      $ 684.0\n"
        "Comparable sales change                 2.7 %       (0.4)%\n\n"
        "Net sales for the thirteen weeks ended August 2, 2025 increased $17.3 million, or "
        "2.5%, to $701.3 million.\n"
    )
    found = {
        (p.metric, p.period.iso(), p.value)
        for p in extract(
            text, published=date(2025, 9, 4), entity=KnownEntity("Harlow Stores", (), JAN_YEARS)
        ).proposals
    }
    q2, q2_before = "2025-05-04/2025-08-02", "2024-05-05/2024-08-03"
    values = {(p, v) for _, p, v in found}
    assert {(q2, 701_300_000), (q2_before, 684_000_000), (q2_before, -0.4)} <= values
    assert (q2, 2.5) in values  # the rate of the change, not the $17.3 million it was
    assert not any(v == 17_300_000 for _, _, v in found)
    assert not any(m.startswith("operations") for m, _, _ in found)


def test_a_report_that_names_no_period_end_reads_the_weeks_its_company_was_known_by():
    text = (
        "Harlow Stores feature\nTest Wire\n2025-12-04\n\n"
        "Harlow now expects fiscal 2025 net sales of $2.93 billion to $2.98 billion.\n"
    )
    entity = KnownEntity("Harlow Stores", (), JAN_YEARS, period_ends=(date(2025, 8, 2),))
    (found,) = extract(text, published=date(2025, 12, 4), entity=entity).proposals
    assert found.period.iso() == "2025-02-02/2026-01-31"


def test_an_outlook_heading_with_its_span_makes_its_list_plans():
    text = (
        "Harlow Stores deck\nTest Wire\n2025-03-12\n\n"
        "Harlow reported its fourth quarter ended February 1, 2025.\n\n"
        "Fiscal 2025 outlook (52 weeks ending Jan 31, 2026)\n"
        "- Net sales: $2.96B – $3.04B\n"
        "- ~16 new stores, ~5 closures\n"
    )
    found = extract(
        text, published=date(2025, 3, 12), entity=KnownEntity("Harlow Stores", (), JAN_YEARS)
    ).proposals
    assert [(p.kind.value, p.period.iso(), p.value) for p in found] == [
        ("forecast", "2025-02-02/2026-01-31", 2_960_000_000),
        ("forecast", "2025-02-02/2026-01-31", 16),
        ("forecast", "2025-02-02/2026-01-31", 5),
    ]
