"""Kinds of language over invented companies: amounts after a currency's local sign in
letters ("R845m", "kr 2.4 billion") and a table's unit written with it ("Rm"), bare cents in
a report with no dollar, stacked "N weeks to / DATE" column headings, "N weeks YEAR" columns
of a 52/53-week retailer, and a "(YEAR: X)" comparative after a span of weeks."""

from __future__ import annotations

import json
from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.figures import UNNAMED_CURRENCY, find_figures
from bot.ingest.local_signs import DATA_FILE, build, report_signs

JUNE_YEARS = FiscalCalendar.of("06-30", "end")  # FY2026 = Jul 2025 - Jun 2026
NAME = "Kwezi Outfitters"
DAY = date(2025, 11, 12)


def proposals(body: str, *, day=DAY, cal=JUNE_YEARS, name=NAME):
    text = f"{name} trading update\nTest Wire\n{day.isoformat()}\n\n{body}\n"
    return extract(text, published=day, entity=KnownEntity(name, (), cal)).proposals


def facts(body: str, **kw) -> set[tuple]:
    return {(p.period.iso(), p.value, p.value_high, p.unit) for p in proposals(body, **kw)}


def named(body: str, **kw) -> set[tuple]:
    return {(p.metric, p.value, p.unit) for p in proposals(body, **kw)}


def stated(body: str, **kw) -> set[tuple]:
    """(metric, kind, period, value, high end) of each proposal."""
    return {
        (p.metric, p.kind.value, p.period.iso(), p.value, p.value_high)
        for p in proposals(body, **kw)
    }


NOV_YEARS = FiscalCalendar.of("11-30", "end")  # fiscal 2025 = Dec 2024 - Nov 2025


def test_the_sign_table_is_what_babel_gives():
    assert json.loads(DATA_FILE.read_text(encoding="utf-8")) == build()


def test_a_local_sign_glued_to_a_scaled_amount_is_a_currency_the_report_names():
    found = facts(
        "Kwezi Outfitters, listed in South Africa, said sales for the 18 weeks to "
        "1 November 2025 rose 7.5% to R9.31bn, and online sales were R612m."
    )
    assert ("2025-06-29/2025-11-01", 9_310_000_000, None, "ZAR") in found
    assert ("2025-06-29/2025-11-01", 612_000_000, None, "ZAR") in found


def test_a_sign_whose_currency_the_report_never_names_is_no_amount():
    found = facts("Kwezi Outfitters said sales for the year rose to R9.31bn.")
    assert not any(v == 9_310_000_000 for _, v, _, _ in found)
    assert all(f.unit == UNNAMED_CURRENCY for f in find_figures("rose to R9.31bn"))


def test_a_one_letter_sign_set_apart_or_without_a_scale_is_no_amount():
    assert not any(f.unit == UNNAMED_CURRENCY for f in find_figures("the R 2m model"))
    assert not any(f.unit == UNNAMED_CURRENCY for f in find_figures("grade R2 and Q3 2025"))


def test_a_sign_several_currencies_share_is_the_one_the_report_names():
    assert report_signs("Net sales kr 2.4 billion. All amounts in Swedish kronor.") == {
        "local:kr": "SEK"
    }
    assert report_signs("Net sales kr 2.4 billion.") == {}


def test_a_tables_unit_row_in_the_local_sign_and_stacked_weeks_headings():
    body = (
        "Kwezi Outfitters (incorporated in the Republic of South Africa).\n\n"
        "Sales by division\n\n"
        "Division              18 weeks to     18 weeks to     % change\n"
        "                      1 Nov 2025      2 Nov 2024\n"
        "                              Rm              Rm\n"
        "Kwezi Kids                 2 514           2 307         9.0\n"
        "Kwezi Sport                4 106           3 922         4.7\n"
    )
    found = facts(body)
    assert ("2025-06-29/2025-11-01", 2_514_000_000, None, "ZAR") in found
    assert ("2024-06-30/2024-11-02", 3_922_000_000, None, "ZAR") in found
    assert ("2025-06-29/2025-11-01", 4.7, None, "percent") in found


