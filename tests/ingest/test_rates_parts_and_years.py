"""Kinds of language from results releases in styles the older dev companies lacked, one
capability per test, over a company and sentences invented here: an exchange rate after a
converted amount, a broker's target price, a part's rate in a "where" clause, "in the year"
in a results release, and a price a unit named before its figure."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

CALENDAR_YEARS = FiscalCalendar.of("12-31", "start")
NAME = "Tolleson Brewing"
Q3_DAY = date(2025, 11, 4)
YEAR_END_DAY = date(2026, 2, 19)
Q3 = "2025-07-01/2025-09-30"
YEAR = "2025-01-01/2025-12-31"


def rows(body: str, *, day: date = Q3_DAY) -> set[tuple]:
    text = f"{NAME} results\nTest Wire\n{day.isoformat()}\n\n{body}\n"
    found = extract(text, published=day, entity=KnownEntity(NAME, ("Tolleson",), CALENDAR_YEARS))
    return {(p.metric, p.kind.value, p.period.iso(), p.value, p.unit) for p in found.proposals}


def test_an_exchange_rate_after_a_converted_amount_is_no_figure():
    found = rows(
        "In the third quarter, net revenue was R$ 2,118.6 mn (about US$0.39 billion at "
        "R$ 5.41 per US$)."
    )
    assert not [r for r in found if r[3] == 5.41]
    assert ("revenue", "actual", Q3, 2_118_600_000, "BRL") in found


def test_a_brokers_target_price_is_no_figure_of_the_company():
    found = rows(
        "In the third quarter, net revenue was R$ 2,118.6 mn and EBITDA R$ 610 mn.\n\n"
        "We keep our Buy rating, TP R$ 21.80."
    )
    assert not [r for r in found if r[3] == 21.8]


def test_a_where_clause_rate_is_the_named_part_before_it_and_a_fall_is_negative():
    found = rows(
        "Group volume increased 0.8% in the third quarter, driven by the Coastal Region, "
        "partly offset by Upland North (UPN), where volume declined 3.7% as demand softened."
    )
    assert ("Upland North volume growth", "actual", Q3, -3.7, "percent") in found
    assert not [r for r in found if r[3] in (3.7, -3.7) and not r[0].startswith("Upland")]


def test_a_where_clause_with_no_part_named_gives_the_rate_to_no_one():
    found = rows("In the third quarter, where volume declined 3.7%, margins held up.")
    assert not [r for r in found if r[3] in (3.7, -3.7)]


def test_in_the_year_of_a_results_release_is_the_year_just_closed():
    found = rows("In the year, the net revenue totalled R$ 9.3 billion.", day=YEAR_END_DAY)
    assert ("revenue", "actual", YEAR, 9_300_000_000, "BRL") in found


def test_in_the_year_months_into_the_next_year_is_no_period():
    # in a third-quarter release "in the year" is the year so far: neither last year nor this
    assert rows("In the year, the net revenue totalled R$ 9.3 billion.") == set()


def test_in_the_year_to_date_is_not_the_bare_year():
    found = rows("In the year to date, net revenue totalled R$ 9.3 billion.", day=YEAR_END_DAY)
    assert not [r for r in found if r[2] == "2024-01-01/2024-12-31"]


def test_a_price_a_unit_before_its_figure_is_named_per_its_unit():
    found = rows("Net revenue per hectoliter rose 4.1% to R$ 341.3 in the third quarter.")
    assert ("net revenue per hectoliter", "actual", Q3, 341.3, "BRL") in found
    assert ("net revenue per hectoliter growth", "actual", Q3, 4.1, "percent") in found
    assert not [r for r in found if r[0] in ("net revenue", "revenue", "net revenue growth")]


def test_a_price_a_unit_glossed_by_initials_is_never_the_revenue():
    found = rows(
        "In the third quarter the net revenue reached R$ 9.3 billion, and the net revenue "
        "per tonne (NR/t) was of R$ 212.5."
    )
    assert ("revenue", "actual", Q3, 9_300_000_000, "BRL") in found
    assert not [r for r in found if r[3] == 212.5 and " per " not in r[0]]


def test_a_margin_appended_to_a_level_is_of_that_levels_period_and_measure():
    found = rows(
        "In the year, the net revenue totalled R$ 9.3 billion.\n\n"
        "The adjusted EBITDA of 4Q25 was of R$ 1,204.5 mn, with an adjusted EBITDA margin of "
        "29.5%.\nIn the year 2025 the adjusted EBITDA reached R$ 4.1 billion, with a margin "
        "of 27.2%.",
        day=YEAR_END_DAY,
    )
    q4 = "2025-10-01/2025-12-31"
    assert ("adjusted EBITDA margin", "actual", q4, 29.5, "percent") in found
    assert ("adjusted EBITDA margin", "actual", YEAR, 27.2, "percent") in found
    assert not [
        r
        for r in found
        if r[3] in (29.5, 27.2)
        and r
        not in {
            ("adjusted EBITDA margin", "actual", q4, 29.5, "percent"),
            ("adjusted EBITDA margin", "actual", YEAR, 27.2, "percent"),
        }
    ]


def test_a_signed_rate_in_brackets_after_a_level_is_that_levels_change():
    found = rows("In the third quarter, revenue was $4.1 billion (-2.0%).")
    assert ("revenue", "actual", Q3, 4_100_000_000, "USD") in found
    assert ("revenue growth", "actual", Q3, -2.0, "percent") in found


def test_a_second_measure_joined_with_its_own_verb_shares_the_first_ones_period():
    found = rows(
        "The net revenue reached R$ 9.3 billion in the quarter (+4.2%), and the net revenue "
        "per\nhectoliter (NR/hl) was of R$ 212.5. In the year, the net revenue totalized "
        "R$ 35.1 billion.",
        day=YEAR_END_DAY,
    )
    q4 = "2025-10-01/2025-12-31"
    assert ("revenue growth", "actual", q4, 4.2, "percent") in found
    assert ("revenue per hectoliter", "actual", q4, 212.5, "BRL") in found
    assert ("revenue", "actual", YEAR, 35_100_000_000, "BRL") in found
    assert not [r for r in found if r[3] == 212.5 and r[2] != q4]


def test_a_scale_letter_glued_to_a_currency_code_is_money():
    found = rows(
        "Net sales were SEK 9.5 billion in the third quarter.\n\n"
        "- Order intake increased 6% to MSEK 9,820 (9,260)."
    )
    assert ("order intake", "actual", Q3, 9_820_000_000, "SEK") in found
    assert not [r for r in found if r[3] in (9260, 9_260_000_000)]


def test_parts_listed_after_one_that_accounted_for_a_measure_are_that_measures_parts():
    found = rows(
        "Net sales were SEK 9.5 billion in the third quarter.\n\n"
        "Europe accounted for MSEK 4,110 of net sales in the quarter, North America MSEK "
        "2,020,\nAsia MSEK 1,650 and Rest of world MSEK 740."
    )
    assert ("Europe revenue", "actual", Q3, 4_110_000_000, "SEK") in found
    assert ("North America revenue", "actual", Q3, 2_020_000_000, "SEK") in found
    assert ("Asia revenue", "actual", Q3, 1_650_000_000, "SEK") in found
    assert not [r for r in found if r[0] == "revenue" and r[3] != 9_500_000_000]


def test_accounted_for_a_count_that_is_no_measure_is_no_list():
    found = rows("In the third quarter, Europe accounted for 40 of the 52 new stores, Asia 12.")
    assert not [r for r in found if r[3] in (40, 12)]


def test_growth_in_a_measure_is_that_measures_growth_on_its_basis():
    found = rows(
        "- Order intake increased 6% to SEK 9.8 billion in the third quarter; organic growth "
        "in orders was 8%.\n\nIn the third quarter, growth in net sales was 4%."
    )
    assert ("organic orders growth", "actual", Q3, 8.0, "percent") in found
    assert ("net sales growth", "actual", Q3, 4.0, "percent") in found
    assert ("order intake growth", "actual", Q3, 6.0, "percent") in found


def test_a_named_part_glossing_a_common_noun_subject_owns_the_figure():
    found = rows(
        "The aftermarket business, Field Support, is to grow to SEK 9 billion in sales by "
        "2030, the company said."
    )
    assert {r[0] for r in found if r[3] == 9_000_000_000} == {"Field Support revenue"}


MINER_DAY = date(2026, 4, 22)
MARCH_Q = "2026-01-01/2026-03-31"


def test_gold_poured_is_gold_production_and_sites_listed_after_it_are_its_parts():
    found = rows(
        "Group gold production for the December quarter was 101,200 oz.\n\n"
        "The miner poured 98,300 oz of gold in the three months to March 31, it said on\n"
        "Thursday, with North Pit contributing 61,200 oz and Kestrel Hill 37,100 oz.",
        day=MINER_DAY,
    )
    assert ("gold production", "actual", MARCH_Q, 98_300, "units") in found
    assert ("North Pit gold production", "actual", MARCH_Q, 61_200, "units") in found
    assert ("Kestrel Hill gold production", "actual", MARCH_Q, 37_100, "units") in found


def test_a_hedge_is_neither_a_sale_nor_a_realised_price():
    found = rows(
        "Group gold production for the December quarter was 101,200 oz.\n\n"
        "The Company hedged 20,000 oz at an average price of A$4,900/oz over the June quarter.",
        day=date(2026, 1, 22),
    )
    assert not [r for r in found if r[3] in (20_000, 4_900)]


def test_a_rate_against_the_quarter_before_named_by_its_month_is_sequential():
    found = rows(
        "Group gold production for the December quarter was 101,200 oz, up 3% on the\n"
        "September quarter but 11% below the December quarter FY25.",
        day=date(2026, 1, 22),
    )
    q4 = "2025-10-01/2025-12-31"
    assert ("sequential gold produced growth", "actual", q4, 3.0, "percent") in found
    assert not [r for r in found if r[0] == "gold produced growth"]


def test_almost_a_figure_is_a_bound_not_the_figure():
    found = rows("Q3 in short:\nOrders almost SEK 9 bn in the third quarter, up 6%")
    assert not [r for r in found if r[3] == 9_000_000_000]


def test_a_list_line_opened_by_a_part_with_its_initials_is_that_parts():
    found = rows(
        "Volume for 4Q25 was 38.1 million hl.\n\nPerformance by business unit in 4Q25\n\n"
        "- Coastal Region: it was registered a volume of 14.9 million hl, a growth of 2.3%.\n"
        "- Upland North (UPN): volume of 6.4 million hl, stable versus 4Q24.\n"
        "- Central Plains and the Delta (CPD): volume of 3.3 million hl.",
        day=YEAR_END_DAY,
    )
    q4 = "2025-10-01/2025-12-31"
    named = {r[0]: r for r in found if r[3] in (6_400_000, 3_300_000)}
    assert set(named) == {"Upland North volume", "Central Plains and the Delta volume"}
    assert all(r[2] == q4 for r in named.values())
