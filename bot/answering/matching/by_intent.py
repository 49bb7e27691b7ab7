"""One series' decision for each intent a question can have: a value (of the statement asked),
its history, a target met or not, growth, a trend.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from bot.answering.english.words import EXPECTATION_WORDS
from bot.answering.matching.decision import RANGE_END, Miss, Pick
from bot.answering.matching.misses import miss_for_period, periods_list, series_name
from bot.answering.matching.period_fit import (
    BOTH_ENDS,
    carved_part,
    closing_at,
    find_period,
    opening_point,
    parts_of,
    span_between,
    tiling,
    weeks_for_months,
)
from bot.answering.matching.series import (
    current_of,
    first_statements_of,
    kind_tiers,
    latest_of,
    moves,
    period_mention,
    statements_of,
)
from bot.answering.phrases import calendar_of, fact_label, when
from bot.answering.reading import asks
from bot.answering.reading.intent import Intent, Revision
from bot.answering.reading.query import Query
from bot.facts import reporting
from bot.facts.model import FactView, Kind, Period
from bot.facts.periods import (
    ExactRef,
    MonthEndRef,
    PeriodMention,
    RelativeRef,
    in_whole_months,
    previous,
    resolve,
    year_earlier,
)
from bot.facts.periods.arithmetic import month_end
from bot.facts.quantities import is_hedged


def decide(query: Query, views: list[FactView]) -> Pick | Miss:
    if query.intent is Intent.TREND:
        return _trend(query, views)
    if query.intent is Intent.TARGET_MET:
        return _target_met(query, views)
    if query.intent is Intent.GROWTH:
        return _growth(query, views)
    if query.revision is not Revision.NTH and (
        query.intent is Intent.HISTORY or query.revision is Revision.ALL
    ):
        return _history(query, views)
    return _value(query, views)


def _value(query: Query, views: list[FactView]) -> Pick | Miss:
    tiers = kind_tiers(query)
    mention = period_mention(query)
    closing = closing_at(query, views, tiers)
    if closing is not None:
        revisions = statements_of(views, closing)
        return Pick(Intent.VALUE, (revisions[-1], *revisions[:-1]), Revision.CURRENT)
    current = current_of(views)
    counts = [v for v in current if v.fact.kind in tiers[0]]
    named = frozenset(w for h in query.metrics for w in h.metric.name.lower().split())
    points = asks.added(query.said, named)
    # A span led by a point in time needs one among the counts; without any, the span is
    # only needed when no figure is stated for the period, and worked out only then.
    early = points and any(v.fact.period.days == 1 for v in counts)
    span = span_between(mention, counts, query, points=points) if early else None
    if span is not None and span[0].fact.period.days == 1:
        # "how many subscriptions did they add between March and June": a change of a
        # level, never the level at the end of the span
        return Pick(Intent.DIFFERENCE, span)
    for tier in tiers:
        pool = counts if tier is tiers[0] else [v for v in current if v.fact.kind in tier]
        wants_revised = query.revision in (Revision.ORIGINAL, Revision.PREVIOUS)
        if (wants_revised or query.mentions_change) and mention is None:
            # "the target before they cut it", "when did they lower it": a revised figure
            pool = [v for v in pool if v.revisions > 1] or pool
        revised_in = asks.revision_month(query.said) if mention is None else None
        if revised_in is not None:
            # "the top of the guide before the October revision": the period revised then,
            # never a later one stated once
            pool = [v for v in pool if _revised_in(views, v, revised_in[1])] or pool
        if query.as_of is not None and mention is None:
            # "what did they expect at the June update": a figure already stated by
            # then, never a later one's first statement
            pool = [v for v in pool if statements_of(views, v)[0].fact.as_of <= query.as_of]
        found = find_period(mention, pool, query.anchor, query.cumulative)
        if (
            found is not None
            and found.fact.period.days == 1
            and (asks.acted_over_span(query.said) or asks.net_additions(query.said))
            # ("by how many desks did they cut the March 2026 target": a goal revised)
            and not (query.mentions_change and found.fact.kind is not Kind.ACTUAL)
        ):
            found = None  # "how many depots did they mothball in FY27": never the count
        if found is not None:
            return _pick_revision(query, statements_of(views, found))
    if not early:
        span = span_between(mention, counts, query, points=points)
    lifetime = span is not None and span[0].fact.period.months > 12
    if span is not None and (lifetime or asks.derive(query.said) or not _hedged(span)):
        # "sold between June and December" from two running totals since launch; "Q4"
        # from the year less the nine months. Unasked, only from figures stated as
        # counts: "more than 10 million" less 5.4 million is no quarter's figure
        return Pick(Intent.DIFFERENCE, span)
    parts = parts_of(mention, [v for v in current_of(views) if v.fact.kind is Kind.ACTUAL], query)
    if parts and tiers[0] == (Kind.ACTUAL,):
        return Pick(Intent.SUM, tuple(parts))
    return miss_for_period(query, views, tiers)


def _revised_in(views: Sequence[FactView], view: FactView, month: int) -> bool:
    """Was VIEW's figure restated in MONTH (a statement after its first made then)?"""
    return any(s.fact.as_of.month == month for s in statements_of(views, view)[1:])


