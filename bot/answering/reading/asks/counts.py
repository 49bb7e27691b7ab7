"""Counts over spans: what was added, lost or done over a span rather than the level
at its end ("how many did they add", "net adds", "rooms opened in Q4"), and running totals
("cumulative", "since launch", at a day)."""

from __future__ import annotations

import functools
import itertools
import re

from bot import patterns
from bot.answering.english.lexicon import parts_of_speech, verb_lemma
from bot.answering.english.words import ADD_VERBS, EXPECTATION_WORDS, MOVE_VERBS, lemmas, tokenize
from bot.answering.reading.asks.verb_forms import _form_of, _says
from bot.answering.reading.cues import cue, per_text

# "how many did they add", "net adds", "how much did subscriptions grow between ... and"
_ADDED = ADD_VERBS | MOVE_VERBS | {"change"}
_SPAN_WORDS = frozenset({"between", "from"})
# "net additions", "net adds": the nouns of what was added over a span
ADDITION_NOUNS = frozenset({"addition", "additions", "adds"})


@functools.lru_cache(maxsize=4096)
def added(text: str, named: frozenset[str] = frozenset()) -> bool:
    """Does the question ask for what changed over a span rather than a level? (NAMED:
    the words of the figure's own name, never a verb of its change: "spaces under
    management contracts" contract nothing.)"""
    return any(
        t.text in _SPAN_WORDS or (_form_of(t.text, _ADDED) and t.text.lower() not in named)
        for t in tokenize(text)
    ) or net_additions(text)


@per_text
def net_additions(text: str) -> bool:
    """'net new stores', 'net site additions', 'net adds': what a count gained less what
    it lost over a span, never its level at the span's end."""
    tokens = tokenize(text)
    return any(t.text.lower() in ADDITION_NOUNS for t in tokens) or any(
        a.lemma == "net" and b.lemma == "new" for a, b in itertools.pairwise(tokens)
    )


@per_text
def acted_over_span(text: str) -> bool:
    """'How many depots did Acme mothball in FY27', 'rooms opened in Q4 2025': a count of
    what was done over a span, asked with a verb of doing; never the level at the span's
    end ("how many stores did Acme have", "… operate")."""
    done = _DONE_IN.search(text)
    if done is not None and _a_deed(done["verb"]):
        return True
    m = _HOW_MANY_DID.search(text)
    if m is None or _PERIOD_AS_OBJECT.match(text, m.end()):
        return False  # ("how many members did they close out 2025 with": the level it ended on)
    verb = m["verb"]
    if set(lemmas(m["between"])) & EXPECTATION_WORDS or verb_lemma(verb) in EXPECTATION_WORDS:
        return False  # ("how many does it want (on hire) by 2028": a level expected)
    return verb_lemma(verb) not in _STATIVE and "VERB" in parts_of_speech(verb)


def _a_deed(participle: str) -> bool:
    """Is PARTICIPLE ("opened", "mothballed") a verb of doing, never of being ("held")?"""
    verb = verb_lemma(participle)
    return verb not in _STATIVE and "VERB" in parts_of_speech(participle)


# "rooms opened in Q4", "stores closed during the first half": a count done over a span
_DONE_IN = patterns.guarded(
    r"\b[a-z]+s\s+(?P<verb>[a-z]+ed)\s+(?:in|during|over|across|through)\s+(?:the\s+)?"
    r"(?:q[1-4]|h[12]|[1-4]q|fy|\d|first|second|third|fourth|last|this|final)",
    re.IGNORECASE,
)
_HOW_MANY_DID = patterns.guarded(
    r"\bhow\s+many\b.*?\b(?:did|does|do|will)\s+(?P<between>(?:[\w'&.-]+\s+){1,3}?)(?P<verb>[a-z]+)"
    # (or last: "in Q3, how many bottles did they sell?")
    r"(?=\s+(?:in|during|over|for|across|through|by|last|this|q[1-4]|h[12]|fy|\d)|\s*[?.!]*\s*$)",
    re.IGNORECASE,
)
# "… close 2025 with", "… exit the quarter at": the period is what the verb acts on, and
# the level it was left at is asked
_PERIOD_AS_OBJECT = patterns.compile(r"\s+(?:the\s+)?[\w/-]+(?:\s+[\w/-]+)?\s+(?:with|at)\b", re.I)
# Verbs that ask how many there were, not how many were acted on
_STATIVE = frozenset(
    "have own operate run hold keep count total number end finish stand sit be employ "
    "serve reach carry".split()
)

