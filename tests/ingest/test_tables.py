"""Table styles, each one capability, over invented companies: number notations of other
locales, merged heading cells, "% change" columns, year-to-date columns, wrapped row
labels, periods as rows, lines of the accounts, levels on a day by product and region."""

from __future__ import annotations

from datetime import date

import pytest

from bot.facts.periods import FiscalCalendar
from bot.ingest.documents import parse_document
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.naming import name_proposals
from bot.ingest.tables.cells import cell_figures, comma_decimals, plain_number

CALENDAR_YEARS = FiscalCalendar.of("12-31", "start")


def _facts(text: str, name: str, published: date, calendar=CALENDAR_YEARS, suffix=".txt"):
    doc = parse_document(text, suffix)
    entity = KnownEntity(name, (), calendar)
    return {
        (p.metric, p.period.iso(), round(p.value, 3), p.unit)
        for p in extract(doc.text, published=published, entity=entity).proposals
    }


@pytest.mark.parametrize(
    "cell, comma, value",
    [
        ("4 812", False, 4812),  # a space groups thousands (Nordic, French)
        ("4\u202f812", False, 4812),  # a narrow no-break space
        ("5'412.8", False, 5412.8),  # an apostrophe (Swiss)
        ("1.024,9", True, 1024.9),  # dots group, a comma is the decimal point
        ("212,4", True, 212.4),
        ("1 024,9", True, 1024.9),
        ("2'034", False, 2034),  # a count that looks like a year once its group is gone
        ("1,024", False, 1024),
    ],
)
def test_a_cell_in_another_locales_notation_is_one_number(cell, comma, value):
    figures = cell_figures(plain_number(cell, comma))
    assert [f.value for f in figures] == [pytest.approx(value)]


def test_a_table_writes_decimal_commas_when_one_cell_cannot_be_a_thousands_group():
    assert comma_decimals(["212,4", "1.024,9"])
    assert comma_decimals(["(12,4)"])
    assert not comma_decimals(["1,024", "2,310.5"])


DECIMAL_COMMA_TABLE = """Brunello Tools S.p.A. - half-year figures
Wire (corpus)
2025-08-01

MILAN, 1 August 2025 - Brunello Tools S.p.A. published its half-year figures.

Units sold (thousands)         Q1 2025     Q2 2025    YTD 2025
Drills                           112,5       120,1       232,6
Grinders                       1.040,2       998,7     2.038,9

(EUR m)                        Q1 2025     Q2 2025    YTD 2025
Net revenue                      201,3       214,0       415,3
Revenue from repair
  and rental services             12,2        13,9        26,1
Free cash flow                   (8,4)        11,0         2,6
"""


def test_quarters_with_a_year_to_date_column_in_decimal_commas():
    found = _facts(DECIMAL_COMMA_TABLE, "Brunello Tools", date(2025, 8, 1))
    h1, q2 = "2025-01-01/2025-06-30", "2025-04-01/2025-06-30"
    assert ("drills sold", q2, 120100, "units") in found
    assert ("grinders sold", h1, 2038900, "units") in found  # YTD: up to the last quarter
    assert ("net revenue", h1, 415.3e6, "EUR") in found
    assert not any(period == "2025-01-01/2025-12-31" for _, period, _, _ in found)


def test_a_row_label_wrapped_over_two_lines_is_one_row_named_part_first():
    found = _facts(DECIMAL_COMMA_TABLE, "Brunello Tools", date(2025, 8, 1))
    assert ("repair and rental services revenue", "2025-04-01/2025-06-30", 13.9e6, "EUR") in found


def test_a_line_of_the_accounts_is_named_by_its_label_and_brackets_make_it_negative():
    found = _facts(DECIMAL_COMMA_TABLE, "Brunello Tools", date(2025, 8, 1))
    assert ("free cash flow", "2025-01-01/2025-03-31", -8.4e6, "EUR") in found


MERGED = """Fjellnes Shipping ASA: second quarter 2025

Fjellnes Shipping ASA reported its results for the second quarter.

| | Second quarter | | | First half | |
|---|---|---|---|---|---|
| (NOK million) | 2025 | 2024 | % change | 2025 | 2024 |
| Revenue | 2 310 | 2 104 | 9.8 | 4 402 | 4 050 |
| Net profit (loss) | (12) | 140 | n.m. | 95 | 260 |
| Ships delivered (units) | 3 | 2 | 50.0 | 5 | 4 |
"""