def _hedged(views: Sequence[FactView]) -> bool:
    return any(is_hedged(v.fact.quote, v.fact.value) for v in views)


def _start_of_span_unheld(
    query: Query, mention: PeriodMention, pool: Sequence[FactView]
) -> Miss | None:
    """'How much did the backlog grow between end of June and end of September', where the
    count is held at September's end but not at June's: the change over those days is not
    held, and the year's change to September is not what was asked."""
    if not BOTH_ENDS.search(mention.text):
        return None
    end = find_period(mention, pool, query.anchor)
    if end is None or end.fact.period.days != 1:
        return None
    return Miss(
        "comparison",
        f"I have {series_name(end)} at {when(end)}, but not at the start of that span.",
        (end,),
    )


def _growth_of_sums(query: Query, pool: Sequence[FactView]) -> Pick | None:
    """'H1 revenue vs the year before' where only quarters are stated: the half added up
    from its quarters against the same half a year earlier (stated, or added up too)."""
    first = period_mention(query)
    later = parts_of(first, pool, query)
    if not later:
        return None
    whole = Period(later[0].fact.period.start, later[-1].fact.period.end)
    second = period_mention(query, 1)
    before = year_earlier(whole)
    if second is not None:
        named = resolve(second.ref, calendar_of(later[0]), whole)  # type: ignore[arg-type]
        before = named[0] if named else before
    stated = [v for v in pool if v.fact.period == before]
    earlier = stated[:1] or tiling(before, pool)
    if not earlier:
        return None
    return Pick(Intent.GROWTH, (*later, *earlier), split=len(later))


def _revised_to(revisions: Sequence[FactView], direction: str | None) -> FactView | None:
    """The latest statement that raised (DIRECTION 'up') or cut ('down') the one before
    it: "its raised forecast" after a later cut is the raise, not the cut."""
    moved = moves(revisions, direction) if direction is not None else []
    return moved[-1] if moved else None


def _made_the_change(named: FactView, revisions: Sequence[FactView], query: Query) -> bool:
    """Did the statement of the month said make the change "before the cut" names ("the
    November range, before the cut" where November cut it), rather than stand before a
    later one ("in Feb, before the trim" where February raised it and May trimmed it)?"""
    way = asks.change_before_named(query.said)
    earlier = [v for v in revisions if v.fact.as_of < named.fact.as_of]
    if way is None or not earlier:
        return True
    return _revised_to([earlier[-1], named], way) is named


def _pick_revision(query: Query, revisions: list[FactView]) -> Pick | Miss:
    current = revisions[-1]
    if query.revision is Revision.NTH:
        return _numbered_revision(query, revisions)
    revised = _revised_to(revisions, asks.revised_direction(query.said))
    if revised is not None and revised is not current and query.as_of is None:
        return _as_stated(revised, revisions)
    stated_in = _stated_in_month_said(query, revisions)
    if stated_in is not None:
        return _as_stated(stated_in, revisions)  # "the November range"
    named = asks.revision_month(query.said)
    in_month = [v for v in revisions if named and v.fact.as_of.month == named[1]]
    if named and in_month and query.as_of is None:
        # "after the November raise": the November statement; "before" it: the one it replaced
        revision = in_month[-1]
        if not named[0]:
            return _as_stated(revision, revisions)
        earlier = [v for v in revisions if v.fact.as_of < revision.fact.as_of]
        if earlier:
            return Pick(Intent.VALUE, (earlier[-1], revision), Revision.PREVIOUS)
    if named and named[0] and not in_month and query.as_of is None:
        # "the high end before the May cut", where May's cut stated another figure (a
        # single one for a range): the last statement of this one before that May
        year = revisions[-1].fact.as_of.year
        standing = [v for v in revisions if v.fact.as_of < date(year, named[1], 1)]
        if standing and standing[-1] is not current:
            return Pick(Intent.VALUE, (standing[-1], current), Revision.PREVIOUS)
        if standing:
            # (nothing stated since: the current statement, with the one it replaced)
            return Pick(Intent.VALUE, (current, *reversed(revisions[:-1])), Revision.CURRENT)
    if query.revision is Revision.ORIGINAL:
        return Pick(Intent.VALUE, (revisions[0], *revisions[1:]), Revision.ORIGINAL)
    if query.revision is Revision.PREVIOUS:
        if len(revisions) < 2:
            return Miss(
                "revision",
                f"I have only one statement of that figure: {fact_label(current)}, "
                f"stated {current.fact.as_of.isoformat()}; nothing earlier.",
                (current,),
            )
        # "before the cut": the statement the latest cut replaced, though a later
        # revision (a narrowing) came after it
        made = _revised_to(revisions, asks.change_before_named(query.said))
        if made is not None and made is not current and query.as_of is None:
            replaced = revisions[revisions.index(made) - 1]
            return Pick(Intent.VALUE, (replaced, made), Revision.PREVIOUS)
        return Pick(Intent.VALUE, (revisions[-2], current), Revision.PREVIOUS)
    if query.revision is Revision.AS_OF and query.as_of is not None:
        stated = [v for v in revisions if v.fact.as_of <= query.as_of]
        named = [v for v in stated if (v.fact.as_of.year, v.fact.as_of.month) == _month(query)]
        # (of the month's statements, the last that revised one before it: "before they
        # cut it in April", the April cut, though the figure it replaced is dated in April
        # too; none where the month's only statement was the first, which stood before a
        # later one: "the target they set in Feb, before they raised it")
        revising = [v for v in named if v is not revisions[0]]
        later = any(v.fact.as_of > named[-1].fact.as_of for v in revisions) if named else False
        if revising:
            named = revising[-1:]
        if (
            named
            and asks.before_change(query.said)
            and (revising or not later)
            and _made_the_change(named[0], revisions, query)
        ):
            # "before the November cut": the statement that the November one replaced
            stated = [v for v in revisions if v.fact.as_of < named[0].fact.as_of]
            if not stated:
                return Miss(
                    "revision",
                    f"{fact_label(named[0])} is the first statement of that figure I have "
                    f"(stated {named[0].fact.as_of.isoformat()}); nothing earlier.",
                    (current,),
                )
            return Pick(Intent.VALUE, (stated[-1], named[0]), Revision.PREVIOUS)
        if named and query.mentions_change:
            # "how much did they raise it in November": that revision against the one before
            before = [v for v in revisions if v.fact.as_of < named[-1].fact.as_of]
            if before:
                return Pick(Intent.VALUE, (named[-1], *before), Revision.CURRENT)
        if not stated:
            return Miss(
                "revision",
                f"That figure was first stated on {revisions[0].fact.as_of.isoformat()}, "
                f"after {query.as_of.isoformat()}.",
                (current,),
            )
        return Pick(
            Intent.VALUE,
            (stated[-1], *[v for v in revisions if v is not stated[-1]]),
            Revision.AS_OF,
        )
    return Pick(Intent.VALUE, (current, *revisions[:-1]), Revision.CURRENT)


