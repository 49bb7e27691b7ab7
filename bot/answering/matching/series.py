"""The statements of one series (one company's one metric) every step of a decision reads:
the current ones, every statement of one figure, the kinds to try, the latest period.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date

from bot.answering.reading.intent import Revision
from bot.answering.reading.query import Query
from bot.facts.model import FactView, Kind
from bot.facts.periods import (
    PeriodMention,
)


def current_of(views: Sequence[FactView]) -> list[FactView]:
    return [v for v in views if v.revision == v.revisions]  # (`is_current`, uncalled)


def first_statements_of(views: Sequence[FactView]) -> list[FactView]:
    """Each figure as first stated ("as originally reported"), however restated since."""
    return [v for v in views if v.revision == 1]


def statements_of(views: Sequence[FactView], of: FactView) -> list[FactView]:
    """Every statement of OF's figure, oldest first. (Its kind and period are compared
    first: the whole key, folded names and all, only for the few views that share them.)"""
    kind, period, key = of.fact.kind, of.fact.period, of.fact.revision_key
    start, end = period.start, period.end  # (dates compared: Period.__eq__ is a call a view)
    same = (
        v
        for v in views
        if v.fact.kind is kind
        and v.fact.period.end == end
        and v.fact.period.start == start
        and v.fact.revision_key == key
    )
    return sorted(same, key=lambda v: v.revision)


def kind_tiers(query: Query, default: Kind = Kind.ACTUAL) -> list[tuple[Kind, ...]]:
    """Kinds to try, in order. A target and a forecast stand in for each other; an
    actual never stands in for either, nor they for it."""
    if query.kind is Kind.TARGET:
        return [(Kind.TARGET,), (Kind.FORECAST,)]
    if query.kind is Kind.FORECAST:
        return [(Kind.FORECAST,), (Kind.TARGET,)]
    if query.kind is Kind.ACTUAL:
        return [(Kind.ACTUAL,)]
    if query.expected:
        return [(Kind.TARGET,), (Kind.FORECAST,)]
    if (
        query.range_end is not None
        or query.revision in (Revision.ORIGINAL, Revision.PREVIOUS)
        or query.mentions_change
    ):
        # "the original floor", "the top end", "how much did they cut the milk price": what
        # is revised or given as a range is mostly an expectation; the actual first, where
        # one is held
        return [(default,), (Kind.TARGET,), (Kind.FORECAST,)]
    return [(default,)]


def moves(statements: Sequence[FactView], direction: str) -> list[FactView]:
    """The statements that raised (DIRECTION 'up') or cut ('down') the figure from the one
    before, oldest first, each judged by its figure or its range's midpoint."""
    return [
        later
        for earlier, later in itertools.pairwise(statements)
        if (_midpoint(later) > _midpoint(earlier)) == (direction == "up")
        and _midpoint(later) != _midpoint(earlier)
    ]


def _midpoint(view: FactView) -> float:
    f = view.fact
    return f.value if f.value_high is None else (f.value + f.value_high) / 2


def latest_of(views: Sequence[FactView], running: bool = False) -> FactView | None:
    """The most recent period; on a tie a year over its parts, and of the parts the
    shortest (the third quarter over the nine months to its end, a year-to-date running
    total); a running total over years (deliveries since founding) last unless RUNNING
    totals are asked for ("since launch"): such a total answers only a question that
    says so."""

    def key(v: FactView) -> tuple[date, int]:
        days = v.fact.period.days
        if days > 366:
            return v.fact.period.end, days if running else -days
        return v.fact.period.end, 1000 if days >= 360 else -days

    return max(views, key=key, default=None)


def period_mention(query: Query, index: int = 0) -> PeriodMention | None:
    return query.periods[index] if len(query.periods) > index else None