def test_columns_of_weeks_and_a_year_are_the_spans_the_report_says_ended():
    body = (
        "Kwezi Outfitters (South Africa) reports on the 26 weeks ended 27 December 2025.\n\n"
        "  Rm                  26 weeks 2025   26 weeks 2024   % change\n"
        "  Kwezi Kids                 5 120           4 800        6.7\n"
        "  Kwezi Sport                8 300           7 950        4.4\n"
    )
    found = facts(body, day=date(2026, 2, 3))
    assert ("2025-06-29/2025-12-27", 5_120_000_000, None, "ZAR") in found
    assert ("2024-06-30/2024-12-28", 4_800_000_000, None, "ZAR") in found
    # never the calendar years the bare years would name
    assert not any(p.startswith("2025-01-01") or p.startswith("2024-01-01") for p, *_ in found)


def test_a_year_keyed_comparative_after_a_span_of_weeks_is_the_same_weeks_a_year_earlier():
    found = facts(
        "Kwezi Outfitters (South Africa): trading for the 26 weeks ended 27 December 2025.\n\n"
        "Sales for the 26 weeks increased by 6.1% to R13.42bn (2024: R12.65bn).",
        day=date(2026, 2, 3),
    )
    assert ("2025-06-29/2025-12-27", 13_420_000_000, None, "ZAR") in found
    assert ("2024-06-30/2024-12-28", 12_650_000_000, None, "ZAR") in found


def test_bare_cents_in_a_report_with_no_dollar_are_its_own_currencys():
    found = facts(
        "Kwezi Outfitters (South Africa) expects headline earnings per share for the 26 "
        "weeks ended 27 December 2025 of between 212 and 231 cents, with sales of R13.42bn.",
        day=date(2026, 1, 20),
    )
    assert ("2025-06-29/2025-12-27", 2.12, 2.31, "ZAR") in found


def test_a_home_sale_closed_is_a_home_delivered_and_a_store_closed_is_a_closure():
    found = {
        (p.metric, p.value)
        for p in proposals(
            "In the fiscal third quarter Kwezi Outfitters closed 2,914 homes. It also closed "
            "9 stores in the fiscal third quarter."
        )
    }
    assert ("homes delivered", 2914) in found
    assert ("homes sold", 2914) not in found
    assert not any(v == 9 and "deliver" in m for m, v in found)


def test_capitals_of_a_physical_unit_in_a_rows_note_are_no_currency():
    body = (
        "Kwezi Outfitters (South Africa) moved these volumes.\n\n"
        "                                  Q3 2025   Q3 2024\n"
        "Containers shipped ('000 FFE)        1,204     1,150\n"
        "Port volumes (m TEU)                  2.31      2.20\n"
    )
    found = facts(body, cal=FiscalCalendar.of("12-31", "end"))
    assert ("2025-07-01/2025-09-30", 1_204_000, None, "units") in found
    assert ("2025-07-01/2025-09-30", 2_310_000, None, "units") in found
    assert not any(u in ("FFE", "TEU") for *_, u in found)


def test_a_headings_colon_and_the_plural_it_counts_name_a_tables_rows():
    body = (
        "Vans delivered by region:\n\n"
        "| Region   | Q3 2025 | Q3 2024 |\n"
        "|----------|---------|---------|\n"
        "| Coastal  | 2,140   | 1,980   |\n"
        "| Inland   | 1,305   | 1,212   |\n"
    )
    found = {
        (p.metric.lower(), p.period.iso(), p.value)
        for p in proposals(body, cal=FiscalCalendar.of("12-31", "end"))
    }
    assert ("coastal vans delivered", "2025-07-01/2025-09-30", 2140) in found
    assert ("inland vans delivered", "2024-07-01/2024-09-30", 1212) in found


def test_a_lead_in_sentence_with_a_colon_is_no_tables_title():
    from bot.ingest.tables.placement import title_above

    assert title_above("For 2026 the Company expects:\n", 30) == ""
    assert title_above("Vans delivered by region:\n", 26) == "Vans delivered by region"


def test_a_store_opening_range_for_a_named_financial_year_and_the_one_it_replaced():
    found = {
        (p.metric, p.kind.value, p.period.iso(), p.value, p.value_high, p.as_of.isoformat())
        for p in proposals(
            "Kwezi Outfitters (South Africa): trading for the 18 weeks to 1 November 2025.\n\n"
            "The Group now plans to open between 64 and 72 new stores in the 2026 financial "
            "year, previously 50 to 58 as set out with the annual results on 26 August 2025."
        )
    }
    fy26 = "2025-06-29/2026-06-27"  # the 52 weeks the 18 weeks to 1 November open
    assert ("store openings", "target", fy26, 64, 72, "2025-11-12") in found
    assert ("store openings", "target", fy26, 50, 58, "2025-08-26") in found


