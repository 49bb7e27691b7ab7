"""Figures in running text, one capability per test, over companies invented here: whose
figure it is, what it counts, ranges revised by ranges, modal kinds, thresholds, ellipsis,
and a part of a period singled out."""

from __future__ import annotations

from datetime import date

import pytest

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

CALENDAR_YEARS = FiscalCalendar.of("12-31", "start")
FY_JUNE = FiscalCalendar.of("06-30", "end")


def facts(body: str, *, name: str = "Brindle Works", cal=CALENDAR_YEARS, day=date(2025, 7, 2)):
    text = f"{name} update\nTest Wire\n{day.isoformat()}\n\n{body}\n"
    found = extract(text, published=day, entity=KnownEntity(name, (), cal)).proposals
    return {(p.kind.value, p.period.iso(), p.value, p.value_high, p.unit, p.as_of) for p in found}


def values(body: str, **kw) -> set[float]:
    return {v for _, _, v, _, _, _ in facts(body, **kw)}


H1, Q2 = "2025-01-01/2025-06-30", "2025-04-01/2025-06-30"
YEAR = "2025-01-01/2025-12-31"


@pytest.mark.parametrize(
    "sentence",
    [
        "Brindle Works narrowed its full-year goal to 190,000 to 200,000 bikes from 185,000 to "
        "205,000, its chief executive said.",
        "Brindle Works now targets full-year sales of 190,000 to 200,000 bikes, up from 185,000 "
        "to 205,000.",
    ],
)
def test_a_range_revised_from_a_range_keeps_both_ranges(sentence):
    found = facts(sentence)
    assert ("target", YEAR, 190_000, 200_000, "units", date(2025, 7, 2)) in found
    assert ("target", YEAR, 185_000, 205_000, "units", date(2025, 7, 1)) in found
    assert not {v for _, _, v, h, _, _ in found if h is None}  # no end read alone


def test_a_change_from_one_figure_to_another_is_still_no_range():
    found = facts("Brindle Works said bike sales rose from 80,000 to 95,000 in the second quarter.")
    assert all(h is None for _, _, _, h, _, _ in found)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Brindle Works said its operating margin for the year should be around 21%.", 21),
        ("For the full year Brindle Works is guiding to revenue of $305 million.", 305e6),
        ("Brindle Works said full-year revenue will be about $1.2 billion.", 1.2e9),
    ],
)
def test_a_modal_or_guiding_makes_a_forecast(sentence, value):
    kinds = {k for k, _, v, _, _, _ in facts(sentence) if v == pytest.approx(value)}
    assert kinds == {"forecast"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Brindle Works shipped 3.1 million bikes in the second quarter, lifting its share of the "
        "market to 7.4%, according to research firm Pedalytics.",
        "Brindle Works sold 120,000 bikes in the second quarter, and our largest competitor "
        "reported sales of $4.3 billion.",
        "Brindle Works sold 120,000 bikes in the second quarter, while a listed peer reported a "
        "2% rise in volumes.",
        "Brindle Works sold 120,000 bikes in the second quarter. The overall market shrank 4% to "
        "92 million units.",
    ],
)
def test_figures_of_researchers_rivals_and_the_market_are_not_the_companys(sentence):
    found = values(sentence)
    assert found <= {120_000}
    if "according to" not in sentence:
        assert found == {120_000}  # the company's own figure in the same text stays


@pytest.mark.parametrize(
    "sentence",
    [
        "In the first half Brindle Works opened 11 stores, hired 420 people and launched 35 "
        "products, and sold 240,000 bikes.",
        "Brindle Works sold 240,000 bikes in the first half and plans to open 15 more stores and "
        "hire 300 engineers this year.",
        "Brindle Works sold 240,000 bikes in the first half and will reduce headcount by 140 "
        "roles.",
    ],
)
def test_stores_opened_people_hired_and_products_launched_are_no_sales_figures(sentence):
    # stores opened are counted as openings of the store count, never as sales
    assert values(sentence) - {11} == {240_000}
    day = date(2025, 7, 2)
    text = f"Brindle Works update\nTest Wire\n{day.isoformat()}\n\n{sentence}\n"
    found = extract(text, published=day, entity=KnownEntity("Brindle Works", (), CALENDAR_YEARS))
    assert all(p.metric == "store openings" for p in found.proposals if p.value == 11)


