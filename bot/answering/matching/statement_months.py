"""A month a question names beside an expectation: when it was stated ('in June, what
did they forecast', 'what low end did they give in Feb 2025', 'how far short of the
forecast it gave in March'), or the date a goal is for ('the original December 2026 user
goal'), told apart by the statements the store holds.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from bot import patterns
from bot.answering.matching.decision import Decision, Pick
from bot.answering.matching.match import select
from bot.answering.reading import asks
from bot.answering.reading.intent import Intent, Revision
from bot.answering.reading.query import Query
from bot.facts.model import FactView, Kind, Period
from bot.facts.periods import ExactRef, find_periods

# "before December", "prior to the October": a statement that stood by the month's start
_BEFORE_MONTH = patterns.compile(r"\b(?:before|prior\s+to|ahead\s+of)\s+(?:the\s+)?$")


# "December's cut", "the June raise": a revision named by its month
_A_REVISION_NAMED = patterns.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:cut|raise|revision|upgrade|downgrade|hike|trim)"
)


def stated_in_month(query: Query, decision: Decision, facts: list[FactView]) -> Decision | None:
    """'In June, what did they forecast for the year to March 2025?': a month with no year,
    outside every period the question names, in a question about an expectation, is when
    it was said — the last such month before the period ended and the figure's latest
    restatement. The figure as stated then, never the latest."""
    if (
        query.as_of is not None
        or not isinstance(decision, Pick)
        or decision.intent not in (Intent.VALUE, Intent.RANGE)
        or decision.facts[0].fact.kind is Kind.ACTUAL
        or asks.revision_month(query.said)
    ):
        return None
    said = " ".join(m.text.lower() for m in query.periods)
    alone = [m for m in asks.months_alone(query.said) if m[0].lower() not in said]
    if len(alone) != 1:
        return None
    word, month, at = alone[0]
    # the last such month by the time the figure stopped being restated: "the 2028 target
    # they set in February", restated since, was set in a February already passed
    f = decision.facts[0].fact
    restated = [
        v.fact.as_of for v in facts if (v.fact.metric, v.fact.period) == (f.metric, f.period)
    ]
    end = min(f.period.end, max(restated, default=f.as_of))
    year = end.year if month <= end.month else end.year - 1
    stated = date(year, month, calendar.monthrange(year, month)[1])
    text = query.said.lower()
    if _BEFORE_MONTH.search(text, 0, at) and not _A_REVISION_NAMED.match(text, at + len(word)):
        # "the guide before December": what stood by the month's start ("before
        # December's cut" is the statement that cut replaced: read as such)
        stated = date(year, month, 1) - timedelta(days=1)
    # ("after the first revision (the Oct one)": one statement, never the history)
    intent = Intent.VALUE if query.intent is Intent.HISTORY else query.intent
    return select(replace(query, as_of=stated, revision=Revision.AS_OF, intent=intent), facts)


_DIGIT = patterns.compile(r"\d")  # a month said with its year ("March 2028", not "October")


def month_of_statement(query: Query, decision: Decision, facts: list[FactView]) -> Decision | None:
    """'what low end did they give in Feb 2025': an expectation asked for a month that no
    expectation of the series covers is the month it was stated in — the figure as stated
    by the end of that month, for the period it was about."""
    if (
        query.as_of is not None
        or isinstance(decision, Pick)
        or len(query.periods) != 1
        or query.kind is Kind.ACTUAL
    ):
        return None
    asked = query.kind in (Kind.TARGET, Kind.FORECAST) or query.expected or query.range_end
    if not (asked or (facts and all(v.fact.kind is not Kind.ACTUAL for v in facts))):
        return None
    ref = query.periods[0].ref
    if not isinstance(ref, ExactRef) or ref.period.months != 1:
        return None
    month = ref.period
    expected = [v for v in facts if v.fact.kind is not Kind.ACTUAL]
    if not expected or any(v.fact.period.months == 1 for v in expected):
        return None  # a series of monthly expectations: the month is a period
    if month.start > max(v.fact.as_of for v in expected) and _DIGIT.search(query.periods[0].text):
        # "the target for March 2028", begun after every statement held: the date the
        # goal is for, never when one was stated (which would be the latest, for 2027);
        # a month said without its year ("in October") is dated by guess: not so read
        return None
    stated = select(replace(query, periods=(), as_of=month.end, revision=Revision.AS_OF), facts)
    return stated if isinstance(stated, Pick) else None


def goal_stated_in_month(
    query: Query, decision: Decision, pool: Callable[[], list[FactView]]
) -> Decision:
    """'how far short of the forecast it gave in March': an actual measured against a goal
    (TARGET_MET, PROGRESS) where the question names the month the goal was stated in — the
    goal as stated that month (its latest statement then), never its latest. POOL is read
    only then: a first-time question would otherwise read its company's wider series."""
    if (
        query.as_of is not None
        or not isinstance(decision, Pick)
        or decision.intent not in (Intent.TARGET_MET, Intent.PROGRESS)
        or len(decision.facts) < 2
    ):
        return decision
    said = " ".join(m.text.lower() for m in query.periods)
    months = [n for word, n, _ in asks.months_alone(query.said) if word.lower() not in said]
    if len(months) != 1:
        return decision
    goal = decision.facts[1]
    then = [
        v
        for v in pool()
        if v.fact.revision_key == goal.fact.revision_key and v.fact.as_of.month == months[0]
    ]
    if not then:
        return decision
    stated = max(then, key=lambda v: v.fact.as_of)
    return replace(decision, facts=(decision.facts[0], stated, *decision.facts[2:]))


