"""Periods: phrases found in text, resolved per calendar, and named back."""

from __future__ import annotations

from calendar import monthrange
from datetime import date

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from bot.facts.model import Period, SalesBotError
from bot.facts.periods import (
    CALENDAR,
    ExactRef,
    FiscalCalendar,
    HalfRef,
    LatestRef,
    MonthEndRef,
    PeriodRef,
    QuarterEndingRef,
    QuarterRef,
    RelativeRef,
    SplitYearRef,
    YearRef,
    describe,
    find_periods,
    label,
    matches_unanchored,
    parse_period,
    previous,
    resolve,
    span,
    year_earlier,
)

SONY = FiscalCalendar.of("03-31", "start")
MICROSOFT = FiscalCalendar.of("06-30", "end")


def P(a: str, b: str) -> Period:
    return Period(date.fromisoformat(a), date.fromisoformat(b))


def months(y1: int, m1: int, y2: int, m2: int) -> Period:
    return Period(date(y1, m1, 1), date(y2, m2, monthrange(y2, m2)[1]))


# ---------------------------------------------------------------- fiscal calendars


def test_sony_calendar() -> None:
    assert SONY.year(2013) == P("2013-04-01", "2014-03-31")
    assert SONY.quarter(2013, 1) == P("2013-04-01", "2013-06-30")
    assert SONY.quarter(2013, 2) == P("2013-07-01", "2013-09-30")
    assert SONY.quarter(2013, 4) == P("2014-01-01", "2014-03-31")
    assert SONY.half(2013, 2) == P("2013-10-01", "2014-03-31")
    assert SONY.fiscal_year_of(date(2014, 3, 31)) == 2013
    assert SONY.fiscal_year_of(date(2014, 4, 1)) == 2014
    assert not SONY.is_calendar


def test_microsoft_like_calendar() -> None:
    assert MICROSOFT.year(2014) == P("2013-07-01", "2014-06-30")
    assert MICROSOFT.quarter(2014, 1) == P("2013-07-01", "2013-09-30")
    assert MICROSOFT.half(2014, 2) == P("2014-01-01", "2014-06-30")
    assert MICROSOFT.fiscal_year_of(date(2013, 7, 1)) == 2014
    assert MICROSOFT.fiscal_year_of(date(2014, 6, 30)) == 2014


def test_calendar_years() -> None:
    assert CALENDAR.is_calendar
    assert FiscalCalendar.of(None, None) == CALENDAR
    assert CALENDAR.year(2013) == P("2013-01-01", "2013-12-31")
    assert CALENDAR.quarter(2013, 3) == P("2013-07-01", "2013-09-30")
    assert CALENDAR.fiscal_year_of(date(2013, 12, 31)) == 2013
    # named_by makes no difference when years are calendar years
    assert FiscalCalendar.of("12-31", "start").year(2013) == CALENDAR.year(2013)


def test_year_end_that_is_not_a_month_end() -> None:
    apple = FiscalCalendar.of("09-27", "end")  # late in the month: that month's end
    assert apple.year(2014) == P("2013-10-01", "2014-09-30")
    spill = FiscalCalendar.of("10-01", "end")  # early in the month: the previous month's end
    assert spill.year(2014) == P("2013-10-01", "2014-09-30")
    assert FiscalCalendar.of("01-02", "start").is_calendar


@pytest.mark.parametrize(
    ("end", "named_by"),
    [("13-01", "end"), ("02-30", "end"), ("3/31", "end"), ("march", None), ("03-31", "middle")],
)
def test_bad_calendars(end: str, named_by: str | None) -> None:
    with pytest.raises(SalesBotError):
        FiscalCalendar.of(end, named_by)


# ------------------------------------------------------------------- find_periods

