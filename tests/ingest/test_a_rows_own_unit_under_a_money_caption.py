"""Kinds of table rows over invented companies: under a caption of money in millions ("DKK
million (unless stated)"), a row whose note names its own unit keeps it: a physical unit
with the basis it is weighed on ("Harvest volume (tonnes WFE)") counts that unit as
written, and an amount per thing in a currency's code ("EBIT per kg (DKK)") is that
currency as written, never the caption's millions."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

NAME = "Lofoten Kyst"
DAY = date(2025, 8, 21)


def test_rows_stating_their_own_units():
    text = (
        f"{NAME} second quarter 2025\nTest Wire\n{DAY.isoformat()}\n\n"
        "## Key figures\n\n"
        "| DKK million (unless stated) | Q2 2025 | Q2 2024 |\n"
        "|---|---:|---:|\n"
        "| Operating revenue | 412.6 | 388.0 |\n"
        "| Harvest volume (tonnes WFE) | 28 400 | 26 900 |\n"
        "| Operational EBIT per kg (DKK)¹ | 17.31 | 19.64 |\n"
    )
    found = {
        (p.period.iso(), p.value, p.unit)
        for p in extract(text, published=DAY, entity=KnownEntity(NAME)).proposals
    }
    assert ("2025-04-01/2025-06-30", 412_600_000, "DKK") in found
    assert ("2025-04-01/2025-06-30", 28_400, "units") in found
    assert ("2024-04-01/2024-06-30", 19.64, "DKK") in found
