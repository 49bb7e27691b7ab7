"""Questions that name a figure by its amount ('where does the 39 million figure come from',
'how far below its original 2 mn target'): the facts stating that amount, and what the
question asks of them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from bot.answering.answer import Answer
from bot.answering.deriving.goals import against_named, remaining, toward_later_goal, toward_named
from bot.answering.deriving.named_range import stating_the_range
from bot.answering.deriving.restatements import actuals_of_series, stated_before, stated_next
from bot.answering.deriving.stated_amounts import same_amount, written_scaled
from bot.answering.english.words import TARGET_MET_WORDS
from bot.answering.matching.decision import RANGE_END, Choice, Miss, Pick
from bot.answering.matching.match import select
from bot.answering.matching.period_fit import weeks_for_months
from bot.answering.matching.spans import sets_against
from bot.answering.phrases import calendar_of, short_when
from bot.answering.reading import asks
from bot.answering.reading.intent import Intent, Revision
from bot.answering.reading.query import Query
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.answering.wording.compose import compose, unknown
from bot.answering.wording.holdings import store_sample, unknown_with_holdings
from bot.facts.model import FactView, Kind
from bot.facts.periods import ExactRef, FiscalCalendar, resolve
from bot.facts.quantities import format_number, format_quantity
from bot.facts.store import FactStore


def _series(view: FactView) -> tuple:
    """Which figure a statement is of, either end of a range being the same one."""
    f = view.fact
    return (f.entity, RANGE_END.sub("", f.metric), f.period, f.kind)


def _whether_reached(query: Query) -> bool:
    """Does the question ask whether a figure reached an amount ("did they hit 14")?"""
    return bool(asks.YES_NO.search(query.said)) and any(
        t.lemma in TARGET_MET_WORDS for t in (query.reading.tokens if query.reading else ())
    )


def answer_by_amount(
    store: FactStore,
    vocabulary: Callable[[str], Vocabulary],
    text: str,
    query: Query,
    scope: str,
    *,
    any_candidate: bool = False,
) -> Answer:
    """'Where does the 39 million figure come from?': the facts stating that amount, among
    the chosen metrics' (ANY_CANDIDATE: every metric the words could mean: "the 4,600 MW
    figure" of two metrics counted in MW is whichever states 4,600)."""
    if query.metrics:
        metric_ids = (
            list(query.candidate_metric_ids)
            if any_candidate
            else [h.metric.id for h in query.metrics]
        )
        views = store.facts_for(
            scope,
            entity_ids=list(query.entity_ids) or None,  # type: ignore[arg-type]
            metric_ids=metric_ids,  # type: ignore[arg-type]
            keep=True,
        )
    else:
        views = store_sample(store, scope, query.entity_ids, current_only=False)
    found = [v for v in views if any(same_amount(v, q) for q in query.amounts)]
    if any_candidate:
        # among metrics the question does not name so well, only the figure in the very
        # unit said: a bare 23.5 (or a unit mistyped) is no 23.5% of something else
        found = [v for v in found if any(q.unit == v.fact.unit for q in query.amounts)]
    elif not found:
        # "the 3.25 mn cumulative number" for 3,246,800: a figure said rounded, when
        # exactly one figure rounds to it
        near = [v for v in views if any(same_amount(v, q, rounded=True) for q in query.amounts)]
        found = near if len({v.fact.revision_key for v in near}) == 1 else []
    if not found and not any_candidate:
        # "the 2,317 figure" for $2,317.0 million in a table of "USD millions": the
        # number as its quote writes it, in thousands, millions or billions
        scaled = [v for v in views if any(written_scaled(v, q) for q in query.amounts)]
        found = scaled if len({v.fact.revision_key for v in scaled}) == 1 else []
    found = stating_the_range(found, query)  # ("the 215-235kt guide": that statement)
    if not found and query.metrics and not any_candidate:
        # ("where does the 4,600 MW come from": a metric its other words could mean)
        return answer_by_amount(store, vocabulary, text, query, scope, any_candidate=True)
    if not found:
        # (a bare "620m" is said without its unit: no "620 million units" for it)
        wanted = " or ".join(
            format_number(q.value) if q.unit == "units" else format_quantity(q)
            for q in query.amounts
        )
        return unknown_with_holdings(
            store, text, f"I have no figure of {wanted}.", scope, query.entity_ids
        )
    if (
        query.intent is Intent.VALUE
        and _whether_reached(query)
        and all(v.fact.kind is not Kind.ACTUAL for v in found)
    ):
        # "did they hit 40 openings in FY24": whether the actual reached the goal that
        # amount is, never the goal restated
        query = replace(query, intent=Intent.TARGET_MET)
    if asks.STILL_NEEDED.search(query.said) and len({v.fact.revision_key for v in found}) == 1:
        # "if it makes its €90m for 2026, what is left for the last quarter": the goal the
        # amount names, less the actual so far
        goal = found[0].fact
        base = RANGE_END.sub("", goal.metric)
        vocab = vocabulary(scope)
        pool = store.facts_for(
            scope,
            entity_ids=[vocab.entity_id(goal.entity)],  # type: ignore[list-item]
            metric_ids=[i for i in (vocab.metric_id(base), vocab.metric_id(goal.metric)) if i],
            keep=True,
        )
        left = remaining(query, pool, chosen={base}, named=found[0])
        left = left or _level_short_of_point_goal(found[0], pool, query)
        if left is not None:
            return compose(text, left)
    if query.intent in (Intent.TARGET_MET, Intent.GROWTH, Intent.HISTORY):
        # "how far below its original 2 mn target": the amount names the series
        vocab = vocabulary(scope)
        series = {(v.fact.entity, v.fact.metric) for v in found}
        # one end of a range names the figure the range is of ('revenue (high end)')
        series |= {(e, RANGE_END.sub("", m)) for e, m in series}
        metric_ids = {vocab.metric_id(m) for _, m in series} - {None}
        facts = [
            v
            for v in store.facts_for(
                scope,
                entity_ids=[vocab.entity_id(e) for e, _ in series],  # type: ignore[misc]
                metric_ids=sorted(metric_ids),  # type: ignore[type-var]
                keep=True,
            )
            if (v.fact.entity, v.fact.metric) in series
        ]
        decision = select(query, facts)
        if isinstance(decision, Miss) and query.intent is Intent.TARGET_MET:
            decision = _actual_against_named(found, facts, query) or decision
        if isinstance(decision, Pick) and decision.intent is Intent.TARGET_MET:
            decision = against_named(decision, found, query.amounts, facts)
        if isinstance(decision, Pick) and decision.intent is Intent.PROGRESS:
            decision = toward_named(decision, found)
        if isinstance(decision, Pick) and asks.progress(query.said):
            decision = toward_later_goal(decision)
        if isinstance(decision, Pick):
            return compose(text, decision)
        if query.intent is Intent.TARGET_MET:
            return compose(text, decision)  # nothing to compare that statement with
    # (an actual is never restated as a goal is: "still" asks of goals and forecasts)
    goals = [v for v in found if v.fact.kind is not Kind.ACTUAL]
    if asks.STILL_STANDS.search(query.said) and len({_series(v) for v in goals}) == 1:
        # "the 5 to 7 percent range, is that still the guidance": the statement of that
        # series that stands now (both ends of a range, when stated as two metrics)
        now = [v for v in views if v.is_current and _series(v) == _series(goals[0])]
        if now:
            return compose(text, select(replace(query, amounts=()), now))
    original = _original_of_named(query, found, views)
    if original is not None:
        # "given the target was cut to 40 million, what was the original?": the amount
        # says which series (in a premise), the question its first statement
        return compose(text, original)
    if query.mentions_change and query.intent is Intent.VALUE:
        # "how much was the 8,400 figure cut by", "… the 7,900-8,300 range lowered by":
        # the statement that replaced it against it (or, the latest, the change that made
        # it), asked as of the day that statement was made
        moved = _revision_of_named(query, found, views)
        if moved is not None:
            return compose(text, moved)
    replaced = _made_in_its_place(query, found, views) if asks.REPLACED.search(query.said) else None
    if replaced is not None:
        # "the 1.9-3.1bn range: which statement replaced it?": the statement after it
        decision = select(replace(query, amounts=(), intent=Intent.VALUE), replaced)
        if isinstance(decision, Miss) and len(replaced) <= 2:
            # (replaced in turn since, so no longer current: the statement as it was made,
            # both ends of a range stated as two figures)
            ends = tuple(sorted(replaced, key=lambda v: v.fact.value))
            intent = Intent.RANGE if len(ends) == 2 else Intent.VALUE
            decision = Pick(intent, ends, Revision.AS_OF)
        return compose(text, decision)
    if asks.PRECEDED.search(query.said) and len({_series(v) for v in found}) == 1:
        # "the 2.4bn budget: and the one before it?": the statement made last before the
        # amount was first stated (a restatement of the same amount replaced nothing)
        first = min(v.fact.as_of for v in found)
        before = stated_before(views, {v.fact.revision_key for v in found}, first)
        if not before:
            return unknown(text, "That was the first figure stated: nothing came before it.")
        return compose(text, Pick(Intent.VALUE, tuple(before)))
    if _one_dated_period(query) and not any(_near_said(v, query) for v in found):
        # "where does the 22.9% share for 2011 come from", 22.9% being 2025's: the amount
        # of another period, said so, never given for the one asked
        held = ", ".join(dict.fromkeys(short_when(v) for v in found))
        return unknown(text, f"I have that figure for {held}, not for the period you name.")
    both_ends = _range_named(found)
    if both_ends is not None:
        # "the 2.6-3.4bn range": the two ends of one statement, one range
        return compose(text, both_ends)
    found = _as_said(found, query)
    if len(found) > 1:
        return compose(text, Choice(tuple(found)))
    named = found[0]
    if asks.STILL_STANDS.search(query.said) and not named.is_current:
        # "the CHF 28bn target, still standing?": the statement that stands now, and its
        # history back to the one named
        current = [
            v for v in views if v.is_current and v.fact.revision_key == named.fact.revision_key
        ]
        if current:
            return compose(text, Pick(Intent.VALUE, (current[0],)))
    return compose(text, Pick(Intent.SOURCE, (named,)))


