"""Revisions of an expectation: one named by its verb ("cut", "raised"), its month
("the November raise"), its place in the series ("the second cut") or its direction ("the
raised forecast"); the statement before or after it, the one that replaced it, and
whether a statement still stands."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot import patterns
from bot.answering.english.words import CHANGE_VERBS, MONTHS, Token, tokenize
from bot.answering.reading.asks.verb_forms import _form_of
from bot.answering.reading.cues import cue, per_text
from bot.facts import reporting
from bot.facts.periods.words import MONTH_PATTERN, ORDINALS, month_number

# Verbs that revise a figure: the change verbs, and the moves a figure is revised by.
_REVISING = CHANGE_VERBS | {"increase", "decrease", "move"}
# "how much is the updated forecast": the latest figure, not a revision whose size is asked
_RESIZING = _REVISING - {"update"}
# "after the November raise", "before its May cut": a revision named by its month
_REVISION_MONTH = patterns.guarded(
    rf"\b(?P<when>before|after|since|prior\s+to|ahead\s+of|following)\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?P<month>{MONTH_PATTERN})(?![a-z])\s+(?:\d{{4}}\s+)?(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
_REVISION_IN_MONTH = patterns.compile(
    rf"\b(?P<when>in|at|with)\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?P<month>{MONTH_PATTERN})(?![a-z])\s+(?:\d{{4}}\s+)?(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)

# "before the November cut", "before they raised it in May": the statement before it
# "before", "prior to", "ahead of": what came earlier than an event or a statement
BEFORE = patterns.guarded(r"\b(?:before|prior\s+to|ahead\s+of)\b", re.IGNORECASE)
_WORDS_TO_VERB = 5  # "before" and the revising verb at most this many words apart


@per_text
def before_change(text: str) -> bool:
    """Does the question name a revision and ask for the figure it replaced?"""
    tokens = tokenize(text)
    for m in BEFORE.finditer(text):
        after = [t for t in tokens if t.start >= m.end()][:_WORDS_TO_VERB]
        if any(_form_of(t.text, _REVISING) for t in after):
            return True
    return False


@per_text
def changed(text: str) -> bool:
    """Does the question name a revision ('cut', 'lift', 'raised', 'downgrade')? Not a
    change's participle after a determiner ("the narrowed range"): that says which
    statement, see revised_direction."""
    tokens = tokenize(text)
    return any(
        _form_of(t.text, _RESIZING) and not attributive(tokens, i) and not _a_basis(tokens, i)
        for i, t in enumerate(tokens)
    )


def _a_basis(tokens: list[Token], i: int) -> bool:
    """Is token I a basis a figure is named with ("adjusted EBITDA", "adjusted net
    income"), not a revision ("adjusted its outlook", "when it was adjusted")?"""
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else None
    return tokens[i].text == "adjusted" and nxt in reporting.phrase_words()


_DETERMINERS = frozenset({"the", "its", "their", "this", "that", "his", "her"})


def attributive(tokens: Sequence[Token], i: int) -> bool:
    """Is token I a participle right after a determiner or a possessive ("the *narrowed*
    range", "Orvik's *raised* guidance", "the May *raised* range": a month between says
    when): a word saying which thing, not what happened?"""
    j = i - 1 if i and tokens[i - 1].text in MONTHS and i > 1 else i
    before = tokens[j - 1].text if j else ""
    return tokens[i].text.endswith("ed") and (
        before in _DETERMINERS or before.endswith(("'s", "s'", "’s"))
    )


# Nouns naming a revision that are no form of a revising verb: "before the July revision"
_REVISION_NOUNS = frozenset({"revision", "revisions", "update", "adjustment"})

# "after the first revision", "before the second cut", "at its 2nd raise": a revision
# named by its place in the series of statements
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th")
_REVISION_ORDINAL = patterns.guarded(
    r"\b(?:(?P<when>before|prior\s+to|ahead\s+of)\s+)?(?:the\s+|its\s+|their\s+)?"
    rf"(?P<nth>{'|'.join(_ORDINAL_WORDS)})\s+(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)


@per_text
def revision_ordinal(text: str) -> tuple[bool, int] | None:
    """'after the first revision' -> (False, 1); 'before the second cut' -> (True, 2)."""
    m = _numbered_revision(text)
    return None if m is None else (bool(m["when"]), ORDINALS[m["nth"].lower()])


def revision_ordinal_at(text: str) -> int | None:
    """Where the ordinal of a numbered revision starts in TEXT ("the *second* cut")."""
    m = _numbered_revision(text)
    return None if m is None else m.start("nth")


def _numbered_revision(text: str) -> re.Match[str] | None:
    if not patterns.may_hold(text, _ORDINAL_WORDS):
        return None  # (most questions: no ordinal, and no search of each place for one)
    return next(
        (
            m
            for m in _REVISION_ORDINAL.finditer(text)
            if _form_of(m["verb"], _RESIZING) or m["verb"].lower() in _REVISION_NOUNS
        ),
        None,
    )


@per_text
def revision_month(text: str) -> tuple[bool, int] | None:
    """'before the November raise' -> (True, 11); 'after the May cut' -> (False, 5)."""
    return _revision_month(_REVISION_MONTH, text)


@per_text
def revision_in_month(text: str) -> int | None:
    """'the cut in the February revision' -> 2: the statement that revision made."""
    found = _revision_month(_REVISION_IN_MONTH, text)
    return None if found is None else found[1]


def _revision_month(pattern: re.Pattern[str], text: str) -> tuple[bool, int] | None:
    m = next(
        (
            m
            for m in pattern.finditer(text)
            if _form_of(m["verb"], _RESIZING) or m["verb"].lower() in _REVISION_NOUNS
        ),
        None,
    )
    if m is None:
        return None
    index = month_number(m["month"])
    assert index is not None  # (the pattern matched a month's name)
    before = m["when"].lower().split()[0] in ("before", "prior", "ahead")
    return before, index


# nouns that name a revision of an expectation, never a change of an actual figure
REVISION_NOUN = cue(r"\b(?:downgrades?|upgrades?|revisions?)\b", re.I)

# "its raised forecast", "the lowered range", "the cut guidance": the statement a raise or a
# cut made, which need not be the latest ("by how much did they miss the raised forecast"
# after a later cut). A determiner first: "they raised the forecast" is the verb.
_REVISED_UP = r"raised|increased|upped|lifted|hiked|upgraded|boosted"
_REVISED_DOWN = r"lowered|cut|reduced|trimmed|slashed|downgraded|pared|scaled[\s-]+back"
_REVISED = patterns.guarded(
    rf"\b(?:the|its|their|that|this|'s|’s)\s+(?:(?P<up>{_REVISED_UP})|(?P<down>{_REVISED_DOWN}))"
    r"\s+(?:[\w/-]+\s+){0,3}?(?:target|tgt|forecast|fcst|fcast|guidance|outlook|goal|view|range"
    r"|plan|estimate)",
    re.IGNORECASE,
)


@per_text
def revised_direction(text: str) -> str | None:
    """'up' for "the raised forecast", 'down' for "the lowered range", else None."""
    m = _REVISED.search(text)
    if m is None:
        return None
    return "up" if m["up"] else "down"


# "before the trim", "ahead of the raise": the change a statement came before, by its noun
_CHANGE_NAMED = patterns.guarded(
    r"\b(?:before|prior\s+to|ahead\s+of)\s+(?:the|its|their|that)\s+(?:\w+\s+)?"
    r"(?:(?P<down>cut|trim|reduction|downgrade|lowering|slash)|"
    r"(?P<up>raise|rise|lift|hike|upgrade|increase))\b",
    re.IGNORECASE,
)


def change_before_named(text: str) -> str | None:
    """'up' for "before the raise", 'down' for "before the trim", else None."""
    m = _CHANGE_NAMED.search(text)
    if m is None:
        return None
    return "down" if m["down"] else "up"


# "the budget before and after the March revision": both statements, and the move
# ("before vs after the cut", "before/after": the two statements set side by side)
BEFORE_AND_AFTER = cue(r"\bbefore\s*(?:and|vs\.?|versus|v\.?|&|/|or)\s*after\b", re.I)

# "the 1.9-3.1bn range, what replaced it": the statement made in its place, next
REPLACED = cue(
    r"\b(?:replac(?:ed|es|ing)|supersed(?:ed|es)|succeeded|took\s+(?:its|their)\s+place"
    r"|came\s+(?:next|after))\b"
    # "the £212m-£222m guidance: what did it become?", "... turned into what"
    r"|\bwhat\s+(?:did|has|had)\s+(?:it|that|this|they)\s+become\b|\bbec(?:ame|ome)\s+what\b"
    r"|\bturned\s+into\b"
    # "what was the 200bn goal raised to": the figure a revision made of it
    r"|\b(?:raised|lifted|increased|upped|cut|lowered|reduced|trimmed|revised|upgraded"
    r"|downgraded|changed|moved|narrowed|widened)\s+to\s*(?:(?:later|afterwards|then|next"
    r"|in\s+the\s+end|eventually|finally|ultimately)\s*)?(?:\?|$)",
    re.I,
)

# "what was it cut to in the end": the last statement of the figure, not the next one
IN_THE_END = cue(r"\b(?:in\s+the\s+end|eventually|finally|ultimately|at\s+last)\b", re.I)

# "and the plan before it?", "and prior to that?": the statement a figure named
# replaced
PRECEDED = cue(r"\b(?:before|prior\s+to|ahead\s+of)\s+(?:that|it|this)\b", re.I)

# "raised in total since March", "come down since the AGM": the move from the statement
# made then to the latest (never "since launch", a running total: SINCE_LAUNCH)
SINCE = cue(r"\bsince\b", re.I)

# "the 28bn target, still standing?", "is that still the plan": whether a statement named
# stands, which the current one answers
STILL_STANDS = cue(r"\bstill\b(?!\s+(?:need|left|to\s+go|remain))", re.I)
