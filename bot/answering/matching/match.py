"""From a Query and the facts of its entities and metrics to a decision: each series (one
entity's one metric) decided on its own (by_intent.py), then one decision made of theirs.

Pure functions over lists of FactView: the store has already narrowed the facts to the
question's entities and metrics, so everything here is small.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot import patterns
from bot.answering.english.lexicon import FUNCTION_WORDS
from bot.answering.matching.by_intent import decide
from bot.answering.matching.decision import RANGE_END, Choice, Decision, Miss, Pick, one_end
from bot.answering.matching.things_left import thing_left_unanswered
from bot.answering.phrases import calendar_of
from bot.answering.reading import asks
from bot.answering.reading.intent import Intent, Revision
from bot.answering.reading.period_folding import month_outside
from bot.answering.reading.query import Query
from bot.answering.vocabulary.name_forms import capitalised_words, unit_untagged
from bot.facts import reporting
from bot.facts.model import FactView, Kind
from bot.facts.periods import (
    PeriodMention,
    resolve,
)

# "the first season 2025", "2nd fishing season": one of a year's seasons by its number
_ORDINAL_SEASON = patterns.guarded(
    r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:\w+\s+)?seasons?\b", re.I
)

# When several series miss, the most specific explanation wins.
_MISS_ORDER = ("kind", "revision", "comparison", "period")


def select(query: Query, facts: Sequence[FactView]) -> Decision:
    """Decide per series (one entity's one metric), then combine. A question for one end of
    a range ('the top of the guidance') is answered by that end of every range stated as
    one fact, the way a range stated as two end metrics answers it: never its low end."""
    decision = _select(query, facts)
    if (
        isinstance(decision, Pick)
        and _ORDINAL_SEASON.search(query.said)
        and any(v.fact.period.days > 200 for v in decision.facts)
    ):
        # "anchovy landed in the first season 2025": one of a year's seasons (a fishing
        # season, a crop), which no period reading names; never the year's whole figure
        return Miss("period", "I can't tell which of the spans I hold that season is.")
    if isinstance(decision, Pick) and query.as_of is not None:
        decision = _standing_now(query, decision, facts)
    if isinstance(decision, Pick):
        answered = list(dict.fromkeys((v.fact.entity, v.fact.metric) for v in decision.facts))
        others = list(dict.fromkeys((v.fact.entity, v.fact.metric) for v in facts))
        left = thing_left_unanswered(query, answered, [k for k in others if k not in answered])
        if left is not None:
            return left
    end = query.range_end
    if end is not None and isinstance(decision, Pick):
        if decision.intent is Intent.VALUE:
            decision = replace(decision, facts=tuple(one_end(v, end) for v in decision.facts))
        elif decision.intent in (Intent.TARGET_MET, Intent.PROGRESS):
            # "how far toward the low end of its target": the actual against that end
            actual, *goals = decision.facts
            decision = replace(decision, facts=(actual, *(one_end(v, end) for v in goals)))
    return decision


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
    results = [decide(query, views) for views in series.values()]
    picks = [r for r in results if isinstance(r, Pick)]
    if query.mentions_change and len(picks) > 1:
        # "how much did they cut the milk price": of the figures that fit, the ones ever
        # revised (with the other end of a revised range); a figure stated once was never cut
        picks = _revised_only(picks) or picks
    if len(picks) > 1:
        # "the goal as raised in November": of the figures that fit, the one restated then
        picks = _restated_in_month_said(query, picks, series) or picks
    if len(picks) == 1:
        return picks[0]
    picks = _one_figure_restated(query, picks)
    if len(picks) == 1:
        return picks[0]
    picks = _fitting_the_ask(query, picks)
    if len(picks) == 1:
        return picks[0]
    picks = _of_the_period_said(query, picks)
    if len(picks) == 1:
        return picks[0]
    picks = _of_the_kind_said(query, picks)
    if len(picks) == 1:
        return picks[0]
    picks = _least_named(query, picks)
    if len(picks) == 1:
        return picks[0]
    ends = _range_pair(picks)
    if ends is not None:
        return ends
    whole = _whole_of_the_others(picks)
    if whole is not None:
        return whole
    if len(picks) > 1:
        return Choice(tuple(p.facts[0] for p in picks))
    misses = [r for r in results if isinstance(r, Miss)]
    if not misses:
        return Miss("period", "I have no figures for that.")
    return min(misses, key=lambda m: _MISS_ORDER.index(m.reason))


def _standing_now(query: Query, decision: Pick, facts: Sequence[FactView]) -> Pick:
    """'Is the March guidance still current?': where the statement a date names has been
    replaced, the one standing now (whose history goes back to it), never the March
    figure as if it stood."""
    if not asks.STILL_STANDS.search(query.said) or all(v.is_current for v in decision.facts):
        return decision
    keys = list(dict.fromkeys(v.fact.revision_key for v in decision.facts))
    now = [v for v in facts if v.is_current and v.fact.revision_key in keys]
    if len(now) != len(keys):
        return decision
    now.sort(key=lambda v: keys.index(v.fact.revision_key))
    # (the statement named after it, as the history the answer tells)
    return replace(decision, facts=(*now, *(v for v in decision.facts if not v.is_current)))


def _whole_of_the_others(picks: list[Pick]) -> Pick | None:
    """'How many subscribers' of a company stating its monitored subscribers and their
    business and residential parts: of three or more figures of one company, period and
    unit that fit alike, the one the others add up to is the whole the question names
    without a part's word."""
    if len(picks) < 3 or any(p.intent is not Intent.VALUE or len(p.facts) != 1 for p in picks):
        return None
    facts = [p.facts[0].fact for p in picks]
    if len({(f.entity, f.period, f.unit) for f in facts}) != 1 or any(
        f.value_high is not None or f.value <= 0 for f in facts
    ):
        return None
    total = sum(f.value for f in facts)
    # (the whole is half of everything added up: itself and its parts)
    wholes = [
        p for p, f in zip(picks, facts, strict=True) if abs(total - 2 * f.value) <= 1e-3 * f.value
    ]
    return wholes[0] if len(wholes) == 1 else None


def _restated_in_month_said(
    query: Query, picks: list[Pick], series: dict[tuple[str, str], list[FactView]]
) -> list[Pick]:
    """The picks whose series holds a statement made in the month of the revision the
    question names ('after the November raise'), of several; none when it names none."""
    named = asks.revision_month(query.said) or asks.revision_in_month(query.said)
    if named is None and query.mentions_change and query.reading is not None:
        named = month_outside(query.reading.text, query.periods)  # "the November target raise"
    if named is None:
        return []
    month = named[1] if isinstance(named, tuple) else named
    # (a range's ends and the one figure it replaced are one figure's statements)
    restated = {
        (entity, RANGE_END.sub("", metric))
        for (entity, metric), views in series.items()
        if any(v.fact.as_of.month == month and v.fact.kind is not Kind.ACTUAL for v in views)
    }
    return [
        p
        for p in picks
        if (p.facts[0].fact.entity, RANGE_END.sub("", p.facts[0].fact.metric)) in restated
    ]


def _fitting_the_ask(query: Query, picks: list[Pick]) -> list[Pick]:
    """Of several figures that fit a question naming no metric, those of its shape: a
    span asked about ('9M FY26 vs 9M FY25') is a figure for the span, not a point in time
    at its end (the order book); a year's end asked about is a point in time."""
    if asks.net_additions(query.said):
        # "net tower additions in FY26": the change of the count held at dates, never the
        # towers acquired (one way a count grows, its losses unsaid)
        changes = [p for p in picks if p.facts[0].fact.period.days == 1]
        if changes and len(changes) < len(picks):
            return changes
    if query.periods and asks.AT_YEAR_END.search(query.said):
        # "MW in service at year-end 2025": the count held at the year's end, never the
        # year's additions, where both fit
        points = [p for p in picks if p.facts[0].fact.period.days == 1]
        if points and len(points) < len(picks):
            return points
    if query.periods:
        spans = [p for p in picks if p.facts[0].fact.period.days > 1]
        if (
            spans
            and len(spans) < len(picks)
            and not any(_is_point(m, p.facts[0]) for m in query.periods for p in picks)
        ):
            picks = spans
    return picks


def _least_named(query: Query, picks: list[Pick]) -> list[Pick]:
    """Of several figures that fit, the one whose name every other's holds and adds to,
    the others' added words unsaid: "electricity generated" of "hydro electricity
    generated", "comparable sales growth" of "comparable store sales growth". A line, a
    region or a kind the question does not name is never what it asks."""
    if query.reading is None:
        return picks
    said = {t.lemma for t in query.reading.tokens} | {t.text for t in query.reading.tokens}
    least = _least_of(picks, said, _name_words)
    # ("loan book": "gross loans to customers" before "retail loans", a qualifier and
    # whom it is sold to adding no line of their own)
    return least if len(least) == 1 else _least_of(picks, said, _core_words)


def _least_of(
    picks: list[Pick], said: set[str], words_of: Callable[[str], frozenset[str]]
) -> list[Pick]:
    names = {id(p): words_of(p.facts[0].fact.metric) for p in picks}
    if len(set(map(frozenset, names.values()))) != len(picks):
        return picks
    for p in picks:
        own = names[id(p)]
        others = [names[id(o)] for o in picks if o is not p]
        if all(own < other and not _any_said(other - own, said) for other in others):
            # (a product of its own name is no variety: "Nova Lite" units beside "Nova")
            capitals = [_capitalised(o.facts[0].fact.metric) for o in picks if o is not p]
            if not any(c - own for c in capitals):
                return [p]
    return picks


def _any_said(words: frozenset[str], said: set[str]) -> bool:
    """Is one of WORDS said, as itself or a word made from it ("organically": "organic")?"""
    return any(w in said or any(s.startswith(w) for s in said if len(w) >= 4) for w in words)


def _name_tokens(metric: str) -> tuple[str, ...]:
    return reporting.normalize(unit_untagged(RANGE_END.sub("", metric)))


def _name_words(metric: str) -> frozenset[str]:
    return frozenset(_name_tokens(metric))


def _core_words(metric: str) -> frozenset[str]:
    """A name's words less its qualifiers ("gross") and whom it is to ("to customers": a
    counterparty after the small word, never "customers" counted)."""
    words = _name_tokens(metric)
    core = []
    for i, w in enumerate(words):
        after_small = i > 0 and words[i - 1] in FUNCTION_WORDS
        if w in reporting.qualifiers() or w in FUNCTION_WORDS:
            continue
        if after_small and reporting.is_counterparty(w):
            continue
        core.append(w)
    return frozenset(core)


def _capitalised(metric: str) -> frozenset[str]:
    """The words a metric's name writes with a capital (a product's, a region's), as
    `_name_words` has them."""
    words = capitalised_words(unit_untagged(RANGE_END.sub("", metric)))
    return frozenset(reporting.normalize(" ".join(sorted(words))))


def _of_the_kind_said(query: Query, picks: list[Pick]) -> list[Pick]:
    """Of several figures that fit, those of the very kind the question says ("the sales
    target": the units target, not the revenue forecast beside it)."""
    if query.kind is None or query.kind is Kind.ACTUAL:
        return picks
    said = [p for p in picks if p.facts[0].fact.kind is query.kind]
    return said or picks


def _of_the_period_said(query: Query, picks: list[Pick]) -> list[Pick]:
    """Of several figures that fit, those of the very period the question says ("2025
    target": the year's, not a quarter's of it that a series without the year offered)."""
    if not query.periods or query.intent is not Intent.VALUE:
        return picks
    exact = [
        p
        for p in picks
        if any(
            p.facts[0].fact.period in resolve(m.ref, calendar_of(p.facts[0])) for m in query.periods
        )
    ]
    return exact if exact and len(exact) < len(picks) else picks


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


def _stood_together(picks: list[Pick]) -> bool:
    """Did the two ends picked stand at one time: neither restated by the day the other
    was stated? (A low end raised in May beside a high end of November still standing is
    the range as of May; a low end of October beside a high end restated in November is
    no range anyone gave.)"""
    day = max(p.facts[0].fact.as_of for p in picks)
    for p in picks:
        first = p.facts[0].fact
        if any(
            first.as_of < v.fact.as_of <= day
            and (v.fact.metric, v.fact.period) == (first.metric, first.period)
            for v in p.facts[1:]
        ):
            return False
    return True


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
    if not same or not _stood_together(picks):
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
