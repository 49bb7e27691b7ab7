"""Derived answers built from several figures the question names, each cited: a group
figure less a segment's, one figure as a share of another, two named figures compared, an
actual against a range's ends, progress toward a range, and the sibling statements of a
figure given first as one number and later as a range.

Pure functions over the facts the engine has already fetched for the question's company.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.answering.english.words import lemmas
from bot.answering.matching.decision import RANGE_END, Decision, Miss, Pick, one_end
from bot.answering.matching.match import select
from bot.answering.phrases import calendar_of
from bot.answering.reading import asks
from bot.answering.reading.intent import Intent, Revision
from bot.answering.reading.query import Query, Reading
from bot.answering.vocabulary.vocabulary import MetricHit
from bot.facts import reporting
from bot.facts.model import FactView, Kind, Quantity
from bot.facts.periods import (
    HalfRef,
    MonthsEndingRef,
    PeriodMention,
    QuarterRef,
    YearRef,
    month_number,
    resolve,
)
from bot.facts.quantities import format_quantity


def _named_figures(
    query: Query, pool: list[FactView], *, percent: bool = False, any_measure: bool = False
) -> list[tuple[MetricHit, FactView]]:
    """Each metric the question names (of the chosen one's measure; a percentage only when
    PERCENT: a gap between two rates is one, a share of a rate is none; ANY_MEASURE: of
    whatever measure, the chosen metric being only one guess) with the figure it states
    for the question's period and kind. Callers compare figures of one unit."""
    reading = query.reading
    if reading is None or not query.metrics:
        return []
    chosen = query.metrics[0].metric
    value_of = replace(query, intent=Intent.VALUE)
    picked: list[tuple[MetricHit, FactView]] = []
    asked = {i for i, t in enumerate(reading.tokens) if asks.share((t.text,))}
    for h in reading.candidates:
        region = _region_of(h.metric.name)
        if region not in (reading.regions or (None,)) and not (region and h.by_short_form):
            continue  # a region's figure is never the whole company's, nor another's
        measure = reporting.measure_of_unit
        if h.coverage < 0.5 or (not any_measure and measure(h.metric.unit) != measure(chosen.unit)):
            continue  # (a metric stated in two currencies: the figures' own units compared)
        if h.metric.unit == "percent" and not percent:
            continue
        if h.explained & asked:
            continue  # "share" asks for a share; it does not name "earnings per share"
        decision = select(value_of, [v for v in pool if v.fact.metric == h.metric.name])
        if isinstance(decision, Pick) and decision.intent is Intent.VALUE:
            picked.append((h, decision.facts[0]))
    return picked


def between_named(
    query: Query, pool: list[FactView], before: int = -1, *, explaining: bool = False
) -> Pick | None:
    """Two figures the question names, of one company, period and kind, one less the
    other: the one named before 'than' first when the question says 'than', else the
    larger first ('the gap between gross and net orders'). EXPLAINING: only two that
    between them explain every word the question left unexplained but the gap's own."""
    figures = _named_figures(query, pool, percent=True, any_measure=True)
    reading = query.reading
    if reading is None:
        return None
    left = {
        i
        for i, w in reading.open_words
        if explaining and w in query.unexplained and w.lower() not in asks.GAP_WORDS
    }
    ahead = {i for i, t in enumerate(reading.tokens) if before >= 0 and t.start < before}
    where = {h.metric.id: _region_words(h, reading) for h, _ in figures}
    pairs = [
        (len(a.explained | b.explained), a.coverage + b.coverage, first, second)
        for a, first in figures
        for b, second in figures
        if a.metric.id != b.metric.id
        # each named by words of its own: two metrics read from the same words ("console
        # units": Nova or Nova Lite?) are one figure asked about, not two to compare
        and (_named_by(a, reading), a.explained) != (_named_by(b, reading), b.explained)
        and left <= a.explained | b.explained
        and not (RANGE_END.search(a.metric.name) or RANGE_END.search(b.metric.name))
        and (first.fact.entity, first.fact.period, first.fact.kind, first.fact.unit)
        == (second.fact.entity, second.fact.period, second.fact.kind, second.fact.unit)
        and (
            _named_first(a.explained | where[a.metric.id], b.explained | where[b.metric.id], ahead)
            if ahead
            else first.fact.value >= second.fact.value
        )
    ]
    if not pairs:
        return None
    _, _, first, second = max(pairs, key=lambda p: (p[0], p[1]))
    return Pick(Intent.DIFFERENCE, (first, second))


