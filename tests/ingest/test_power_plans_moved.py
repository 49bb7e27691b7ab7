"""A plan in a unit of power or energy moved to a figure, its measure said in the singular
before "forecast" ("turbine shipment forecast cut to 3.1-3.4 GW from 3.5-3.9 GW"): both
ranges are the measure's (named in the plural, as the text's other lines write it), the
earlier dated before the new one (an invented turbine maker's wire factbox)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

FACTBOX = """Factbox: Solvik Turbines quarter
Nordic Wire
2026-07-16

* Q2 turbine shipments 0.9 GW vs 0.7 GW a year earlier
* FY2026 turbine shipment forecast cut to 3.1-3.4 GW from 3.5-3.9 GW
"""

OUTLOOK = """Solvik Turbines outlook
Solvik investor relations
2026-07-16

Outlook for FY2026

| Measure              | FY2026         |
|----------------------|----------------|
| Tower shipments      | 1.2 – 1.5 GW   |

Guidance for blade shipments is maintained at 2.5 GW.
"""


def test_both_ranges_of_a_moved_power_plan():
    entity = KnownEntity("Solvik Turbines", ("Solvik",), FiscalCalendar())
    found = extract(FACTBOX, published=date(2026, 7, 16), entity=entity).proposals
    ranges = {(p.value, p.value_high): p for p in found if p.value_high is not None}
    new, old = ranges[(3.1, 3.4)], ranges[(3.5, 3.9)]
    assert new.metric == old.metric == "turbine shipments (GW)"
    assert old.as_of < new.as_of


def test_a_cell_or_a_plan_names_its_measure_with_its_unit():
    entity = KnownEntity("Solvik Turbines", ("Solvik",), FiscalCalendar())
    found = extract(OUTLOOK, published=date(2026, 7, 16), entity=entity).proposals
    metrics = {p.value: p.metric for p in found}
    assert metrics[1.2] == "tower shipments (GW)"  # the cell's own "GW"
    assert metrics[2.5] == "blade shipments (GW)"  # never "guidance for blade shipments"