PHRASES: list[tuple[str, PeriodRef]] = [
    # years
    ("FY2013", YearRef(2013, True)),
    ("FY13", YearRef(2013, True)),
    ("FY 2013", YearRef(2013, True)),
    ("fy 2013", YearRef(2013, True)),
    ("fy-2013", YearRef(2013, True)),
    ("fiscal 2013", YearRef(2013, True)),
    ("fiscal year 2013", YearRef(2013, True)),
    ("fiscal 13", YearRef(2013, True)),
    ("FY99", YearRef(1999, True)),
    ("calendar 2013", YearRef(2013, False)),
    ("CY2013", YearRef(2013, False)),
    ("calendar year 2013", YearRef(2013, False)),
    ("2013", YearRef(2013, None)),
    ("'13", YearRef(2013, None)),
    ("FY 2013/14", SplitYearRef(2013, 2014)),
    ("FY2013-14", SplitYearRef(2013, 2014)),
    ("fiscal 2013/2014", SplitYearRef(2013, 2014)),
    ("FY1999/00", SplitYearRef(1999, 2000)),
    ("2013/14", SplitYearRef(2013, 2014)),
    # quarters
    ("Q3 2013", QuarterRef(3, 2013, None)),
    ("3Q13", QuarterRef(3, 2013, None)),
    ("Q3 '13", QuarterRef(3, 2013, None)),
    ("Q3 13", QuarterRef(3, 2013, None)),
    ("third quarter of 2013", QuarterRef(3, 2013, None)),
    ("3rd quarter 2013", QuarterRef(3, 2013, None)),
    ("the third quarter", QuarterRef(3, None, None)),
    ("Q3", QuarterRef(3, None, None)),
    ("3Q", QuarterRef(3, None, None)),
    ("fiscal Q2 2013", QuarterRef(2, 2013, True)),
    ("fiscal Q2 FY2013", QuarterRef(2, 2013, True)),
    ("Q2 FY2013", QuarterRef(2, 2013, True)),
    ("FY13 Q2", QuarterRef(2, 2013, True)),
    ("FY2013 Q2", QuarterRef(2, 2013, True)),
    ("2Q FY2013", QuarterRef(2, 2013, True)),
    ("second fiscal quarter of 2013", QuarterRef(2, 2013, True)),
    ("fiscal second quarter 2013", QuarterRef(2, 2013, True)),
    ("calendar Q3 2013", QuarterRef(3, 2013, False)),
    # halves
    ("H1 2013", HalfRef(1, 2013, None)),
    ("1H13", HalfRef(1, 2013, True)),  # a half coded digit first: the company's own
    ("first half of 2013", HalfRef(1, 2013, None)),
    ("second half of fiscal 2013", HalfRef(2, 2013, True)),
    ("H2 FY2013", HalfRef(2, 2013, True)),
    ("the first half", HalfRef(1, None, None)),
    # quarters named by their last month
    ("the June quarter", QuarterEndingRef(6, None)),
    ("the June quarter of 2013", QuarterEndingRef(6, 2013)),
    ("the September quarter", QuarterEndingRef(9, None)),
    ("the quarter ending June 2013", QuarterEndingRef(6, 2013)),
    ("quarter ended June 30, 2013", QuarterEndingRef(6, 2013)),
    ("the quarter ending in June 2013", QuarterEndingRef(6, 2013)),
    ("three months to June 2013", QuarterEndingRef(6, 2013)),
    ("three months ended September 30, 2013", QuarterEndingRef(9, 2013)),
    # explicit spans
    ("Apr 2013 - Mar 2014", ExactRef(months(2013, 4, 2014, 3))),
    ("April 2013 to March 2014", ExactRef(months(2013, 4, 2014, 3))),
    ("between April 2013 and March 2014", ExactRef(months(2013, 4, 2014, 3))),
    ("July-September 2013", ExactRef(months(2013, 7, 2013, 9))),
    ("Jul–Sep 2013", ExactRef(months(2013, 7, 2013, 9))),
    ("Jul — Sept 2013", ExactRef(months(2013, 7, 2013, 9))),
    ("July to September 2013", ExactRef(months(2013, 7, 2013, 9))),
    ("Nov – Jan 2014", ExactRef(months(2013, 11, 2014, 1))),
    ("the July-September 2013 quarter", ExactRef(months(2013, 7, 2013, 9))),
    ("June 2013", ExactRef(months(2013, 6, 2013, 6))),
    ("3 Apr 2013 – 9 May 2013", ExactRef(P("2013-04-03", "2013-05-09"))),
    ("2013-04-01/2014-03-31", ExactRef(P("2013-04-01", "2014-03-31"))),
    ("2012 to 2014", ExactRef(months(2012, 1, 2014, 12))),
    # years defined by their end
    ("fiscal year ending March 2014", ExactRef(months(2013, 4, 2014, 3))),
    ("fiscal year ended March 31, 2014", ExactRef(months(2013, 4, 2014, 3))),
    ("the year to March 2015", ExactRef(months(2014, 4, 2015, 3))),
    ("year ending March 2015", ExactRef(months(2014, 4, 2015, 3))),
    ("12 months ending March 2015", ExactRef(months(2014, 4, 2015, 3))),
    ("the twelve months to March 2015", ExactRef(months(2014, 4, 2015, 3))),
    ("six months ended September 30, 2013", ExactRef(months(2013, 4, 2013, 9))),
    ("fiscal year ended September 27, 2014", ExactRef(months(2013, 10, 2014, 9))),
    # a day in figures: the year to it ("20/9/25" is 20 Sep; "04/05/2024" could be either)
    ("the year to 20/9/25", ExactRef(months(2024, 10, 2025, 9))),
    ("12 months ended 2025-09-27", ExactRef(months(2024, 10, 2025, 9))),
    ("the six months to 31.03.2026", ExactRef(months(2025, 10, 2026, 3))),
    # relative to a named period
    ("the year before FY2013", RelativeRef(YearRef(2013, True), -1, "year")),
    ("the fiscal year before FY2013", RelativeRef(YearRef(2013, True), -1, "year")),
    ("the year prior to fy2013", RelativeRef(YearRef(2013, True), -1, "year")),
    ("the quarter before Q3 2013", RelativeRef(QuarterRef(3, 2013, None), -1, "quarter")),
    ("the year after FY2013", RelativeRef(YearRef(2013, True), 1, "year")),
    ("two years before FY2013", RelativeRef(YearRef(2013, True), -2, "year")),
    # a part with no year, its year in brackets: that part of that year
    ("Q3 (FY2024)", QuarterRef(3, 2024, True)),
    ("H1 (FY2025)", HalfRef(1, 2025, True)),
    (
        "the month before October 2025",
        RelativeRef(ExactRef(months(2025, 10, 2025, 10)), -1, "month"),
    ),
    ("the month after Q3 2013", RelativeRef(QuarterRef(3, 2013, None), 1, "month")),
    # relative to the question's anchor
    ("the year before", RelativeRef(None, -1, "year")),
    ("the previous year", RelativeRef(None, -1, "year")),
    ("the prior year", RelativeRef(None, -1, "year")),
    ("last year", RelativeRef(None, -1, "year")),
    ("a year earlier", RelativeRef(None, -1, "year")),
    ("a year ago", RelativeRef(None, -1, "year")),
    ("the same quarter a year earlier", RelativeRef(None, -1, "year", span=3)),
    ("the same nine months a year earlier", RelativeRef(None, -1, "year", span=9)),
    ("the same 6 months of the prior year", RelativeRef(None, -1, "year", span=6)),
    ("same period last year", RelativeRef(None, -1, "year")),
    ("the year-ago quarter", RelativeRef(None, -1, "year", 3)),  # (a quarter, a year back)
    ("year-ago period", RelativeRef(None, -1, "year")),
    ("the previous quarter", RelativeRef(None, -1, "quarter")),
    ("the prior quarter", RelativeRef(None, -1, "quarter")),
    ("the quarter before", RelativeRef(None, -1, "quarter")),
    ("last quarter", RelativeRef(None, -1, "quarter")),
    ("the year before last", RelativeRef(None, -2, "year")),
    # latest
    ("latest", LatestRef(None)),
    ("most recent", LatestRef(None)),
    ("this year", LatestRef("year")),
    ("this quarter", LatestRef("quarter")),
    ("current year", LatestRef("year")),
    ("the latest quarter", LatestRef("quarter")),
]