def _stated_in_month_said(query: Query, revisions: list[FactView]) -> FactView | None:
    """The statement, of REVISIONS, made in the month the question names an expectation by
    ("the November range", "as it forecast in October"; the latest such), when it names
    no date of its own; None when it names none or none was made that month."""
    if query.as_of is not None or asks.revision_month(query.said) is not None:
        return None
    month = asks.statement_month(query.said)
    made = [v for v in revisions if month and v.fact.as_of.month == month]
    return made[-1] if made else None


def _stated_by(query: Query, revisions: list[FactView]) -> FactView | None:
    """The statement of REVISIONS the question sets an actual against by when it was made:
    the month it names ("the May range"), or the last stated by its date ("its original
    Feb 2025 forecast"); None when it names no such time."""
    named = _stated_in_month_said(query, revisions)
    if named is not None or query.revision is not Revision.AS_OF or query.as_of is None:
        return named
    stated = [v for v in revisions if v.fact.as_of <= query.as_of]
    return stated[-1] if stated else None


def _month(query: Query) -> tuple[int, int]:
    return (query.as_of.year, query.as_of.month) if query.as_of else (0, 0)


def _numbered_revision(query: Query, revisions: list[FactView]) -> Pick | Miss:
    """'After the first revision': the statement the first revision made (the original is
    the 0th); 'before the second cut': the one that cut replaced."""
    before, n = asks.revision_ordinal(query.said) or (False, 0)
    index = n - 1 if before else n
    if index >= len(revisions):
        return Miss(
            "revision",
            f"{fact_label(revisions[-1])} was revised only {len(revisions) - 1} time(s).",
            (revisions[-1],),
        )
    chosen = revisions[index]
    return _as_stated(chosen, revisions)


def _history(query: Query, views: list[FactView]) -> Pick | Miss:
    """How a figure's statements went: of the kind said first ("the forecast": never a
    later year's target while a forecast is held), a revised one where any is."""
    current = current_of(views)
    if query.kind is None and not query.expected:
        tiers: tuple[tuple[Kind, ...], ...] = (tuple(Kind),)
    else:
        tiers = kind_tiers(query)
    for tier in tiers:
        pool = [v for v in current if v.fact.kind in tier]
        pool = [v for v in pool if v.revisions > 1] or pool
        found = find_period(period_mention(query), pool, query.anchor, query.cumulative)
        if found is None:
            continue
        statements = statements_of(views, found)
        month = asks.revision_in_month(query.said)
        made = [v for v in statements[1:] if v.fact.as_of.month == month]
        if made and not _midpoint_said(query):
            # "the cut in the February revision": that revision, from what it replaced
            # (how far a midpoint moved is no statement's)
            return _as_stated(made[-1], statements)
        return Pick(Intent.HISTORY, tuple(statements), Revision.ALL)
    return miss_for_period(query, views, kind_tiers(query))


