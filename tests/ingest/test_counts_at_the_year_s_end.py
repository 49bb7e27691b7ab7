"""A count the company "ended the year with" (or "operated at year end") is a level on the
year's last day, never a count of what it sold over the year; a count of what it acquired
is no sale. Companies invented here."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 7, 20)
CAL = FiscalCalendar.of("05-31", "end")


def _found(body: str) -> set[tuple]:
    text = (
        f"Gorsemoor Bakeries annual letter\nTest Wire\n{DAY.isoformat()}\n\n"
        f"Gorsemoor Bakeries reports fiscal 2025, the year ended May 31, 2025. {body}\n"
    )
    entity = KnownEntity("Gorsemoor Bakeries", (), CAL)
    found = extract(text, published=DAY, entity=entity).proposals
    return {(p.metric, p.period.iso(), p.value) for p in found}


def test_a_count_the_year_ended_with_is_on_the_year_s_last_day():
    found = _found("We ended the year with 8,120 subscribers, compared with 7,400 a year earlier.")
    assert ("subscribers", "2025-05-31/2025-05-31", 8120.0) in found
    assert not any("sold" in metric for metric, _, _ in found)


def test_what_the_company_operated_at_year_end_is_a_level_not_sales():
    found = _found("At year end we operated 215 bakeries in four states.")
    assert ("bakeries", "2025-05-31/2025-05-31", 215.0) in found
    assert not any(period == "2024-06-01/2025-05-31" for _, period, _ in found)


def test_a_count_acquired_is_no_sale():
    found = _found("In fiscal 2025 we acquired 16 nursing homes.")
    assert not any("sold" in metric and value == 16 for metric, _, value in found)
