"""A goal's range named by its two ends ('the original 215-235kt guide', 'the 14–17% it
guided in August'): the ends say which statement of which series is meant, as its date and
its name would. The question goes on without those amounts, so that neither end is taken
for a figure named alone or for a bound the answer is set against.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from bot.answering.deriving.stated_amounts import scaled_as_written
from bot.answering.matching.decision import RANGE_END
from bot.answering.reading import asks
from bot.answering.reading.intent import Intent, Revision
from bot.answering.reading.query import Query
from bot.facts.model import FactView, Kind, Period, Quantity


@dataclass(frozen=True)
class _Statement:
    """One statement of a range: its series (company, metric without its end, kind,
    period) and the day it was made."""

    entity: str
    metric: str
    kind: Kind
    period: Period
    stated: date


def range_named(query: Query, pool: Callable[[], list[FactView]]) -> Query:
    """QUERY asked of the one statement whose range has the ends it names, if one has: of
    that series (its metric and kind: "the 8-9% range" may be a forecast's) and, where the
    words pick another of its statements (the latest, the original), of that day."""
    reading = query.reading
    if reading is None or len(reading.ranges) != 1 or query.intent is Intent.SOURCE:
        return query
    said = query.said
    if asks.STILL_STANDS.search(said) or asks.REPLACED.search(said) or asks.PRECEDED.search(said):
        return query  # (whether it stands, what replaced it, what came before: by_amount)
    facts = pool()
    found = set(_statements_of(facts, reading.ranges[0]))
    if len(found) != 1:
        return query  # (no goal has those ends, or two statements gave the same range)
    named = found.pop()
    ends = (reading.ranges[0].value, reading.ranges[0].high)
    asked = replace(
        query,
        amounts=tuple(q for q in query.amounts if q.value not in ends),
        kind=named.kind,
        metrics=tuple(h for h in query.metrics if _series(h.metric.name) == named.metric)
        or tuple(h for h in reading.candidates if _series(h.metric.name) == named.metric)
        or query.metrics,
    )
    days = sorted({s.stated for s in _statements_of(facts, None) if _same_series(s, named)})
    picked = {Revision.ORIGINAL: days[0], Revision.CURRENT: days[-1]}.get(query.revision)
    if picked == named.stated:
        return asked  # ("the original 215-235kt guide": the words pick it already)
    if query.original_named and days[0] < named.stated:
        # ("narrowed to 625-640m; what was the original range?": a later statement the
        # premise names, the first one asked)
        return replace(asked, revision=Revision.ORIGINAL)
    return replace(asked, as_of=named.stated, revision=Revision.AS_OF)


def _series(metric: str) -> str:
    return RANGE_END.sub("", metric).casefold()


def _same_series(a: _Statement, b: _Statement) -> bool:
    return (a.entity, a.metric, a.kind, a.period) == (b.entity, b.metric, b.kind, b.period)


def stating_the_range(found: list[FactView], query: Query) -> list[FactView]:
    """Of the figures FOUND by an amount, those of the statement stating the whole range
    QUERY names ("the 215-235kt guide": never the 215k high end of a later one); FOUND as
    it is when it names none, or no one statement states it."""
    if query.reading is None or len(query.reading.ranges) != 1:
        return found
    stating = list(_statements_of(found, query.reading.ranges[0], views=True))
    return [v for _, v in stating] if len({s for s, _ in stating}) == 1 else found


def _statements_of(
    facts: list[FactView], said: Quantity | None, *, views: bool = False
) -> Iterator:
    """The goals among FACTS that state SAID's two ends (every range, when None): one
    figure with a high end, or a "(low end)" and a "(high end)" figure stated together.
    VIEWS: each with the figures stating it, as (statement, view) pairs."""
    halves: dict[_Statement, dict[str, FactView]] = defaultdict(dict)
    for view in facts:
        f = view.fact
        if f.kind is Kind.ACTUAL:
            continue
        statement = _Statement(f.entity, _series(f.metric), f.kind, f.period, f.as_of)
        if f.value_high is not None:
            if said is None or (
                _is(view, f.value, said.value, said) and _is(view, f.value_high, said.high, said)
            ):
                yield (statement, view) if views else statement
            continue
        end = RANGE_END.search(f.metric)
        if end is not None:
            halves[statement][end[1].lower()] = view
    for statement, pair in halves.items():
        low, high = pair.get("low"), pair.get("high")
        if low is None or high is None:
            continue
        if said is None or (
            _is(low, low.fact.value, said.value, said)
            and _is(high, high.fact.value, said.high, said)
        ):
            yield from ((statement, low), (statement, high)) if views else (statement,)


def _is(view: FactView, end: float, amount: float | None, said: Quantity) -> bool:
    """Is END of VIEW's figure the AMOUNT said, or it as the quote writes it in a scale?"""
    if amount is None or said.unit not in ("units", view.fact.unit):
        return False
    written = Quantity(amount, said.unit)
    return math.isclose(end, amount, rel_tol=1e-9) or scaled_as_written(
        view.fact.quote, end, written
    )
