"""Kinds of language a first report from a new company uses, one capability per test, over
companies and sentences invented here: chat shorthand, transcripts with outside speakers,
counts of several products side by side, point-in-time counts glossed in brackets, a plan
named by what it counts, and the day an earlier statement was made."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

CALENDAR_YEARS = FiscalCalendar.of("12-31", "start")
NAME = "Tarrow Cycles"


def proposals(body: str, *, day=date(2025, 5, 20), cal=CALENDAR_YEARS, title="update"):
    text = f"{NAME} {title}\nTest Wire\n{day.isoformat()}\n\n{body}\n"
    return extract(text, published=day, entity=KnownEntity(NAME, ("Tarrow",), cal)).proposals


def rows(body: str, **kw) -> set[tuple]:
    return {
        (p.metric, p.kind.value, p.period.iso(), p.value, p.value_high, p.as_of)
        for p in proposals(body, **kw)
    }


def values(body: str, **kw) -> set[float]:
    return {p.value for p in proposals(body, **kw)}


Q1 = "2025-01-01/2025-03-31"
YEAR = "2025-01-01/2025-12-31"
DAY = date(2025, 5, 20)


def test_a_count_with_thousands_separators_after_a_capitalised_word_is_a_figure():
    # "Lumia 520" is a model; "NL 12,400" is twelve thousand four hundred of something
    found = values("First-quarter units by country: NL 12,400 / BE 7,150 / Germany 21,000.")
    assert {12_400, 7_150, 21_000} <= found


def test_chat_thousands_shorthand_is_a_figure_and_4k_is_not():
    found = rows("Tarrow set a new unit target of 310k-325k for 2025, the team confirmed.")
    assert ("units sold", "target", YEAR, 310_000, 325_000, DAY) in found
    assert not values("Tarrow sold its first 8K display bikes in the first quarter.")


def test_a_plan_named_by_what_it_counts_gives_the_count():
    found = rows("Tarrow set a delivery goal of 48,000 for 2025.")
    assert {(m, k) for m, k, *_ in found} == {("units delivered", "target")}


def test_several_products_counted_side_by_side_leave_units_as_their_total():
    found = rows(
        "Tarrow sold 20,500 units in the first quarter: 14,000 road bikes, 4,100 gravel bikes "
        "and 2,400 kick scooters."
    )
    assert ("units sold", "actual", Q1, 20_500, None, DAY) in found
    assert ("gravel bikes sold", "actual", Q1, 4_100, None, DAY) in found
    assert ("kick scooters sold", "actual", Q1, 2_400, None, DAY) in found


def test_one_product_keeps_naming_bare_units():
    found = rows("Tarrow sold 9,000 bikes in the first quarter, and 31,000 units in 2024.")
    assert {m for m, *_ in found} == {"bikes sold"}


def test_an_occasion_clause_dates_the_statement_it_introduces():
    found = rows(
        "When we published our annual report on 3 March, we set a sales target of 90,000 to "
        "95,000 bikes for 2025. Today we raise our 2025 target to 96,000 to 99,000 bikes."
    )
    assert ("bikes sold", "target", YEAR, 90_000, 95_000, date(2025, 3, 3)) in found
    assert ("bikes sold", "target", YEAR, 96_000, 99_000, DAY) in found


TRANSCRIPT = """\
OPERATOR: Welcome to the Tarrow Cycles first-quarter call.

HELGA MARSH (CHIEF FINANCIAL OFFICER): We sold 21,300 bikes in the first quarter.

OPERATOR: The next question comes from Ravi Bose at Linden Street Securities.

RAVI BOSE: Thanks. Our model has you at 88,000 bikes for 2025. Is that fair?

JONAS KELL (ORCHARD BAY CAPITAL): The whole Dutch market was 950,000 bikes in 2024, right?