def _region_words(hit: MetricHit, reading: Reading) -> set[int]:
    """The question's words naming the region of the hit's metric ("the us" of "US sales"),
    which name the figure as much as its own words do."""
    region = _region_of(hit.metric.name)
    if region is None:
        return set()
    return {i for i in reading.region_tokens if _region_key(reading.tokens[i].text) == region}


def _region_key(word: str) -> str | None:
    """The region a word the reading took for one names ("us": the U.S., read lower-case
    as the reading did, word_roles.lowercase_us)."""
    found = reporting.region_of(word.upper() if word == "us" else word)
    return None if found is None else found.key


def _named_first(a: set[int], b: set[int], ahead: set[int]) -> bool:
    """Is A's figure named before the comparison word (AHEAD), and B's not?"""
    return bool((a - b) & ahead) and not (b - a) & ahead


def sum_named(query: Query, pool: list[FactView]) -> Pick | None:
    """'Brazil and LAS normalized EBITDA together': the figures of two or more lines the
    question names, each by words of its own, of one measure ("normalized EBITDA", said),
    company, period, kind and unit, added up and each cited; between them they explain
    every word the question left unexplained."""
    reading = query.reading
    if reading is None or not query.metrics:
        return None
    left = {i for i, w in reading.open_words if w in query.unexplained}
    said = {t.lemma for t in reading.tokens}
    figures = [
        (h, v) for h, v in _named_figures(query, pool) if not RANGE_END.search(h.metric.name)
    ]
    chosen = lemmas(query.metrics[0].metric.name)
    for k in range(len(chosen) - 1, 0, -1):
        measure = chosen[-k:]
        if not set(measure) <= said:
            continue
        parts = {
            h.metric.name: (h, v)
            for h, v in figures
            if lemmas(h.metric.name)[-k:] == measure
            and (_named_by(h, reading) - set(measure) or h.by_short_form)
        }
        keys = {(v.fact.entity, v.fact.period, v.fact.kind, v.fact.unit) for _, v in parts.values()}
        explained = set().union(*(h.explained for h, _ in parts.values()))
        if len(parts) >= 2 and len(keys) == 1 and left <= explained:
            ordered = sorted(
                parts.values(), key=lambda hv: _first_own_word(hv[0], reading, measure)
            )
            return Pick(Intent.SUM, tuple(v for _, v in ordered))
    return None


def _first_own_word(hit: MetricHit, reading: Reading, measure: tuple[str, ...]) -> int:
    """Where the question first names the line ("Brazil" of "Brazil normalized EBITDA")."""
    own = [i for i in hit.explained if reading.tokens[i].lemma not in measure]
    return min(own or hit.explained)


def _named_by(hit: MetricHit, reading: Reading) -> frozenset[str]:
    """The question's words that are words of the metric's own name."""
    own = set(lemmas(hit.metric.name))
    return frozenset(reading.tokens[i].lemma for i in hit.explained) & own


def share_of(query: Query, pool: list[FactView]) -> Pick | None:
    """The smaller of two named figures of one company, period and kind as a share of the
    larger ('what share of revenue came from cloud'): of the pairs that fit, the one
    whose names account for most of the question's words, then the closest names."""
    figures = _named_figures(query, pool)
    pairs = [
        (len(a.explained | b.explained), a.coverage + b.coverage, part, whole)
        for a, part in figures
        for b, whole in figures
        if (whole.fact.entity, whole.fact.period, whole.fact.kind, whole.fact.unit)
        == (part.fact.entity, part.fact.period, part.fact.kind, part.fact.unit)
        and whole.fact.value > part.fact.value > 0
        # a range's ends bound one figure; neither is a part of the other
        and not (RANGE_END.search(part.fact.metric) or RANGE_END.search(whole.fact.metric))
    ]
    if not pairs:
        return None
    _, _, part, whole = max(pairs, key=lambda p: (p[0], p[1]))
    return Pick(Intent.SHARE, (part, whole))