def test_merged_heading_cells_give_each_column_its_period_and_iso_code_its_currency():
    found = _facts(MERGED, "Fjellnes Shipping", date(2025, 8, 20), suffix=".md")
    q2_25, q2_24, h1_24 = "2025-04-01/2025-06-30", "2024-04-01/2024-06-30", "2024-01-01/2024-06-30"
    assert ("revenue", q2_25, 2310e6, "NOK") in found
    assert ("revenue", q2_24, 2104e6, "NOK") in found
    assert ("revenue", h1_24, 4050e6, "NOK") in found
    assert ("net loss", q2_25, 12e6, "NOK") in found
    assert ("ships delivered", h1_24, 4, "units") in found


def test_a_percent_change_column_holds_percentages_and_nm_is_no_figure():
    found = _facts(MERGED, "Fjellnes Shipping", date(2025, 8, 20), suffix=".md")
    changes = {(m, p, v) for m, p, v, u in found if u == "percent"}
    assert ("revenue change", "2025-04-01/2025-06-30", 9.8) in changes
    assert not any(m.startswith("net") for m, _, _ in changes)  # "n.m."


HTML = """<html><head><title>Ostrava Glass: first half 2025</title></head><body><article>
<h1>Ostrava Glass: first half 2025</h1>
<p>Ostrava Glass a.s. today reported its results for the first half of 2025, with higher
volumes in its container glass business and lower energy costs.</p>
<table>
<tr><th></th><th colspan="2">First half</th></tr>
<tr><th>(CZK million)</th><th>2025</th><th>2024</th></tr>
<tr><td>Revenue</td><td>6 840</td><td>6 215</td></tr>
<tr><td>Bottles sold (m units)</td><td>912.4</td><td>850.0</td></tr>
</table>
<p>The company kept its outlook for the year unchanged after a solid first half.</p>
</article></body></html>"""


def test_an_html_table_with_a_merged_heading_and_a_counting_note_in_the_label():
    found = _facts(HTML, "Ostrava Glass", date(2025, 8, 5), suffix=".html")
    assert ("revenue", "2025-01-01/2025-06-30", 6840e6, "CZK") in found
    assert ("bottles sold", "2024-01-01/2024-06-30", 850e6, "units") in found


PERIODS_DOWN = """Tallis Outfitters quarterly sales trend
Wire (corpus)
2025-04-02

Tallis Outfitters Inc. published its quarterly sales trend for fiscal 2024.

                 Net sales       Comparable
Quarter          ($ millions)    sales change
Q1 FY2024          802.1            2.2%
Q2 FY2024          845.0           -1.0%
Fiscal 2024      3,310.4            0.4%
"""


def test_a_table_with_periods_down_and_a_two_line_heading_is_read_by_its_rows():
    found = _facts(
        PERIODS_DOWN, "Tallis Outfitters", date(2025, 4, 2), FiscalCalendar.of("01-31", "start")
    )
    assert ("net sales", "2024-05-01/2024-07-31", 845e6, "USD") in found
    assert ("comparable sales change", "2024-05-01/2024-07-31", -1.0, "percent") in found
    assert ("net sales", "2024-02-01/2025-01-31", 3310.4e6, "USD") in found


LEVELS = """Brixen Telecom AG: half-year report

Brixen Telecom AG reported its subscriber base.

| Customers ('000)          | 30 Jun 2025 | 31 Dec 2024 |
|---------------------------|-------------|-------------|
| Fibre broadband, Austria  | 1'204       | 1'180       |
| Fibre broadband, Slovenia | 310         | 295         |
| Mobile, Austria           | 2'015       | 2'040       |
"""


def test_levels_on_a_day_name_product_and_region_and_stay_apart():
    found = _facts(LEVELS, "Brixen Telecom", date(2025, 8, 10))
    assert ("Austria fibre broadband customers", "2025-06-30/2025-06-30", 1204000, "units") in found
    assert ("Slovenia fibre broadband customers", "2024-12-31/2024-12-31", 295000, "units") in found
    assert ("Austria mobile customers", "2024-12-31/2024-12-31", 2040000, "units") in found


