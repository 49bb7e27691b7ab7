"""Years and months of another era in a report: a Nepali company's "FY 2081/82" is its year
from Shrawan 1 2081 to Ashadh's end 2082 (16 July 2024 to 16 July 2025), "at Ashwin end
2081" the day Ashwin ended, an Ethiopian company's "H1 EFY 2017" the half from Hamle 1 to
Tahsas' end, an Iranian company's bare "1403" its year, a Thai company's "B.E. 2567" 2024,
a Taiwanese filing's "民國113年" 2024. Periods the company's calendar counts ("the first
quarter", "the first six months") fall on the era's month boundaries, never on ours.
Before, the era's years were read as ours (a fiscal year 2081) or not at all, and the
periods were whole months of ours. Guard: a company counting in ours keeps our months."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import OSTRANDER, named_and_dated

NEPALI = KnownEntity("Gurkhali Hydro", ("Gurkhali",), FiscalCalendar(7, 16, "end"))
ETHIOPIAN = KnownEntity("Sidamo Bean Export", ("Sidamo Bean",), FiscalCalendar(7, 7, "end"))
IRANIAN = KnownEntity("Zagros Glassworks", ("Zagros",), FiscalCalendar(3, 20, "end"))
THAI = KnownEntity("Chaophraya Poultry", ("Chaophraya",), FiscalCalendar(12, 31, "start"))


def test_a_nepali_fiscal_year_and_its_quarter() -> None:
    got = named_and_dated(
        "Gurkhali Hydro reported net profit of Rs 41.8 crore for FY 2081/82, down from "
        "Rs 58.3 crore in FY 2080/81. In the first quarter of FY 2082/83 its revenue was "
        "Rs 40.2 crore. Borrowings stood at Rs 120 crore at Ashwin end 2081.",
        NEPALI,
        date(2025, 12, 1),
        "Gurkhali Hydro annual results",
    )
    assert got[418_000_000][1] == "2024-07-16/2025-07-16"
    assert got[583_000_000][1] == "2023-07-17/2024-07-15"
    assert got[402_000_000][1] == "2025-07-17/2025-10-17"
    assert got[1_200_000_000][1] == "2024-10-16/2024-10-16"


def test_the_first_six_months_of_a_nepali_year() -> None:
    got = named_and_dated(
        "Gurkhali Hydro earned a net profit of Rs 19.6 crore in the first six months of the "
        "fiscal year, against Rs 31.8 crore in the same period of the last fiscal year.",
        NEPALI,
        date(2025, 2, 18),
        "Gurkhali Hydro half-year profit falls",
    )
    assert got[196_000_000][1] == "2024-07-16/2025-01-13"
    assert got[318_000_000][1] == "2023-07-17/2024-01-14"


def test_an_ethiopian_half_year() -> None:
    got = named_and_dated(
        "Sidamo Bean Export's revenue was ETB 5.12 billion in H1 EFY 2017, against "
        "ETB 1.66 billion in H1 EFY 2016.",
        ETHIOPIAN,
        date(2025, 1, 21),
        "Sidamo Bean Export first-half shipments",
    )
    assert got[5_120_000_000][1] == "2024-07-08/2025-01-08"
    assert got[1_660_000_000][1] == "2023-07-08/2024-01-09"


def test_a_bare_solar_hijri_year() -> None:
    got = named_and_dated(
        "Zagros Glassworks sold 6,012,400 square metres of glass in 1403, against "
        "5,788,100 square metres in 1402.",
        IRANIAN,
        date(2025, 5, 12),
        "Zagros Glassworks annual sales",
    )
    assert got[6_012_400][1] == "2024-03-20/2025-03-20"
    assert got[5_788_100][1] == "2023-03-21/2024-03-19"


def test_a_buddhist_era_year() -> None:
    got = named_and_dated(
        "Chaophraya Poultry's revenue was 42.6 billion baht in B.E. 2567.",
        THAI,
        date(2025, 2, 20),
        "Chaophraya Poultry results",
    )
    assert got[42_600_000_000][1] == "2024-01-01/2024-12-31"


def test_a_company_counting_in_ours_keeps_our_months() -> None:
    got = named_and_dated(
        "Ostrander Mills' revenue was $412.0 million in the first six months of 2025.",
        OSTRANDER,
        date(2025, 8, 1),
        "Ostrander Mills results",
    )
    assert got[412_000_000][1] == "2025-01-01/2025-06-30"
