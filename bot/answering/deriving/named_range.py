"""A goal's range named by its two ends ('the original 215-235kt guide', 'the 14–17% it
guided in August'): the ends say which statement of the range is meant, as its date would.
The question goes on without those amounts, so that neither end is taken for a figure
named alone or for a bound the answer is set against.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

from bot.answering.deriving.stated_amounts import scaled_as_written
from bot.answering.matching.decision import RANGE_END
from bot.answering.reading import asks
from bot.answering.reading.intent import Intent, Revision
from bot.answering.reading.query import Query
from bot.facts.model import FactView, Kind, Quantity


def range_named(query: Query, pool: Callable[[], list[FactView]]) -> Query:
    """QUERY asked of the one statement whose range has the ends it names, if one has (of
    its kind: "the 8-9% range" may be a forecast's)."""
    reading = query.reading
    if reading is None or len(reading.ranges) != 1 or query.intent is Intent.SOURCE:
        return query
    if asks.STILL_STANDS.search(query.said):
        return query  # ("the 5-7% range, still the guidance?": whether it stands, by_amount)
    said = reading.ranges[0]
    statements = set(_statements_of(pool(), said))
    if len(statements) != 1:
        return query  # (no goal has those ends, or two statements gave the same range)
    (stated, kind), ends = statements.pop(), (said.value, said.high)
    left = tuple(q for q in query.amounts if q.value not in ends)
    return replace(query, amounts=left, as_of=stated, revision=Revision.AS_OF, kind=kind)


def _statements_of(facts: list[FactView], said: Quantity) -> Iterator[tuple[date, Kind]]:
    """The dates and kinds of the goals among FACTS that state SAID's two ends: one figure
    with a high end, or a "(low end)" and a "(high end)" figure stated together."""
    halves: dict[tuple, dict[str, FactView]] = defaultdict(dict)
    for view in facts:
        f = view.fact
        if f.kind is Kind.ACTUAL:
            continue
        if f.value_high is not None:
            if _is(view, f.value, said.value, said) and _is(view, f.value_high, said.high, said):
                yield f.as_of, f.kind
            continue
        end = RANGE_END.search(f.metric)
        if end is not None:
            key = (f.entity, RANGE_END.sub("", f.metric), f.kind, f.period, f.as_of)
            halves[key][end[1].lower()] = view
    for key, pair in halves.items():
        low, high = pair.get("low"), pair.get("high")
        if (
            low is not None
            and high is not None
            and _is(low, low.fact.value, said.value, said)
            and _is(high, high.fact.value, said.high, said)
        ):
            yield key[-1], key[2]


def _is(view: FactView, end: float, amount: float | None, said: Quantity) -> bool:
    """Is END of VIEW's figure the AMOUNT said, or it as the quote writes it in a scale?"""
    if amount is None or said.unit not in ("units", view.fact.unit):
        return False
    written = Quantity(amount, said.unit)
    return math.isclose(end, amount, rel_tol=1e-9) or scaled_as_written(
        view.fact.quote, end, written
    )
