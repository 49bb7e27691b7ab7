"""Styles the development reports lack, written for these tests (tests/ingest/reports/): an
earnings-call transcript (half-year, euros, an analyst's turn), a 10-Q-like table with a
stacked header, a European press release with decimal commas, a retailer's trading update
(nine weeks to a day, a fiscal year ending in February) and a wire brief of a games
company (fiscal year to March named by its end, nine months, lifetime sales).

Each test is one capability, checked across the reports that exercise it."""

from __future__ import annotations

from datetime import date

import pytest

from bot.facts.periods import FiscalCalendar
from bot.ingest.documents import read_document
from bot.ingest.extract import KnownEntity, extract
from tests.ingest.conftest import REPORTS

CALENDAR_YEARS = FiscalCalendar.of("12-31", "start")
REPORT_ENTITIES = {
    "valdra_call_transcript.txt": KnownEntity("Valdra AG", ("Valdra",), CALENDAR_YEARS),
    "quillon_10q_summary.txt": KnownEntity("Quillon Devices", (), CALENDAR_YEARS),
    "nordhavn_interim_decimal_commas.txt": KnownEntity("Nordhavn Foods", (), CALENDAR_YEARS),
    "marlowe_trading_update.txt": KnownEntity(
        "Marlowe & Finch", (), FiscalCalendar.of("01-31", "start")
    ),
    "kairo_wire_brief.txt": KnownEntity("Kairo Interactive", (), FiscalCalendar.of("03-31", "end")),
    "sakura_results_summary.md": KnownEntity("Sakura Toys", (), FiscalCalendar.of("03-31", "end")),
    "aozora_forecast_revision.txt": KnownEntity(
        "Aozora Games", (), FiscalCalendar.of("03-31", "end")
    ),
    "corvane_wire_brief.txt": KnownEntity(
        "Corvane Surgical", (), FiscalCalendar.of("09-30", "end")
    ),
    "corvane_news.txt": KnownEntity("Corvane Surgical", (), FiscalCalendar.of("09-30", "end")),
    "tenshi_forecast_revision.md": KnownEntity(
        "Tenshi Works", (), FiscalCalendar.of("03-31", "end")
    ),
    "harrowgate_preliminary_results.txt": KnownEntity(
        "Harrowgate Home", (), FiscalCalendar.of("01-31", "start")
    ),
}


def _proposals(name: str):
    doc = read_document(REPORTS / name)
    published = doc.published or date.fromisoformat(doc.text.splitlines()[2].strip())
    return extract(doc.text, published=published, entity=REPORT_ENTITIES[name]).proposals


@pytest.fixture(scope="module")
def found() -> dict[str, set[tuple]]:
    return {
        name: {
            (p.metric, p.kind.value, p.period.iso(), p.value, p.value_high, p.unit)
            for p in _proposals(name)
        }
        for name in REPORT_ENTITIES
    }


def _values(found: dict[str, set[tuple]], name: str) -> set[float]:
    return {v for _, _, _, v, _, _ in found[name]}


# -- periods: spans counted back from a day, year to date, halves, cumulative ------------------


@pytest.mark.parametrize(
    ("name", "value", "period"),
    [
        ("valdra_call_transcript.txt", 270_000, "2024-01-01/2024-09-30"),  # nine months to Sept
        ("valdra_call_transcript.txt", 184_000, "2024-01-01/2024-06-30"),  # first six months
        ("marlowe_trading_update.txt", 1.43e9, "2024-11-03/2025-01-04"),  # nine weeks to 4 Jan
        ("kairo_wire_brief.txt", 1.12e12, "2024-04-01/2024-12-31"),  # 9-month (Apr-Dec)
        ("kairo_wire_brief.txt", 241.5e9, "2024-04-01/2024-12-31"),  # 9-month, no months named
        ("kairo_wire_brief.txt", 61.3e6, "2020-11-01/2024-12-31"),  # lifetime, since launch
        ("kairo_wire_brief.txt", 18.5e6, "2024-04-01/2025-03-31"),  # FY3/25
        # the year ending Feb 1, 2025: a day that shows the 52-week year it closes
        ("marlowe_trading_update.txt", 310e6, "2024-02-04/2025-02-01"),
        ("quillon_10q_summary.txt", 4.5, "2024-01-01/2024-09-30"),  # vs "the same period of"
        ("nordhavn_interim_decimal_commas.txt", 1.2e9, "2024-01-01/2024-06-30"),
        ("nordhavn_interim_decimal_commas.txt", 1.15e9, "2023-01-01/2023-06-30"),  # (H1 2023: …)
    ],
)
def test_each_figure_gets_the_span_the_text_gives(found, name, value, period):
    periods = {p for _, _, p, v, _, _ in found[name] if v == pytest.approx(value)}
    assert periods == {period}


