"""Customers over a bar named before their count ("CUSTOMERS WITH ARR OVER $250K: 1,184"):
the count is of those customers ("customers over $250,000", the bar written out as tables
name it), never the company's customers in general (an invented software wire brief)."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

BRIEF = """BRIEF-Tessaly Software Q4
Desk Wire
2026-02-12

* Q4 REVENUE $412.5 MLN VS $371.0 MLN
* CUSTOMERS WITH ARR OVER $250K: 1,184 AT QTR END
"""


def test_a_count_after_its_bar_is_of_the_customers_over_it():
    entity = KnownEntity("Tessaly Software", ("Tessaly",), FiscalCalendar())
    found = extract(BRIEF, published=date(2026, 2, 12), entity=entity).proposals
    (count,) = [p for p in found if p.value == 1_184]
    assert count.metric == "customers over $250,000"
