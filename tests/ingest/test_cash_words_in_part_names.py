"""A part named by how a sale was paid for ("Customer-owned (cash and loan)" under "Megawatts
installed") had been read as a level of cash held, counted on the quarter's last day: the
quarter's installations were proposed for one day, a wrong period. Only cash the company
holds ("Cash and cash equivalents") is counted on a day."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Brightfen Solar", ("Brightfen",), CALENDAR)
RELEASE = """Brightfen Solar second quarter
Brightfen Solar Inc
2031-08-06

Second Quarter Highlights

                                        Q2 2031       Q2 2030
  Megawatts installed (MW)                  98.4         82.7
    Customer-owned (cash and loan)           61.2          53.9
    Third-party owned (lease and PPA)        37.2          28.8
  Cash and cash equivalents ($m)           212.0         188.5
"""


def _periods() -> dict[float, tuple[date, date]]:
    found = extract(RELEASE, published=date(2031, 8, 6), entity=ENTITY).proposals
    return {p.value: (p.period.start, p.period.end) for p in found}


def test_a_part_paid_in_cash_is_installed_over_the_quarter() -> None:
    assert _periods()[61.2] == (date(2031, 4, 1), date(2031, 6, 30))


def test_cash_held_is_counted_on_the_day() -> None:
    assert _periods()[212_000_000] == (date(2031, 6, 30), date(2031, 6, 30))
