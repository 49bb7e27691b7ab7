"""A cell with a unit's power ("512,000 m³", "3,400 m²") had its "³" dropped as a footnote
mark, and the bare "m" left behind read as millions: 512,000 cubic metres were proposed as
512 billion. The power is the unit's, no mark."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.tables.cells import unmark

ENTITY = KnownEntity("Kestrow Timber", ("Kestrow",), FiscalCalendar.of("03-31", "start"))
LETTER = """# Kestrow Timber: half-year letter
Kestrow Timber Co., Ltd.
2031-11-12

## The half in figures

| | H1 FY2031 | H1 FY2030 |
|---|---|---|
| Net sales | ¥71.2 bn | ¥70.4 bn |
| Japan lumber shipments | 512,000 m³ | 498,000 m³ |
| Pellets sold | 81,000 t | 77,000 t |
"""


def test_a_units_power_is_no_footnote_mark() -> None:
    assert unmark("512,000 m³") == ("512,000 m³", "")
    assert unmark("3,400 m²") == ("3,400 m²", "")
    assert unmark("4,812³") == ("4,812", "³")  # a mark after a number stays one


def test_cubic_metres_are_never_millions() -> None:
    found = extract(LETTER, published=date(2031, 11, 12), entity=ENTITY).proposals
    shipped = sorted(p.value for p in found if "lumber" in p.metric)
    assert shipped == [498_000, 512_000], shipped
