"""From a Query and the facts of its entities and metrics to a decision: the facts that
answer it (Pick), several that fit equally (Choice), or why nothing does (Miss).

Pure functions over lists of FactView: the store has already narrowed the facts to the
question's entities and metrics, so everything here is small.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bot import patterns
from bot.answering.phrases import calendar_of, fact_label, possessive, short_when, when
from bot.answering.reading import asks
from bot.answering.reading.intent import Intent, Revision
from bot.answering.reading.understand import Query
from bot.facts.model import FactView, Kind, Period
from bot.facts.periods import (
    WEEKS_SLACK,
    FiscalCalendar,
    PeriodMention,
    RelativeRef,
    describe,
    in_whole_months,
    matches_unanchored,
    own_reading_first,
    previous,
    resolve,
    year_earlier,
)
from bot.facts.quantities import is_hedged


@dataclass(frozen=True)
class Pick:
    intent: Intent
    facts: tuple[FactView, ...]  # what the answer states, the main fact first
    revision: Revision = Revision.CURRENT
    within: bool = False  # an actual against a range: asked whether it fell inside it
    # growth of sums: facts[:split] add up to the later figure, facts[split:] the earlier
    split: int = 0


@dataclass(frozen=True)
class Choice:
    options: tuple[FactView, ...]  # best first


@dataclass(frozen=True)
class Miss:
    reason: str  # "period", "kind", "revision", "comparison"
    message: str
    nearby: tuple[FactView, ...] = ()  # what the store does have, for suggestions


Decision = Pick | Choice | Miss
# When several series miss, the most specific explanation wins.
_MISS_ORDER = ("kind", "revision", "comparison", "period")


def select(query: Query, facts: Sequence[FactView]) -> Decision:
    """Decide per series (one entity's one metric), then combine. A question for one end of
    a range ('the top of the guidance') is answered by that end of every range stated as
    one fact, the way a range stated as two end metrics answers it: never its low end."""
    decision = _select(query, facts)
    end = query.range_end
    if end is not None and isinstance(decision, Pick):
        if decision.intent is Intent.VALUE:
            decision = replace(decision, facts=tuple(one_end(v, end) for v in decision.facts))
        elif decision.intent in (Intent.TARGET_MET, Intent.PROGRESS):
            # "how far toward the low end of its target": the actual against that end
            actual, *goals = decision.facts
            decision = replace(decision, facts=(actual, *(one_end(v, end) for v in goals)))
    return decision


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


def _select(query: Query, facts: Sequence[FactView]) -> Decision:
    series: dict[tuple[str, str], list[FactView]] = {}
    first = facts[0].fact if facts else None
    if first is not None and all(
        v.fact.metric == first.metric and v.fact.entity == first.entity for v in facts
    ):
        series[(first.entity, first.metric)] = list(facts)  # (mostly: one series read)
    for view in () if series else facts:  # (no list made per view, as setdefault would)
        key = (view.fact.entity, view.fact.metric)
        held = series.get(key)
        if held is None:
            series[key] = [view]
        else:
            held.append(view)
    results = [_decide(query, views) for views in series.values()]
    picks = [r for r in results if isinstance(r, Pick)]
    if query.mentions_change and len(picks) > 1:
        # "how much did they cut the milk price": of the figures that fit, the ones ever
        # revised (with the other end of a revised range); a figure stated once was never cut
        picks = _revised_only(picks) or picks
    if len(picks) == 1:
        return picks[0]
    picks = _one_figure_restated(query, picks)
    if len(picks) == 1:
        return picks[0]
    picks = _fitting_the_ask(query, picks)
    if len(picks) == 1:
        return picks[0]
    ends = _range_pair(picks)
    if ends is not None:
        return ends
    if len(picks) > 1:
        return Choice(tuple(p.facts[0] for p in picks))
    misses = [r for r in results if isinstance(r, Miss)]
    if not misses:
        return Miss("period", "I have no figures for that.")
    return min(misses, key=lambda m: _MISS_ORDER.index(m.reason))


_ONE_DAY = timedelta(days=1)
# "revenue (high end)": one end of a range stated as a metric of its own; group 1 the end
RANGE_END = patterns.compile(r"\s*\((low|high) end\)\s*$", re.IGNORECASE)


def _fitting_the_ask(query: Query, picks: list[Pick]) -> list[Pick]:
    """Of several figures that fit a question naming no metric, those of its shape: a
    span asked about ('9M FY26 vs 9M FY25') is a figure for the span, not a point in time
    at its end (the order book)."""
    if query.periods:
        spans = [p for p in picks if p.facts[0].fact.period.days > 1]
        if (
            spans
            and len(spans) < len(picks)
            and not any(_is_point(m, p.facts[0]) for m in query.periods for p in picks)
        ):
            picks = spans
    return picks


def _is_point(mention: PeriodMention, view: FactView) -> bool:
    """Does the question name a point in time a figure is stated at ('at 31 May')?"""
    cal = calendar_of(view)
    return any(p.days == 1 for p in resolve(mention.ref, cal))


def _revised_only(picks: list[Pick]) -> list[Pick]:
    revised = [p for p in picks if p.facts[0].revisions > 1]
    # a range's other end, and the one figure a range replaced, are the same figure's
    ranges = {_figure(p, _range_base(p)) for p in revised if _range_base(p)}
    return [
        p
        for p in picks
        if p in revised
        or _figure(p, _range_base(p)) in ranges
        or _figure(p, p.facts[0].fact.metric) in ranges
    ]


def _figure(pick: Pick, metric: str | None) -> tuple:
    f = pick.facts[0].fact
    return (f.entity, metric, f.period, f.kind)


def _range_base(pick: Pick) -> str | None:
    """'revenue' for a pick of 'revenue (low end)'; None for a figure not a range's end."""
    metric = pick.facts[0].fact.metric
    return RANGE_END.sub("", metric) if RANGE_END.search(metric) else None


def _one_figure_restated(query: Query, picks: list[Pick]) -> list[Pick]:
    """A figure first given as one number and later as a range, or the other way round
    ('revenue' on 10 May, 'revenue (low end)' / '(high end)' on 5 Nov): one figure stated
    twice, not three figures to choose from. The later statement is current; the earlier
    one answers 'the original', and is cited beside the current one otherwise."""
    if len(picks) != 3 or any(p.intent is not Intent.VALUE for p in picks):
        return picks
    mains = [p.facts[0] for p in picks]
    whole = [v for v in mains if not RANGE_END.search(v.fact.metric)]
    ends = [v for v in mains if RANGE_END.search(v.fact.metric)]
    if len(whole) != 1 or len(ends) != 2:
        return picks
    one = whole[0].fact
    if any(
        RANGE_END.sub("", v.fact.metric) != one.metric
        or (v.fact.entity, v.fact.period, v.fact.kind) != (one.entity, one.period, one.kind)
        or v.fact.as_of == one.as_of
        for v in ends
    ):
        return picks
    range_later = all(v.fact.as_of > one.as_of for v in ends)
    wants_earlier = query.revision in (Revision.ORIGINAL, Revision.PREVIOUS)
    named = asks.revision_month(query.said)
    if named is not None and any(v.fact.as_of.month == named[1] for v in (*ends, whole[0])):
        # "before the July revision": the statement that revision replaced; "after": it
        revised_in_month = [v for v in (*ends, whole[0]) if v.fact.as_of.month == named[1]]
        later_one = max(revised_in_month, key=lambda v: v.fact.as_of)
        wants_earlier = named[0] == (later_one in ends) if range_later else not named[0]
    if range_later == wants_earlier:  # the single figure is the one asked for
        single = next(p for p in picks if p.facts[0] is whole[0])
        extra = tuple(ends) if wants_earlier else ()
        # (the figure a later range replaced is that figure's first statement)
        revision = Revision.ORIGINAL if range_later else single.revision
        return [Pick(Intent.VALUE, (*single.facts, *extra), revision)]
    # the range is the one asked for; the single figure rides along as its other statement
    return [Pick(p.intent, (*p.facts, whole[0]), p.revision) for p in picks if p.facts[0] in ends]


def _range_pair(picks: list[Pick]) -> Pick | None:
    """Two picks that are the low and high ends of one range ("motorcycle shipments (low
    end)" / "(high end)", same period and kind): one derived answer naming both ends."""
    if len(picks) == 2 and all(p.intent is Intent.HISTORY for p in picks):
        return _range_history(picks)
    if len(picks) != 2 or any(p.intent is not Intent.VALUE for p in picks):
        return None
    a, b = (p.facts[0] for p in picks)
    ma, mb = RANGE_END.search(a.fact.metric), RANGE_END.search(b.fact.metric)
    if not (ma and mb) or {ma[1].lower(), mb[1].lower()} != {"low", "high"}:
        return None
    same = (
        RANGE_END.sub("", a.fact.metric) == RANGE_END.sub("", b.fact.metric)
        and a.fact.entity == b.fact.entity
        and a.fact.period == b.fact.period
        and a.fact.kind == b.fact.kind
    )
    if not same:
        return None
    low, high = (a, b) if ma[1].lower() == "low" else (b, a)
    earlier = tuple(v for p in picks for v in p.facts[1:])
    return Pick(Intent.RANGE, (low, high, *earlier), picks[0].revision)


def _range_history(picks: list[Pick]) -> Pick | None:
    """The revisions of a range stated as two end metrics, each statement as one range
    (the low end's fact with its high end beside it), when every statement gave both."""
    ends = {RANGE_END.search(p.facts[0].fact.metric) for p in picks}
    if None in ends or {e[1].lower() for e in ends if e} != {"low", "high"}:
        return None
    low, high = sorted(picks, key=lambda p: RANGE_END.search(p.facts[0].fact.metric)[1] != "low")  # type: ignore[index]
    highs = {v.fact.as_of: v for v in high.facts}
    if [v.fact.as_of for v in low.facts] != list(highs) or any(
        (v.fact.entity, v.fact.period, v.fact.kind)
        != (
            highs[v.fact.as_of].fact.entity,
            highs[v.fact.as_of].fact.period,
            highs[v.fact.as_of].fact.kind,
        )
        for v in low.facts
    ):
        return None
    merged = tuple(
        replace(
            v,
            fact=replace(
                v.fact,
                metric=RANGE_END.sub("", v.fact.metric),
                value_high=highs[v.fact.as_of].fact.value,
            ),
        )
        for v in low.facts
    )
    return Pick(Intent.HISTORY, merged, Revision.ALL)


def _decide(query: Query, views: list[FactView]) -> Pick | Miss:
    if query.intent is Intent.TREND:
        return _trend(query, views)
    if query.intent is Intent.TARGET_MET:
        return _target_met(query, views)
    if query.intent is Intent.GROWTH:
        return _growth(query, views)
    if query.intent is Intent.HISTORY or query.revision is Revision.ALL:
        return _history(query, views)
    return _value(query, views)


# -- building blocks -----------------------------------------------------------------


def _current(views: Sequence[FactView]) -> list[FactView]:
    return [v for v in views if v.revision == v.revisions]  # (`is_current`, uncalled)


def _revisions(views: Sequence[FactView], of: FactView) -> list[FactView]:
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


def _kind_tiers(query: Query, default: Kind = Kind.ACTUAL) -> list[tuple[Kind, ...]]:
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


def _latest(views: Sequence[FactView], running: bool = False) -> FactView | None:
    """The most recent period; on a tie the longer one (a year over its last quarter),
    but a running total over years (deliveries since founding) last unless RUNNING
    totals are asked for ("since launch"): such a total answers only a question that
    says so."""

    def key(v: FactView) -> tuple[date, int]:
        days = v.fact.period.days
        return v.fact.period.end, days if days <= 366 or running else -days

    return max(views, key=key, default=None)


def _find_period(
    mention: PeriodMention | None,
    pool: Sequence[FactView],
    anchor: Period | None = None,
    cumulative: bool = False,
) -> FactView | None:
    """The view in POOL whose period the mention names (the latest one if none is named).
    CUMULATIVE ("since launch", "by the end of 2024"): a figure counted from an earlier
    start up to the end of the named period answers too."""
    if mention is None:
        return _latest(pool, cumulative)
    for cal, views in _by_calendar(pool).items():
        wanted = resolve(mention.ref, cal, anchor)  # type: ignore[arg-type]
        if wanted:
            for period in wanted:
                start, end = period.start, period.end
                running = (
                    [v for v in views if _counted_to(v.fact.period, period)] if cumulative else []
                )
                found = (
                    running  # "since launch, through the end of 2024": the running total
                    or [
                        v
                        for v in views
                        if v.fact.period.end == end and v.fact.period.start == start
                    ]
                    or [v for v in views if _point_at_end(v.fact.period, period)]
                    or [v for v in views if weeks_for_months(v.fact.period, period)]
                )
                if found:
                    return found[0]
        elif not (isinstance(mention.ref, RelativeRef) and mention.ref.base is not None):
            fits = [v for v in views if matches_unanchored(mention.ref, v.fact.period, cal)]
            own = own_reading_first(mention.ref, [v.fact.period for v in fits], cal)
            fits = [v for v in fits if v.fact.period in own]
            if not fits:
                # "customers at the end of Q3": a point-in-time figure on the last day of
                # a quarter, half or year the phrase names
                fits = [v for v in views if _closes_a_named_span(mention, v.fact.period, cal)]
            if fits and cumulative:
                # "cumulative deliveries through October": the running total that closes the
                # latest October held, not that month's own figure
                closes = _latest(fits).fact.period  # type: ignore[union-attr]
                running = [v for v in views if _counted_to(v.fact.period, closes)]
                fits = [min(running, key=lambda v: v.fact.period.start)] if running else fits
            if fits:
                return _latest(fits)
    return None


def _by_calendar(pool: Sequence[FactView]) -> dict[FiscalCalendar, list[FactView]]:
    """POOL's views by their company's calendar, in order of first appearance. One
    company's views share their calendar's settings: then it is made once, not per view."""
    if not pool:
        return {}
    year_end, named_by = pool[0].fiscal_year_end, pool[0].fiscal_year_named_by
    if all(v.fiscal_year_end == year_end and v.fiscal_year_named_by == named_by for v in pool):
        return {calendar_of(pool[0]): list(pool)}
    by_calendar: dict[FiscalCalendar, list[FactView]] = {}
    for v in pool:
        by_calendar.setdefault(calendar_of(v), []).append(v)
    return by_calendar


def weeks_for_months(held: Period, wanted: Period) -> bool:
    """A period counted in weeks (4 Feb 2024 – 1 Feb 2025) answers for the whole months
    it stands for (FY2024, Feb 2024 – Jan 2025; see periods.in_whole_months); a point in
    time near such a period's end stands for that end ("the year-end headcount of fiscal
    2023": 3 Feb 2024)."""
    if held.days == 1:
        return wanted.days >= 28 and abs(held.end - wanted.end) <= WEEKS_SLACK
    months = in_whole_months(held)
    return months is not None and months == (in_whole_months(wanted) or wanted)


def _counted_to(fact_period: Period, wanted: Period) -> bool:
    """A running total (launch to 31 Dec 2024) closes the period asked about."""
    return fact_period.end == wanted.end and fact_period.start < wanted.start


def _point_at_end(fact_period: Period, wanted: Period) -> bool:
    """A point-in-time figure (a one-day period: backlog at 31 Dec 2025) answers for the
    period it closes ("backlog in 2025", "at the end of 2025")."""
    return fact_period.start == fact_period.end == wanted.end and wanted.days > 1


def _asked_period(mention: PeriodMention | None, sample: FactView) -> str:
    """The period a question named, spelled out in the entity's calendar when possible."""
    if mention is None:
        return "that period"
    cal = calendar_of(sample)
    wanted = resolve(mention.ref, cal)
    return describe(wanted[0], cal) if wanted else mention.text.strip()


def _periods_list(views: Sequence[FactView], limit: int = 6) -> str:
    labels = list(dict.fromkeys(short_when(v) for v in sorted(views, key=lambda v: v.fact.period)))
    more = f" and {len(labels) - limit} more" if len(labels) > limit else ""
    return ", ".join(labels[:limit]) + more


def _article(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word


def _name(view: FactView) -> str:
    return f"{possessive(view.fact.entity)} {view.fact.metric}"


def _mention(query: Query, index: int = 0) -> PeriodMention | None:
    return query.periods[index] if len(query.periods) > index else None


def _miss_for_period(query: Query, views: list[FactView], tiers: list[tuple[Kind, ...]]) -> Miss:
    """Explain a miss: another kind for that period, or no figure for that period at all."""
    current = _current(views)
    mention = _mention(query)
    other = _find_period(mention, current, query.anchor, query.cumulative)
    wanted = " or ".join(k.value for k in tiers[0])
    if other is not None:
        have = [v for v in current if v.fact.period == other.fact.period]
        kinds = " and ".join(sorted({v.fact.kind.value for v in have}))
        return Miss(
            "kind",
            f"I have {_name(other)} {kinds} for {when(other)}, not {_article(wanted)} figure.",
            tuple(have),
        )
    sample = views[0]
    same_kind = [v for v in current if v.fact.kind in tiers[0]] or current
    return Miss(
        "period",
        f"I don't have {_name(sample)} for {_asked_period(mention, sample)}; "
        f"I have it for {_periods_list(same_kind)}.",
        tuple(sorted(same_kind, key=lambda v: v.fact.period, reverse=True)),
    )


# -- intents ------------------------------------------------------------------------------


def _value(query: Query, views: list[FactView]) -> Pick | Miss:
    tiers = _kind_tiers(query)
    mention = _mention(query)
    closing = _closing_at(query, views, tiers)
    if closing is not None:
        revisions = _revisions(views, closing)
        return Pick(Intent.VALUE, (revisions[-1], *revisions[:-1]), Revision.CURRENT)
    current = _current(views)
    counts = [v for v in current if v.fact.kind in tiers[0]]
    points = asks.added(query.said)
    # A span led by a point in time needs one among the counts; without any, the span is
    # only needed when no figure is stated for the period, and worked out only then.
    early = points and any(v.fact.period.days == 1 for v in counts)
    span = _between(mention, counts, query, points=points) if early else None
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
        found = _find_period(mention, pool, query.anchor, query.cumulative)
        if found is not None:
            return _pick_revision(query, _revisions(views, found))
    if not early:
        span = _between(mention, counts, query, points=points)
    lifetime = span is not None and span[0].fact.period.months > 12
    if span is not None and (lifetime or asks.derive(query.said) or not _hedged(span)):
        # "sold between June and December" from two running totals since launch; "Q4"
        # from the year less the nine months. Unasked, only from figures stated as
        # counts: "more than 10 million" less 5.4 million is no quarter's figure
        return Pick(Intent.DIFFERENCE, span)
    parts = _parts_of(mention, [v for v in _current(views) if v.fact.kind is Kind.ACTUAL], query)
    if parts and tiers[0] == (Kind.ACTUAL,):
        return Pick(Intent.SUM, tuple(parts))
    return _miss_for_period(query, views, tiers)


def _between(
    mention: PeriodMention | None, pool: Sequence[FactView], query: Query, *, points: bool
) -> tuple[FactView, ...] | None:
    """A span's figure as the difference of figures of one shape: two running totals
    from the same start (launch to 30 Jun, launch to 31 Dec: what was sold in between),
    or, when POINTS, two point-in-time counts (subscriptions at 31 Mar and at 30 Jun), or
    a longer period's figure less the rest of it (see _carved). The later or longer
    figure first; None when the pool holds no such figures."""
    if mention is None or not pool:
        return None
    cal = calendar_of(pool[0])
    for wanted in resolve(mention.ref, cal, query.anchor):  # type: ignore[arg-type]
        if wanted.days <= 1:
            continue
        # where the span starts: the day before it, or (between two month names) the end
        # of its first month, or (between two dates) its first day
        month_end = _month_end(wanted.start)
        starts = [wanted.start - _ONE_DAY, wanted.start]
        # running totals "between June and December" run from the end of June; "Sep-Oct",
        # "Sep and Oct combined" are both months
        from_first_month_end = bool(_BETWEEN.search(mention.text)) and not asks.totals(query.said)
        for late in pool:
            p = late.fact.period
            is_point = p.days == 1
            if p.end != wanted.end or not ((points and is_point) or p.start < wanted.start):
                continue
            ends = (
                [month_end] if month_end < wanted.end and (is_point or from_first_month_end) else []
            )
            for start in starts + ends:
                for early in pool:
                    q = early.fact.period
                    shape = q.days == 1 if is_point else (q.start == p.start and q.days > 1)
                    if early is not late and shape and q.end == start:
                        return late, early
        carved = _carved(wanted, pool)
        if carved is not None:
            return carved
    return None


_BETWEEN = patterns.compile(r"\b(?:between|from)\b", re.IGNORECASE)


def _carved(wanted: Period, pool: Sequence[FactView]) -> tuple[FactView, ...] | None:
    """WANTED's figure as a longer stated figure less the rest of it, the rest stated
    whole or in back-to-back parts: Q4 as the year less the nine months, H2 as the year
    less Q1 and Q2, Q3 as the year less H1 and Q4. The longer figure first, then what is
    taken from it, fewest figures first; None when nothing stated fits."""
    flows = [v for v in pool if v.fact.period.days > 1 and v.fact.unit != "percent"]
    best: tuple[FactView, ...] | None = None
    for whole in flows:
        w = whole.fact.period
        if w == wanted or not (w.start <= wanted.start and wanted.end <= w.end):
            continue
        same = [v for v in flows if _same_series(v, whole)]
        before = _stated_over(w.start, wanted.start - _ONE_DAY, same)
        after = _stated_over(wanted.end + _ONE_DAY, w.end, same)
        if before is None or after is None:
            continue
        found = (whole, *before, *after)
        if best is None or len(found) < len(best):
            best = found
    return best or _carved_in_weeks(wanted, flows)


def _carved_in_weeks(wanted: Period, flows: Sequence[FactView]) -> tuple[FactView, ...] | None:
    """A part asked for by months (Q1 FY2025, Feb - Apr 2025) of a retailer that counts
    in weeks: its longer figure (the half, 2 Feb - 2 Aug 2025) less the one stated figure
    standing for the rest of those months on each side (Q2, 4 May - 2 Aug)."""
    for whole in flows:
        months = in_whole_months(whole.fact.period)
        if months is None or months == wanted:
            continue
        if not (months.start <= wanted.start and wanted.end <= months.end):
            continue
        same = [v for v in flows if _same_series(v, whole) and v is not whole]
        before = _standing_for(months.start, wanted.start - _ONE_DAY, same)
        after = _standing_for(wanted.end + _ONE_DAY, months.end, same)
        if before is not None and after is not None:
            return (whole, *before, *after)
    return None


def _standing_for(start: date, end: date, pool: Sequence[FactView]) -> list[FactView] | None:
    """The one figure counted in weeks that stands for the months START to END (none for
    an empty span); None when no such figure is stated."""
    if end < start:
        return []
    found = [v for v in pool if in_whole_months(v.fact.period) == Period(start, end)]
    return found[:1] or None


def _same_series(a: FactView, b: FactView) -> bool:
    return (a.fact.entity, a.fact.metric, a.fact.unit) == (
        b.fact.entity,
        b.fact.metric,
        b.fact.unit,
    )


def _stated_over(start: date, end: date, pool: Sequence[FactView]) -> list[FactView] | None:
    """The figures that cover START to END exactly: none for an empty span, one stated for
    it, or back-to-back parts; None when the pool cannot cover it."""
    if end < start:
        return []
    span = Period(start, end)
    whole = [v for v in pool if v.fact.period == span]
    if whole:
        return whole[:1]
    return _tiling(span, pool) or None


def carved_part(facts: Sequence[FactView]) -> Period | None:
    """The period a figure worked out by _carved is for: the first figure's period less
    the others' (one series, inside it, leaving one unbroken span); None for any other
    set of figures."""
    whole, parts = facts[0], facts[1:]
    w = whole.fact.period
    if not parts or w.days <= 1 or not all(_same_series(v, whole) for v in parts):
        return None
    spans = sorted(v.fact.period for v in parts)
    if any(s.start < w.start or s.end > w.end or s.days <= 1 for s in spans):
        return None
    start, end = w.start, w.end
    for s in spans:  # the parts before the remainder, then those after it
        if s.start == start:
            start = s.end + _ONE_DAY
    for s in reversed(spans):
        if s.end == end and s.start >= start:
            end = s.start - _ONE_DAY
    covered = sum(s.days for s in spans)
    return (
        Period(start, end) if start <= end and covered + (end - start).days + 1 == w.days else None
    )


def _closes_a_named_span(mention: PeriodMention, point: Period, cal: FiscalCalendar) -> bool:
    """Is POINT (one day) the last day of a quarter, half or year MENTION names?"""
    day = point.end
    if point.start != day or day != _month_end(day):
        return False
    for months in (3, 6, 12):
        first = day.year * 12 + day.month - months  # months since year 0, zero-based
        span = Period(date(first // 12, first % 12 + 1, 1), day)
        if matches_unanchored(mention.ref, span, cal):
            return True
    return False


def _hedged(views: Sequence[FactView]) -> bool:
    return any(is_hedged(v.fact.quote, v.fact.value) for v in views)


def _month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - _ONE_DAY


def _parts_of(
    mention: PeriodMention | None, pool: Sequence[FactView], query: Query
) -> list[FactView]:
    """'H1 2024' from Q1 and Q2 2024, 'the first nine months' from three quarters: the
    figures whose periods tile the one asked about exactly, in order; [] if none do."""
    if mention is None or not pool or pool[0].fact.unit == "percent":
        return []
    cal = calendar_of(pool[0])
    for wanted in resolve(mention.ref, cal, query.anchor):  # type: ignore[arg-type]
        chain = _tiling(wanted, pool)
        if chain:
            return chain
    return []


def _tiling(wanted: Period, pool: Sequence[FactView]) -> list[FactView]:
    """The figures whose periods tile WANTED exactly (two or more), in order; [] if none."""
    if not pool or pool[0].fact.unit == "percent":
        return []
    inside = sorted(
        (
            v
            for v in pool
            if wanted.start <= v.fact.period.start
            and v.fact.period.end <= wanted.end
            and v.fact.period != wanted
            and v.fact.period.days > 1
        ),
        key=lambda v: (v.fact.period.start, -v.fact.period.days),
    )
    chain: list[FactView] = []
    for v in inside:
        start = wanted.start if not chain else chain[-1].fact.period.end + _ONE_DAY
        if v.fact.period.start == start:
            chain.append(v)
    if chain and chain[-1].fact.period.end == wanted.end and len(chain) > 1:
        return chain
    return []


def _growth_of_sums(query: Query, pool: Sequence[FactView]) -> Pick | None:
    """'H1 revenue vs the year before' where only quarters are stated: the half added up
    from its quarters against the same half a year earlier (stated, or added up too)."""
    first = _mention(query)
    later = _parts_of(first, pool, query)
    if not later:
        return None
    whole = Period(later[0].fact.period.start, later[-1].fact.period.end)
    second = _mention(query, 1)
    before = year_earlier(whole)
    if second is not None:
        named = resolve(second.ref, calendar_of(later[0]), whole)  # type: ignore[arg-type]
        before = named[0] if named else before
    stated = [v for v in pool if v.fact.period == before]
    earlier = stated[:1] or _tiling(before, pool)
    if not earlier:
        return None
    return Pick(Intent.GROWTH, (*later, *earlier), split=len(later))


def _closing_at(
    query: Query, views: list[FactView], tiers: list[tuple[Kind, ...]]
) -> FactView | None:
    """'backlog as of 31 Dec 2025', 'subscriptions as of 3/31/24': for a figure at a point
    in time (or one counted up to a date), 'as of' names the period's end, not when it
    was stated, whenever the date is not one on which anything had been stated."""
    if query.as_of is None or query.periods:
        return None
    kinds = set(sum(tiers, ()))
    ending = [
        v for v in _current(views) if v.fact.period.end == query.as_of and v.fact.kind in kinds
    ]
    if not ending:
        return None
    one_day = [v for v in ending if v.fact.period.days == 1]
    stated_by_then = any(v.fact.as_of <= query.as_of for v in views)
    if one_day:
        return one_day[0]
    running = [v for v in ending if v.fact.period.start < query.as_of.replace(day=1)]
    if query.cumulative and running:
        return min(running, key=lambda v: v.fact.period.start)  # the longest running total
    return None if stated_by_then else ending[0]


def _revised_to(revisions: Sequence[FactView], direction: str | None) -> FactView | None:
    """The latest statement that raised (DIRECTION 'up') or cut ('down') the one before
    it: "its raised forecast" after a later cut is the raise, not the cut."""
    if direction is None:
        return None

    def mid(v: FactView) -> float:
        f = v.fact
        return f.value if f.value_high is None else (f.value + f.value_high) / 2

    moved = [
        later
        for earlier, later in itertools.pairwise(revisions)
        if (mid(later) > mid(earlier)) == (direction == "up") and mid(later) != mid(earlier)
    ]
    return moved[-1] if moved else None


def _pick_revision(query: Query, revisions: list[FactView]) -> Pick | Miss:
    current = revisions[-1]
    revised = _revised_to(revisions, asks.revised_direction(query.said))
    if revised is not None and revised is not current and query.as_of is None:
        later = [v for v in revisions if v.fact.as_of > revised.fact.as_of]
        return Pick(Intent.VALUE, (revised, *later), Revision.AS_OF)
    named = asks.revision_month(query.said)
    in_month = [v for v in revisions if named and v.fact.as_of.month == named[1]]
    if named and in_month and query.as_of is None:
        # "after the November raise": the November statement; "before" it: the one it replaced
        revision = in_month[-1]
        if not named[0]:
            later = [v for v in revisions if v.fact.as_of > revision.fact.as_of]
            return Pick(Intent.VALUE, (revision, *later), Revision.AS_OF)
        earlier = [v for v in revisions if v.fact.as_of < revision.fact.as_of]
        if earlier:
            return Pick(Intent.VALUE, (earlier[-1], revision), Revision.PREVIOUS)
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
        return Pick(Intent.VALUE, (revisions[-2], current), Revision.PREVIOUS)
    if query.revision is Revision.AS_OF and query.as_of is not None:
        stated = [v for v in revisions if v.fact.as_of <= query.as_of]
        named = [v for v in stated if (v.fact.as_of.year, v.fact.as_of.month) == _month(query)]
        if named and asks.before_change(query.said):
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


def _month(query: Query) -> tuple[int, int]:
    return (query.as_of.year, query.as_of.month) if query.as_of else (0, 0)


def _history(query: Query, views: list[FactView]) -> Pick | Miss:
    current = _current(views)
    if query.kind is None and not query.expected:
        pool = [v for v in current if v.revisions > 1] or current
    else:
        pool = [v for v in current if v.fact.kind in sum(_kind_tiers(query), ())]
    found = _find_period(_mention(query), pool, query.anchor, query.cumulative)
    if found is None:
        return _miss_for_period(query, views, _kind_tiers(query))
    return Pick(Intent.HISTORY, tuple(_revisions(views, found)), Revision.ALL)


def _target_met(query: Query, views: list[FactView]) -> Pick | Miss:
    current = _current(views)
    actuals = [v for v in current if v.fact.kind is Kind.ACTUAL]
    expectation_tiers = (
        _kind_tiers(query) if query.kind or query.expected else [(Kind.TARGET,), (Kind.FORECAST,)]
    )
    if expectation_tiers == [(Kind.ACTUAL,)]:
        expectation_tiers = [(Kind.TARGET,), (Kind.FORECAST,)]
    mention = _mention(query)
    for tier in expectation_tiers:
        goals = [v for v in current if v.fact.kind in tier]
        both = {v.fact.period for v in goals} & {v.fact.period for v in actuals}
        actual = _find_period(
            mention, [v for v in actuals if v.fact.period in both], query.anchor, query.cumulative
        )
        if actual is None:
            continue
        goal = next(v for v in goals if v.fact.period == actual.fact.period)
        revisions = _revisions(views, goal)
        # "by how much did they miss the raised forecast": the raise, though cut later
        goal = _revised_to(revisions, asks.revised_direction(query.said)) or goal
        used = [actual, goal] + ([revisions[0]] if len(revisions) > 1 else [])
        return Pick(Intent.TARGET_MET, tuple(used), query.revision)
    goals = [v for v in current if v.fact.kind is not Kind.ACTUAL]
    if not goals:
        return Miss(
            "comparison", f"I have no target or forecast for {_name(views[0])}.", tuple(current)
        )
    goal = _find_period(mention, goals, query.anchor, query.cumulative)
    if goal is not None and len(query.periods) > 1:
        # "how much more do they expect in FY2024 than they made in FY2023": the goal
        # for one period against the actual of the other
        actual = _find_period(_mention(query, 1), actuals, goal.fact.period, query.cumulative)
        if actual is not None and actual.fact.period != goal.fact.period:
            return Pick(Intent.GROWTH, (goal, actual))
    progress = _progress(query, goals, actuals) if asks.progress(query.said) else None
    if progress is not None and query.revision is Revision.ORIGINAL:
        # "short of the first goal by how much": the goal as first stated, not as cut
        actual, goal = progress.facts[0], progress.facts[1]
        progress = replace(progress, facts=(actual, _revisions(views, goal)[0]))
    if progress is not None:
        return progress
    if goal is not None:
        return Miss(
            "comparison",
            f"I have {_name(goal)} {goal.fact.kind.value} for {when(goal)} "
            f"but no actual figure for that period to compare it with.",
            (goal,),
        )
    return _miss_for_period(query, views, [(Kind.TARGET, Kind.FORECAST)])


def _progress(query: Query, goals: Sequence[FactView], actuals: Sequence[FactView]) -> Pick | None:
    """'After H1, how close were they to the 2011 goal', 'how far along toward the
    full-year forecast after nine months': an actual counted from the start of the goal's
    period (the one named, else the latest) as a share of the goal."""
    mentions = list(query.periods) or [None]
    for mention in mentions:
        goal = _find_period(mention, goals, query.anchor, query.cumulative)
        if goal is None:
            continue
        so_far = [
            v
            for v in actuals
            if v.fact.period.start == goal.fact.period.start
            and v.fact.period.end < goal.fact.period.end
        ]
        others = [m for m in query.periods if m is not mention]
        named = [v for m in others for v in [_find_period(m, so_far, query.anchor)] if v]
        if others and not named:
            continue  # "by the end of March": that span's figure, never the latest one
        pick = named[0] if named else _latest(so_far)
        if pick is not None:
            return Pick(Intent.PROGRESS, (pick, goal))
    # "after H1 2011, how close to the goal": the actual named, and the goal whose period
    # starts with it and runs on
    for mention in query.periods:
        actual = _find_period(mention, actuals, query.anchor)
        if actual is None:
            continue
        a = actual.fact.period
        around = [g for g in goals if g.fact.period.start == a.start and g.fact.period.end > a.end]
        if around:
            goal = min(around, key=lambda g: g.fact.period.end)
            return Pick(Intent.PROGRESS, (actual, goal))
    return None


def _growth(query: Query, views: list[FactView]) -> Pick | Miss:
    tiers = _kind_tiers(query)
    pool = [v for v in _current(views) if v.fact.kind in tiers[0]]
    first, second = _mention(query), _mention(query, 1)
    if first is not None and isinstance(first.ref, RelativeRef) and first.ref.base is None:
        first, second = None, first  # "vs last year" alone: the latest against the year before
    if first is not None and second is None and not asks.against_year_before(query.said):
        # ("ARR growth yoy at the end of Q3": against a year before, never the quarter's
        # own change)
        span = _between(first, pool, query, points=True)
        # "how much did sales grow in Q2": the half less the first quarter is Q2's own
        # level, not a growth (it is compared below like any level); only running totals
        # since launch and point-in-time counts make a change by taking one from the other
        level = span is not None and carved_part(span) is not None
        if span is not None and not (level and span[0].fact.period.months <= 12):
            return Pick(Intent.DIFFERENCE, span)  # "members gained between June and Sept"
    if first is None:
        later = _latest([v for v in pool if _earlier_of(query, v, pool, second)])
        if later is None:
            return (
                _miss_for_period(query, views, tiers)
                if not pool
                else Miss(
                    "comparison",
                    f"I have {_name(pool[0])} only for {_periods_list(pool)}: nothing to compare.",
                    tuple(pool),
                )
            )
    else:
        later = _find_period(first, pool, query.anchor, query.cumulative)
        if later is None:
            summed = _growth_of_sums(query, pool) if tiers[0] == (Kind.ACTUAL,) else None
            return summed or _miss_for_period(query, views, tiers)
    earlier = _earlier_of(query, later, pool, second)
    if earlier is None and later.fact.kind is not Kind.ACTUAL and second is not None:
        # "the FY2025 forecast vs FY2024": an expectation against the actual figure of
        # the other period, when no expectation for it was stated
        actuals = [v for v in _current(views) if v.fact.kind is Kind.ACTUAL]
        earlier = _earlier_of(query, later, actuals, second)
    if earlier is None:
        return Miss(
            "comparison",
            f"I have {_name(later)} for {when(later)} but nothing for the period to compare "
            f"it with; I have {_periods_list(pool)}.",
            (later,),
        )
    pair = sorted([later, earlier], key=lambda v: v.fact.period.end, reverse=True)
    return Pick(Intent.GROWTH, tuple(pair))


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
        found = _find_period(
            mention,
            [v for v in pool if v is not view],
            anchor=view.fact.period,
            cumulative=query.cumulative,
        )
        return found
    period = view.fact.period
    options = (
        [previous(period)]
        if query.sequential or period.months >= 12
        else [year_earlier(period), previous(period)]
    )
    for wanted in options:
        for v in pool:
            if v.fact.period == wanted:
                return v
    for wanted in options:  # a year of 52 weeks against one of 53, and their quarters
        for v in pool:
            if v.fact.period != period and weeks_for_months(v.fact.period, wanted):
                return v
    return None


def _trend(query: Query, views: list[FactView]) -> Pick | Miss:
    current = _current(views)
    if query.kind is not None or query.expected:
        kinds = set(sum(_kind_tiers(query), ()))
        current = [v for v in current if v.fact.kind in kinds or v.fact.kind is Kind.ACTUAL]
    periods = {v.fact.period for v in current}
    if len(periods) <= 1:
        if not current:
            return _value(query, views)
        # one period only: its figure, whatever its kind (an actual first)
        only = next((v for v in current if v.fact.kind is Kind.ACTUAL), current[-1])
        return _pick_revision(query, _revisions(views, only))
    keys = {c.fact.revision_key for c in current}
    every_revision = [v for v in views if v.fact.revision_key in keys]
    return Pick(
        Intent.TREND, tuple(sorted(every_revision, key=lambda v: (v.fact.period, v.revision)))
    )