@pytest.mark.parametrize(("phrase", "ref"), PHRASES)
def test_phrase_alone(phrase: str, ref: PeriodRef) -> None:
    [mention] = find_periods(phrase)
    assert mention.ref == ref
    assert (mention.start, mention.end, mention.text) == (0, len(phrase), phrase)


@pytest.mark.parametrize(("phrase", "ref"), PHRASES)
def test_phrase_in_a_sentence_any_case(phrase: str, ref: PeriodRef) -> None:
    text = f"how mny xperia phones did sony sell in {phrase.lower()}, roughly?"
    [mention] = find_periods(text)
    assert mention.ref == ref
    assert text[mention.start : mention.end] == mention.text == phrase.lower()


@pytest.mark.parametrize(
    ("text", "said", "months"),
    [
        ("domestic sales sep-24?", "sep-24", ("2024-09-01", "2024-09-30")),
        ("jan 25 total units", "jan 25", ("2025-01-01", "2025-01-31")),
        ("May-25 sales", "May-25", ("2025-05-01", "2025-05-31")),
        ("cumulative sales apr 25 to jan 26", "apr 25 to jan 26", ("2025-04-01", "2026-01-31")),
        # after "end of", a month's whole name too: no day is said so
        ("stores at the end of june 25", "june 25", ("2025-06-01", "2025-06-30")),
    ],
)
def test_a_month_with_its_year_in_two_digits(text, said, months) -> None:
    [mention] = find_periods(text)
    assert mention.text == said
    assert mention.ref == ExactRef(P(*months))


@pytest.mark.parametrize(
    "text",
    [
        "sales on jan 25",
        "january 25 sales",
        "jan 25th sales",
        "sep 24 units sold",
        # a month's last day is a period's end: "ARR at jan 31", never January 2031
        "arr at jan 31",
        "backlog sep 30",
        "stores at the end of june 30",  # (a month's last day, even after "end of")
    ],
)
def test_a_month_with_a_day_or_an_amount_is_no_month_of_a_year(text) -> None:
    assert all(m.ref.period.months != 1 for m in find_periods(text) if isinstance(m.ref, ExactRef))


def test_a_bare_half_code_in_capitals() -> None:
    """'1H' alone is the first half (in lower case too before a word: see
    test_a_half_code_in_lower_case)."""
    [mention] = find_periods("sony 1H smartphone sales")
    assert mention.ref == HalfRef(1, None, None)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("how mny xperia phones did sony sell in fy13?", [("fy13", YearRef(2013, True))]),
        (
            "did xperia volumes rise in fy2013 compared with the year before",
            [("fy2013", YearRef(2013, True)), ("the year before", RelativeRef(None, -1, "year"))],
        ),
        (
            "phones shipped by sony in july-september 2013",
            [("july-september 2013", ExactRef(months(2013, 7, 2013, 9)))],
        ),
        (
            "sony's handset shipments in the june quarter of 2013",
            [("the june quarter of 2013", QuarterEndingRef(6, 2013))],
        ),
        (
            "sony's first fy2013 phone goal before it was revised down",
            [("fy2013", YearRef(2013, True))],
        ),
        ("sony's expected loss for fiscal 2014", [("fiscal 2014", YearRef(2014, True))]),
        (
            "sony's handset ambition for the year to march 2015",
            [("the year to march 2015", ExactRef(months(2014, 4, 2015, 3)))],
        ),
        (
            "units sony shipped in the fiscal year ending march 2014",
            [("the fiscal year ending march 2014", ExactRef(months(2013, 4, 2014, 3)))],
        ),
        (
            "sony sold 2000 units in 2013 and 39 million in fy2013",
            [("2013", YearRef(2013, None)), ("fy2013", YearRef(2013, True))],
        ),
        # (a year before the unit its figure is asked in, the scale's currency after it as
        # before it: "2025 M€" as "2025 €m")
        ("rest of eu turnover 2025 M€", [("2025", YearRef(2025, None))]),
        ("rest of eu turnover 2025 €m", [("2025", YearRef(2025, None))]),
        (
            "Q3 2013 vs the same quarter a year earlier",
            [
                ("Q3 2013", QuarterRef(3, 2013, None)),
                ("the same quarter a year earlier", RelativeRef(None, -1, "year", span=3)),
            ],
        ),
    ],
)
def test_questions(text: str, found: list[tuple[str, PeriodRef]]) -> None:
    mentions = find_periods(text)
    assert [(m.text, m.ref) for m in mentions] == found
    for m in mentions:
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "text",
    [
        "39 million",
        "42M",
        "29.6%",
        "top 3",
        "$1.25 billion",
        "Z2",
        "the Xperia Z1 and Z2",
        "5 questions in 10 seconds",
        "sold 2000 units",
        "2013 million phones",
        "1,250 devices",
        "before sony lowered it",
        "April and March",
        "in may we sold more",
        "12 months",
        "1h of talk time",
        "the 2h meeting",
        "ask 3 questions",
    ],
)
def test_not_periods(text: str) -> None:
    assert find_periods(text) == []