HELGA MARSH (CHIEF FINANCIAL OFFICER): We don't comment on models.
"""


def test_outside_speakers_in_a_transcript_are_not_the_company():
    found = values(TRANSCRIPT, title="Q1 call transcript")
    assert found == {21_300}


def test_a_key_and_value_line_is_no_speaker():
    found = rows("- Q1 (Jan-Mar) bikes: 21,300\n- Q1 revenue: EUR 30.5m")
    assert {v for *_, v, _, _ in found} == {21_300, 30_500_000}


def test_the_channel_a_company_sells_through_is_no_sales_figure():
    assert values("Tarrow sells through 410 dealers across the Benelux.") == set()


def test_chat_hearsay_and_the_street_are_not_the_company():
    body = (
        "heard at the show: Velocan apparently moved ~60k units in the first quarter.\n\n"
        "my broker friend says the Street is at 95k units for 2025."
    )
    assert values(body) == set()


def test_a_count_glossed_in_brackets_is_a_point_in_time_level_of_the_gloss():
    found = rows(
        "Unshipped customer orders (the order backlog) stood at 6,450 units at 31 March 2025."
    )
    assert found == {
        ("customer order backlog", "actual", "2025-03-31/2025-03-31", 6_450, None, DAY)
    }


def test_a_service_plan_is_a_product_and_names_its_subscribers():
    found = rows("Members of the Ridewell service plan numbered 12,800 at 31 March 2025.")
    assert found == {("Ridewell members", "actual", "2025-03-31/2025-03-31", 12_800, None, DAY)}
    found = rows("Ridewell had 11,900 members at 31 Dec.")
    assert {m for m, *_ in found} == {"Ridewell members"}


def test_a_verb_after_to_is_no_part_of_the_metric():
    found = rows("Our ambition is to reach revenue of EUR 300 million in 2027.")
    assert {(m, k) for m, k, *_ in found} == {("revenue", "target")}


TABLE = """\
2. Key figures

                                   Q1 2025     Q1 2024      FY 2024
Units shipped                        4,210       3,880       16,050
   Kayaks                            3,100
   Canoes                            1,110