def test_a_threshold_passed_is_not_the_figure():
    found = values(
        "Brindle Works' online sales passed $400 million for the first time in the first half, "
        "ending the period at $412 million."
    )
    assert found == {412e6}


def test_an_elided_figure_counts_what_the_figure_before_counts():
    found = facts(
        "Brindle Works said it shipped 18,450 bikes in the second quarter and 52,300 in the "
        "first half."
    )
    assert ("actual", Q2, 18_450, None, "units", date(2025, 7, 2)) in found
    assert ("actual", H1, 52_300, None, "units", date(2025, 7, 2)) in found
    assert len(found) == 2


def test_so_many_of_our_products_names_the_products_not_the_buyers():
    text = (
        "Brindle letter\nTest Wire\n2025-03-10\n\nBrindle Works' 2024 revenue was $1.06 "
        "billion. Our customers bought 2.8 million of our lanterns over the year and 1.1 "
        "million in the fourth quarter.\n"
    )
    entity = KnownEntity("Brindle Works", (), CALENDAR_YEARS)
    found = extract(text, published=date(2025, 3, 10), entity=entity).proposals
    bikes = {(p.value, p.period.iso()) for p in found if p.unit == "units"}
    assert bikes == {(2.8e6, "2024-01-01/2024-12-31"), (1.1e6, "2024-10-01/2024-12-31")}
    assert all("lanterns" in p.metric for p in found if p.unit == "units")


def test_a_part_of_the_period_singled_out_keeps_the_period_talked_about():
    found = facts(
        "Brindle Works said 2024 revenue was $1.06 billion. The fourth quarter alone brought in "
        "revenue of $351 million. Operating income was $98 million.",
        day=date(2025, 3, 10),
    )
    assert ("actual", "2024-10-01/2024-12-31", 351e6, None, "USD", date(2025, 3, 10)) in found
    assert ("actual", "2024-01-01/2024-12-31", 98e6, None, "USD", date(2025, 3, 10)) in found


JUNE_FY = FiscalCalendar.of("03-31", "end")
FY26 = "2025-04-01/2026-03-31"


def test_a_notice_of_revision_in_prose_pairs_previous_and_revised_and_drops_the_change():
    found = facts(
        "Brindle Works has revised its consolidated forecast for the fiscal year ending March "
        "31, 2026, which was announced on May 13, 2025.\n\n"
        "Net sales: previous forecast 82,000 million yen; revised forecast 91,500 million yen; "
        "change 9,500 million yen (11.6%).",
        cal=JUNE_FY,
        day=date(2025, 11, 7),
    )
    assert found == {
        ("forecast", FY26, 82e9, None, "JPY", date(2025, 5, 13)),
        ("forecast", FY26, 91.5e9, None, "JPY", date(2025, 11, 7)),
    }


def test_a_previous_and_revised_pair_with_no_announcement_dates_the_earlier_the_day_before():
    found = facts(
        "Brindle Works said its full-year outlook for revenue is now: previous forecast $410 "
        "million; revised forecast $380 million.",
        day=date(2025, 7, 2),
    )
    assert ("forecast", YEAR, 410e6, None, "USD", date(2025, 7, 1)) in found
    assert ("forecast", YEAR, 380e6, None, "USD", date(2025, 7, 2)) in found


def test_a_metric_is_named_from_its_own_clause_not_the_figure_before():
    text = (
        "Brindle results\nTest Wire\n2025-05-12\n\nResults for the fiscal year ended March 31, "
        "2025: net sales 176,420 million yen; operating profit 13,950 million yen.\n"
    )
    entity = KnownEntity("Brindle Works", (), JUNE_FY)
    found = extract(text, published=date(2025, 5, 12), entity=entity).proposals
    names = {p.value: p.metric for p in found}
    assert "yen" not in names[13.95e9] and "operating" in names[13.95e9]