def test_a_stacked_table_header_gives_each_column_its_period_and_the_note_its_scale(found):
    q3, q3_23 = "2024-07-01/2024-09-30", "2023-07-01/2023-09-30"
    nine, nine_23 = "2024-01-01/2024-09-30", "2023-01-01/2023-09-30"
    expected = {
        ("net sales", "actual", q3, 1.842e9, None, "USD"),
        ("net sales", "actual", q3_23, 1.715e9, None, "USD"),
        ("net sales", "actual", nine, 5.21e9, None, "USD"),
        ("net sales", "actual", nine_23, 4.988e9, None, "USD"),
        ("operating loss", "actual", q3, 35e6, None, "USD"),  # "(35)" in an "(loss)" row
        ("operating income", "actual", q3_23, 62e6, None, "USD"),
        ("units shipped", "actual", q3, 2.31e6, None, "units"),  # its own "(thousands)"
        ("units shipped", "actual", nine_23, 6.32e6, None, "units"),
    }
    assert expected <= found["quillon_10q_summary.txt"]


# -- numbers: decimal commas, ISO codes, wire abbreviations, ranges -------------------------------


def test_european_notation_and_wire_abbreviations_are_read_as_amounts(found):
    nordhavn = found["nordhavn_interim_decimal_commas.txt"]
    assert ("EBIT", "actual", "2024-01-01/2024-06-30", 96.4e6, None, "EUR") in nordhavn
    assert ("EBIT margin", "actual", "2024-01-01/2024-06-30", 8.0, None, "percent") in nordhavn
    assert ("revenue growth", "actual", "2024-01-01/2024-06-30", 4.5, None, "percent") in nordhavn
    assert 4300 not in _values(found, "nordhavn_interim_decimal_commas.txt")  # "4.300 people"
    kairo = found["kairo_wire_brief.txt"]
    assert ("revenue", "actual", "2024-04-01/2024-12-31", 1.12e12, None, "JPY") in kairo  # trln


# -- revisions: both figures, the earlier one dated before the later ------------------------------


@pytest.mark.parametrize(
    ("name", "new", "old", "old_as_of"),
    [
        ("valdra_call_transcript.txt", 4.9e9, 5.3e9, date(2024, 3, 1)),  # "we guided in March"
        ("nordhavn_interim_decimal_commas.txt", 3, 2, date(2024, 8, 13)),  # "(previously: 2–4 %)"
        ("marlowe_trading_update.txt", 310e6, 350e6, date(2025, 1, 8)),  # "previous range of"
        ("kairo_wire_brief.txt", 18.5e6, 17e6, date(2025, 2, 3)),  # "to 18.5 mln from 17 mln"
        ("kairo_wire_brief.txt", 300e9, 280e9, date(2025, 2, 3)),  # "vs previous view"
    ],
)
def test_a_revision_keeps_both_figures_and_dates_the_earlier_one_first(name, new, old, old_as_of):
    ps = _proposals(name)
    (n,) = [p for p in ps if p.value == pytest.approx(new)]
    (o,) = [p for p in ps if p.value == pytest.approx(old)]
    assert (o.metric, o.kind, o.period) == (n.metric, n.kind, n.period)
    assert o.as_of == old_as_of < n.as_of


# -- other people's figures --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("valdra_call_transcript.txt", 350_000),  # an analyst's turn in the call
        ("marlowe_trading_update.txt", 352e6),  # "Analysts at Peel Hunt had expected"
        ("marlowe_trading_update.txt", 38_000),  # employees
        ("kairo_wire_brief.txt", 295.4e9),  # "Consensus ... - LSEG"
    ],
)
def test_figures_that_are_not_the_companys_are_left_out(found, name, value):
    assert not any(v == pytest.approx(value) for v in _values(found, name))


