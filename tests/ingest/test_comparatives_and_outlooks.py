"""Kinds of language from interim reports, production reports and outlooks, one capability
per test, over companies and sentences invented here: prior-year figures in brackets, a
table's heading rows and captions, a rate column in a table by segment, outlook growth
ranges with the earlier range they replace, and a measure named by its own capitals."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.comparatives import states_convention, year_before
from bot.ingest.documents import parse_document
from bot.ingest.extract import KnownEntity, extract

CALENDAR_YEARS = FiscalCalendar.of("12-31", "start")
JUNE_BY_END = FiscalCalendar.of("06-30", "end")
NAME = "Halvard Pumps"
DAY = date(2025, 10, 23)
Q3 = "2025-07-01/2025-09-30"
Q3_BEFORE = "2024-07-01/2024-09-30"


def proposals(body: str, *, day=DAY, cal=CALENDAR_YEARS, name=NAME, suffix=".txt"):
    text = parse_document(f"{name} report\nTest Wire\n{day.isoformat()}\n\n{body}\n", suffix).text
    return extract(text, published=day, entity=KnownEntity(name, (), cal)).proposals


def rows(body: str, **kw) -> set[tuple]:
    return {
        (p.metric, p.kind.value, p.period.iso(), p.value, p.value_high, p.unit, p.as_of)
        for p in proposals(body, **kw)
    }


CONVENTION = "Figures in parentheses refer to the same period of the previous year."


def test_a_bracketed_prior_year_figure_is_the_same_fact_a_year_earlier():
    found = rows(
        "Third quarter 2025\n\n"
        "- Net sales increased 4% to MSEK 2,310 (2,221), with organic growth of 3% (1).\n"
        "- The operating margin was 12.4% (11.9).\n\n" + CONVENTION
    )
    assert ("net sales", "actual", Q3, 2_310e6, None, "SEK", DAY) in found
    assert ("net sales", "actual", Q3_BEFORE, 2_221e6, None, "SEK", DAY) in found
    assert ("operating margin", "actual", Q3_BEFORE, 11.9, None, "percent", DAY) in found
    assert 2_221.0 not in {p.value for p in proposals(CONVENTION + "\n\nNet sales: 2,310 (2,221)")}


def test_a_level_on_a_day_with_its_bracket_is_that_day_a_year_earlier():
    found = rows(
        "The order book stood at SEK 8.2 bn on 30 September 2025 (7.9), compared with "
        "SEK 7.5 bn at 31 December 2024.\n\n" + CONVENTION
    )
    assert ("order book", "actual", "2025-09-30/2025-09-30", 8.2e9, None, "SEK", DAY) in found
    assert ("order book", "actual", "2024-09-30/2024-09-30", 7.9e9, None, "SEK", DAY) in found
    assert ("order book", "actual", "2024-12-31/2024-12-31", 7.5e9, None, "SEK", DAY) in found


def test_brackets_are_a_convention_only_when_the_report_says_so_or_writes_many():
    assert states_convention("Amounts in brackets relate to the corresponding period last year.")
    assert not states_convention("Net sales were MSEK 2,310 (see note 4).")
    assert states_convention("Sales MSEK 2,310 (2,221). EBIT MSEK 310 (290). Margin 13.4% (13.1).")
    # without it, a bracketed number after a figure is left alone, never a prior year's
    found = rows("In the third quarter of 2025, net sales were MSEK 2,310 (2,221).")
    assert all(p[2] == Q3 for p in found)


def test_a_year_earlier_keeps_a_month_end_at_its_month_end():
    leap = Period(date(2024, 2, 1), date(2024, 2, 29))
    assert year_before(leap) == Period(date(2023, 2, 1), date(2023, 2, 28))
    feb = Period(date(2025, 2, 1), date(2025, 2, 28))
    assert year_before(feb) == Period(date(2024, 2, 1), date(2024, 2, 29))


PRODUCTION = """Production summary

                                 Dec Qtr     Sep Qtr      FY26
                                  FY26        FY26         YTD