def _original_of_named(query: Query, found: list[FactView], views: list[FactView]) -> Pick | None:
    """The first statement of the one series whose later statement the amount names
    (both ends, where a range was first stated); None when the amount names the first
    statement itself ("the original 42m target: what is it now?") or several series."""
    if not (query.original_named and query.intent is Intent.VALUE):
        return None
    if len({_series(v) for v in found}) != 1:
        return None
    series = _series(found[0])
    stated = [v for v in views if _series(v) == series]
    first = min(v.fact.as_of for v in stated)
    if any(v.fact.as_of == first for v in found):
        return None
    ends = tuple(sorted((v for v in stated if v.fact.as_of == first), key=lambda v: v.fact.value))
    if len(ends) == 2:
        return Pick(Intent.RANGE, ends, Revision.ORIGINAL)
    # (with its later statements, which the answer tells the way it went)
    later = sorted(
        (v for v in stated if v.fact.revision_key == ends[0].fact.revision_key),
        key=lambda v: v.fact.as_of,
    )
    return Pick(Intent.VALUE, (ends[0], *later[1:]), Revision.ORIGINAL)


def _one_dated_period(query: Query) -> bool:
    """Does the question ask of one figure in one period it dates ("the 22.9% share for
    2025"), never "the 3q release" (no year) nor a second figure's ("the 14,200 figure:
    how far above fiscal 2024's deliveries")?"""
    if len(query.periods) != 1 or query.intent not in (Intent.VALUE, Intent.SOURCE):
        return False
    ref = query.periods[0].ref
    dated = isinstance(ref, ExactRef) or getattr(ref, "year", None) is not None
    return dated and not query.mentions_change and not sets_against(query.said)