# -- metric names: what was counted ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value", "metric"),
    [
        ("valdra_call_transcript.txt", 270_000, "heat pumps sold"),  # "heat pump sales of"
        ("valdra_call_transcript.txt", 97_500, "heat pumps shipped"),
        ("valdra_call_transcript.txt", 198e6, "adjusted operating income"),
        ("valdra_call_transcript.txt", 1.32e9, "order intake"),
        ("valdra_call_transcript.txt", 3.6e9, "order backlog"),
        ("kairo_wire_brief.txt", 98.6e6, "software units sold"),  # not the report's consoles
        ("marlowe_trading_update.txt", 310e6, "pretax profit"),  # "profit before tax"
        ("marlowe_trading_update.txt", 6.5, "online sales growth"),
    ],
)
def test_a_metric_names_what_was_counted(found, name, value, metric):
    assert {m for m, _, _, v, _, _ in found[name] if v == pytest.approx(value)} == {metric}


def test_a_point_in_time_figure_has_a_one_day_period(found):
    backlog = {
        p for m, _, p, _, _, _ in found["valdra_call_transcript.txt"] if m == "order backlog"
    }
    assert backlog == {"2024-06-30/2024-06-30"}


def test_a_unit_note_in_a_caption_scales_the_table_and_names_its_currency(found):
    fy25, fy26 = "2024-04-01/2025-03-31", "2025-04-01/2026-03-31"
    sakura = found["sakura_results_summary.md"]
    assert ("net sales", "actual", fy25, 655e9, None, "JPY") in sakura  # "(¥ billion)"
    assert ("operating profit", "forecast", fy26, 85e9, None, "JPY") in sakura  # "FY3/26 forecast"
    assert (
        "software units sold",
        "actual",
        fy25,
        21.7e6,
        None,
        "units",
    ) in sakura  # "Units (millions)"
    # a cumulative column with no start, and a rival's figure from a data firm: not proposed
    assert not {140.2e6, 5.1e6} & _values(found, "sakura_results_summary.md")


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        (
            "Kite raised its 2025 operating profit forecast by 20 billion yen to 300 billion yen.",
            "operating income",
            300e9,
        ),
        (
            "Kite lifted its 2025 hardware sales forecast by 1.5 million units "
            "to 18.5 million units.",
            "hardware units sold",
            18.5e6,
        ),
        (
            "* Japan sales view for 2025 cut by another 70,000 units to 2.01 mln",
            "Japan units sold",
            2.01e6,
        ),
    ],
)
def test_a_change_by_an_amount_proposes_the_new_level_only(text, metric, value):
    ex = extract(text, published=date(2025, 1, 9), entity=KnownEntity("Kite", (), CALENDAR_YEARS))
    assert [(p.metric, p.kind.value, p.value) for p in ex.proposals] == [
        (metric, "forecast", value)
    ]


def test_uk_highlights_with_labelled_comparatives_and_pence(found):
    fy24, fy23 = "2024-02-01/2025-01-31", "2023-02-01/2024-01-31"
    harrowgate = found["harrowgate_preliminary_results.txt"]
    expected = {
        ("revenue", "actual", fy24, 1284.6e6, None, "GBP"),
        ("revenue", "actual", fy23, 1231.0e6, None, "GBP"),  # "(fiscal 2023: £1,231.0m)"
        ("revenue growth", "actual", fy24, 4.4, None, "percent"),  # of the year, not the base
        ("basic earnings per share", "actual", fy24, 0.214, None, "GBP"),  # "21.4p"
        ("online revenue", "actual", fy24, 402.3e6, None, "GBP"),  # a comparative anchors nothing
        ("adjusted pretax profit", "forecast", "2025-02-01/2026-01-31", 100e6, 105e6, "GBP"),
    }
    assert expected <= harrowgate


