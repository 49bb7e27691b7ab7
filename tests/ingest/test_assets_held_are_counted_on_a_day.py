"""Places and assets a company holds are counted on a day, as its stores are: "Locations:
318", "Digital screens: 2,410", "Wagons owned: 4,220", "containers on hire" in a year's
results are levels at the year's end, never counts over the year. On 8cd1ae9 these nouns
were read as the year's counts."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Halyard Media", ("Halyard",), FiscalCalendar.of("12-31", "end"))
YEAR_END = Period(date(2030, 12, 31), date(2030, 12, 31))

TEXT = """Halyard Media full-year 2030 results
Press releases
2031-02-27

Halyard Media today reported results for the year ended 31 December 2030.

Network at a glance
• Digital screens: 2,410
• Locations: 318
• Wagons owned: 4,220
"""


def _found() -> dict[float, tuple[str, Period]]:
    found = extract(TEXT, published=date(2031, 2, 27), entity=ENTITY).proposals
    return {p.value: (p.metric, p.period) for p in found}


def test_screens_and_locations_are_counted_at_the_year_end() -> None:
    got = _found()
    assert got[2410][1] == YEAR_END
    assert got[318][1] == YEAR_END


def test_what_is_owned_is_counted_at_the_year_end() -> None:
    assert _found()[4220][1] == YEAR_END