def test_a_count_of_users_names_what_they_use():
    text = (
        "Zephyr Robotics update\n\nZephyr Robotics said its cloud platform subscribers "
        "reached 88,000 at the end of December.\n"
    )
    found = _facts(text, "Zephyr Robotics", date(2025, 2, 5))
    assert {m for m, *_ in found} == {"cloud platform subscribers"}


def test_naming_keeps_two_things_that_share_a_region_apart():
    from bot.facts.model import Kind, Period
    from bot.ingest.model import KnownMetric, Proposal

    def proposal(metric: str) -> Proposal:
        day = Period(date(2025, 6, 30), date(2025, 6, 30))
        return Proposal(
            "Brixen", metric, Kind.ACTUAL, day, 1.0, None, "units", date(2025, 8, 1), "q", 0
        )

    known = [KnownMetric("Austria mobile customers", (), "units")]
    named = name_proposals(
        [proposal("Austria broadband customers"), proposal("mobile customers")],
        metrics=known,
        entities=[],
    )
    # another product, or no region where the store's has one: another metric
    assert [p.metric for p in named] == ["Austria broadband customers", "mobile customers"]


GERMAN = """Hollerbach Werke AG: Quarterly Statement

Hollerbach Werke AG published its quarterly statement.

Key figures (in EUR million)      Q2/2025   Q2/2024   Change in %   6M/2025   6M/2024
Sales                               812,4     790,0           2,8   1.611,0   1.580,2
Adjusted EBIT1)                      61,5      70,2         –12,4     120,3     131,9
Net income                           –4,1      22,0             –      18,6      40,7

1) Before restructuring costs for the closure of a plant.
"""


def test_slashed_headings_an_en_dash_minus_and_a_word_with_a_footnote_number():
    found = _facts(GERMAN, "Hollerbach Werke", date(2025, 8, 6))
    h1_24 = "2024-01-01/2024-06-30"
    assert ("sales", h1_24, 1580.2e6, "EUR") in found  # "6M/2024", not the six months of 2025
    assert ("net income", "2025-04-01/2025-06-30", -4.1e6, "EUR") in found
    assert ("adjusted EBIT change", "2025-04-01/2025-06-30", -12.4, "percent") in found
    assert ("adjusted EBIT", h1_24, 131.9e6, "EUR") in found  # "EBIT1)": the note's marker


COUNTS = """Corvia Rail: deliveries

| Trains delivered | Q1 2025 | Q2 2025 | H1 2025 |
|---|---|---|---|
| Metro sets | 12 | 9 | 21 |
| Regional sets | 4 | 6 | 10 |
| Total | 16 | 15 | 31 |

| Trains | H1 2025 | H1 2024 |
|---|---|---|
| Cancellations | 3 | 1 |
"""


def test_a_total_row_is_the_captions_measure_and_a_plural_count_is_named_by_its_label():
    found = _facts(COUNTS, "Corvia Rail", date(2025, 7, 20), suffix=".md")
    assert ("trains delivered", "2025-01-01/2025-06-30", 31, "units") in found
    assert ("metro sets delivered", "2025-04-01/2025-06-30", 9, "units") in found
    assert ("cancellations", "2024-01-01/2024-06-30", 1, "units") in found


KPIS = """<html><body><article>
<h1>Palmera Resorts: first-half operating figures</h1>
<p>Palmera Resorts Inc. today reported operating figures for its resorts for the first half
of 2025, with strong demand over the spring holidays.</p>
<table>
<tr><th>Period</th><th>Occupancy (%)</th><th>ADR (USD)</th><th>Revenue (USD m)</th></tr>
<tr><td>Q1 2025</td><td>66.0</td><td>198.50</td><td>310.2</td></tr>
<tr><td>H1 2025</td><td>70.5</td><td>207.25</td><td>655.0</td></tr>
</table>
<p>The company will discuss the results with investors on a call later today.</p>
</article></body></html>"""


def test_periods_down_with_kpis_across_named_by_their_headings_and_units():
    found = _facts(KPIS, "Palmera Resorts", date(2025, 8, 7), suffix=".html")
    h1 = "2025-01-01/2025-06-30"
    assert ("occupancy", h1, 70.5, "percent") in found
    assert ("ADR", "2025-01-01/2025-03-31", 198.5, "USD") in found
    assert ("revenue", h1, 655e6, "USD") in found