def _near_said(view: FactView, query: Query) -> bool:
    """Does VIEW's period share a day with a period the question says, in the company's
    calendar or the calendar year's (a quarter named either way is near enough)?"""
    period = view.fact.period
    return any(
        p.start <= period.end and period.start <= p.end
        for m in query.periods
        for cal in (calendar_of(view), FiscalCalendar())
        for p in resolve(m.ref, cal, query.anchor)
    )


def _as_said(found: list[FactView], query: Query) -> list[FactView]:
    """Of several figures stating the amount, those of the kind and the period the
    question says beside it ("the 4% margin goal", "the 3.1bn FY27 low end"),
    where any are; else all of them."""
    if query.kind is not None:
        found = [v for v in found if v.fact.kind is query.kind] or found
    if query.periods:
        found = [
            v
            for v in found
            if any(
                v.fact.period in resolve(m.ref, calendar_of(v), query.anchor) for m in query.periods
            )
        ] or found
    return found


def _revision_of_named(query: Query, found: list[FactView], views: list[FactView]) -> Pick | None:
    """The revision a figure named by its amount was part of: the statement after it
    against it, or the one before it where it is the latest. One figure, or one range
    named by both its ends; None for anything else."""
    if len(found) == 1:
        named = found[0].fact
        pool = [
            v
            for v in views
            if (v.fact.entity, v.fact.metric, v.fact.period, v.fact.kind)
            == (named.entity, named.metric, named.period, named.kind)
        ]
    elif _range_named(found) is not None:
        pool = [v for v in views if _series(v) == _series(found[0])]
    else:
        return None
    later = _made_in_its_place(query, found, views)
    day = (later or found)[0].fact.as_of
    moved = select(replace(query, amounts=(), revision=Revision.AS_OF, as_of=day), pool)
    return moved if isinstance(moved, Pick) and len(moved.facts) > 1 else None