def test_latest_beside_a_definite_period_is_a_revision_word() -> None:
    assert [m.text for m in find_periods("sony latest smartphone target for fy2013")] == ["fy2013"]
    assert [m.ref for m in find_periods("latest sales vs the year before")] == [
        LatestRef(None),
        RelativeRef(None, -1, "year"),
    ]
    assert [m.ref for m in find_periods("the latest quarter vs Q3 2013")] == [
        LatestRef("quarter"),
        QuarterRef(3, 2013, None),
    ]


def test_longest_match_wins_and_mentions_do_not_overlap() -> None:
    text = "the quarter ending June 30, 2013 and FY2013 Q2 and between April 2013 and March 2014"
    assert [m.text for m in find_periods(text)] == [
        "the quarter ending June 30, 2013",
        "FY2013 Q2",
        "between April 2013 and March 2014",
    ]


def test_relative_base_may_itself_be_relative() -> None:
    [m] = find_periods("the year before the year before FY2013")
    assert m.ref == RelativeRef(RelativeRef(YearRef(2013, True), -1, "year"), -1, "year")
    assert resolve(m.ref, SONY) == [SONY.year(2011)]


# ------------------------------------------------------------------------ resolve

RESOLVED: list[tuple[PeriodRef, FiscalCalendar, list[Period]]] = [
    (YearRef(2013, None), SONY, [months(2013, 1, 2013, 12), months(2013, 4, 2014, 3)]),
    (YearRef(2013, None), CALENDAR, [months(2013, 1, 2013, 12)]),
    (YearRef(2014, None), MICROSOFT, [months(2014, 1, 2014, 12), months(2013, 7, 2014, 6)]),
    (YearRef(2013, True), SONY, [months(2013, 4, 2014, 3)]),
    (YearRef(2014, True), MICROSOFT, [months(2013, 7, 2014, 6)]),
    (YearRef(2013, True), CALENDAR, [months(2013, 1, 2013, 12)]),
    (YearRef(2013, False), SONY, [months(2013, 1, 2013, 12)]),
    (SplitYearRef(2013, 2014), SONY, [months(2013, 4, 2014, 3)]),
    (SplitYearRef(2013, 2014), MICROSOFT, [months(2013, 7, 2014, 6)]),
    (SplitYearRef(2013, 2014), CALENDAR, []),
    (QuarterRef(3, 2013, None), SONY, [months(2013, 7, 2013, 9), months(2013, 10, 2013, 12)]),
    (QuarterRef(3, 2013, None), CALENDAR, [months(2013, 7, 2013, 9)]),
    (QuarterRef(2, 2013, True), SONY, [months(2013, 7, 2013, 9)]),
    (QuarterRef(1, 2014, True), MICROSOFT, [months(2013, 7, 2013, 9)]),
    (QuarterRef(3, 2013, False), SONY, [months(2013, 7, 2013, 9)]),
    (HalfRef(1, 2013, None), SONY, [months(2013, 1, 2013, 6), months(2013, 4, 2013, 9)]),
    (HalfRef(2, 2013, True), SONY, [months(2013, 10, 2014, 3)]),
    (HalfRef(1, 2014, None), MICROSOFT, [months(2014, 1, 2014, 6), months(2013, 7, 2013, 12)]),
    (QuarterEndingRef(6, 2013), SONY, [months(2013, 4, 2013, 6)]),
    (QuarterEndingRef(1, 2014), CALENDAR, [months(2013, 11, 2014, 1)]),
    (ExactRef(P("2013-04-03", "2013-05-09")), SONY, [P("2013-04-03", "2013-05-09")]),
    (RelativeRef(YearRef(2013, True), -1, "year"), SONY, [months(2012, 4, 2013, 3)]),
    (RelativeRef(YearRef(2013, True), 1, "year"), MICROSOFT, [months(2013, 7, 2014, 6)]),
    (
        RelativeRef(QuarterRef(3, 2013, None), -1, "quarter"),
        SONY,
        [months(2013, 4, 2013, 6), months(2013, 7, 2013, 9)],
    ),
    (RelativeRef(QuarterRef(1, 2013, True), 1, "quarter"), SONY, [months(2013, 7, 2013, 9)]),
    # a month's neighbour: of a month, or next to a longer period's first or last month
    (
        RelativeRef(ExactRef(months(2025, 10, 2025, 10)), -1, "month"),
        SONY,
        [months(2025, 9, 2025, 9)],
    ),
    (RelativeRef(YearRef(2013, True), -1, "month"), SONY, [months(2013, 3, 2013, 3)]),
    (RelativeRef(QuarterRef(2, 2013, True), 1, "month"), SONY, [months(2013, 10, 2013, 10)]),
    (QuarterRef(3, None, None), SONY, []),
    (HalfRef(1, None, True), SONY, []),
    (QuarterEndingRef(6, None), SONY, []),
    (LatestRef("quarter"), SONY, []),
    (RelativeRef(None, -1, "year"), SONY, []),
]


@pytest.mark.parametrize(("ref", "cal", "expected"), RESOLVED)
def test_resolve(ref: PeriodRef, cal: FiscalCalendar, expected: list[Period]) -> None:
    assert resolve(ref, cal) == expected


def test_resolve_relative_to_an_anchor() -> None:
    q3 = months(2013, 7, 2013, 9)
    assert resolve(RelativeRef(None, -1, "year"), SONY, q3) == [months(2012, 7, 2012, 9)]
    assert resolve(RelativeRef(None, -1, "quarter"), SONY, q3) == [months(2013, 4, 2013, 6)]
    assert resolve(RelativeRef(None, -2, "year"), SONY, SONY.year(2013)) == [SONY.year(2011)]
    # month ends stay month ends: Feb 29 in a leap year, Feb 28 otherwise
    leap = months(2011, 12, 2012, 2)
    assert resolve(RelativeRef(None, 1, "year"), CALENDAR, leap) == [months(2012, 12, 2013, 2)]


