"""An actual against its goal, each cited: within a range's ends, the growth an expectation
implies, progress so far toward a goal not yet due, the goal stated with a named amount,
and what is still needed to reach it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from bot import patterns
from bot.answering.deriving.restatements import actual_of, actuals_of_series, later_range
from bot.answering.matching.decision import RANGE_END, Miss, Pick, one_end
from bot.answering.matching.match import select
from bot.answering.phrases import calendar_of
from bot.answering.reading.asks import months_alone
from bot.answering.reading.intent import Intent, Revision
from bot.answering.reading.query import Query
from bot.answering.vocabulary.name_forms import level_named, without_range_end
from bot.facts.model import FactView, Kind, Period, Quantity
from bot.facts.periods import (
    HalfRef,
    LeadingMonthsRef,
    MonthsEndingRef,
    PeriodMention,
    QuarterRef,
    ToDateRef,
    YearRef,
    matches_unanchored,
    resolve,
)
from bot.facts.quantities import format_quantity


def within_range(pick: Pick, pool: list[FactView], *, within: bool = False) -> Pick | None:
    """The actual figure of a range's metric for the range's period, against both ends
    (two end metrics, or one fact stating both)."""
    low = pick.facts[0]
    actual = actual_of(low, pool)
    if actual is None:
        return None
    if low.fact.value_high is not None:
        return Pick(Intent.TARGET_MET, (actual, low), pick.revision, within=within)
    return Pick(Intent.TARGET_MET, (actual, low, pick.facts[1]), pick.revision, within=within)


def implied_growth(query: Query, facts: list[FactView], pool: list[FactView]) -> Pick | None:
    """An expectation (one figure, or one end of a range) for one of the two periods the
    question names, against the actual of the other, earlier one: the growth it implies.
    None unless the store holds exactly that expectation and that actual."""
    if len(query.periods) != 2:
        return None
    for k, mention in enumerate(query.periods):
        asked = replace(query, intent=Intent.VALUE, periods=(mention,), kind=None, expected=True)
        expecting = select(asked, facts)
        if not isinstance(expecting, Pick) or expecting.intent is not Intent.VALUE:
            continue
        goal = expecting.facts[0]
        if goal.fact.kind is Kind.ACTUAL or goal.fact.value_high is not None:
            continue  # (a whole range implies no one growth: its ends are asked about)
        other = query.periods[1 - k]
        named = resolve(other.ref, calendar_of(goal), query.anchor)
        actuals = [
            v
            for v in actuals_of_series(goal, pool)
            if v.fact.period in named
            and v.fact.period.end < goal.fact.period.start
            and v.fact.period.months == goal.fact.period.months  # (a leap year is a year)
        ]
        if len(actuals) == 1:
            return Pick(Intent.GROWTH, (goal, actuals[0]))
    return None


def growth_to_goal(query: Query, facts: list[FactView], pool: list[FactView]) -> Pick | None:
    """'How much GMV growth does it need in 2026 to reach its goal': the goal of the one
    period named against the actual of the period of the same length just before, the
    growth still to come; never against the goal of the year before. None unless the
    store holds exactly that goal and that actual."""
    if len(query.periods) != 1:
        return None
    if query.metrics:
        # ("GMV growth … to reach its goal": the growth of the level, whose goal it is)
        named = query.metrics[0].metric.name
        level = level_named(without_range_end(named)).casefold()
        if level != named.casefold():
            facts = [v for v in pool if v.fact.metric.casefold() == level] or facts
    asked = replace(query, intent=Intent.VALUE, kind=None, expected=True)
    expecting = select(asked, facts)
    if not isinstance(expecting, Pick) or expecting.intent is not Intent.VALUE:
        return None
    goal = expecting.facts[0]
    g = goal.fact
    if g.kind is Kind.ACTUAL or g.value_high is not None:
        return None
    before = [v for v in actuals_of_series(goal, pool) if _just_before(v, g.period)]
    return Pick(Intent.GROWTH, (goal, before[-1])) if len(before) == 1 else None


def level_implied(
    pick: Pick, pool: list[FactView], end: str | None, midpoint: bool = False
) -> Pick | None:
    """'What FY26 revenue would the top of the growth range imply': the level an expected
    growth (one figure, the END of a range said, its MIDPOINT, or each end of a whole range
    asked: "what TEU does the growth range imply") implies, from the actual
    of the period of the same length just before (the growth's own base: "revenue" of
    "revenue growth"). None unless the pick is that one expectation (its earlier
    statements after it) and the store holds that actual."""
    if pick.intent is Intent.RANGE and end is not None:
        # (a range stated as two end metrics: the end said)
        ends = [v for v in pick.facts if (m := RANGE_END.search(v.fact.metric)) and m[1] == end]
        pick = Pick(Intent.VALUE, tuple(ends[:1]))
    # (a whole range implies no one level: an end of it, or its midpoint, is asked about;
    # the midpoint's growth is that of the range's facts, both cited)
    rates: tuple[FactView, ...] = ()
    if pick.intent is Intent.RANGE and end is None and len(pick.facts) >= 2:
        rates = pick.facts[:2]  # (the current ends; their earlier statements after them)
    elif pick.intent is not Intent.VALUE or len({v.fact.metric for v in pick.facts}) != 1:
        return None
    growth = pick.facts[0]
    if not rates and growth.fact.value_high is not None:
        if end is not None:
            growth = one_end(growth, end)
        else:
            rates = (growth,)
    g = growth.fact
    if g.unit != "percent" or g.kind is Kind.ACTUAL:
        return None
    base = _GROWTH_WORD.sub("", RANGE_END.sub("", g.metric)).strip()
    if not base or base == RANGE_END.sub("", g.metric):
        return None
    before = [
        v
        for v in pool
        if v.is_current
        and v.fact.kind is Kind.ACTUAL
        and v.fact.entity == g.entity
        and v.fact.metric.casefold() == base.casefold()
        and v.fact.unit != "percent"
        and _just_before(v, g.period)
    ]
    if len(before) != 1:
        return None
    # (the whole range asked, not its midpoint: the level each end implies)
    each_end = bool(rates) and not midpoint
    return Pick(Intent.IMPLIED, (*(rates or (growth,)), before[-1]), each_end=each_end)


def _just_before(view: FactView, period: Period) -> bool:
    """Is VIEW's period the one of the same length right before PERIOD (a week's slack
    for 52/53-week years)?"""
    p = view.fact.period
    return p.end < period.start and (period.start - p.end).days <= 7 and p.months == period.months


# "revenue growth", "adjusted EPS growth rate": the growth word of a growth's name
_GROWTH_WORD = patterns.compile(r"\s*\bgrowth(?:\s+rate)?\b", re.IGNORECASE)


def toward_later_goal(pick: Pick) -> Pick:
    """An expectation against an earlier period's actual, asked as progress ("how far
    along toward its FY28 goal, going by FY24 sales"): the actual as a share of the goal
    (PROGRESS); any other pick as it is."""
    if pick.intent is not Intent.GROWTH or len(pick.facts) != 2:
        return pick
    goal, actual = pick.facts
    if goal.fact.kind is Kind.ACTUAL or actual.fact.kind is not Kind.ACTUAL:
        return pick
    if actual.fact.period.end > goal.fact.period.end or goal.fact.value_high is not None:
        return pick
    return Pick(Intent.PROGRESS, (actual, goal))


def progress_to_range(query: Query, pool: list[FactView]) -> Pick | None:
    """'After Q1, how far along toward the 2025 delivery guidance' where the guidance is a
    range stated as two metrics: the actual so far against both ends."""
    chosen = {h.metric.name for h in query.metrics}
    for actual in sorted(pool, key=lambda v: v.fact.period.end, reverse=True):
        f = actual.fact
        if f.kind is not Kind.ACTUAL or f.metric not in chosen or not actual.is_current:
            continue
        if query.periods and not any(_mentions_period(m, actual) for m in query.periods):
            continue
        ends = {
            m[1].lower(): v
            for v in pool
            if v.is_current
            and v.fact.kind is not Kind.ACTUAL
            and v.fact.entity == f.entity
            and RANGE_END.sub("", v.fact.metric) == f.metric
            and v.fact.period.start == f.period.start
            and v.fact.period.end > f.period.end
            and (m := RANGE_END.search(v.fact.metric))
        }
        if {"low", "high"} <= ends.keys() and ends["low"].fact.period == ends["high"].fact.period:
            return Pick(Intent.PROGRESS, (actual, ends["low"], ends["high"]))
    return None


def _to_date_now(mention: PeriodMention) -> bool:
    return isinstance(mention.ref, ToDateRef) and mention.ref.until is None


def _mentions_period(mention: PeriodMention, view: FactView) -> bool:
    """Does the mention name the view's period, in the view's company's calendar? ("9M"
    with no year: any first nine months of a year)"""
    cal = calendar_of(view)
    named = resolve(mention.ref, cal)  # type: ignore[arg-type]
    if named or not isinstance(mention.ref, LeadingMonthsRef):
        return view.fact.period in named  # ("the latest": no span of its own)
    return matches_unanchored(mention.ref, view.fact.period, cal)  # type: ignore[arg-type]


def settled_goal(pick: Pick, pool: list[FactView]) -> Pick:
    """An actual against its goal, where the goal is one figure and the same goal was also
    stated as a range under the two end metrics ('revenue' beside 'revenue (low end)' /
    '(high end)'): the statement that is latest (or, asked for the original, first)
    across both is the one compared. A figure a later range replaced is no one's current
    goal, and a range an original figure replaced is no one's original."""
    actual, goal = pick.facts[0], pick.facts[1]
    if len(pick.facts) > 3 or RANGE_END.search(goal.fact.metric):
        return pick
    g = goal.fact
    ends = [
        v
        for v in pool
        if (m := RANGE_END.search(v.fact.metric))
        and RANGE_END.sub("", v.fact.metric) == g.metric
        and (v.fact.entity, v.fact.period, v.fact.kind) == (g.entity, g.period, g.kind)
    ]
    if not ends:
        return pick
    original = pick.revision in (Revision.ORIGINAL, Revision.PREVIOUS)
    first = pick.facts[2] if len(pick.facts) > 2 else goal
    if original:
        # the first statement across the figure and its ends
        stated = min(v.fact.as_of for v in ends)
        if stated >= first.fact.as_of:
            return pick
        chosen = [v for v in ends if v.fact.as_of == stated]
    else:
        chosen = list(later_range(goal, pool))
    by_side = {m[1].lower(): v for v in chosen if (m := RANGE_END.search(v.fact.metric))}
    if by_side.keys() != {"low", "high"}:
        return pick
    return Pick(
        Intent.TARGET_MET, (actual, by_side["low"], by_side["high"]), pick.revision, pick.within
    )


