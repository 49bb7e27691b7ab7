"""A question's years and months of another era written in ours before the period grammar
reads them (bot/answering/reading/era_years.py): what each form becomes, and the numbers
that stay as they are."""

from __future__ import annotations

import pytest

from bot.facts.periods.era_years import in_common_era

NONE: dict[str, str | None] = {}
NEPALI, ETHIOPIAN, IRANIAN = {"bikram_sambat": None}, {"ethiopian": None}, {"solar_hijri": None}


@pytest.mark.parametrize(
    ("counted", "question", "read"),
    [
        (NONE, "output FY 2081/82?", "output FY2024/25?"),  # (never a year of ours)
        (NONE, "output 2081-82 vs 2080-81", "output FY2024/25 vs FY2023/24"),
        (NEPALI, "q1 81/82 revenue", "q1 FY2024/25 revenue"),
        (NEPALI, "tariff fy81/82", "tariff FY2024/25"),
        (NEPALI, "output shrawan to ashwin 2081", "output 16 July 2024 - 16 October 2024"),
        (NEPALI, "output kartik-poush 2081", "output 17 October 2024 - 13 January 2025"),
        (NEPALI, "profit for the year ended ashadh 2081", "profit for the year ended 15 July 2024"),
        (NEPALI, "net worth at ashwin end 2081", "net worth at 16 October 2024"),
        (NEPALI, "output bhadra and ashwin 2082", "output 17 August 2025 - 17 October 2025"),
        (
            NEPALI,
            "output in H2 FY 2081/82 (magh to ashadh)",
            "output in H2 FY2024/25 (14 January 2025 - 16 July 2025)",
        ),
        (NONE, "exports in EFY 2017", "exports in FY2024/25"),
        (NONE, "exports 2016 EC fiscal year", "exports FY2023/24"),
        (ETHIOPIAN, "exports efy17", "exports FY2024/25"),
        (NONE, "exports tikimt to tahsas 2017", "exports 11 October 2024 - 8 January 2025"),
        (NONE, "farmers at end of meskerem 2018", "farmers at 10 October 2025"),
        (IRANIAN, "revenue 1403", "revenue FY2024/25"),
        (IRANIAN, "h1 1404 net profit", "h1 FY2025/26 net profit"),
        ({"solar_hijri": "09-22"}, "revenue fy1404", "revenue FY2024/25"),  # (to Shahrivar)
        ({"solar_hijri": "09-22"}, "growth fiscal 1404 %", "growth FY2024/25 %"),
        (NONE, "sales to 31/06/1404", "sales to 22 September 2025"),
        (
            NONE,
            "sales for the year ended 31 shahrivar 1404",
            "sales for the year ended 22 September 2025",
        ),
        (NONE, "net profit growth 2567 vs 2566", "net profit growth 2024 vs 2023"),
        (NONE, "volume growth B.E. 2567 vs 2566", "volume growth 2024 vs 2023"),
        (NONE, "revenue iranian year 1402", "revenue FY2023/24"),
        (NONE, "tiles sold in dey 1403", "tiles sold in 21 December 2024 - 19 January 2025"),
        (IRANIAN, "sales 10 months to dey 1403", "sales 10 months to 19 January 2025"),
        (
            NONE,
            "sales dey and esfand 1403",  # (two months apart: each its own)
            "sales 21 December 2024 - 19 January 2025 and 19 February 2025 - 20 March 2025",
        ),
        (NONE, "thai revenue b.e. 2567", "thai revenue 2024"),
        (NONE, "net sales FY R6 vs FY R5", "net sales FY2024/25 vs FY2023/24"),
        (NONE, "revenue reiwa 6", "revenue 2024"),
        (NONE, "chijin 民國113年8月 revenue", "chijin August 2024 revenue"),
        (NONE, "revenue 民國114年", "revenue 2025"),
        (
            NONE,
            "how much did chijin bring in for 114/08",
            "how much did chijin bring in for August 2025",
        ),
        (NONE, "令和6年度 net sales", "FY2024/25 net sales"),
    ],
)
def test_another_eras_years_in_ours(counted, question, read) -> None:
    assert in_common_era(question, counted) == read


@pytest.mark.parametrize(
    ("counted", "question"),
    [
        (NONE, "revenue 1403"),  # (no company counts Iranian years)
        (NONE, "revenue 81/82"),
        (NEPALI, "revenue 24/25"),  # (ours, of this decade)
        (IRANIAN, "did sales pass 1400 units in 2024"),
        (IRANIAN, "revenue rs 1403 crore"),
        (IRANIAN, "revenue over 1403"),
        (NONE, "will revenue in 2025 be higher"),
        (NONE, "revenue fy h1 2025"),
        (NONE, "sony revenue 2024/25"),
    ],
)
def test_numbers_that_stay_ours(counted, question) -> None:
    assert in_common_era(question, counted) == question
