"""Kinds of language from reports in styles the first dev companies lacked, one capability
per test, over a company and sentences invented here: rates on two bases joined in one
phrase, a results line restated in a second currency, and (below) slide bullets, share of
a whole, counts at a date and other people's figures."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

CALENDAR_YEARS = FiscalCalendar.of("12-31", "start")
NAME = "Marrow Analytics"
DAY = date(2025, 5, 20)
Q1 = "2025-01-01/2025-03-31"
YEAR = "2025-01-01/2025-12-31"


def proposals(body: str, *, day=DAY, cal=CALENDAR_YEARS):
    text = f"{NAME} first-quarter results\nTest Wire\n{day.isoformat()}\n\n{body}\n"
    return extract(text, published=day, entity=KnownEntity(NAME, ("Marrow",), cal)).proposals


def rows(body: str, **kw) -> set[tuple]:
    return {
        (p.metric, p.kind.value, p.period.iso(), p.value, p.unit) for p in proposals(body, **kw)
    }


def test_two_rates_joined_by_and_are_one_measure_on_two_bases():
    found = rows(
        "In the first quarter of 2025, Marrow's revenue was EUR 412 million, growth of "
        "3.4% QoQ and 9.1% YoY."
    )
    assert ("sequential revenue growth", "actual", Q1, 3.4, "percent") in found
    assert ("revenue growth", "actual", Q1, 9.1, "percent") in found


def test_a_joined_rate_shares_the_basis_written_before_the_first_not_after_it():
    found = rows(
        "In the first quarter of 2025, Marrow's revenue was EUR 412 million; QoQ growth of "
        "2.2% in reported terms and 2.9% in constant currency."
    )
    assert ("sequential revenue growth", "actual", Q1, 2.2, "percent") in found
    assert ("sequential constant currency revenue growth", "actual", Q1, 2.9, "percent") in found


def test_a_joined_fall_is_a_fall_too():
    found = rows("In the first quarter of 2025 Marrow's revenue fell 1.5% QoQ and 0.8% YoY.")
    assert ("sequential revenue growth", "actual", Q1, -1.5, "percent") in found
    assert ("revenue growth", "actual", Q1, -0.8, "percent") in found


def test_a_rate_of_another_measure_is_not_joined():
    found = rows(
        "In the first quarter of 2025, Marrow's revenue grew 4.0% and 37 clients signed up."
    )
    assert {r for r in found if r[4] == "percent"} == {
        ("revenue growth", "actual", Q1, 4.0, "percent")
    }


def test_a_line_restated_in_a_second_currency_is_named_by_that_currency():
    body = (
        "For the first quarter of 2025:\n"
        "- Revenue at EUR 412 million, growth of 3.4% QoQ.\n"
        "- Revenue in USD at $445 million; QoQ growth of 2.6% in reported terms.\n"
        "- Deal value of $120 million and $95 million in two contracts."
    )
    found = rows(body)
    assert ("revenue", "actual", Q1, 412e6, "EUR") in found
    assert ("USD revenue", "actual", Q1, 445e6, "USD") in found
    assert ("sequential revenue growth", "actual", Q1, 3.4, "percent") in found
    assert ("sequential USD revenue growth", "actual", Q1, 2.6, "percent") in found


def test_a_part_s_share_of_a_measure_is_a_share_in_prose_and_in_a_verbless_bullet():
    found = rows(
        "First quarter 2025 highlights:\n"
        "- Subscriptions 42.5% of revenue (Q1 2024: 38.0%)\n"
        "\n"
        "In the first quarter of 2025, marketplace fees made up 12.5% of revenue."
    )
    assert ("Subscriptions share of revenue", "actual", Q1, 42.5, "percent") in found
    last_year = "2024-01-01/2024-03-31"
    assert ("Subscriptions share of revenue", "actual", last_year, 38.0, "percent") in found
    assert any(m.endswith("share of revenue") and v == 12.5 for m, _, _, v, _ in found)
    assert not any(m.endswith("growth") for m, *_ in found)


def test_a_share_of_something_else_is_still_no_figure_and_a_profit_share_is_no_share():
    assert not rows("In the first quarter of 2025, repeat clients made up 64% of the total.")
    found = rows("In the first quarter of 2025, operating profit was 14% of revenue.")
    assert not any("share" in m for m, *_ in found)


def test_flat_to_up_is_a_range_from_no_change():
    found = rows("Marrow expects comparable sales of flat to up 2% for 2025.")
    assert ("comparable sales growth", "forecast", "2025-01-01/2025-12-31", 0.0, "percent") in found
    assert {
        p.value_high
        for p in proposals("Marrow expects comparable sales of flat to up 2% for 2025.")
    } == {2.0}
    low = proposals("Marrow expects comparable sales of flat to down 3% for 2025.")
    assert [(p.value, p.value_high) for p in low] == [(-3.0, 0.0)]


def test_a_month_in_a_clause_about_an_earlier_figure_dates_only_that_figure():
    found = proposals(
        "Marrow now expects revenue of EUR 1.60 billion to EUR 1.65 billion for 2025, down from "
        "the EUR 1.70 billion to EUR 1.75 billion it forecast in February, and comparable sales "
        "of 1% to 2%, from 2% to 3% previously."
    )
    by_value = {(p.value, p.value_high): p.as_of for p in found}
    assert by_value[(1.6e9, 1.65e9)] == DAY
    assert by_value[(1.7e9, 1.75e9)] == date(2025, 2, 1)
    assert by_value[(1.0, 2.0)] == DAY
    assert by_value[(2.0, 3.0)] < DAY


def test_a_respectively_list_pairs_each_earlier_figure_with_its_own_for_the_period_named():
    found = rows(
        "In the first quarter of 2025, Marrow's revenue rose 4% to EUR 412 million.\n\n"
        "By brand, Marrow revenue was EUR 300 million and Lumen revenue was EUR 112 million, "
        "compared with EUR 290 million and EUR 106 million, respectively, in the first "
        "quarter of 2024."
    )
    q1_24 = "2024-01-01/2024-03-31"
    assert ("revenue", "actual", Q1, 412e6, "EUR") in found  # the company's whole, untouched
    assert ("Marrow brand revenue", "actual", Q1, 300e6, "EUR") in found
    assert ("Lumen revenue", "actual", Q1, 112e6, "EUR") in found
    assert ("Marrow brand revenue", "actual", q1_24, 290e6, "EUR") in found
    assert ("Lumen revenue", "actual", q1_24, 106e6, "EUR") in found


def test_a_place_before_a_based_description_names_no_segment():
    found = rows(
        "The Leeds, England-based group said revenue for the first quarter of 2025 came to "
        "EUR 412 million."
    )
    assert found == {("revenue", "actual", Q1, 412e6, "EUR")}


# -- slide bullets ------------------------------------------------------------------------

H1 = "2025-01-01/2025-06-30"
H1_LAST = "2024-01-01/2024-06-30"


def test_slide_bullets_with_abbreviations_markers_and_labelled_comparatives():
    found = rows(
        "Interim results for the six months ended 30 June 2025\n\n"
        "[Slide 2] H1 2025 at a glance\n"
        "• Group revenue €812.0m, +6.1% vs. PY (H1 2024: €765.3m)\n"
        "• LFL sales +3.4%¹\n"
        "• Adj. EBITDA €96.5m (H1 2024: €88.0m)\n",
        day=date(2025, 8, 1),
    )
    assert ("revenue", "actual", H1, 812e6, "EUR") in found
    assert ("revenue growth", "actual", H1, 6.1, "percent") in found
    assert ("revenue", "actual", H1_LAST, 765.3e6, "EUR") in found
    assert any(m.startswith("l") and v == 3.4 and p == H1 for m, _, p, v, _ in found)
    assert ("adjusted EBITDA", "actual", H1, 96.5e6, "EUR") in found
    assert ("adjusted EBITDA", "actual", H1_LAST, 88e6, "EUR") in found


def test_circa_glued_to_an_amount_and_a_previously_bracket_revise_a_forecast():
    found = proposals(
        "[Slide 6] Outlook 2025\n• Group revenue now expected c.€1,650m (previously c.€1,600m)\n",
        day=date(2025, 8, 1),
    )
    by_value = {p.value: p for p in found}
    assert by_value[1650e6].as_of == date(2025, 8, 1)
    assert by_value[1600e6].as_of < date(2025, 8, 1)
    assert {p.kind.value for p in found} == {"forecast"}


def test_a_consensus_with_a_footnote_marker_is_still_someone_else_s():
    assert not proposals("[Slide 6] Outlook 2025\n• Consensus² adj. EBITDA €190m\n")


# -- tables ---------------------------------------------------------------------------------


def test_a_change_row_under_a_level_row_is_that_level_s_change():
    found = rows(
        "Revenue by quarter\n"
        "                    Q1 2025     Q4 2024\n"
        "Revenue (€m)          401.0       411.0\n"
        "YoY                   +5.9%       +6.3%\n"
    )
    # (columns of quarters over by the report's day: a table's result for a quarter still
    # under way is no result)
    assert ("revenue", "actual", Q1, 401e6, "EUR") in found
    assert any(v == 5.9 and p == Q1 and "change" in m for m, _, p, v, _ in found)
    assert any(v == 6.3 and p == "2024-10-01/2024-12-31" for m, _, p, v, _ in found)


def test_a_share_column_and_a_change_column_in_a_table_by_region():
    found = rows(
        "Revenue by geography (Q1 2025)\n\n"
        "| Geography     | Share  | YoY CC growth |\n"
        "|---------------|--------|---------------|\n"
        "| North America | 61.0%  | 4.2%          |\n"
        "| Europe        | 39.0%  | (1.5%)        |\n"
    )
    assert ("North America share of revenue", "actual", Q1, 61.0, "percent") in found
    assert ("Europe share of revenue", "actual", Q1, 39.0, "percent") in found
    assert ("North America revenue constant currency change", "actual", Q1, 4.2, "percent") in found
    assert ("Europe revenue constant currency change", "actual", Q1, -1.5, "percent") in found


def test_a_store_table_counts_stores_at_the_day_and_openings_over_the_year():
    found = rows(
        "Store fleet at fiscal year end (Dec 31, 2024)\n"
        "  Banner        Stores   Opened   Closed\n"
        "  Marrow           120        6        2\n"
        "  Pinewood          40        3        1\n"
        "  Total            160        9        3\n",
        day=date(2025, 2, 20),
    )
    year, day = "2024-01-01/2024-12-31", "2024-12-31/2024-12-31"
    assert ("stores", "actual", day, 160, "units") in found
    assert ("store openings", "actual", year, 9, "units") in found
    assert ("store closures", "actual", year, 3, "units") in found
    assert ("Pinewood store openings", "actual", year, 3, "units") in {
        (m[:1].upper() + m[1:], *rest) for m, *rest in found
    }
    # the company's own name as a row is its banner, never the whole company
    assert any(m.lower() == "marrow banner stores" and v == 120 for m, _, _, v, _ in found)


def test_a_table_row_calling_out_another_currency_is_named_by_it_in_every_column():
    found = proposals(
        "In the first quarter of 2025 revenue was EUR 412 million.\n\n"
        "  Particulars           Q1 2025    Q4 2024\n"
        "  Revenue (EUR mn)        412.0      405.0\n"
        "  Revenue (US$ mn)        445.0      431.0\n"
    )
    usd = {(p.metric, p.period.iso()) for p in found if p.unit == "USD"}
    assert usd == {("USD revenue", Q1), ("USD revenue", "2024-10-01/2024-12-31")}
    usd_names = {s for p in found if p.unit == "USD" for s in p.metric_synonyms}
    assert {"us dollar revenue", "dollar revenue"} <= usd_names
    assert {p.metric for p in found if p.unit == "EUR"} == {"revenue"}


# -- figures of others ----------------------------------------------------------------------


def test_figures_listed_after_competitors_and_a_possessive_rival_are_theirs():
    found = proposals(
        "In the first quarter of 2025 Marrow's revenue rose 4% to EUR 412 million. Two of our "
        "larger competitors reported lower sales: Corvane's fell 6%, to EUR 380 million, and "
        "Deltrix has warned."
    )
    assert {p.value for p in found} == {4.0, 412e6}


def test_an_analyst_s_second_clause_is_still_the_analyst_s_despite_a_decimal_point():
    found = proposals(
        "In the first quarter of 2025 Marrow's revenue was EUR 412 million. Analysts at "
        "Hollins Bay had pencilled in $1.65 billion for the year and now see second-quarter "
        "sales of roughly $430 million."
    )
    assert {p.value for p in found} == {412e6}


def test_a_still_earlier_statement_joined_to_a_revision_is_not_given_a_period_of_its_own():
    found = proposals(
        "Marrow now expects 2025 revenue of around EUR 1.70 billion, up from around EUR 1.65 "
        "billion in April and around EUR 1.60 billion when the year began."
    )
    assert {p.value for p in found} == {1.70e9, 1.65e9}
    assert {p.period.iso() for p in found} == {"2025-01-01/2025-12-31"}


# -- counts at a day -------------------------------------------------------------------------


def test_headcount_at_a_day_and_its_net_addition_over_the_quarter():
    found = rows(
        "Headcount at 12,480 as on March 31, 2025, a net addition of 310 during the quarter."
    )
    assert ("headcount", "actual", "2025-03-31/2025-03-31", 12_480, "units") in found
    assert ("net headcount addition", "actual", Q1, 310, "units") in found


def test_a_net_change_of_nothing_counted_is_no_figure():
    assert not proposals("In the first quarter of 2025 there was a net addition of 310.")


def test_a_signed_change_of_a_count_is_no_count():
    found = rows(
        "In the first quarter of 2025:\n- Loyalty members: 2.4M at quarter end, +0.3M YoY\n"
    )
    assert ("loyalty members", "actual", "2025-03-31/2025-03-31", 2.4e6, "units") in {
        (m.lower(), *rest) for m, *rest in found
    }
    assert not any(v == 0.3e6 for *_, v, _ in found)


def test_a_total_since_a_launch_runs_to_the_end_of_the_period_talked_about():
    found = rows(
        "In the first quarter of 2025 revenue was EUR 412 million. Since launching its repair "
        "service in March 2022, Marrow has completed 1.9 million repairs; the loyalty "
        "programme had 2.4 million members at quarter-end."
    )
    assert any(p == "2022-03-01/2025-03-31" and v == 1.9e6 for _, _, p, v, _ in found)
    assert any(p == "2025-03-31/2025-03-31" and v == 2.4e6 for _, _, p, v, _ in found)


def test_a_total_since_a_launch_a_quarter_ago_is_not_mistaken_for_the_quarter():
    found = proposals(
        "In the fourth quarter of 2024 revenue was EUR 412 million. That model alone has sold "
        "about 3 million units since it went on sale in October.",
        day=date(2025, 1, 20),
    )
    assert {p.value for p in found} == {412e6}


def test_store_openings_closures_and_the_count_a_quarter_ended_with():
    found = rows(
        "We ended the first quarter of 2025 with 212 stores in 14 states. During the first "
        "quarter of 2025 we opened 6 stores and closed 2."
    )
    assert ("stores", "actual", "2025-03-31/2025-03-31", 212, "units") in found
    assert ("store openings", "actual", Q1, 6, "units") in found
    assert ("store closures", "actual", Q1, 2, "units") in found
    assert not any(v == 14 for *_, v, _ in found)


def test_an_outlook_bullet_of_new_stores_and_closures():
    found = rows("2025 outlook:\n- ~12 new stores, ~3 closures\n")
    assert found == {
        ("store openings", "forecast", YEAR, 12, "units"),
        ("store closures", "forecast", YEAR, 3, "units"),
    }


def test_people_hired_are_still_no_openings():
    assert not proposals("In the first quarter of 2025 Marrow hired 120 engineers.")


def test_a_company_that_said_it_sold_is_the_one_that_sold():
    assert not proposals(
        "Corvane Cycles said it sold something like 12,000 bikes in the first quarter of 2025."
    )
    # an executive of ours, named by title, speaks for us
    found = proposals(
        "Chief executive Ana Ruiz said it sold 12,000 bikes in the first quarter of 2025."
    )
    assert {p.value for p in found} == {12_000}


def test_an_amount_converted_for_the_reader_is_no_figure():
    assert not proposals(
        "For readers who think in U.S. dollars, our 2024 revenue was roughly US$2.6 billion at "
        "average exchange rates."
    )


def test_a_lead_in_naming_a_level_on_a_day_names_its_items():
    found = rows(
        "In the first quarter of 2025 Marrow sold 12,000 units.\n\n"
        "Dealer inventory at March 31, 2025:\n"
        "- North America: 6,200 units\n- Nordics: 1,800 units\n"
    )
    day = "2025-03-31/2025-03-31"
    assert ("North America dealer inventory", "actual", day, 6_200, "units") in found
    assert any(p == day and v == 1_800 and "inventory" in m for m, _, p, v, _ in found)
    assert not any(v in (6_200, 1_800) and "sold" in m for m, _, _, v, _ in found)


def test_a_name_the_report_abbreviates_is_asked_for_by_its_short_form():
    found = proposals(
        "Pine & Ember (P&E) is our second brand.\n\n"
        "By brand, Marrow revenue was EUR 300 million and Pine & Ember revenue was EUR 112 "
        "million, compared with EUR 290 million and EUR 106 million, respectively, in the first "
        "quarter of 2024."
    )
    named = [p for p in found if p.metric.lower().startswith("pine")]
    assert named and all("p&e revenue" in p.metric_synonyms for p in named)


def test_a_list_of_counts_ending_in_its_period_names_each_by_its_own_words():
    found = rows(
        "In the fourth quarter of 2024 revenue was EUR 90 million.\n\n"
        "Retail sales came to 58,400 snowmobiles, 61,300 side-by-side vehicles and 33,900 "
        "personal watercraft for the year.",
        day=date(2025, 2, 20),
    )
    year = "2024-01-01/2024-12-31"
    assert {p for _, _, p, v, _ in found if v in (58_400, 61_300, 33_900)} == {year}
    assert ("side-by-side vehicles sold", "actual", year, 61_300, "units") in found
    assert ("personal watercraft sold", "actual", year, 33_900, "units") in found


def test_a_part_named_before_a_relative_clause_is_the_one_that_contributed():
    found = rows(
        "In 2024 group revenue was EUR 500 million. The Nordics delivered revenue of EUR 300 "
        "million. Germany, where we sell through stores in Munich and Berlin, contributed EUR "
        "120 million, and France reached EUR 80 million.",
        day=date(2025, 2, 20),
    )
    year = "2024-01-01/2024-12-31"
    named = {m.lower(): v for m, _, p, v, _ in found if p == year}
    assert named.get("germany revenue") == 120e6
    assert named.get("france revenue") == 80e6
    assert "berlin revenue" not in named and "munich revenue" not in named