Revenue (C$m)                         61.5        55.0        240.2
Revenue change on prior year (%)                  11.8
"""


def test_a_space_aligned_table_reads_cells_by_where_they_stand():
    found = rows(TABLE, title="first-quarter report")
    q1, q1_24, fy24 = Q1, "2024-01-01/2024-03-31", "2024-01-01/2024-12-31"
    assert ("units shipped", "actual", fy24, 16_050, None, DAY) in found
    # indented rows are parts of the row above, in its column
    assert ("kayaks shipped", "actual", q1, 3_100, None, DAY) in found
    assert ("canoes shipped", "actual", q1, 1_110, None, DAY) in found
    # a dollar with its country's prefix gives the row's currency and scale
    assert ("revenue", "actual", q1_24, 55_000_000, None, DAY) in found
    revenue = {p.unit for p in proposals(TABLE) if p.metric == "revenue"}
    assert revenue == {"CAD"}
    # the one cell of a row stands under its own column, not the first
    assert ("revenue change", "actual", q1_24, 11.8, None, DAY) in found
    # "2. Key figures" above the table names nothing
    assert all("key" not in m and "figures" not in m for m, *_ in found)


def test_a_nested_list_item_is_a_part_of_its_parent_item():
    body = (
        "- Q1 revenue: EUR 30.5m\n"
        "    - touring bikes EUR 18.2m\n"
        "    - kids (Sprout) EUR 4.1m\n"
        "- Q1 units: 21,300\n"
    )
    found = rows(body)
    assert ("touring bike revenue", "actual", Q1, 18_200_000, None, DAY) in found
    assert ("Sprout kids revenue", "actual", Q1, 4_100_000, None, DAY) in found
    assert ("bikes sold", "actual", Q1, 21_300, None, DAY) in found  # its one product


def test_a_named_part_equal_to_a_share_of_a_whole():
    found = rows("- Benelux = 34% of Q1 units (a record)")
    assert found == {("Benelux share of units sold", "actual", Q1, 34, None, DAY)}


def test_a_lettered_outlook_item_names_its_rate_by_its_label():
    found = rows("(c) Operating margin: expected to be 7% to 8% for 2025.")
    assert found == {("operating margin", "forecast", YEAR, 7, 8, DAY)}


def test_a_gloss_and_the_phrase_it_glosses_name_one_measure():
    one = rows("Unfilled retailer orders (backlog) were 2,300 units at 31 Dec.", day=DAY)
    two = rows("Open retailer orders (the order backlog) stood at 2,900 units at 31 March 2025.")
    assert {m for m, *_ in one} == {m for m, *_ in two} == {"retailer order backlog"}


def test_sales_of_them_since_a_launch_count_the_product_launched():
    found = rows(
        "Since we launched the Strider in March 2022 we have sold 18,000 of them, counting "
        "through the end of April 2025."
    )
    assert found == {("Striders sold", "actual", "2022-03-01/2025-04-30", 18_000, None, DAY)}
    found = rows("Cumulative sales of the Strider since its launch in March 2022 reached 18,000.")
    assert {m for m, *_ in found} <= {"Striders sold"}


def test_a_half_year_ended_on_a_day_is_six_months():
    found = rows(
        "Tarrow reported its results for the half year ended 31 March 2025. Revenue rose 4% to "
        "EUR 61.0 million.",
        cal=FiscalCalendar.of("09-30", "end"),
    )
    assert ("revenue", "actual", "2024-10-01/2025-03-31", 61_000_000, None, DAY) in found


def test_a_product_named_with_the_as_subject_is_no_company():
    found = proposals(
        "Since its launch in May 2022, the Strider has sold 18,000 units through April."
    )
    assert {(p.entity, p.metric) for p in found} == {(NAME, "Striders sold")}


def test_a_full_year_result_is_of_the_year_completed():
    found = rows(
        "Tarrow reported results for the fiscal year ended June 30, 2025. Full-year revenue "
        "was EUR 240.0 million, up 6%.",
        day=date(2025, 8, 20),
        cal=FiscalCalendar.of("06-30", "end"),
    )
    fy25 = "2024-07-01/2025-06-30"
    assert {(m, p) for m, _, p, *_ in found} == {("revenue", fy25), ("revenue growth", fy25)}


def test_a_previous_figure_in_brackets_is_the_earlier_statement():
    found = rows(
        "Tarrow now forecasts 2025 revenue at EUR 250 million (previous forecast: EUR 240 million)."
    )
    assert ("revenue", "forecast", YEAR, 250_000_000, None, DAY) in found
    assert ("revenue", "forecast", YEAR, 240_000_000, None, date(2025, 5, 19)) in found


def test_a_running_total_to_a_day_counts_from_the_launch_the_sentence_names():
    found = rows(
        "Dune Glider, released on March 3, 2025, has shipped 42,000 units as of April 30, 2025."
    )
    assert found == {
        ("Dune Glider units shipped", "actual", "2025-03-03/2025-04-30", 42_000, None, DAY)
    }
    # no launch anywhere: a running total with no start is no figure of any period
    assert values("The Vesta has now sold 9,000 units as of April 30, 2025.") == set()


def test_a_heading_ending_in_a_colon_gives_its_period_to_the_list_below():
    body = (
        "Sales for the 10 weeks to 4 May 2025 were EUR 40.1 million.\n\n"
        "Highlights of the first quarter (13 weeks to 29 March 2025):\n"
        "- Revenue: EUR 52.6m (Q1 2024: EUR 49.0m)\n"
    )
    found = rows(body)
    assert ("revenue", "actual", "2024-12-29/2025-03-29", 52_600_000, None, DAY) in found


MD_TABLE = """\
| Key figures, EUR million | 2024 | 2023 | Change |
|---|---|---|---|
| Net sales | 212.4 | 200.5 | 5.9% |
| EBIT margin, % | 8.0 | 8.8 | |
"""


def test_a_caption_after_a_comma_gives_the_units_and_names_nothing():
    found = {
        (p.metric, p.period.iso(), p.value, p.unit)
        for p in proposals(MD_TABLE, day=date(2025, 3, 1))
    }
    assert ("net sales", "2024-01-01/2024-12-31", 212_400_000, "EUR") in found
    assert ("EBIT margin", "2023-01-01/2023-12-31", 8.8, "percent") in found
    assert not {m for m, *_ in found if "key" in m.lower() or "million" in m.lower()}


def test_a_level_labelled_by_a_day_is_of_that_day():
    found = rows(
        "The order backlog amounted to EUR 52.0 million on 31 March 2025 "
        "(31 March 2024: EUR 49.8 million)."
    )
    assert ("order backlog", "actual", "2024-03-31/2024-03-31", 49_800_000, None, DAY) in found


def test_an_industry_association_is_a_third_party():
    assert (
        values(
            "Dealer inventories in the Benelux stood at roughly 900 bikes, according to the "
            "national cycle trade association."
        )
        == set()
    )


def test_a_mark_passed_is_no_figure():
    assert values("Tarrow bike sales passed 50,000 units in the first quarter.") == set()


def test_a_count_compared_with_units_is_of_the_measure_it_is_compared_with():
    found = rows(
        "Boat deliveries totalled 1,240 units in 2024, compared with 1,310 units in 2023.",
        day=date(2025, 2, 1),
    )
    assert len({m for m, *_ in found}) == 1


def test_a_long_term_plan_has_no_year():
    assert values("Tarrow keeps its long-term target of an operating margin of 12%.") == set()


def test_profit_attributable_to_owners_of_the_parent_is_net_income():
    found = rows(
        "In the first quarter, profit attributable to owners of the parent was EUR 3.1 million."
    )
    assert {m for m, *_ in found} == {"net income"}


def test_a_clause_whose_subject_is_another_measure_is_that_measure():
    found = rows(
        "Domestic sales fell 8.1% to 12,870 units in April, while exports rose 0.9% to 28,360 "
        "units.",
    )
    april = "2025-04-01/2025-04-30"
    assert ("exports growth", "actual", april, 0.9, None, DAY) in found
    assert ("exports", "actual", april, 28_360, None, DAY) in found
    assert all("domestic" not in m for m, _, _, v, *_ in found if v in (0.9, 28_360))


def test_part_growth_after_with_is_of_the_whole_before_it():
    found = rows(
        "Group like-for-like sales were up 6.2% in the first quarter, with online sales up "
        "14.5% and stores up 2.1%."
    )
    assert ("stores like-for-like sales growth", "actual", Q1, 2.1, None, DAY) in found


def test_cumulative_sales_of_a_named_span_are_of_that_span():
    found = rows("In the January–April period, cumulative sales reached 61,300 bikes.")
    assert found == {("bikes sold", "actual", "2025-01-01/2025-04-30", 61_300, None, DAY)}


def test_year_to_date_is_the_period_not_the_metric():
    found = rows("Year-to-date revenue was EUR 88.0 million at the end of April.")
    assert {m for m, *_ in found} <= {"revenue"}


def test_a_level_counted_now_is_of_the_day_it_is_stated():
    found = rows("Our loyalty members, who now number 2.1 million, drove the quarter.")
    assert {(m, p) for m, _, p, *_ in found} == {("loyalty members", "2025-05-20/2025-05-20")}


REVISION_TABLE = """\
Tarrow Cycles hereby announces that it has revised its forecast for the fiscal year ending
December 31, 2025, announced on February 12, 2025.

                          Net sales     Operating profit