def less_part(query: Query, pool: list[FactView]) -> Decision | None:
    """'net sales excluding game software', 'revenue not from cloud': the group figure
    less the segment's, when the question names both and the store states both for the
    same period and kind. None when the question names only one figure."""
    reading = query.reading
    cue = asks.excluding_at(query.said)
    named = [
        h
        for h in (reading.candidates if reading else ())
        if h.metric.unit == query.metrics[0].metric.unit
        and h.metric.unit != "percent"
        and h.coverage >= 0.5
    ]
    if reading is None or cue is None or len({h.metric.id for h in named}) < 2:
        return None
    after = {i for i, t in enumerate(reading.tokens) if t.start >= cue}
    # the part is named after the cue by words the figure it is taken from does not
    # explain there: "revenue less Q3 FY24 revenue" names one figure twice, no part
    parts = [
        h
        for h in named
        if h.explained & after
        and any((h.explained & after) - (g.explained & after) for g in named if g is not h)
    ]
    if not parts:
        return None
    part = max(parts, key=lambda h: len(h.explained & after))
    figures = _named_figures(query, pool)
    segment = next((v for h, v in figures if h.metric.id == part.metric.id), None)
    wholes = [
        v
        for h, v in figures
        if h.metric.id != part.metric.id
        and segment is not None
        and (v.fact.entity, v.fact.period, v.fact.kind, v.fact.unit)
        == (segment.fact.entity, segment.fact.period, segment.fact.kind, segment.fact.unit)
        and v.fact.value > segment.fact.value
    ]
    if segment is None or not wholes:
        return Miss(
            "comparison",
            "I don't have both figures for the same period, so I can't take one out of the other.",
            tuple(v for _, v in figures),
        )
    return Pick(Intent.DIFFERENCE, (wholes[0], segment))


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
        base = RANGE_END.sub("", goal.fact.metric)
        actuals = [
            v
            for v in pool
            if v.is_current
            and v.fact.kind is Kind.ACTUAL
            and v.fact.metric == base
            and v.fact.entity == goal.fact.entity
            and v.fact.period in named
            and v.fact.period.end < goal.fact.period.start
            and v.fact.period.months == goal.fact.period.months  # (a leap year is a year)
        ]
        if len(actuals) == 1:
            return Pick(Intent.GROWTH, (goal, actuals[0]))
    return None


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


def actual_of(end: FactView, pool: list[FactView]) -> FactView | None:
    """The actual figure of a range end's metric ('revenue' for 'revenue (high end)') for
    the same company and period."""
    base = RANGE_END.sub("", end.fact.metric)
    return next(
        (
            v
            for v in pool
            if v.is_current
            and v.fact.kind is Kind.ACTUAL
            and v.fact.metric == base
            and v.fact.entity == end.fact.entity
            and v.fact.period == end.fact.period
        ),
        None,
    )


def stated_before_as_another(view: FactView, pool: list[FactView]) -> FactView | None:
    """An earlier statement of the same figure under a sibling metric: 'revenue' stated as
    one figure before 'revenue (high end)' was, or one end before the whole."""
    base = RANGE_END.sub("", view.fact.metric)
    f = view.fact
    return next(
        (
            v
            for v in sorted(pool, key=lambda v: v.fact.as_of)
            if v.fact.metric != f.metric
            and RANGE_END.sub("", v.fact.metric) == base
            and (v.fact.entity, v.fact.period, v.fact.kind) == (f.entity, f.period, f.kind)
            and v.fact.as_of < f.as_of
        ),
        None,
    )


def revised_sibling(view: FactView, pool: list[FactView]) -> FactView | None:
    """A statement of the same company's figure (this metric, its other end or the whole
    range) that was revised, for another period than VIEW's."""
    base = RANGE_END.sub("", view.fact.metric)
    f = view.fact
    return next(
        (
            v
            for v in pool
            if v.revisions > 1
            and v.is_current
            and RANGE_END.sub("", v.fact.metric) == base
            and (v.fact.entity, v.fact.kind) == (f.entity, f.kind)
            and v.fact.period != f.period
        ),
        None,
    )


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


def _mentions_period(mention: PeriodMention, view: FactView) -> bool:
    """Does the mention name the view's period, in the view's company's calendar?"""
    return view.fact.period in resolve(mention.ref, calendar_of(view))  # type: ignore[arg-type]


def _region_of(metric: str) -> str | None:
    region = reporting.region_of(metric)
    return None if region is None or region.whole else region.key


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
    if any(v in pick.facts[1:] and v.fact.value_high is None for v in stated):
        return pick  # the goal compared is the one the amount names
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


