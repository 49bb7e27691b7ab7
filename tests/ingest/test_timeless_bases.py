"""The base of a comparison with no time of its own ("..., up from 3.9 million") is the same
measure a year earlier, or the period just before when the sentence compares sequentially;
a base whose time is named after it keeps that time (an invented bus operator's notes)."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Torvane Coaches", ("Torvane",), FiscalCalendar(end_month=6, end_day=30))


def _found(text: str) -> dict[float, Period]:
    found = extract(text, published=date(2025, 8, 20), entity=ENTITY).proposals
    return {p.value: p.period for p in found}


def test_a_timeless_base_is_the_year_before():
    text = (
        "Torvane results\nTorvane newsroom\n2025-08-20\n\n"
        "- Torvane carried 4.2 million passengers in fiscal 2025, up from 3.9 million\n"
    )
    periods = _found(text)
    assert periods[4_200_000] == Period(date(2024, 7, 1), date(2025, 6, 30))
    assert periods[3_900_000] == Period(date(2023, 7, 1), date(2024, 6, 30))


def test_a_sequential_base_is_the_quarter_before():
    text = (
        "Torvane quarterly update\nTorvane newsroom\n2025-08-20\n\n"
        "Torvane carried 1.1 million passengers in the June quarter, up sequentially from "
        "0.95 million.\n"
    )
    periods = _found(text)
    assert periods[1_100_000] == Period(date(2025, 4, 1), date(2025, 6, 30))
    assert periods[950_000] == Period(date(2025, 1, 1), date(2025, 3, 31))


def test_a_base_with_its_own_time_keeps_it():
    text = (
        "Torvane results\nTorvane newsroom\n2025-08-20\n\n"
        "Coach revenue was A$412 million in fiscal 2025, compared with A$398 million in "
        "fiscal 2023.\n"
    )
    periods = _found(text)
    assert periods[412_000_000] == Period(date(2024, 7, 1), date(2025, 6, 30))
    assert periods[398_000_000] == Period(date(2022, 7, 1), date(2023, 6, 30))