def test_one_end_of_a_range_is_no_figure_of_its_own():
    assert (
        values("Brindle Works lowered the upper end of its 2025 revenue guidance to $3.2 billion.")
        == set()
    )
    found = facts(
        "Brindle Works lowered the top end of its 2025 revenue forecast to $3.2 billion, and now "
        "expects $3.0 billion to $3.2 billion."
    )
    assert found == {("forecast", YEAR, 3.0e9, 3.2e9, "USD", date(2025, 7, 2))}


def test_a_figure_compared_with_one_of_no_period_has_none_either():
    assert values("Operating profit came to $88 million, against $102 million a year earlier.") == (
        set()
    )
    found = facts(
        "Brindle Works said operating profit came to $88 million in the second quarter, against "
        "$102 million a year earlier."
    )
    assert ("actual", "2024-04-01/2024-06-30", 102e6, None, "USD", date(2025, 7, 2)) in found


def test_the_level_a_change_reached_counts_what_changed():
    text = (
        "Brindle update\nTest Wire\n2025-07-02\n\nBrindle Works sold 210,000 bikes in the second "
        "quarter, while e-bike sales rose 22% to 64,000.\n"
    )
    entity = KnownEntity("Brindle Works", (), CALENDAR_YEARS)
    found = {p.value: p for p in extract(text, published=date(2025, 7, 2), entity=entity).proposals}
    assert found[64_000].period.iso() == Q2 and found[64_000].unit == "units"
    assert found[64_000].metric != found[210_000].metric  # two figures, two names
    assert "e-bike" in found[64_000].metric


@pytest.mark.parametrize(
    "sentence",
    [
        "According to research firm Pedalytics, Brindle Works shipped 3.1 million bikes in the "
        "second quarter.",
        "Brindle Works shipped 3.1 million bikes in the second quarter, data from Pedalytics "
        "showed.",
        "Brindle Works shipped 3.1 million bikes in the second quarter, Pedalytics estimates.",
        "Brindle Works shipped 3.1 million bikes in the second quarter, according to Bloomberg "
        "data.",
    ],
)
def test_a_source_credited_before_or_after_the_figures_makes_them_its_own(sentence):
    assert values(sentence) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "According to Brindle Works, it shipped 3.1 million bikes in the second quarter.",
        "Brindle Works shipped 3.1 million bikes in the second quarter, according to a statement.",
        "Brindle Works shipped 3.1 million bikes in the second quarter, according to company data.",
    ],
)
def test_the_company_credited_keeps_its_figures(sentence):
    assert values(sentence) == {3.1e6}


def test_an_amount_in_a_currency_word_is_read_and_an_unnamed_one_is_no_figure():
    assert ("actual", Q2, 5.2e9, None, "SEK", date(2025, 7, 2)) in facts(
        "Brindle Works' revenue rose 4% to 5.2 billion Swedish crowns in the second quarter."
    )
    assert ("actual", Q2, 3.1e9, None, "CNY", date(2025, 7, 2)) in facts(
        "Brindle Works' revenue rose 4% to 3.1 billion yuan in the second quarter."
    )
    # which crowns the text never says, and the dollars in brackets only convert them
    assert (
        values(
            "Brindle Works' revenue was 5.2 billion crowns ($480 million) in the second quarter."
        )
        == set()
    )


def test_a_name_an_apposition_calls_a_rival_is_another_company():
    assert values(
        "Brindle Works sold 210,000 bikes in the second quarter. Veloxa, its closest rival, sold "
        "180,000 in the same period."
    ) == {210_000}


def test_a_bare_result_compared_with_a_qualified_one_is_of_its_kind():
    text = (
        "Brindle update\nTest Wire\n2025-07-02\n\nBrindle Works posted an operating loss of $12 "
        "million in the second quarter, compared with a profit of $30 million a year earlier.\n"
    )
    entity = KnownEntity("Brindle Works", (), CALENDAR_YEARS)
    found = {p.value: p for p in extract(text, published=date(2025, 7, 2), entity=entity).proposals}
    assert found[30e6].metric == "operating income"
    assert found[30e6].period.iso() == "2024-04-01/2024-06-30"
    assert found[12e6].metric == "operating loss"


