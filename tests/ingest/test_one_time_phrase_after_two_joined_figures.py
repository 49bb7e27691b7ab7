"""Two figures joined by "and" under one time phrase after the second ("opened 90 bakeries
and closed 23 in 2031", "sold 4,100 ovens and 2,300 mixers in 2031"): the phrase ends the
clause both stand in, so it is the first one's time too. Before, the first took the period
the report was talking about (a quarter) and only the second the year. Guards: a figure
with a time of its own keeps it ("4,100 ovens in the quarter and 12,300 in 2031"), and a
base after "compared with" shares nothing. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2032, 2, 10)
ENTITY = KnownEntity("Brackenmoor Mills", ("Brackenmoor",), CALENDAR)
LEAD = "Brackenmoor Mills reported results for the fourth quarter of 2031 on Tuesday.\n\n"
YEAR = "2031-01-01/2031-12-31"
QUARTER = "2031-10-01/2031-12-31"


def _periods(body: str) -> dict[float, str]:
    text = f"Brackenmoor Mills results\nTest Wire\n{DAY.isoformat()}\n\n{LEAD}{body}\n"
    found = extract(text, published=DAY, entity=ENTITY).proposals
    return {p.value: p.period.iso() for p in found}


def test_openings_and_closures_in_a_year() -> None:
    got = _periods("Brackenmoor opened 90 bakeries and closed 23 in 2031.")
    assert got[90] == YEAR and got[23] == YEAR


def test_two_products_sold_in_a_year() -> None:
    got = _periods("Brackenmoor sold 4,100 ovens and 2,300 mixers in 2031.")
    assert got[4_100] == YEAR and got[2_300] == YEAR


def test_a_figure_with_its_own_time_keeps_it() -> None:
    # guard
    got = _periods("Brackenmoor sold 4,100 ovens in the quarter and 12,300 ovens in 2031.")
    assert got[4_100] == QUARTER and got[12_300] == YEAR