# "how many tractors did they take out of the fleet": a count's losses, said with a particle
_TAKEN_OUT = patterns.compile(
    r"\b(?:take|takes|took|taken|taking|pull|pulls|pulled|pulling)\s+(?:[\w-]+\s+){0,2}?out\s+of\b",
    re.IGNORECASE,
)


@per_text
def adds(text: str) -> bool:
    """Does the question ask how many were added (or lost), not how many there are?"""
    return _says(text, ADD_VERBS) or bool(_TAKEN_OUT.search(text))


# "how many had it mailed before fiscal 2025 started", "by the start of FY25": a running
# total up to the day a period begins, never that period's own figure
BEFORE_IT_BEGAN = cue(
    r"\b(?:before|by|prior\s+to|until|till|up\s+to)\s+(?:the\s+)?(?:start|beginning|outset)\s+of\b"
    r"|\bbefore\b[^?.;]{1,40}?\b(?:started|began|begun|kicked\s+off|got\s+under\s*way)\b",
    re.I,
)

# "cumulative procedures at the end of FY25", "lifetime units": a total counted from the
# start, whatever period follows ("running total" is read as "cumulative total")
CUMULATIVE = cue(r"\bcumulative(?:ly)?\b|\blifetime\b|\baccumulated\b", re.I)

# "... at the end of FY25", "as of March", "by year-end", "up to 15 July 2024": a total
# asked at a day (never "cumulative revenue Jan to Oct", a span's own total)
AT_A_DAY = cue(
    r"\b(?:at|by)\s+(?:the\s+)?(?:end|close)\s+of\b|\bas\s+(?:of|at)\b|\byear[-\s]end\b"
    r"|\bup\s+(?:to|till|until)\b",
    re.I,
)

# "since launch", "since its debut", "since it started out", "since the T1 launch", "since
# Dunmanus launched home delivery", "since its first crop": a running total is asked
SINCE_LAUNCH = cue(
    r"\bsince\s+(?:(?:its|their|the|it|they)\s+)?(?:(?:was|were)\s+)?(?:very\s+)?"
    r"(?:[\w-]+\s+){0,2}?"  # what, or who, began ("the T1 launch", "Dunmanus launched")
    r"(?:launch\w*|debut\w*|inception|introduc\w+|start\w*|began|open(?:ed|ing)|found\w*|releas\w*|roll-?out"
    r"|listing|ipo)\b"
    # what it began: "launched home delivery" (never a period or a clause after it)
    r"(?:\s+(?!(?:in|on|at|of|by|to|for|and|or|vs|versus|through|until|till|how|what)\b)"
    r"[a-z][\w-]*){0,2}"
    # "since its first crop", "since the first Iskra Cup": never a period's first part
    r"|\bsince\s+(?:its|their|the)\s+(?:very\s+)?first\s+"
    r"(?!(?:quarter|half|year|month|week|day|season|fiscal|fy|q\d|h\d)s?\b)[\w-]+(?:\s+[\w-]+)?"
    # "lifetime sales at 31 Dec": a running total said in a word ("cumulative" is not one:
    # "Jan-Oct cumulative revenue" runs from a start the question names)
    r"|\b(?:lifetime|all[\s-]time)\b",
    re.I,
)
