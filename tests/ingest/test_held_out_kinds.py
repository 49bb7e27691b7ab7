"""Kinds of language the held-out reports were known to use (from aggregate figures, never
from reading them), one capability per test, over a company and sentences invented here:
amounts converted into another currency, currency codes glued to amounts, a fiscal company's
results in a story that never says "fiscal", a second measure joined to the first, a quarter
planned for by a paragraph, a subscription company's levels on a day and customers counted
over a bar."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.figures import find_figures

CALENDAR_YEARS = FiscalCalendar.of("12-31", "start")
TO_MARCH = FiscalCalendar.of("03-31", "end")
TO_JANUARY = FiscalCalendar.of("01-31", "end")
NAME = "Pellory Systems"
DAY = date(2025, 8, 20)
Q2 = "2025-04-01/2025-06-30"


def proposals(body: str, *, day=DAY, cal=CALENDAR_YEARS):
    text = f"{NAME} update\nTest Wire\n{day.isoformat()}\n\n{body}\n"
    return extract(text, published=day, entity=KnownEntity(NAME, ("Pellory",), cal)).proposals


def rows(body: str, **kw) -> set[tuple]:
    return {
        (p.metric, p.kind.value, p.period.iso(), p.value, p.value_high, p.unit)
        for p in proposals(body, **kw)
    }


# -- other currencies -------------------------------------------------------------------


def test_a_dollar_sign_after_a_countrys_letters_is_a_currency_not_a_region():
    found = rows("Pellory reported second-quarter revenue of US$412.5 million, up 8%.")
    assert ("revenue", "actual", Q2, 412.5e6, None, "USD") in found
    assert not any("U.S." in r[0] for r in found)


def test_an_amount_restated_in_another_currency_is_no_figure():
    for body in (
        "Net loss narrowed to RMB 1.2 billion, or US$167 million, in the second quarter.",
        "Net loss narrowed to RMB 1.2 billion (approximately US$167 million) in the second "
        "quarter.",
        "Net loss narrowed to RMB 1.2 billion/US$167 million in the second quarter.",
        "Net loss narrowed to RMB 1.2 billion, roughly US$167 million, in the second quarter.",
    ):
        found = rows(body)
        assert found == {("net loss", "actual", Q2, 1.2e9, None, "CNY")}, body


def test_a_range_interrupted_by_its_conversions_is_one_range_in_the_home_currency():
    found = rows(
        "For the fourth quarter of 2025, total revenues are expected to be between RMB 30.1 "
        "billion (US$4.2 billion) and RMB 32.5 billion (US$4.6 billion).",
        day=date(2025, 11, 20),
    )
    assert found == {
        ("revenue", "forecast", "2025-10-01/2025-12-31", 30.1e9, 32.5e9, "CNY"),
    }


def test_a_currency_code_glued_to_its_amount_is_that_currency():
    (f,) = find_figures("Total revenues were RMB27.84 billion (US$3.91 billion), up 25%")[:1]
    assert (f.text, f.value, f.unit) == ("RMB27.84 billion", 27.84e9, "CNY")
    (k,) = find_figures("KRW2.7 trillion")
    assert (k.value, k.unit) == (2.7e12, "KRW")
    assert [f.value for f in find_figures("FY2025 units of 12 million")] == [12e6]


# -- periods ---------------------------------------------------------------------------


def test_a_fiscal_companys_accounts_are_fiscal_in_a_story_that_never_says_fiscal():
    found = rows(
        "Pellory reported net sales of 412.3 billion yen for the year, up 6.1%, and "
        "operating income of 51.2 billion yen.",
        day=date(2025, 5, 12),
        cal=TO_MARCH,
    )
    year = "2024-04-01/2025-03-31"
    assert ("revenue", "actual", year, 412.3e9, None, "JPY") in found
    assert ("operating income", "actual", year, 51.2e9, None, "JPY") in found


def test_a_quarters_revenue_is_the_companys_own_quarter():
    found = rows(
        "Pellory, the Dayton software maker, said on Tuesday that first-quarter revenue "
        "climbed 21% to $262 million.",
        day=date(2025, 6, 4),
        cal=TO_JANUARY,
    )
    assert ("revenue", "actual", "2025-02-01/2025-04-30", 262e6, None, "USD") in found


def test_a_count_planned_by_calendar_year_stays_a_calendar_year():
    # a carmaker's sales plan "this year" in a story that never speaks of its fiscal year
    found = rows(
        "Pellory aims to sell 9.5 million vehicles this year.",
        day=date(2008, 7, 29),
        cal=TO_MARCH,
    )
    assert {r[2] for r in found} == {"2008-01-01/2008-12-31"}


def test_a_second_measure_joined_by_and_has_the_period_of_the_first():
    found = rows(
        "Pellory posted 1Q25 revenue of KRW 2,731.2 billion, up 8% QoQ, and operating "
        "profit of KRW 201.5 billion.",
        day=date(2025, 4, 29),
    )
    q1 = "2025-01-01/2025-03-31"
    assert ("revenue", "actual", q1, 2731.2e9, None, "KRW") in found
    assert ("operating income", "actual", q1, 201.5e9, None, "KRW") in found


def test_a_plan_with_no_period_after_a_quarters_plan_in_its_paragraph_is_for_that_quarter():
    found = rows(
        "For the fourth quarter of 2025, Pellory expects deliveries of 150,000 to 160,000 "
        "vehicles. Total revenues are expected to be between RMB 30.1 billion and RMB 32.5 "
        "billion.",
        day=date(2025, 11, 20),
    )
    assert {r[2] for r in found} == {"2025-10-01/2025-12-31"}


# -- levels on a day and customers over a bar ---------------------------------------------


def test_a_subscription_companys_levels_are_counted_on_a_day():
    found = rows(
        "Annual recurring revenue (ARR) of $1.31 billion as of October 31, 2025, up 22% "
        "year-over-year.\n"
        "At October 31, 2025, remaining performance obligations (RPO) were $1.92 billion; "
        "current RPO was $1.05 billion.",
        day=date(2025, 12, 3),
        cal=TO_JANUARY,
    )
    day = "2025-10-31/2025-10-31"
    assert ("annual recurring revenue", "actual", day, 1.31e9, None, "USD") in found
    assert ("remaining performance obligations", "actual", day, 1.92e9, None, "USD") in found
    assert (
        "current remaining performance obligations",
        "actual",
        day,
        1.05e9,
        None,
        "USD",
    ) in found


def test_customers_over_a_bar_are_a_count_of_their_own_and_the_bar_no_figure():
    found = rows(
        "In the third quarter of fiscal 2026, which ended October 31, 2025, Pellory had 1,140 "
        "customers with ARR of $100,000 or more, up from 962 a year ago.",
        day=date(2025, 12, 3),
        cal=TO_JANUARY,
    )
    assert found == {
        ("customers over $100,000", "actual", "2025-10-31/2025-10-31", 1140, None, "units"),
        ("customers over $100,000", "actual", "2024-10-31/2024-10-31", 962, None, "units"),
    }


def test_a_table_reads_subscription_revenue_over_its_quarter_and_arr_on_its_day():
    body = (
        "Pellory reported its second quarter of fiscal 2026 on August 27.\n\n"
        "| Metric | Q2 FY26 | Q2 FY25 |\n"
        "|---|---|---|\n"
        "| Subscription revenue | $281.0M | $233.1M |\n"
        "| ARR (at July 31) | $1.24B | $1.02B |\n"
    )
    found = rows(body, day=date(2025, 9, 2), cal=TO_JANUARY)
    assert ("subscription revenue", "actual", "2025-05-01/2025-07-31", 281e6, None, "USD") in (
        found
    )
    assert ("annual recurring revenue", "actual", "2025-07-31/2025-07-31", 1.24e9, None, "USD") in (
        found
    )


# -- an 8-K statement of operations -------------------------------------------------------

STATEMENT = """Pellory Systems Reports Third Quarter Fiscal 2026 Results
Business Wire
2025-12-03

