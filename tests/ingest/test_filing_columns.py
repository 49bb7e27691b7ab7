"""A US filing's tables and highlights, over an invented 52/53-week retailer: stacked
"Thirteen / Thirty-Nine Weeks Ended" headers over dates with currency signs set apart from
their amounts, a table whose caption says every cell is a change, and a prior period's
figure named only by "compared with"."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind
from bot.facts.periods import FiscalCalendar, find_periods
from bot.ingest.extract import KnownEntity, extract

SATURDAY_YEARS = FiscalCalendar.of("01-31", "start")

RELEASE = """Larchmont Goods reports third quarter results
Larchmont Goods, Inc. - press release
2025-11-20

Larchmont Goods, Inc. today reported results for the thirteen weeks ended November 1, 2025.

STATEMENTS OF INCOME (in thousands, except per share data)

                                      Thirteen Weeks Ended          Thirty-Nine Weeks Ended
                                   November 1,    November 2,     November 1,    November 2,
                                       2025           2024            2025           2024
Net sales                          $  401,220     $  388,100      $1,190,450     $1,150,300
Operating income                       21,400         19,900          60,120         57,800
Diluted earnings per share         $     0.52     $     0.47      $     1.49     $     1.40

COMPARABLE SALES (change vs. prior-year period)

                               Q3 FY25     Q3 FY24     YTD FY25     YTD FY24
Stores                          +2.4%       -1.8%       +1.9%        -1.3%
Online                          +6.8%       +3.1%       +4.6%        +2.9%
"""


def _facts(text: str) -> dict[tuple[str, float], str]:
    entity = KnownEntity("Larchmont Goods", ("Larchmont",), SATURDAY_YEARS)
    out = extract(text, published=date(2025, 11, 20), entity=entity).proposals
    return {(p.period.iso(), p.value): p.metric for p in out}


def test_compound_number_words_count_the_weeks_of_a_span():
    (found,) = find_periods("the thirty-nine weeks ended November 1, 2025")
    assert found.ref.period.start == date(2025, 2, 2)
    (spaced,) = find_periods("thirty nine weeks ended Nov. 1, 2025")
    assert spaced.ref.period == found.ref.period


def test_week_columns_over_dates_with_signs_set_apart_give_each_cell_its_span():
    facts = _facts(RELEASE)
    assert facts[("2025-08-03/2025-11-01", 401220000.0)] == "net sales"
    assert facts[("2024-08-04/2024-11-02", 388100000.0)] == "net sales"
    assert facts[("2025-02-02/2025-11-01", 1190450000.0)] == "net sales"
    assert facts[("2024-02-04/2024-11-02", 1150300000.0)] == "net sales"
    assert "earnings per share" in facts[("2025-02-02/2025-11-01", 1.49)]
    assert facts[("2024-02-04/2024-11-02", 57800000.0)] == "operating income"


def test_a_caption_saying_its_cells_are_changes_reads_each_row_as_a_part_of_the_rate():
    facts = _facts(RELEASE)
    assert facts[("2025-08-03/2025-11-01", 2.4)] == "store comparable sales change"
    assert facts[("2024-08-04/2024-11-02", -1.8)] == "store comparable sales change"
    assert facts[("2025-02-02/2025-11-01", 4.6)] == "online comparable sales change"


def test_a_figure_only_compared_with_is_the_year_ago_quarters():
    text = (
        "Larchmont Goods quarter\nwire\n2025-11-20\n\n"
        "Third quarter highlights:\n"
        "- Diluted EPS was $0.52, compared with $0.47; operating income was $21.4 million.\n"
    )
    facts = _facts(text)
    values = {v for _, v in facts}
    assert 0.52 in values and 21400000.0 in values
    # a quarter's bare base is the year-ago quarter (results are set against it unless the
    # text says "sequentially"): the golds record it so
    assert facts[("2024-07-01/2024-09-30", 0.47)] == "diluted earnings per share"


STORY = """Larchmont Goods to shut mall store
The Valley Courier - Business
2026-01-14

The Larchmont Goods store at Eastgate Mall will close its doors on Jan. 24, one of 12 stores
the chain is shutting before its fiscal year ends.

With the update the company narrowed its full-year adjusted earnings forecast to $2.10 to
$2.15 a share, from $2.05 to $2.15.

