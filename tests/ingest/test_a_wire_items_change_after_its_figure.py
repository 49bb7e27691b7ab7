"""A wire item whose figure is followed by its own change ("* Total loans $12.9 bln at Sept
30, up 2.1% qoq", "* Gross premiums $640 mln, down 3.0% yoy") still ends at its figure: the
label names the figure, the change is read on its own. Before, only the line's end, a
semicolon or a bracket could follow the figure, and the level went unproposed (the test
fails on the code before). Invented lender."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import proposals

TARAPOTO = KnownEntity("Caja Tarapoto", ("Tarapoto",), CALENDAR)


def test_an_items_level_before_its_change():
    got = proposals(
        "Caja Tarapoto posted its third-quarter figures on Thursday.\n\n"
        "* Net loans $12.9 bln at Sept 30, up 2.1% qoq\n"
        "* Gross premiums $640 mln, down 3.0% yoy\n",
        TARAPOTO,
        date(2025, 11, 6),
        "Caja Tarapoto 3Q25 brief",
    )
    found = {(p.value, p.period.iso()) for p in got}
    assert (12_900_000_000, "2025-09-30/2025-09-30") in found
    assert any(p.value == 640_000_000 for p in got)