def test_a_sentence_opening_with_the_common_noun_of_the_companys_name_is_the_companys():
    found = facts(
        "Instruments shipped totaled 18,450 units in the second quarter and 52,300 units in the "
        "first half.",
        name="Caldera Instruments",
    )
    assert {(p, v) for _, p, v, _, _, _ in found} == {(Q2, 18_450), (H1, 52_300)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Brindle Works' revenue was $712 million in the second quarter. Currency rates had an "
        "unfavorable impact of $12.4 million on revenue in the quarter.",
        "Brindle Works' revenue was $712 million in the second quarter, including a $12.4 million "
        "currency headwind.",
    ],
)
def test_an_effect_on_a_figure_is_not_its_level(sentence):
    assert values(sentence) == {712e6}


def test_the_base_of_a_change_before_the_level_is_not_the_levels_period():
    found = facts(
        "Brindle Works said its second-quarter operating profit fell 41% from a year earlier to "
        "$212 million."
    )
    assert {(p, v) for _, p, v, _, u, _ in found if u == "USD"} == {(Q2, 212e6)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Brindle Works' second-quarter revenue was $700 million, missing the $745 million average "
        "forecast of 14 analysts polled by LSEG.",
        "Brindle Works' second-quarter revenue was $700 million. Its shares fell 2.1%, "
        "underperforming a 0.4% rise in the benchmark index.",
    ],
)
def test_a_poll_of_analysts_or_a_market_index_named_after_the_figure_is_theirs(sentence):
    assert values(sentence) == {700e6}


def test_an_earlier_view_named_by_its_month_is_dated_to_that_month():
    found = facts(
        "For 2025 Brindle Works now expects revenue of $3.0 billion to $3.1 billion, compared with "
        "its March guidance of $3.2 billion to $3.3 billion."
    )
    assert found == {
        ("forecast", YEAR, 3.0e9, 3.1e9, "USD", date(2025, 7, 2)),
        ("forecast", YEAR, 3.2e9, 3.3e9, "USD", date(2025, 3, 1)),
    }


def names(body: str, **kw) -> dict[float, str]:
    name, day = kw.get("name", "Brindle Works"), kw.get("day", date(2025, 7, 2))
    text = f"{name} update\nTest Wire\n{day.isoformat()}\n\n{body}\n"
    entity = KnownEntity(name, (), kw.get("cal", CALENDAR_YEARS))
    return {p.value: p.metric for p in extract(text, published=day, entity=entity).proposals}


def test_a_lifetime_phrase_belongs_to_its_own_figure_not_the_sentences_others():
    found = facts(
        "Brindle Works said sales of its Skyrunner bike reached 42,000 units in the second "
        "quarter, and 115,000 since its launch in March 2023."
    )
    assert ("actual", Q2, 42_000, None, "units", date(2025, 7, 2)) in found


def test_parts_changing_beside_the_whole_are_named_as_parts():
    found = names(
        "Like-for-like sales were down 2.3% in the second quarter, with food up 1.2% and "
        "clothing down 6.1%."
    )
    assert found[-2.3] == "like-for-like sales growth"
    assert found[1.2] == "food like-for-like sales growth"
    assert found[-6.1] == "clothing like-for-like sales growth"
    # another measure changing beside it is not the whole's change
    assert set(names("Revenue rose 4% in the second quarter, with prices up 2%.")) == {4.0}


def test_a_count_of_units_that_a_change_reached_is_what_changed_not_another_product():
    found = names(
        "Hardware sales fell 18% to 1.1 million consoles in the second quarter, while software "
        "sales rose 6% to 23.4 million units."
    )
    assert found[23.4e6] != found[1.1e6] and "software" in found[23.4e6]


def test_the_markets_expectations_and_an_installed_base_are_no_sales_facts_of_the_company():
    assert (
        values(
            "Brindle Works expects 2025 pre-tax profit at the top end of market expectations of "
            "$410 million to $430 million."
        )
        == set()
    )
    assert values(
        "Brindle Works sold 5,200 bikes in the second quarter, bringing its installed base of "
        "rental stations to 3,420."
    ) == {5_200}


