"""Openings and closures told with the verb after the count ("14 stores were opened and 3
were closed") or with the count's noun left out before a time ("closed 2 during the thirty-nine
weeks"). Invented retailer."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import FiscalCalendar
from bot.ingest.extract import KnownEntity, extract

CALENDAR = FiscalCalendar.of("12-31", "start")


def _facts(sentence: str) -> dict[tuple[str, float], str]:
    text = f"Pelican Stores update\ntest\n2026-02-05\n\n{sentence}\n"
    entity = KnownEntity("Pelican Stores", (), CALENDAR)
    out = extract(text, published=date(2026, 2, 5), entity=entity).proposals
    return {(p.period.iso(), p.value): p.metric for p in out}


def test_openings_and_closures_in_the_passive():
    facts = _facts("Pelican Stores said 14 stores were opened and 3 were closed in the quarter.")
    assert facts[("2025-10-01/2025-12-31", 14.0)] == "store openings"
    assert facts[("2025-10-01/2025-12-31", 3.0)] == "store closures"


def test_closures_whose_noun_is_left_out_before_a_time():
    facts = _facts(
        "Pelican Stores opened 47 stores and closed 2 during the thirty-nine weeks ended "
        "December 27, 2025."
    )
    assert facts[("2025-03-30/2025-12-27", 47.0)] == "store openings"
    assert facts[("2025-03-30/2025-12-27", 2.0)] == "store closures"
