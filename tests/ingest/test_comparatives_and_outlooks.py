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


def test_a_revision_chain_dates_each_earlier_range_by_its_own_occasion():
    found = rows(
        "For the full year 2025, Halvard now expects organic sales growth of 3–5% "
        "(previously 2–4%, raised with the half-year report on 17 July 2025 from the 1–3% "
        "given in the year-end report on 6 February 2025)."
    )
    year = "2025-01-01/2025-12-31"
    growth = "organic sales growth"
    assert (growth, "forecast", year, 3.0, 5.0, "percent", DAY) in found
    assert (growth, "forecast", year, 2.0, 4.0, "percent", date(2025, 7, 17)) in found
    assert (growth, "forecast", year, 1.0, 3.0, "percent", date(2025, 2, 6)) in found


def test_a_business_that_is_to_grow_to_an_amount_states_a_target():
    found = rows(
        "The aftermarket business, Field Care, is to grow to SEK 6 billion in sales by 2030, "
        "the company said.",
        day=date(2025, 12, 4),
    )
    assert {(r[0], r[1]) for r in found if r[3] == 6e9} == {("Field Care revenue", "target")}


def test_a_volume_in_hectolitres_is_the_volume_and_a_table_s_per_unit_row_is_spelt_out():
    found = rows(
        "The Company registered a volume of 38.6 million hectoliters in 4Q25, an increase of "
        "1.8% when compared to 4Q24.\n\n"
        "                              4Q25        4Q24\n"
        "Net revenue/hl (R$)          331.6       318.2\n",
        day=date(2026, 2, 26),
        name="Curio Bebidas",
    )
    q4 = "2025-10-01/2025-12-31"
    assert ("volume", "actual", q4, 38.6e6, None, "units", date(2026, 2, 26)) in found
    assert ("volume growth", "actual", q4, 1.8, None, "percent", date(2026, 2, 26)) in found
    assert any(r[0] == "net revenue per hectolitre" and r[3] == 331.6 for r in found)


def test_the_same_measure_for_a_second_period_after_or_keeps_its_name():
    found = rows(
        "The miner poured 121,480 oz of silver in the three months to March 31. Zinc "
        "production at Brockway came in at 6,050 tonnes for the quarter, or 18,170 tonnes "
        "year to date.",
        day=date(2026, 4, 23),
        cal=JUNE_BY_END,
        name="Orlin Metals",
    )
    assert {(r[0], r[2]) for r in found if r[0] != "silver production"} == {
        ("zinc production", "2026-01-01/2026-03-31"),
        ("zinc production", "2025-07-01/2026-03-31"),
    }


def test_a_date_in_a_relative_clause_dates_the_earlier_figure_not_the_new_one():
    found = rows(
        "Orlin Metals has tightened its full-year silver output range to 4,900–5,050 koz, "
        "inside the 4,800–5,200 koz range it set in January.",
        day=date(2026, 4, 23),
        cal=JUNE_BY_END,
        name="Orlin Metals",
    )
    fy = "2025-07-01/2026-06-30"
    assert ("silver production", "forecast", fy, 4.9e6, 5.05e6, "units", date(2026, 4, 23)) in (
        found
    )


def test_a_short_form_that_is_a_word_written_small_is_no_synonym():
    text = (
        "Ostra Group report\nTest Wire\n2025-10-23\n\n"
        "Industrial Service (IS) grew net sales to MSEK 2,750 in the third quarter of 2025, "
        "and Flow Technology (FT) to MSEK 3,100 in the third quarter of 2025.\n"
    )
    found = extract(text, published=DAY, entity=KnownEntity("Ostra Group", (), CALENDAR_YEARS))
    synonyms = {s for p in found.proposals for s in p.metric_synonyms}
    assert not any(s.split()[0] == "is" for s in synonyms)