def test_a_region_written_two_ways_is_named_once():
    found = names("U.S. revenue was $301.2 million in the second quarter.")
    assert found[301.2e6].replace(".", "").count("US") == 1


def test_a_count_of_a_named_product_is_named_for_it():
    found = names(
        "Brindle Works raised its full-year forecast for Skyrunner to 600,000 units from 500,000."
        " Sales of the Skyrunner reached 240,000 units in the first half, while sales of the "
        "Dart reached 90,000 units in the second quarter."
    )
    assert "Skyrunner" in found[600_000] and found[600_000] == found[500_000]
    assert "Skyrunner" in found[240_000] and "Dart" in found[90_000]


def test_a_target_for_a_region_is_not_named_as_a_product():
    found = names("Brindle Works cut its 2025 sales goal for the U.S. to 240,000 bikes.")
    assert found[240_000].startswith("U.S. ") and "bikes" in found[240_000]


def test_segments_results_of_both_signs_in_one_sentence():
    sentence = (
        "The battery unit swung to an operating loss of $48 million, while the bikes unit "
        "earned $160 million in the second quarter."
    )
    assert names(sentence) == {48e6: "battery operating loss", 160e6: "bikes operating income"}
    assert {p for _, p, _, _, _, _ in facts(sentence)} == {Q2}


def test_year_to_date_runs_from_the_start_of_the_year_to_the_month_talked_about():
    found = facts(
        "Brindle Works sold 41,200 bikes in June 2025. Year-to-date sales reached 202,100 bikes, "
        "1.4% more than in the first half of 2024.",
    )
    assert ("actual", H1, 202_100, None, "units", date(2025, 7, 2)) in found
    assert ("actual", H1, 1.4, None, "percent", date(2025, 7, 2)) in found


def test_a_subject_naming_the_measure_names_the_count():
    found = names(
        "Brindle Works sold 41,200 bikes in June 2025. Exports were 15,300 bikes in June.",
    )
    assert found[41_200] != found[15_300] and "export" in found[15_300]


def test_the_companys_home_country_is_not_the_figures_region():
    found = names(
        "South Korea's Brindle Works said its second-quarter revenue fell 6% to $712 million."
    )
    assert not any("Korea" in n for n in found.values())
    assert any(
        "Korea" in n
        for n in names(
            "Brindle Works' sales in South Korea rose 12% in the second quarter."
        ).values()
    )
    assert any(
        "China" in n
        for n in names(
            "Sales in China, the company's biggest market, came to 168,400 bikes in the second "
            "quarter."
        ).values()
    )


def test_a_measure_before_special_items_is_one_phrase_and_reported_can_be_an_adjective():
    found = facts(
        "Brindle Works' EBIT margin before special items was 28.1% in the second quarter. For "
        "2025 it now expects organic growth of 7% to 8% and a reported EBIT margin before special "
        "items of around 28%."
    )
    assert ("actual", Q2, 28.1, None, "percent", date(2025, 7, 2)) in found
    assert ("forecast", YEAR, 28.0, None, "percent", date(2025, 7, 2)) in found


def test_a_segment_subject_names_its_own_change_not_the_segment_before():
    found = names(
        "Sales of wound care products grew 9% to $1.92 billion in the second quarter, and the "
        "continence care business grew 6% to $3.10 billion."
    )
    assert "continence care" in found[6.0] and "wound" not in found[6.0]
    assert "continence care" in found[3.1e9] and "wound" not in found[3.1e9]


def test_places_counted_are_no_products():
    # the stores it ended the quarter with are its store count; the states are no figure
    assert values(
        "Brindle Works sold 5,200 bikes in the second quarter and ended it with 612 stores in 38 "
        "states."
    ) == {5_200, 612}


def test_a_where_clause_after_a_segment_is_the_segments():
    found = names(
        "Group revenue rose 5.8% to $1.18 billion in the second quarter, driven by the snacks "
        "division, where sales climbed 9.1% to $402 million."
    )
    assert found[402e6] == "snacks sales" and found[9.1] == "snacks sales growth"