def toward_named(pick: Pick, found: list[FactView]) -> Pick | Miss:
    """'The 480,000 target: how far short are YTD deliveries': progress toward the
    statement of the goal that states that amount (an earlier revision), not the latest
    goal. A Miss when no statement of that goal states it."""
    if pick.intent is not Intent.PROGRESS or len(pick.facts) != 2:
        return pick
    actual, goal = pick.facts
    named = [
        v
        for v in found
        if v.fact.kind is not Kind.ACTUAL and v.fact.revision_key == goal.fact.revision_key
    ]
    if goal in named or any(v.fact.value_high is not None for v in named):
        return pick
    if len(named) != 1:
        return Miss("comparison", "I have no goal of that amount to measure it against.", (goal,))
    return Pick(Intent.PROGRESS, (actual, named[0]))


def against_named(
    pick: Pick, found: list[FactView], amounts: tuple[Quantity, ...], facts: list[FactView]
) -> Pick | Miss:
    """'How far short of the 1,100-order target': the actual against the statement that
    states that amount (an earlier revision, or one end of a range), not the latest goal.
    A Miss when no goal statement of the actual's period states it."""
    actual = pick.facts[0]
    a = actual.fact
    stated = [
        v
        for v in found
        if v.fact.kind is not Kind.ACTUAL
        and (v.fact.entity, v.fact.period) == (a.entity, a.period)
        and RANGE_END.sub("", v.fact.metric) == a.metric  # the figure, or one end of it
    ]
    if len(pick.facts) > 1 and any(
        v == pick.facts[1] and v.fact.value_high is None for v in stated
    ):
        return pick  # the goal compared is the one the amount names (not one it revised)
    if len(stated) != 1:
        names = " or ".join(format_quantity(q) for q in amounts)
        return Miss(
            "comparison",
            f"I have no target or forecast of {names} for {a.entity}'s {a.metric} to compare with.",
            tuple(stated) or (actual,),
        )
    goal = stated[0]
    g = goal.fact
    if g.value_high is not None:
        # one end of a range is named: that end, as its own figure ('X (high end)')
        goal = one_end(goal, "high" if any(_same(g.value_high, q) for q in amounts) else "low")
    return Pick(Intent.TARGET_MET, (actual, goal))