def test_a_comments_heading_over_the_companys_own_notes_is_not_reader_comments():
    text = (
        "Ardent Pumps: nine-month key figures\n\n"
        + "Ardent Pumps AG published its key figures for the first nine months. " * 4
        + "\n\n## Comments\n\n"
        "- Revenue in the Nordics rose 6% in the first nine months, helped by projects.\n"
    )
    found = _facts(text, "Ardent Pumps", date(2025, 11, 6), suffix=".md")
    assert ("Nordics revenue growth", "2025-01-01/2025-09-30", 6.0, "percent") in found


WEEKS = """Calder Foodstores: preliminary results

Calder Foodstores plc announced its results.

                                    52 weeks to         52 weeks to
                                    1 March 2025    24 February 2024      Change
Group revenue (£m)                       1,204.6             1,151.3        4.6%
Basic earnings per share (p)                12.4                11.1       11.7%
Stores at year end                           312                 298
"""


def test_a_change_column_beside_stacked_headings_pence_rows_and_levels_at_year_end():
    found = _facts(WEEKS, "Calder Foodstores", date(2025, 4, 24), FiscalCalendar.of("02-28", "end"))
    year = "2024-03-03/2025-03-01"
    assert ("revenue", year, 1204.6e6, "GBP") in found  # "Group": the whole company
    assert ("revenue change", year, 4.6, "percent") in found
    assert ("basic earnings per share", year, 0.124, "GBP") in found  # "(p)": pence
    assert ("basic earnings per share change", year, 11.7, "percent") in found
    assert ("stores", "2024-02-24/2024-02-24", 298, "units") in found  # on the year's last day


KOREAN = """Saebom Panel 2Q25 results

Saebom Panel Co. reported its second-quarter results.

(KRW bn)                 2Q25       1Q25       2Q24        QoQ        YoY
Revenue               4,210.5    3,980.2    4,001.0         6%         5%
Operating profit         88.1      -40.2       61.0        T/P        44%
Panel shipments (m)       8.2        7.6        7.9
"""


def test_sequential_and_year_on_year_columns_and_a_count_row_in_a_money_table():
    found = _facts(KOREAN, "Saebom Panel", date(2025, 7, 25))
    q2 = "2025-04-01/2025-06-30"
    assert ("revenue sequential change", q2, 6, "percent") in found
    assert ("revenue change", q2, 5, "percent") in found
    assert ("operating profit", "2025-01-01/2025-03-31", -40.2e9, "KRW") in found
    assert ("panel shipments", q2, 8.2e6, "units") in found  # "(m)": millions, not a note
    assert not any(m == "operating profit change" and p == q2 and v != 44 for m, p, v, _ in found)


TANSHIN = """Momiji Works Co., Ltd. Consolidated Financial Results

1. Consolidated results for the six months ended September 30, 2025

                       Net sales             Operating income       Profit attributable to
                                                                    owners of parent
                    Million yen      %     Million yen      %     Million yen      %
Six months ended
September 30, 2025      210,400    6.1         30,150   △2.0          20,010   △10.4
September 30, 2024      198,300    4.2         30,760    3.3          22,330     7.7

3. Consolidated forecast for the fiscal year ending March 31, 2026

                       Net sales             Operating income       Profit attributable to
                                                                    owners of parent
                    Million yen      %     Million yen      %     Million yen      %
Full year               430,000    5.0         61,000    1.5          41,000   △3.0
"""


def test_a_japanese_summary_with_amount_and_percent_pairs_under_wrapped_headings():
    found = _facts(TANSHIN, "Momiji Works", date(2025, 11, 6), FiscalCalendar.of("03-31", "end"))
    h1, h1_24, fy = "2025-04-01/2025-09-30", "2024-04-01/2024-09-30", "2025-04-01/2026-03-31"
    assert ("net sales", h1, 210400e6, "JPY") in found
    assert ("operating income change", h1, -2.0, "percent") in found  # △: minus
    assert ("profit attributable to owners of parent", h1_24, 22330e6, "JPY") in found
    assert ("profit attributable to owners of parent change", fy, -3.0, "percent") in found
    assert ("operating income", fy, 61000e6, "JPY") in found
    assert not any(u == "JPY" and abs(v) < 1e9 for _, _, v, u in found)  # no % read as yen


