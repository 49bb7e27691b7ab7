"""One row per way a report states a figure: the sentence, when it was published, and
the facts it must give (metric, kind, period, value, unit, as of). Companies, products and
figures are made up, so nothing here is tuned to the seed reports."""

from __future__ import annotations

from datetime import date

import pytest

from bot.facts.model import Kind
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

APRIL = FiscalCalendar.of("03-31", "start")  # FY2013 = Apr 2013 – Mar 2014
JUNE_END = FiscalCalendar.of("06-30", "end")  # FY2024 = Jul 2023 – Jun 2024
CALENDAR_YEARS = FiscalCalendar.of(None, None)
A, T, F = Kind.ACTUAL, Kind.TARGET, Kind.FORECAST

CASES = [
    # sold N <product> last fiscal year, up from M the year before: two facts, the second
    # anaphoric
    (
        "Kite said it sold 12 million tablets last fiscal year, up from 9 million the year before.",
        date(2016, 5, 10),
        APRIL,
        [
            ("tablets sold", A, "2015-04-01/2016-03-31", 12e6, "units", "2016-05-10"),
            ("tablets sold", A, "2014-04-01/2015-03-31", 9e6, "units", "2016-05-10"),
        ],
    ),
    # hopes to sell ... in its coming fiscal year: a target for the next fiscal year
    (
        "Kite hopes to sell 15 million tablets in its coming fiscal year.",
        date(2016, 5, 10),
        APRIL,
        [("tablets sold", T, "2016-04-01/2017-03-31", 15e6, "units", "2016-05-10")],
    ),
    # a dated revision: the new target, and the old one stated the day before
    (
        "In March, Kite cut its tablet sales target for the fiscal year to 11 million units "
        "from its previous forecast of 13 million units.",
        date(2016, 5, 10),
        APRIL,
        [
            ("tablets sold", T, "2015-04-01/2016-03-31", 13e6, "units", "2016-02-29"),
            ("tablets sold", T, "2015-04-01/2016-03-31", 11e6, "units", "2016-03-01"),
        ],
    ),
    # from X to Y revision of a forecast, the percentage of the cut is not a figure
    (
        "Kite lowered its profit forecast by 20% from 10 billion yen to 8 billion yen.",
        date(2016, 11, 2),
        APRIL,
        [
            ("profit", F, "2016-04-01/2017-03-31", 10e9, "JPY", "2016-11-01"),
            ("profit", F, "2016-04-01/2017-03-31", 8e9, "JPY", "2016-11-02"),
        ],
    ),
    # estimating it will post: a forecast; the loss it reported: an actual, of last year
    (
        "For the 12 months ending March 2017, Kite is estimating it will post a net loss of "
        "around $300 million, narrower than the $700 million loss it reported for the last "
        "fiscal year.",
        date(2016, 5, 10),
        APRIL,
        [
            ("net loss", F, "2016-04-01/2017-03-31", 300e6, "USD", "2016-05-10"),
            ("net loss", A, "2015-04-01/2016-03-31", 700e6, "USD", "2016-05-10"),
        ],
    ),
    # growth in percent, with the segment as the metric
    (
        "For the full fiscal year, sales in Kite's tablet and watch unit increased 12.5 percent "
        "year-over-year.",
        date(2016, 5, 10),
        APRIL,
        [
            (
                "tablet and watch unit sales growth",
                A,
                "2015-04-01/2016-03-31",
                12.5,
                "percent",
                "2016-05-10",
            )
        ],
    ),
    # a quarter named by its end month, and the same period a year earlier
    (
        "Kite shipped 2.5 million watches in the quarter ending in June 2016, compared with "
        "1.9 million a year earlier.",
        date(2016, 8, 1),
        CALENDAR_YEARS,
        [
            ("watches shipped", A, "2016-04-01/2016-06-30", 2.5e6, "units", "2016-08-01"),
            ("watches shipped", A, "2015-04-01/2015-06-30", 1.9e6, "units", "2016-08-01"),
        ],
    ),
    # "last quarter", deictic, against a fiscal calendar ending in June
    (
        "Kite sold a record 4 million speakers last quarter.",
        date(2024, 7, 30),
        JUNE_END,
        [("speakers sold", A, "2024-04-01/2024-06-30", 4e6, "units", "2024-07-30")],
    ),
    # fiscal year named by its end year
    (
        "Revenue rose 9% to $15.8 billion in fiscal 2024.",
        date(2024, 7, 30),
        JUNE_END,
        [
            ("revenue growth", A, "2023-07-01/2024-06-30", 9, "percent", "2024-07-30"),
            ("revenue", A, "2023-07-01/2024-06-30", 15.8e9, "USD", "2024-07-30"),
        ],
    ),
    # a target whose year is given by its end month
    (
        "Kite expects to reach its target of 30 million tablets sold for the fiscal year "
        "(ending in March 2017).",
        date(2016, 10, 30),
        APRIL,
        [("tablets sold", T, "2016-04-01/2017-03-31", 30e6, "units", "2016-10-30")],
    ),
    # number words
    (
        "Kite sold three million watches in 2015.",
        date(2016, 2, 1),
        CALENDAR_YEARS,
        [("watches sold", A, "2015-01-01/2015-12-31", 3e6, "units", "2016-02-01")],
    ),
    # a forecast stated with guidance wording
    (
        "For fiscal 2017, Kite forecast revenue of $4.6 billion.",
        date(2016, 5, 10),
        APRIL,
        [("revenue", F, "2017-04-01/2018-03-31", 4.6e9, "USD", "2016-05-10")],
    ),
    # analysts' numbers are not the company's; countries are not products
    (
        "Revenue was $2 billion in 2015, beating the $1.8 billion analysts had expected, "
        "and Kite now sells in over 40 countries.",
        date(2016, 2, 1),
        CALENDAR_YEARS,
        [("revenue", A, "2015-01-01/2015-12-31", 2e9, "USD", "2016-02-01")],
    ),
    # figures without a subject are not facts
    (
        "The Kite Z5 launched at $499 and ranked in the top 3 in 20 markets.",
        date(2016, 2, 1),
        CALENDAR_YEARS,
        [],
    ),
]


