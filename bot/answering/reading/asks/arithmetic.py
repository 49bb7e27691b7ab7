"""Shares, sums and arithmetic: figures worked out from others. A part taken out of a
whole ("excluding software"), figures added up, a share of a whole, the gap between two,
a range's midpoint, a figure implied by another, one figure as a multiple of another."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot import patterns
from bot.answering.english.words import lemmas
from bot.answering.reading.asks.comparisons import compares
from bot.answering.reading.cues import cue, per_text
from bot.facts.periods.words import MONTH_PATTERN

# the words that leave a part out of a whole: "excluding", "outside", "other than", "without"
LEAVING_OUT = (
    r"excluding|exclude[sd]?|excl|ex(?=\s|-[a-z])|except|without|other\s+than|"
    r"outside(?:\s+of)?|"
    r"apart\s+from|aside\s+from|"
    # ("net of the US", "net of Q4"; never "net of tax", a profit's own basis)
    r"net\s+of(?!\s+(?:tax|taxes|taxation|income\s+tax)\b)"
)
# "net sales excluding software", "revenue other than cloud", "not from the UK", "minus",
# "how much of revenue was not recurring" ("wasn't"), "produced but not sold"
_EXCLUDING = patterns.guarded(
    rf"\b(?:{LEAVING_OUT}|minus|not\s+(?:\w+\s+){{0,2}}?(?:from|counting|including|in)|less|"
    r"but\s+not|"
    r"(?:was|were|is|are|that's)\s+not|(?:was|were|is|are)n['’]?t)\b"
    r"|\bnon[-\s](?!gaap\b)",  # (non-GAAP is a basis of measure, not a part left out)
    re.IGNORECASE,
)


@per_text
def excluding_at(text: str) -> int | None:
    """Where the question starts taking one figure out of another, if it does."""
    m = _EXCLUDING.search(text)
    return m.start() if m else None


@per_text
def several_taken_out(text: str) -> bool:
    """'volume outside Europe and the Americas', 'revenue excluding dedicated and one-way
    truckload': two parts or more taken out of a whole (never one less the other; "A minus
    B" is one figure less another)."""
    m = _LEFT_OUT.search(text)
    return bool(m) and bool(_LIST_JOIN.search(_CLAUSE_END.split(text[m.end() :], 1)[0]))


# (never "minus", "less", "not": one figure less another, or one part)
_LEFT_OUT = patterns.guarded(rf"\b(?:{LEAVING_OUT})\b", re.IGNORECASE)


@per_text
def leaves_out(text: str) -> bool:
    """Does the question leave a part out of a whole ("excluding", "ex-Korea", "outside")?
    ("minus", "less": one figure less another, see `excluding_at`.)"""
    return bool(_LEFT_OUT.search(text))


_CLAUSE_END = patterns.compile(r"[,;?!]")


@per_text
def words_taken_out(text: str) -> frozenset[str]:
    """The lemmas of the (up to three) words right after where the question takes a part
    out of a whole ("cards that were NOT premium": "premium"); of several cues, the last
    ("non-life premiums outside Switzerland": "switzerland", the "non-" a name's)."""
    found = list(_EXCLUDING.finditer(text))
    return frozenset(lemmas(text[found[-1].end() :])[:3]) if found else frozenset()


# two things listed: "Europe and the Americas", "A & B", "A + B"
_LIST_JOIN = patterns.guarded(r"\w\s*(?:&|\+)\s*\w|\w\s+(?:and|or)\s+\w", re.IGNORECASE)

_DERIVE = patterns.guarded(
    r"\b(?:alone|implied|impl(?:y|ies)|derived?|work(?:ed)?\s+out|calculat\w+|subtract\w*|"
    r"minus|less|difference|remaining|rest|standalone|stand-alone|by\s+itself|on\s+its\s+own|"
    r"solely|only|between|since|lifetime|cumulative)\b",
    re.IGNORECASE,
)


@per_text
def derive(text: str) -> bool:
    """Does the question invite working a figure out from others ('Q3 alone', 'implied',
    'between')? A period is taken out of a longer one only when it does: a plain 'Q1
    sales' the company never stated is not one to work out unasked."""
    return bool(_DERIVE.search(text))


# "add up Q1 and Q2", "Q1 and Q2 combined", "the two quarters together", "in total", "the
# total of A and B"
# (the words that say figures are summed, and only that: never a name's own "plus")
_SUM_WORDS = r"add(?:s|ed|ing)?\s+up|sum(?:med)?|combined|together"
_TOTALS = patterns.guarded(
    rf"\b(?:{_SUM_WORDS}|in\s+total|altogether|put\s+together|taken\s+together|plus|total\s+of)\b"
    r"|\s\+\s|(?<=[a-z0-9])\+(?=[a-z0-9])",
    re.IGNORECASE,
)
# "total bookings for Q1 and Q4": of two periods named, their total, where nothing sets
# one against the other (spans.sets_against)
# ("all in", "all told": chat's own totals, of two periods named; alone they only say "in
# all" of one figure, "what did they sell in 2024, all in"; never "all in 2025")
TOTAL = patterns.compile(
    r"\btotal\b|\ball\s+told\b|\ball[\s-]in\b(?!\s+(?:fy\s*|q\d\s*)?'?\d{2,4}\b)",
    re.IGNORECASE,
)

