"""Rows set in below a count whose label names its scale alone ("Bulbs sold (million)"),
"of which" its parts: counted in that scale too, never as bare numbers or as money of the
table's other rows. Invented report."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

AUG_YEARS = FiscalCalendar.of("08-31", "end")

REPORT = """KEUKENHOF GROWERS PLC - INTERIM RESULTS FOR THE SIX MONTHS ENDED 28 FEBRUARY 2026
Test Exchange announcements
2026-04-10

1. KEY INDICATORS

                                          H1 FY2026    H1 FY2025    Change
  Bulbs sold (million)                        310.4        288.0     +7.8%
    of which tulips                           190.2        171.5
    of which lilies                            78.9         74.1
  Revenue (EUR million)                       412.7        389.0     +6.1%
"""


def test_parts_below_a_scaled_count_are_counted_in_its_scale():
    found = {
        p.value: (p.metric, p.unit)
        for p in extract(
            REPORT,
            published=date(2026, 4, 10),
            entity=KnownEntity("Keukenhof Growers PLC", ("Keukenhof",), AUG_YEARS),
        ).proposals
    }
    assert found[310_400_000][1] == "units"
    assert found[190_200_000][1] == "units"
    assert found[78_900_000][1] == "units"
    assert "tulip" in found[190_200_000][0]
    assert 190.2 not in found and 78.9 not in found
    assert found[412_700_000][1] == "EUR"
