"""A running total since a launch that began on a month's first day ("since its launch in
March 2001") runs to the end of the week-counted quarter the report is about, as one that
began on another day does."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Quarrow Games", ("Quarrow",), FiscalCalendar.of("12-31", "start"))


def test_a_running_total_ends_on_the_week_quarter_s_last_day() -> None:
    text = (
        "Quarrow Games third-quarter results\nWire\n2031-10-23\n\n"
        "Quarrow Games reported results for the third quarter ended September 27, 2031. "
        "Net sales were $912 million.\n\n"
        "The company said its Tumbler line has now sold 1.2 billion sets since its launch "
        "in March 2001.\n"
    )
    found = extract(text, published=date(2031, 10, 23), entity=ENTITY).proposals
    got = {(p.value, p.period.start.isoformat(), p.period.end.isoformat()) for p in found}
    assert (1_200_000_000, "2001-03-01", "2031-09-27") in got
