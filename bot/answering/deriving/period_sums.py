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
from bot.answering.reading.same_period import is_whole_year, part_of_year
from bot.facts.model import FactView, Kind
from bot.facts.periods import HalfRef, PeriodMention, QuarterRef


def sum_of_named(query: Query, facts: list[FactView]) -> Pick | None:
    """The actual figures of each period the question names, one metric, none overlapping
    another (back to back, or with a gap the question leaves: "Q1 and Q3"): their sum,
    each one cited; None unless every period has exactly that."""
    parts: list[FactView] = []
    for mention in years_shared(_of_the_year_said(query.periods)):
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
    stated = _stated_for_the_whole(parts, facts)
    if stated is not None:
        return Pick(Intent.VALUE, (stated,))  # ("April and May together": the Apr – May figure)
    return Pick(Intent.SUM, tuple(parts))  # (with a gap, the periods said are summed as named)


def _stated_for_the_whole(parts: list[FactView], facts: list[FactView]) -> FactView | None:
    """The figure the company states for the whole of back-to-back PARTS, of their metric and
    kind, as it stands: what it reports is cited, never worked out again."""
    for before, after in itertools.pairwise(parts):
        if (after.fact.period.start - before.fact.period.end).days != 1:
            return None  # (a gap: the periods said are no one span)
    first = parts[0].fact
    span = (first.period.start, parts[-1].fact.period.end)
    return next(
        (
            v
            for v in facts
            if v.is_current
            and (v.fact.entity, v.fact.metric, v.fact.kind)
            == (first.entity, first.metric, first.kind)
            and (v.fact.period.start, v.fact.period.end) == span
        ),
        None,
    )


def _of_the_year_said(mentions: tuple[PeriodMention, ...]) -> tuple[PeriodMention, ...]:
    """'Q1 and Q2 generation for FY 2023/24': quarters or halves named without a year, and
    one whole year, are parts of that year; the year itself is not one more figure to add."""
    parts = [m for m in mentions if isinstance(m.ref, QuarterRef | HalfRef)]
    years = [m for m in mentions if is_whole_year(m.ref)]
    if len(years) != 1 or len(parts) < 2 or len(parts) + 1 != len(mentions):
        return mentions
    if any(p.ref.year is not None for p in parts):  # type: ignore[union-attr]
        return mentions
    year = years[0].ref
    return tuple(replace(p, ref=part_of_year(p.ref, year) or p.ref) for p in parts)
