"""An operating-data schedule of a results release and a market column quoting rivals, over
invented companies: a title whose bracket says the units ("unaudited; dollars in millions,
except ...") and whose head is a generic word, count rows under a money note, rows told apart
by a bracket ("(units)" / "(value)"), a unit price in a currency's code ("(USD/TEU)"),
newswire highlights opened by "--", an amount that names its charge ("$12.0 million of
restructuring charges"), and other companies' and a named index's figures."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR, FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

TO_SEPTEMBER = FiscalCalendar.of("09-30", "end")

RELEASE = """Tessaly Cabins Reports Fiscal 2025 Results
Newswire — results release
2025-11-12

  -- Net loss of $7.5 million in the fourth quarter after $12.0 million of restructuring
     charges
  -- Fiscal 2026 deliveries expected to be 2,000 to 2,200 cabins

For the fourth quarter, Tessaly Cabins reported a net loss of $7.5 million.

CABIN OPERATING DATA (unaudited; dollars in millions, except average price)

                                      Three Months Ended         Twelve Months Ended
                                         September 30               September 30
                                       2025         2024          2025         2024
Orders (units)                          512          498         2,044        1,988
Orders (value)                        $84.1        $80.2        $331.6       $320.4
Cabins delivered                        530          501         2,010        1,950
Cabin revenue                         $86.3        $81.0        $325.7       $314.9
Average price (delivered) $162,800     $161,700      $162,000     $161,500

                                                 At September 30
                                               2025          2024
Backlog (units)                                 702           688
Backlog (value)                              $113.4        $110.9
Active sales centers                             41            38
"""


def _rows(text: str, name: str, published: date, cal=CALENDAR) -> set[tuple]:
    entity = KnownEntity(name, (), cal)
    out = extract(text, published=published, entity=entity).proposals
    return {(p.metric, p.period.iso(), round(p.value, 6), p.unit) for p in out}


def test_a_titled_schedule_in_millions_keeps_row_names_and_counts_unscaled():
    rows = _rows(RELEASE, "Tessaly Cabins", date(2025, 11, 12), TO_SEPTEMBER)
    # the title's generic head ("operating data") is no part of any row's name
    assert not any("operating data" in m.lower() for m, *_ in rows)
    assert ("cabin revenue", "2025-07-01/2025-09-30", 86_300_000.0, "USD") in rows
    # a count row under "dollars in millions" is a count, never millions of dollars
    assert ("cabins delivered", "2024-10-01/2025-09-30", 2010.0, "units") in rows
    assert not any(v == 2_010_000_000.0 for _, _, v, _ in rows)
    # the price the note excepts, its first amount one space after the label's bracket
    assert ("average price", "2025-07-01/2025-09-30", 162_800.0, "USD") in rows


def test_rows_told_apart_by_a_bracket_are_two_metrics():
    rows = _rows(RELEASE, "Tessaly Cabins", date(2025, 11, 12), TO_SEPTEMBER)
    assert ("orders", "2025-07-01/2025-09-30", 512.0, "units") in rows
    assert ("orders value", "2025-07-01/2025-09-30", 84_100_000.0, "USD") in rows
    # a second table under the first's note: the value row in its millions too
    assert ("backlog", "2025-09-30/2025-09-30", 702.0, "units") in rows
    assert ("backlog value", "2025-09-30/2025-09-30", 113_400_000.0, "USD") in rows
    assert not any(v == 512_000_000.0 for _, _, v, _ in rows)
    # what is "active" is a level on the column's day
    assert ("active sales centers", "2025-09-30/2025-09-30", 41.0, "units") in rows
    assert all(u == "units" for m, _, _, u in rows if m == "active sales centers")


def test_newswire_highlights_are_items_and_an_amount_names_its_charge():
    rows = _rows(RELEASE, "Tessaly Cabins", date(2025, 11, 12), TO_SEPTEMBER)
    assert ("net loss", "2025-07-01/2025-09-30", 7_500_000.0, "USD") in rows
    assert ("restructuring charges", "2025-07-01/2025-09-30", 12_000_000.0, "USD") in rows
    # the outlook item's "expected" says nothing of the loss item above it
    assert not any(m == "net loss" and p.startswith("2025-10-01") for m, p, _, _ in rows)


RATES = """Varde Shipping interim report Q3 2025
Varde Shipping — interim report
2025-11-05

