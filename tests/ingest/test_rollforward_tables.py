"""A filing's roll-forward of units between two days, over an invented bakery-café chain:
a count on each day per column (company-owned, franchised, total), the openings and closures
between them, a closure written in brackets; a roll-forward whose rows do not add up is read
by no rule of this kind."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.model import KnownEntity as Entity
from bot.ingest.tables.rollforward import rollforward_proposals

FILING = """Hollin Bakehouse quarterly report
Hollin Bakehouse, Inc. - Form 10-Q excerpt
2025-05-14

Unit Development
                                  Company-owned    Franchised    Total
Cafes at December 29, 2024              212             388        600
Openings                                  4              11         15
Closures                                 (2)             (3)        (5)
Cafes at March 30, 2025                 214             396        610

Risk factors follow.
"""

UNBALANCED = FILING.replace("2025                 214", "2025                 219")


def test_counts_on_each_day_and_the_moves_between_them_per_column():
    entity = KnownEntity("Hollin Bakehouse", ("Hollin",), FiscalCalendar())
    found = extract(FILING, published=date(2025, 5, 14), entity=entity).proposals
    facts = {(p.metric, p.period.iso()): p.value for p in found}
    assert facts[("company-owned cafes", "2024-12-29/2024-12-29")] == 212
    assert facts[("cafes", "2024-12-29/2024-12-29")] == 600
    assert facts[("franchised cafe openings", "2024-12-30/2025-03-30")] == 11
    assert facts[("cafe openings", "2024-12-30/2025-03-30")] == 15
    # a closure in brackets is a count of closures, never a negative one
    assert facts[("company-owned cafe closures", "2024-12-30/2025-03-30")] == 2
    assert facts[("cafe closures", "2024-12-30/2025-03-30")] == 5
    assert facts[("franchised cafes", "2025-03-30/2025-03-30")] == 396
    assert facts[("cafes", "2025-03-30/2025-03-30")] == 610
    quotes = {p.quote for p in found}
    assert all(q in FILING for q in quotes)


def test_a_roll_forward_that_does_not_add_up_is_not_read_as_one():
    entity = Entity("Hollin Bakehouse")
    assert rollforward_proposals(FILING, published=date(2025, 5, 14), entity=entity)
    assert not rollforward_proposals(UNBALANCED, published=date(2025, 5, 14), entity=entity)