def test_a_short_site_name_reuses_the_site_named_in_full():
    from bot.ingest.model import KnownMetric
    from bot.ingest.naming import name_proposals

    found = proposals(
        "The miner poured 121,480 oz of silver in the three months to March 31, with Tarn "
        "contributing 74,020 oz and Brockway 47,460 oz.",
        day=date(2026, 4, 23),
        cal=JUNE_BY_END,
        name="Orlin Metals",
    )
    known = [KnownMetric("Tarn Hill silver production", (), "units")]
    named = name_proposals(found, metrics=known, entities=[])
    assert "Tarn Hill silver production" in {p.metric for p in named if p.value == 74_020}


def test_a_rounded_figure_of_another_report_gives_way_to_the_exact_one(tmp_path):
    from bot.facts.store import FactStore
    from bot.ingest.candidates import fact_json
    from bot.ingest.documents import Document
    from bot.ingest.service import ingest

    store = FactStore.open(tmp_path / "s.db")
    try:
        for key, body in (
            ("post", "Q3 in short: Halvard's net sales ~SEK 14 bn in the third quarter of 2025."),
            ("report", "Net sales in the third quarter of 2025 were MSEK 13,940."),
            ("again", "In the third quarter of 2025 net sales were about SEK 14 billion."),
        ):
            ingest(
                store,
                Document(f"{NAME} {key}\nTest Wire\n2025-10-23\n\n{body}\n"),
                published=DAY,
                scope="shared",
                actor="test",
                entity=NAME,
                key=key,
            )
        pending = [fact_json(c) for c in store.candidates("shared", status="pending")]
    finally:
        store.close()
    assert [f["value"] for f in pending if f["period"] == Q3] == [13_940e6]


FEB_BY_START = FiscalCalendar.of("02-28", "start")
SUMMARY_DAY = date(2025, 7, 10)
SUMMARY = """(Amounts are shown in ¥ billion)

(1) Consolidated operating results (cumulative)
                                   (Percentages show changes from a year earlier)
                         Net sales                 Operating profit
                         ¥ billion       %         ¥ billion       %
Q1 FY2025                201.2           4.3       8.4             7.8
Q1 FY2024                192.9           2.9       7.8             3.6

(2) Store network
                                       As of May 31, 2025      As of February 28, 2025
Number of stores                       318                     312

3. Consolidated forecasts for FY2025 (March 1, 2025 to February 28, 2026)
                                   (Percentages show changes from the previous fiscal year)
                         Net sales                 Operating profit
                         ¥ billion       %         ¥ billion       %
Full year (Forecast)     840.0           4.7       36.0            7.7
Full year FY2024 (Actual) 802.3          3.9       33.4            5.2
"""


def test_a_japanese_summary_s_tables_read_past_their_reading_note():
    found = rows(SUMMARY, day=SUMMARY_DAY, cal=FEB_BY_START, name="Kiri Stores")
    q1, q1_before = "2025-03-01/2025-05-31", "2024-03-01/2024-05-31"
    assert ("net sales", "actual", q1, 201.2e9, None, "JPY", SUMMARY_DAY) in found
    assert ("net sales change", "actual", q1, 4.3, None, "percent", SUMMARY_DAY) in found
    assert ("operating profit", "actual", q1_before, 7.8e9, None, "JPY", SUMMARY_DAY) in found
    fy, fy_before = "2025-03-01/2026-02-28", "2024-03-01/2025-02-28"
    assert ("operating profit", "forecast", fy, 36e9, None, "JPY", SUMMARY_DAY) in found
    # "Full year FY2024 (Actual) 802.3": its year, its kind, its figure one space away
    assert ("net sales", "actual", fy_before, 802.3e9, None, "JPY", SUMMARY_DAY) in found
    assert (
        "number of stores",
        "actual",
        "2025-05-31/2025-05-31",
        318.0,
        None,
        "units",
        (SUMMARY_DAY),
    ) in found
    assert not any("percentages" in r[0] or "cumulative" in r[0] for r in found)


def test_a_label_naming_a_rate_measure_names_the_periods_figures_after_it():
    found = rows(
        "Same-store sales (existing stores, year on year): Q1 FY2025 +3.0% (Q1 FY2024 +1.8%)",
        day=SUMMARY_DAY,
        cal=FEB_BY_START,
        name="Kiri Stores",
    )
    assert (
        "same-store sales growth",
        "actual",
        "2025-03-01/2025-05-31",
        3.0,
        None,
        "percent",
        (SUMMARY_DAY),
    ) in found
    assert (
        "same-store sales growth",
        "actual",
        "2024-03-01/2024-05-31",
        1.8,
        None,
        "percent",
        (SUMMARY_DAY),
    ) in found