The closings will leave the chain with 388 stores at the end of the fiscal year.
"""


def test_stores_a_chain_is_shutting_are_planned_closures_never_its_store_count():
    out = extract(
        STORY,
        published=date(2026, 1, 14),
        entity=KnownEntity("Larchmont Goods", ("Larchmont",), SATURDAY_YEARS),
    ).proposals
    closing = next(p for p in out if p.value == 12.0)
    assert closing.metric == "store closures" and closing.kind is Kind.TARGET
    level = next(p for p in out if p.value == 388.0)
    assert level.metric == "stores" and level.kind is Kind.FORECAST
    assert level.period.iso() == "2026-01-31/2026-01-31"  # the year that ends, not the last


def test_from_one_range_after_another_is_the_range_it_replaced():
    out = extract(
        STORY,
        published=date(2026, 1, 14),
        entity=KnownEntity("Larchmont Goods", ("Larchmont",), SATURDAY_YEARS),
    ).proposals
    ranges = {(p.value, p.value_high) for p in out if p.unit == "USD"}
    assert ranges == {(2.10, 2.15), (2.05, 2.15)}  # never a lone $2.05 or $2.15


OUTLOOK = """Larchmont Goods raises its outlook
Larchmont Goods, Inc. - press release
2025-11-20

| Fiscal 2025 | Previous (Aug. 27, 2025) | Revised (Nov. 20, 2025) |
|---|---|---|
| Comparable sales | flat to +2.0% | +1.5% to +2.5% |
| Adjusted diluted EPS | $2.20 to $2.40 | $2.35 to $2.45 |

Comparable sales increased 3.1% in the third quarter of fiscal 2025, and adjusted diluted
earnings per share were $0.52.

The company's original fiscal 2025 outlook, issued on March 12, 2025 with its fourth quarter
fiscal 2024 results, called for comparable sales growth of 1% to 3%.
"""


def test_an_outlook_tables_rates_and_an_original_outlook_dated_by_its_issue():
    out = extract(
        OUTLOOK,
        published=date(2025, 11, 20),
        entity=KnownEntity("Larchmont Goods", ("Larchmont",), SATURDAY_YEARS),
    ).proposals
    comps = {(p.value, p.value_high): p.as_of for p in out if p.unit == "percent" and p.value_high}
    assert comps[(0.0, 2.0)] < comps[(1.5, 2.5)] == date(2025, 11, 20)
    assert comps[(1.0, 3.0)] == date(2025, 3, 12)  # the original, issued that day
    fiscal_2025 = {p.period.iso() for p in out if p.value_high is not None}
    assert len(fiscal_2025) == 1  # the year planned, never the quarter of the results


def test_one_measure_keeps_one_name_across_a_reports_prose_and_tables():
    out = extract(
        OUTLOOK,
        published=date(2025, 11, 20),
        entity=KnownEntity("Larchmont Goods", ("Larchmont",), SATURDAY_YEARS),
    ).proposals
    assert len({p.metric for p in out if p.unit == "percent"}) == 1
    assert len({p.metric for p in out if p.unit == "USD"}) == 1


def test_a_highlights_heading_names_the_period_its_figures_are_compared_with():
    text = (
        "Larchmont Goods quarter\nwire\n2025-11-20\n\n"
        "Larchmont Goods reported results for the thirteen weeks ended November 1, 2025.\n\n"
        "Third Quarter Fiscal 2025 Highlights (compared with the third quarter of fiscal 2024)\n"
        "- Gross margin expanded 70 basis points to 41.2% from 40.5%.\n"
        "- Diluted EPS was $0.52, compared with $0.47.\n"
    )
    facts = _facts(text)
    assert facts[("2025-08-03/2025-11-01", 41.2)] == "gross margin"
    assert facts[("2024-08-04/2024-11-02", 40.5)] == "gross margin"
    assert "earnings per share" in facts[("2024-08-04/2024-11-02", 0.47)]


STORE_TABLE = """Larchmont Goods reports third quarter results
Larchmont Goods, Inc. - press release
2025-11-20

Larchmont Goods, Inc. today reported results for the thirteen weeks ended November 1, 2025.

STORE COUNT
                                Thirteen Weeks    Thirty-Nine Weeks
Stores, beginning of period            402               406
Opened                                   5                12
Closed                                  (12)             (23)
Stores, end of period                  395               395
"""


def test_a_store_count_table_under_bare_spans_gives_levels_on_their_days_and_movements():
    facts = _facts(STORE_TABLE)
    assert facts[("2025-08-02/2025-08-02", 402.0)] == "stores"  # the day before the quarter
    assert facts[("2025-02-01/2025-02-01", 406.0)] == "stores"  # the day before the year
    assert facts[("2025-11-01/2025-11-01", 395.0)] == "stores"
    assert facts[("2025-08-03/2025-11-01", 5.0)] == "store openings"
    assert facts[("2025-02-02/2025-11-01", 23.0)] == "store closures"  # never -23
