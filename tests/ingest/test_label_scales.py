"""A row label that states its scale after a comma ("Gross bookings, $B") or after what it
counts in brackets ("Active sellers (period end, 000s)") is read in that scale."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.tables.placement import unit_note

ENTITY = KnownEntity("Quenby Pay", ("Quenby",), FiscalCalendar.of("12-31", "start"))
TEXT = """Quenby Pay second-quarter letter
Wire
2031-08-05

Quenby Pay reported its second-quarter results.

| Metric                               | Q2 2031 | Q2 2030 |
|--------------------------------------|---------|---------|
| Gross bookings, $B                   | 41.2    | 35.8    |
| Active sellers (period end, 000s)    | 218     | 201     |
"""


def test_label_scales() -> None:
    assert unit_note("Gross bookings, $B") == (1e9, "USD")
    assert unit_note("Active sellers (period end, 000s)") == (1e3, None)
    assert unit_note("Share of sellers (period end, %)") is None


def test_rows_read_in_their_labels_scale() -> None:
    found = extract(TEXT, published=date(2031, 8, 5), entity=ENTITY).proposals
    got = {(p.value, p.unit) for p in found}
    assert (41.2e9, "USD") in got and (35.8e9, "USD") in got
    assert (218_000, "units") in got and (201_000, "units") in got
    assert not any(p.value in (41.2, 218) for p in found)