def later_range(view: FactView, pool: list[FactView]) -> tuple[FactView, ...]:
    """The two end metrics' current statements ('revenue (low end)' / '(high end)') of
    VIEW's figure, when they were stated after it: the range that replaced one figure."""
    f = view.fact
    if f.kind is Kind.ACTUAL or RANGE_END.search(f.metric):
        return ()
    ends = {
        m[1].lower(): v
        for v in pool
        if v.is_current
        and (m := RANGE_END.search(v.fact.metric))
        and RANGE_END.sub("", v.fact.metric) == f.metric
        and (v.fact.entity, v.fact.period, v.fact.kind) == (f.entity, f.period, f.kind)
        and v.fact.as_of > f.as_of
    }
    return (ends["low"], ends["high"]) if ends.keys() == {"low", "high"} else ()


def revised_then(decision: Pick, pool: list[FactView], stated: date | None) -> Pick | None:
    """The revision made in the month of STATED ("how much did they cut it in June", "how
    far did the midpoint move at the H1 call"): each figure as stated then, beside the
    statement it replaced, as a current figure is shown beside its previous one. None when
    no figure of the decision was stated that month or none replaced an earlier one."""
    if stated is None:
        return None
    mains = decision.facts[:2] if decision.intent is Intent.RANGE else decision.facts[:1]
    earlier = []
    for main in mains:
        f = main.fact
        if (f.as_of.year, f.as_of.month) != (stated.year, stated.month):
            return None
        before = [
            v for v in pool if v.fact.revision_key == f.revision_key and v.fact.as_of < f.as_of
        ]
        if not before:
            return None
        earlier.append(max(before, key=lambda v: v.fact.as_of))
    return Pick(decision.intent, (*mains, *earlier), Revision.CURRENT)


def between_statements(query: Query, facts: list[FactView], refs: tuple[str, str]) -> Pick | None:
    """'The September outlook against the April one', 'today's ceiling against the first
    guide's': the expectation the question names (each end of a range, or the end asked
    for), as stated at each of the two statements REFS names (asks.two_statements), the
    later beside the earlier, as a current figure is shown beside its previous one. None
    unless both statements are held and differ."""
    # ("between March and December" is read as a span too: the statements' months)
    periods = tuple(
        m for m in query.periods if not {w[:3] for w in asks.statement_words(m.text)} & set(refs)
    )
    asked = replace(
        query,
        intent=Intent.VALUE,
        revision=Revision.CURRENT,
        as_of=None,
        expected=True,
        periods=periods,
    )
    decision = select(asked, facts)
    if isinstance(decision, Miss) and query.kind is not None:
        decision = select(replace(asked, kind=None), facts)  # "range": whichever kind
    if not isinstance(decision, Pick) or decision.intent not in (Intent.VALUE, Intent.RANGE):
        return None
    mains = decision.facts[:2] if decision.intent is Intent.RANGE else decision.facts[:1]
    later, earlier = [], []
    for main in mains:
        if main.fact.kind is Kind.ACTUAL:
            return None
        series = sorted(_series_of(main, facts), key=lambda v: v.fact.as_of)
        found = [_statement(series, ref) for ref in refs]
        if None in found or found[0] is found[1]:
            return None
        a, b = sorted(found, key=lambda v: v.fact.as_of)  # type: ignore[arg-type, return-value]
        later.append(b)
        earlier.append(a)
    return Pick(decision.intent, (*later, *earlier), Revision.CURRENT)


def _series_of(main: FactView, facts: list[FactView]) -> list[FactView]:
    """Every statement of MAIN's figure; one end of ranges stated as one fact each is
    read off those facts ("the low end" of "$1.38 billion to $1.40 billion")."""
    same = [v for v in facts if v.fact.revision_key == main.fact.revision_key]
    end = RANGE_END.search(main.fact.metric)
    if same or end is None:
        return same
    base, f = RANGE_END.sub("", main.fact.metric), main.fact
    return [
        one_end(v, end[1].lower())
        for v in facts
        if v.fact.metric == base
        and v.fact.value_high is not None
        and (v.fact.kind, v.fact.period) == (f.kind, f.period)
    ]


def _statement(series: list[FactView], ref: str) -> FactView | None:
    """The statement of SERIES (oldest first) REF names: the first, the latest, or the
    last one made in a month ('jun')."""
    if not series:
        return None
    if ref == "first":
        return series[0]
    if ref == "latest":
        return series[-1]
    month = month_number(ref)  # (a month's three letters, as asks.two_statements gives)
    made = [v for v in series if v.fact.as_of.month == month]
    return made[-1] if made else None