def test_a_table_with_metrics_across_and_statements_down_is_read_by_its_rows():
    ps = _proposals("aozora_forecast_revision.txt")
    fy25, fy24 = "2024-04-01/2025-03-31", "2023-04-01/2024-03-31"
    got = {(p.metric, p.kind.value, p.period.iso(), p.value, p.unit, p.as_of) for p in ps}
    assert {
        (
            "net sales",
            "forecast",
            fy25,
            1.45e12,
            "JPY",
            date(2024, 5, 9),
        ),  # "previously announced on"
        ("net sales", "forecast", fy25, 1.6e12, "JPY", date(2024, 11, 7)),
        (
            "operating profit",
            "actual",
            fy24,
            528.941e9,
            "JPY",
            date(2024, 11, 7),
        ),  # "Results for FY3/24"
        ("hardware units sold", "forecast", fy25, 15e6, "units", date(2024, 11, 7)),
    } <= got
    (flare,) = [p for p in ps if p.value == pytest.approx(41.2e6)]
    assert flare.period.iso() == "2019-03-01/2024-09-30" and "sell-through" in flare.metric


def test_wire_abbreviations_and_ranges_in_a_september_fiscal_year(found):
    fy24, fy25, q4 = "2023-10-01/2024-09-30", "2024-10-01/2025-09-30", "2024-07-01/2024-09-30"
    brief = found["corvane_wire_brief.txt"]
    assert ("revenue", "actual", q4, 1.24e9, None, "USD") in brief  # "Q4 FY24 rev"
    assert (
        "organic revenue growth",
        "actual",
        fy24,
        9.1,
        None,
        "percent",
    ) in brief  # "organic growth 9.1 pct"
    assert (
        "adjusted earnings per share",
        "forecast",
        fy25,
        5.1,
        5.3,
        "USD",
    ) in brief  # "EPS 5.10-5.30"
    assert 1.21e9 not in _values(found, "corvane_wire_brief.txt")  # "- LSEG"
    news = found["corvane_news.txt"]
    q1 = "2024-10-01/2024-12-31"
    # "compared with 341 a year ago, and ... rose 17%": the quarter, not the comparative's
    assert {p for _, _, p, v, _, _ in news if v == 17} == {q1}
    # "from $5.10 to $5.30 previously" is the earlier range, dated before the raise
    ps = _proposals("corvane_news.txt")
    (old,) = [p for p in ps if p.value == pytest.approx(5.1)]
    assert (old.value_high, old.as_of) == (pytest.approx(5.3), date(2025, 2, 3))


def test_two_revisions_in_one_sentence_each_keep_their_earlier_figure():
    text = (
        "Mirai raised its full-year forecast for net sales to ¥1.6 trillion from ¥1.5 trillion "
        "and now expects to sell 23 million consoles in the fiscal year ending March 2022, up "
        "from 22 million."
    )
    ex = extract(
        text,
        published=date(2022, 2, 3),
        entity=KnownEntity("Mirai", (), FiscalCalendar.of("03-31", "end")),
    )
    got = {(p.value, p.kind.value, p.period.iso(), p.as_of) for p in ex.proposals}
    fy = "2021-04-01/2022-03-31"
    assert got == {
        (1.6e12, "forecast", fy, date(2022, 2, 3)),
        (1.5e12, "forecast", fy, date(2022, 2, 2)),
        (23e6, "forecast", fy, date(2022, 2, 3)),
        (22e6, "forecast", fy, date(2022, 2, 2)),
    }


