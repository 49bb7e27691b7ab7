"""Two figures set against each other: "more … than", "fewer than a year before",
"X vs Y", "did domestic beat exports", "which region grew fastest", and whether the
amount between them is asked."""

from __future__ import annotations

import re

from bot import patterns
from bot.answering.reading.cues import cue, per_text

# "more than a year before", "than the previous quarter": one figure against the same
# figure of an earlier period
_THAN_BEFORE = patterns.guarded(
    r"\bthan\s+(?:in\s+|during\s+)?(?:a\s+year\s+(?:before|earlier|ago)|last\s+year|"
    r"the\s+(?:year|quarter|period|half)\s+(?:before|earlier)|the\s+(?:prior|previous|same)\b|"
    r"(?:a|one)\s+(?:year|quarter)\s+(?:before|earlier|ago))",
    re.IGNORECASE,
)
# "more … than", "fewer … than": two figures compared, which a one-figure answer is not
COMPARATIVES = frozenset({"more", "fewer", "less", "higher", "lower", "bigger", "smaller"})
# ("how many points apart were X and Y": two figures' distance, however it is asked)
_COMPARISON = patterns.guarded(
    rf"\b(?:{'|'.join(sorted(COMPARATIVES))})\b.*\bthan\b|\bapart\b", re.IGNORECASE
)


# "which was bigger, voice or data revenue", "was jan or feb the bigger month": a choice
# between two named things, which one figure never answers
_CHOOSING = patterns.guarded(
    r"\b(?:which|who)\b|(?:^|[:;,–—-])\s*(?:so\s+)?(?:was|were|is|are|did)\b", re.IGNORECASE
)
_CHOICE_WORDS = COMPARATIVES | {"larger", "greater", "better", "worse", "stronger", "weaker"}
_EITHER_OR = patterns.guarded(r"\b([a-z0-9]+)\s+or\s+([a-z0-9]+)\b", re.IGNORECASE)


@per_text
def chooses_between_two(text: str) -> bool:
    """Does the question ask which of two named things is the bigger (or the smaller)?
    Never "more or less", "higher or lower": a comparative on either side of "or" asks a
    direction, not a choice."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    if not _CHOOSING.search(text) or not words & _CHOICE_WORDS:
        return False
    return any(not {m[1].lower(), m[2].lower()} & _CHOICE_WORDS for m in _EITHER_OR.finditer(text))


@per_text
def than_before(text: str) -> bool:
    """Does the question compare a figure with its own earlier period's ('how many more
    than a year before')?"""
    return bool(_THAN_BEFORE.search(text))


@per_text
def compares(text: str) -> bool:
    """Does the question compare two figures ('how many more cars did they build than
    they delivered')?"""
    return bool(_COMPARISON.search(text))


# "which region grew fastest", "what was the best-selling product", "which segment had
# the highest margin": a ranking of lines, never one figure
RANKED = cue(
    r"\b(?:which|what)\s+(?:[\w&-]+\s+){0,3}?(?:grew|rose|fell|was|were|had|did|sold|"
    r"performed|contributed|is|are|saw|made|won|[a-z]+ed)\b.{0,40}?\b(?:fastest|slowest|most|least|biggest|"
    r"largest|smallest|highest|lowest|best|worst|strongest|weakest)\b"
    r"|\b(?:which|what)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:fastest|slowest|best|worst|"
    r"biggest|largest|top)[\w-]*\s+(?:growing|selling|performing|region|segment|market|product)",
    re.I,
)

# "by how much did US sales exceed Mexico's", "did domestic beat exports": one figure set
# above another; the one named before the verb is the one that did
OUTDID = cue(
    r"\b(?:beat(?:s|en)?|exceed(?:ed|s)?|surpass(?:ed|es)?|outs(?:old|ell|ells)|"
    r"outpac(?:ed|es|e)|outstripp?(?:ed|s)?|top(?:ped|s)?|trail(?:ed|s)?|lag(?:ged|s)?)\b",
    re.I,
)
DIFFERED = cue(r"\b(?:differ(?:s|ed|ing)?|deviat\w*|diverg\w*)\b", re.I)

# "2025 output vs the guide": one figure set against another, by a word of comparing
VERSUS = cue(r"\b(?:vs\.?|versus|against|compared\s+(?:with|to))\b", re.I)

# A comparison that asks for the amount between two figures, not only both figures.
_DIFFERENCE = patterns.guarded(
    r"\b(?:diff|difference|gap|higher|lower|apart|moved?|change[sd]?|shift(?:ed)?)\b", re.I
)


@per_text
def asks_difference(text: str) -> bool:
    return _DIFFERENCE.search(text) is not None
