"""A row its label calls a target ("Golf balls (target)") in a table of previous and revised
forecasts is a target, as the company names it."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Ushiro Tackle", ("Ushiro",), FiscalCalendar.of("03-31", "start"))

TEXT = """Ushiro Tackle interim report
Shareholder letter
2031-11-14

Revision of full-year forecasts

  Fiscal 2031 (year ending March 31, 2032)   Previous forecast*   Revised forecast
  Net sales                                  ¥48.0 billion        ¥52.0 billion
  Fishing reels (target)                     2.1 million units    2.3 million units

  * Announced on May 13, 2031.
"""


def test_a_target_row_in_a_forecast_table() -> None:
    found = extract(TEXT, published=date(2031, 11, 14), entity=ENTITY).proposals
    kinds = {(p.value, p.kind) for p in found}
    assert (2_300_000, Kind.TARGET) in kinds
    assert (2_100_000, Kind.TARGET) in kinds
    assert (52_000_000_000, Kind.FORECAST) in kinds
