"""A wire's shorthand "X VS Y": Y is the same measure a year before X's period (unless it
says its own time, "VS Y YR AGO"); a bullet opening on "39 wks" counts the year's first 39
weeks, not the quarter."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Brannock Tools", ("Brannock",), FiscalCalendar.of("12-31", "start"))


def _found(body: str):
    text = f"BRIEF-Brannock Tools Q2\nWire\n2031-07-28\n\n{body}\n"
    return extract(text, published=date(2031, 7, 28), entity=ENTITY).proposals


def _got(body: str) -> set[tuple[float, str]]:
    return {(p.value, p.period.start.isoformat()) for p in _found(body)}


def test_a_wire_base_is_a_year_before() -> None:
    got = _got("* Q2 2031 GROSS PROFIT EUR 231.9 MLN VS EUR 244.6 MLN")
    assert (231_900_000, "2031-04-01") in got
    assert (244_600_000, "2030-04-01") in got


def test_a_base_with_its_own_time_keeps_it() -> None:
    got = _got("* Q2 2031 NET SALES EUR 402.6 MLN VS EUR 398.0 MLN IN Q1 2031")
    assert (398_000_000, "2030-04-01") not in got


def test_a_bullet_opening_on_39_wks_is_the_year_s_first_39_weeks() -> None:
    text = (
        "BRIEF-Brannock Tools Q3\nWire\n2031-10-28\n\n"
        "* Q3 2031 drills shipped 68,200 vs 70,900\n"
        "* 39 wks shipments 186,600 units vs 180,600\n"
    )
    found = extract(text, published=date(2031, 10, 28), entity=ENTITY).proposals
    got = {(p.value, p.period.start.isoformat(), p.period.end.isoformat()) for p in found}
    assert (186_600, "2031-01-01", "2031-09-30") in got
    assert (180_600, "2030-01-01", "2030-09-30") in got