def test_an_html_table_whose_rows_stand_apart_is_still_one_table(tmp_path):
    page = tmp_path / "pell.html"
    page.write_text(
        '<html><head><title>Pell results</title><meta name="date" content="2024-04-10"></head>'
        "<body><article><h1>Pell results</h1><p>Pell &amp; Co reported results for fiscal 2023."
        "</p><table><tr><th>£m</th><th>FY2023</th><th>FY2022</th></tr>"
        "<tr><td>Revenue</td><td>1,284.6</td><td>1,231.0</td></tr>"
        "<tr><td>Pre-tax profit</td><td>96.2</td><td>88.5</td></tr></table>"
        "</article></body></html>",
        encoding="utf-8",
    )
    doc = read_document(page)
    ex = extract(
        doc.text,
        published=doc.published,
        entity=KnownEntity("Pell & Co", (), FiscalCalendar.of("01-31", "start")),
    )
    got = {(p.metric, p.period.iso(), p.value, p.unit) for p in ex.proposals}
    assert ("revenue", "2022-02-01/2023-01-31", 1231.0e6, "GBP") in got  # "£m" over the table
    assert ("pre-tax profit", "2023-02-01/2024-01-31", 96.2e6, "GBP") in got


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Kite's Stellar has lifetime sales of 32.3 million units as of December 31, 2021. "
            "Kite launched the Stellar in March 2017.",
            "2017-03-01/2021-12-31",
        ),
        ("Kite's Stellar has lifetime sales of 32.3 million units as of December 31, 2021.", None),
    ],
)
def test_a_lifetime_total_runs_from_the_launch_the_report_states(text, period):
    ex = extract(text, published=date(2022, 2, 3), entity=KnownEntity("Kite", (), CALENDAR_YEARS))
    assert [p.period.iso() for p in ex.proposals if p.value == 32.3e6] == (
        [period] if period else []
    )


def test_a_change_column_beside_previous_and_revised_is_no_figure(found):
    tenshi = found["tenshi_forecast_revision.md"]
    fy = "2021-04-01/2022-03-31"
    assert ("net sales", "forecast", fy, 1.7e12, None, "JPY") in tenshi  # "(¥ billion)" row
    assert ("hardware units sold", "forecast", fy, 25.5e6, None, "units") in tenshi
    assert not {6.3, 12.0, 1.5e6, 1.5} & _values(found, "tenshi_forecast_revision.md")
    ps = _proposals("tenshi_forecast_revision.md")
    assert {p.as_of for p in ps if p.value == 1.6e12} == {date(2021, 5, 6)}  # "first announced on"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pell's operating margin fell 1.7 percentage points to 6.5% in fiscal 2023.",
            [("operating margin", 6.5)],
        ),  # the points are a change of a rate
        (
            "Pell proposed a final dividend of 12.4p per share for fiscal 2023.",
            [],
        ),  # a payout, no sales figure (and never earnings per share)
        (
            "Pell opened 14 new stores in fiscal 2023 and closed 6.",
            [("store openings", 14), ("store closures", 6)],
        ),  # openings and closures of the count, never the count
        ("Pell had 310 stores at the end of fiscal 2023.", [("stores", 310)]),
    ],
)
def test_what_a_figure_is_not(text, expected):
    ex = extract(
        text,
        published=date(2024, 4, 10),
        entity=KnownEntity("Pell", (), FiscalCalendar.of("01-31", "start")),
    )
    assert [(p.metric, p.value) for p in ex.proposals] == expected


def test_a_goal_of_doing_is_a_target_and_a_total_since_a_debut_needs_an_end():
    text = (
        "Kite has set itself a goal of shipping 30 million phones in 2011. "
        "Its Optimus model has sold about 3 million units since it went on sale in October."
    )
    ex = extract(text, published=date(2011, 1, 10), entity=KnownEntity("Kite", (), CALENDAR_YEARS))
    assert [(p.kind.value, p.value) for p in ex.proposals] == [("target", 30e6)]


def test_a_european_region_names_the_metric():
    text = "Revenue in the Nordics rose 6% in the first nine months of 2025."
    ex = extract(
        text, published=date(2025, 11, 6), entity=KnownEntity("Velmar", (), CALENDAR_YEARS)
    )
    assert [(p.metric, p.value, p.period.iso()) for p in ex.proposals] == [
        ("Nordics revenue growth", 6.0, "2025-01-01/2025-09-30")
    ]


def test_of_them_counts_the_model_the_sentence_before_named():
    text = (
        "The good news is the AeroLine R290, our propane unit. Since its launch in April 2023 "
        "and up to the end of June we have sold 82,000 of them."
    )
    ex = extract(
        text, published=date(2025, 7, 31), entity=KnownEntity("Velmar", (), CALENDAR_YEARS)
    )
    assert [(p.metric, p.period.iso(), p.value) for p in ex.proposals] == [
        ("AeroLine R290 units sold", "2023-04-01/2025-06-30", 82_000)
    ]