def _target_met(query: Query, views: list[FactView]) -> Pick | Miss:
    current = current_of(views)
    actuals = [v for v in current if v.fact.kind is Kind.ACTUAL]
    expectation_tiers = (
        kind_tiers(query) if query.kind or query.expected else [(Kind.TARGET,), (Kind.FORECAST,)]
    )
    if expectation_tiers == [(Kind.ACTUAL,)]:
        expectation_tiers = [(Kind.TARGET,), (Kind.FORECAST,)]
    mention = period_mention(query)
    for tier in expectation_tiers:
        goals = [v for v in current if v.fact.kind in tier]
        both = {v.fact.period for v in goals} & {v.fact.period for v in actuals}
        actual = find_period(
            mention, [v for v in actuals if v.fact.period in both], query.anchor, query.cumulative
        )
        if actual is None:
            continue
        goal = next(v for v in goals if v.fact.period == actual.fact.period)
        revisions = statements_of(views, goal)
        # "by how much did they miss the raised forecast": the raise, though cut later
        goal = (
            _stated_by(query, revisions)
            or _revised_to(revisions, asks.revised_direction(query.said))
            or goal
        )
        used = [actual, goal] + ([revisions[0]] if revisions[0] is not goal else [])
        return Pick(Intent.TARGET_MET, tuple(used), query.revision)
    goals = [v for v in current if v.fact.kind is not Kind.ACTUAL]
    if not goals:
        return Miss(
            "comparison",
            f"I have no target or forecast for {series_name(views[0])}.",
            tuple(current),
        )
    goal = find_period(mention, goals, query.anchor, query.cumulative)
    if goal is None and query.periods:
        onward = _gap_from_named_count(query, goals, actuals)
        if onward is not None:
            return onward
    if goal is not None and len(query.periods) > 1:
        # "how much more do they expect in FY2024 than they made in FY2023": the goal
        # for one period against the actual of the other
        actual = find_period(period_mention(query, 1), actuals, goal.fact.period, query.cumulative)
        if actual is not None and actual.fact.period != goal.fact.period:
            return Pick(Intent.GROWTH, (goal, actual))
    # ("how far along toward its revenue target": the target, where one is held, never a
    # later forecast of the same year)
    named_kind = [v for v in goals if v.fact.kind is query.kind] or goals
    progress = _progress(query, named_kind, actuals) if asks.progress(query.said) else None
    if progress is not None and query.revision in (Revision.ORIGINAL, Revision.AS_OF):
        # "short of the first goal by how much": the goal as first stated, not as cut (or
        # as stated by the day named: "to reach the bottom of the 53-56 range")
        actual, goal = progress.facts[0], progress.facts[1]
        revisions = statements_of(views, goal)
        stated = (
            revisions[0] if query.revision is Revision.ORIGINAL else _stated_by(query, revisions)
        )
        progress = replace(progress, facts=(actual, stated or goal))
    if progress is not None:
        return progress
    gap = _gap_to_dated_goal(query, goal, actuals) if goal is not None else None
    if gap is not None:
        return gap
    if goal is not None:
        return Miss(
            "comparison",
            f"I have {series_name(goal)} {goal.fact.kind.value} for {when(goal)} "
            f"but no actual figure for that period to compare it with.",
            (goal,),
        )
    return miss_for_period(query, views, [(Kind.TARGET, Kind.FORECAST)])


def _gap_to_dated_goal(query: Query, goal: FactView, actuals: Sequence[FactView]) -> Pick | None:
    """'How many more funeral homes does it need to reach its FY27 goal, from the March
    2026 count': a goal set for a date (a count to hold then), against the count held at
    the date the question names (else the latest before the goal's), when the question
    asks how far off or how many more; never a verdict on a goal not yet due."""
    if goal.fact.period.days > 1 or not _how_far_asked(query):
        return None
    until = min(query.as_of or goal.fact.period.start, goal.fact.period.start)
    counts = [
        v
        for v in actuals
        if v.fact.period.days == 1
        and v.fact.period.end <= until
        and v.fact.metric == RANGE_END.sub("", goal.fact.metric)
    ]
    if not counts:
        return None
    latest = max(counts, key=lambda v: v.fact.period.end)
    opening = _opening_count(query, goal, counts)
    return Pick(Intent.TARGET_MET, (opening or latest, goal))


def _how_far_asked(query: Query) -> bool:
    """Does the question ask how far off a goal is, or how many more it needs?"""
    said = query.said
    return bool(
        asks.STILL_NEEDED.search(said)
        or asks.HOW_FAR.search(said)
        or asks.MORE_NEEDED.search(said)
        or asks.HOW_MANY_SHORT.search(said)
    )


