"""How a figure moved, as a question asks it: the size of a change, its rate, the
period it is measured against (a year before, the period just before, as reported), the
level a move reached, and which way it went, or how far, in a yes/no question."""

from __future__ import annotations

import re

from bot import patterns
from bot.answering.reading.cues import cue, per_text

# "how much did they cut it", "by how much", "how big was the raise", "the size of the cut",
# "by how many points"
_SIZE = patterns.guarded(
    r"\b(?:how\s+much\s+(?:did|was|were|has|have|had|is|do|does)|"
    r"how\s+(?:big|large|far|deep|sharp|steep)|by\s+how\s+much|size|magnitude|extent|"
    r"by\s+what|"
    # ("by how many points did they cut it": the size of a move of a percentage)
    r"how\s+many\s+(?:percentage\s+)?(?:points?|pts?|pps?|ppts?|bps|basis\s+points?))\b"
    r"|\bby\s*[?.!]*\s*$",
    re.IGNORECASE,
)


@per_text
def size(text: str) -> bool:
    """Does the question ask how big something is (a change, a gap), not what it is?"""
    return bool(_SIZE.search(text))


# "has the midpoint come down", "did the guide go up": a move said as a phrasal verb, whose
# particle is the move itself (never "ring up", "bump it up")
MOVING_VERBS = frozenset({"come", "go"})
_PHRASAL_MOVE = patterns.compile(
    r"\b(?:come|comes|came|coming|go|goes|went|gone|going)\s+(?:down|up)\b", re.IGNORECASE
)


@per_text
def phrasal_move(text: str) -> bool:
    return bool(_PHRASAL_MOVE.search(text))


# "what happened to the low end in October", "what's happened with the guide": how a figure
# moved, its size and its direction asked in one
_WHAT_HAPPENED = patterns.guarded(
    r"\bwhat(?:\s+has|['’]s)?\s+(?:happened|happens)\s+(?:to|with)\b", re.IGNORECASE
)


@per_text
def what_happened(text: str) -> bool:
    return bool(_WHAT_HAPPENED.search(text))


# "the % change in orders they forecast": a change OF a figure, expected; never
# a change IN an expectation ("the change in the forecast", "change in guidance")
_CHANGE_OF_A_FIGURE = patterns.compile(
    r"\b(?:change|growth|increase|decrease|decline|rise|drop|fall)\s+(?:in|of)\s+"
    r"(?!(?:the|its|their|this|that|his|her|our|your|guidance|forecasts?|outlook|targets?|"
    r"plans?|goals?|views?|estimates?|projections?|expectations?|guide)\b"
    # ("the guide's fall in January", "rose in Q3": when it moved, never a figure of it)
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|q[1-4]\b|h[12]\b|fy|\d)",
    re.IGNORECASE,
)


@per_text
def change_of_a_figure(text: str) -> bool:
    return bool(_CHANGE_OF_A_FIGURE.search(text))


# "passenger growth in Q3", "how much did sales grow", "by what %": a rate of change asked,
# which a company's own stated growth answers (never "by how much did they beat it")
RATE_OF_CHANGE = cue(
    r"\b(?:growth|grow|grew|grown|growing|rate|percent|percentage|pct|yoy|y/y|qoq|q/q)\b|%",
    re.I,
)

# A growth against the period just before, as a question or a metric's name says it
SEQUENTIAL = cue(
    r"\b(?:quarter|month|half)[\s-]+(?:on|over)[\s-]+(?:quarter|month|half)\b"
    r"|\bsequential(?:ly)?\b|\b(?:qoq|q/q|mom|m/m)\b"
    # ("change on the prior quarter", "vs the month before": the period just before named)
    r"|\b(?:on|over|from|vs\.?|versus|against|than)\s+(?:the\s+)?(?:prior|previous|preceding)"
    r"\s+(?:quarter|month|half)\b|\bthe\s+(?:quarter|month|half)\s+before\b",
    re.IGNORECASE,
)

YEAR_ON_YEAR = cue(
    r"\b(?:yoy|y/y|year[-\s]+(?:on|over)[-\s]+year|from\s+a\s+year\s+(?:ago|earlier|before)|"
    r"versus\s+a\s+year\s+(?:ago|earlier)|vs\.?\s+a\s+year\s+(?:ago|earlier))\b",
    re.I,
)

# "vs last year", "against the prior year", "compared with a year ago", "yoy": the same
# period a year before, which a rate stated year on year is already measured against
_AGAINST_YEAR_BEFORE = patterns.guarded(
    r"\b(?:(?:vs\.?|versus|against|compared\s+(?:to|with)|from|over)\s+(?:the\s+)?"
    r"(?:last|prior|previous|preceding)\s+year|(?:a|one)\s+year\s+(?:ago|earlier|before)|"
    r"yoy|y/y|y-o-y|year[-\s]on[-\s]year|year[-\s]over[-\s]year|"
    r"(?:vs\.?|versus|against|over)\s+(?:py|ly|pcp))\b",  # prior year, last year, pcp
    re.IGNORECASE,
)


@per_text
def against_year_before(text: str) -> bool:
    """Does the question measure a figure against the same period a year before?"""
    return bool(_AGAINST_YEAR_BEFORE.search(text))