def _same(value: float, amount: Quantity) -> bool:
    return abs(value - amount.value) <= 1e-9 * max(abs(value), 1.0)


def so_far(
    goal: FactView, pool: list[FactView], query: Query, *, named_only: bool = False
) -> FactView | None:
    """The actual counted from the start of a goal's period up to a point inside it (the
    span the question names, else the latest): progress toward a goal not yet due."""
    running = _running_totals(goal, pool)
    named = [v for v in running if any(_mentions_period(m, v) for m in query.periods)]
    if named_only and not any(_to_date_now(m) for m in query.periods):
        running = named  # ("YTD" with no end said: the latest running figure)
    return max(named or running, key=lambda v: v.fact.period.end, default=None)


def _running_totals(goal: FactView, pool: list[FactView]) -> list[FactView]:
    """The actuals counted from the start of GOAL's period to a point inside it."""
    base, g = RANGE_END.sub("", goal.fact.metric), goal.fact
    return [
        v
        for v in pool
        if v.is_current
        and v.fact.kind is Kind.ACTUAL
        and v.fact.metric == base
        and v.fact.entity == g.entity
        and v.fact.period.start == g.period.start
        and v.fact.period.end < g.period.end
    ]


# "after October", "through October", "by the end of October": a running total to the
# month's end (never "in October", the month itself, nor "since October")
_UP_TO_MONTH = patterns.compile(
    r"\b(?:after|through|thru|by|until|till|up\s+to|as\s+(?:of|at)|(?:at|to)\s+the\s+end\s+of)"
    r"\s+(?:the\s+end\s+of\s+)?$",
    re.IGNORECASE,
)