def test_a_span_of_weeks_from_the_years_start_shows_the_week_calendar():
    from bot.ingest.weeks import week_calendar

    # 1 November 2025 is a Saturday; the 18 weeks to it began on Sunday 29 June
    weeks = week_calendar("sales for the 18 weeks to 1 November 2025 rose", DAY, JUNE_YEARS)
    assert weeks is not None and weeks.weekday == 5
    assert weeks.year_end(date(2026, 6, 30)) == date(2026, 6, 27)
    # a span that does not start a year shows nothing
    assert week_calendar("in the 6 weeks to 27 December 2025", date(2026, 1, 5), JUNE_YEARS) is None


def test_thousands_set_apart_by_spaces_in_prose():
    from bot.ingest.figures import space_grouped

    assert [(f.value, f.unit) for f in find_figures("We had 1 906 stores trading")] == [
        (1906, "units")
    ]
    # square metres are a count of them, never millions ("600 m")
    assert [f.value for f in find_figures("space was 1 120 400 m² at year end")] == [1_120_400]
    # a telephone number, a year before a count and a sentence in commas stay as written
    assert space_grouped("call 021 555 0100 now") == "call 021 555 0100 now"
    assert space_grouped("in 2025 123 stores") == "in 2025 123 stores"
    assert space_grouped("sold 1,234 units and 5 678 more") == "sold 1,234 units and 5,678 more"


def test_a_bracketed_year_label_frames_no_other_figure_and_a_base_is_no_topic():
    found = facts(
        "Kwezi Outfitters (South Africa) expects earnings for the 26 weeks ended 27 December "
        "2025 to be 12% higher than the 180.5 cents reported for the 26 weeks ended 28 "
        "December 2024.\n\n"
        "Sales for the 26 weeks rose 6.1% to R13.42bn. Gross margin was 41.2% (2024: "
        "40.6%), and online orders grew 14%. The Group opened 38 stores in the period.",
        day=date(2026, 2, 3),
    )
    h1 = "2025-06-29/2025-12-27"
    assert (h1, 13_420_000_000, None, "ZAR") in found
    assert (h1, 38, None, "units") in found
    assert not any(p.startswith("2024-01-01") for p, *_ in found)


def test_a_range_in_a_sentence_of_expectations_is_an_expectation():
    found = {
        (p.kind.value, p.value, p.value_high, p.unit)
        for p in proposals(
            "Kwezi Outfitters (South Africa) said earnings per share for the 26 weeks ended 27 "
            "December 2025 were expected to be between 8% and 14% higher than the 180.5 cents "
            "reported for the 26 weeks ended 28 December 2024, being between 195 and 206 cents. "
            "Sales were R13.42bn.",
            day=date(2026, 1, 20),
        )
    }
    assert ("forecast", 1.95, 2.06, "ZAR") in found
    assert ("actual", 1.805, None, "ZAR") in found


def test_a_per_share_table_in_cents_and_a_range_column():
    body = (
        "Kwezi Outfitters (South Africa): trading statement for the 26 weeks ended 27 "
        "December 2025. Sales were R13.42bn.\n\n"
        "| Per share (cents) | 26 weeks ended 28 Dec 2024 | Expected range, 26 weeks ended "
        "27 Dec 2025 |\n"
        "|---|---|---|\n"
        "| EPS | 180.5 | 195 to 206 |\n"
    )
    found = {
        (p.metric, p.period.iso(), p.value, p.value_high, p.unit)
        for p in proposals(body, day=date(2026, 2, 3))
    }
    assert ("EPS", "2024-06-30/2024-12-28", 1.805, None, "ZAR") in found
    assert ("EPS", "2025-06-29/2025-12-27", 1.95, 2.06, "ZAR") in found


def test_a_programmes_host_named_in_its_cast_speaks_for_no_company():
    body = (
        "[Broadcast transcript. Host: Sipho Dube. Guest: Lerato Khumalo, chief executive of "
        "Kwezi Outfitters.]\n\n"
        "SIPHO DUBE: You said earnings will be up 8 to 14 percent for the half. Good news?\n\n"
        "LERATO KHUMALO: It was a good half. We had 1 906 stores trading on the\n"
        "27th of December."
    )
    found = {(p.value, p.value_high) for p in proposals(body, day=date(2026, 2, 12))}
    assert (8, 14) not in found


