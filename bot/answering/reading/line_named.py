"""A line named alone: "hydro 9m", "tarawhiti growth", where the words said name one
line (a brand, a plant, a business) and the store holds one figure of it. The line's
name says which figure; the measure left unsaid is the only one there is."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from bot.answering.english.words import GROWTH_WORDS, name_lemmas
from bot.answering.reading.query import Reading
from bot.answering.vocabulary.name_forms import (
    BUSINESS_UNITS,
    level_named,
    measure_lemmas,
    without_range_end,
)
from bot.answering.vocabulary.vocabulary import MetricHit
from bot.facts import reporting

# words a question may add to a line's name: how it changed, what part of the company it is
_CHANGE_OR_PART = GROWTH_WORDS | BUSINESS_UNITS


def line_named_alone(hit: MetricHit, reading: Reading, candidates: Sequence[MetricHit]) -> bool:
    """Does the question name HIT only by words of its line, no measure among them,
    every candidate those words reach being HIT's one figure (its range ends, its
    change), and every other word a candidate takes in a change word ("growth", worked
    out from the levels)? CANDIDATES: every figure the question's words reach."""
    said = {reading.tokens[i].lemma for i in hit.explained} - BUSINESS_UNITS
    if not said or said & _never_a_line():
        return False  # ("net", "sales": a measure said is the measure's own matter)
    if hit.explained & set(reading.region_tokens):
        return False  # (a region has its own rule: `viable_in_region`)
    if not said <= set(name_lemmas(hit.metric.name)):
        return False  # ("staff" read as "employees": a thing counted, said another way)
    if any(reading.tokens[i].text.lower() != reading.tokens[i].lemma for i in hit.explained):
        return False  # ("washes": things counted, never the line "Wash Club members")
    own = _figure_named(hit.metric.name)
    for other in candidates:
        if other.explained & hit.explained:
            if _figure_named(other.metric.name) != own:
                return False  # "premium": premium cases, premium price, premium share
        elif any(reading.tokens[i].lemma not in _CHANGE_OR_PART for i in other.explained):
            return False  # "tarawhiti revenue": a measure said that the line lacks
    return True


@functools.cache
def _never_a_line() -> frozenset[str]:
    """Words that say a measure, narrow one or tell a change: never a line's own."""
    return measure_lemmas() | reporting.qualifiers() | GROWTH_WORDS


def _figure_named(name: str) -> str:
    """The one figure a metric's NAME is a form of: 'Cloud revenue growth (high end)' ->
    'cloud revenue'."""
    return level_named(without_range_end(name)).lower()
