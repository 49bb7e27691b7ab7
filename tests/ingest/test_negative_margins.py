"""A margin written below zero ("Operating margin was -2.3%") is the margin itself, a loss's,
never the margin's growth; a measure that is a change ("Comparable sales: -1.8%") stays a
change. Invented text."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract


def named(body: str) -> dict[float, str]:
    lead = "Harrowby Ltd reported second-quarter results."
    text = f"Harrowby update\nTest Wire\n2025-08-06\n\n{lead} {body}\n"
    found = extract(
        text,
        published=date(2025, 8, 6),
        entity=KnownEntity("Harrowby Ltd", ("Harrowby",), CALENDAR),
    ).proposals
    return {p.value: p.metric for p in found}


def test_a_negative_margin_is_the_margin():
    assert named("Operating margin was -3.1% in the quarter.")[-3.1] == "operating margin"


def test_a_signed_change_measure_stays_a_change():
    assert named("Comparable sales: -1.8%")[-1.8] == "comparable sales growth"
