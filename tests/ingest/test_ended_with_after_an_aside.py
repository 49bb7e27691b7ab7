"""A count a clause says the company ended a period with is a level on the period's last day,
also when an aside stands between ("ended the year, at 31 March 2031, with 88 ferries")."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Quillan Books", ("Quillan",), FiscalCalendar.of("03-31", "end"))


def test_ended_the_year_with_after_an_aside() -> None:
    text = (
        "Quillan results\nWire\n2031-05-20\n\n"
        "Quillan ended the year, at 31 March 2031, with 88 ferries across its two lines.\n"
    )
    found = extract(text, published=date(2031, 5, 20), entity=ENTITY).proposals
    got = {(p.value, p.period.start.isoformat(), p.period.end.isoformat()) for p in found}
    assert got == {(88, "2031-03-31", "2031-03-31")}
