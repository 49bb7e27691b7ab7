"""An actual figure against the midpoint of the range expected for its period: the pick that
sets them side by side, and the sentence that says how far from the midpoint it fell.
"""

from __future__ import annotations

from dataclasses import replace

from bot.answering.deriving.goals import within_range
from bot.answering.matching.decision import Pick
from bot.answering.matching.match import select
from bot.answering.phrases import bare_amount, difference
from bot.answering.reading.intent import Intent
from bot.answering.reading.query import Query
from bot.facts.model import FactView


def against_range(query: Query, facts: list[FactView], pool: list[FactView]) -> Pick | None:
    """The actual against the expectation range of its own period, if both are held."""
    expecting = select(replace(query, intent=Intent.VALUE, kind=None, expected=True), facts)
    if not isinstance(expecting, Pick):
        return None
    if expecting.intent is not Intent.RANGE and expecting.facts[0].fact.value_high is None:
        return None
    return within_range(expecting, pool)


def from_midpoint(pick: Pick) -> str:
    """'That is 0.3 billion above the range's midpoint of 28 billion.'"""
    actual, low, *rest = pick.facts
    high = low.fact.value_high if low.fact.value_high is not None else rest[0].fact.value
    middle = (low.fact.value + high) / 2
    gap = actual.fact.value - middle
    if gap == 0:
        return f"That is the range's midpoint, {bare_amount(low, middle)}."
    side = "above" if gap > 0 else "below"
    return (
        f"That is {difference(low, abs(gap))} {side} the range's midpoint of "
        f"{bare_amount(low, middle)}."
    )