def _facts(sentence: str, published: date, cal: FiscalCalendar) -> list[tuple]:
    ex = extract(sentence, published=published, entity=KnownEntity("Kite", (), cal))
    return sorted(
        (p.metric, p.kind, p.period.iso(), p.value, p.unit, p.as_of.isoformat())
        for p in ex.proposals
    )


@pytest.mark.parametrize(
    ("sentence", "published", "cal", "expected"), CASES, ids=[c[0][:40] for c in CASES]
)
def test_sentence_patterns(sentence, published, cal, expected):
    assert _facts(sentence, published, cal) == sorted(expected)


def test_quote_is_the_verbatim_sentence():
    text = (
        "Kite Results\n\nKite had a good year. Kite said it sold 12 million tablets last "
        "year. Its shares rose.\n"
    )
    ex = extract(text, published=date(2016, 5, 10), entity=KnownEntity("Kite", (), APRIL))
    (p,) = ex.proposals
    assert p.quote == "Kite said it sold 12 million tablets last year."
    assert text[p.start : p.start + len(p.quote)] == p.quote


def test_the_body_is_quoted_rather_than_the_headline():
    text = (
        "Kite sells 12M tablets last year\n\nKite said it sold 12 million tablets last year, "
        "a record.\n"
    )
    ex = extract(text, published=date(2016, 5, 10), entity=KnownEntity("Kite", (), APRIL))
    (p,) = ex.proposals
    assert p.quote.startswith("Kite said") and not p.headline


def test_another_companys_figure_is_a_comparison_not_a_fact():
    text = "Kite sold 5 million watches in 2015. Rival Zephyr sold 2 million watches in 2015.\n"
    ex = extract(text, published=date(2016, 2, 1), entity=KnownEntity("Kite", (), CALENDAR_YEARS))
    assert {(p.entity, p.value) for p in ex.proposals} == {("Kite", 5e6)}
    assert ex.new_entities == ()


