"""A report that writes its decimals with a comma ("up 4,2%") groups its thousands with a
point, in prose and in tables: "ended March with 2.318 pharmacies" is 2,318 of them and
"Boxes sold  418.500" 418,500 (point_groups.py). Before, each was read as a decimal (2.318
pharmacies). Guard: a report that writes "4.2%" keeps "2.318" as written. Invented company;
fails on the code before."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

BOTICA = KnownEntity("Botica Serrana", ("Serrana",), CALENDAR)
DAY = date(2025, 5, 7)


def values(body: str) -> set[float]:
    return {p.value for p in proposals(body, BOTICA, DAY, "Botica Serrana 1T25")}


def test_a_count_in_prose_grouped_with_a_point():
    found = values(
        "Botica Serrana's net revenue grew 11,4% in the first quarter, and same-store sales "
        "rose 6,8%. The chain ended March 2025 with 2.318 pharmacies, after opening 41 in "
        "the quarter.\n"
    )
    assert 2318 in found
    assert 2.318 not in found


def test_a_table_row_grouped_with_a_point():
    found = values(
        "Gross margin was 29,1% (1T24: 28,7%).\n\n"
        "Volumes                          1T25          1T24\n"
        "Boxes sold                    418.500       402.250\n"
    )
    assert 418_500 in found
    assert 402_250 in found


def test_a_report_with_decimal_points_keeps_them():
    # guard: a report writing "4.2%" writes its decimals with a point
    found = values(
        "Botica Serrana's net revenue grew 4.2% and same-store sales rose 3.1%. Average "
        "basket weight was 2.318 kilograms, against 2.250 kilograms a year ago, up 3,0%.\n"
    )
    assert 2318 not in found
