"""An actual figure against the midpoint of the range expected for its period: the pick that
sets them side by side, and the sentence that says how far from the midpoint it fell.
"""

from __future__ import annotations

from dataclasses import replace

from bot.answering.deriving.goals import within_range
from bot.answering.matching.decision import RANGE_END, Pick
from bot.answering.matching.match import select
from bot.answering.phrases import bare_amount, difference, when
from bot.answering.reading.intent import Intent
from bot.answering.reading.query import Query
from bot.answering.wording.amounts_said import percent_in_brackets
from bot.facts.model import FactView, Kind


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


def midpoint_of_other_period(
    query: Query, facts: list[FactView], pool: list[FactView]
) -> tuple[Pick, FactView] | None:
    """'how far is next year's EBITDA guide, at its midpoint, above this year's': the range
    expected for one of the two periods named, and the actual of the same figure for the
    other, earlier period. None unless the store holds exactly that range and actual."""
    if len(query.periods) != 2:
        return None
    for k, mention in enumerate(query.periods):
        asked = replace(query, intent=Intent.VALUE, periods=(mention,), kind=None, expected=True)
        expecting = select(asked, facts)
        if not isinstance(expecting, Pick):
            continue
        if expecting.intent is not Intent.RANGE and expecting.facts[0].fact.value_high is None:
            continue
        low = expecting.facts[0].fact
        base = RANGE_END.sub("", low.metric)
        series = [
            v
            for v in pool
            if v.fact.kind is Kind.ACTUAL and v.fact.metric == base and v.fact.entity == low.entity
        ]
        other = replace(
            query, intent=Intent.VALUE, periods=(query.periods[1 - k],), kind=None, expected=False
        )
        actual = select(other, series)
        if not isinstance(actual, Pick) or actual.intent is not Intent.VALUE:
            continue
        done = actual.facts[0]
        if done.fact.period.end < low.period.start:
            return expecting, done
    return None


def midpoint_against(expecting: Pick, actual: FactView) -> str:
    """'Its midpoint, $2.1 billion, is $150 million above the actual $1.95 billion of 2025.'"""
    low, *rest = expecting.facts
    high = low.fact.value_high if low.fact.value_high is not None else rest[0].fact.value
    middle = (low.fact.value + high) / 2
    gap = middle - actual.fact.value
    side = "above" if gap > 0 else "below" if gap < 0 else "level with"
    # (the change the midpoint implies, as a percentage of the actual, unless a rate's)
    pct = "" if low.fact.unit == "percent" else percent_in_brackets(gap, actual.fact.value)
    by = f"{difference(low, abs(gap))}{pct} " if gap else ""
    return (
        f"Its midpoint, {bare_amount(low, middle)}, is {by}{side} the actual "
        f"{bare_amount(actual)} of {when(actual)}."
    )
