"""A table row measured in a unit of power, energy or mass ("Capacity installed (MW)  52.4",
"Average system size (kW)  7.3") is what it names, kept in that unit as prose names it
("capacity installed (MW)"); on 3f25a2a such rows named no metric and were lost. Guard: a
row whose bracket is no such unit ("Sites (count)") is not named so."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.tables.reader import measured_in_unit

ENTITY = KnownEntity("Bramblewood Solar", ("Bramblewood",), FiscalCalendar.of("06-30", "end"))

TEXT = """Bramblewood Solar quarterly activities report
ASX release
2031-01-30

All amounts are in Australian dollars unless otherwise stated.

Operating performance

                               Q2 FY31    Q1 FY31    Q2 FY30
Systems installed                7,180      6,710      7,420
Capacity installed (MW)           52.4       49.0       51.9
Average system size (kW)           7.3        7.3        7.0
"""


def test_rows_in_a_unit_of_power_keep_it() -> None:
    found = extract(TEXT, published=date(2031, 1, 30), entity=ENTITY).proposals
    got = {(p.metric, p.value, p.unit, f"{p.period.start}") for p in found}
    assert ("capacity installed (MW)", 52.4, "units", "2030-10-01") in got
    assert ("average system size (kW)", 7.0, "units", "2029-10-01") in got


def test_a_bracket_that_is_no_unit_of_measure() -> None:
    assert measured_in_unit("Sites (count)") is None
    assert measured_in_unit("Capacity installed (MW)") == "capacity installed (MW)"
