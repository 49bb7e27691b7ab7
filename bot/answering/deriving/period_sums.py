"""The figures of the periods a question names ('add up Q1 and Q2 revenue'), summed when they
are one metric's actual figures that never overlap.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from bot.answering.matching.decision import Pick
from bot.answering.matching.match import select
from bot.answering.reading.intent import Intent
from bot.answering.reading.period_folding import years_shared
from bot.answering.reading.query import Query
from bot.facts.model import FactView, Kind


def sum_of_named(query: Query, facts: list[FactView]) -> Pick | None:
    """The actual figures of each period the question names, one metric, none overlapping
    another (back to back, or with a gap the question leaves: "Q1 and Q3"): their sum,
    each one cited; None unless every period has exactly that."""
    parts: list[FactView] = []
    for mention in years_shared(query.periods):
        one = select(replace(query, periods=(mention,), intent=Intent.VALUE), facts)
        if not isinstance(one, Pick) or len(one.facts) != 1:
            return None
        parts.append(one.facts[0])
    parts.sort(key=lambda v: v.fact.period.start)
    if len({(v.fact.entity, v.fact.metric) for v in parts}) != 1 or any(
        v.fact.kind is not Kind.ACTUAL for v in parts
    ):
        return None
    for before, after in itertools.pairwise(parts):
        if after.fact.period.start <= before.fact.period.end:
            return None  # an overlap: a month would be counted twice
    return Pick(Intent.SUM, tuple(parts))  # (with a gap, the periods said are summed as named)