def _actual_against_named(
    found: list[FactView], facts: list[FactView], query: Query
) -> Pick | None:
    """'Did FY27 completions beat the 7,700 low end': the goal the amount names (the end
    asked, where it names a range by both ends) against the actual of its period, a goal
    stated as a range's end metric compared with the figure the range is of."""
    goals = [v for v in found if v.fact.kind is not Kind.ACTUAL]
    if query.range_end is not None:
        goals = [v for v in goals if _end_of(v) == query.range_end] or goals
    if len({(v.fact.entity, v.fact.metric, v.fact.period) for v in goals}) != 1:
        return None
    goal = goals[-1].fact
    cal = calendar_of(goals[-1])
    if not all(
        any(
            goal.period == p or weeks_for_months(goal.period, p)  # (a 52/53-week year)
            for p in resolve(m.ref, cal, query.anchor)
        )
        for m in query.periods
    ):
        return None  # ("after six months, how many more to hit the 9 mn forecast": a part)
    actuals = [
        v
        for v in facts
        if v.is_current
        and v.fact.kind is Kind.ACTUAL
        and (v.fact.entity, v.fact.period) == (goal.entity, goal.period)
        and v.fact.metric == RANGE_END.sub("", goal.metric)
    ]
    if len(actuals) != 1:
        return None
    return Pick(Intent.TARGET_MET, (actuals[0], goals[-1]))


def _level_short_of_point_goal(goal: FactView, pool: list[FactView], query: Query) -> Pick | None:
    """'How many more doors to reach the 20k goal (for March 2028) from March 2026': a goal
    for a level on a day, against the level on the day named (else the latest held
    before the goal's day). Only a goal of a count on a day: a year's goal is left to
    `remaining` (the year's actual so far)."""
    if goal.fact.period.days != 1 or goal.fact.kind is Kind.ACTUAL:
        return None
    levels = [
        v
        for v in actuals_of_series(goal, pool)
        if v.fact.period.days == 1 and v.fact.period.end <= goal.fact.period.end
    ]
    if query.periods:
        cal = calendar_of(goal)
        wanted = [p for m in query.periods for p in resolve(m.ref, cal, query.anchor)]
        levels = [v for v in levels if any(p.start <= v.fact.period.end <= p.end for p in wanted)]
    if not levels:
        return None
    level = max(levels, key=lambda v: v.fact.period.end)
    return Pick(Intent.TARGET_MET, (level, goal))


def _end_of(view: FactView) -> str | None:
    m = RANGE_END.search(view.fact.metric)
    return m[1].lower() if m else None


def _range_named(found: list[FactView]) -> Pick | None:
    """The range FOUND names by both its ends: a low and a high end of one series, stated
    the same day."""
    if len(found) != 2 or _series(found[0]) != _series(found[1]):
        return None
    if {_end_of(v) for v in found} != {"low", "high"}:
        return None
    if found[0].fact.as_of != found[1].fact.as_of:
        return None
    low, high = sorted(found, key=lambda v: _end_of(v) != "low")
    return Pick(Intent.RANGE, (low, high))


def _made_in_its_place(
    query: Query, found: list[FactView], views: list[FactView]
) -> list[FactView] | None:
    """The statements made next in place of those FOUND, or the last ones where the
    question asks what it came to "in the end"; None as `_next_statement`."""
    later = _next_statement(found, views)
    if later and asks.IN_THE_END.search(query.said):
        keys = {v.fact.revision_key for v in found}
        return stated_before(views, keys, date.max)  # (the last made of them)
    return later


def _next_statement(found: list[FactView], views: list[FactView]) -> list[FactView] | None:
    """The statements made next in place of those FOUND (one statement: each end of a
    range), or None when they were the last or are of several series."""
    keys = {v.fact.revision_key for v in found}
    days = {v.fact.as_of for v in found}
    if len({_series(v) for v in found}) != 1 or len(days) != 1:
        return None
    return stated_next(views, keys, days.pop()) or None
