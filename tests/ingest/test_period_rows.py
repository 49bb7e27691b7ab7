"""A monthly revenue filing, over an invented Taiwanese maker: a table whose rows name parts
of a year ("March", "January to March") and whose columns name the years, in the units its
title states; the percentage column is each row's growth over the year before; a month's
growth "compared with" the month before is sequential. A title that names no measure or no
units leaves the table to the table reader."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.model import KnownEntity as Entity
from bot.ingest.tables.period_rows import period_row_tables

FILING = """Material information: Jinhua Optronics announces revenue for March 2025
Jinhua Optronics Co., Ltd. - monthly revenue announcement
2025-04-08

Consolidated revenue (unit: NT$ thousand)

  Period                    2025              2024           Increase (decrease)      %
  March                 41,250,300        38,120,900             3,129,400           8.21%
  January to March 118,402,750       109,880,100             8,522,650           7.76%

March 2025 revenue increased by 4.10% compared with February 2025 revenue.
"""


def test_rows_of_parts_of_a_year_under_year_columns_give_each_cell_its_period():
    entity = KnownEntity("Jinhua Optronics", ("Jinhua",), FiscalCalendar())
    found = extract(FILING, published=date(2025, 4, 8), entity=entity).proposals
    facts = {(p.metric, p.period.iso()): (p.value, p.unit) for p in found}
    assert facts[("revenue", "2025-03-01/2025-03-31")] == (41_250_300_000, "TWD")
    assert facts[("revenue", "2024-03-01/2024-03-31")] == (38_120_900_000, "TWD")
    assert facts[("revenue", "2025-01-01/2025-03-31")] == (118_402_750_000, "TWD")
    assert facts[("revenue", "2024-01-01/2024-03-31")] == (109_880_100_000, "TWD")
    assert facts[("revenue growth", "2025-03-01/2025-03-31")] == (8.21, "percent")
    assert facts[("revenue growth", "2025-01-01/2025-03-31")] == (7.76, "percent")
    # the change in money is the two figures' difference, no figure of its own
    assert not any(v == 3_129_400_000 for v, _ in facts.values())
    # against the month before: a sequential rate, never the year's
    assert facts[("sequential revenue growth", "2025-03-01/2025-03-31")] == (4.10, "percent")


def test_a_title_without_a_measure_or_units_leaves_the_table_alone():
    entity = Entity("Jinhua Optronics")
    unnamed = FILING.replace(
        "Consolidated revenue (unit: NT$ thousand)", "Summary (unit: NT$ thousand)"
    )
    unitless = FILING.replace("Consolidated revenue (unit: NT$ thousand)", "Consolidated revenue")
    for text in (unnamed, unitless):
        assert period_row_tables(text, published=date(2025, 4, 8), entity=entity) == ([], [])
