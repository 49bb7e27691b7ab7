"""A quarterly report translated from Spanish, over an invented company: "millions of
dollars" in the plural, a table note "(Millions of US dollars, except volumes and
percentages)", rows in physical units, "4Q25 vs 4Q24" change headings, and a table by region
with its reconciling line and its consolidated total."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract
from bot.ingest.figures import find_figures

REPORT = """Cementos Pirenaica: Report of Results of the Fourth Quarter 2025
test
2026-02-05

Cementos Pirenaica informs of its results for the fourth quarter and the year 2025.

RELEVANT FIGURES

(Millions of US dollars, except volumes and percentages)

                          4Q25      4Q24    % var 4Q25 vs 4Q24   Jan-Dec 2025   Jan-Dec 2024
Net sales                2,118     2,042           3.7%               8,242          8,130
Cement (million tonnes)   7.96      8.31          (4.2%)              31.58          32.91
Ready-mix (million m3)    4.74      4.02           17.9%              18.56          17.90

NET SALES BY REGION

(Millions of US dollars)
Region                     4Q25      4Q24
Spain                       946       901
Others and eliminations      23        27
Consolidated              2,118     2,042

The net sales of the Company were of 2,118 millions of dollars in the 4Q25.
"""


def _facts():
    entity = KnownEntity("Cementos Pirenaica")
    return extract(REPORT, published=date(2026, 2, 5), entity=entity).proposals


def test_a_plural_scale_of_a_named_currency_is_an_amount_and_a_range_keeps_both_ends():
    (f,) = find_figures("were of 4,018 millions of dollars")
    assert (f.value, f.unit) == (4018e6, "USD")
    (r,) = find_figures("EBITDA of between 3,250 and 3,450 millions of dollars")
    assert (r.value, r.high, r.unit) == (3250e6, 3450e6, "USD")
    (p,) = find_figures("sales of 99,814 millions of pesos")
    assert p.unit != "MXN"  # a peso the sentence does not place is no currency we name


def test_the_tables_note_scales_its_money_and_a_physical_unit_names_a_volume():
    got = {(p.metric, p.period.iso(), round(p.value), p.unit) for p in _facts()}
    assert ("net sales", "2025-10-01/2025-12-31", 2118_000_000, "USD") in got
    assert ("cement volume", "2024-01-01/2024-12-31", 32_910_000, "units") in got
    assert ("ready-mix volume", "2025-10-01/2025-12-31", 4_740_000, "units") in got
    assert not any(
        p.unit != "units" and "ready" in p.metric and "change" not in p.metric for p in _facts()
    )


def test_a_reconciling_line_in_a_table_by_region_is_no_regions_figure():
    facts = _facts()
    assert not any(p.value in (23e6, 27e6) for p in facts)
    assert not any("consolidated" in p.metric.lower() for p in facts)
    assert any(p.metric == "Spain revenue" and p.value == 946e6 for p in facts)


def test_a_fiscal_year_opening_a_sentence_names_no_segment():
    from datetime import date as _date

    from bot.facts.periods import FiscalCalendar
    from bot.ingest.extract import KnownEntity, extract

    text = (
        "Briefing\nIR\n2025-05-27\n\nFor FY2025, the fiscal year ending March 31, 2026, we "
        "maintain the forecasts we announced on May 13, 2025: net sales of 430.0 billion yen "
        "and operating profit of 34.0 billion yen.\n"
    )
    entity = KnownEntity("Hinokawa Instruments", (), FiscalCalendar.of("03-31", "start"))
    found = extract(text, published=_date(2025, 5, 27), entity=entity).proposals
    assert {p.metric for p in found} == {"revenue", "operating income"}
    # a forecast kept as announced on an earlier day was stated on that day too
    assert {p.as_of for p in found if p.metric == "revenue"} >= {_date(2025, 5, 13)}