Pellory Systems announced results for its third quarter of fiscal 2026, ended October 31, 2025.

CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share data)
(unaudited)

                                   Three Months Ended October 31,    Nine Months Ended October 31,
                                       2025          2024               2025          2024
Revenue:
  Subscription                      $ 297,512     $ 245,870          $ 846,101     $ 701,332
  Professional services                20,688        21,540             61,004        63,918
Total revenue                         318,200       267,410            907,105       765,250
Operating income (loss)               (12,410)      (21,077)           (40,118)      (70,345)
"""


def test_a_statement_of_operations_reads_rows_set_in_below_a_heading_in_thousands():
    found = {
        (p.metric, p.period.iso(), p.value, p.unit)
        for p in extract(
            STATEMENT,
            published=date(2025, 12, 3),
            entity=KnownEntity(NAME, ("Pellory",), TO_JANUARY),
        ).proposals
    }
    q3, nine = "2025-08-01/2025-10-31", "2025-02-01/2025-10-31"
    assert ("subscription revenue", q3, 297_512_000, "USD") in found
    assert ("subscription revenue", "2024-08-01/2024-10-31", 245_870_000, "USD") in found
    assert ("professional services revenue", nine, 61_004_000, "USD") in found
    assert ("revenue", q3, 318_200_000, "USD") in found
    assert ("operating loss", nine, 40_118_000, "USD") in found


# -- a monthly delivery release --------------------------------------------------------------


def test_a_january_to_month_total_is_named_by_the_measure_its_subject_names():
    found = rows(
        "Cumulative deliveries from January to October 2025 reached 402,118 vehicles.",
        day=date(2025, 11, 1),
    )
    assert found == {
        ("vehicles delivered", "actual", "2025-01-01/2025-10-31", 402_118, None, "units")
    }


def test_a_total_since_the_first_deliveries_runs_from_them_to_the_day_named():
    found = rows(
        "As of October 31, 2025, cumulative deliveries since the company's first deliveries "
        "in June 2019 had reached 1,512,600 vehicles.",
        day=date(2025, 11, 1),
    )
    assert found == {
        ("vehicles delivered", "actual", "2019-06-01/2025-10-31", 1_512_600, None, "units")
    }


# -- counts of things that are no sales ----------------------------------------------------


def test_deals_counted_are_deals_won_never_units_sold():
    found = rows("Pellory signed 7 large deals in the second quarter of 2025.")
    assert found == {("large deals won", "actual", Q2, 7, None, "units")}


def test_a_count_of_things_nothing_sells_is_no_figure():
    body = (
        "Pellory hosted 14 events in the second quarter of 2025. It filed 120 patents in "
        "the second quarter of 2025. In the second quarter of 2025 it added 42 new clients."
    )
    assert rows(body) == set()


def test_products_listed_after_a_sale_are_still_sold():
    found = rows(
        "Pellory sold 58,300 units in the second quarter of 2025: 39,100 e-bikes and 10,300 "
        "gravel frames."
    )
    assert ("gravel frames sold", "actual", Q2, 10_300, None, "units") in found


# -- names that dev reports gave wrong answers with ------------------------------------------


def test_a_verb_bringing_a_total_to_a_level_names_nothing():
    found = rows(
        "Net bookings in the fourth quarter of 2025 were EUR 7.0 billion, which brings net "
        "bookings for 2025 to EUR 22.4 billion.",
        day=date(2026, 1, 28),
    )
    assert ("bookings", "actual", "2025-01-01/2025-12-31", 22.4e9, None, "EUR") in found
    assert not any(r[0].startswith("brings") for r in found)


def test_a_table_row_of_revenue_from_operations_is_named_as_the_prose_names_it():
    from bot.ingest.tables.row_metrics import table_metric

    assert table_metric("Revenue from operations", None, "", "INR", "", names=[NAME]) == "revenue"


def test_a_valuation_of_the_shares_is_no_figure():
    assert rows("A brokerage note today put Pellory's fair value at $21.50 a share.") == set()


# -- Japanese cumulative periods and revision notices -----------------------------------------


def test_cumulative_and_interim_periods_run_from_the_fiscal_years_start():
    found = rows(
        "For the interim period of the fiscal year ending March 2026, net sales were 205.3 "
        "billion yen. For the cumulative third quarter of FY3/2026, operating income was 41.3 "
        "billion yen. In 1Q-3Q FY2026, ordinary income was 42.0 billion yen.",
        day=date(2026, 2, 10),
        cal=TO_MARCH,
    )
    assert found == {
        ("revenue", "actual", "2025-04-01/2025-09-30", 205.3e9, None, "JPY"),
        ("operating income", "actual", "2025-04-01/2025-12-31", 41.3e9, None, "JPY"),
        ("ordinary income", "actual", "2025-04-01/2025-12-31", 42.0e9, None, "JPY"),
    }


def test_a_half_of_a_fiscal_year_named_by_its_end_is_that_years_half():
    found = rows(
        "For the first half of the fiscal year ending March 2026, net sales were 205.3 billion "
        "yen.",
        day=date(2026, 2, 10),
        cal=TO_MARCH,
    )
    assert {r[2] for r in found} == {"2025-04-01/2025-09-30"}


def test_a_revision_notice_table_dates_the_previous_forecast_and_the_revised_one():
    body = (
        "Pellory hereby announces that it has revised its consolidated earnings forecasts for "
        "the fiscal year ending March 31, 2026, which were announced on May 12, 2025.\n\n"
        "                              Net sales        Operating income\n"
        "                          Millions of yen      Millions of yen\n"
        "Previous forecast (A)           410,000            50,000\n"
        "Revised forecast (B)            425,000            55,000\n"
    )
    found = {
        (p.metric, p.kind.value, p.period.iso(), p.value, p.as_of)
        for p in proposals(body, day=date(2025, 11, 7), cal=TO_MARCH)
    }
    year = "2025-04-01/2026-03-31"
    assert ("net sales", "forecast", year, 410e9, date(2025, 5, 12)) in found
    assert ("net sales", "forecast", year, 425e9, date(2025, 11, 7)) in found
    assert ("operating income", "forecast", year, 55e9, date(2025, 11, 7)) in found


def test_a_range_for_a_year_still_running_is_a_forecast_of_what_its_noun_counts():
    found = rows(
        "Outlook for 2025/26: net sales of EUR 640–670 million; boats delivered 4,500–4,700.",
        day=date(2025, 6, 20),
        cal=FiscalCalendar.of("04-30", "end"),
    )
    year = "2025-05-01/2026-04-30"
    assert ("boats delivered", "forecast", year, 4500, 4700, "units") in found
    assert ("revenue", "forecast", year, 640e6, 670e6, "EUR") in found


def test_a_brazilian_real_amount_is_in_reais():
    (f,) = find_figures("The net revenue reached R$ 12.8 billion in the quarter")
    assert (f.value, f.unit) == (12.8e9, "BRL")


# -- a miner's quarterly report --------------------------------------------------------------

TO_JUNE = FiscalCalendar.of("06-30", "end")
MINER = """Pellory quarterly activities report
Test Wire
2026-01-28