Previous forecast (A)       31,000             2,400
Revised forecast (B)        29,600             1,950
Change (B-A)                -1,400              -450
(Reference) FY2024          30,124             2,287
(Millions of yen)
"""


def test_a_revision_table_with_no_year_takes_the_year_and_date_the_text_gives():
    found = rows(REVISION_TABLE)
    assert ("net sales", "forecast", YEAR, 31_000_000_000, None, date(2025, 2, 12)) in found
    assert ("net sales", "forecast", YEAR, 29_600_000_000, None, DAY) in found
    fy24 = "2024-01-01/2024-12-31"
    assert ("operating profit", "actual", fy24, 2_287_000_000, None, DAY) in found
    assert all(v > 0 for *_, v, _, _ in found)  # the change row is no figure


def test_a_wire_brief_year_ago_is_a_year_before():
    found = rows("* Q1 revenue 6.21 billion yen versus 6.45 billion yen year ago")
    assert ("revenue", "actual", "2024-01-01/2024-03-31", 6_450_000_000, None, DAY) in found


REGION_TABLE = """\
Shipments by region (thousand units)

| Region | Q1 2025 | Q1 2024 | YoY |
|---|---|---|---|
| Europe | 86 | 91 | -5% |
| Total | 362 | 339 | 7% |