Highlights (USD million)

                                 Q3 2025   Q3 2024
Revenue                            4,210     4,655
Average freight rate (USD/TEU)     1,302     1,690
"""


def test_a_unit_price_in_a_currency_code_is_never_scaled_by_the_table_note():
    rows = _rows(RATES, "Varde Shipping", date(2025, 11, 5))
    assert ("revenue", "2025-07-01/2025-09-30", 4_210_000_000.0, "USD") in rows
    assert ("average freight rate", "2025-07-01/2025-09-30", 1302.0, "USD") in rows


COLUMN = """Box Markets: rates slide again
Harbour Weekly — freight column
2025-11-20

The Northern Box Rate Index, the benchmark most of the trade watches, fell 4% this week.

Kestrup Lines reported Q3 EBIT of USD 610m and said its average freight rate fell 21%.
Aurora Bay Shipping grew volumes by 5% and is now guiding for a full-year EBIT of USD 1.8-2.1bn.
Varde Shipping said its terminals handled 1.2 million TEU in October, up 6% from a year earlier.
"""


def test_a_market_columns_rivals_and_index_are_not_the_companys():
    rows = _rows(COLUMN, "Varde Shipping", date(2025, 11, 20))
    values = {v for _, _, v, _ in rows}
    assert -4.0 not in values and 4.0 not in values  # the index's move
    assert -21.0 not in values and 21.0 not in values  # the rival's own rate, by "its"
    assert 5.0 not in values  # the rival that "grew volumes"
    assert 1_800_000_000.0 not in values
    assert 1_200_000.0 in values  # the company's own figure stays


CALL = """Tessaly Cabins at the Lakeside Housing Conference
Conference transcript
2025-08-20

CFO: For the fourth quarter we're looking for a cabin gross margin of 19.5% to 20.5%.
CFO: The Group opened 12 sales centers, and floor space stood at 1 284 600 m² on 31 July 2025.
"""


def test_looking_for_a_figure_is_a_forecast_and_square_metres_are_no_millions():
    rows = _rows(CALL, "Tessaly Cabins", date(2025, 8, 20), TO_SEPTEMBER)
    entity = KnownEntity("Tessaly Cabins", (), TO_SEPTEMBER)
    out = extract(CALL, published=date(2025, 8, 20), entity=entity).proposals
    margins = [p for p in out if p.unit == "percent" and p.value == 19.5]
    assert margins and all(p.kind.value == "forecast" for p in margins)
    assert all(p.period.iso() == "2025-07-01/2025-09-30" for p in margins)
    assert not any(v >= 1e8 for _, _, v, _ in rows)  # "600 m²" is no 600 million


ANNOUNCEMENT = """Tessaly Cabins: preliminary fourth quarter
Company announcement no. 12
2025-10-02

Tessaly Cabins delivered 530 cabins in the fourth quarter.

CFO: I'd rather sell a cabin at a 15% margin this quarter than carry it into next year.

Contact persons:
Jane Holm, Head of Investor Relations, +45 3311 0000
"""


def test_a_preference_and_a_telephone_number_are_no_figures():
    rows = _rows(ANNOUNCEMENT, "Tessaly Cabins", date(2025, 10, 2), TO_SEPTEMBER)
    values = {v for _, _, v, _ in rows}
    assert 530.0 in values
    assert 15.0 not in values  # what the speaker would rather do
    assert not values & {0.0, 45.0, 3311.0}  # the telephone number