def _gap_from_named_count(
    query: Query, goals: Sequence[FactView], actuals: Sequence[FactView]
) -> Pick | None:
    """'How many more screens does it need after FY25 to reach its FY26 goal', 'at March
    2025, how many subscribers short of the target': the count held at the close of the
    first period the question names, against the goal set for a later date it names (else
    for the nearest later date: the goal as stated is settled later, by its amount named),
    when it asks how far off or how many more."""
    if not _how_far_asked(query):
        return None
    first, *later = query.periods
    counts = [v for v in actuals if v.fact.period.days == 1]
    if later:
        goal = next(
            (g for m in later if (g := find_period(m, goals, query.anchor)) is not None), None
        )
        if goal is None or goal.fact.period.days > 1:
            return None
        name = RANGE_END.sub("", goal.fact.metric)
        count = find_period(first, [v for v in counts if v.fact.metric == name], query.anchor)
    else:
        count = find_period(first, counts, query.anchor)
        goal = _nearest_goal_after(count, goals) if count is not None else None
    if count is None or goal is None or count.fact.period.end >= goal.fact.period.end:
        return None
    return Pick(Intent.TARGET_MET, (count, goal))


def _nearest_goal_after(count: FactView, goals: Sequence[FactView]) -> FactView | None:
    """The one goal of COUNT's series set for the nearest date after it, or None."""
    later = [
        g
        for g in goals
        if g.fact.period.days == 1
        and RANGE_END.sub("", g.fact.metric) == count.fact.metric
        and g.fact.period.end > count.fact.period.end
    ]
    if not later:
        return None
    nearest = min(g.fact.period.end for g in later)
    goal = [g for g in later if g.fact.period.end == nearest]
    return goal[0] if len(goal) == 1 else None


def _opening_count(query: Query, goal: FactView, counts: Sequence[FactView]) -> FactView | None:
    """'How many must they add in FY26 to reach the June 2026 goal': the count held as the
    span named opened (the day before it starts), where the span runs up to the goal's
    date; None when no span is named or no count is held then."""
    if not (asks.MORE_NEEDED.search(query.said) or asks.STILL_NEEDED.search(query.said)):
        return None  # ("how far is it from its FY26 target": the goal's name, no span to add)
    day, cal = goal.fact.period.end, calendar_of(goal)
    for mention in query.periods:
        spans = resolve(mention.ref, cal, query.anchor)  # type: ignore[arg-type]
        if any(span.days > 1 and span.start < day <= span.end for span in spans):
            opening = opening_point(mention, counts, query.anchor)
            if opening is not None:
                return opening
    return None


def _progress(query: Query, goals: Sequence[FactView], actuals: Sequence[FactView]) -> Pick | None:
    """'After H1, how close were they to the 2011 goal', 'how far along toward the
    full-year forecast after nine months': an actual counted from the start of the goal's
    period (the one named, else the latest) as a share of the goal. Never of a figure
    that does not add up over time (a ratio, a rate, a percentage): H1's wage ratio is
    no part of the year's."""
    if goals and (goals[0].fact.unit == "percent" or not reporting.adds_up(goals[0].fact.metric)):
        return _level_against_goal(query, goals, actuals)
    # each goal a period said names; with none named ("how far from the goal by the end of
    # August"), every goal standing, the latest first (the year a total counts toward)
    named_goals = [
        (m, g)
        for m in query.periods
        if (g := find_period(m, goals, query.anchor, query.cumulative)) is not None
        and not _month_end_of_span(m, g)
    ]
    unnamed = [(None, g) for g in sorted(goals, key=lambda v: v.fact.period.end, reverse=True)]
    for mention, goal in named_goals or unnamed:
        so_far = [
            v
            for v in actuals
            if v.fact.period.start == goal.fact.period.start
            and v.fact.period.end < goal.fact.period.end
        ]
        others = [m for m in query.periods if m is not mention]
        named = [v for m in others for v in [_so_far_named(m, so_far, query)] if v]
        if others and not named:
            continue  # "by the end of March": that span's figure, never the latest one
        pick = named[0] if named else latest_of(so_far)
        if pick is not None:
            return Pick(Intent.PROGRESS, (pick, goal))
    # "after H1 2011, how close to the goal": the actual named, and the goal whose period
    # starts with it and runs on
    pair = _named_part_and_its_goal(query, goals, actuals)
    return Pick(Intent.PROGRESS, pair) if pair is not None else None


def _month_end_of_span(mention: PeriodMention, goal: FactView) -> bool:
    """Is MENTION a month's end ("at the end of June") and GOAL set for a span: a day that
    says where the running total stops, never which goal?"""
    return isinstance(mention.ref, MonthEndRef) and goal.fact.period.days > 1


def _so_far_named(
    mention: PeriodMention, so_far: Sequence[FactView], query: Query
) -> FactView | None:
    """The running total toward a goal that the period said closes: "after H1", "by the
    end of August" (the month's end within the goal's own period)."""
    if isinstance(mention.ref, MonthEndRef):
        month = mention.ref.month
        return next(
            (v for v in so_far if v.fact.period.end == month_end(v.fact.period.end.year, month)),
            None,
        )
    found = find_period(mention, so_far, query.anchor)
    if found is None and isinstance(mention.ref, ExactRef) and mention.ref.period.months == 1:
        # ("how far from the target as of end Sep 2026": the running total to that month's
        # last day)
        end = mention.ref.period.end
        found = next((v for v in so_far if v.fact.period.end == end), None)
    return found