US_TABLE = """Granite Peak Tools - fiscal 2025 results

Granite Peak Tools, Inc. today reported results for fiscal 2025.

(Dollars in millions, except per share data)
                                     Fiscal 2025    Fiscal 2024    % Change
Net sales                             $ 1,212.8      $ 1,198.5        1.2 %
Operating income (loss)                   (8.4)          91.7          n.m.
Diluted earnings (loss) per share     $ (0.05)       $   0.61          n.m.
"""


def test_an_indented_heading_a_dollars_note_and_accountants_minus_signs():
    found = _facts(
        US_TABLE, "Granite Peak Tools", date(2025, 11, 20), FiscalCalendar.of("09-30", "end")
    )
    fy25, fy24 = "2024-10-01/2025-09-30", "2023-10-01/2024-09-30"
    assert ("net sales", fy24, 1198.5e6, "USD") in found
    assert ("net sales change", fy25, 1.2, "percent") in found
    assert ("operating loss", fy25, 8.4e6, "USD") in found  # a row ending in "n.m."
    assert ("diluted loss per share", fy25, 0.05, "USD") in found  # "$ (0.05)", not scaled
    assert ("diluted earnings per share", fy24, 0.61, "USD") in found  # "$   0.61": one cell
    assert not any(u == "percent" and v == 0.61 for _, _, v, u in found)


CROSS = """Orrin Audio: shipments by region

Orrin Audio Ltd. published its shipments for the second quarter of 2025.

## Q2 2025 shipments by region (thousand units)

| Region | Headphones | Speakers |
|---|---|---|
| Europe | 410 | 122 |
| North America | 530 | 98 |
| Total | 940 | 220 |
"""


def test_regions_down_products_across_dated_and_measured_by_the_title():
    found = _facts(CROSS, "Orrin Audio", date(2025, 7, 28), suffix=".md")
    q2 = "2025-04-01/2025-06-30"
    assert ("Europe headphones shipped", q2, 410000, "units") in found
    assert ("North America speakers shipped", q2, 98000, "units") in found
    assert ("speakers shipped", q2, 220000, "units") in found


TABS = (
    "Kestrel Ales trading update\n\nKestrel Ales plc issued a trading update.\n\n"
    "Metric\tQ1 2025\tQ1 2024\tChange\n"
    "Revenue\t£44.2m\t£40.9m\t+8.1%\n"
    "Pubs operated at period end\t212\t209\t+3\n"
    "EBITDA margin\t17.6%\t18.9%\t-1.3 pp\n"
)


def test_a_tab_separated_table_with_units_in_its_cells_and_a_level_at_period_end():
    found = _facts(TABS, "Kestrel Ales", date(2025, 4, 30))
    assert ("revenue change", "2025-01-01/2025-03-31", 8.1, "percent") in found
    assert ("pubs operated", "2024-03-31/2024-03-31", 209, "units") in found
    assert not any(v in (3, -1.3) for _, _, v, _ in found)  # "+3" pubs, "-1.3 pp": no figures


VERSUS = """Tamarind Bikes first half

| | H1 2025 | H1 2024 | H1 2025 vs H1 2024 |
|---|---|---|---|
| Revenue | $0.84bn | $0.79bn | +6.3% |
| Operating loss | $(12)m | $(20)m | |
| Active riders (end of period) | 1.6m | 1.2m | +33.3% |
"""


def test_a_versus_column_and_scaled_cells_in_brackets():
    found = _facts(VERSUS, "Tamarind Bikes", date(2025, 7, 24), suffix=".md")
    h1, h1_24 = "2025-01-01/2025-06-30", "2024-01-01/2024-06-30"
    assert ("revenue change", h1, 6.3, "percent") in found
    assert ("operating loss", h1_24, 20e6, "USD") in found
    assert ("active riders", "2025-06-30/2025-06-30", 1.6e6, "units") in found
    assert not any(v == 33.3 for _, _, v, _ in found)  # a level's change is no period's figure


