"""A row whose label notes a physical unit with its scale ("(million t)", "(bn m2)") in a
table of a company's money holds amounts of that unit in that scale ("(Mlbs)": millions of
pounds of weight), never the report's currency. Companies invented here."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 5, 21)
RELEASE = f"""Tarnwell Boards full-year results
Test Wire
{DAY.isoformat()}

Tarnwell Boards reported revenue of £1,204 million for the year to 31 March 2025.

| £m unless stated | FY2025 | FY2024 |
|---|---|---|
| Revenue | 1,204.0 | 1,150.5 |
| Board volumes (bn m2) | 4.31 | 4.12 |
| Pulp bought (million t) | 1.6 | 1.5 |
| Resin used (Mlbs) | 8.4 | 7.9 |

*Figures in € unless stated.*

| | FY2025 | FY2024 | chg. |
|---|---|---|---|
| Glue production (thousand m³) | 912 | 887 | +2.8% |
"""


def test_physical_rows_keep_their_unit_and_scale():
    entity = KnownEntity("Tarnwell Boards", (), FiscalCalendar.of("03-31", "end"))
    found = extract(RELEASE, published=DAY, entity=entity).proposals
    facts = {(p.value, p.unit) for p in found}
    assert (4_310_000_000, "units") in facts
    assert not any(unit == "GBP" and value in (1_600_000, 1_500_000) for value, unit in facts)
    assert not any(value == 4.31 for value, _ in facts)
    assert (8_400_000, "units") in facts  # millions of pounds of weight
    assert (912_000, "units") in facts  # "m³": the unit's own superscript, no footnote
