"""A table whose units stand on a line of their own between its header and its rows
("(HK$ million)") is one table, its amounts in those units."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Jade Harbour Resorts", ("Jade Harbour",), FiscalCalendar.of("12-31", "start"))
TEXT = """Jade Harbour Resorts annual results 2031
Results announcement
2032-03-18

Gaming operations
Revenue by segment                              2031          2030       Change
(HK$ million)
Casino floor                                  12,410        11,020       +12.6%
Hotel rooms                                    3,205         3,118        +2.8%
"""


def test_units_line_below_the_header() -> None:
    found = extract(TEXT, published=date(2032, 3, 18), entity=ENTITY).proposals
    got = {(p.value, p.unit, p.period.start.year) for p in found}
    assert (12_410e6, "HKD", 2031) in got and (11_020e6, "HKD", 2030) in got
    assert (3_205e6, "HKD", 2031) in got
    assert not any(p.unit == "units" for p in found)