def test_a_note_on_reading_a_table_is_not_its_title():
    from datetime import date

    from bot.facts.periods import FiscalCalendar
    from bot.ingest.extract import KnownEntity, extract

    text = (
        "Sorrel Optics forecast\nTest Wire\n2026-02-06\n\n"
        "3. Earnings forecasts for the fiscal year ending March 31, 2026\n"
        "(Percentages indicate year-on-year changes.)\n"
        "                 Net sales          Operating profit\n"
        "                 Millions of yen    Millions of yen\n"
        "Full year        170,000            18,000\n"
    )
    found = extract(
        text,
        published=date(2026, 2, 6),
        entity=KnownEntity("Sorrel Optics", (), FiscalCalendar.of("03-31", "end")),
    ).proposals
    sales = [p for p in found if p.value == 170_000_000_000]
    assert sales and all(p.kind.value == "forecast" for p in sales)
    assert all(p.period.iso() == "2025-04-01/2026-03-31" for p in sales)
    assert not any("percentages" in p.metric for p in found)


def test_a_money_row_of_a_table_by_region_is_that_regions_revenue():
    from datetime import date

    from bot.facts.periods import FiscalCalendar
    from bot.ingest.extract import KnownEntity, extract

    text = (
        "Sorrel Audio update\nTest Wire\n2026-01-20\n\n"
        "Trading by region\n\n"
        "| Region   | Q3 2025 (£m) | Q3 2024 (£m) |\n"
        "|:---------|-------------:|-------------:|\n"
        "| UK       | 62.4         | 60.1         |\n"
        "| Europe   | 51.0         | 46.2         |\n"
    )
    found = {
        (p.metric, p.value)
        for p in extract(
            text,
            published=date(2026, 1, 20),
            entity=KnownEntity("Sorrel Audio", (), FiscalCalendar.of("12-31", "end")),
        ).proposals
    }
    assert ("UK revenue", 62_400_000) in found
    assert ("Europe revenue", 46_200_000) in found


def test_a_row_naming_its_year_under_a_previous_revised_pair_is_that_years():
    from datetime import date

    from bot.facts.periods import FiscalCalendar
    from bot.ingest.extract import KnownEntity, extract

    text = (
        "Sorrel Homes update\nTest Wire\n2026-06-18\n\n"
        "The company raised its outlook for FY26.\n\n"
        "Outlook\n\n"
        "                                      Previous       Revised\n"
        "FY26 adjusted profit before tax       £62m–£68m      £70m–£74m\n"
        "FY26 group revenue                    c.£555m        c.£570m\n"
    )
    found = {
        (p.metric, p.period.iso(), p.value, p.value_high)
        for p in extract(
            text,
            published=date(2026, 6, 18),
            entity=KnownEntity("Sorrel Homes", (), FiscalCalendar.of("08-31", "end")),
        ).proposals
    }
    fy26 = "2025-09-01/2026-08-31"
    assert {(p, v, h) for _, p, v, h in found} >= {(fy26, 62e6, 68e6), (fy26, 70e6, 74e6)}
    assert not any(m.lower().startswith("fy26") for m, *_ in found)
    assert any(m == "adjusted profit before tax" for m, *_ in found)


def test_a_broker_table_with_its_heading_abbreviated_and_units_unless_stated():
    from datetime import date

    from bot.facts.periods import FiscalCalendar
    from bot.ingest.extract import KnownEntity, extract

    text = (
        "Sahel Software review\nTest Wire\n2025-07-18\n\n"
        "Sahel reported Q1FY26 results on Thursday.\n\n"
        "Key figures (₹ crore unless stated)\n\n"
        "  Particulars                 Q1FY26     Q4FY25     QoQ    Broker est.\n"
        "  Net profit                   1,603      1,612   -0.6%          1,640\n"
        "  EBIT margin (%)               18.1       18.6   -50bp           18.5\n"
    )
    found = {
        (p.metric, p.period.iso(), p.value)
        for p in extract(
            text,
            published=date(2025, 7, 18),
            entity=KnownEntity("Sahel Software", (), FiscalCalendar.of("03-31", "end")),
        ).proposals
    }
    assert ("net profit", "2025-04-01/2025-06-30", 16_030_000_000) in found
    assert ("EBIT margin", "2025-01-01/2025-03-31", 18.6) in found
    assert not any(v in (16_400_000_000, 18.5) for *_, v in found)  # the broker's estimates
    assert not any(m.startswith("particulars") for m, *_ in found)


