"""A trust's or a REIT's securities move like a company's shares: "The securities fell 4.1%
today" is the price, never a fall in anything the company sells (on 3f25a2a it was read as
"securities growth"). Guard: the report's own growth in the next sentence stays."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Coorong Storage REIT", ("Coorong",), FiscalCalendar.of("06-30", "end"))


def test_a_move_of_the_securities_is_no_figure() -> None:
    text = (
        "Coorong Storage REIT half-year column\nColumn\n2031-02-18\n\n"
        "Coorong's revenue for the six months to 31 December 2030 rose 5.6% to $104.1 million. "
        "The securities fell 4.1% today, after the result.\n"
    )
    found = extract(text, published=date(2031, 2, 18), entity=ENTITY).proposals
    assert not any(p.value == -4.1 or p.value == 4.1 for p in found)
    assert any(p.value == 104_100_000 for p in found)