def _level_against_goal(
    query: Query, goals: Sequence[FactView], actuals: Sequence[FactView]
) -> Pick | None:
    """'Was H1 occupancy already at the year's 94% target': a level (a ratio, a rate)
    of the part of the year named, set against the goal of the year it starts."""
    pair = _named_part_and_its_goal(query, goals, actuals)
    return Pick(Intent.TARGET_MET, pair) if pair is not None else None


def _named_part_and_its_goal(
    query: Query, goals: Sequence[FactView], actuals: Sequence[FactView]
) -> tuple[FactView, FactView] | None:
    """The actual of a period the question names, and the goal whose period starts with it
    and runs on (the shortest such), or None."""
    for mention in query.periods:
        actual = find_period(mention, actuals, query.anchor)
        if actual is None:
            continue
        a = actual.fact.period
        around = [g for g in goals if g.fact.period.start == a.start and g.fact.period.end > a.end]
        if around:
            return actual, min(around, key=lambda g: g.fact.period.end)
    return None


def _growth(query: Query, views: list[FactView]) -> Pick | Miss:
    tiers = kind_tiers(query)
    # ("sales growth in the year to March 2024 as first reported": each year's figure as
    # first stated, never as restated since)
    original = query.revision is Revision.ORIGINAL
    stated = first_statements_of(views) if original else current_of(views)
    pool = [v for v in stated if v.fact.kind in tiers[0]]
    first, second = period_mention(query), period_mention(query, 1)
    if first is not None and isinstance(first.ref, RelativeRef) and first.ref.base is None:
        # "vs last year" alone: the latest against the year before; "the same quarter last
        # year vs Q3 2025": Q3 2025 against the quarter a year before it
        named = second is not None and not isinstance(second.ref, RelativeRef)
        first, second = (second, first) if named else (None, first)
    if first is not None and second is None and not asks.against_year_before(query.said):
        # ("ARR growth yoy at the end of Q3": against a year before, never the quarter's
        # own change)
        span = span_between(first, pool, query, points=True)
        # "how much did sales grow in Q2": the half less the first quarter is Q2's own
        # level, not a growth (it is compared below like any level); only running totals
        # since launch and point-in-time counts make a change by taking one from the other
        level = span is not None and carved_part(span) is not None
        if span is not None and not (level and span[0].fact.period.months <= 12):
            return Pick(Intent.DIFFERENCE, span)  # "members gained between June and Sept"
        unheld = _start_of_span_unheld(query, first, pool) if span is None else None
        if unheld is not None:
            return unheld
    if first is None:
        later = latest_of([v for v in pool if _earlier_of(query, v, pool, second)])
        if later is None:
            return (
                miss_for_period(query, views, tiers)
                if not pool
                else Miss(
                    "comparison",
                    f"I have {series_name(pool[0])} only for {periods_list(pool)}: "
                    "nothing to compare.",
                    tuple(pool),
                )
            )
    else:
        later = find_period(first, pool, query.anchor, query.cumulative)
        if later is None:
            summed = _growth_of_sums(query, pool) if tiers[0] == (Kind.ACTUAL,) else None
            return summed or miss_for_period(query, views, tiers)
    earlier = None
    if (
        later.fact.kind is not Kind.ACTUAL
        and second is not None
        and _actual_named_at(query, second)
    ):
        # "the 2026 target vs 2025 sales": the other period's actual figure, where one is held
        actuals = [v for v in current_of(views) if v.fact.kind is Kind.ACTUAL]
        earlier = _earlier_of(query, later, actuals, second)
    if (
        earlier is None
        and later.fact.kind is not Kind.ACTUAL
        and second is not None
        and not _expectation_named_at(query, second)
    ):
        # "the March 2027 target compared with March 2026", set after March 2026 had
        # passed: what March 2026 came to, where it is held, never its old target
        actuals = [v for v in current_of(views) if v.fact.kind is Kind.ACTUAL]
        before = _earlier_of(query, later, actuals, second)
        if before is not None and before.fact.period.end < later.fact.as_of:
            earlier = before
    earlier = earlier or _earlier_of(query, later, pool, second)
    if earlier is None and later.fact.kind is not Kind.ACTUAL and second is not None:
        # "the FY2025 forecast vs FY2024": an expectation against the actual figure of
        # the other period, when no expectation for it was stated
        actuals = [v for v in current_of(views) if v.fact.kind is Kind.ACTUAL]
        earlier = _earlier_of(query, later, actuals, second)
    if earlier is None and later.fact.kind is Kind.ACTUAL and later.fact.period.days > 1:
        # "H1 revenue vs the year before's H1" where only that year's quarters are held:
        # the earlier half added up from its quarters
        parts = _earlier_in_parts(query, later, pool, second)
        if parts:
            return Pick(Intent.GROWTH, (later, *parts), split=1)
    if earlier is None:
        return Miss(
            "comparison",
            f"I have {series_name(later)} for {when(later)} but nothing for the period to compare "
            f"it with; I have {periods_list(pool)}.",
            (later,),
        )
    pair = sorted([later, earlier], key=lambda v: v.fact.period.end, reverse=True)
    return Pick(Intent.GROWTH, tuple(pair))


