"""'Hollow Rail first week sales', 'its first 16 days', 'the opening weekend': a span
counted from the day a product's figures begin, its launch, as long as said. The store
holds it where a figure of the series starts that day and runs that long; no other
figure of the series (its total since launch to a later day) answers for it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from bot import patterns
from bot.answering.reading.query import Query
from bot.facts.model import FactView, Period
from bot.facts.periods import ExactRef, PeriodMention

# "first week", "its first 16 days", "opening weekend", "launch week" (never "the first
# 12 weeks of the year", counted from the year's start: spans.in_weeks)
_FIRST_SPAN = patterns.compile(
    r"\b(?:first|opening|launch|debut)\s+(?:(?P<n>\d{1,3})\s+)?(?P<unit>days?|weeks?|weekend)\b"
    r"(?!\s+(?:of|in)\b)",
    re.IGNORECASE,
)
_DAYS = {"day": 1, "week": 7, "weekend": 3}


def from_launch(query: Query, facts: list[FactView]) -> Query:
    """QUERY with the span it counts from a launch as its period, where it names no other
    period: the series' figure of that span if held, else the span itself (which the
    store then says it lacks, never answering with the total since launch)."""
    m = _FIRST_SPAN.search(query.said)
    # (a period read inside the words, "16 days", is the span's own length)
    if m is None or any(not (m.start() <= p.start and p.end <= m.end()) for p in query.periods):
        return query
    days = _length(m)
    starts = [v.fact.period.start for v in facts if v.fact.period.days > 1]
    if days is None or not starts:
        return query
    launch = min(starts)
    wanted = Period(launch, launch + timedelta(days=days - 1))
    held = [
        v.fact.period
        for v in facts
        if v.fact.period.start == launch and abs(v.fact.period.days - days) <= 1
    ]
    span = held[0] if held else wanted
    mention = PeriodMention(ExactRef(span), m.start(), m.end(), m.group())
    return replace(query, periods=(mention,))


def _length(m: re.Match[str]) -> int | None:
    """How many days the span runs: 'first week' 7, 'first 16 days' 16, 'opening
    weekend' 3; None for weekends counted ('first two weekends')."""
    unit = m["unit"].lower().removesuffix("s")
    if m["n"] is None:
        return _DAYS[unit]
    return None if unit == "weekend" else int(m["n"]) * _DAYS[unit]