Silver produced (koz)
  Tarn Hill (TH)                  1,240       1,180      2,420
  Brockway (BW)                     860         830      1,690
  Group                           2,100       2,010      4,110
Zinc produced (t)                 6,180       5,940     12,120
"""


def test_a_heading_row_over_set_in_rows_names_them_and_its_group_row_is_the_whole():
    found = rows(PRODUCTION, day=date(2026, 1, 28), cal=JUNE_BY_END, name="Orlin Metals")
    day = date(2026, 1, 28)
    dec, sep = "2025-10-01/2025-12-31", "2025-07-01/2025-09-30"
    assert ("Tarn Hill silver production", "actual", dec, 1_240.0, None, "units", day) in found
    assert ("silver production", "actual", sep, 2_010.0, None, "units", day) in found
    # the row below the heading's rows is its own measure, not the heading's
    assert ("zinc production", "actual", dec, 6_180.0, None, "units", day) in found
    assert not any("oz" in r[0].split() or "summary" in r[0] for r in found)


def test_a_caption_joining_two_measures_names_no_row():
    found = rows(
        "Production and cost summary\n\n"
        "                       Q3 2025     Q3 2024\n"
        "Copper sold (t)          4,100       3,900\n",
        name="Orlin Metals",
    )
    assert ("copper sold", "actual", Q3, 4_100.0, None, "units", DAY) in found


SEGMENTS = """| Area, SEK m | Net sales Q3 2025 | Net sales Q3 2024 | Adj. EBITA margin Q3 2025 |
|---|---:|---:|---:|
| Flow Systems (FS) | 1,210 | 1,080 | 14.4% |
| Service (SV) | 880 | 890 | 21.8% |
"""


def test_a_rate_column_in_a_table_by_segment_is_each_segment_s_rate():
    found = rows(SEGMENTS, suffix=".md")
    assert ("Flow Systems adjusted EBITA margin", "actual", Q3, 14.4, None, "percent", DAY) in found
    assert ("service adjusted EBITA margin", "actual", Q3, 21.8, None, "percent", DAY) in found
    assert ("Flow Systems net sales", "actual", Q3_BEFORE, 1_080e6, None, "SEK", DAY) in found


def test_an_outlook_growth_range_and_the_range_disclosed_before_it():
    found = rows(
        "Management now expects consolidated shipment growth for fiscal year 2025 in the "
        "range of 0.5% to 1.5%, compared with the range of 2.0% to 4.0% disclosed "
        "previously on February 27, 2025.",
        day=date(2025, 11, 6),
    )
    year = "2025-01-01/2025-12-31"
    assert ("shipment growth", "forecast", year, 0.5, 1.5, "percent", date(2025, 11, 6)) in found
    assert ("shipment growth", "forecast", year, 2.0, 4.0, "percent", date(2025, 2, 27)) in found


def test_a_growth_of_a_named_measure_between_two_rates():
    found = rows(
        "For the year 2026 the Company expects a growth of the adjusted EBITDA between 4% and 7%.",
        day=date(2026, 2, 26),
    )
    year = "2026-01-01/2026-12-31"
    assert ("adjusted EBITDA growth", "forecast", year, 4.0, 7.0, "percent", date(2026, 2, 26)) in (
        found
    )


def test_a_measure_written_in_capitals_is_no_segment_of_itself():
    found = rows("Adjusted EBITA rose to MSEK 412 in the third quarter of 2025.")
    assert ("adjusted EBITA", "actual", Q3, 412e6, None, "SEK", DAY) in found
    found = rows("Adjusted EBITDA rose to MSEK 512 in the third quarter of 2025.")
    assert ("adjusted EBITDA", "actual", Q3, 512e6, None, "SEK", DAY) in found