def test_a_rate_over_the_nine_months_is_of_the_nine_months():
    found = rows(
        "Kiri Stores reported results for the nine months ended November 30, 2025. Same-store "
        "sales rose 2.2% over the nine months; in the third quarter alone same-store sales "
        "rose just 0.9%.",
        day=date(2026, 1, 9),
        cal=FEB_BY_START,
        name="Kiri Stores",
    )
    assert {(r[2], r[3]) for r in found} == {
        ("2025-03-01/2025-11-30", 2.2),
        ("2025-09-01/2025-11-30", 0.9),
    }


def test_the_level_a_change_was_measured_from_is_the_year_before():
    found = rows(
        "For the first half, operating profit was 26.9 billion yen, up 11.6% from 24.1 "
        "billion yen.",
        day=date(2025, 10, 9),
        cal=FEB_BY_START,
        name="Kiri Stores",
    )
    assert {(r[2], r[3]) for r in found if r[5] == "JPY"} == {
        ("2025-03-01/2025-08-31", 26.9e9),
        ("2024-03-01/2024-08-31", 24.1e9),
    }


def test_a_research_note_s_own_estimates_are_not_the_company_s():
    text = (
        "Kiri Stores (Buy): guidance trimmed - research note\n"
        "Hollin Securities Equity Research\n2026-01-09\n\n"
        "Analyst: A. Writer | Rating: Buy | Target price: 3,150 yen\n\n"
        "The company cut its FY2025 operating profit forecast to 53.5 billion yen. We cut our "
        "own FY2025 operating profit estimate to 52.6 billion yen from 54.4 billion yen.\n"
    )
    entity = KnownEntity("Kiri Stores", (), FEB_BY_START)
    values = {p.value for p in extract(text, published=date(2026, 1, 9), entity=entity).proposals}
    assert 53.5e9 in values
    assert not values & {52.6e9, 54.4e9}


def test_a_small_count_written_out_after_opening_is_a_count():
    found = rows(
        "In the first quarter of FY2025 the Company opened six stores and closed none.",
        day=SUMMARY_DAY,
        cal=FEB_BY_START,
        name="Kiri Stores",
    )
    assert (
        "store openings",
        "actual",
        "2025-03-01/2025-05-31",
        6.0,
        None,
        "units",
        (SUMMARY_DAY),
    ) in found


PHARMA_DAY = date(2025, 2, 4)
FY24 = "2024-01-01/2024-12-31"


def test_a_headline_feed_in_capitals_reads_each_line_and_its_brands():
    found = rows(
        "07:00 *MERIDA BIO FY GROUP SALES CHF12.3B, EST. CHF12.1B\n"
        "07:00 *MERIDA BIO FY SALES RISE 6% AT CER, 2% IN CHF\n"
        "07:00 *MERIDA BIO 4Q GROUP SALES CHF3.35B, EST. CHF3.28B\n"
        "07:01 *MERIDA FY TOLVANIX (ORBACIZUMAB) SALES CHF1.84B, UP 21% CER\n",
        day=PHARMA_DAY,
        name="Merida Bio",
    )
    assert ("revenue", "actual", FY24, 12.3e9, None, "CHF", PHARMA_DAY) in found
    assert ("revenue", "actual", "2024-10-01/2024-12-31", 3.35e9, None, "CHF", PHARMA_DAY) in found
    assert ("Tolvanix revenue", "actual", FY24, 1.84e9, None, "CHF", PHARMA_DAY) in found
    assert ("constant currency sales growth", "actual", FY24, 6.0, None, "percent", PHARMA_DAY) in (
        found
    )
    # the rate after the constant-currency one is the reported one; the estimates are no
    # figures of the company's, and no time stamp is a figure
    assert any(r[3] == 2.0 and "constant" not in r[0] for r in found)
    assert not {r[3] for r in found} & {12.1e9, 3.28e9, 7.0}


