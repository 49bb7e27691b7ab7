"""A rate its own words pin to a day is of that day, never the quarter's: "berth occupancy
stood at 91.4% at the end of the quarter", "the load factor stood at 83.2% on September
30", "Occupancy at 30 September 2031 stood at 94.1%". On 8cd1ae9 each was read for the
whole quarter (only "91.4% at 30 September" was a day's). Guard: a rate for the quarter
("average ... occupancy was 88.0% for the quarter") keeps the quarter."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Period
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Tollan Marinas", ("Tollan",), FiscalCalendar.of("12-31", "end"))
DAY = Period(date(2031, 9, 30), date(2031, 9, 30))

TEXT = """Tollan Marinas third-quarter 2031 results
Press releases
2031-10-28

Tollan Marinas reported its results for the third quarter of 2031.

Berth occupancy stood at 91.4% at the end of the quarter.
The charter fleet's load factor stood at 83.2% on September 30, and bookings held up.
Dry-stack occupancy at 30 September 2031 stood at 94.1%, above the summer's.
Average visitor berth occupancy was 88.0% for the quarter.
"""


def _periods() -> dict[float, Period]:
    found = extract(TEXT, published=date(2031, 10, 28), entity=ENTITY).proposals
    return {p.value: p.period for p in found}


def test_at_the_end_of_the_quarter_and_on_a_day() -> None:
    got = _periods()
    assert got[91.4] == DAY
    assert got[83.2] == DAY


def test_a_subject_dated_at_a_day() -> None:
    assert _periods()[94.1] == DAY


def test_an_average_for_the_quarter_keeps_the_quarter() -> None:
    assert _periods()[88.0] == Period(date(2031, 7, 1), date(2031, 9, 30))