# "add up", "combined", "together": two or more figures summed, said so ("plus" and "+"
# are as often a name's own, "Care+", "Hearth + Loom", "$100k+", or say what a line holds)
_ADDED_UP = patterns.guarded(rf"\b(?:{_SUM_WORDS})\b", re.IGNORECASE)


def added_up(text: str, metric: str) -> bool:
    """Does the question ask for figures added up, in words no figure's name (METRIC's:
    "combined ratio") takes for its own?"""
    m = _ADDED_UP.search(text)
    return m is not None and m.group().lower() not in metric.lower().split()


@per_text
def totals(text: str) -> bool:
    """Does the question ask for the lines or periods it names added up ('Q1 and Q2
    combined', 'Q1 + Q2')?"""
    return bool(_TOTALS.search(text))


SHARE_WORDS = frozenset(
    {"share", "proportion", "percentage", "fraction", "portion", "ratio", "%", "percent", "pct"}
)


def share(unexplained: tuple[str, ...]) -> bool:
    """Are the only words nothing explained the ones that ask for a share of a whole?"""
    return bool(unexplained) and all(w.lower() in SHARE_WORDS for w in unexplained)


GAP_WORDS = frozenset({"gap", "difference", "spread"})
MIDPOINT_WORDS = frozenset({"midpoint", "mid", "middle", "centre", "center"})

# Words a derivation explains (a share, a gap, a midpoint): a question's subject may be
# made of them ("by how much has the range's midpoint shifted"), as of the store's words.
DERIVING_WORDS = SHARE_WORDS | GAP_WORDS | MIDPOINT_WORDS


def gap(unexplained: tuple[str, ...]) -> bool:
    """Are the only words nothing explained the ones that ask for a gap between two?"""
    return bool(unexplained) and all(w.lower() in GAP_WORDS for w in unexplained)


@per_text
def gap_asked(text: str, unexplained: tuple[str, ...]) -> bool:
    """Does the question ask for the gap between two figures, in its unexplained words or
    in so many words ("difference between", "X vs Y ... gap")?"""
    if any(w.lower() in GAP_WORDS for w in unexplained):
        return True
    # ("how much more did X book than Y": the second figure named by its own words)
    return bool(BETWEEN_TWO.search(text) or _SET_AGAINST.search(text) or compares(text))


# "X minus Y", "X vs Y ... diff": two figures set against each other
_SET_AGAINST = patterns.guarded(r"\b(?:minus|vs\.?|versus|diff)\b", re.IGNORECASE)

BETWEEN_TWO = cue(r"\b(?:difference|diff|delta|gap|spread)\s+between\b", re.I)
# "how much faster did A grow than B", "by how much did A exceed B", "the gap between A
# and B": two figures worked into one, which one of them alone never answers
_FASTER_OR_EXCEEDING = cue(r"\b(?:faster|slower)\b.*\bthan\b|\bexceed(?:ed|s)?\b", re.I)


def two_figures_worked(text: str) -> bool:
    """Does the question work two figures into one ("how much faster did A grow than B",
    "by how much did A exceed B", "the difference between A and B")?"""
    return bool(_FASTER_OR_EXCEEDING.search(text) or BETWEEN_TWO.search(text))


# "A minus B", "A plus B", "(Q3+Q4)", "hospitals + day surgery": figures joined by the
# asker's own arithmetic ("less" is as often "less than", "-" a range's or a date's)
_JOINED = patterns.guarded(r"\b(?:minus|plus)\b|\s\+\s|(?<=\w)\+(?=\w)", re.I)
# an operand that is a period: "Q1 + Q2", "9M minus Q3", "oct+nov", "full year minus h1"
# (a figure of the longer period holds their sum; the parts are worked out elsewhere)
_PERIOD_OPERAND = patterns.compile(
    r"\s*(?:the\s+)?(?:q[1-4]|[1-4]q|h[12]|[12]h|[st][1-4]|[1-4][st]|\d{1,2}\s*m\b|fy|"
    r"(?:19|20)\d{2}\b|\d{1,2}[-\s]?weeks?|full[-\s]year|(?:first|second|third|fourth|last)\s+"
    r"(?:quarter|half)|(?:the\s+)?(?:quarter|half|year)\b|nine\s+months|ytd|"
    + MONTH_PATTERN
    + r"\b)",
    re.IGNORECASE,
)
# an operand's words end at a bracket, a clause's end or a question's next joining word
_WORD_START = patterns.compile(r"\b\w")
_OPERAND_END = patterns.compile(r"[()\[\],;?!]|\s-\s|\b(?:minus|plus)\b|\+")


