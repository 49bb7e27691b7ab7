"""A ratio named by its two figures: "the loan-to-deposit ratio at end-2025", "the ratio
of net debt to equity" of a company stating both figures but no such ratio. The one over
the other, each read from its own words as a question of its own, for the period asked;
never a stated figure that only shares a word with the ratio's name ("past-due loan ratio"
for "loan to deposit ratio")."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot import patterns
from bot.answering.deriving.ratios import actual_read
from bot.answering.english.words import lemmas
from bot.answering.matching.decision import Pick
from bot.answering.reading.intent import Intent
from bot.answering.reading.query import Query
from bot.facts.model import FactView

_WORDS = r"[a-z][\w&'-]*(?:\s+[a-z][\w&'-]*){0,2}?"
# "loan-to-deposit ratio", "debt to equity ratio"; "ratio of net debt to equity"
_A_TO_B_RATIO = patterns.compile(
    rf"\b(?P<of>{_WORDS})[\s-]+to[\s-]+(?P<over>{_WORDS})[\s-]+ratio\b", re.IGNORECASE
)
# (the second figure's words end where a period or company is put: "… to equity for 2025")
_RATIO_OF_A_TO_B = patterns.compile(
    rf"\bratio\s+of\s+(?P<of>{_WORDS})\s+to\s+"
    r"(?P<over>[a-z][\w&'-]*(?:\s+(?!(?:for|at|in|on|as|by|of)\b)[a-z][\w&'-]*)?)\b",
    re.IGNORECASE,
)


def named_ratio_sides(said: str) -> tuple[str, str] | None:
    """The two figures' words of a ratio named by them ("loan", "deposit"), or None."""
    m = _A_TO_B_RATIO.search(said) or _RATIO_OF_A_TO_B.search(said)
    return (m["of"], m["over"]) if m is not None else None


def stated_by_name(query: Query, sides: tuple[str, str]) -> bool:
    """Does the figure the question's words chose name both sides itself (a company's own
    "loan-to-deposit ratio")? Then it is the answer, as stated."""
    if not query.metrics:
        return False
    own = set(lemmas(query.metrics[0].metric.name))
    return all(set(lemmas(words)) & own for words in sides)


def ratio_of_named_figures(
    query: Query,
    company: str,
    read: Callable[[str], Query],
    facts_of: Callable[[list[int]], list[FactView]],
) -> Pick | None:
    """The ratio of the two figures its name says, both actuals of one period in one unit
    (amounts of money, or counts), the second above nothing; None unless both are found."""
    sides = named_ratio_sides(query.said)
    if sides is None or len(query.periods) > 1 or stated_by_name(query, sides):
        return None
    when = " ".join(p.text for p in query.periods)
    of, over = (actual_read(f"{company} {words} {when}", query, read, facts_of) for words in sides)
    if of is None or over is None or of.fact.metric == over.fact.metric:
        return None
    same = of.fact.period == over.fact.period and of.fact.unit == over.fact.unit
    if not same or of.fact.unit == "percent" or over.fact.value <= 0:
        return None
    return Pick(Intent.RATIO, (of, over))