def test_matches_unanchored() -> None:
    apr_jun, jul_sep, oct_dec = (months(2013, m, 2013, m + 2) for m in (4, 7, 10))
    assert matches_unanchored(QuarterEndingRef(6, None), apr_jun, SONY)
    assert not matches_unanchored(QuarterEndingRef(6, None), jul_sep, SONY)
    assert not matches_unanchored(QuarterEndingRef(6, None), months(2013, 1, 2013, 6), SONY)
    # "the third quarter": calendar Q3 or Sony's fiscal Q3
    assert matches_unanchored(QuarterRef(3, None, None), jul_sep, SONY)
    assert matches_unanchored(QuarterRef(3, None, None), oct_dec, SONY)
    assert not matches_unanchored(QuarterRef(3, None, None), apr_jun, SONY)
    assert not matches_unanchored(QuarterRef(3, None, True), jul_sep, SONY)
    assert not matches_unanchored(QuarterRef(3, None, None), oct_dec, CALENDAR)
    assert matches_unanchored(HalfRef(2, None, True), months(2013, 10, 2014, 3), SONY)
    assert matches_unanchored(LatestRef("quarter"), apr_jun, SONY)
    assert not matches_unanchored(LatestRef("quarter"), SONY.year(2013), SONY)
    assert matches_unanchored(LatestRef("year"), SONY.year(2013), SONY)
    assert matches_unanchored(LatestRef(None), P("2013-04-03", "2013-05-09"), SONY)
    assert matches_unanchored(RelativeRef(None, -1, "year"), months(2013, 1, 2013, 12), SONY)
    assert matches_unanchored(RelativeRef(None, -1, "quarter"), apr_jun, SONY)
    assert not matches_unanchored(RelativeRef(None, -1, "quarter"), SONY.year(2013), SONY)
    assert matches_unanchored(YearRef(2013, True), SONY.year(2013), SONY)


# -------------------------------------------------------------------- parse_period


@pytest.mark.parametrize(
    ("text", "cal", "expected"),
    [
        ("FY2013", SONY, months(2013, 4, 2014, 3)),
        ("fy13", MICROSOFT, months(2012, 7, 2013, 6)),
        ("2013", SONY, months(2013, 1, 2013, 12)),
        ("FY 2013/14", MICROSOFT, months(2013, 7, 2014, 6)),
        ("Q3 2013", SONY, months(2013, 7, 2013, 9)),
        ("Q2 FY2013", SONY, months(2013, 7, 2013, 9)),
        ("  the June quarter of 2013 ", SONY, months(2013, 4, 2013, 6)),
        ("2013-04-01/2014-03-31", CALENDAR, P("2013-04-01", "2014-03-31")),
        ("3 Apr 2013", CALENDAR, P("2013-04-03", "2013-04-03")),
        ("FY2013 (Apr 2013 – Mar 2014)", SONY, months(2013, 4, 2014, 3)),
        ("Q3 2013 (Jul – Sep 2013, fiscal Q2 FY2013)", SONY, months(2013, 7, 2013, 9)),
        # the parenthesis picks the fiscal reading of an ambiguous name
        ("Q3 2013 (Oct – Dec 2013)", SONY, months(2013, 10, 2013, 12)),
        ("the June quarter (Apr – Jun 2013)", SONY, months(2013, 4, 2013, 6)),
        ("the year before FY2013", SONY, months(2012, 4, 2013, 3)),
    ],
)
def test_parse_period(text: str, cal: FiscalCalendar, expected: Period) -> None:
    assert parse_period(text, cal) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "xyz",
        "FY2013 and FY2014",
        "in FY2013",
        "the June quarter",
        "latest",
        "last year",
        "Q5 2013",
        "FY2013/15",
        "39 million",
        "FY2013 (Apr 2012 – Mar 2013)",
    ],
)
def test_parse_period_rejects(text: str) -> None:
    with pytest.raises(SalesBotError, match="period"):
        parse_period(text, SONY)


def test_parse_period_messages() -> None:
    with pytest.raises(SalesBotError, match=r"^unknown period 'xyz': try FY2013"):
        parse_period("xyz")
    with pytest.raises(SalesBotError, match=r"unparseable period"):
        parse_period("2013-02-30/2014-01-01")
    with pytest.raises(SalesBotError, match="say which year"):
        parse_period("the third quarter", SONY)


# ---------------------------------------------------------------------- formatting


@pytest.mark.parametrize(
    ("period", "cal", "short", "long"),
    [
        (months(2013, 4, 2014, 3), SONY, "FY2013", "FY2013 (Apr 2013 – Mar 2014)"),
        (months(2013, 7, 2014, 6), MICROSOFT, "FY2014", "FY2014 (Jul 2013 – Jun 2014)"),
        (months(2013, 1, 2013, 12), CALENDAR, "2013", "2013"),
        (months(2013, 1, 2013, 12), SONY, "2013", "2013 (Jan – Dec 2013)"),
        (
            months(2013, 7, 2013, 9),
            SONY,
            "Q3 2013",
            "Q3 2013 (Jul – Sep 2013, fiscal Q2 FY2013)",
        ),
        (months(2013, 7, 2013, 9), CALENDAR, "Q3 2013", "Q3 2013 (Jul – Sep 2013)"),
        (months(2013, 1, 2013, 6), CALENDAR, "H1 2013", "H1 2013 (Jan – Jun 2013)"),
        (months(2013, 4, 2013, 9), SONY, "H1 FY2013", "H1 FY2013 (Apr – Sep 2013)"),
        (
            months(2014, 1, 2014, 6),
            MICROSOFT,
            "H1 2014",
            "H1 2014 (Jan – Jun 2014, fiscal H2 FY2014)",
        ),
        (
            months(2013, 3, 2013, 5),
            FiscalCalendar.of("02-28", "end"),
            "Q1 FY2014",
            "Q1 FY2014 (Mar – May 2013)",
        ),
        (months(2013, 6, 2013, 6), SONY, "Jun 2013", "Jun 2013"),
        (months(2012, 7, 2013, 6), SONY, "Jul 2012 – Jun 2013", "Jul 2012 – Jun 2013"),
        (P("2013-04-03", "2013-05-09"), SONY, "3 Apr 2013 – 9 May 2013", "3 Apr 2013 – 9 May 2013"),
        (P("2013-04-03", "2013-04-03"), SONY, "3 Apr 2013", "3 Apr 2013"),
    ],
)
def test_label_and_describe(period: Period, cal: FiscalCalendar, short: str, long: str) -> None:
    assert label(period, cal) == short
    assert describe(period, cal) == long
    assert parse_period(short, cal) == period
    assert parse_period(long, cal) == period


