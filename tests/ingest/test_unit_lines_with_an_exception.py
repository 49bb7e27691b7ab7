"""A filing's unit line naming the currency before the scale and then its exception
("(Unit: KRW billion, except where noted)") scales the money rows below it, a row with a
unit of its own ("(KRW trillion)", "(%)", "(million)") keeping that one: on 5ba36b96 the
line was taken for the rows' title and no money row was read."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Hanul Pay", ("Hanul",), FiscalCalendar.of("12-31", "start"))

TEXT = """Hanul Pay half-year report (excerpt)
Disclosure system
2031-08-14

1. Key operating indicators

(Unit: KRW billion, except where noted)

 Category                              2Q31      2Q30
 ----------------------------------  --------  --------
 Payment volume (KRW trillion)          48.2      40.1
 Operating revenue                      709.6     590.3
 Take rate (%)                          0.137     0.139
"""


def test_money_rows_take_the_unit_line_s_scale() -> None:
    found = extract(TEXT, published=date(2031, 8, 14), entity=ENTITY).proposals
    got = {(p.metric, p.value, p.unit) for p in found if p.period.start == date(2031, 4, 1)}
    assert ("operating revenue", 709_600_000_000, "KRW") in got
    assert ("payment volume", 48_200_000_000_000, "KRW") in got
    assert ("take rate", 0.137, "percent") in got
