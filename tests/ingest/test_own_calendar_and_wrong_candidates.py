"""Kinds of language behind wrong candidates and unread figures, one capability per test, over
companies and sentences invented here: a report's own years (a company whose year ends in
September), comparatives labelled by their period, key-figure lines, month columns, results
for periods not yet over, the day a plan was stated, someone else's estimates and markets,
counts of what is in place, a plan named by what it counts, one measure under one name."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.documents import parse_document
from bot.ingest.extract import KnownEntity, extract

CALENDAR_YEARS = FiscalCalendar.of("12-31", "start")
TO_SEPTEMBER = FiscalCalendar.of("09-30", "end")
TO_MARCH = FiscalCalendar.of("03-31", "end")
NAME = "Tolvern Gauges"
FY25 = "2024-10-01/2025-09-30"
FY24 = "2023-10-01/2024-09-30"


def rows(body: str, *, day: date, cal=CALENDAR_YEARS, title: str | None = None) -> set[tuple]:
    text = f"{title or NAME + ' update'}\nTest Wire\n{day.isoformat()}\n\n{body}\n"
    found = extract(text, published=day, entity=KnownEntity(NAME, ("Tolvern",), cal)).proposals
    return {(p.metric, p.kind.value, p.period.iso(), p.value, p.value_high, p.unit) for p in found}


# -- the report's own years ---------------------------------------------------------------


def test_bare_year_columns_of_a_september_company_are_its_own_years():
    body = (
        "Five-year record\n\n"
        "Years ended 30 September\n\n"
        "                                     2025      2024      2023\n"
        "Turnover (£m)                       212.6     198.1     187.4\n"
        "Staff at year end                   1,310     1,255     1,190\n"
    )
    found = {(r[1], r[2], r[3]) for r in rows(body, day=date(2025, 11, 26), cal=TO_SEPTEMBER)}
    assert ("actual", FY25, 212.6e6) in found
    assert ("actual", "2022-10-01/2023-09-30", 187.4e6) in found
    assert ("actual", "2024-09-30/2024-09-30", 1255) in found
    assert not any(r[1] == "2025-01-01/2025-12-31" for r in found)


def test_a_comparative_labelled_by_its_year_dates_the_figure_before_it():
    found = rows(
        "Turnover was £212.6m (2024: £198.1m). Order intake rose to £230.4m (2024: £201.9m).",
        day=date(2025, 11, 26),
        cal=TO_SEPTEMBER,
    )
    assert ("revenue", "actual", FY25, 212.6e6, None, "GBP") in found
    assert ("revenue", "actual", FY24, 198.1e6, None, "GBP") in found
    assert ("order intake", "actual", FY25, 230.4e6, None, "GBP") in found


def test_a_comparative_labelled_by_a_later_unfinished_span_dates_nothing():
    # an interim report comparing with the last full year: the figure is no year's
    found = rows("Turnover was £101.2m (2024: £198.1m).", day=date(2025, 5, 20), cal=TO_SEPTEMBER)
    assert not any(r[3] == 101.2e6 for r in found)


def test_key_figure_lines_with_labelled_comparatives_are_read_line_by_line():
    body = (
        "Key performance indicators\n\n"
        "Turnover                                 £212.6m    (2024: £198.1m)\n"
        "Adjusted operating margin                  16.4%    (2024: 15.9%)\n"
        "Order intake                             £230.4m    (2024: £201.9m)\n"
    )
    found = rows(body, day=date(2025, 11, 26), cal=TO_SEPTEMBER)
    assert ("adjusted operating margin", "actual", FY25, 16.4, None, "percent") in found
    assert ("adjusted operating margin", "actual", FY24, 15.9, None, "percent") in found
    assert ("order intake", "actual", FY24, 201.9e6, None, "GBP") in found


def test_an_annual_reports_title_names_the_companys_own_year():
    found = rows(
        "Chairman's letter\n\nIn a busy year, Tolvern delivered turnover of £212.6 million, "
        "7.3% ahead of the prior year (FY2024: £198.1 million).",
        day=date(2025, 11, 26),
        cal=TO_SEPTEMBER,
        title="Tolvern Gauges plc - Annual Report 2025",
    )
    assert ("revenue", "actual", FY25, 212.6e6, None, "GBP") in found
    assert ("revenue", "actual", FY24, 198.1e6, None, "GBP") in found


def test_a_level_against_the_same_measure_twelve_months_earlier_is_a_year_before():
    found = rows(
        "The order book at 30 September 2025 stood at £91.2 million, against £84.0 million "
        "twelve months earlier.",
        day=date(2025, 11, 26),
        cal=TO_SEPTEMBER,
    )
    assert ("order book", "actual", "2025-09-30/2025-09-30", 91.2e6, None, "GBP") in found
    assert ("order book", "actual", "2024-09-30/2024-09-30", 84.0e6, None, "GBP") in found


def test_the_board_is_the_companys_own_voice():
    found = rows(
        "The Board expects turnover for the year ending 30 September 2026 of between £220 "
        "million and £230 million.",
        day=date(2025, 11, 26),
        cal=TO_SEPTEMBER,
    )
    assert ("revenue", "forecast", "2025-10-01/2026-09-30", 220e6, 230e6, "GBP") in found


# -- tables --------------------------------------------------------------------------------


def test_month_columns_beside_a_quarter_are_that_quarters_months():
    body = (
        "Fourth-quarter volumes\n\n"
        "|  | October | November | December | Q4 2025 | Q4 2024 |\n"
        "| Gauges shipped | 41,200 | 38,900 | 44,100 | 124,200 | 118,700 |\n"
    )
    found = rows(body, day=date(2026, 1, 20))
    values = {(r[2], r[3]) for r in found}
    assert ("2025-10-01/2025-10-31", 41200) in values
    assert ("2025-12-01/2025-12-31", 44100) in values
    assert ("2025-10-01/2025-12-31", 124200) in values
    assert ("2024-10-01/2024-12-31", 118700) in values


def test_html_table_rows_apart_by_blank_lines_still_read_as_one_table():
    html = (
        "<html><head><title>Tolvern Gauges volumes</title>"
        '<meta name="date" content="2026-01-20"></head><body><article>'
        "<h1>Tolvern Gauges volumes</h1><p>Tolvern Gauges reported its fourth-quarter volumes "
        "for the year just ended, a record for the group.</p>"
        "<table><tr><th></th><th>October</th><th>November</th><th>Q4 2025</th></tr>"
        "<tr><td>Gauges shipped</td><td>41,200</td><td>38,900</td><td>124,200</td></tr>"
        "</table></article></body></html>"
    )
    text = parse_document(html, ".html").text
    found = extract(
        text, published=date(2026, 1, 20), entity=KnownEntity(NAME, (), CALENDAR_YEARS)
    ).proposals
    assert {(p.period.iso(), p.value) for p in found} >= {
        ("2025-11-01/2025-11-30", 38900),
        ("2025-10-01/2025-12-31", 124200),
    }


# -- candidates that cannot be right ---------------------------------------------------


def test_a_result_for_a_year_not_yet_over_is_no_fact():
    # a half-year report whose sentence names no period, the text having last spoken of the
    # year: never the year's result
    found = rows(
        "We do not expect supply limits in 2025. Industrial gauges sales were £61.0 million.",
        day=date(2025, 7, 24),
    )
    assert not any(r[3] == 61.0e6 and r[1] == "actual" for r in found)


def test_the_month_a_plan_was_given_is_not_its_period():
    found = rows(
        "For fiscal 2026 we expect revenue growth of 5%. On profit, we reiterate the EBIT "
        "guidance we gave in May of €80 million to €94 million.",
        day=date(2025, 9, 11),
        cal=TO_MARCH,
    )
    assert not any(r[2] == "2025-05-01/2025-05-31" for r in found)


def test_a_named_partys_estimate_is_theirs():
    for body in (
        "Brightwave Research estimates Tolvern's 2025 gauge revenue at about $2.9 billion.",
        "Gaugeline estimated that Tolvern shipped 1.2 million gauges in 2025.",
        "- European gauge market 2024: approx. 5.1m units (industry association estimate)",
    ):
        assert rows(body, day=date(2026, 1, 14)) == set(), body


def test_the_companys_own_estimate_stays():
    found = rows("Tolvern estimates its 2025 revenue at $2.9 billion.", day=date(2026, 1, 14))
    assert any(r[3] == 2.9e9 for r in found)


# -- what a count counts -----------------------------------------------------------------


def test_counts_of_what_is_in_place_are_levels_named_by_their_state():
    found = rows(
        "Tolvern had 6.8 million homes passed at 30 September 2025. The group aims to have "
        "330 aircraft in service by 31 March 2026.",
        day=date(2025, 10, 28),
    )
    assert ("homes passed", "actual", "2025-09-30/2025-09-30", 6.8e6, None, "units") in found
    assert ("aircraft in service", "target", "2026-03-31/2026-03-31", 330, None, "units") in found
    assert not any(r[0].endswith(" sold") for r in found)


def test_a_plan_named_by_what_it_counts_counts_that():
    found = rows(
        "The board raised our FY26 passenger target to 63.5 million, from the 62 million "
        "we set in May.",
        day=date(2025, 9, 11),
        cal=TO_MARCH,
    )
    assert {r[0] for r in found} == {"passengers carried"}


def test_a_bare_measure_beside_the_same_measure_as_a_whole_is_one_measure():
    found = rows(
        "At 31 December 2025 the order backlog stood at a record 8,754 gauges. A year before, "
        "the backlog at 31 December 2024 was 8,658 gauges.",
        day=date(2026, 1, 12),
    )
    assert {r[0] for r in found if r[3] in (8754, 8658)} == {"order backlog"}


# -- documents of dated parts ------------------------------------------------------------

FEED = """Tolvern Gauges | Investor News (feed)
Tolvern investor relations feed
2025-05-07

