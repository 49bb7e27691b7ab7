"""A South Asian filing's note of its table's unit, "(Rupees in '000)" or "(Rs in '000)",
scales the bare cells to thousands of rupees, as "(Rupees in millions)" does (which
country's rupee is `rupees.py`'s to say)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity
from bot.ingest.tables.placement import unit_note
from tests.ingest.invented import proposals

NAME = "Chenab Mills"
DAY = date(2025, 9, 2)


def test_the_note_alone():
    assert unit_note("(Rupees in '000)") == (1e3, unit_note("(Rupees in millions)")[1])
    assert unit_note("(Rs. in '000)") is not None


def test_a_stacked_headers_note_scales_its_rows():
    body = (
        "Chenab Mills Limited, listed on the Pakistan Stock Exchange, announces its results.\n\n"
        "                                   Year ended       Year ended\n"
        "                                  June 30, 2025    June 30, 2024\n"
        "                                        (Rupees in '000)\n"
        "Net sales                            8,412,650        7,203,118\n"
        "Gross profit                         1,730,204        1,402,877\n"
    )
    entity = KnownEntity(NAME, (), FiscalCalendar.of("06-30", "end"))
    found = {
        (p.period.end.year, p.value)
        for p in proposals(body, entity, DAY, f"{NAME} annual results")
        if p.unit not in ("units", "percent")
    }
    assert (2025, 8_412_650_000) in found
    assert (2024, 1_402_877_000) in found
