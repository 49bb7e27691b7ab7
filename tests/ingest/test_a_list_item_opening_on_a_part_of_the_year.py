"""A list item that opens on a part of the period the list is about ("• Q4 2025 revenue
EUR 61.2m" in a list of the year's highlights) labels that item's figure alone: the items
after it are still the year's. Before, the quarter carried on to every later item. Guards:
items under a quarter's lead-in stay the quarter's, and an item opening on a longer period
than the list's moves the list to it, as before. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2026, 3, 5)


def periods(body: str) -> dict[float, str]:
    text = f"Veldmark Signs - results presentation\nTest Slides\n{DAY.isoformat()}\n\n{body}\n"
    found = extract(
        text, published=DAY, entity=KnownEntity("Veldmark Signs", (), CALENDAR)
    ).proposals
    return {p.value: p.period.iso() for p in found}


def test_items_after_one_opening_on_the_quarter_are_the_years():
    found = periods(
        "Full year 2025 at a glance\n"
        "• Revenue EUR 214.8m, up 6.1% (2024: EUR 202.4m)\n"
        "• Q4 2025 revenue EUR 61.2m\n"
        "• EBITDA EUR 48.3m, margin 22.5%\n"
        "• Online bookings = 37.9% of revenue\n"
    )
    assert found[61_200_000] == "2025-10-01/2025-12-31"
    assert found[48_300_000] == "2025-01-01/2025-12-31"
    assert found[22.5] == "2025-01-01/2025-12-31"
    assert found[37.9] == "2025-01-01/2025-12-31"


def test_items_under_a_quarters_lead_in_stay_the_quarters():
    found = periods("Fourth quarter 2025:\n• Revenue EUR 61.2m\n• EBITDA EUR 14.1m\n")
    assert found[61_200_000] == "2025-10-01/2025-12-31"
    assert found[14_100_000] == "2025-10-01/2025-12-31"


def test_an_item_opening_on_the_year_after_quarter_items_moves_the_list():
    found = periods(
        "Fourth quarter 2025 at a glance\n"
        "• Revenue EUR 61.2m\n"
        "• FY2025 revenue EUR 214.8m\n"
        "• EBITDA EUR 48.3m\n"
    )
    assert found[61_200_000] == "2025-10-01/2025-12-31"
    assert found[214_800_000] == "2025-01-01/2025-12-31"
    assert found[48_300_000] == "2025-01-01/2025-12-31"


def test_items_nested_under_an_item_opening_on_the_quarter_are_the_quarters():
    # guard: the item's period is its nested parts' too
    found = periods(
        "Our 2025 numbers are final:\n"
        "- Revenue: EUR 214.8m\n"
        "- Q4 revenue: EUR 61.2m\n"
        "    - signs EUR 40.1m\n"
        "    - lighting EUR 21.1m\n"
    )
    assert found[40_100_000] == "2025-10-01/2025-12-31"
    assert found[21_100_000] == "2025-10-01/2025-12-31"
