"""Period resolution: a phrase, the day it was stated, the kind of figure and the period
the text was just talking about -> the period meant, under the entity's calendar."""

from __future__ import annotations

from datetime import date

import pytest

from bot.facts.model import Kind, Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.spans import resolve_time
from bot.ingest.timing import find_times

APRIL = FiscalCalendar.of("03-31", "start")
JANUARY_END = FiscalCalendar.of("01-31", "end")  # FY2024 = Feb 2023 – Jan 2024
CAL = FiscalCalendar.of(None, None)
Q3_2013 = Period(date(2013, 7, 1), date(2013, 9, 30))
A, T, F = Kind.ACTUAL, Kind.TARGET, Kind.FORECAST

CASES = [
    ("last year", date(2014, 5, 14), APRIL, A, None, "2013-04-01/2014-03-31"),
    ("this year", date(2014, 5, 14), APRIL, T, None, "2014-04-01/2015-03-31"),
    ("the coming fiscal year", date(2014, 5, 14), APRIL, T, None, "2014-04-01/2015-03-31"),
    ("the coming fiscal year", date(2014, 10, 1), APRIL, T, None, "2015-04-01/2016-03-31"),
    (
        "its new fiscal year, which runs until March 2015",
        date(2014, 5, 14),
        APRIL,
        T,
        None,
        "2014-04-01/2015-03-31",
    ),
    (
        "the fiscal year (ending in March 2014)",
        date(2013, 10, 31),
        APRIL,
        T,
        None,
        "2013-04-01/2014-03-31",
    ),
    ("the full fiscal year", date(2014, 5, 14), APRIL, A, None, "2013-04-01/2014-03-31"),
    ("the fiscal year", date(2014, 2, 1), APRIL, T, None, "2013-04-01/2014-03-31"),
    ("the last fiscal year", date(2014, 5, 14), APRIL, A, None, "2013-04-01/2014-03-31"),
    ("the 12 months ending March 2015", date(2014, 5, 14), APRIL, F, None, "2014-04-01/2015-03-31"),
    ("the same period last year", date(2013, 10, 31), APRIL, A, Q3_2013, "2012-07-01/2012-09-30"),
    ("a year earlier", date(2013, 10, 31), APRIL, A, Q3_2013, "2012-07-01/2012-09-30"),
    (
        "the quarter ending in June 2013",
        date(2013, 10, 31),
        APRIL,
        A,
        None,
        "2013-04-01/2013-06-30",
    ),
    ("last quarter", date(2013, 10, 31), APRIL, A, None, "2013-07-01/2013-09-30"),
    ("the third quarter of 2013", date(2013, 10, 31), APRIL, A, None, "2013-07-01/2013-09-30"),
    ("fiscal Q2", date(2013, 10, 31), APRIL, A, None, "2013-07-01/2013-09-30"),
    ("its fourth quarter", date(2024, 3, 5), JANUARY_END, A, None, "2023-11-01/2024-01-31"),
    ("fiscal 2025", date(2024, 3, 5), JANUARY_END, F, None, "2024-02-01/2025-01-31"),
    (
        "the year before",
        date(2014, 5, 14),
        APRIL,
        A,
        Period(date(2013, 4, 1), date(2014, 3, 31)),
        "2012-04-01/2013-03-31",
    ),
    ("last year", date(2014, 5, 14), CAL, A, None, "2013-01-01/2013-12-31"),
]


@pytest.mark.parametrize(
    ("phrase", "stated", "cal", "kind", "anchor", "expected"),
    CASES,
    ids=[f"{c[0]} @{c[1]}" for c in CASES],
)
def test_resolves(phrase, stated, cal, kind, anchor, expected):
    (mention,) = [m for m in find_times(phrase, stated) if not m.is_date]
    assert mention.text.strip("()") in phrase
    period = resolve_time(mention, cal=cal, as_of=stated, kind=kind, anchor=anchor)
    assert period is not None and period.iso() == expected


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("In February, Sony lowered its target", date(2014, 5, 14), date(2014, 2, 1)),
        ("In November, the company said", date(2014, 5, 14), date(2013, 11, 1)),
        ("On Jan. 30, Kite cut its forecast", date(2014, 5, 14), date(2014, 1, 30)),
        ("Kite said last month that", date(2014, 5, 14), date(2014, 4, 1)),
    ],
)
def test_statement_dates(text, published, day):
    dates = [m for m in find_times(text, published) if m.is_date]
    assert dates and dates[0].day == day