def test_span() -> None:
    assert span(months(2013, 4, 2014, 3)) == "Apr 2013 – Mar 2014"
    assert span(months(2013, 7, 2013, 9)) == "Jul – Sep 2013"
    assert span(months(2013, 1, 2013, 12)) == "Jan – Dec 2013"
    assert span(months(2013, 6, 2013, 6)) == "Jun 2013"
    assert span(P("2013-04-03", "2013-05-09")) == "3 Apr 2013 – 9 May 2013"


def test_previous_and_year_earlier() -> None:
    assert previous(SONY.year(2013)) == SONY.year(2012)
    assert previous(months(2013, 7, 2013, 9)) == months(2013, 4, 2013, 6)
    assert previous(months(2013, 1, 2013, 3)) == months(2012, 10, 2012, 12)
    assert previous(P("2013-04-03", "2013-04-12")) == P("2013-03-24", "2013-04-02")
    assert year_earlier(months(2013, 7, 2013, 9)) == months(2012, 7, 2012, 9)
    assert year_earlier(months(2013, 2, 2013, 2)) == months(2012, 2, 2012, 2)  # to Feb 29
    assert year_earlier(P("2012-02-29", "2012-03-05")) == P("2011-02-28", "2011-03-05")


# ---------------------------------------------------------------------- properties

calendars = st.builds(
    lambda month, named_by: FiscalCalendar(month, monthrange(2001, month)[1], named_by),
    st.integers(1, 12),
    st.sampled_from(["start", "end"]),
)
years = st.integers(1990, 2060)


@st.composite
def periods(draw: st.DrawFn, cal: FiscalCalendar) -> Period:
    kind = draw(st.sampled_from(["fy", "fq", "fh", "cy", "cq", "ch", "months", "days"]))
    year = draw(years)
    if kind == "fy":
        return cal.year(year)
    if kind == "fq":
        return cal.quarter(year, draw(st.integers(1, 4)))
    if kind == "fh":
        return cal.half(year, draw(st.integers(1, 2)))
    if kind == "cy":
        return CALENDAR.year(year)
    if kind == "cq":
        return CALENDAR.quarter(year, draw(st.integers(1, 4)))
    if kind == "ch":
        return CALENDAR.half(year, draw(st.integers(1, 2)))
    start = draw(st.dates(date(1990, 1, 1), date(2060, 12, 31)))
    end = draw(st.dates(start, date(2060, 12, 31)))
    if kind == "months":
        return months(start.year, start.month, end.year, end.month)
    return Period(start, end)


@st.composite
def calendar_and_period(draw: st.DrawFn) -> tuple[FiscalCalendar, Period]:
    cal = draw(calendars)
    return cal, draw(periods(cal))


@settings(max_examples=400)
@given(calendar_and_period())
def test_label_and_describe_round_trip(case: tuple[FiscalCalendar, Period]) -> None:
    cal, p = case
    assert parse_period(label(p, cal), cal) == p
    assert parse_period(describe(p, cal), cal) == p
    assert Period.from_iso(p.iso()) == p
    assert parse_period(p.iso(), cal) == p


@settings(max_examples=200)
@given(calendar_and_period())
def test_found_in_text_resolves_to_the_same_period(case: tuple[FiscalCalendar, Period]) -> None:
    cal, p = case
    for name in (label(p, cal), describe(p, cal)):
        text = f"sales in {name} were up"
        [mention] = find_periods(text)
        assert mention.text == name
        assert resolve(mention.ref, cal)[0] == p


@given(calendars, years, st.integers(1, 4))
def test_fiscal_parts_tile_the_year(cal: FiscalCalendar, fy: int, q: int) -> None:
    year = cal.year(fy)
    assert cal.quarter(fy, 1).start == year.start and cal.quarter(fy, 4).end == year.end
    assert cal.half(fy, 1).start == year.start and cal.half(fy, 2).end == year.end
    assert cal.fiscal_year_of(cal.quarter(fy, q).start) == fy
    assert cal.fiscal_year_of(cal.quarter(fy, q).end) == fy
    assert previous(cal.quarter(fy, 1)) == cal.quarter(fy - 1, 4)
    assert year_earlier(cal.quarter(fy, q)) == cal.quarter(fy - 1, q)


@given(calendars, st.integers(1, 12), st.integers(1, 28), years)
def test_non_month_end_year_ends_give_whole_months(
    cal: FiscalCalendar, month: int, day: int, fy: int
) -> None:
    odd = FiscalCalendar(month, day, cal.named_by)
    year = odd.year(fy)
    assert year.start.day == 1 and year.months == 12
    assert parse_period(label(year, odd), odd) == year
    assert parse_period(describe(year, odd), odd) == year


