"""A figure told of a week or a day inside its period ("The 53rd week of FY2030 contributed
9.8 million parcels", "the extra week ..., which contributed about EUR 61 million", "On Cyber
Monday our network handled ...", "delivered 3,120 parcels by drone on Diwali day") had been
proposed for the whole year or quarter around it: a wrong figure for the period. It is left
out; the period's own figures stay."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Tarnwick Parcel", ("Tarnwick",), FiscalCalendar.of("03-31", "end"))
REPORT = """Tarnwick Parcel annual report
Tarnwick Parcel N.V.
2031-05-20

Tarnwick delivered 512.4 million parcels in the year to March 31, 2031. The 53rd week of the
prior year (23 to 29 March 2030) contributed 9.8 million parcels to the prior-year figure.
Revenue for the year was EUR 3,912 million, excluding the extra week in the prior year, which
contributed about EUR 61 million. On Cyber Monday (December 2) our network handled 21.3 million
parcels. We alone delivered 3,120 parcels by drone on Diwali day. Volume in the fourth quarter
was 140.2 million parcels.
"""


def _values() -> set[float]:
    found = extract(REPORT, published=date(2031, 5, 20), entity=ENTITY).proposals
    return {p.value for p in found}


def test_a_week_or_a_day_inside_the_period_is_left_out() -> None:
    values = _values()
    assert not values & {9_800_000, 61_000_000, 21_300_000, 3_120}, values


def test_the_periods_own_figures_stay() -> None:
    assert {512_400_000, 3_912_000_000, 140_200_000} <= _values()