@pytest.mark.parametrize(
    "other",
    [
        "Larger rival Zephyr Labs last week reported quarterly revenue of $1.9 billion.",
        "Revenue at competitor Zephyr Labs, which sells watches too, was $1.9 billion.",
        "Zephyr Labs earlier this month posted revenue of $1.9 billion.",
    ],
)
def test_a_rivals_figure_after_a_time_phrase_or_rival_word_is_not_ours(other):
    text = f"Kite said it sold 5 million watches in 2015. {other}\n"
    ex = extract(text, published=date(2016, 2, 1), entity=KnownEntity("Kite", (), CALENDAR_YEARS))
    assert {(p.entity, p.value) for p in ex.proposals} == {("Kite", 5e6)}


def test_known_names_and_synonyms_are_reused():
    from bot.ingest.extract import KnownMetric

    metrics = [KnownMetric("handsets sold", ("tablet sales", "tablets shipped"), "units")]
    ex = extract(
        "Kite shipped 3 million tablets in 2015.",
        published=date(2016, 2, 1),
        entity=KnownEntity("Kite", (), CALENDAR_YEARS),
        metrics=metrics,
    )
    assert [p.metric for p in ex.proposals] == ["handsets sold"]


def test_a_new_metric_comes_with_synonyms():
    ex = extract(
        "Kite sold 3 million smartphones in 2015.",
        published=date(2016, 2, 1),
        entity=KnownEntity("Kite", (), CALENDAR_YEARS),
    )
    (p,) = ex.proposals
    assert p.metric == "smartphones sold"
    assert {"smartphone sales", "phones sold"} <= set(p.metric_synonyms)
    assert "smartphones shipped" not in p.metric_synonyms  # another measure, another metric


def test_a_range_is_one_figure_with_two_ends():
    ex = extract(
        "Kite expects to ship 212,000 to 217,000 motorcycles in 2019.",
        published=date(2019, 7, 23),
        entity=KnownEntity("Kite", (), CALENDAR_YEARS),
    )
    [p] = ex.proposals
    assert (p.value, p.value_high, p.kind.value) == (212000, 217000, "forecast")


def test_from_x_to_y_is_a_change_not_a_range():
    ex = extract(
        "Kite cut its forecast for 2019 from 50 billion yen to 40 billion yen.",
        published=date(2019, 7, 23),
        entity=KnownEntity("Kite", (), CALENDAR_YEARS),
    )
    assert all(p.value_high is None for p in ex.proposals)


def test_space_aligned_table_with_measures_in_columns():
    text = (
        "Kite sold planes.\n\n"
        "2025 by programme          Deliveries   Gross orders\n"
        "K100 Family                        93             49\n"
        "K200 Family                       607            656*\n"
        "Total                             700            705\n\n"
        "* Excluding two tankers.\n"
    )
    ex = extract(text, published=date(2026, 1, 12), entity=KnownEntity("Kite", (), CALENDAR_YEARS))
    got = {(p.metric, p.period.iso(), p.value) for p in ex.proposals}
    assert ("K100 Family deliveries", "2025-01-01/2025-12-31", 93) in got
    assert ("K200 Family gross orders", "2025-01-01/2025-12-31", 656) in got
    assert len({p.metric for p in ex.proposals if p.value in (93, 607)}) == 2


def test_previous_and_revised_columns_are_a_revision():
    text = (
        "Kite revises its forecasts.\n\n"
        "| Fiscal year ending March 31, 2009 | Previous forecast | Revised forecast |\n"
        "|---|---|---|\n"
        "| Operating income (loss) | JPY 600 billion profit | JPY 150 billion loss |\n"
        "| Vehicle sales* | 8.24 million units** | 7.54 million units |\n\n"
        "* Consolidated.\n"
        "** Forecast announced in November 2008.\n"
    )
    cal = FiscalCalendar.of("03-31", "end")
    ex = extract(text, published=date(2008, 12, 22), entity=KnownEntity("Kite", (), cal))
    got = {(p.metric, p.kind.value, p.value, p.as_of.isoformat()) for p in ex.proposals}
    assert ("operating income", "forecast", 600e9, "2008-12-21") in got
    assert ("operating loss", "forecast", 150e9, "2008-12-22") in got
    assert ("vehicle sales", "forecast", 8.24e6, "2008-11-01") in got  # dated by its footnote
    assert ("vehicle sales", "forecast", 7.54e6, "2008-12-22") in got
    assert {p.period.iso() for p in ex.proposals} == {"2008-04-01/2009-03-31"}