# "capex rose to what in 2024", "what did sales climb to": the level reached, asked with a
# verb of change (the change itself needs the period before; the level does not)
LEVEL_REACHED = cue(
    r"\b(?:rose|risen|rise|rising|grew|grown|grow|climb\w*|fell|fallen|fall|dropp?\w*|"
    r"declin\w*|increas\w*|decreas\w*|jump\w*|slipp?\w*|shr[iau]nk\w*|swell\w*|soar\w*)"
    r"\s+to(?:\s+(?:what|how\s+much|how\s+many)\b|\s*\?|\s+in\b|$)"
    # "how high did deliveries climb": how high, not by how much
    r"|\bhow\s+high\b",
    re.I,
)

# "how did Greater China RevPAR do in Q1", "how is the Americas performing": how a figure
# moved is asked (a change the company states answers)
HOW_DID_IT_DO = cue(
    r"\bhow\s+(?:did|does|do|has|have|is|are|was|were)\b[^?]*?"
    r"\b(?:do|doing|done|did|perform(?:ed|ing)?|fare[ds]?|faring|hold(?:ing)?\s+up|held\s+up)\b",
    re.I,
)

# "reported net revenue growth", "growth in reported terms": the change as reported,
# never one on an organic or constant-currency basis
REPORTED_BASIS = cue(
    r"\breported\s+(?:[a-z&-]+\s+){0,3}?(?:growth|change|increase|rise|decline|basis|terms)\b"
    r"|\b(?:in|on\s+an?)\s+reported\s+(?:terms|basis)\b|\bas\s+reported\b",
    re.I,
)

# "organic sales growth", "like-for-like sales", "growth at constant currency": a change
# on a basis other than as reported ("the comparable period" is the year before, no basis)
RESTATED_BASIS_SAID = cue(
    r"\b(?:organic(?:ally)?|lfl|like[\s-]+for[\s-]+likes?|cc|cer|constant[\s-]+(?:currenc"
    r"(?:y|ies)|exchange|fx)"
    r"|comparable(?!\s+(?:\d+\s+)?(?:period|quarter|year|month|half|week|time|date|day)s?\b))\b",
    re.I,
)

# "did occupancy pass 75%?", "will they hit it?": a question answered yes or no
# the auxiliaries that open a yes/no question ("did they", "was it")
AUXILIARY = r"(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should)"
YES_NO = cue(rf"^\W*{AUXILIARY}\b", re.I)

# "did Q3's margin beat Q3 2024's?", "was revenue higher than a year ago?": a yes/no
# question (its auxiliary before any wh-word) about which way a figure moved
_YES_NO = patterns.guarded(
    r"^(?:(?!\b(?:what|which|how|when|where|why|who)\b).)*?"
    r"\b(?:did|does|do|was|were|is|are|has|have|had)\b",
    re.IGNORECASE,
)
_DIRECTIONS = {
    "up": patterns.compile(
        r"\b(?:beat|beats|exceed\w*|top(?:ped)?|surpass\w*|outpac\w*|outd(?:id|o)|gr[eo]wn?"
        r"|grows|rise|rose|risen|increas\w*|higher|more|bigger|larger|up|gain\w*|above"
        r"|faster|quicker)\b",
        re.IGNORECASE,
    ),
    "down": patterns.compile(
        r"\b(?:fall|fell|fallen|drop\w*|declin\w*|decreas\w*|shr[iu]nk\w*|lower|less"
        r"|fewer|smaller|down|slip\w*|dip\w*|below|slower)\b",
        re.IGNORECASE,
    ),
    "better": patterns.compile(r"\b(?:improv\w*|better|stronger)\b", re.IGNORECASE),
    "worse": patterns.compile(r"\b(?:worse|worsen\w*|weaker|deteriorat\w*)\b", re.IGNORECASE),
}

# "up more than 15%", "grow by at least 5 percent", "fall less than 2%": a bar for how far a
# figure moved, in percent of where it was
_CHANGE_BAR = patterns.guarded(
    r"\b(?P<side>more\s+than|over|above|upwards\s+of|at\s+least|less\s+than|under|below"
    r"|fewer\s+than|at\s+most)\s+(?P<bar>\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|pct\b|pc\b)",
    re.IGNORECASE,
)


@per_text
def change_bar(text: str) -> tuple[str, float] | None:
    """('over' or 'under' or 'at least' or 'at most', the percentage) where a yes/no
    question sets a bar for how far a figure moved ("were cans up more than 15%")."""
    m = _CHANGE_BAR.search(text)
    if m is None or not _YES_NO.search(text):
        return None
    side = " ".join(m["side"].lower().split())
    sides = {"at least": "at least", "at most": "at most", "less than": "under", "under": "under"}
    side = sides.get(side, "under" if side in ("below", "fewer than") else "over")
    return side, float(m["bar"])


@per_text
def direction_asked(text: str) -> str | None:
    """'up', 'down', 'better' or 'worse' for a yes/no question about one way a figure
    moved; None for any other question, or one naming two ways."""
    if not _YES_NO.search(text):
        return None
    text = _CHANGE_BAR.sub(" ", text)  # ("up less than 15%": the bar says no way it moved)
    found = [way for way, words in _DIRECTIONS.items() if words.search(text)]
    return found[0] if len(found) == 1 else None
