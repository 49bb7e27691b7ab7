"""A level at a month's last day set against "a year earlier" is of that month's last day a
year before, a leap year's 29 February included (28 February 2024 is no month end, and a
stored day off a month end had later made a whole-month company read as a week calendar).
Companies invented here."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 4, 10)
CAL = FiscalCalendar.of("08-31", "end")


def _found(body: str) -> set[tuple]:
    text = f"Tallowmere Colleges half-year update\nTest Wire\n{DAY.isoformat()}\n\n{body}\n"
    entity = KnownEntity("Tallowmere Colleges", (), CAL)
    found = extract(text, published=DAY, entity=entity).proposals
    return {(p.metric, p.period.iso(), p.value) for p in found}


def test_a_level_at_february_s_end_a_year_earlier_is_at_the_leap_day():
    found = _found(
        "Tallowmere's headcount of learners was 52,400 on February 28, 2025, "
        "against 49,900 a year earlier."
    )
    periods = {period for _, period, value in found if value == 49900}
    assert periods == {"2024-02-29/2024-02-29"}


def test_a_level_at_another_month_end_a_year_earlier_keeps_its_day():
    found = _found(
        "Tallowmere's headcount of learners was 52,400 on November 30, 2024, "
        "against 49,900 a year earlier."
    )
    periods = {period for _, period, value in found if value == 49900}
    assert periods == {"2023-11-30/2023-11-30"}