def test_a_report_that_never_names_a_fiscal_period_speaks_in_calendar_years():
    text = "Kite plans to sell 9.5 million cars this year, after selling 9.37 million last year."
    ex = extract(text, published=date(2008, 7, 29), entity=KnownEntity("Kite", (), APRIL))
    got = {(p.kind.value, p.period.iso(), p.value) for p in ex.proposals}
    assert got == {
        ("target", "2008-01-01/2008-12-31", 9.5e6),
        ("actual", "2007-01-01/2007-12-31", 9.37e6),
    }


def test_a_revised_target_keeps_the_earlier_one_dated_before():
    text = "Kite's sales goal for the U.S. is now 2.44 million cars, down from 2.64 million."
    ex = extract(text, published=date(2008, 7, 29), entity=KnownEntity("Kite", (), CALENDAR_YEARS))
    got = {(p.metric, p.kind.value, p.value, p.as_of.isoformat()) for p in ex.proposals}
    assert got == {
        ("U.S. cars sold", "target", 2.44e6, "2008-07-29"),
        ("U.S. cars sold", "target", 2.64e6, "2008-07-28"),
    }


def test_stacked_column_headers_over_an_in_millions_row():
    text = (
        "Kite results\n\nKite said net sales rose.\n\n"
        "                         Three months ended     Six months ended\n"
        "                              June 30,               June 30,\n"
        "(in millions)              2025       2024        2025       2024\n"
        "Net sales                $ 510.2    $ 480.4    $ 990.0    $ 931.5\n"
        "Operating income            91.3       85.0      170.8      160.1\n"
    )
    ex = extract(text, published=date(2025, 8, 5), entity=KnownEntity("Kite", (), CALENDAR_YEARS))
    got = {(p.metric, p.period.iso(), p.value, p.unit) for p in ex.proposals}
    assert ("net sales", "2025-04-01/2025-06-30", 510.2e6, "USD") in got
    assert ("net sales", "2024-01-01/2024-06-30", 931.5e6, "USD") in got
    # a bare row of a dollar table is dollars, at the table's scale
    assert ("operating income", "2024-04-01/2024-06-30", 85.0e6, "USD") in got
    assert ("operating income", "2025-01-01/2025-06-30", 170.8e6, "USD") in got
    assert len(got) == 8


def test_revision_notice_with_wrapped_metric_headings_and_change_rows():
    text = (
        "Kite revises its forecast\n\n"
        "Kite hereby announces that it has revised its forecast for the fiscal year ending "
        "March 31, 2026, which was announced on May 12, 2025, as follows.\n\n"
        "Revision of the consolidated forecast for the fiscal year ending March 2026\n\n"
        "                         Net sales      Operating\n"
        "                                        profit\n"
        "                         (million yen)  (million yen)\n"
        "Previous forecast (A)      210,000        18,000\n"
        "Revised forecast (B)       198,000        15,500\n"
        "Change (B-A)               -12,000        -2,500\n"
        "Change (%)                    -5.7         -13.9\n"
    )
    ex = extract(text, published=date(2025, 10, 30), entity=KnownEntity("Kite", (), APRIL))
    fy = "2025-04-01/2026-03-31"
    got = {(p.metric, p.kind.value, p.period.iso(), p.value, p.unit, p.as_of) for p in ex.proposals}
    assert got == {
        ("net sales", "forecast", fy, 210e9, "JPY", date(2025, 5, 12)),
        ("net sales", "forecast", fy, 198e9, "JPY", date(2025, 10, 30)),
        ("operating profit", "forecast", fy, 18e9, "JPY", date(2025, 5, 12)),
        ("operating profit", "forecast", fy, 15.5e9, "JPY", date(2025, 10, 30)),
    }


def test_wire_abbreviations_bln_and_a_dashed_range_after_from():
    text = "Kite raised its FY25 revenue view to $1.52 bln-$1.56 bln from $1.48 bln-$1.52 bln.\n"
    ex = extract(text, published=date(2025, 1, 30), entity=KnownEntity("Kite", (), CALENDAR_YEARS))
    got = {(p.value, p.value_high, p.unit, p.as_of) for p in ex.proposals}
    assert got == {
        (1.52e9, 1.56e9, "USD", date(2025, 1, 30)),
        (1.48e9, 1.52e9, "USD", date(2025, 1, 29)),
    }


