"""The people a venue counts as having come ("welcomed 6.42 million guests through our
doors", "7.12 million guests visited", "the parks drew 26.4 million guests", "received 1.2
million visitors") are its attendance: on 33e093a1 "welcomed" read them as people taken on
and "visited" as a count of nothing sold, and they were lost. Guard: people welcomed as new
staff are still no figure of sales."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Harrowby Attractions", ("Harrowby",), FiscalCalendar.of("12-31", "start"))


def _found(sentence: str) -> set[tuple[str, float, str]]:
    text = f"Harrowby Attractions update\nWire\n2031-08-14\n\n{sentence}\n"
    found = extract(text, published=date(2031, 8, 14), entity=ENTITY).proposals
    return {(p.metric, p.value, f"{p.period.start}/{p.period.end}") for p in found}


def test_guests_welcomed() -> None:
    got = _found(
        "We welcomed 6.42 million guests through our doors in the second quarter, up from "
        "5.98 million a year earlier."
    )
    assert ("attendance", 6_420_000, "2031-04-01/2031-06-30") in got
    assert ("attendance", 5_980_000, "2030-04-01/2030-06-30") in got


def test_guests_who_visited_and_visitors_received() -> None:
    assert ("attendance", 7_120_000, "2031-04-01/2031-06-30") in _found(
        "In the second quarter, 7.12 million guests visited our parks."
    )
    assert ("attendance", 1_200_000, "2031-04-01/2031-06-30") in _found(
        "Our museums received 1.2 million visitors in the second quarter."
    )


def test_new_colleagues_welcomed_are_no_figure() -> None:
    assert not _found("We welcomed 300 new colleagues in the second quarter.")