| ($ millions, except per share) | Q1 2025 | Q1 2024 |
|---|---|---|
| Revenue | 41.2 | 38.9 |
"""


def test_a_region_row_and_its_change_name_the_caption_measure():
    found = rows(REGION_TABLE)
    assert ("Europe units shipped", "actual", Q1, 86_000, None, DAY) in found
    assert ("Europe units shipped change", "actual", Q1, -5, None, DAY) in found
    assert ("shipments change", "actual", Q1, 7, None, DAY) in found
    assert ("revenue", "actual", Q1, 41_200_000, None, DAY) in found
    assert not {m for m, *_ in found if m in ("change", "Europe change") or "except" in m}


def test_a_currency_word_the_report_named_is_that_currency_and_names_no_region():
    found = proposals(
        "Tarrow cut its 2025 revenue forecast to 230 million Swiss francs. It still aims to "
        "reach revenue of 300 million francs in 2028."
    )
    assert {(p.metric, p.unit, p.value) for p in found} == {
        ("revenue", "CHF", 230_000_000),
        ("revenue", "CHF", 300_000_000),
    }


def test_an_unnamed_currency_figure_keeps_its_own_time_phrases():
    found = rows(
        "The company, which reported first-half revenue of 1.1 billion crowns in July, now "
        "sees an operating margin of about 9% for 2025."
    )
    assert found == {("operating margin", "forecast", YEAR, 9, None, DAY)}


def test_two_months_in_a_row_are_one_span():
    found = rows("Tarrow bike sales fell 3.6% in March and April.")
    assert {p for _, _, p, *_ in found} == {"2025-03-01/2025-04-30"}


def test_down_from_a_lower_to_a_higher_figure_is_the_range_it_came_from():
    found = rows("Tarrow now sees a 2025 operating margin of about 9%, down from 10.5% to 11%.")
    assert ("operating margin", "forecast", YEAR, 10.5, 11, date(2025, 5, 19)) in found


CALL = """\
Operator: Welcome to the Tarrow Cycles first-quarter call.

Helga Marsh -- Chief Executive Officer: We sold 21,300 bikes in the quarter. For the full year
we now think we'll sell about 95,000 bikes, up from about 90,000 when we spoke in February.

Helga Marsh -- Chief Executive Officer: Gross margin came in at 38.5%, and we expect it to be
roughly 39% in the second half.

