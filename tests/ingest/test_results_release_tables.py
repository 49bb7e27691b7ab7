"""Tables of results releases, over invented companies: a table set in as a whole under a
stacked header ("Three Months Ended / date / currency"), a convenience-translation column,
a reconciliation's adjustment rows, units in trillions and in hundreds of millions, and a
quarterly table by division under a title that names its units."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR, FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

TO_MARCH = FiscalCalendar.of("03-31", "start")

RESULTS = """Tollan Motors Reports Unaudited Second Quarter 2025 Results
Tollan Motors Ltd. — results release
2025-08-14

Tollan Motors Ltd. today announced its unaudited results for the quarter ended June 30, 2025.

Condensed Consolidated Statements of Operations
(All amounts in millions, except for percentages)

                                   Three Months Ended                    Six Months Ended
                            Jun 30, 2024   Jun 30, 2025   Jun 30, 2025   Jun 30, 2024   Jun 30, 2025
                                RMB            RMB            US$            RMB            RMB
  Vehicle sales              8,410.2        9,902.6        1,381.3       15,120.8       18,744.1
  Net loss                  (2,210.5)      (1,640.2)        (228.8)      (4,300.7)      (3,115.9)
  Gross margin                  8.3%           11.6%                         7.9%          10.8%

Reconciliation of GAAP and Non-GAAP Results
(All amounts in millions)

                                   Three Months Ended
                            Jun 30, 2024   Jun 30, 2025   Jun 30, 2025
                                RMB            RMB            US$
  Net loss (GAAP)           (2,210.5)      (1,640.2)        (228.8)
  Share-based compensation     402.7          388.1           54.1
  Adjusted net loss (non-GAAP) (1,807.8)   (1,252.1)       (174.7)
"""


def _rows(text: str, name: str, published: date, cal=CALENDAR) -> set[tuple]:
    entity = KnownEntity(name, (), cal)
    out = extract(text, published=published, entity=entity).proposals
    return {(p.metric, p.period.iso(), round(p.value, 6), p.unit) for p in out}


def _values(rows: set[tuple]) -> set[tuple]:
    return {(period, value, unit) for _, period, value, unit in rows}


def test_a_table_set_in_as_a_whole_reads_its_stacked_header_and_its_currency():
    found = _values(_rows(RESULTS, "Tollan Motors", date(2025, 8, 14)))
    assert ("2025-04-01/2025-06-30", 9_902_600_000.0, "CNY") in found
    assert ("2024-01-01/2024-06-30", 15_120_800_000.0, "CNY") in found
    assert ("2025-01-01/2025-06-30", 18_744_100_000.0, "CNY") in found


def test_a_convenience_translation_column_is_no_figure():
    found = _values(_rows(RESULTS, "Tollan Motors", date(2025, 8, 14)))
    assert not any(unit == "USD" for _, _, unit in found)
    assert not any(value in (1_381_300_000.0, 228_800_000.0) for _, value, _ in found)


def test_a_row_with_an_empty_translation_cell_keeps_each_figure_under_its_column():
    found = _values(_rows(RESULTS, "Tollan Motors", date(2025, 8, 14)))
    assert ("2024-01-01/2024-06-30", 7.9, "percent") in found
    assert ("2025-01-01/2025-06-30", 10.8, "percent") in found


def test_a_reconciliations_adjustment_rows_are_no_figures_its_adjusted_line_is():
    rows = _rows(RESULTS, "Tollan Motors", date(2025, 8, 14))
    assert not any("compensation" in metric for metric, *_ in rows)
    adjusted = {r for r in rows if r[0] == "adjusted net loss"}
    assert ("adjusted net loss", "2025-04-01/2025-06-30", 1_252_100_000.0, "CNY") in adjusted


DIVISIONS = """Morae Electronics Announces Second Quarter 2025 Results
Morae Electronics Co., Ltd. — IR earnings release
2025-07-30

Quarterly results by division (KRW trillion)

                          2Q25      1Q25      2Q24      QoQ       YoY
  Revenue                 18.2      17.5      16.9      +4.0%     +7.7%
    Memory                 8.1       7.6       6.9      +6.6%    +17.4%
    Displays               4.3       4.4       4.6      -2.3%     -6.5%
  Operating profit        1.41      1.22      1.05     +15.6%    +34.3%
