"""'Project' naming the work ("Project backlog EUR 2.8bn at 30 June 2025", "our project
pipeline") is no verb of forecasting: the level is a result; "the company projects revenue
of ..." still is a forecast. Company invented here."""

from __future__ import annotations

from datetime import date

from bot.facts.model import Kind
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 7, 30)
SLIDES = f"""Marrowby Gases Q2 2025 results presentation
Test Wire
{DAY.isoformat()}

--- Slide 2 --- Highlights Q2 2025
* Project backlog EUR 2.8bn at 30 June 2025 (31 Dec 2024: EUR 2.5bn)
* The company projects revenue of EUR 4.1bn for 2025.
"""


def test_project_as_a_noun_is_no_forecast():
    found = extract(SLIDES, published=DAY, entity=KnownEntity("Marrowby Gases")).proposals
    kinds = {p.value: p.kind for p in found}
    assert kinds[2_800_000_000] is Kind.ACTUAL
    assert kinds[2_500_000_000] is Kind.ACTUAL
    assert kinds[4_100_000_000] is Kind.FORECAST
