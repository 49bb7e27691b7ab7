"""The chart's content, from the function that builds it: which facts, which panels and
series, which labels. Seed-store questions first, then shapes the seed does not have."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answering import Status
from bot.charts import chart_of, trend_chart
from bot.charts.data import asked_granularity, granularity_of
from bot.facts.model import Kind, Period
from tests.charts.factories import quarters, views

SONY_TREND = "chart sony smartphone sales"


def points(series):
    return [(p.period_label, p.value_label) for p in series.points]


@pytest.fixture(scope="module")
def sony(shared_engine):
    answer = shared_engine.ask(SONY_TREND)
    assert answer.status is Status.ANSWERED and answer.intent == "trend"
    return answer, trend_chart(answer)


def test_sony_trend_splits_fiscal_years_from_quarters(sony):
    _, chart = sony
    assert chart.title == "Sony · smartphones sold"
    assert [p.granularity for p in chart.panels] == ["year", "quarter"]
    years, quarters_ = chart.panels
    assert years.title == "Fiscal years"
    assert years.labels == ("FY2012", "FY2013", "FY2014")  # Apr 2013 – Mar 2014 is FY2013
    assert quarters_.labels == ("Q3 2012", "Q2 2013", "Q3 2013")  # Jul – Sep 2013 is Q3 2013
    assert quarters_.sublabels == ("Jul – Sep", "Apr – Jun", "Jul – Sep")
    assert quarters_.gaps == (0,)  # Q4 2012 and Q1 2013 are not in the store
    assert years.gaps == ()
    for panel in chart.panels:  # never a quarter on the annual axis, nor a year on the other
        months = {p.period.months for s in panel.series for p in s.points}
        assert months == ({12} if panel is years else {3})


def test_sony_trend_series_actuals_bars_targets_lines_earlier_revision_faint(sony):
    _, chart = sony
    years, quarters_ = chart.panels
    assert [(s.name, s.kind, s.current, s.style) for s in years.series] == [
        ("Actual", Kind.ACTUAL, True, "bar"),
        ("Target", Kind.TARGET, True, "line"),
        ("Target as of 31 Oct 2013", Kind.TARGET, False, "line"),
    ]
    actual, target, earlier = years.series
    assert points(actual) == [("FY2012", "33M"), ("FY2013", "39M")]
    assert points(target) == [("FY2013", "40M"), ("FY2014", "50M")]
    assert points(earlier) == [("FY2013", "42M")]
    assert earlier.points[0].as_of == date(2013, 10, 31)
    assert earlier.points[0].note == "stated 31 Oct 2013"
    assert [s.name for s in quarters_.series] == ["Actual"]
    assert points(quarters_.series[0]) == [
        ("Q3 2012", "8.8M"),
        ("Q2 2013", "9.6M"),
        ("Q3 2013", "10M"),
    ]


def test_sony_trend_plots_every_fact_of_the_answer_once_and_cites_its_sources(sony):
    answer, chart = sony
    plotted = [v.fact.id for v in chart.facts]
    assert sorted(plotted) == sorted(v.fact.id for v in answer.facts)
    assert len(plotted) == len(set(plotted)) == 8
    assert [p.fact_id for s in chart.series for p in s.points] == plotted  # drawing order
    assert chart.sources == (
        "[1] Sony aims to sell 50M smartphones this year after falling short of 40M goal last "
        "year — 14 May 2014",
        "[2] Sony sold a record 10 million Xperia smartphones last quarter — Xperia blog, "
        "31 Oct 2013",
    )
    assert chart.subtitle == "Sony's fiscal year runs Apr – Mar: FY2013 is Apr 2013 – Mar 2014"


@pytest.mark.parametrize(
    ("question", "panels"),
    [
        ("xperia units by quarter", ["quarter"]),
        ("quarterly sony smartphone sales chart", ["quarter"]),
        ("sony smartphone sales by year", ["year"]),
        ("sony phone sales vs target over the years", ["year", "quarter"]),
        ("how are Xperia sales trending?", ["year", "quarter"]),
    ],
)
def test_the_question_picks_the_granularity(shared_engine, question, panels):
    chart = trend_chart(shared_engine.ask(question))
    assert chart is not None, question
    assert [p.granularity for p in chart.panels] == panels
    shown = {v.fact.period.months for v in chart.facts}
    assert shown == {12 if g == "year" else 3 for g in panels}


@pytest.mark.parametrize(
    "question",
    [
        "how many phones did sony sell in fiscal 2013",  # a value
        "did sony meet its fy2013 smartphone target",  # target met
        "chart samsung tv sales",  # unknown
    ],
)
def test_only_trend_answers_have_a_chart(shared_engine, question):
    answer = shared_engine.ask(question)
    assert answer.intent != "trend"
    assert trend_chart(answer) is None


def test_net_loss_money_labels_and_a_forecast_line(shared_engine):
    chart = trend_chart(shared_engine.ask("chart sony net loss"))
    (panel,) = chart.panels
    assert [(s.name, s.style) for s in panel.series] == [("Actual", "bar"), ("Forecast", "line")]
    assert points(panel.series[0]) == [("FY2013", "$1.25B")]
    assert points(panel.series[1]) == [("FY2014", "$490M")]
    assert chart.unit == "USD"


# -- shapes the seed does not have ------------------------------------------------------------


def test_calendar_entity_quarters_revisions_per_as_of_date_and_other_metrics_left_out():
    rows = [("actual", q, 100e9 + i * 1e9, "2024-02-01") for i, q in enumerate(quarters(2023))]
    rows += [
        ("forecast", quarters(2024)[0], 120e9, "2023-06-01"),
        ("forecast", quarters(2024)[0], 110e9, "2023-11-01"),
        ("forecast", quarters(2024)[0], 105e9, "2024-01-15"),
    ]
    given = views(rows, unit="JPY")
    other = views([("actual", "2023-01-01/2023-12-31", 5, "2024-02-01")], metric="stores")
    chart = chart_of([*given, *other], question="plot acme widgets")
    (panel,) = chart.panels
    assert panel.title == "Quarters" and panel.sublabels == ("",) * 5  # calendar: no months
    assert panel.labels == ("Q1 2023", "Q2 2023", "Q3 2023", "Q4 2023", "Q1 2024")
    assert [s.name for s in panel.series] == [
        "Actual",
        "Forecast",
        "Forecast as of 1 Jun 2023",
        "Forecast as of 1 Nov 2023",
    ]
    assert points(panel.series[1]) == [("Q1 2024", "¥105B")]
    assert [p.value_label for s in panel.series[2:] for p in s.points] == ["¥120B", "¥110B"]
    assert "stores" not in {v.fact.metric for v in chart.facts}
    assert len(chart.facts) == 7
    assert chart.subtitle == "Every period on record: Q1 2023 – Q1 2024"


def test_negative_values_percent_and_halves():
    chart = chart_of(
        views(
            [
                ("actual", "2023-01-01/2023-06-30", -3.2, "2023-08-01"),
                ("actual", "2023-07-01/2023-12-31", 29.6, "2024-02-01"),
                ("target", "2023-01-01/2023-12-31", 25, "2023-01-01"),
            ],
            unit="percent",
        )
    )
    assert [p.granularity for p in chart.panels] == ["year", "half"]
    assert chart.panel("half").labels == ("H1 2023", "H2 2023")
    assert points(chart.panel("half").series[0]) == [("H1 2023", "-3.2%"), ("H2 2023", "29.6%")]


def test_fiscal_years_named_by_their_end():
    chart = chart_of(
        views(
            [("actual", f"{y}-07-01/{y + 1}-06-30", 1e6, "2024-08-01") for y in (2021, 2022)],
            fiscal_year_end="06-30",
            named_by="end",
        )
    )
    assert chart.panels[0].labels == ("FY2022", "FY2023")
    assert chart.subtitle == "Acme's fiscal year runs Jul – Jun: FY2023 is Jul 2022 – Jun 2023"


def test_granularity_words():
    assert asked_granularity("xperia units by quarter") == "quarter"
    assert asked_granularity("annual sony smartphone sales") == "year"
    assert asked_granularity("sony sales each year and each quarter") is None
    assert asked_granularity("chart sony smartphone sales") is None
    assert granularity_of(Period(date(2013, 4, 1), date(2014, 3, 31))) == "year"
    assert granularity_of(Period(date(2013, 4, 1), date(2013, 6, 30))) == "quarter"
    assert granularity_of(Period(date(2013, 4, 3), date(2013, 5, 9))) == "other"
