"""A count its subject names by what was done to the things counted ("Cabin nights booked
in the quarter were ..."), and a change's base period ("up 6% from X in the first quarter
of fiscal 2024") that never becomes the period the text goes on about. Companies and
sentences invented here."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

JUNE_YEARS = FiscalCalendar.of("06-30", "end")
DAY = date(2025, 11, 4)  # the fiscal first quarter (July - September 2025) has just closed
QUARTER = "2025-07-01/2025-09-30"
YEAR_AGO = "2024-07-01/2024-09-30"


def rows(body: str) -> set[tuple]:
    name = "Lakeward Lodges"
    text = f"{name} fiscal 2026 first-quarter notes\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity(name, ("Lakeward",), JUNE_YEARS)
    found = extract(text, published=DAY, entity=entity).proposals
    return {(p.metric, p.period.iso(), p.value, p.unit) for p in found}


def test_a_count_named_by_what_was_done_to_the_things_counted():
    found = rows("Cabin nights booked in the quarter were 2.3 million.")
    assert found == {("cabin nights booked", QUARTER, 2.3e6, "units")}


def test_the_base_of_a_change_is_not_the_period_the_text_goes_on_about():
    found = rows(
        "- Cabin nights booked in the quarter were 2.3 million, up 6% from 2.17 million in "
        "the first quarter of fiscal 2025.\n"
        "- Revenue was $184 million, against $171 million in the year-ago quarter."
    )
    assert ("revenue", QUARTER, 184e6, "USD") in found
    assert ("revenue", YEAR_AGO, 171e6, "USD") in found