<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Tolvern Gauges news</title>
<item><title>Tolvern Gauges reports first-quarter 2025 results</title>
<pubDate>Wed, 07 May 2025 21:00:00 GMT</pubDate>
<description><![CDATA[<p>Tolvern Gauges today reported its first-quarter results.</p>
<ul><li>Revenue was $412 million in the first quarter.</li></ul>
<p><em>Forward-looking statements: this release contains projections.</em></p>]]></description>
</item>
<item><title>Tolvern Gauges reports full-year 2024 results</title>
<pubDate>Wed, 19 Feb 2025 21:15:00 GMT</pubDate>
<description><![CDATA[<ul><li>Revenue was $1.58 billion in the fourth quarter.</li>
<li>Tolvern expects 2025 revenue of $1.7 billion to $1.8 billion.</li></ul>]]></description>
</item></channel></rss>
"""


def test_a_feeds_items_are_read_as_text_each_dated_by_its_own_day():
    text = parse_document(FEED, ".txt").text
    assert "<p>" not in text and "Published: Wed, 19 Feb 2025" in text
    found = extract(
        text, published=date(2025, 5, 7), entity=KnownEntity(NAME, (), CALENDAR_YEARS)
    ).proposals
    got = {(p.period.iso(), p.value, p.as_of) for p in found}
    assert ("2025-01-01/2025-03-31", 412e6, date(2025, 5, 7)) in got
    # the February item's "fourth quarter" is 2024's, stated that day (its disclaimer in the
    # May item ended nothing)
    assert ("2024-10-01/2024-12-31", 1.58e9, date(2025, 2, 19)) in got
    assert any(p.value_high == 1.8e9 and p.as_of == date(2025, 2, 19) for p in found)


def test_an_email_in_a_chain_is_dated_by_its_sent_line():
    body = (
        "From: Ana Ruiz\nSent: Thursday, July 17, 2025 9:12 AM\n\nForwarding the numbers.\n\n"
        "-----Original Message-----\nFrom: Tom Hale\nSent: Wednesday, July 16, 2025 6:40 PM\n\n"
        "Revenue for the quarter ended June 30, 2025 was $10.91 billion.\n"
    )
    text = f"Fwd: numbers\nMailbox\n2025-07-17\n\n{body}"
    found = extract(
        text, published=date(2025, 7, 17), entity=KnownEntity(NAME, (), CALENDAR_YEARS)
    ).proposals
    assert [(p.value, p.as_of) for p in found] == [(10.91e9, date(2025, 7, 16))]


def test_a_headline_run_into_its_paragraph_is_no_speaker_and_no_part():
    found = rows(
        "Guidance Narrowed, Target Trimmed: On 2 February Tolvern narrowed its FY26 EBIT "
        "guidance to EUR86 million-EUR90 million, from EUR82 million-EUR94 million previously, "
        "and trimmed its FY26 passenger target to 6.28 million (previously 6.35 million).",
        day=date(2026, 2, 9),
        cal=TO_MARCH,
    )
    assert ("EBIT", "forecast", "2025-04-01/2026-03-31", 86e6, 90e6, "EUR") in found
    assert ("passengers carried", "target", "2025-04-01/2026-03-31", 6.28e6, None, "units") in found


# -- what a figure is of -------------------------------------------------------------------


def test_an_amount_compared_with_after_a_per_share_figure_is_of_the_amount_before():
    found = rows(
        "Net income for the three months ended June 30 came to $19.5 million, or $1.23 per "
        "share, compared with $24.2 million in the same quarter a year ago.",
        day=date(2025, 8, 6),
    )
    assert ("net income", "actual", "2024-04-01/2024-06-30", 24.2e6, None, "USD") in found


def test_a_whole_stated_before_its_parts_is_the_one_as_large_as_them():
    found = rows(
        "Tolvern reported net sales of CHF 3.25 billion for 2025. Core operating income rose "
        "to CHF 1.18 billion. Core earnings per share were CHF 8.46. By division, Industrial "
        "Gauges contributed CHF 2.73 billion and Lab Gauges CHF 0.52 billion in 2025.",
        day=date(2026, 2, 3),
    )
    names = {r[0] for r in found if r[3] in (2.73e9, 0.52e9)}
    assert names == {"Industrial Gauges revenue", "Lab Gauges revenue"}


def test_a_plan_for_a_named_product_is_that_products():
    found = rows(
        "The company raised its ambition for Veltra to CHF 6 billion of sales in 2030.",
        day=date(2026, 2, 3),
    )
    assert {r[0] for r in found} == {"Veltra revenue"}


def test_a_ratio_in_apposition_is_of_its_levels_period():
    found = rows(
        "Fourth-quarter net sales were CHF 851 million. Core operating income for 2025 rose to "
        "CHF 1.18 billion, a core operating margin of 36.4%.",
        day=date(2026, 2, 3),
    )
    assert (
        "core operating margin",
        "actual",
        "2025-01-01/2025-12-31",
        36.4,
        None,
        "percent",
    ) in found


def test_a_scale_letter_after_a_range_scales_both_ends():
    found = rows("2025 outlook: gauges sold 290-305k.", day=date(2025, 8, 6))
    assert any(r[3] == 290000 and r[4] == 305000 for r in found)


def test_a_plans_heading_with_its_year_gives_its_items_kind_and_year():
    found = rows(
        "Mid-term ambition 2028 (unchanged)\n- Revenue of around EUR 1.4bn\n- EBIT margin of 10%",
        day=date(2025, 8, 6),
    )
    assert ("revenue", "target", "2028-01-01/2028-12-31", 1.4e9, None, "EUR") in found


def test_a_source_line_under_a_table_is_its_note_not_the_articles_end():
    body = (
        "Tolvern Gauges is a Swiss maker of pressure gauges, flow meters and laboratory "
        "instruments, organised in two divisions and selling in three regions. It was founded "
        "in 1921 and turned to precision instruments in the 1950s.\n\n"
        "| Brand | 2025 net sales |\n|---|---|\n| Veltra | CHF 5.43 bn |\n"
        "Source: company annual results.\n\n"
        "Finances\nTolvern reported net sales of CHF 32.47 billion for 2025."
    )
    found = rows(body, day=date(2026, 2, 3))
    assert any(r[3] == 32.47e9 for r in found)


# -- counts split by model and by month ------------------------------------------------------


def test_a_count_split_into_its_months_in_brackets_gives_each_month():
    found = rows(
        "Fourth-quarter 2025 deliveries: 108,400 (Oct 35,010 / Nov 36,285 / Dec 37,105).",
        day=date(2026, 1, 2),
    )
    values = {(r[2], r[3]) for r in found}
    assert ("2025-10-01/2025-12-31", 108400) in values
    assert ("2025-11-01/2025-11-30", 36285) in values
    # months that do not add up to the count are no split of it
    found = rows(
        "Fourth-quarter 2025 deliveries: 108,400 (Oct 5,010 / Nov 6,285 / Dec 7,105).",
        day=date(2026, 1, 2),
    )
    assert {r[3] for r in found} == {108400}


def test_people_or_accounts_added_or_lost_are_net_additions_of_the_period():
    found = rows(
        "We lost 0.6 million paid memberships in the second quarter, after adding 5.2 million "
        "in the first. Paid memberships ended the quarter at 304.1 million.",
        day=date(2025, 7, 20),
    )
    assert found >= {
        (
            "paid memberships net additions",
            "actual",
            "2025-04-01/2025-06-30",
            -0.6e6,
            None,
            "units",
        ),
        ("paid memberships net additions", "actual", "2025-01-01/2025-03-31", 5.2e6, None, "units"),
        ("paid memberships", "actual", "2025-06-30/2025-06-30", 304.1e6, None, "units"),
    }


def test_a_count_the_company_finished_the_year_with_is_its_year_end_level():
    found = rows("We finished the year with 1,667 restaurants.", day=date(2026, 1, 20))
    assert found == {("restaurants", "actual", "2025-12-31/2025-12-31", 1667, None, "units")}


# -- figures first, brackets -------------------------------------------------------------


def test_a_figure_standing_above_what_it_counts_is_read_with_it():
    found = rows(
        "3.42 million\n\npassengers carried in 2025\n\n812,000\n\ncars carried in 2025",
        day=date(2026, 1, 14),
    )
    assert found == {
        ("passengers carried", "actual", "2025-01-01/2025-12-31", 3.42e6, None, "units"),
        ("cars carried", "actual", "2025-01-01/2025-12-31", 812000, None, "units"),
    }


def test_a_plan_to_carry_a_range_of_passengers_is_the_companys_forecast():
    found = rows(
        "For 2026, Tolvern expects to carry between 3.5 million and 3.6 million passengers.",
        day=date(2026, 1, 14),
    )
    assert (
        "passengers carried",
        "forecast",
        "2026-01-01/2026-12-31",
        3.5e6,
        3.6e6,
        "units",
    ) in found


def test_an_amount_bracketed_after_one_in_its_currency_is_the_year_before():
    found = rows(
        "Net sales for the fourth quarter rose to SEK 1.08 billion (SEK 1.01 billion).",
        day=date(2026, 1, 14),
    )
    assert found == {
        ("revenue", "actual", "2025-10-01/2025-12-31", 1.08e9, None, "SEK"),
        ("revenue", "actual", "2024-10-01/2024-12-31", 1.01e9, None, "SEK"),
    }


def test_a_time_in_brackets_is_the_bracketed_figures_own():
    found = rows("Revenue was EUR 5.2 billion (EUR 5.0 billion in 2024).", day=date(2026, 1, 14))
    assert found == {
        ("revenue", "actual", "2025-01-01/2025-12-31", 5.2e9, None, "EUR"),
        ("revenue", "actual", "2024-01-01/2024-12-31", 5.0e9, None, "EUR"),
    }
    # a half-year in brackets says nothing of the year before it: the figure is left out
    found = rows(
        "Revenue was EUR 5.2 billion (EUR 2.4 billion in the first half of 2025).",
        day=date(2026, 1, 14),
    )
    assert not any(r[3] == 5.2e9 for r in found)


def test_a_plural_noun_opening_a_key_figure_line_is_no_company():
    found = rows("H1 at a glance\n- E-bikes sold 161k (H1'24: 149k)", day=date(2025, 8, 6))
    assert {(r[2], r[3]) for r in found} == {
        ("2025-01-01/2025-06-30", 161000),
        ("2024-01-01/2024-06-30", 149000),
    }


def test_a_labelled_comparative_outweighs_a_period_the_heading_lent():
    found = rows(
        "H1 at a glance\n- Average selling price EUR 3,240 per e-bike (Q2'24: EUR 3,150)",
        day=date(2025, 8, 6),
    )
    assert {(r[2], r[3]) for r in found} == {
        ("2025-04-01/2025-06-30", 3240),
        ("2024-04-01/2024-06-30", 3150),
    }


def test_a_plans_fate_in_a_tables_caption_is_no_part_of_its_name():
    body = (
        "FY 2025 guidance (raised)\n"
        "                      New (6 Aug 2025)     Previous (13 Mar 2025)\n"
        "Revenue               EUR 1.02-1.06bn      EUR 0.98-1.04bn\n"
    )
    found = rows(body, day=date(2025, 8, 6))
    assert {r[0] for r in found} == {"revenue"}


def test_a_change_after_a_figure_compared_with_is_the_first_figures():
    found = rows(
        "Net revenue of R$ 21,436 million (BRL 21.4 billion) in 2025, compared with R$ 19,870 "
        "million in 2024, an increase of 7.9%.",
        day=date(2026, 2, 25),
    )
    assert found == {
        ("revenue", "actual", "2025-01-01/2025-12-31", 21436e6, None, "BRL"),
        ("revenue", "actual", "2024-01-01/2024-12-31", 19870e6, None, "BRL"),
        ("revenue growth", "actual", "2025-01-01/2025-12-31", 7.9, None, "percent"),
    }


def test_a_lines_own_time_label_dates_its_changes_too():
    found = rows(
        "December 2025: 37,105 Tolvern gauges delivered, up 19.8% YoY and 2.3% MoM.",
        day=date(2026, 1, 20),
    )
    assert {(r[2], r[3]) for r in found} == {
        ("2025-12-01/2025-12-31", 37105),
        ("2025-12-01/2025-12-31", 19.8),
        ("2025-12-01/2025-12-31", 2.3),
    }


def test_a_bar_between_two_items_ends_the_first_ones_clause():
    found = rows(
        "CHYRON: Q4 REVENUE $352.4M | FY24 SYSTEM-WIDE SALES $3.64B", day=date(2025, 2, 19)
    )
    assert ("revenue", "actual", "2024-10-01/2024-12-31", 352.4e6, None, "USD") in found


def test_a_year_the_report_calls_53_weeks_long_has_53_weeks():
    found = rows(
        "Revenue for the third quarter ended October 1, 2024 was $352.4 million. Fiscal "
        "2024 was 53 weeks, and revenue for the fiscal year was $1.38 billion.",
        day=date(2025, 2, 19),
    )
    assert ("revenue", "actual", "2023-12-27/2024-12-31", 1.38e9, None, "USD") in found


def test_a_comparative_inside_a_plans_sentence_is_what_was():
    found = rows(
        "The Company confirmed its delivery guidance for the fourth quarter of 2025 of between "
        "85,000 and 90,000 vehicles (third quarter: 79,101 vehicles).",
        day=date(2025, 11, 1),
    )
    assert ("vehicles delivered", "actual", "2025-07-01/2025-09-30", 79101, None, "units") in found
    assert not any(r[2].startswith("2026") for r in found)


def test_a_models_code_in_brackets_is_one_name_with_the_model():
    found = rows(
        "Deliveries by model in September: Tianma K6 (K6) 22,310 units, Tianma K8 (K8) 12,040 "
        "units. By model, the K6 accounted for 61,200 deliveries in the third quarter.",
        day=date(2025, 10, 1),
    )
    assert {r[0] for r in found} == {"Tianma K6 deliveries", "Tianma K8 deliveries"}


TO_JANUARY = FiscalCalendar.of("01-31", "end")


def test_an_outlook_tables_columns_are_plans_for_the_years_they_name():
    body = (
        "Tolvern is providing the following guidance:\n\n"
        "                                  Q4 Fiscal 2026          Full Year Fiscal 2026\n"
        "Total revenue                     $329 - $331 million     $1,228 - $1,230 million\n"
    )
    found = rows(body, day=date(2025, 12, 3), cal=TO_JANUARY)
    assert found == {
        ("revenue", "forecast", "2025-11-01/2026-01-31", 329e6, 331e6, "USD"),
        ("revenue", "forecast", "2025-02-01/2026-01-31", 1228e6, 1230e6, "USD"),
    }


def test_a_plan_followed_by_the_day_it_was_given_was_stated_that_day():
    text = (
        "Tolvern Gauges update\nTest Wire\n2025-12-03\n\nThe full-year revenue guidance "
        "compares with $1,215 million to $1,220 million provided on September 3, 2025, and "
        "$1,200 million to $1,210 million provided on June 4, 2025.\n"
    )
    found = extract(
        text, published=date(2025, 12, 3), entity=KnownEntity(NAME, (), TO_JANUARY)
    ).proposals
    assert {(p.value, p.as_of) for p in found} == {
        (1215e6, date(2025, 9, 3)),
        (1200e6, date(2025, 6, 4)),
    }


def test_a_day_after_a_comparison_is_the_compared_figures():
    found = rows(
        "Third quarter fiscal 2026 highlights:\n- 1,412 customers with ARR greater than "
        "$100,000, compared to 1,180 as of October 31, 2024",
        day=date(2025, 12, 3),
        cal=TO_JANUARY,
    )
    assert {(r[2], r[3]) for r in found} == {
        ("2025-10-31/2025-10-31", 1412),
        ("2024-10-31/2024-10-31", 1180),
    }


def test_weeks_a_sentence_counts_itself_stay_those_weeks():
    found = rows(
        "Revenue for the third quarter ended October 1, 2024 was $352.4 million. Fiscal 2024 "
        "was 53 weeks. Revenue for the thirteen weeks ended December 31, 2024 was $341.0 "
        "million.",
        day=date(2025, 2, 19),
    )
    assert ("revenue", "actual", "2024-10-02/2024-12-31", 341e6, None, "USD") in found


def test_a_plan_for_a_measure_that_is_a_rate_of_change_is_that_rates_plan():
    found = rows(
        "Management cut its fiscal 2024 outlook for company-operated same-restaurant sales to "
        "1.5% to 2.5%, from 3% to 4% previously.",
        day=date(2024, 10, 24),
    )
    name = "company-operated same-restaurant sales growth"
    assert (name, "forecast", "2024-01-01/2024-12-31", 1.5, 2.5, "percent") in found
    assert (name, "forecast", "2024-01-01/2024-12-31", 3, 4, "percent") in found


def test_so_far_this_fiscal_year_runs_to_the_last_quarter_over():
    found = rows(
        "Franchisees have opened 50 restaurants and closed 12 so far this fiscal year.",
        day=date(2024, 10, 24),
    )
    # (the closures too, since "closed 12" before a time is read with its noun left out)
    assert {(r[2], r[3]) for r in found} == {
        ("2024-01-01/2024-09-30", 50),
        ("2024-01-01/2024-09-30", 12),
    }


def test_an_aside_for_comparison_does_not_move_the_period_talked_about():
    found = rows(
        "* Revenue for the quarter ended June 30, 2025 was $10.91 billion.\n"
        "* For comparison, Q1 revenue was $10.48 billion.\n"
        "* Paid memberships ended the quarter at 304.1 million.",
        day=date(2025, 7, 16),
    )
    assert ("paid memberships", "actual", "2025-06-30/2025-06-30", 304.1e6, None, "units") in found


def test_a_count_followed_by_what_was_added_is_no_level():
    assert (
        rows("Fibre: 700,000 homes passed added since the end of March.", day=date(2025, 10, 28))
        == set()
    )


def test_an_agencys_own_case_is_no_company_figure():
    found = rows(
        "Our rating case assumes FY26 EBIT of about EUR850 million, below the company's range, "
        "and FY27 EBIT of EUR900 million.",
        day=date(2026, 2, 9),
        cal=TO_MARCH,
    )
    assert found == set()


def test_a_quarter_starts_the_day_after_the_stated_end_of_the_one_before():
    # a 16/12/12/13-week year: the fourth quarter starts the day after the third ended
    found = rows(
        "Revenue for the twelve weeks ended October 1, 2024 was $341.0 million. Fiscal 2024 was "
        "53 weeks. Fourth-quarter revenue was $352.4 million.",
        day=date(2025, 2, 19),
    )
    assert ("revenue", "actual", "2024-10-02/2024-12-31", 352.4e6, None, "USD") in found