def month_a_goal_is_for(query: Query, facts: list[FactView]) -> Query:
    """'the original December 2026 user goal', 'Nov 2025 export forecast': a month read as
    the day an expectation was stated, where the series holds an expectation for that
    very month and the question names no other period, is the date the goal is for (with
    a word of an earlier statement, "original", only where it begins after every
    statement the series holds, so was no statement's day; never a month said "as of"),
    and the words of which statement ask as said."""
    if query.as_of is None or query.periods:
        return query
    expected = [v for v in facts if v.fact.kind is not Kind.ACTUAL]
    # (a goal for the month's last day is one for the month too: "the dec 2024 headcount
    # goal", held for 31 Dec 2024)
    month = next(
        (
            Period(v.fact.period.end.replace(day=1), v.fact.period.end)
            for v in expected
            if (v.fact.period.months == 1 or v.fact.period.days == 1)
            and v.fact.period.end == query.as_of
        ),
        None,
    )
    if month is None:
        return query
    if _AS_OF_SAID.search(query.said):
        return query  # ("the forecast as of November 2025": when it was stated)
    earlier = query.undated_revision in (Revision.ORIGINAL, Revision.PREVIOUS)
    # (of the goals for that month: a statement of another period made since says nothing
    # of whether the month was a statement's day)
    for_it = [v for v in expected if v.fact.period.end == month.end]
    if earlier and any(v.fact.as_of >= month.start for v in for_it):
        return query
    said = [
        m for m in find_periods(query.said) if isinstance(m.ref, ExactRef) and m.ref.period == month
    ]
    if len(said) != 1:
        return query
    revision = query.undated_revision or query.revision
    return replace(query, periods=(said[0],), as_of=None, revision=revision)


def month_an_actual_is_at(query: Query, facts: list[FactView]) -> Query:
    """'at March 2025, how many subscribers short of the 1.5m target were they': a month
    read as the day a goal was stated, where a goal's gap is asked and the series holds a
    count on the month's last day, is the day the count is at, measured against the goal
    (the goal named by its own period or amount, never as stated by then)."""
    if query.as_of is None or query.periods or query.intent is not Intent.TARGET_MET:
        return query
    if _AS_OF_SAID.search(query.said):
        return query  # ("as of March": when the goal was stated)
    counts = [
        v
        for v in facts
        if v.fact.kind is Kind.ACTUAL
        and v.fact.period.days == 1
        and v.fact.period.end == query.as_of
    ]
    goals = [v for v in facts if v.fact.kind is not Kind.ACTUAL and v.fact.period.end > query.as_of]
    if not counts or not goals:
        return query
    said = [
        m
        for m in find_periods(query.said)
        if isinstance(m.ref, ExactRef) and m.ref.period.end == query.as_of
    ]
    if len(said) != 1:
        return query
    day = replace(said[0], ref=ExactRef(Period(query.as_of, query.as_of)))
    return replace(query, periods=(day,), as_of=None)


_AS_OF_SAID = patterns.compile(r"\bas\s+(?:of|at)\b", re.IGNORECASE)
