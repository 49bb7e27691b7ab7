"""A line's label that opens or ends on a period ("H1 lanterns shipped: 66,000", "Lanterns
delivered in H1: 4,120", "Q2 2025 depots: 41"): the period dates the figure and is no part of
the label's name. Before, the label ran into the period, was no name, and the line was lost.
Guard: a label with a word that is no name ("Analysts' estimate: 70,000") is still not read
as the company's count. Invented company."""

from __future__ import annotations

from datetime import date

from bot.facts.periods import CALENDAR
from bot.ingest.extract import KnownEntity, extract

DAY = date(2025, 8, 6)


def found(line: str) -> dict[float, tuple[str, str]]:
    text = (
        f"Corvell Lanterns half-year update\nTest Releases\n{DAY.isoformat()}\n\n"
        f"Corvell Lanterns reports its first half of 2025.\n\n{line}\n"
    )
    entity = KnownEntity("Corvell Lanterns", ("Corvell",), CALENDAR)
    return {
        p.value: (p.metric, p.period.iso())
        for p in extract(text, published=DAY, entity=entity).proposals
    }


def test_a_label_opening_on_its_period():
    assert found("H1 lanterns shipped: 66,000")[66_000] == (
        "lanterns shipped",
        "2025-01-01/2025-06-30",
    )


def test_a_label_ending_on_its_period():
    assert found("Lanterns delivered in H1: 4,120")[4_120] == (
        "lanterns delivered",
        "2025-01-01/2025-06-30",
    )


def test_someone_elses_label_is_not_read():
    # guard
    assert 70_000 not in found("Analysts' estimate in H1: 70,000")