def range_before(view: FactView, pool: list[FactView]) -> tuple[FactView, ...]:
    """The range (two end metrics, their latest statements) that one figure replaced,
    when every statement of that figure is the same: its only change is from the range."""
    f = view.fact
    series = [v for v in pool if v.fact.revision_key == f.revision_key]
    if f.kind is Kind.ACTUAL or RANGE_END.search(f.metric) or not series:
        return ()
    if len({v.fact.value for v in series}) != 1 or f.value_high is not None:
        return ()
    first = min(v.fact.as_of for v in series)
    ends: dict[str, FactView] = {}
    for v in sorted(pool, key=lambda v: v.fact.as_of):
        m = RANGE_END.search(v.fact.metric)
        if (
            m
            and RANGE_END.sub("", v.fact.metric) == f.metric
            and (v.fact.entity, v.fact.period, v.fact.kind) == (f.entity, f.period, f.kind)
            and v.fact.as_of < first
        ):
            ends[m[1].lower()] = v
    return (ends["low"], ends["high"]) if ends.keys() == {"low", "high"} else ()


def share_names(metric: str) -> tuple[str, ...]:
    """The metrics a region's figure is a share of, and the share itself when stated:
    'Europe units sold' -> ('units sold', 'Europe share of units sold')."""
    mention = next(iter(reporting.regions_in(metric)), None)
    if mention is None or mention.region.whole:
        return ()
    region = metric[mention.start : mention.end]
    whole = " ".join((metric[: mention.start] + metric[mention.end :]).split())
    return whole, f"{region} share of {whole}"


def share_of_whole(part: FactView, pool: list[FactView]) -> Pick | None:
    """'What % of its H1 units came from Europe': the share the store states for that
    period ('Europe share of units sold'), else the region's figure as a share of the
    whole company's it is part of, same period and kind. None when neither is held."""
    p = part.fact
    names = share_names(p.metric)
    if not names or p.unit == "percent":
        return None
    whole_name, share_name = (n.casefold() for n in names)
    same = [
        v
        for v in pool
        if v.is_current
        and (v.fact.entity, v.fact.period, v.fact.kind) == (p.entity, p.period, p.kind)
    ]
    stated = next(
        (v for v in same if v.fact.metric.casefold() == share_name and v.fact.unit == "percent"),
        None,
    )
    if stated is not None:
        return Pick(Intent.VALUE, (stated,))
    whole = next(
        (v for v in same if v.fact.metric.casefold() == whole_name and v.fact.unit == p.unit),
        None,
    )
    if whole is None or not 0 < p.value <= whole.fact.value:
        return None
    return Pick(Intent.SHARE, (part, whole))


def so_far(
    goal: FactView, pool: list[FactView], query: Query, *, named_only: bool = False
) -> FactView | None:
    """The actual counted from the start of a goal's period up to a point inside it (the
    span the question names, else the latest): progress toward a goal not yet due."""
    base = RANGE_END.sub("", goal.fact.metric)
    g = goal.fact
    running = [
        v
        for v in pool
        if v.is_current
        and v.fact.kind is Kind.ACTUAL
        and v.fact.metric == base
        and v.fact.entity == g.entity
        and v.fact.period.start == g.period.start
        and v.fact.period.end < g.period.end
    ]
    named = [v for v in running if any(_mentions_period(m, v) for m in query.periods)]
    if named_only:
        running = named
    return max(named or running, key=lambda v: v.fact.period.end, default=None)


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


def remaining(query: Query, pool: list[FactView], chosen: set[str] | None = None) -> Pick | None:
    """'What does it still need in Q4 to hit the bottom of its 2025 guidance': a goal for a
    period that ends with the one named, against the actual counted up to where the named
    one starts; what is left is the goal less that. The end asked for, else both ends.
    CHOSEN: the goal's metrics, where the question names them otherwise (by an amount)."""
    if chosen is None:
        chosen = {RANGE_END.sub("", h.metric.name) for h in query.metrics}
    goals = [
        v
        for v in pool
        if v.is_current
        and v.fact.kind is not Kind.ACTUAL
        and RANGE_END.sub("", v.fact.metric) in chosen
    ]
    years = [m.ref for m in query.periods if isinstance(m.ref, YearRef)]
    for mention in query.periods:
        ref = mention.ref
        if isinstance(ref, QuarterRef | HalfRef) and ref.year is None and len(years) == 1:
            # "in Q4 to hit its 2025 guidance": the quarter of the goal's year
            ref = replace(ref, year=years[0].year, fiscal=years[0].fiscal)
        for goal in sorted(goals, key=lambda v: v.fact.period.days):
            g = goal.fact
            asked = ref
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
