"""A forecast-revision notice's table: measures across, their headings wrapped over several
lines (the last one a single word set in far), the table's units in a line of their own to
the right above it, rows "Previous forecast (A)" / "Revised forecast (B)" and last year's
results."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind
from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

ENTITY = KnownEntity("Tsurugi Audio", ("Tsurugi",), FiscalCalendar.of("03-31", "end"))
NOTICE = """Notice of revision of full-year forecast
Tsurugi Audio Co., Ltd.
2031-11-10

Tsurugi Audio Co., Ltd. hereby announces that it has revised its full-year consolidated
forecast for the fiscal year ending March 31, 2032, which was announced on May 12, 2031.

1. Revision of the consolidated forecast for FY3/32
   (April 1, 2031 to March 31, 2032)

                                                   (Millions of yen, except per-share data)
                           Net sales   Operating   Ordinary    Profit          Basic earnings
                                       profit      profit      attributable    per share
                                                               to owners of    (yen)
                                                               parent
Previous forecast (A)       210,000     12,000      12,400       8,100           64.10
Revised forecast (B)        224,000     13,900      14,300       9,400           74.40
Change (B-A)                 14,000      1,900       1,900       1,300               -
"""


def _found():
    return extract(NOTICE, published=date(2031, 11, 10), entity=ENTITY).proposals


def test_every_measure_of_both_forecasts_is_read_in_the_tables_units() -> None:
    got = {
        (p.metric, p.value, p.as_of)
        for p in _found()
        if p.kind is Kind.FORECAST and p.period.end == date(2032, 3, 31)
    }
    assert ("net sales", 210_000e6, date(2031, 5, 12)) in got
    assert ("net sales", 224_000e6, date(2031, 11, 10)) in got
    assert ("operating profit", 13_900e6, date(2031, 11, 10)) in got
    assert ("profit attributable to owners of parent", 9_400e6, date(2031, 11, 10)) in got


def test_an_amount_per_share_keeps_its_own_unit() -> None:
    eps = {p.value for p in _found() if "per share" in p.metric}
    assert eps == {64.10, 74.40}


def test_a_years_name_is_no_part_of_a_plan() -> None:
    text = (
        "Tsurugi update\nWire\n2031-06-20\n\nThe consolidated forecasts for FY3/32 that we "
        "announced on May 12, 2031 are net sales of ¥210.0 billion and operating profit of "
        "¥12.0 billion.\n"
    )
    found = extract(text, published=date(2031, 6, 20), entity=ENTITY).proposals
    assert found and not any("FY" in p.metric for p in found)