# -- fiscal-year-by-end-month, parts of a year: properties --------------------------------


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=1990, max_value=2049))
def test_fy_month_slash_year_is_the_twelve_months_ending_that_month(month: int, year: int):
    """'FY3/14' is the year ending March 2014, whatever the company's naming."""
    # 'FY10/11' is also the split year FY2010/11, the reading the grammar prefers.
    assume(year % 100 != month + 1)
    for text in (f"FY{month}/{year % 100:02d}", f"fy {month}/{year}"):
        (m,) = find_periods(f"revenue in {text} please")
        (period,) = resolve(m.ref, CALENDAR)
        assert period.end.year == year and period.end.month == month
        assert period.months == 12


@given(
    st.sampled_from(["first", "last", "final"]),
    st.sampled_from([("three", 3), ("3", 3), ("six", 6)]),
    st.integers(min_value=1990, max_value=2089),
)
def test_first_or_last_months_of_a_year(which: str, count: tuple[str, int], year: int):
    word, months = count
    (m,) = find_periods(f"sales in the {which} {word} months of {year}")
    (period,) = resolve(m.ref, CALENDAR)
    assert period.months == months
    if which == "first":
        assert (period.start.year, period.start.month) == (year, 1)
    else:
        assert (period.end.year, period.end.month) == (year, 12)


# -- every notation of a part of a year, under every kind of calendar ----------------------

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]  # fmt: skip
# Calendars as companies have them: years ending Mar/Jun/Sep/Dec/Jan, named by start or end.
KINDS = st.builds(
    lambda month, named_by: FiscalCalendar(month, monthrange(2001, month)[1], named_by),
    st.sampled_from([3, 6, 9, 12, 1]),
    st.sampled_from(["start", "end"]),
)


def _only(text: str, cal: FiscalCalendar) -> Period:
    (m,) = find_periods(f"how much revenue in {text} please")
    return resolve(m.ref, cal)[0]


@given(KINDS, years, st.integers(1, 4))
def test_fiscal_quarter_notations_agree(cal: FiscalCalendar, fy: int, q: int) -> None:
    want = cal.quarter(fy, q)
    ordinal = ["first", "second", "third", "fourth"][q - 1]
    for text in (f"fiscal Q{q} FY{fy}", f"FQ{q} {fy}", f"fq{q} fy{fy % 100:02d}",
                 f"FY{fy} Q{q}", f"the {ordinal} quarter of fiscal {fy}"):  # fmt: skip
        assert _only(text, cal) == want, text


@given(KINDS, years, st.integers(1, 2))
def test_fiscal_half_notations_agree(cal: FiscalCalendar, fy: int, h: int) -> None:
    want = cal.half(fy, h)
    ordinal = ["first", "second"][h - 1]
    for text in (f"H{h} FY{fy}", f"{h}H FY{fy % 100:02d}", f"fiscal H{h} {fy}",
                 f"the {ordinal} half of fiscal {fy}"):  # fmt: skip
        assert _only(text, cal) == want, text


@given(KINDS, years, st.integers(1, 4))
def test_year_first_quarters_are_calendar_quarters_first(cal, year, q) -> None:
    for text in (f"{year} Q{q}", f"{year}-Q{q}", f"{year} {q}Q"):
        assert _only(text, cal) == CALENDAR.quarter(year, q), text


@given(st.integers(1, 12), st.integers(1990, 2049), st.integers(1, 4), KINDS)
def test_parts_of_a_year_named_by_its_end_month_need_no_calendar(month, year, q, cal) -> None:
    """'Q3 FY3/22', 'H1 FY3/22', '9M FY3/22': the year ending that month, whoever asks."""
    assume(year % 100 != month + 1)  # 'FY10/11' is the split year FY2010/11
    name = f"FY{month}/{year % 100:02d}"
    first = date(year - 1 + (month == 12), month % 12 + 1, 1)  # the year's first month
    quarter = _only(f"Q{q} {name}", cal)
    assert quarter.months == 3 and quarter == _only(f"{name} Q{q}", cal)
    assert (quarter.start.year * 12 + quarter.start.month) - (
        first.year * 12 + first.month
    ) == 3 * (q - 1)
    half = _only(f"the first half of {name}", cal)
    assert half.start == first and half.months == 6 and half == _only(f"H1 {name}", cal)
    nine = _only(f"9M {name}", cal)
    assert nine.start == first and nine.months == 9


@given(KINDS, years, st.sampled_from(["the first nine months of fiscal {y}", "9M FY{y}"]))
def test_nine_months_of_a_fiscal_year(cal, fy, pattern) -> None:
    got = _only(pattern.format(y=fy), cal)
    assert got.start == cal.year(fy).start and got.months == 9


@given(KINDS, st.integers(1, 12), years, st.sampled_from(["{m} {y}", "{m} 30, {y}", "30 {m} {y}"]))
def test_a_year_named_by_its_end(cal, month, year, end) -> None:
    """'the fiscal year that ended June 2024', 'FYE Sep 2019', 'the year to March 2022'."""
    assume(month != 2 or "30" not in end)
    when = end.format(m=MONTH_NAMES[month - 1], y=year)
    for text in (f"the fiscal year that ended {when}", f"FYE {when}", f"the year to {when}"):
        got = _only(text, cal)
        assert (got.end.year, got.end.month, got.months) == (year, month, 12), text