def test_growth_by_a_rate_at_constant_exchange_rates_in_a_half_year():
    found = rows(
        "Merida Bio has in the first half year 2025 increased the group sales by 7 percent at "
        "constant exchange rates (CER) to CHF 6.64 billion. The core operating profit rose in "
        "the first half year by 11 percent at CER to CHF 2.71 billion.",
        day=date(2025, 7, 24),
        name="Merida Bio",
    )
    h1 = "2025-01-01/2025-06-30"
    assert ("revenue", "actual", h1, 6.64e9, None, "CHF", date(2025, 7, 24)) in found
    assert (
        "constant currency revenue growth",
        "actual",
        h1,
        7.0,
        None,
        "percent",
        (date(2025, 7, 24)),
    ) in found
    assert any(r[3] == 11.0 and r[2] == h1 and "constant currency" in r[0] for r in found)


def test_a_slide_line_s_level_then_rates_on_two_bases():
    found = rows(
        "- 9M 2025 group sales CHF 9.02 billion: +7% at CER, +2% reported\n"
        "- Tolvanix (TVX, orbacizumab) 9M sales CHF 1.24 billion, +18% at CER\n",
        day=date(2025, 11, 13),
        name="Merida Bio",
    )
    nine = "2025-01-01/2025-09-30"
    assert ("revenue", "actual", nine, 9.02e9, None, "CHF", date(2025, 11, 13)) in found
    assert {r[3] for r in found if r[2] == nine and r[5] == "percent"} == {7.0, 2.0, 18.0}
    assert 9e6 not in {r[3] for r in found}  # "9M" is a span, no nine million


AIR_DAY = date(2025, 7, 8)
TRAFFIC = """| Traffic | June 2025 | June 2024 | Change | Q2 2025 | Change |
|---|---|---|---|---|---|
| Passengers carried (thousands) | 802 | 761 | 5.4% | 2,381 | 5.7% |
| Load factor | 86.0% | 85.0% | 1.0 pts | 84.3% | 1.0 pts |
"""


def test_a_traffic_table_names_counts_by_their_verb_and_reads_a_load_factor():
    found = rows(TRAFFIC, day=AIR_DAY, name="Kestrel Air", suffix=".md")
    june = "2025-06-01/2025-06-30"
    assert ("passengers carried", "actual", june, 802_000.0, None, "units", AIR_DAY) in found
    assert ("passengers carried change", "actual", june, 5.4, None, "percent", AIR_DAY) in found
    # (a family of the vocabulary now, the load factor takes the caption's word, as
    # "Traffic revenue" would: "traffic load factor")
    q2 = "2025-04-01/2025-06-30"
    assert ("traffic load factor", "actual", q2, 84.3, None, "percent", AIR_DAY) in found
    assert not any(r[3] == 1.0 for r in found)  # "1.0 pts": a change of a rate, no figure


def test_a_fleet_operated_on_a_day_is_a_level_not_aircraft_sold():
    found = rows(
        "The airline will take delivery of seven more jets this year. It operated 142 "
        "aircraft at March 31.",
        day=date(2025, 4, 24),
        name="Kestrel Air",
    )
    assert {(r[0], r[2], r[3]) for r in found} == {("fleet size", "2025-03-31/2025-03-31", 142.0)}


def test_an_expected_rise_of_a_named_measure_and_the_range_it_narrows():
    found = rows(
        "Kestrel Air now expects full-year 2025 capacity (ASMs) to grow 4.5% to 5.5% year over "
        "year, narrowing its previous range of 4% to 6%.",
        day=AIR_DAY,
        name="Kestrel Air",
    )
    year = "2025-01-01/2025-12-31"
    assert ("capacity growth", "forecast", year, 4.5, 5.5, "percent", AIR_DAY) in found


def test_a_rival_named_by_apposition_keeps_its_figures_in_every_clause():
    found = rows(
        "Plover Airways, Kestrel's closest rival, filled 86.9% of its seats in the quarter and "
        "reported revenue of $1.12 billion.",
        day=date(2025, 10, 30),
        name="Kestrel Air",
    )
    assert found == set()


