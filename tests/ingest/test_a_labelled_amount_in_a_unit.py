"""An amount in a unit of measure that a line's label names ("Harvest: 48,700 tonnes in Q3",
"Zinc concentrate production: 212,000 tonnes") is that measure: before, the unit was taken
for the thing counted, nothing was sold, and the figure was dropped as a count of things.
Guards: a label that is a period ("Q3 2025: 48,700 tonnes") names no measure, and a bare
count after a label reads as before. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity
from tests.ingest.invented import named_and_dated

DAY = date(2025, 11, 5)


def facts(body: str) -> dict[float, tuple[str, str]]:
    entity = KnownEntity("Selvik Aqua", ("Selvik",), CALENDAR)
    return named_and_dated(body, entity, DAY, "Selvik Aqua Q3 2025 report", "Test Corpus")


def test_a_labelled_harvest_in_tonnes():
    found = facts("- Harvest: 48,700 tonnes in Q3.\n- Zinc concentrate production: 212,000 tonnes")
    assert found[48_700] == ("harvest", "2025-07-01/2025-09-30")
    assert found[212_000][0] == "zinc concentrate production"


def test_a_period_label_names_no_measure():
    # guard
    found = facts("Q3 2025: 48,700 tonnes")
    assert 48_700 not in found


def test_a_bare_count_after_a_label_reads_as_before():
    # guard
    found = facts("Cabin nights: 812,000 in Q3.")
    assert found[812_000] == ("cabin nights", "2025-07-01/2025-09-30")
