"""What matching decides for a question: the facts that answer it (Pick), several that fit
equally (Choice), or why nothing does (Miss); and one end of a range read as its own figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot import patterns
from bot.answering.reading.intent import Intent, Revision
from bot.facts.model import FactView, Period


@dataclass(frozen=True)
class Pick:
    """The facts that answer a question, and what they answer."""

    intent: Intent
    facts: tuple[FactView, ...]  # what the answer states, the main fact first
    revision: Revision = Revision.CURRENT
    within: bool = False  # an actual against a range: asked whether it fell inside it
    # growth of sums: facts[:split] add up to the later figure, facts[split:] the earlier
    split: int = 0
    each_end: bool = False  # IMPLIED by a whole range: the level each of its ends implies


@dataclass(frozen=True)
class Choice:
    """Several facts fit equally well, best first: which one is meant is asked."""

    options: tuple[FactView, ...]  # best first


@dataclass(frozen=True)
class Miss:
    """No fact fits, why, and what the store has nearby."""

    reason: str  # "period", "kind", "revision", "comparison"
    message: str
    nearby: tuple[FactView, ...] = ()  # what the store does have, for suggestions


Decision = Pick | Choice | Miss


def one_end(view: FactView, side: str) -> FactView:
    """One end of a range stated as one fact, as the figure of its own end metric ('X
    (high end)'), the way two-metric ranges state it; one figure is left as it is."""
    f = view.fact
    if f.value_high is None:
        return view
    value = f.value_high if side == "high" else f.value
    return replace(
        view, fact=replace(f, metric=f"{f.metric} ({side} end)", value=value, value_high=None)
    )


# "revenue (high end)": one end of a range stated as a metric of its own; group 1 the end
RANGE_END = patterns.compile(r"\s*\((low|high) end\)\s*$", re.IGNORECASE)


def a_year_apart(decision: Pick) -> bool:
    """Are a growth answer's two figures the same stretch of time a year apart?"""
    if len(decision.facts) < 2:
        return True  # a change stated as one figure ("sales growth 5%")
    a, b = decision.facts[0].fact.period, decision.facts[1].fact.period
    if decision.split:  # sums: the periods each side adds up to
        later, earlier = decision.facts[: decision.split], decision.facts[decision.split :]
        a = Period(later[0].fact.period.start, later[-1].fact.period.end)
        b = Period(earlier[0].fact.period.start, earlier[-1].fact.period.end)
    gap = abs((a.start - b.start).days)
    return 350 <= gap <= 380 and abs(a.days - b.days) <= 10