def test_a_bracketed_amount_after_the_same_weeks_a_year_earlier_is_theirs():
    found = facts(
        "Kwezi Outfitters (South Africa) said sales for the first 18 weeks of the 2026 "
        "financial year (29 June 2025 to 1 November 2025) rose 6.0% to R9.31bn compared with "
        "the same 18 weeks of the prior year (R8.78bn)."
    )
    assert ("2025-06-29/2025-11-01", 9_310_000_000, None, "ZAR") in found
    assert ("2024-06-30/2024-11-02", 8_780_000_000, None, "ZAR") in found


def test_what_a_recalled_statement_said_was_said_that_day_and_a_short_form_is_its_name():
    found = {
        (p.metric, p.kind.value, p.value, p.value_high, p.as_of.isoformat())
        for p in proposals(
            "Kwezi Outfitters (South Africa): further trading statement. Sales were R13.42bn.\n\n"
            "Shareholders are referred to the trading statement released on SENS on 14 January "
            '2026, in which the Group advised that headline earnings per share ("HEPS") for '
            "the 26 weeks ended 27 December 2025 were expected to be between 195 and 206 cents."
            "\n\n"
            "| Per share (cents) | Expected range, 26 weeks ended 27 Dec 2025 |\n"
            "|---|---|\n"
            "| HEPS | 208 to 219 |\n",
            day=date(2026, 2, 3),
        )
    }
    assert ("headline earnings per share", "forecast", 1.95, 2.06, "2026-01-14") in found
    assert ("headline earnings per share", "forecast", 2.08, 2.19, "2026-02-03") in found


def test_a_colon_labelling_a_later_figure_names_no_figure_before_it():
    found = {
        (p.metric.lower(), p.value)
        for p in proposals(
            "Kwezi Outfitters (South Africa): sales for the 26 weeks ended 27 December 2025 "
            "were R13.42bn. Online sales grew to R0.95bn, or 7.1% of merchandise sales (2024: "
            "6.0%).",
            day=date(2026, 2, 3),
        )
    }
    assert any(v == 950_000_000 and m.startswith("online") for m, v in found)


def test_a_speakers_label_and_spoken_words_in_a_transcript():
    body = (
        "[Kwezi Outfitters, South Africa: results call.]\n\n"
        "THANDI NKOSI (CFO): For the full year we are now looking at something like R31bn "
        "in sales, and we now expect to open between 58 and 66 new stores in fiscal 2026.\n\n"
        "THANDI NKOSI (CFO): We ended the half with 1 906 stores trading on the 27th of "
        "December, and we had 3,410 homes in backlog, valued at R2.9bn.\n\n"
        "THANDI NKOSI (CFO): It was 7.1% of sales in the first half."
    )
    found = stated(body, day=date(2026, 2, 12))
    assert ("store openings", "target", "2025-07-01/2026-06-30", 58, 66) in found
    assert ("stores", "actual", "2025-12-27/2025-12-27", 1906, None) in found
    assert any(k == "forecast" and v == 31e9 for _, k, _, v, _ in found)
    # neither the speaker nor a pronoun names a figure
    assert not any("nkosi" in m.lower() or m.split()[0] in ("We", "It") for m, *_ in found)


def test_a_homebuilders_quarter_its_count_and_value_rate_and_price():
    found = named(
        "In the fiscal third quarter Kwezi Outfitters closed 2,914 homes. We sold at an "
        "average selling price of $412,500, and the cancellation rate was 11.2% of gross "
        "orders. The 30-year fixed rate averaged 6.1% and the policy rate was 4.25%.\n\n"
        "ANDILE MOYO (CFO): We ended the quarter, so 31 August, with 4,050 homes in backlog, "
        "valued at $1.93 billion.",
        day=date(2025, 9, 23),
        cal=NOV_YEARS,
    )
    # a count and its value under one name are two measures
    assert ("backlog", 4050, "units") in found
    assert ("backlog value", 1_930_000_000, "USD") in found
    # a rate and a price the company names; a market's rates are no company's
    assert ("average selling price", 412_500, "USD") in found
    assert ("cancellation rate", 11.2, "percent") in found
    assert not any(v in (6.1, 4.25) for _, v, _ in found)


def test_an_amount_that_corresponds_to_another_is_a_conversion():
    found = {
        (p.value, p.value_high, p.unit)
        for p in proposals(
            "Kwezi Outfitters now expects operating profit of R3.2-4.2bn for fiscal 2026, in "
            "South Africa. In US dollars, the new range corresponds to about USD 180-235m.",
        )
    }
    assert (3.2e9, 4.2e9, "ZAR") in found
    assert not any(u == "USD" for *_, u in found)