def test_a_change_column_on_a_basis_and_a_bracketed_negative_rate():
    from datetime import date

    from bot.facts.periods import FiscalCalendar
    from bot.ingest.extract import KnownEntity, extract

    text = (
        "Sahel Software results\nTest Wire\n2025-01-16\n\n"
        "Sahel reported results for Q3FY25.\n\n"
        "Revenue by industry vertical (Q3FY25, USD million)\n\n"
        "| Vertical     | Q3FY25  | YoY CC growth |\n"
        "|--------------|---------|---------------|\n"
        "| Retail       | 218.8   | 3.9%          |\n"
        "| Media        | 159.5   | (1.8%)        |\n"
    )
    found = {
        (p.metric, p.value)
        for p in extract(
            text,
            published=date(2025, 1, 16),
            entity=KnownEntity("Sahel Software", (), FiscalCalendar.of("03-31", "end")),
        ).proposals
    }
    assert ("retail revenue", 218_800_000) in found
    assert ("media revenue constant currency change", -1.8) in found


def _stated(text: str, published: date, entity: KnownEntity) -> set[tuple]:
    """(metric, period, value, unit) of every figure the report states."""
    found = extract(text, published=published, entity=entity).proposals
    return {(p.metric, p.period.iso(), p.value, p.unit) for p in found}


def test_a_table_quoted_in_a_post_is_read_as_a_table():
    text = (
        "Fernhill Cruises results thread\nTest Forum\n2025-03-02\n\n"
        "OP here, pasting the release:\n\n"
        "> Fernhill Cruises reports fiscal 2024 results\n"
        ">\n"
        "> |                     | 2024  | 2023  |\n"
        "> |---------------------|-------|-------|\n"
        "> | Revenue ($m)        | 2,310 | 2,045 |\n"
        "> | Passengers (m)      | 3.4   | 3.1   |\n"
    )
    got = _stated(text, date(2025, 3, 2), KnownEntity("Fernhill Cruises", ("Fernhill",)))
    assert ("revenue", "2024-01-01/2024-12-31", 2.31e9, "USD") in got
    assert ("revenue", "2023-01-01/2023-12-31", 2.045e9, "USD") in got


def test_a_count_row_in_millions_beside_dollar_rows_stays_a_count():
    text = (
        "Fernhill Cruises quarterly filing\nTest Filing\n2025-08-07\n\n"
        "Key operating metrics (in millions)\n\n"
        "                              Three Months Ended June 30,\n"
        "                                 2025        2024\n"
        "Cabin nights booked (millions)    6.2         5.8\n"
        "Net revenue                    $ 410       $ 380\n"
    )
    got = _stated(text, date(2025, 8, 7), KnownEntity("Fernhill Cruises", ("Fernhill",)))
    assert ("cabin nights booked", "2025-04-01/2025-06-30", 6.2e6, "units") in got


def test_a_title_with_its_counts_scale_beside_it_is_no_header_row():
    text = (
        "Hoshida Devices annual review\nTest Report\n2025-06-20\n\n"
        "Units shipped by product                          (Thousands of units)\n"
        "Product                              FY3/24          FY3/25\n"
        "Tablets                               1,204           1,350\n"
        "E-readers                               610             585\n"
    )
    entity = KnownEntity("Hoshida Devices", ("Hoshida",), FiscalCalendar.of("03-31", "end"))
    got = {row[1:] for row in _stated(text, date(2025, 6, 20), entity)}
    assert ("2024-04-01/2025-03-31", 1.35e6, "units") in got
    assert ("2023-04-01/2024-03-31", 610e3, "units") in got


def test_a_units_row_under_merged_measure_headings_gives_each_column_its_scale():
    text = (
        "Sakuraba Cement quarterly summary\nTest Filing\n2026-02-10\n\n"
        "(1) Consolidated operating results (cumulative)\n\n"
        "|                                     | Net sales       |     | Operating profit |     |\n"
        "|                                     | Millions of yen | %   | Millions of yen  | %   |\n"
        "| Nine months ended December 31, 2025 | 412,500         | 3.1 | 21,040           | 5.0 |\n"
        "| Nine months ended December 31, 2024 | 400,100         | 1.2 | 20,038           | 2.2 |\n"
    )
    entity = KnownEntity("Sakuraba Cement", ("Sakuraba",), FiscalCalendar.of("03-31", "end"))
    got = {row[1:] for row in _stated(text, date(2026, 2, 10), entity)}
    assert ("2025-04-01/2025-12-31", 412.5e9, "JPY") in got
    assert ("2024-04-01/2024-12-31", 20.038e9, "JPY") in got
