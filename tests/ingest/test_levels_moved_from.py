"""A level that "improved to X from Y" with no time of Y's own: Y is the same measure a year
before the period of X (a span of weeks 52 weeks before), as a comparison's base with no
time is read elsewhere, never dropped."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Pellory Air", ("Pellory",), FiscalCalendar.of("12-31", "start"))


def _found(body: str):
    text = f"Pellory Air traffic\nWire\n2031-04-20\n\n{body}\n"
    return extract(text, published=date(2031, 4, 20), entity=ENTITY).proposals


def test_the_level_moved_from_is_a_year_before() -> None:
    found = _found(
        "Pellory carried 4.1 million passengers in the first quarter of 2031. "
        "The load factor improved to 81.4% from 79.2%."
    )
    got = {(p.value, p.period.start.isoformat(), p.period.end.isoformat()) for p in found}
    assert (81.4, "2031-01-01", "2031-03-31") in got
    assert (79.2, "2030-01-01", "2030-03-31") in got


def test_a_base_with_its_own_time_keeps_it() -> None:
    found = _found(
        "In the first quarter of 2031 the load factor improved to 81.4% from 80.1% in the "
        "fourth quarter of 2030."
    )
    got = {(p.value, p.period.start.isoformat()) for p in found}
    assert (80.1, "2030-10-01") in got