"""


def test_a_quarterly_table_by_division_in_trillions_under_its_title():
    rows = _rows(DIVISIONS, "Morae Electronics", date(2025, 7, 30))
    found = _values(rows)
    assert ("2025-04-01/2025-06-30", 18.2e12, "KRW") in found
    assert ("2024-04-01/2024-06-30", 6.9e12, "KRW") in found
    assert ("2025-01-01/2025-03-31", 1.22e12, "KRW") in found
    # the QoQ and YoY columns are the changes of the first quarter's column
    assert ("2025-04-01/2025-06-30", 6.6, "percent") in found
    assert ("2025-04-01/2025-06-30", -6.5, "percent") in found
    # "Quarterly" is how often, never a name of what the rows count
    assert not any("quarterly" in metric.lower() for metric, *_ in rows)


NOTICE = """Notice Regarding Revision of Full-Year Earnings Forecasts
Sakurada Machinery Co., Ltd. — timely disclosure
2025-11-06

Sakurada Machinery Co., Ltd. has revised the consolidated earnings forecasts for the fiscal
year ending March 31, 2026, which were announced on May 12, 2025, as follows.

(Unit: 100 million yen, except per-share figures in yen)

                                        Net sales   Operating   Ordinary   Profit attributable
                                                    profit      profit     to owners of parent
  Previous forecast (A)                   2,150        164         170          112
  Revised forecast (B)                    2,230        181         188          125
  Change (B-A)                               80         17          18           13
"""


def test_a_revision_notice_in_hundreds_of_millions_with_headings_over_two_lines():
    rows = _rows(NOTICE, "Sakurada Machinery", date(2025, 11, 6), TO_MARCH)
    found = _values(rows)
    year = "2025-04-01/2026-03-31"
    assert (year, 215_000_000_000.0, "JPY") in found
    assert (year, 223_000_000_000.0, "JPY") in found
    assert (year, 18_800_000_000.0, "JPY") in found  # ordinary profit, revised
    assert (year, 12_500_000_000.0, "JPY") in found  # profit attributable, revised
    assert not any(value == 8_000_000_000.0 for _, value, _ in found)  # a change row


SUMMARY = """Consolidated Financial Results for the Nine Months Ended December 31, 2025 (summary)
Hinokawa Instruments Co., Ltd.
2026-02-06

(Amounts in billions of yen, rounded; percentages show change from a year earlier)

(1) Operating results (cumulative)

                                      Net sales        Operating profit   Ordinary profit
  9M FY3/26 (Apr-Dec 2025)            210.4   5.2%     18.3   12.1%       19.0   (2.4)%
  9M FY3/25 (Apr-Dec 2024)            200.0   3.3%     16.3   (4.0)%      19.5   1.1%

(2) Segment information (nine months, cumulative)

| Segment            | Net sales | YoY    | Segment profit |
|--------------------|-----------|--------|----------------|
| Sensors            | 120.2     | +8.0%  | 12.6           |
| Meters             | 90.2      | +1.7%  | 6.4            |
| Adjustments        | -         | -      | (0.7)          |
| Total              | 210.4     | +5.2%  | 18.3           |
"""


def test_a_heading_over_a_figure_and_its_change_names_both():
    rows = _rows(SUMMARY, "Hinokawa Instruments", date(2026, 2, 6), TO_MARCH)
    nine, before = "2025-04-01/2025-12-31", "2024-04-01/2024-12-31"
    assert ("operating profit", nine, 18.3e9, "JPY") in rows
    assert ("operating profit change", nine, 12.1, "percent") in rows
    assert ("ordinary profit change", nine, -2.4, "percent") in rows
    assert ("operating profit change", before, -4.0, "percent") in rows
    # never a change read as the next heading's level
    assert ("ordinary profit", nine, 12.1e9, "JPY") not in rows


def test_a_segment_table_under_a_bracketed_nine_months_heading():
    rows = {
        (m.lower(), *rest)
        for m, *rest in _rows(SUMMARY, "Hinokawa Instruments", date(2026, 2, 6), TO_MARCH)
    }
    nine = "2025-04-01/2025-12-31"
    assert ("sensors net sales", nine, 120.2e9, "JPY") in rows
    assert ("meters segment profit", nine, 6.4e9, "JPY") in rows
    assert ("sensors net sales change", nine, 8.0, "percent") in rows
    assert not any("adjustment" in metric.lower() for metric, *_ in rows)


PLAN = """Medium-Term Management Plan briefing
Hinokawa Instruments Co., Ltd. (translation)
2025-05-20

3. HINOKAWA NEXT 2028 — numerical targets for FY2027 (ending March 2028)

  Item                           FY2024 actual      FY2027 target
  Net sales                      280.5 bn yen       350.0 bn yen
  Operating margin               6.9%               9% or more
