"""The calendars of other eras (bot/facts/periods/eras.py): their months in our days, from
the libraries that hold them, and which era a company's fiscal year end belongs to."""

from __future__ import annotations

from datetime import date

import pytest

from bot.facts.periods.eras import ERAS, era_name, era_year_ends, fiscal_year_ending_in


@pytest.mark.parametrize(
    ("era", "year", "month", "first", "last"),
    [
        ("bikram_sambat", 2081, 4, date(2024, 7, 16), date(2024, 8, 16)),  # Shrawan 2081
        ("bikram_sambat", 2082, 3, date(2025, 6, 15), date(2025, 7, 16)),  # Ashadh 2082
        ("ethiopian", 2017, 2, date(2024, 10, 11), date(2024, 11, 9)),  # Tikimt 2017
        ("ethiopian", 2017, 13, date(2025, 9, 6), date(2025, 9, 10)),  # Pagume 2017
        ("solar_hijri", 1403, 10, date(2024, 12, 21), date(2025, 1, 19)),  # Dey 1403
    ],
)
def test_a_month_of_an_era_in_our_days(era, year, month, first, last) -> None:
    assert ERAS[era].month_span(year, month) == (first, last)


def test_an_era_fiscal_year_is_its_countrys_or_the_companys() -> None:
    # EFY 2017: Hamle 2016 to Sene 2017; 2081/82: Shrawan 2081 to Ashadh 2082
    assert fiscal_year_ending_in(ERAS["ethiopian"], 2017, None) == (
        date(2024, 7, 8),
        date(2025, 7, 7),
    )
    assert fiscal_year_ending_in(ERAS["bikram_sambat"], 2082, None) == (
        date(2024, 7, 16),
        date(2025, 7, 16),
    )
    # 1404: Iran's year to Esfand, or a company's to Shahrivar
    sh = ERAS["solar_hijri"]
    assert fiscal_year_ending_in(sh, 1404, None) == (date(2025, 3, 21), date(2026, 3, 20))
    assert fiscal_year_ending_in(sh, 1404, "09-22") == (date(2024, 9, 23), date(2025, 9, 22))


def test_years_that_renumber_ours() -> None:
    assert ERAS["buddhist"].common_year(2567) == 2024
    assert ERAS["reiwa"].common_year(6) == 2024
    assert ERAS["minguo"].common_year(113) == 2024
    assert ERAS["buddhist"].common_year(2025) is None  # (1482: no year figures are asked of)


@pytest.mark.parametrize(
    ("year_end", "eras"),
    [
        ("07-16", {"bikram_sambat"}),
        ("07-15", {"bikram_sambat"}),
        ("07-07", {"ethiopian"}),
        ("07-08", {"ethiopian"}),  # (the day the next year begins)
        ("03-20", {"solar_hijri"}),
        ("09-22", {"solar_hijri"}),  # (Shahrivar's end)
        ("03-31", set()),
        ("12-31", set()),
        ("06-30", set()),
        ("02-28", set()),
    ],
)
def test_the_era_a_fiscal_year_end_belongs_to(year_end, eras) -> None:
    assert set(era_year_ends([year_end])) == eras


@pytest.mark.parametrize(
    ("start", "end", "year_end", "named"),
    [
        (date(2024, 7, 16), date(2025, 7, 16), "07-16", "FY 2081/82"),
        (date(2024, 7, 8), date(2025, 7, 7), "07-07", "EFY 2017"),
        (date(2024, 3, 20), date(2025, 3, 20), "03-20", "FY 1403"),
        (date(2024, 12, 21), date(2025, 1, 19), "03-20", "Dey 1403"),
        (date(2024, 7, 16), date(2024, 8, 16), "07-16", "Shrawan 2081"),
        (date(2024, 7, 16), date(2024, 10, 16), "07-16", None),  # (a quarter: ours names it)
        (date(2024, 1, 1), date(2024, 12, 31), "12-31", None),  # (no era)
    ],
)
def test_a_span_named_in_its_era(start, end, year_end, named) -> None:
    assert era_name(start, end, year_end) == named