def _actual_named_at(query: Query, mention: PeriodMention) -> bool:
    """Does the question name the figure anew at MENTION without a word of expectation
    ("the 2026 target vs 2025 sales": 2025's sales, the actual ones)? A period said bare
    ("the target for 2026 vs 2025") means the same kind of figure."""
    reading = query.reading
    if reading is None or not query.metrics:
        return False
    expecting = [i for i, word in reading.signals if word in EXPECTATION_WORDS]
    named = query.metrics[0].explained
    return any(_nearest_period(query, i) is mention for i in named) and not any(
        _nearest_period(query, i) is mention for i in expecting
    )


def _expectation_named_at(query: Query, mention: PeriodMention) -> bool:
    """Is a word of expectation said nearer MENTION than any other period ("the 2027
    target vs the 2026 *target*")? Then that period's expectation is meant."""
    reading = query.reading
    if reading is None or len(query.periods) < 2:
        return False
    expecting = [i for i, word in reading.signals if word in EXPECTATION_WORDS]
    return len(expecting) > 1 and any(_nearest_period(query, i) is mention for i in expecting)


def _nearest_period(query: Query, i: int) -> PeriodMention:
    """The period the question names nearest its I-th word."""
    at = query.reading.tokens[i].start  # type: ignore[union-attr]
    return min(query.periods, key=lambda m: max(m.start - at, at - m.end, 0))


def _earlier_of(
    query: Query, view: FactView, pool: Sequence[FactView], mention: PeriodMention | None
) -> FactView | None:
    """The figure VIEW is compared with: the one named, else a year earlier for a
    quarter (unless asked sequentially), else the period just before. Only the same
    company's same metric: never another end of a range, another region's figure or
    another company's."""
    f = view.fact
    pool = [v for v in pool if (v.fact.entity, v.fact.metric) == (f.entity, f.metric)]
    if mention is not None:
        found = find_period(
            mention,
            [v for v in pool if v is not view],
            anchor=view.fact.period,
            cumulative=query.cumulative,
        )
        return found
    period = view.fact.period
    if query.sequential and period.start == period.end:
        return _point_before(view, pool)
    options = _before(period, query.sequential)
    for wanted in options:
        # (a week-counted quarter's year-ago twin starts a day or so off the date a
        # year before: it comes before the quarter just gone)
        same = [v for v in pool if v.fact.period == wanted] or _nearest_first(
            [
                v
                for v in pool
                if v.fact.period != period
                and period.days > 1
                and _within_a_week(v.fact.period, wanted)
            ],
            period,
            wanted,
            query,
        )
        if same:
            return same[0]
    months = in_whole_months(period)
    if months is not None:
        # (a 53-week year against the 52 weeks before it: by the months each stands for)
        options += _before(months, query.sequential)
    for wanted in options:  # a year of 52 weeks against one of 53, and their quarters
        for v in pool:
            # (a week-counted quarter against a calendar one a year before, or the like)
            if v.fact.period != period and (
                v.fact.period == wanted or weeks_for_months(v.fact.period, wanted)
            ):
                return v
    return None


def _nearest_first(
    views: list[FactView], period: Period, wanted: Period, query: Query
) -> list[FactView]:
    """Figures within a week of the WANTED period before PERIOD, best first: as many weeks
    long as the question says ("growth on a 52-week basis": the pro forma year), then the
    one ending the day before PERIOD begins (the 53 weeks reported, never the 52-week
    restatement ending a week earlier), then the nearest."""
    weeks = next((m.weeks for m in query.periods if m.weeks is not None), None)

    def rank(v: FactView) -> tuple[bool, bool, int]:
        p = v.fact.period
        off = abs((p.start - wanted.start).days) + abs((p.end - wanted.end).days)
        long_as_said = weeks is None or abs(p.days - 7 * weeks) <= 1
        return not long_as_said, p.end + timedelta(days=1) != period.start, off

    return sorted(views, key=rank)


def _within_a_week(period: Period, wanted: Period) -> bool:
    return abs((period.start - wanted.start).days) <= 7 and abs((period.end - wanted.end).days) <= 7


def _before(period: Period, sequential: bool) -> list[Period]:
    """The periods a figure of PERIOD is compared with: the one before it, or (a part of a
    year, not asked sequentially) first the same part a year earlier."""
    if sequential or period.months >= 12:
        return [previous(period)]
    return [year_earlier(period), previous(period)]


def _earlier_in_parts(
    query: Query, view: FactView, pool: Sequence[FactView], mention: PeriodMention | None
) -> list[FactView]:
    """The figures that add up to the period VIEW is compared with (the one named, else a
    year earlier, else the period before), where no figure is stated for it whole."""
    f = view.fact
    pool = [v for v in pool if (v.fact.entity, v.fact.metric) == (f.entity, f.metric)]
    if mention is not None:
        wanted = resolve(mention.ref, calendar_of(view), f.period)  # type: ignore[arg-type]
    else:
        wanted = _before(f.period, query.sequential)
    for period in wanted:
        parts = tiling(period, pool)
        if parts:
            return parts
    return []


