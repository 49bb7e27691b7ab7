"""Kinds of language of operators' earnings releases, hotel groups' half-year reports and
platforms' shareholder letters, one capability per test, over a company and sentences and
tables invented here: a currency sign the report defines for itself, change columns headed
"% Var." or under a spanning period, a loss of a measure that has no loss of its own name,
a part the clause does not name, another company's possessive, a league table's ranks,
amounts translated at a rate, financings, a plan a result is set below, and the measures of
such reports (GMV, RevPAR, ADR, ARPU, occupancy, churn, take rate, capital spending)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.layout import analyse

CALENDAR_YEARS = FiscalCalendar.of("12-31", "start")
NAME = "Quillmont Networks"
DAY = date(2026, 2, 12)
Q4 = "2025-10-01/2025-12-31"
Q4_BEFORE = "2024-10-01/2024-12-31"
FY = "2025-01-01/2025-12-31"


def proposals(body: str, *, day=DAY, cal=CALENDAR_YEARS):
    text = f"{NAME} results\nTest Wire\n{day.isoformat()}\n\n{body}\n"
    return extract(text, published=day, entity=KnownEntity(NAME, ("Quillmont",), cal)).proposals


def rows(body: str, **kw) -> set[tuple]:
    return {
        (p.metric.lower(), p.kind.value, p.period.iso(), p.value, p.unit)
        for p in proposals(body, **kw)
    }


def values(body: str, **kw) -> set[float]:
    return {p.value for p in proposals(body, **kw)}


# -- a currency sign the report defines -------------------------------------------------

DEFINED = (
    "Quillmont announces its results for the fourth quarter ended December 31, 2025. "
    "Figures are in millions of Philippine pesos (Ps.) unless otherwise noted.\n\n"
)


def test_an_amount_after_the_sign_the_report_defined_is_in_that_currency():
    found = rows(DEFINED + "Net sales rose to Ps. 8,240 million in the fourth quarter.")
    assert ("revenue", "actual", Q4, 8_240_000_000, "PHP") in found


def test_a_sign_no_sentence_defines_makes_no_amount():
    found = rows("Net sales rose to Ps. 8,240 million in the fourth quarter.")
    assert not any(v == 8_240_000_000 for *_, v, _ in found)


def test_the_signs_dot_ends_no_sentence():
    text = "Net sales rose 4.1% to Ps. 8,240 million in the quarter."
    assert [s.text for s in analyse(text).sentences] == [text]


def test_a_tables_units_in_the_defined_sign():
    table = (
        "KEY FIGURES (Ps. millions)\n\n"
        "                        4Q25      4Q24\n"
        "Net sales              8,240     7,910\n"
        "Operating income       1,115     1,020\n"
    )
    found = rows(DEFINED + table)
    assert ("net sales", "actual", Q4, 8_240_000_000, "PHP") in found
    assert ("operating income", "actual", Q4_BEFORE, 1_020_000_000, "PHP") in found
    assert not any(m.startswith("ps") for m, *_ in found)  # the note names no metric


def test_a_table_in_an_undefined_sign_gives_no_amounts():
    table = (
        "KEY FIGURES (Ps. millions)\n\n"
        "                        4Q25      4Q24\n"
        "Net sales              8,240     7,910\n"
        "Operating income       1,115     1,020\n"
    )
    assert not any(u == "units" and v >= 1e9 for *_, v, u in rows(table))


# -- change columns ----------------------------------------------------------------------


def test_a_header_ending_in_an_abbreviated_change_column_is_a_table():
    table = (
        "SUMMARY (US$ millions)\n\n"
        "                        4Q25      4Q24    % Var.       FY25       FY24    % Var.\n"
        "Net sales              8,240     7,910      4.2     31,700     30,100      5.3\n"
        "Net income               612       705    -13.2      2,410      2,350      2.6\n"
    )
    found = rows(table)
    assert ("net sales", "actual", FY, 31_700_000_000, "USD") in found
    assert ("net income", "actual", Q4_BEFORE, 705_000_000, "USD") in found
    assert ("net income change", "actual", Q4, -13.2, "percent") in found
    assert ("net sales change", "actual", FY, 5.3, "percent") in found


def test_a_change_column_under_a_spanning_period_is_the_change_of_its_latest_column():
    table = (
        "Results\n(US$ millions, unless otherwise stated; unaudited)\n\n"
        "                   Three months ended December 31     Year ended December 31\n"
        "                        2024       2025   % change        2024       2025   % change\n"
        "Net sales              7,910      8,240        4.2      30,100     31,700        5.3\n"
        "Net loss                (95)       (14)      -85.3       (310)       (66)      -78.7\n"
    )
    found = rows(table)
    assert ("net sales", "actual", Q4, 8_240_000_000, "USD") in found
    assert ("net sales", "actual", FY, 31_700_000_000, "USD") in found
    assert ("net sales change", "actual", Q4, 4.2, "percent") in found
    # a loss stated as (14) is a loss of 14; its change of -85.3% stays a fall
    assert ("net loss", "actual", Q4, 14_000_000, "USD") in found
    assert ("net loss change", "actual", Q4, -85.3, "percent") in found


# -- whose figure, and which ----------------------------------------------------------------


def test_a_loss_of_a_measure_with_no_loss_name_is_below_zero():
    found = rows(
        "Adjusted EBITDA was US$52 million for the three months ended December 31, 2025, "
        "compared with a loss of US$21 million a year earlier."
    )
    assert ("adjusted ebitda", "actual", Q4, 52_000_000, "USD") in found
    assert ("adjusted ebitda", "actual", Q4_BEFORE, -21_000_000, "USD") in found


def test_an_unnamed_parts_figure_is_no_figure_of_the_whole():
    found = values(
        "Payments. In the fourth quarter, the segment's adjusted EBITDA loss narrowed to "
        "US$44 million."
    )
    assert 44_000_000 not in found and -44_000_000 not in found


def test_another_companys_possessive_makes_the_figure_theirs():
    found = proposals("Tarnwick Group's pipeline shrank 4% in the fourth quarter.")
    assert all(p.entity != NAME for p in found)


def test_a_league_tables_ranked_rows_name_no_metric():
    table = (
        "    Rank  Operator               Pipeline rooms   As at           Change\n"
        "    1     Tarnwick Group              98,000     31 Dec 2025      +6%\n"
        "    2     Quillmont Networks          71,500     31 Dec 2025      +3%\n"
    )
    assert not any(p.metric[:1].isdigit() for p in proposals(table))


def test_an_amount_translated_at_a_rate_is_no_figure():
    found = values(
        "Translated at the period's average rate of $1.28 to the pound, North America "
        "fee revenue was approximately £402m in the fourth quarter."
    )
    assert 402_000_000 not in found


def test_a_share_buyback_is_no_market_share_and_no_figure():
    found = rows(
        "Revenue was US$2,410 million in fiscal 2025. The US$300m share buyback programme "
        "announced in November is 64% complete."
    )
    assert not any(v in (300_000_000, 64) for *_, v, _ in found)


def test_a_plan_a_result_is_set_below_is_for_the_results_period():
    found = rows(
        DEFINED + "FY25 capex totalled Ps. 9,620 million, below the Ps. 9.9 billion guidance."
    )
    assert ("capital expenditure", "actual", FY, 9_620_000_000, "PHP") in found
    assert ("capital expenditure", "forecast", FY, 9_900_000_000, "PHP") in found


# -- the measures of operators, hotels and platforms ------------------------------------


def test_platform_hotel_and_operator_measures_are_named():
    found = rows(
        "GMV rose 14% year on year to US$3,210 million in the fourth quarter. "
        "Comparable RevPAR rose 2.2% in the fourth quarter, with occupancy of 71.3% and an "
        "average daily rate of US$118.40, giving RevPAR of US$84.42. "
        "Mobile ARPU in the fourth quarter was US$11.20 per subscriber per month. "
        "Prepaid churn came down to 3.9% a month in the fourth quarter."
    )
    assert ("gmv", "actual", Q4, 3_210_000_000, "USD") in found
    assert ("occupancy", "actual", Q4, 71.3, "percent") in found
    assert ("adr", "actual", Q4, 118.4, "USD") in found
    assert ("revpar", "actual", Q4, 84.42, "USD") in found
    assert ("mobile arpu", "actual", Q4, 11.2, "USD") in found
    assert ("prepaid churn", "actual", Q4, 3.9, "percent") in found


def test_a_change_and_the_level_it_reached_share_the_changes_period():
    found = rows(
        "Net sales rose 4.2% in the fourth quarter to US$8,240 million and 5.3% in the "
        "full year to US$31,700 million."
    )
    assert ("revenue", "actual", Q4, 8_240_000_000, "USD") in found
    assert ("revenue", "actual", FY, 31_700_000_000, "USD") in found


# -- an operator's tables -----------------------------------------------------------------


def test_rows_under_a_count_caption_are_levels_at_each_columns_end():
    table = (
        "Subscribers (thousands)          4Q25      3Q25      4Q24\n"
        "Mobile subscribers             18,050    18,120    17,400\n"
        "Fixed broadband accesses        1,410     1,372     1,190\n"
    )
    found = rows(table)
    assert ("mobile subscribers", "actual", "2025-12-31/2025-12-31", 18_050_000, "units") in found
    assert (
        "fixed broadband accesses",
        "actual",
        "2025-09-30/2025-09-30",
        1_372_000,
        "units",
    ) in found


def test_a_net_additions_table_names_each_rows_change_over_the_period():
    table = (
        "Net additions (thousands)        4Q25      4Q24\n"
        "Postpaid                          131       118\n"
        "Prepaid                          -164        52\n"
    )
    found = rows(table)
    assert ("postpaid net additions", "actual", Q4, 131_000, "units") in found
    assert ("prepaid net additions", "actual", Q4, -164_000, "units") in found


def test_a_price_a_month_in_the_defined_sign_and_a_rate_noted_after_a_comma():
    table = (
        "| ARPU and churn                      | 4Q25  | 4Q24  |\n"
        "|-------------------------------------|-------|-------|\n"
        "| Mobile ARPU (Ps. per month)         | 188.4 | 181.0 |\n"
        "| Prepaid churn (monthly average, %)  | 3.7   | 4.1   |\n"
    )
    found = rows(DEFINED + table)
    assert ("mobile arpu", "actual", Q4, 188.4, "PHP") in found
    assert ("prepaid churn", "actual", Q4_BEFORE, 4.1, "percent") in found


# -- plans told again at an analyst day -----------------------------------------------------

ANALYST_DAY = date(2025, 9, 23)


def dated(body: str) -> set[tuple]:
    return {
        (p.metric.lower(), p.kind.value, p.period.iso(), p.value, p.value_high, p.as_of)
        for p in proposals(DEFINED + body, day=ANALYST_DAY)
    }


def test_a_range_for_an_amount_stated_in_percent_is_for_its_growth_on_the_day_said():
    found = dated(
        "Back on February 11, with the full year results, we guided service revenue growth "
        "of 3% to 5% for 2025. On July 22, at the second quarter results, we raised the "
        "service revenue range to 4% to 6%."
    )
    assert ("service revenue growth", "forecast", FY, 3, 5, date(2025, 2, 11)) in found
    assert ("service revenue growth", "forecast", FY, 4, 6, date(2025, 7, 22)) in found


def test_an_amount_converted_at_todays_rate_leaves_the_rest_of_the_sentence():
    found = dated(
        "We are lowering the 2025 capex guidance to Ps. 9.4 billion, from Ps. 9.9 billion, "
        "roughly US$510 million at today's exchange rate."
    )
    assert ("capital expenditure", "forecast", FY, 9_400_000_000, None, ANALYST_DAY) in found
    assert not any(v == 510_000_000 for _, _, _, v, _, _ in found)


def test_a_named_investment_plan_that_is_raised_is_a_target():
    found = dated("Capex: the 2025 facility investment plan is raised to Ps. 9.6 billion.")
    assert ("capital expenditure", "target", FY, 9_600_000_000, None, ANALYST_DAY) in found


def test_openings_since_a_brands_launch_run_from_the_launch_to_the_day_named():
    found = rows(
        "At 31 December 2025, 96 Wren hotels had opened since the brand launched in May 2021."
    )
    assert ("hotels opened", "actual", "2021-05-01/2025-12-31", 96, "units") in found


# -- a founder's letter and a wire brief -----------------------------------------------------


def test_a_measure_said_to_be_a_loss_or_a_profit_of_a_figure_is_that_measure_signed():
    found = rows(
        "For the full year 2025 our adjusted EBITDA was still a loss of US$71 million, a long "
        "way from the loss of US$305 million in 2024. Full-year adjusted EBITDA was a profit "
        "of $26 million in fiscal 2026, with $12 million of it in the fourth quarter.",
        day=date(2026, 3, 2),
    )
    assert ("adjusted ebitda", "actual", FY, -71_000_000, "USD") in found
    assert ("adjusted ebitda", "actual", "2024-01-01/2024-12-31", -305_000_000, "USD") in found
    assert not any(m.endswith("net loss") for m, *_ in found)


def test_a_part_of_it_in_a_quarter_is_the_nearest_amount_stated():
    found = rows(
        "Quillmont said that 2025 revenue rose to $1.9 billion and full-year adjusted EBITDA "
        "was a profit of $26 million, against a loss of $31 million in 2024, with $12 million "
        "of it in the fourth quarter."
    )
    assert ("adjusted ebitda", "actual", FY, 26_000_000, "USD") in found
    assert ("adjusted ebitda", "actual", Q4, 12_000_000, "USD") in found
    assert not any(m == "revenue" and p == Q4 for m, _, p, *_ in found)


def test_a_bracket_defining_the_measure_names_none_of_its_own():
    found = rows(
        "GMV (the total value of orders and rides on our apps) was US$9.3 billion in 2025, "
        "up 17% from US$7.9 billion in 2024."
    )
    assert ("gmv", "actual", FY, 9_300_000_000, "USD") in found
    assert not any(m.startswith("orders") for m, *_ in found)


def test_a_region_after_another_regions_measure_takes_its_place():
    found = rows("Americas revenue up 1.8%; Europe up 5.2%; China down 2.4% in the fourth quarter.")
    names = {m for m, *_ in found}
    assert "europe revenue growth" in names and "china revenue growth" in names
    assert not any("americas" in m and m != "americas revenue growth" for m in names)


def test_a_range_given_with_earlier_results_is_dated_on_their_day():
    found = {
        (p.value, p.value_high, p.as_of)
        for p in proposals(
            "The Board now expects adjusted operating profit for fiscal 2026 of £610m to "
            "£640m, up from the £590m to £620m range given with our full-year results on "
            "18 November 2025.",
            day=date(2026, 1, 28),
        )
    }
    assert (590_000_000, 620_000_000, date(2025, 11, 18)) in found
    assert (610_000_000, 640_000_000, date(2026, 1, 28)) in found