Production summary

                                 Dec Qtr     Sep Qtr     Dec Qtr
                                  FY26        FY26        FY25
Gold produced (oz)
  North Pit (NP)                 71,240      68,910      80,350
  Group                         118,110     114,230     132,460
Gold sold (oz)                  116,400     113,050     130,900
AISC (A$/oz)                      2,412       2,287       1,968
"""


def test_a_quarter_named_by_its_end_month_and_fiscal_year_is_that_quarter():
    from bot.ingest.spans import resolve_time
    from bot.ingest.timing import find_times

    (m,) = find_times("Dec Qtr FY26", date(2026, 1, 28))
    period = resolve_time(m, cal=TO_JUNE, as_of=date(2026, 1, 28), kind=Kind.ACTUAL, anchor=None)
    assert period.iso() == "2025-10-01/2025-12-31"


def test_rows_set_in_below_a_heading_with_its_unit_are_its_parts():
    found = {
        (p.metric, p.period.iso(), p.value, p.unit)
        for p in extract(
            MINER, published=date(2026, 1, 28), entity=KnownEntity(NAME, ("Pellory",), TO_JUNE)
        ).proposals
    }
    dec, sep, dec_before = "2025-10-01/2025-12-31", "2025-07-01/2025-09-30", "2024-10-01/2024-12-31"
    assert any(v == 71_240 and p == dec and "North Pit" in m for m, p, v, _ in found)
    assert any(v == 114_230 and p == sep for _, p, v, _ in found)
    assert any(v == 130_900 and p == dec_before and "sold" in m for m, p, v, _ in found)
    assert any(v == 2_412 and u == "AUD" and p == dec for _, p, v, u in found)


def test_units_written_with_their_scale_and_tonnes_are_counts_in_that_unit():
    def read(text: str) -> list[tuple]:
        return [(f.value, f.high) for f in find_figures(text)]

    assert read("group gold production of 480–520 koz at") == [(480_000, 520_000)]
    assert read("copper production of 24–27 kt.") == [(24_000, 27_000)]
    assert read("a volume of 24.9 mhl, a growth") == [(24.9e6, None)]
    assert read("Copper production was 6,180 t.") == [(6_180, None)]  # never trillions
    assert read("1,000 mt of steel") == [(1_000, None)]  # a metric tonne, no million


def test_a_site_that_produces_names_its_share_and_a_cost_per_ounce_is_a_range_in_dollars():
    found = rows(
        "As a result, Coral Creek is now expected to produce 285,000–310,000 oz in FY26. FY26 "
        "all-in sustaining cost (AISC) guidance revised to A$2,250–2,400/oz.",
        day=date(2026, 1, 14),
        cal=TO_JUNE,
    )
    fy = "2025-07-01/2026-06-30"
    assert any(
        m.startswith("Coral Creek ") and (k, p, v, h) == ("forecast", fy, 285_000, 310_000)
        for m, k, p, v, h, _ in found
    )
    assert ("all-in sustaining cost", "forecast", fy, 2250, 2400, "AUD") in found


def test_hard_wrapped_running_text_is_split_into_sentences_not_lines():
    from bot.ingest.layout import analyse

    text = (
        "Pellory report\nTest Wire\n2026-01-28\n\nGold production for the December quarter was "
        "118,110 oz, up 3% on the\nSeptember quarter. AISC rose to A$2,412/oz on lower grades at "
        "the\nnorth pit.\n"
    )
    body = [s.text for s in analyse(text).sentences if "oz" in s.text]
    assert body == [
        "Gold production for the December quarter was 118,110 oz, up 3% on the\nSeptember quarter.",
        "AISC rose to A$2,412/oz on lower grades at the\nnorth pit.",
    ]


def test_the_writers_own_estimates_are_no_figures():
    assert rows("My est: +1.5% vol, EBITDA +7% for 2026.") == set()
    assert rows("Pellory's share is ~61% per our channel checks.") == set()
    assert rows("My 1Q26e: EBITDA R$ 3.6bn.") == set()


def test_a_growth_after_a_parts_level_is_that_parts_and_a_longer_place_name_is_no_region():
    found = rows(
        "Fourth quarter 2025 volumes by segment:\n"
        "- Brazil: it was registered a volume of 24.9 mhl, a growth of 2.3%.\n"
        "- Central America and the Caribbean (CAC): volume of 5.3 mhl.",
        day=date(2026, 2, 26),
    )
    assert any(r[0].startswith("Brazil") and r[0].endswith("growth") and r[3] == 2.3 for r in found)
    assert not any("U.S." in r[0] for r in found)


def test_a_row_in_a_bare_currency_is_not_scaled_by_the_tables_millions():
    body = (
        "Results of Operations (R$ mn)\n\n"
        "                                     3Q25        3Q24\n"
        "Net revenue (R$ mn)              10,650.3    10,118.7\n"
        "Net revenue/hl (R$)                 341.3       328.0\n"
    )
    found = {(r[3], r[5]) for r in rows(body, day=date(2025, 11, 6))}
    assert (10_650.3e6, "BRL") in found
    assert (341.3, "BRL") in found


def test_a_range_revised_is_a_plan_and_the_nine_months_of_the_year_are_its_first_nine():
    found = rows(
        "Pellory has tightened its full-year gold output range to 490,000–505,000 ounces. "
        "Output for the nine months of the financial year came to 353,820 oz.",
        day=date(2026, 4, 23),
        cal=TO_JUNE,
    )
    assert {(r[1], r[2], r[3]) for r in found} >= {
        ("forecast", "2025-07-01/2026-06-30", 490_000),
        ("actual", "2025-07-01/2026-03-31", 353_820),
    }


def test_a_price_restated_in_another_currency_after_its_unit_is_no_figure():
    assert [f.unit for f in find_figures("costs fell to A$2,336 an ounce (about US$1,530) in")] == [
        "AUD"
    ]


def test_a_bound_is_no_figure_and_an_approximation_is():
    assert rows("Backlog above SEK 31 bn at the end of the second quarter of 2025.") == set()
    found = rows("Pellory sold close to 50 million phones in the second quarter of 2025.")
    assert {r[3] for r in found} == {50e6}


def test_the_makers_nationality_names_no_region_of_its_figures():
    found = rows(
        "Swedish equipment maker Pellory set a goal of net sales of SEK 75 billion by 2030.",
        day=date(2025, 12, 4),
    )
    assert {r[0] for r in found} == {"revenue"}


def test_a_quarter_code_after_of_names_no_part_and_normalized_qualifies_the_measure():
    found = rows("The normalized EBITDA of 4Q25 was of R$ 4,347.6 mn.", day=date(2026, 2, 26))
    assert found == {
        ("normalized EBITDA", "actual", "2025-10-01/2025-12-31", 4_347.6e6, None, "BRL")
    }


def test_a_price_a_unit_is_never_the_revenue():
    found = rows(
        "In the fourth quarter of 2025 the net revenue per hectoliter was R$ 331.6.",
        day=date(2026, 2, 26),
    )
    assert not any(r[0] == "revenue" for r in found)