def test_wire_brief_9m_and_prev_view():
    text = (
        "BRIEF-Kite posts nine-month results\n\n"
        "* Kite 9M hardware sales 18.3 mln units\n"
        "* Sees FY hardware sales 23 mln units vs prev view 25.5 mln\n"
    )
    ex = extract(text, published=date(2022, 2, 3), entity=KnownEntity("Kite", (), APRIL))
    got = {(p.kind.value, p.period.iso(), p.value, p.as_of) for p in ex.proposals}
    assert got == {
        ("actual", "2021-04-01/2021-12-31", 18.3e6, date(2022, 2, 3)),
        ("forecast", "2021-04-01/2022-03-31", 23e6, date(2022, 2, 3)),
        ("forecast", "2021-04-01/2022-03-31", 25.5e6, date(2022, 2, 2)),
    }


def test_a_gross_margin_in_percent_is_a_margin():
    text = "Kite said sales rose. Gross margin was 58.2% in the third quarter of 2025.\n"
    ex = extract(text, published=date(2025, 11, 5), entity=KnownEntity("Kite", (), CALENDAR_YEARS))
    got = {(p.metric, p.period.iso(), p.value, p.unit) for p in ex.proposals}
    assert got == {("gross margin", "2025-07-01/2025-09-30", 58.2, "percent")}


def test_a_conversion_in_brackets_is_no_figure_of_its_own():
    text = "Kite reported revenue of £2.84 billion ($3.6 billion) for 2023.\n"
    ex = extract(text, published=date(2024, 4, 10), entity=KnownEntity("Kite", (), CALENDAR_YEARS))
    assert {(p.value, p.unit) for p in ex.proposals} == {(2.84e9, "GBP")}


def test_the_month_an_earlier_forecast_was_made_dates_only_that_forecast():
    text = (
        "Kite now expects full-year pre-tax profit of about £95 million, down from the "
        "£110 million it forecast in September.\n"
    )
    ex = extract(text, published=date(2024, 11, 20), entity=KnownEntity("Kite", (), CALENDAR_YEARS))
    assert {(p.value, p.as_of) for p in ex.proposals} == {
        (95e6, date(2024, 11, 20)),
        (110e6, date(2024, 9, 1)),
    }


def test_a_metric_names_no_period():
    text = "Kite said sales in the 13 weeks to 2 November fell 1.5%.\n"
    ex = extract(text, published=date(2024, 11, 20), entity=KnownEntity("Kite", (), CALENDAR_YEARS))
    assert {(p.metric, p.period.iso()) for p in ex.proposals} == {
        ("sales growth", "2024-08-04/2024-11-02")
    }


def test_a_second_table_keeps_the_first_tables_units_and_a_money_row_without_any_is_dropped():
    first = "| (billion yen) | FY3/22 |\n|---|---|\n| Net sales | 1,695.3 |\n\n"
    second = (
        "| Forecast | FY3/23 |\n|---|---|\n| Net sales | 1,600.0 |\n| Consoles sold | 21,000 |\n"
    )
    cal = FiscalCalendar.of("03-31", "end")
    for text, sales in ((first + second, {1.6e12}), (second, set())):
        ex = extract(
            "Kite full-year summary\n\n" + text,
            published=date(2022, 5, 10),
            entity=KnownEntity("Kite", (), cal),
        )
        forecast = {p.value for p in ex.proposals if p.kind.value == "forecast"}
        assert forecast == sales | {21000}


@pytest.mark.parametrize("then", ["in the prior-year quarter", "a year earlier"])
def test_a_rate_compared_with_its_level_a_year_earlier(then):
    text = (
        "Kite said sales rose. Gross margin was 58.2% in the third quarter of 2025, "
        f"compared with 57.4% {then}.\n"
    )
    ex = extract(text, published=date(2025, 11, 5), entity=KnownEntity("Kite", (), CALENDAR_YEARS))
    assert {(p.metric, p.period.iso(), p.value) for p in ex.proposals} == {
        ("gross margin", "2025-07-01/2025-09-30", 58.2),
        ("gross margin", "2024-07-01/2024-09-30", 57.4),
    }