def test_may_the_verb_is_not_a_month():
    assert not [m for m in find_times("Sales may rise this year", date(2014, 5, 14)) if m.is_date]


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("the nine months to September", date(2024, 7, 25), "2024-01-01/2024-09-30"),
        ("the nine weeks to 4 January", date(2024, 1, 11), "2023-11-03/2024-01-04"),
        ("the six months ended June 30, 2024", date(2024, 8, 1), "2024-01-01/2024-06-30"),
        ("9M 2025", date(2025, 11, 6), "2025-01-01/2025-09-30"),
        ("the first half of last year", date(2025, 7, 31), "2024-01-01/2024-06-30"),
        ("the year-ago quarter", date(2025, 2, 5), "2023-10-01/2023-12-31"),
    ],
)
def test_spans_counted_back_from_a_day_and_parts_of_named_years(phrase, published, expected):
    from bot.facts.model import Kind
    from bot.facts.periods import CALENDAR
    from bot.ingest.spans import resolve_time
    from bot.ingest.timing import find_times

    (m,) = find_times(phrase, published)
    period = resolve_time(m, cal=CALENDAR, as_of=published, kind=Kind.ACTUAL, anchor=None)
    assert period is not None and period.iso() == expected


def _in_report(text: str, published: date) -> set[tuple]:
    from bot.ingest.extract import KnownEntity, extract

    ex = extract(
        text,
        published=published,
        entity=KnownEntity("Aldwick Stores", (), FiscalCalendar.of("08-31", "end")),
    )
    return {(p.period.iso(), p.value, p.unit) for p in ex.proposals}


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        ("Like-for-like sales rose 3.1% in the 12 weeks.", ("2024-10-13/2025-01-04", 3.1)),
        ("Total sales for the period were £40.5 million.", ("2024-10-13/2025-01-04", 40.5e6)),
    ],
)
def test_a_span_named_once_is_the_period_of_the_next_sentences(later, expected):
    text = "Aldwick Stores issued a trading update for the 12 weeks to 4 January 2025. " + later
    got = _in_report(text, date(2025, 1, 9))
    assert (expected[0], expected[1], "percent" if expected[1] < 100 else "GBP") in got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Net sales for the nine months ended September 30, 2025 were $2.4 billion, compared "
            "with $2.3 billion for the same period of 2024.",
            {("2025-01-01/2025-09-30", 2.4e9), ("2024-01-01/2024-09-30", 2.3e9)},
        ),
        (
            "Net sales in the third quarter of 2025 were $842.6 million, against $786.7 million "
            "in the comparable quarter of 2024.",
            {("2025-07-01/2025-09-30", 842.6e6), ("2024-07-01/2024-09-30", 786.7e6)},
        ),
    ],
)
def test_the_same_period_of_a_named_year_is_the_period_just_named_moved(sentence, expected):
    got = _in_report("Aldwick Stores: results. " + sentence, date(2025, 11, 5))
    assert {(period, value) for period, value, _ in got} == expected


# A running total with no launch date is never the quarter nearby: with the report's own
# launch date it starts there; without one it is left for the admin (no proposal).
_RESULTS = (
    "Nimbus Consoles reports third-quarter results\n\n"
    "Nimbus Consoles said on Tuesday that it sold 2.1 million Aero consoles in the quarter "
    "ended September 30, 2025.\n{line}\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "The Aero has sold 15 million units to date.",
        "Since launch, the Aero has sold 15.5 million units, the company said.",
    ],
)
def test_a_total_to_date_is_not_the_quarter_it_is_reported_in(line):
    from bot.ingest.extract import extract

    found = extract(_RESULTS.format(line=line), published=date(2025, 10, 28)).proposals
    quarter = Period(date(2025, 7, 1), date(2025, 9, 30))
    assert [p.value for p in found if p.period == quarter] == [2_100_000]


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        # report and question read these with one grammar: the spans below come from it
        ("the 18 weeks to 4 January", date(2025, 1, 9), "2024-09-01/2025-01-04"),
        (
            "between the end of March and the end of June",
            date(2025, 7, 20),
            "2025-04-01/2025-06-30",
        ),
        ("the first two quarters", date(2025, 7, 20), "2025-01-01/2025-06-30"),
        ("9M revenue", date(2025, 11, 5), "2025-01-01/2025-09-30"),
        ("the back half of 2024", date(2025, 2, 5), "2024-07-01/2024-12-31"),
    ],
)
def test_notations_of_the_question_grammar_in_reports(phrase, published, expected):
    (m,) = [t for t in find_times(phrase, published) if t.mode != "month"]
    period = resolve_time(m, cal=CAL, as_of=published, kind=A, anchor=None)
    assert period is not None and period.iso() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sold 61,000, counting through the end of September this year.", "2024-09-01/2024-09-30"),
        ("sales in March last year rose", "2023-03-01/2023-03-31"),
    ],
)
def test_a_month_of_this_or_last_year(text, expected):
    (m,) = find_times(text, date(2024, 11, 19))
    period = resolve_time(m, cal=APRIL, as_of=date(2024, 11, 19), kind=A, anchor=None)
    assert period is not None and period.iso() == expected


def test_a_month_then_a_comma_then_this_year_stays_a_statement_date():
    times = find_times("In February, this year's target was cut.", date(2024, 11, 19))
    assert [t.mode for t in times] == ["month", "deictic"]
