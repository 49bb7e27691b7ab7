"""A figure as stated at another time or under a sibling metric: the actual of a range end's
metric, an earlier statement under another name, a revision in a named month, the range
one figure replaced or was replaced by, two statements set side by side.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.answering.matching.decision import RANGE_END, Miss, Pick, one_end
from bot.answering.matching.match import select
from bot.answering.reading import asks
from bot.answering.reading.intent import Intent, Revision
from bot.answering.reading.query import Query
from bot.facts import reporting
from bot.facts.model import FactView, Kind
from bot.facts.periods.words import month_number


def actuals_of_series(goal: FactView, pool: list[FactView]) -> list[FactView]:
    """The current actual figures of GOAL's metric (a range end's metric without its end:
    'revenue' for 'revenue (high end)') for the same company, every period."""
    base = RANGE_END.sub("", goal.fact.metric)
    return [
        v
        for v in pool
        if v.is_current
        and v.fact.kind is Kind.ACTUAL
        and v.fact.metric == base
        and v.fact.entity == goal.fact.entity
    ]


def actual_of(end: FactView, pool: list[FactView]) -> FactView | None:
    """The actual figure of a range end's metric ('revenue' for 'revenue (high end)') for
    the same company and period."""
    base = RANGE_END.sub("", end.fact.metric)
    actuals = [
        v
        for v in pool
        if v.is_current
        and v.fact.kind is Kind.ACTUAL
        and v.fact.entity == end.fact.entity
        and v.fact.period == end.fact.period
    ]
    same = [v for v in actuals if v.fact.metric == base]
    # ("zinc metal produced" for a "zinc metal production" range: one figure, two names)
    alike = [v for v in actuals if _named_alike(v.fact.metric, base)]
    return (same or (alike if len(alike) == 1 else [None]))[0]


def _named_alike(name: str, other: str) -> bool:
    """Do two names differ only by one word, both of one reporting family ("produced",
    "production"; "delivered", "deliveries")?"""
    a, b = name.lower().split(), other.lower().split()
    if len(a) != len(b):
        return False
    apart = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(apart) != 1:
        return False
    x, y = (reporting.families_of((w,)) for w in apart[0])
    return bool(x) and x == y


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


def moved_since(decision: Pick, pool: list[FactView]) -> Pick | None:
    """'How much has the guide been raised since March': each figure as stated then (the
    decision's) beside the latest statement of it, as a current figure is shown beside an
    earlier one. None when nothing of the decision was stated after it."""
    mains = decision.facts[:2] if decision.intent is Intent.RANGE else decision.facts[:1]
    later = []
    for main in mains:
        f = main.fact
        key, then = f.revision_key, f.as_of
        after = [v for v in pool if v.fact.revision_key == key and v.fact.as_of > then]
        if not after:
            return None
        later.append(max(after, key=lambda v: v.fact.as_of))
    return Pick(decision.intent, (*later, *mains), Revision.CURRENT)


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


def stated_before(views: list[FactView], keys: set[tuple], day: date) -> list[FactView]:
    """The statements of VIEWS of the figures KEYS names made last before DAY, on one day
    (each end of a range); none when nothing was said before."""
    earlier = [v for v in views if v.fact.revision_key in keys and v.fact.as_of < day]
    last = max((v.fact.as_of for v in earlier), default=None)
    return [v for v in earlier if v.fact.as_of == last]


def stated_next(views: list[FactView], keys: set[tuple], day: date) -> list[FactView]:
    """The statements of VIEWS of the figures KEYS names (revision keys) made next after
    DAY, on one day (each end of a range); none when nothing was said after."""
    later = [v for v in views if v.fact.revision_key in keys and v.fact.as_of > day]
    first = min((v.fact.as_of for v in later), default=None)
    return [v for v in later if v.fact.as_of == first]