def progress_to_month(
    query: Query, decision: Pick, pool: Callable[[], list[FactView]]
) -> Pick | None:
    """'After October, how many more deliveries did they need to reach the 2025 target':
    a month said alone, up to which the actual is counted, inside a longer goal's period:
    the running total to that month's end against the goal (PROGRESS), never the whole
    period's actual. POOL is read only then."""
    if decision.intent not in (Intent.TARGET_MET, Intent.PROGRESS) or len(decision.facts) < 2:
        return None
    said = " ".join(m.text.lower() for m in query.periods)
    months = [m for m in months_alone(query.said) if m[0].lower() not in said]
    if len(months) != 1 or not _UP_TO_MONTH.search(query.said[: months[0][2]]):
        return None
    goal = decision.facts[1]
    month = months[0][1]
    # (the first such month inside the goal's period: a running total ends inside it)
    running = [v for v in _running_totals(goal, pool()) if v.fact.period.end.month == month]
    if not running:
        return None
    g = goal.fact
    # (a range held as two metrics keeps its other end; an earlier statement is no end)
    other_end = tuple(
        v
        for v in decision.facts[2:]
        if v.fact.metric != g.metric
        and RANGE_END.sub("", v.fact.metric) == RANGE_END.sub("", g.metric)
        and (v.fact.period, v.fact.kind, v.fact.as_of) == (g.period, g.kind, g.as_of)
    )
    reached = min(running, key=lambda v: v.fact.period.end)
    return Pick(Intent.PROGRESS, (reached, goal, *other_end))


def progress_to_end(query: Query, facts: list[FactView], pool: list[FactView]) -> Pick | None:
    """An actual up to a point inside a goal's period (the period the question names),
    against one end of that goal: PROGRESS. None unless the store holds both."""
    if not 1 <= len(query.periods) <= 2:
        return None
    # the goal's own period when the question names it too ("after H1 2025 ... the 2025
    # target"), else its latest
    cal = calendar_of(facts[0]) if facts else None
    spans = [
        (max((p.days for p in resolve(m.ref, cal, query.anchor)), default=0), m)  # type: ignore[arg-type]
        for m in query.periods
    ]
    spans.sort(key=lambda t: t[0])
    partial, whole = spans[0][1], (spans[1][1] if len(spans) == 2 else None)
    goal_periods = (whole,) if whole is not None else ()
    asked = replace(query, intent=Intent.VALUE, periods=goal_periods, expected=True)
    goals = select(asked, facts)
    if not isinstance(goals, Pick) or goals.intent is not Intent.VALUE:
        return None
    goal = goals.facts[0]
    if goal.fact.kind is Kind.ACTUAL:
        return None
    actual = so_far(goal, pool, replace(query, periods=(partial,)), named_only=True)
    return Pick(Intent.PROGRESS, (actual, goal)) if actual is not None else None


