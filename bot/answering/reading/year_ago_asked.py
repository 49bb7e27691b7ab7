""" "The year-ago number", "in the year-ago quarter that Q1 2025 is compared with": the
figure asked is the earlier of a comparison the question names, never the comparison
itself nor the later figure (which a growth answer would put first).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot import patterns
from bot.answering.english.words import CHANGE_VERBS, MOVE_VERBS, lemmas
from bot.facts.periods import PeriodMention, RelativeRef, is_definite

# "what was the year-ago number", "sales in the year-ago quarter", "for the prior-year
# period": the year-ago figure as the thing asked, never as what another is set against
# ("growth vs the year-ago quarter")
_YEAR_AGO_ASKED = patterns.guarded(
    r"\b(?:what\s+(?:was|were|is|'s)|\bin|\bfor)\s+the\s+"
    r"(?:year[\s-]ago|prior[\s-]year|year[\s-]earlier)\s+"
    r"(?:number|figure|one|quarter|qtr|half|period|level|print|base)\b",
    re.IGNORECASE,
)
# words that ask how a figure moved (besides the lexicon's verbs of moving and changing):
# then the year-ago figure is the base of a change
_MOVED = frozenset({"growth", "up", "down", "more", "less", "gap", "difference", "percent"})


# between the year-ago phrase and a period that names it ("(Q3 24)", "of Q3 2025")
_RESTATED = patterns.compile(r"[\s(,:–—-]*(?:of|i\.?e\.?|in|for)?[\s(,:–—-]*", re.IGNORECASE)


def year_ago_figure(text: str) -> bool:
    """Does TEXT ask for the year-ago figure itself, no change of it?"""
    return _YEAR_AGO_ASKED.search(text) is not None and not _moved(text)


def _moved(text: str) -> bool:
    said = set(lemmas(text))
    return "%" in text or bool(said & (_MOVED | MOVE_VERBS | CHANGE_VERBS))


def year_ago_asked(text: str, periods: tuple[PeriodMention, ...]) -> PeriodMention | None:
    """The period a year before the one definite period TEXT names, where TEXT asks for
    the year-ago figure itself; None otherwise."""
    asked = _YEAR_AGO_ASKED.search(text)
    if asked is None or _moved(text):
        return None
    definite = [m for m in periods if is_definite(m.ref) and not isinstance(m.ref, RelativeRef)]
    if len(definite) != 1:
        return None
    named = definite[0]
    overlaps = named.start < asked.end() and named.end > asked.start()
    after = named.start >= asked.end() and _RESTATED.fullmatch(text, asked.end(), named.start)
    if overlaps or after:
        return None  # ("the year-ago quarter (Q3 24)", "… of Q3 2025": that period itself)
    year = getattr(named.ref, "year", None)
    if isinstance(year, int):
        # the same part of the year before, in the company's own naming ("Q1 2024" of a
        # calendar whose first quarter runs 16 weeks)
        return replace(named, ref=replace(named.ref, year=year - 1))  # type: ignore[type-var]
    ref = RelativeRef(base=named.ref, steps=-1, unit="year", span=None)  # type: ignore[arg-type]
    return replace(named, ref=ref)