"""


def test_a_plans_target_table_reads_fiscal_years_and_never_the_plans_name():
    cal = FiscalCalendar.of("03-31", "start")
    rows = _rows(PLAN, "Hinokawa Instruments", date(2025, 5, 20), cal)
    assert any(r[1:] == ("2024-04-01/2025-03-31", 280.5e9, "JPY") for r in rows)
    assert any(r[1:] == ("2027-04-01/2028-03-31", 350.0e9, "JPY") for r in rows)
    assert any(r[1:] == ("2027-04-01/2028-03-31", 9.0, "percent") for r in rows)
    assert not any("next" in r[0].lower() or "numerical" in r[0].lower() for r in rows)
    kinds = {
        p.period.iso(): p.kind.value
        for p in extract(
            PLAN, published=date(2025, 5, 20), entity=KnownEntity("Hinokawa Instruments", (), cal)
        ).proposals
    }
    assert kinds["2024-04-01/2025-03-31"] == "actual"
    assert kinds["2027-04-01/2028-03-31"] == "target"


def test_the_previous_years_results_in_a_revision_notice_are_no_earlier_statement():
    notice = NOTICE + (
        "  (Reference) Actual results for\n"
        "  previous fiscal year (FY3/25)           2,010        150         158          101\n"
    )
    entity = KnownEntity("Sakurada Machinery", (), TO_MARCH)
    found = extract(notice, published=date(2025, 11, 6), entity=entity).proposals
    actual = [p for p in found if p.period.iso() == "2024-04-01/2025-03-31"]
    assert actual and all(p.as_of == date(2025, 11, 6) for p in actual)
    assert all(p.kind.value == "actual" for p in actual)
    old = [p for p in found if p.value == 215_000_000_000.0]
    assert old and old[0].as_of == date(2025, 5, 12)  # "announced on May 12, 2025"


def test_a_division_below_a_total_keeps_its_name_as_written():
    rows = _rows(DIVISIONS, "Morae Electronics", date(2025, 7, 30))
    assert ("Memory revenue", "2025-04-01/2025-06-30", 8.1e12, "KRW") in rows


RELEASE = """Morae Electronics Announces Third Quarter 2025 Results
Morae Electronics Co., Ltd. — IR earnings release
2025-10-29

Morae Electronics Co., Ltd. today reported revenue of KRW 19.1 trillion for the third quarter
ended September 30, 2025. Operating margin improved to 7.9% from 6.1% a year earlier. Net
profit was KRW 1.31 trillion.

Quarterly results by division (KRW trillion)

                          3Q25      2Q25      3Q24
  Revenue                 19.1      18.2      17.0
    Handsets (HS)          6.2       5.9       5.8

HS shipped 12.4 million smartphones.

Outlook
- HS: 4Q25 smartphone shipments are expected to be between 12 million and 13 million units.
The 2025 smartphone shipment target has been revised to 49 million units (previously 51 million).
"""


def test_a_rate_raised_from_a_year_earlier_is_two_levels_and_leaves_the_next_sentence_alone():
    rows = _rows(RELEASE, "Morae Electronics", date(2025, 10, 29))
    assert ("operating margin", "2025-07-01/2025-09-30", 7.9, "percent") in rows
    assert ("operating margin", "2024-07-01/2024-09-30", 6.1, "percent") in rows
    profit = {r for r in rows if r[2] == 1.31e12}
    assert profit and all(r[1] == "2025-07-01/2025-09-30" for r in profit)


def test_a_division_named_by_its_short_form_is_the_companys_own():
    rows = _rows(RELEASE, "Morae Electronics", date(2025, 10, 29))
    assert any(r[1:] == ("2025-07-01/2025-09-30", 12.4e6, "units") for r in rows)


def test_the_years_target_after_a_quarters_outlook_is_for_the_year():
    rows = _rows(RELEASE, "Morae Electronics", date(2025, 10, 29))
    target = {r[1] for r in rows if r[2] in (49e6, 51e6)}
    assert target == {"2025-01-01/2025-12-31"}


def test_a_division_its_tables_name_owns_the_figures_of_a_sentence_it_opens():
    text = RELEASE + (
        "\nMemory\nMemory posted an operating profit of KRW 1.47 trillion in the third quarter "
        "of 2025, an operating margin of 16.1%, on strong server demand.\n"
    )
    text = text.replace(
        "    Handsets (HS)", "    Memory                 8.9       8.1       7.7\n    Handsets (HS)"
    )
    rows = _rows(text, "Morae Electronics", date(2025, 10, 29))
    q3 = "2025-07-01/2025-09-30"
    assert any(r[0].startswith("Memory") and r[1:] == (q3, 1.47e12, "KRW") for r in rows)
    # never the company's own margin or profit
    assert not any(
        r[0] in ("operating margin", "operating income") and r[2] in (16.1, 1.47e12) for r in rows
    )
