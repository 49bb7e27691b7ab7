"""A question about a target, forecast or range read of the figure the company guides:
"did they land inside their revenue range" of a company guiding net service revenue, where
the words fit total revenue first. The engine settles the question again among the guided
metrics and keeps that reading only where it fits the words as well (`fits_as_well`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot import patterns
from bot.answering.english.words import GROWTH_WORDS, name_lemmas
from bot.answering.matching.decision import RANGE_END
from bot.answering.reading import asks, rates
from bot.answering.reading.intent import Intent, Revision
from bot.answering.reading.query import Query
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.facts.model import Kind


def expectation_asked(query: Query) -> bool:
    """Does the question ask about a target, forecast or range (of itself, or set against
    an actual)?"""
    return (
        query.kind in (Kind.TARGET, Kind.FORECAST)
        or query.expected
        or query.intent is Intent.TARGET_MET
        or query.range_end is not None
    )


# "the range before October", "as of June", "since the cut": a statement named by its time,
# which the statements of every shape are read for
_STATEMENT_TIME = patterns.compile(
    r"\b(?:before|after|since|as\s+of|prior|until|till|original|first|previous|earlier)\b",
    re.IGNORECASE,
)


def with_range_ends(query: Query, available: set[int]) -> Query:
    """QUERY's metrics with the ends of their ranges ("revenue growth (low end)"), which a
    question about a range or guidance asks of too, where the company states them."""
    named = {h.metric.name for h in query.metrics}
    ends = tuple(
        h
        for h in (query.reading.candidates if query.reading else ())
        if h.metric.id in available
        and RANGE_END.search(h.metric.name)
        and RANGE_END.sub("", h.metric.name) in named
        and h.metric.name not in named
    )
    held = tuple(h for h in query.metrics if RANGE_END.search(h.metric.name))
    if (
        (ends or held)
        and query.intent is Intent.VALUE
        and query.revision is Revision.CURRENT  # (a statement named by its time reads all)
        and query.as_of is None
        and query.reading
        and asks.RANGE_WORD.search(query.reading.text)
        and not _STATEMENT_TIME.search(query.reading.text)
    ):
        # ("the EBITDA guidance range": the range's ends, never a single figure stated
        # after it, which is no range)
        return replace(query, metrics=(*held, *ends))
    return replace(query, metrics=(*query.metrics, *ends)) if ends else query


def fits_as_well(refit: Query, settled: Query, vocab: Vocabulary) -> bool:
    """Does REFIT's metric take in every word of SETTLED's name the question says ("total"
    of "total revenue guidance": never another metric's guidance), divide by nothing the
    question does not ("revenue per parcel" is no revenue guidance) and leave no more
    words unexplained? ("Sales guidance" may be of pounds sold, where only they are
    guided.)"""
    if not refit.metrics or len(refit.unexplained) > len(settled.unexplained):
        return False
    was, now = settled.metrics[0], refit.metrics[0]
    text = refit.reading.text if refit.reading else ""
    divided = rates.division_said(text)  # ("gp/t": per tonne)
    if rates.divides(now, vocab) and not rates.divides(was, vocab) and not divided:
        return False
    said = {t.lemma for t in refit.reading.tokens} if refit.reading else set()
    if len(refit.periods) > 1:
        # ("the 2026 revenue guide's midpoint vs 2025 actual, growth": a growth worked
        # out between the two, whatever rate's name took the word first)
        said -= GROWTH_WORDS
    first, other = (set(name_lemmas(q.metrics[0].metric.name)) for q in (settled, refit))
    return not (first & said) - other


def guided_already(query: Query, guided: set[int]) -> bool:
    """Is one of QUERY's metrics guided itself, or through the ends of its range (metrics
    of their own: "revenue growth (low end)" guides revenue growth)?"""
    names = {
        RANGE_END.sub("", h.metric.name)
        for h in (query.reading.candidates if query.reading else ())
        if h.metric.id in guided
    }
    return any(RANGE_END.sub("", h.metric.name) in names for h in query.metrics)