def test_related_links_and_scale_words_name_nothing():
    found = rows(
        "Kestrel carried 5.24 million passengers in the third quarter.\n\n"
        "Related: Plover orders 20 turboprops · Fuel hedging in a falling market",
        day=date(2025, 10, 30),
        name="Kestrel Air",
    )
    assert not any("turboprop" in r[0] or "million" in r[0] for r in found)


def test_a_wrapped_bullet_is_one_item_and_its_count_named_by_its_verb():
    found = rows(
        "* Revenue per available seat mile (RASM) was 14.21 cents in the first quarter. "
        "Passengers carried rose 5.5% to\n4.62 million from 4.38 million.\n"
        "* It operated 142 aircraft at March 31.\n",
        day=date(2025, 4, 24),
        name="Kestrel Air",
    )
    q1, q1_before = "2025-01-01/2025-03-31", "2024-01-01/2024-03-31"
    assert ("passengers carried", "actual", q1, 4.62e6, None, "units", date(2025, 4, 24)) in found
    assert (
        "passengers carried",
        "actual",
        q1_before,
        4.38e6,
        None,
        "units",
        (date(2025, 4, 24)),
    ) in found
    assert (
        "revenue per available seat mile",
        "actual",
        q1,
        0.1421,
        None,
        "USD",
        (date(2025, 4, 24)),
    ) in found
    assert not any(r[0] == "revenue" for r in found)  # a price per seat mile is no revenue


def test_an_ordinal_set_beside_a_named_part_is_that_part_of_the_year():
    found = rows(
        "After losses of $38.2 million in the first quarter and $17.6 million in the second, "
        "Kestrel Air reported a third-quarter net income of $21.3 million. Revenue per "
        "available seat mile climbed to 14.43 cents in the third quarter, from 14.35 cents in "
        "the second.",
        day=date(2025, 10, 30),
        name="Kestrel Air",
    )
    q2 = "2025-04-01/2025-06-30"
    assert ("net loss", q2, 17.6e6) in {(r[0], r[2], r[3]) for r in found}
    assert ("revenue per available seat mile", q2, 0.1435) in {(r[0], r[2], r[3]) for r in found}


def test_a_rate_from_the_quarter_before_is_sequential_and_an_officer_speaks_for_the_company():
    found = rows(
        "Total operating revenue for the July–September quarter was $701.5 million, up 6.2% "
        "from the second quarter's $660.6 million. Chief commercial officer Ana Ruiz says the "
        "carrier now expects full-year capacity to rise 5% to 5.5%.",
        day=date(2025, 10, 30),
        name="Kestrel Air",
    )
    q3 = "2025-07-01/2025-09-30"
    assert ("sequential operating revenue growth", q3, 6.2) in {(r[0], r[2], r[3]) for r in found}
    assert any(r[0] == "capacity growth" and r[4] == 5.5 for r in found)


NEWSLETTER = """| Metric | Q2 FY26 | Q2 FY25 | Street est. |
|---|---|---|---|
| ARR ($B) | 1.21 | 1.02 | 1.20 |
| Customers >$100k ARR | 1,480 | 1,210 | — |
"""


def test_a_billions_note_and_a_row_of_customers_over_a_bar():
    found = rows(
        NEWSLETTER,
        day=date(2025, 9, 2),
        cal=FiscalCalendar.of("01-31", "end"),
        name="Brightwell Software",
        suffix=".md",
    )
    day = "2025-07-31/2025-07-31"
    assert ("annual recurring revenue", day, 1.21e9) in {(r[0], r[2], r[3]) for r in found}
    assert ("customers over $100,000", day, 1480.0) in {(r[0], r[2], r[3]) for r in found}
    assert 1.20e9 not in {r[3] for r in found}  # the analysts' column is theirs


def test_the_first_ten_months_of_a_year_are_ten_months_never_the_year():
    found = rows(
        "Deliveries for the first ten months of 2025 totaled 402,118 vehicles, up 15.2% year "
        "over year.",
        day=date(2025, 11, 1),
        name="Qinglan Motors",
    )
    assert {r[2] for r in found} == {"2025-01-01/2025-10-31"}