Alan Price -- Westbrook & Co. -- Analyst: We're modeling 93,000 bikes for the year.
"""


def test_a_call_reads_contracted_modals_earlier_statements_and_outside_speakers():
    found = rows(CALL, title="Q1 call transcript")
    assert ("bikes sold", "forecast", YEAR, 95_000, None, DAY) in found
    assert ("bikes sold", "forecast", YEAR, 90_000, None, date(2025, 2, 1)) in found
    assert ("gross margin", "actual", Q1, 38.5, None, DAY) in found
    assert 93_000 not in {v for *_, v, _, _ in found}


def test_a_relative_clause_between_a_subject_and_its_verb_names_nothing():
    found = rows(
        "Sales of e-bikes, which make up 60% of volume, rose 11% to 15,700 units in the first "
        "quarter."
    )
    assert all("volume" not in m and m != "units sold" for m, *_ in found)
    assert {v for *_, v, _, _ in found} == {11, 15_700}


def test_of_which_is_a_part_of_the_figure_not_of_its_labelled_comparative():
    found = rows(
        "Tarrow sold 26,100 bikes in the first quarter (Q1 2024: 24,000), of which 15,700 "
        "were e-bikes."
    )
    assert ("e-bikes sold", "actual", Q1, 15_700, None, DAY) in found


def test_a_half_of_the_fiscal_year_in_a_result_is_the_latest_such_half_ended():
    june = FiscalCalendar.of("06-30", "end")
    day = date(2025, 2, 20)
    found = rows(
        "Revenue in the first half of the fiscal year was EUR 61.0 million.", day=day, cal=june
    )
    assert {p for _, _, p, *_ in found} == {"2024-07-01/2024-12-31"}
    found = rows(
        "Revenue in the second half of the fiscal year was EUR 64.0 million.", day=day, cal=june
    )
    assert {p for _, _, p, *_ in found} == {"2024-01-01/2024-06-30"}


def test_one_customers_order_is_no_figure_of_the_company():
    assert values("The quarter includes an order for 400 cargo bikes from a courier firm.") == set()


def test_a_list_lead_in_names_the_kind_of_its_items():
    body = (
        "2025 outlook:\n- Revenue: EUR 170-175 million\n- Deliveries: around 12,000 units\n\n"
        "Q1 highlights:\n- Revenue: EUR 42 million\n"
    )
    found = rows(body)
    assert ("revenue", "forecast", YEAR, 170_000_000, 175_000_000, DAY) in found
    assert ("units delivered", "forecast", YEAR, 12_000, None, DAY) in found
    assert ("revenue", "actual", Q1, 42_000_000, None, DAY) in found


def test_an_earlier_range_named_after_the_new_figure_is_dated_before_it():
    found = rows(
        "Tarrow now sees 2025 revenue of about EUR 50 million, at the top end of its earlier "
        "range of EUR 46 million to EUR 50 million."
    )
    assert ("revenue", "forecast", YEAR, 50_000_000, None, DAY) in found
    assert ("revenue", "forecast", YEAR, 46_000_000, 50_000_000, date(2025, 5, 19)) in found


def test_a_broader_product_counted_beside_a_narrower_one_keeps_its_own_name():
    found = rows(
        "Tarrow expects to sell 3 million smartphones in 2025.\n\n"
        "Tarrow sold close to 5 million mobile phones in the first quarter, more than 1 million "
        "of them smartphones."
    )
    quarter = {(m, v) for m, _, p, v, *_ in found if p == Q1}
    assert quarter == {("mobile phones sold", 5_000_000), ("smartphones sold", 1_000_000)}


def test_two_figures_for_one_statement_propose_neither():
    found = rows(
        "Tarrow sold 5,000 bikes in the first quarter. Later in the release: Tarrow sold "
        "6,000 bikes in the first quarter."
    )
    assert found == set()


def test_a_comparison_with_another_periods_result_is_no_revision():
    found = rows(
        "For 2026, Tarrow expects revenue of EUR 310 million to EUR 325 million, compared with "
        "EUR 296 million in 2025.",
        day=date(2026, 2, 10),
    )
    assert (
        "revenue",
        "actual",
        "2025-01-01/2025-12-31",
        296_000_000,
        None,
        date(2026, 2, 10),
    ) in found


def test_a_level_reached_by_a_change_keeps_the_changes_region():
    found = rows("US revenue grew 11% to EUR 20.1 million in the first quarter.")
    assert {m for m, *_ in found} == {"U.S. revenue growth", "U.S. revenue"}


def test_a_season_the_report_defined_is_that_span():
    found = rows(
        'Tarrow reports trading for the six weeks to 3 January 2026 ("Christmas period").\n\n'
        "Like-for-like sales in the Christmas period were up 4.8%.",
        day=date(2026, 1, 8),
    )
    assert found == {
        (
            "like-for-like sales growth",
            "actual",
            "2025-11-23/2026-01-03",
            4.8,
            None,
            date(2026, 1, 8),
        )
    }


def test_a_running_total_brought_to_a_level_with_no_start_is_no_figure():
    found = rows(
        "Tarrow sold 340,000 bikes in the first quarter, bringing its series sales to 2.8 "
        "million units."
    )
    assert {v for *_, v, _, _ in found} == {340_000}
