"""Kinds of language over invented companies and sentences: a column's own units in a table
header, a rounded restatement of a table's exact figure, wire-brief month abbreviations, a
named part's change and level, and a caller the operator introduces in a transcript."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar, find_periods
from bot.ingest.extract import KnownEntity, extract

FEB_YEARS = FiscalCalendar.of("01-31", "start")  # fiscal 2024 = Feb 2024 - Jan 2025
NAME = "Marrow Pantry"
DAY = date(2025, 3, 20)
FY24 = "2024-02-01/2025-01-31"


def proposals(body: str, *, day=DAY, cal=FEB_YEARS):
    text = f"{NAME} results\nTest Wire\n{day.isoformat()}\n\n{body}\n"
    return extract(text, published=day, entity=KnownEntity(NAME, ("Marrow",), cal)).proposals


def rows(body: str, **kw) -> set[tuple]:
    return {
        (p.metric.lower(), p.kind.value, p.period.iso(), p.value) for p in proposals(body, **kw)
    }


SALES = ("revenue", "net sales", "sales")


def has(found: set[tuple], part: str, measure: tuple[str, ...], period: str, value: float) -> bool:
    """A figure named for PART and one of the names of its MEASURE (the store's name or the
    report's own, depending on what the store knows)."""
    return any(
        m in {f"{part} {x}".strip() for x in measure} and p == period and v == value
        for m, _, p, v in found
    )


def test_a_column_header_states_the_units_of_its_own_cells():
    found = rows(
        "Marrow Pantry reported fiscal 2024 results.\n\n"
        "| Division   | FY2024 net sales (USD millions) |\n"
        "|------------|---------------------------------|\n"
        "| Bakery     | 612.5                           |\n"
        "| Dairy      | 98.0                            |\n"
    )
    assert has(found, "bakery", SALES, FY24, 612_500_000)
    assert has(found, "dairy", SALES, FY24, 98_000_000)


def test_a_rounded_figure_in_prose_restates_the_tables_exact_one():
    found = rows(
        '"It was a record year," the chief executive said. "Net sales rose 5% to $2.31 billion."'
        "\n\n"
        "| (USD millions) | FY2024  | FY2023  |\n"
        "|----------------|---------|---------|\n"
        "| Net sales      | 2,308.7 | 2,198.8 |\n"
    )
    assert has(found, "", SALES, FY24, 2_308_700_000)
    assert not any(v == 2_310_000_000 for *_, v in found)


def test_a_figure_that_differs_beyond_rounding_is_no_restatement():
    found = rows(
        "Net sales were $2.40 billion in fiscal 2024.\n\n"
        "| (USD millions) | FY2024  |\n"
        "|----------------|---------|\n"
        "| Net sales      | 2,308.7 |\n"
    )
    # two different figures for one thing: neither is proposed rather than a wrong one
    assert not any(m in SALES and p == FY24 for m, _, p, _ in found)


def test_wire_brief_month_abbreviations_name_leading_months():
    for text, months in (("9-mo net sales", 9), ("6-mth revenue", 6), ("the 9-mo period", 9)):
        (mention,) = find_periods(text)
        assert mention.ref.months == months
    assert not find_periods("a demo mode")


def test_a_named_part_grew_to_a_level_gives_its_level_and_its_growth():
    found = rows(
        "Net sales were $1,020 million in the fourth quarter. Regionally, Export grew 6.5% to "
        "$240 million, and Domestic fell 1.5% to $780 million.",
    )
    q4 = "2024-11-01/2025-01-31"
    assert has(found, "export", SALES, q4, 240_000_000)
    assert has(found, "export", tuple(f"{x} growth" for x in SALES), q4, 6.5)
    assert has(found, "domestic", tuple(f"{x} growth" for x in SALES), q4, -1.5)


def test_a_caller_the_operator_introduces_speaks_for_someone_else():
    found = rows(
        "Operator: Next, Ivo Brandt with Kelso Partners.\n\n"
        "Ivo Brandt: Thanks. Rindle Foods said its sales grew 11% last quarter. Comment?\n\n"
        "Anna Frey: We sold 40 million packs in fiscal 2024."
    )
    assert not any(v == 11 for *_, v in found)


CAL_YEARS = FiscalCalendar.of("12-31", "start")
Y2025 = "2025-01-01/2025-12-31"


def test_a_confirmed_outlook_first_issued_earlier_is_stated_on_both_days():
    found = {
        (p.metric.lower(), p.kind.value, p.as_of, p.value, p.value_high)
        for p in proposals(
            "Marrow Pantry confirms its outlook for 2025, first issued on February 3, 2025: the "
            "company expects revenue of $2.1 billion to $2.2 billion.",
            day=date(2025, 8, 1),
            cal=CAL_YEARS,
        )
    }
    for day in (date(2025, 2, 3), date(2025, 8, 1)):
        assert any(
            m in SALES and k == "forecast" and a == day and (v, h) == (2.1e9, 2.2e9)
            for m, k, a, v, h in found
        )


def test_a_goal_someone_had_set_earlier_is_a_restatement_not_a_new_figure():
    found = rows(
        "Revenue for the year reached $1.8 billion, short of the goal of at least $2 billion "
        "that the chief executive had set a year earlier.",
        day=date(2026, 2, 10),
        cal=CAL_YEARS,
    )
    assert has(found, "", SALES, Y2025, 1_800_000_000)
    assert not any(v == 2_000_000_000 for *_, v in found)


def test_a_product_lines_name_runs_over_and_and_its_initials():
    found = rows(
        "In the quarter we shipped 14 Orion scanners and 52 Thin Film Deposition and Etch "
        "(TFDE) systems.",
        day=date(2025, 7, 20),
        cal=CAL_YEARS,
    )
    q2 = "2025-04-01/2025-06-30"
    assert ("thin film deposition and etch (tfde) systems shipped", "actual", q2, 52) in found
    assert ("orion scanners shipped", "actual", q2, 14) in found


def test_a_named_part_of_them_is_of_the_count_not_of_its_comparison():
    found = rows(
        "The company handed over 520 buses in 2024, compared with 470 a year earlier; 75 of "
        "them were its Corsa articulated buses.",
        day=date(2025, 3, 1),
        cal=CAL_YEARS,
    )
    y2024 = "2024-01-01/2024-12-31"
    assert ("corsa articulated buses delivered", "actual", y2024, 75) in found
    assert not any(v == 75 and p != y2024 for _, _, p, v in found)


def test_a_lines_total_since_its_launch_runs_from_the_launch_the_sentence_states():
    found = rows(
        "Fiscal 2024 was a good year. Morning Bowl, the cereal line introduced in March 2021, "
        "reached cumulative sales of 90 million boxes since its launch by the end of the fiscal "
        "year."
    )
    assert any(p == "2021-03-01/2025-01-31" and v == 90_000_000 for _, _, p, v in found)


def test_a_report_defines_its_companys_short_name_ticker_and_initials():
    from bot.ingest.entities import report_aliases

    text = (
        "REGULATED INFORMATION — BRENNAN OPTICAL WORKS PLC (Euronext Dublin: BOWP)\n\n"
        'Brennan Optical Works plc ("Brenno") today published its results. BOW expects ...'
    )
    found = report_aliases(text, "Brennan Optical Works")
    assert {"Brenno", "BOWP", "BOW", "Brennan Optical Works plc"} <= set(found)
    # a defined word that names no company of its own is no alias
    assert "Company" not in report_aliases(
        'Brennan Optical Works (the "Company") reported.', "Brennan Optical Works"
    )


def test_a_brand_the_metric_names_is_no_alias_of_the_company():
    (found,) = [
        p
        for p in proposals(
            "In the quarter we shipped 14 Orion scanners and 52 Vega systems.",
            day=date(2025, 7, 20),
            cal=CAL_YEARS,
        )
        if p.value == 14
    ]
    assert "orion" in found.metric.lower()
    assert "Orion" not in found.entity_aliases


def test_a_markdown_row_set_in_under_another_is_its_part():
    found = rows(
        "| First half, $ million | FY2024 |\n"
        "|-----------------------|--------|\n"
        "| Net sales             | 900.0  |\n"
        "|   Retail              | 600.0  |\n"
        "|   Wholesale           | 300.0  |\n"
    )
    assert any(m.startswith("retail") and v == 600_000_000 for m, _, _, v in found)
    assert any(m.startswith("wholesale") and m != "wholesale" for m, *_ in found)


def test_initials_of_a_title_the_report_writes_are_a_product_not_a_company():
    found = rows(
        "Sales of Tides of the Iron Coast, its new strategy game, were strong. TIC sold 2.1 "
        "million units in the first nine months of the fiscal year, the company said.",
        day=date(2025, 8, 7),
    )
    assert any(v == 2_100_000 for *_, v in found)


def test_a_sentence_pointing_back_takes_the_measure_before_it():
    found = rows(
        "Net sales in the November–January quarter rose to $520 million. That followed $480 "
        "million in the August–October quarter.",
    )
    assert has(found, "", SALES, "2024-08-01/2024-10-31", 480_000_000)


def test_a_year_earlier_after_two_comparisons_is_a_year_before_the_figure_compared():
    found = rows(
        "Revenue in the quarter was $5.4 billion, against $3.9 billion in the first quarter "
        "and $4.6 billion a year earlier.",
        day=date(2025, 7, 16),
        cal=CAL_YEARS,
    )
    assert has(found, "", SALES, "2024-04-01/2024-06-30", 4_600_000_000)


def test_a_plan_stated_today_for_a_period_long_over_is_not_proposed():
    found = rows(
        "Marrow still expects the bar to reach 12 million units by the end of September.",
        day=date(2025, 8, 7),
        cal=CAL_YEARS,
    )
    assert not any(p.endswith("2024-09-30") for _, _, p, _ in found)


MARCH_YEARS = FiscalCalendar.of("03-31", "end")  # FY25 = Apr 2024 - Mar 2025
AUG_YEARS = FiscalCalendar.of("08-31", "end")  # FY2025 = Sep 2024 - Aug 2025


def test_indian_amounts_in_crore_and_lakh_are_scaled_and_in_rupees():
    found = {
        (p.metric, p.period.iso(), p.value, p.unit)
        for p in proposals(
            "Marrow Pantry reported revenue of Rs 4,512 crore for Q3FY25. Net profit rose to "
            "₹612.4 crore. The company sold 3.2 lakh units in the quarter.",
            day=date(2025, 1, 28),
            cal=MARCH_YEARS,
        )
    }
    q3 = "2024-10-01/2024-12-31"
    assert any(v == 45_120_000_000 and u == "INR" and p == q3 for _, p, v, u in found)
    assert any(v == 6_124_000_000 and u == "INR" for _, _, v, u in found)
    assert ("units sold", q3, 320_000, "units") in found


def test_a_table_in_crore_states_rupees():
    found = rows(
        "| (₹ crore)  | Q3FY25 | Q3FY24 |\n"
        "|------------|--------|--------|\n"
        "| Revenue    | 4,512  | 4,020  |\n",
        day=date(2025, 1, 28),
        cal=MARCH_YEARS,
    )
    assert has(found, "", SALES, "2024-10-01/2024-12-31", 45_120_000_000)


def test_a_bare_year_labelling_a_comparative_is_that_fiscal_year():
    found = rows(
        "Revenue for the year ended 31 August 2025 rose 6% to £1,234.5m. Adjusted operating "
        "profit was £142.1m (2024: £130.0m).",
        day=date(2025, 10, 20),
        cal=AUG_YEARS,
    )
    assert any(p == "2023-09-01/2024-08-31" and v == 130_000_000 for _, _, p, v in found)


def test_a_metric_names_no_part_of_a_year():
    found = rows("For the first half, net sales were $2,011 million.", day=date(2025, 9, 4))
    assert has(found, "", SALES, "2025-02-01/2025-07-31", 2_011_000_000)


def test_a_plan_the_company_had_previously_guided_to_is_the_earlier_statement():
    found = {
        (p.value, p.value_high, p.as_of)
        for p in proposals(
            "For 2026 Marrow expects revenue of $1.35 billion to $1.42 billion. The company had "
            "previously guided to revenue of at least $1.30 billion for 2026 in its third-quarter "
            "statement of 12 March 2025.",
            day=date(2025, 6, 24),
            cal=CAL_YEARS,
        )
    }
    # both stand, each on its own day (on one day, neither would be proposed)
    assert (1_350_000_000, 1_420_000_000, date(2025, 6, 24)) in found
    assert (1_300_000_000, None, date(2025, 3, 12)) in found


def test_a_dividend_is_no_fact_of_the_business_but_capital_spending_is():
    found = rows(
        "Net sales rose to $2.1 billion in fiscal 2024. The board proposes a final dividend of "
        "42 cents per share. The company expects capital expenditures of about $350 million in "
        "fiscal 2025."
    )
    assert has(found, "", SALES, FY24, 2_100_000_000)
    assert not any(v == 0.42 for *_, v in found)
    # reports guide capital spending and people ask for it: a forecast of its own
    assert (
        "capital expenditure",
        "forecast",
        "2025-02-01/2026-01-31",
        350_000_000,
    ) in found


def test_a_named_part_of_the_count_the_sentence_before_stated():
    found = rows(
        "We delivered 431 boats in 2025, more than ever before. The Skerry series alone "
        "accounted for 212 of them.",
        day=date(2026, 2, 10),
        cal=CAL_YEARS,
    )
    assert ("skerry series boats delivered", "actual", Y2025, 212) in found


def test_a_dateline_names_where_the_report_was_filed_not_a_region_of_its_figures():
    found = rows(
        "Lyon, France, 12 January 2026 — Marrow Pantry today announced that it sold 793 "
        "ovens last year, up 4% on the year before.",
        day=date(2026, 1, 12),
        cal=CAL_YEARS,
    )
    assert ("ovens sold", "actual", Y2025, 793) in found


def test_orders_net_of_cancellations_are_net_orders():
    found = rows(
        "Gross orders for the year totalled 1,000 ovens; net of cancellations, orders came to "
        "889 ovens in 2025.",
        day=date(2026, 1, 12),
        cal=CAL_YEARS,
    )
    assert ("net orders", "actual", Y2025, 889) in found
    assert ("gross orders", "actual", Y2025, 1000) in found


def test_a_share_price_move_is_no_figure_of_the_business():
    found = rows(
        "Shares of Marrow Pantry rose 9% on Thursday after revenue rose 6% in the fourth quarter.",
    )
    assert not any(v == 9 for *_, v in found)
    assert any(v == 6 for *_, v in found)


def test_units_of_a_named_product_count_that_product():
    found = rows(
        "The company sold 3.1 million units of its Kestra handheld console in the fourth quarter.",
    )
    assert ("handheld consoles sold", "actual", "2024-11-01/2025-01-31", 3_100_000) in found


def test_one_measure_in_two_currencies_and_rates_on_their_own_bases():
    found = rows(
        "Sahel Software reported results for Q3FY25.\n\n"
        "- Revenue from operations at ₹ 10,432 crore, growth of 2.1% QoQ\n"
        "- Revenue in USD at $1,236.4 million; YoY CC growth of 5.6%\n"
        "- Headcount at 1,48,512 as on December 31, 2024\n",
        day=date(2025, 1, 16),
        cal=MARCH_YEARS,
    )
    q3 = "2024-10-01/2024-12-31"
    assert any(m in SALES and p == q3 and v == 104_320_000_000 for m, _, p, v in found)
    assert any(m.startswith("usd ") and p == q3 and v == 1_236_400_000 for m, _, p, v in found)
    assert any(m.startswith("sequential") and v == 2.1 for m, _, _, v in found)
    assert any(m.startswith("constant currency") and v == 5.6 for m, _, _, v in found)


def test_a_table_titles_units_after_its_period_and_an_about_paragraph_run_in():
    found = rows(
        "Revenue by vertical (Q3FY25, USD million)\n\n"
        "| Vertical      | Q3FY25  |\n"
        "|---------------|---------|\n"
        "| Retail        | 218.8   |\n\n"
        + "Sahel Software had a good quarter. " * 8
        + "\n\nAbout Sahel Software: Sahel serves over 600 active clients in 31 countries.\n",
        day=date(2025, 1, 16),
        cal=MARCH_YEARS,
    )
    assert any(v == 218_800_000 for *_, v in found)
    assert not any(v in (600, 31) for *_, v in found)


def test_growth_guidance_moved_to_a_new_range_is_a_planned_rate_and_its_earlier_one():
    found = {
        (p.metric, p.value, p.value_high, p.as_of)
        for p in proposals(
            "The company lifted its FY26 constant-currency revenue growth guidance to 2.0%–4.0% "
            "from 1.5%–3.5%.",
            day=date(2025, 7, 17),
            cal=MARCH_YEARS,
        )
    }
    assert ("constant currency revenue growth", 2.0, 4.0, date(2025, 7, 17)) in found
    assert any(v == 1.5 and h == 3.5 and a < date(2025, 7, 17) for _, v, h, a in found)


def test_an_order_book_is_a_level_on_its_day():
    found = rows(
        "• Order book £156.4m at 28 Feb 2026 (28 Feb 2025: £139.2m)",
        day=date(2026, 4, 21),
        cal=AUG_YEARS,
    )
    assert ("order book", "actual", "2026-02-28/2026-02-28", 156_400_000) in found
    assert ("order book", "actual", "2025-02-28/2025-02-28", 139_200_000) in found


def test_a_measure_past_a_relative_clause_names_its_rate():
    found = rows(
        "In fiscal 2024, revenue rose 6.2% to $498.6 million, and like-for-like sales, which "
        "leave out stores opened or closed in either year, grew 4.1%.",
    )
    assert ("like-for-like sales growth", "actual", FY24, 4.1) in found
    assert any(v == 6.2 for *_, v in found)


def test_a_rival_in_an_apposition_and_a_company_reporting_its_own_figure_are_not_ours():
    found = rows(
        "Marrow Pantry's fourth-quarter revenue rose 3% to $520 million. Ashby Larder, Marrow's "
        "closest rival, reported fourth-quarter comparable sales up 3.1% and raised its annual "
        "sales forecast to $4.4 billion. Cobalt Kitchen posted net sales of $1.2 billion for its "
        "quarter.",
    )
    assert any(v == 520_000_000 for *_, v in found)
    assert not any(v in (3.1, 4_400_000_000, 1_200_000_000) for *_, v in found)