def remaining(
    query: Query,
    pool: list[FactView],
    chosen: set[str] | None = None,
    named: FactView | None = None,
) -> Pick | None:
    """'What does it still need in Q4 to hit the bottom of its 2025 guidance': a goal for a
    period that ends with the one named, against the actual counted up to where the named
    one starts; what is left is the goal less that. The end asked for, else both ends.
    CHOSEN: the goal's metrics, where the question names them otherwise (by an amount);
    NAMED: the statement of the goal the question names by its amount ("the original
    425k goal"), which may have been revised since."""
    if chosen is None:
        chosen = {RANGE_END.sub("", h.metric.name) for h in query.metrics}
    goals = [
        v
        for v in pool
        if v.is_current
        and v.fact.kind is not Kind.ACTUAL
        and RANGE_END.sub("", v.fact.metric) in chosen
    ]
    if query.kind in (Kind.TARGET, Kind.FORECAST):
        # ("to hit the 2024 target": the target, where one is held, never a later forecast)
        goals = [v for v in goals if v.fact.kind is query.kind] or goals
    if query.range_end is not None:
        # ("to reach the bottom of its guidance": that end, never a single figure beside it)
        goals = [v for v in goals if _end_of(v) == query.range_end] or goals
    if query.revision is Revision.AS_OF and query.as_of is not None:
        # ("to reach the bottom of the 53-56 range", cut since): each goal as stated then
        goals = _as_stated_on(pool, chosen, query.as_of)
    if named is not None and named.fact.kind is not Kind.ACTUAL:
        goals = [named]
    years = [m.ref for m in query.periods if isinstance(m.ref, YearRef)]
    for mention in query.periods:
        ref = mention.ref
        if isinstance(ref, QuarterRef | HalfRef) and ref.year is None and len(years) == 1:
            # "in Q4 to hit its 2025 guidance": the quarter of the goal's year
            ref = replace(ref, year=years[0].year, fiscal=years[0].fiscal)
        for goal in sorted(goals, key=lambda v: v.fact.period.days):
            g = goal.fact
            asked = ref
            if isinstance(ref, QuarterRef | HalfRef) and ref.year is None and not years:
                # "what would it need in Q4 to make its newest guidance": the goal's own Q4
                cal = calendar_of(goal)
                fiscal = None if cal.is_calendar else True
                asked = replace(ref, year=cal.fiscal_year_of(g.period.start), fiscal=fiscal)
            if isinstance(ref, MonthsEndingRef) and ref.year is None:
                # "what does it need in Nov-Dec to hit the target": the months closing
                # the goal's own period
                asked = replace(ref, year=g.period.end.year)
            wanted = resolve(asked, calendar_of(goal))  # type: ignore[arg-type]
            inside = [p for p in wanted if p.end == g.period.end and p.start > g.period.start]
            if not inside:
                continue
            before = inside[0].start
            so_far = next(
                (
                    v
                    for v in pool
                    if v.is_current
                    and v.fact.kind is Kind.ACTUAL
                    and v.fact.metric == RANGE_END.sub("", g.metric)
                    and v.fact.entity == g.entity
                    and v.fact.period.start == g.period.start
                    and v.fact.period.end.toordinal() == before.toordinal() - 1
                ),
                None,
            )
            if so_far is None:
                return None
            side = RANGE_END.search(g.metric)
            if side is not None and query.range_end not in (None, side[1].lower()):
                continue  # the other end is the one asked for
            if query.range_end is not None and g.value_high is not None:
                return Pick(Intent.PROGRESS, (so_far, one_end(goal, query.range_end)))
            if side is not None and query.range_end is None:
                other = next(
                    (
                        v
                        for v in goals
                        if v is not goal
                        and RANGE_END.sub("", v.fact.metric) == RANGE_END.sub("", g.metric)
                        and (v.fact.entity, v.fact.period, v.fact.kind)
                        == (g.entity, g.period, g.kind)
                    ),
                    None,
                )
                if other is None:
                    return None
                low, high = sorted((goal, other), key=lambda v: v.fact.value)
                return Pick(Intent.PROGRESS, (so_far, low, high))
            return Pick(Intent.PROGRESS, (so_far, goal))
    return None


def _end_of(view: FactView) -> str | None:
    """'low' or 'high' for a range end's metric ("EBITDA (low end)"), else None."""
    m = RANGE_END.search(view.fact.metric)
    return m[1].lower() if m else None


def _as_stated_on(pool: list[FactView], chosen: set[str], day: date) -> list[FactView]:
    """The goals of the CHOSEN metrics as they stood on DAY: each one's latest statement
    made by then."""
    stood: dict[tuple, FactView] = {}
    for v in sorted(pool, key=lambda v: v.fact.as_of):
        f = v.fact
        if f.kind is not Kind.ACTUAL and f.as_of <= day and RANGE_END.sub("", f.metric) in chosen:
            stood[f.revision_key] = v
    return list(stood.values())
