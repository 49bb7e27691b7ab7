"""A question that names no figure, over a company invented here (Orrin Cells, a fuel-cell
maker with a shipment guidance range lowered in November and quarterly revenue):

- "last quarter as of january 2025": a period and the date of a statement name no figure
  (an as-of date made the store's figures "said enough" before this session, and the one
  whose story is titled so was answered);
- "how much was the low end lowered in nov 2025": with a range's end and a change, the date
  is a revision's, and the one range lowered then is the figure (a guard, read before).
"""

from __future__ import annotations

import pytest

from bot.answering import Engine, Status
from tests.answering.invented import bundle, engine_over, fact

ORRIN = "Orrin Cells"
Y25, Q3 = "2025-01-01/2025-12-31", "2025-07-01/2025-09-30"
FACTS = [
    fact(ORRIN, "shipments guidance (MW) (low end)", "forecast", Y25, 200, "units", "2025-08-12"),
    fact(ORRIN, "shipments guidance (MW) (high end)", "forecast", Y25, 240, "units", "2025-08-12"),
    fact(ORRIN, "shipments guidance (MW) (low end)", "forecast", Y25, 190, "units", "2025-11-13"),
    fact(ORRIN, "shipments guidance (MW) (high end)", "forecast", Y25, 220, "units", "2025-11-13"),
    fact(ORRIN, "revenue", "actual", Q3, 88e6, "USD", "2025-11-13"),
]


@pytest.fixture(scope="module")
def engine(seed) -> Engine:
    return engine_over(seed, bundle([{"name": ORRIN, "aliases": ["Orrin"]}], FACTS, "2025-11-13"))


def test_a_period_and_a_date_name_no_figure(engine: Engine):
    answer = engine.ask("last quarter as of january 2025")
    assert answer.status is not Status.ANSWERED, answer.text


def test_a_dated_change_of_a_range_end_names_it(engine: Engine):
    answer = engine.ask("how much was the low end lowered in nov 2025")
    assert answer.status is Status.ANSWERED, answer.text
    assert "190" in answer.text and "200" in answer.text, answer.text
