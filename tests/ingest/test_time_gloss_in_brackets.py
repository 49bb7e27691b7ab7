"""A time glossed in brackets ("H1 (Jan-Jun) sales 12.4 bln yen vs 11.8 bln yr ago") is one
time: its bracket breaks no clause, so the base's "yr ago" never becomes the period of the
figure before it. Company invented here."""

from __future__ import annotations

from datetime import date

from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 7)


def test_a_bracketed_gloss_of_a_time_breaks_no_clause():
    report = (
        f"Tokiwa Ferries first half\nWire\n{DAY.isoformat()}\n\n"
        "* H1 (Jan-Jun) revenue 12.4 bln yen vs 11.8 bln yr ago\n"
    )
    found = extract(report, published=DAY, entity=KnownEntity("Tokiwa Ferries")).proposals
    (revenue,) = [p for p in found if p.value == 12_400_000_000]
    assert (revenue.period.start, revenue.period.end) == (date(2025, 1, 1), date(2025, 6, 30))
