""" "During the year" and "throughout the year" name the whole year, as "in the year" and
"for the year" do: in a report about a fourth quarter, "During the year it opened 90
bakeries and closed 23" and "completed 2.51 million deliveries during the year" are the
year's. Before, the words named no time, and the figures took the quarter the report was
talking about (or the day a level beside them was held on). Guard: "in the year to date"
is no whole year. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2032, 2, 10)
ENTITY = KnownEntity("Brackenmoor Mills", ("Brackenmoor",), CALENDAR)
LEAD = "Brackenmoor Mills reported results for the fourth quarter of 2031 on Tuesday.\n\n"
YEAR = "2031-01-01/2031-12-31"


def _periods(body: str) -> dict[float, str]:
    text = f"Brackenmoor Mills results\nTest Wire\n{DAY.isoformat()}\n\n{LEAD}{body}\n"
    found = extract(text, published=DAY, entity=ENTITY).proposals
    return {p.value: p.period.iso() for p in found}


def test_openings_during_the_year() -> None:
    got = _periods("During the year Brackenmoor opened 90 bakeries and closed 23.")
    assert got[90] == YEAR and got[23] == YEAR


def test_a_flow_during_the_year_beside_a_level_on_its_last_day() -> None:
    got = _periods(
        "Brackenmoor ended the year with 3,978 customer contracts, and its drivers completed "
        "2.51 million deliveries during the year."
    )
    assert got[2_510_000] == YEAR
    assert got[3_978] == "2031-12-31/2031-12-31"


def test_throughout_the_year() -> None:
    got = _periods("Throughout the year, flour revenue rose 4% to EUR 120 million.")
    assert got[120_000_000] == YEAR


def test_the_year_to_date_is_no_whole_year() -> None:
    # guard: a span of its own
    got = _periods("In the year to date, Brackenmoor has opened 31 bakeries.")
    assert got.get(31) != YEAR
