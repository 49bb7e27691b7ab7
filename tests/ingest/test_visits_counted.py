"""Visits counted ("The resorts recorded 9.31 million visits in 2031", "came to 6.96 million
visits", "Skier visits in the quarter were 4.21 million", "completed 402 shop visits") are
a count of their own, named by the kind of visit the text gives: on 6503b4fe "visits" was
no product, a count of nothing sold, and the figures were lost."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Corrib Leisure", ("Corrib",), FiscalCalendar.of("12-31", "start"))


def _found(sentence: str) -> set[tuple[str, float, str]]:
    text = f"Corrib Leisure update\nWire\n2032-02-25\n\n{sentence}\n"
    found = extract(text, published=date(2032, 2, 25), entity=ENTITY).proposals
    return {(p.metric, p.value, f"{p.period.start}/{p.period.end}") for p in found}


def test_visits_recorded() -> None:
    got = _found("The resorts recorded 9.31 million visits in 2031, up from 8.47 million.")
    assert ("visits", 9_310_000, "2031-01-01/2031-12-31") in got
    assert ("visits", 8_470_000, "2030-01-01/2030-12-31") in got


def test_visits_named_by_their_kind_as_the_subject() -> None:
    got = _found("Skier visits in the fourth quarter were 4.21 million.")
    assert ("skier visits", 4_210_000, "2031-10-01/2031-12-31") in got