def test_a_rate_of_growth_revised_from_a_range_keeps_both_ranges():
    found = facts(
        "Brindle Works now expects 2025 revenue growth of 12% to 14%, up from a previous range "
        "of 10% to 13%."
    )
    assert found == {
        ("forecast", YEAR, 12.0, 14.0, "percent", date(2025, 7, 2)),
        ("forecast", YEAR, 10.0, 13.0, "percent", date(2025, 7, 1)),
    }


def test_a_part_of_which_the_text_says_what_kind_is_named_for_it():
    found = names(
        "Brindle Works sold 48,600 bikes in the second quarter, of which 21,300 were electric."
    )
    assert found[21_300] != found[48_600] and "electric" in found[21_300]


def test_an_earlier_figure_the_company_gave_is_dated_to_when_it_gave_it():
    found = facts(
        "Brindle Works expects 2025 profit of $95 million, down from the $110 million it "
        "forecast in March."
    )
    assert found == {
        ("forecast", YEAR, 95e6, None, "USD", date(2025, 7, 2)),
        ("forecast", YEAR, 110e6, None, "USD", date(2025, 3, 1)),
    }
    # compared with, not revised: the earlier view is not restated as a figure of March
    assert values(
        "Brindle Works' second-quarter revenue was $2.1 billion, ahead of the $2.05 billion it "
        "guided in March."
    ) == {2.1e9}


def test_a_period_of_its_own_that_cannot_be_read_is_not_borrowed():
    found = facts(
        "Brindle Works raised its 2025 forecast to 19 million units from 17 million, after "
        "shipments in the spring-summer stretch rose 24% to 8.6 million units."
    )
    assert {v for _, _, v, _, _, _ in found} == {19e6, 17e6}


def test_a_plan_for_another_period_does_not_change_the_period_talked_about():
    found = facts(
        "Like-for-like sales rose 4.1% in the six weeks to 4 January, and Brindle Works now "
        "expects full-year pre-tax profit of about £142 million for the year to 1 February 2025."
        " Online sales jumped 11.5% over the period and now make up 38% of the total.",
        day=date(2025, 1, 9),
    )
    six_weeks = "2024-11-24/2025-01-04"
    assert ("actual", six_weeks, 11.5, None, "percent", date(2025, 1, 9)) in found
    assert 38.0 not in {v for _, _, v, _, _, _ in found}  # a share, not a change


def test_a_name_read_with_a_word_twice_or_a_capital_of_the_sentence_is_tidied():
    found = names("Underlying EBIT was $96.5 million in the second quarter.")
    assert found[96.5e6] == "underlying EBIT"


def test_bare_counts_of_a_revised_target_count_what_the_target_says():
    found = facts("Brindle Works cut its 2025 delivery target to 190,000 from 210,000.")
    assert found == {
        ("target", YEAR, 190_000, None, "units", date(2025, 7, 2)),
        ("target", YEAR, 210_000, None, "units", date(2025, 7, 1)),
    }
    assert all(
        "deliver" in n
        for n in names(
            "Brindle Works cut its 2025 delivery target to 190,000 from 210,000."
        ).values()
    )


def test_a_figure_a_past_period_owns_is_what_it_was_whatever_the_sentence_expects():
    found = facts(
        "Brindle Works expects second-half revenue to be similar to the first half's $1.4 billion."
    )
    assert found == {("actual", H1, 1.4e9, None, "USD", date(2025, 7, 2))}


@pytest.mark.parametrize(
    "sentence",
    [
        "Veloxa, which sells mostly e-bikes, delivered 180,000 in the second quarter, while "
        "Brindle Works shipped 210,000 bikes.",
        "Veloxa, a German maker, sold 180,000 bikes in the second quarter, while Brindle Works "
        "shipped 210,000 bikes.",
    ],
)
def test_a_company_described_between_its_name_and_its_verb_is_still_another_company(sentence):
    assert values(sentence) == {210_000}
