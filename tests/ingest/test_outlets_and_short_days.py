"""Clinics, centres, cafés, gyms, salons, dealerships and campuses are outlets a chain opens,
closes and counts at a day, as it does its stores; "AT SEPT 28" after a word of a day is
that day, never September 2028."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.timing import find_times

ENTITY = KnownEntity("Oxwell Care", ("Oxwell",), FiscalCalendar.of("12-31", "start"))


def _found(body: str):
    text = f"Oxwell Care results\nWire\n2031-01-20\n\n{body}\n"
    return extract(text, published=date(2031, 1, 20), entity=ENTITY).proposals


def test_clinics_opened_and_closed() -> None:
    got = {(p.metric, p.value) for p in _found("In 2030 we opened 49 clinics and closed 5.")}
    assert got == {("clinic openings", 49), ("clinic closures", 5)}


def test_centres_opened_acquired_and_closed() -> None:
    got = {(p.metric, p.value) for p in _found("In 2030 we opened 19 centres and closed 3.")}
    assert ("centre openings", 19) in got
    assert ("centre closures", 3) in got


def test_a_short_month_and_a_number_after_at_is_a_day() -> None:
    (t,) = find_times("CENTRES IN OPERATION AT SEPT 28: 145", date(2030, 11, 5))
    assert (t.mode, t.day) == ("day", date(2030, 9, 28))


def test_a_short_month_and_two_digits_alone_is_still_a_month() -> None:
    (t,) = find_times("plan for Aug 25", date(2025, 11, 5))
    assert t.mode == "absolute"


def test_a_dateline_s_short_month_and_number_is_the_day() -> None:
    times = find_times(
        "NEW YORK, Feb 25 — Oxwell said net revenue for 2030 rose", date(2031, 2, 25)
    )
    assert (times[0].mode, times[0].day) == ("day", date(2031, 2, 25))


def test_yen_per_dollar_is_an_exchange_rate() -> None:
    found = _found(
        "* Keeps FY 2030 ordinary profit view of about 52 bln yen\n"
        "* NOTE: ORDINARY PROFIT VIEW EQUALS ABOUT $340 MLN AT 150 YEN PER DLR"
    )
    assert not any(p.value == 150 for p in found)