@dataclass(frozen=True)
class Joined:
    """One sum or difference a question spells out: "attributable minus deducted net
    profit" is ("minus", "attributable", "deducted net profit")."""

    operator: str  # "plus" or "minus"
    before: str  # the word before the operator
    after: str  # the words after it, to a bracket or the clause's end
    dated: bool  # do those words name a period ("minus pat fy2024": another year's)


@per_text
def arithmetic_said(text: str) -> tuple[Joined, ...]:
    """Each sum or difference of figures the question spells out (never of periods:
    "Q1 + Q2 revenue" asks one figure of the half)."""
    joined = []
    for m in _JOINED.finditer(text):
        after = _OPERAND_END.split(text[m.end() :], 1)[0]
        if _PERIOD_OPERAND.match(after):
            continue
        before = text[: m.start()].split()
        operator = "minus" if m.group().strip().lower() == "minus" else "plus"
        dated = any(_PERIOD_OPERAND.match(after, w.start()) for w in _WORD_START.finditer(after))
        joined.append(
            Joined(operator, before[-1].strip("([") if before else "", after.strip(), dated)
        )
    return tuple(joined)


def midpoint(unexplained: tuple[str, ...]) -> bool:
    """Are the only words nothing explained the ones that ask for a range's midpoint?"""
    return bool(unexplained) and all(w.lower() in MIDPOINT_WORDS for w in unexplained)


# "the 2026 target as a % of 2025 sales": one figure over another
_AS_SHARE_OF = r"\bas\s+(?:an?\s+)?(?:%|per\s?cent(?:age)?|pct|share|proportion|fraction)\s+of\b"
AS_SHARE_OF = cue(_AS_SHARE_OF, re.I)

# "what % of", "what share of", "which proportion of": a part as a share of a whole
_SHARE_OF = (
    r"\b(?:what|which)\s+(?:%|per\s?cent(?:age)?|share|proportion|fraction|portion)\s+of\b"
    r"|\b(?:what|which)\s*%\s*of\b"
    # "Canada share of group sales", "Canada as a % of sales": the part named first
    r"|\b(?:share|proportion|fraction|portion)\s+of\b|"
    + _AS_SHARE_OF
    # "how much of 9M EBITDA came in Q3, as a share": the whole after "how much of"
    + r"|\bhow\s+much\s+of\b(?=.*\bas\s+an?\s+(?:%|per\s?cent(?:age)?|pct|share|proportion"
    r"|fraction)(?!\s+of)\b)"
)
SHARE_OF = cue(_SHARE_OF, re.I)

# ... and "what % kilos" ("qué % de", the small word dropped in English), "what percentage
# did exports make": a percentage asked, whatever else the question says
PERCENT_ASKED = cue(_SHARE_OF + r"|\b(?:what|which)\s*(?:%|per\s?cent(?:age)?\b|pct\b)", re.I)

# "what share of Q3 revenue came in July", "... was earned in the first half": the part a
# share is asked of is a period
PERIOD_AS_PART = cue(
    r"\b(?:came|come|comes|was|were|is|are|earned|made|booked|generated|sold|shipped)\s+"
    r"(?:in|during)\s+(?:the\s+)?(?:" + MONTH_PATTERN + r"|q[1-4]|h[12]|[1-4]q|[12]h|"
    r"(?:first|second|third|fourth|last|final)\s+(?:quarter|half|month|qtr))\b",
    re.I,
)

# "what revenue would that growth imply", "the implied EPS": a figure worked out from another
# ("what would 2025 GMV have been at the top of its outlook": the level it implies)
IMPLIES = cue(
    r"\bimpl(?:ied|ies|y|ying)\b|\bwould\b(?:\s+[\w'’]+){0,6}?\s+(?:have\s+been|be)\s+at\b",
    re.I,
)

# "the Q4 that the year's guidance implies": what the year's expectation leaves for a
# part of it, once the actual of the rest is taken out
IMPLIED_BY_YEAR = cue(
    r"\bimpl(?:ied|ies|y|ying)\b.*\b(?:full[-\s]?year|fy|annual|whole[-\s]year)"
    r"|\b(?:full[-\s]?year|annual|whole[-\s]year|fy\w*)\b.*\bimpl(?:ied|ies|y|ying)\b"
    # "Q4 revenue implied by the upper end of its 2025 forecast": the year's goal
    # (`remaining` checks that the part asked closes the goal's period)
    r"|\bimpl(?:ied|ies|y|ying)\s+by\s+(?:the\s+)?(?:(?:top|bottom|low|high|upper|lower)"
    r"(?:\s+end)?\s+of\s+)?(?:the|its|their)\b",
    re.I,
)

# "how many times bigger", "how many times as many": one figure as a multiple of another
TIMES_ASKED = cue(r"\bhow\s+many\s+times\b", re.I)