def _span_to(last: int, count: int, year: int = 2022) -> Period:
    """COUNT whole months ending with month LAST of YEAR."""
    first = year * 12 + last - count  # month index of the first month, 0-based
    start = date(first // 12, first % 12 + 1, 1)
    return Period(start, date(year, last, monthrange(year, last)[1]))


@given(KINDS, st.integers(1, 12), st.integers(1, 12))
def test_months_without_a_year_fit_any_year_of_that_shape(cal, first, last) -> None:
    """'Jan–Sep', 'April to June', 'the year to March': a span whose year is not said."""
    count = (last - first) % 12 + 1
    (m,) = find_periods(f"sales {MONTH_NAMES[first - 1][:3]}–{MONTH_NAMES[last - 1][:3]} pls")
    assert resolve(m.ref, cal) == []
    assert matches_unanchored(m.ref, _span_to(last, count), cal)
    assert matches_unanchored(m.ref, year_earlier(_span_to(last, count)), cal)
    if count < 12:
        assert not matches_unanchored(m.ref, _span_to(last % 12 + 1, count), cal)
    (y,) = find_periods(f"the year to {MONTH_NAMES[last - 1]}")
    assert matches_unanchored(y.ref, _span_to(last, 12), cal)
    assert not matches_unanchored(y.ref, _span_to(last, 6), cal)


@given(KINDS, st.integers(2000, 2040), st.sampled_from(["the holiday season", "Christmas",
       "the nine-week holiday period"]))  # fmt: skip
def test_a_trading_season_fits_its_own_short_spans_only(cal, year, words) -> None:
    (m,) = find_periods(f"comparable sales over {words} {year} please")
    nine_weeks = Period(date(year, 10, 29), date(year, 12, 30))
    assert resolve(m.ref, cal) == []
    assert matches_unanchored(m.ref, nine_weeks, cal)
    assert matches_unanchored(m.ref, CALENDAR.quarter(year, 4), cal)
    assert not matches_unanchored(m.ref, CALENDAR.year(year), cal)  # the whole year
    assert not matches_unanchored(m.ref, CALENDAR.quarter(year, 3), cal)  # not the season
    assert not matches_unanchored(m.ref, year_earlier(nine_weeks), cal)  # another year


def test_a_season_that_dates_a_statement_is_no_period() -> None:
    assert find_periods("the forecast before the summer cut") == []
    assert [m.text for m in find_periods("the holiday cut to guidance")] == []


def test_a_whole_year_is_the_latest_year_unless_one_is_named() -> None:
    assert [m.ref for m in find_periods("full-year revenue please")] == [LatestRef("year")]
    assert [m.ref for m in find_periods("annual sales")] == [LatestRef("year")]
    assert [m.text for m in find_periods("full-year revenue for fiscal 2023")] == ["fiscal 2023"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("backlog at 31.10.2024", date(2024, 10, 31)),  # dots: day.month.year
        ("backlog at 1.2.2025", date(2025, 2, 1)),
        ("backlog at 31.10.24", date(2024, 10, 31)),
        ("backlog at 31/10/2024", date(2024, 10, 31)),  # slashes: the order the numbers allow
        ("backlog at 10/31/2024", date(2024, 10, 31)),
    ],
)
def test_a_numeric_date_is_one_day(text: str, day: date) -> None:
    (mention,) = find_periods(text)
    assert mention.ref == ExactRef(Period(day, day))


@pytest.mark.parametrize("text", ["at 04/05/2024", "at 31.13.2024", "at 31.10/2024"])
def test_a_numeric_date_that_could_be_two_days_or_none_is_no_period(text: str) -> None:
    assert find_periods(text) == []


@pytest.mark.parametrize(
    ("text", "last_month", "period"),
    [
        ("Q2 2024/25", 4, ("2024-08-01", "2024-10-31")),
        ("H1 FY2024/25", 4, ("2024-05-01", "2024-10-31")),
        ("the fourth quarter of 2024/25", 4, ("2025-02-01", "2025-04-30")),
        ("2024/25 Q1", 6, ("2024-07-01", "2024-09-30")),
        ("2Q 2024-25", 3, ("2024-07-01", "2024-09-30")),
    ],
)
def test_a_part_of_a_split_year_is_that_fiscal_years_part(text, last_month, period) -> None:
    (mention,) = find_periods(text)
    for named_by in ("start", "end"):
        cal = FiscalCalendar(
            end_month=last_month, end_day=monthrange(2024, last_month)[1], named_by=named_by
        )
        start, end = (date.fromisoformat(d) for d in period)
        assert resolve(mention.ref, cal) == [Period(start, end)]


def test_a_resolved_reference_is_the_callers_own_list_and_the_same_each_time() -> None:
    from bot.facts.periods import QuarterRef, RelativeRef, resolve
    from bot.facts.periods.resolving import _resolve

    cal = FiscalCalendar(3, 31, "start")
    for ref in (QuarterRef(2, 2024, True), RelativeRef(QuarterRef(2, 2024, None), -1, "year")):
        first = resolve(ref, cal)
        first.append(Period(date(2000, 1, 1), date(2000, 1, 31)))  # the caller's own
        assert resolve(ref, cal) == _resolve(ref, cal) == first[:-1]
        assert resolve(ref, FiscalCalendar()) == _resolve(ref, FiscalCalendar())


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("subs at the end of september", 9),
        # chat's own: no "at", no "of" (added on 19d2d969, where "FI mobile subscriptions
        # end of september" and "broadband connections end sept" were refused)
        ("FI mobile subscriptions end of september", 9),
        ("norway broadband connections end sept", 9),
    ],
)
def test_a_months_end_with_no_year(text, month) -> None:
    assert [m.ref for m in find_periods(text)] == [MonthEndRef(month)]


@pytest.mark.parametrize(
    "text", ["the top end of june guidance", "low end of june range", "revenue year end of june"]
)
def test_an_end_that_is_no_months_end(text) -> None:
    assert find_periods(text) == []


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        # a half's code in lower case before the figure's name: the half (failed before
        # 2026-12-05: "1h" was read as nothing, and the question refused)
        ("1h operating profit fall yoy", [HalfRef(1, None, None)]),
        ("op profit change 2h yoy", [HalfRef(2, None, None)]),
        ("1H sales", [HalfRef(1, None, None)]),
        # guards: an hour, said alone
        ("the call lasted 1h", []),
        ("back in 1h", []),
    ],
)
def test_a_half_code_in_lower_case(text, refs) -> None:
    assert [m.ref for m in find_periods(text)] == refs