def _point_before(view: FactView, pool: Sequence[FactView]) -> FactView | None:
    """A count at a date asked about against the period before ("ARR q/q"): the count at
    the latest date before it, when that is at most a quarter earlier."""
    day = view.fact.period.end
    earlier = [
        v
        for v in pool
        if v.fact.period.start == v.fact.period.end and 0 < (day - v.fact.period.end).days <= 92
    ]
    return max(earlier, key=lambda v: v.fact.period.end, default=None)


def _trend(query: Query, views: list[FactView]) -> Pick | Miss:
    current = current_of(views)
    if query.kind is not None or query.expected:
        kinds = set(sum(kind_tiers(query), ()))
        current = [v for v in current if v.fact.kind in kinds or v.fact.kind is Kind.ACTUAL]
    if query.parts is not None:
        # "quarterly ebitda for 2024": each quarter's figure of that year, never the
        # year's own; none held is said, never another period's figures instead
        current = _parts_of_named(query, current)
        if not current:
            # ("monthly deliveries in October": the one part named is the figure asked;
            # "monthly paying users in Q4": a month's measure, stated for the quarter)
            one = _value(replace(query, intent=Intent.VALUE, parts=None), views)
            longest = _PART_DAYS[query.parts][1]
            if isinstance(one, Pick) and (
                query.parts == "month" or one.facts[0].fact.period.days <= longest
            ):
                return one
            name = query.metrics[0].metric.name if query.metrics else "those figures"
            return Miss("period", f"I don't have {name} by {query.parts} for that period.")
        if len({v.fact.period for v in current}) == 1 and not _one_part_named(query, current[0]):
            # ("tenancy ratio each quarter of 2023" where only the year-end is held: one
            # part is no series, and never the answer to each)
            name = query.metrics[0].metric.name if query.metrics else "that figure"
            return Miss(
                "period", f"I have {name} for only one {query.parts} of that period, not each."
            )
    periods = {v.fact.period for v in current}
    if len(periods) <= 1:
        if not current:
            return _value(query, views)
        # one period only: its figure, whatever its kind (an actual first)
        only = next((v for v in current if v.fact.kind is Kind.ACTUAL), current[-1])
        return _pick_revision(query, statements_of(views, only))
    keys = {c.fact.revision_key for c in current}
    every_revision = [v for v in views if v.fact.revision_key in keys]
    return Pick(
        Intent.TREND, tuple(sorted(every_revision, key=lambda v: (v.fact.period, v.revision)))
    )


# The days a part of a period runs, near enough (a 13- or 14-week quarter, a 26-week half)
_PART_DAYS = {"quarter": (80, 100), "half": (170, 190), "month": (27, 32)}


def _parts_of_named(query: Query, views: list[FactView]) -> list[FactView]:
    """VIEWS whose period is one of the parts QUERY asks (quarters, halves, months) and
    lies inside the period it names, where it names one."""
    unit = query.parts or "quarter"
    low, high = _PART_DAYS[unit]
    parts = [v for v in views if low <= v.fact.period.days <= high or _at_a_part_end(v, unit)]
    mention = query.periods[0] if len(query.periods) == 1 else None
    if mention is None:
        return parts
    # ("every quarter since Q1 2024": that one and each after it)
    onward = query.said[: mention.start].rstrip().lower().endswith(("since", "from"))
    inside = []
    for v in parts:
        wanted = resolve(mention.ref, calendar_of(v), query.anchor)  # type: ignore[arg-type]
        start, end = v.fact.period.start, v.fact.period.end
        if any(w.start <= start and (onward or end <= w.end) for w in wanted):
            inside.append(v)
    return inside


def _one_part_named(query: Query, view: FactView) -> bool:
    """Does the period QUERY names run no longer than one of the parts it asks ("monthly
    deliveries in October"), in VIEW's company's calendar?"""
    if len(query.periods) != 1 or query.parts is None:
        return False
    spans = resolve(query.periods[0].ref, calendar_of(view), query.anchor)  # type: ignore[arg-type]
    return bool(spans) and all(w.days <= _PART_DAYS[query.parts][1] for w in spans)


def _at_a_part_end(view: FactView, unit: str) -> bool:
    """Is VIEW a count at the last day of a part of its company's year ("towers at each
    quarter end": a level at 30 June, a quarter's end)?"""
    period = view.fact.period
    if period.days != 1 or month_end(period.end.year, period.end.month) != period.end:
        return False
    step = {"quarter": 3, "half": 6, "month": 1}[unit]
    return (period.end.month - calendar_of(view).end_month) % step == 0


def _midpoint_said(query: Query) -> bool:
    return (
        any(t.lemma in asks.MIDPOINT_WORDS for t in query.reading.tokens)
        if query.reading
        else False
    )


def _as_stated(statement: FactView, statements: list[FactView]) -> Pick:
    """STATEMENT as the one asked for, the statements after it riding along (what it
    became)."""
    later = [v for v in statements if v.fact.as_of > statement.fact.as_of]
    return Pick(Intent.VALUE, (statement, *later), Revision.AS_OF)
