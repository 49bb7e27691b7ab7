"""Rupees that are not India's: "Rs 41.8 crore" in the report of a company that counts its
years in Nepal's era (a year to Ashadh's end) is in Nepalese rupees, and in a report that
names Sri Lanka more often than India, in Sri Lankan rupees. Before, every "Rs" was India's.
Guard: an Indian company's report that names Pakistan once keeps its Indian rupees, and so
does a figure written "₹"."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR, FiscalCalendar
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

NEPALI = KnownEntity("Gurkhali Hydro", ("Gurkhali",), FiscalCalendar(7, 16, "end"))
LANKAN = KnownEntity("Kelani Leasing", ("Kelani",), FiscalCalendar(3, 31, "end"))
INDIAN = KnownEntity("Sabarmati Cables", ("Sabarmati",), FiscalCalendar(3, 31, "end"))


def _units(body: str, entity: KnownEntity, title: str) -> dict[float, str]:
    return {p.value: p.unit for p in proposals(body, entity, date(2025, 8, 14), title)}


def test_a_company_counting_in_nepals_era_writes_nepalese_rupees() -> None:
    got = _units(
        "Gurkhali Hydro's net profit was Rs 41.8 crore in FY 2081/82.",
        NEPALI,
        "Gurkhali Hydro annual results",
    )
    assert got[418_000_000] == "NPR"


def test_a_report_naming_sri_lanka_writes_its_rupees() -> None:
    got = _units(
        "COLOMBO, Sri Lanka -- Kelani Leasing, one of Sri Lanka's largest finance companies, "
        "said its net profit for the year to March was Rs 2.4 billion.",
        LANKAN,
        "Kelani Leasing annual results",
    )
    assert got[2_400_000_000] == "LKR"


def test_an_indian_report_naming_pakistan_once_keeps_indian_rupees() -> None:
    got = _units(
        "Sabarmati Cables, which exports to Pakistan, said its net profit for the year to "
        "March was Rs 240 crore, and its Indian order book stood at ₹1,200 crore.",
        INDIAN,
        "Sabarmati Cables annual results",
    )
    assert got[2_400_000_000] == "INR"


def test_a_calendar_company_counting_in_ours_keeps_indian_rupees() -> None:
    entity = KnownEntity("Sabarmati Cables", ("Sabarmati",), CALENDAR)
    got = _units(
        "Sabarmati Cables said its net profit for 2024 was Rs 240 crore.",
        entity,
        "Sabarmati Cables annual results",
    )
    assert got[2_400_000_000] == "INR"
