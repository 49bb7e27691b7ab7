"""Splitting a sentence into clauses: each figure's own stretch of text, and the asides
(appositions, relative clauses) read past."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.ingest.breaks import BREAK
from bot.ingest.figures import Figure

_CONNECTORS = re.compile(
    r"\b(?:from|to|compared|versus|vs|than|against|up|down|and|or|with|over|while)\b", re.IGNORECASE
)


def stretches(
    text: str, figs: list[Figure], times: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """Each figure's own stretch of TEXT. A bracket inside one of the TIMES' spans ("Q1
    (Apr-Jun) revenue") glosses that time and breaks nothing."""
    breaks = [
        m.start() for m in BREAK.finditer(text) if not any(a < m.start() < b for a, b in times)
    ]
    out = []
    for i, f in enumerate(figs):
        left = max([b for b in breaks if b < f.start] or [0])
        if i:
            left = max(left, out[-1][1])
        after = [b for b in breaks if b >= f.end]
        right = after[0] if after else len(text)
        if i + 1 < len(figs) and figs[i + 1].start < right:
            # no break before the next figure: keep only the noun and time after this one
            conn = _CONNECTORS.search(text, f.end, figs[i + 1].start)
            right = conn.start() if conn else figs[i + 1].start
        out.append((left, max(right, f.end)))
    return out


# "The service business, Field Support, is to grow to ...": a common-noun lead glossed by a
# name in commas, then the verb; the name is the subject
_APPOSED_SUBJECT = re.compile(
    r"^(?P<lead>(?:The|Its|Our)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3},\s+)"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&'’-]*){0,4})(?P<comma>,)\s+"
    r"(?=(?:is|was|are|were|will|has|have|had|grew|rose|fell|posted|reported|expects?|aims?)\b)"
)


# "The load factor, the share of seats filled, improved to 79.4%", "Billings, which include
# changes in deferred revenue, were ...", "Lift revenue, still our biggest line, was ...",
# "Sales in the home market, mainly fish oil for feed mills, amounted to ...": an aside
# between the subject and its verb describes the subject and says nothing of the figure (a
# measure word in it names no measure). An aside with a number in it may date the figure
# ("the 13 weeks to June 29"): kept.
_GLOSSED_SUBJECT = re.compile(
    r"^\W*(?:(?:The|Its|Our)\s+)?[A-Za-z][\w&'’-]*"
    r"(?:\s+(?:[A-Za-z(][\w&'’()-]*|(?:19|20)\d\d)){0,5}"
    r"(?P<gloss>,\s+(?:(?:the|a|an)\s+[^,\d;:()]{3,60}?"
    r"|(?:which|who|that|still|now|mainly|mostly|largely|chiefly|primarily|including"
    r"|excluding|by\s+far)\s+[^,\d;:()]{3,100}?),)\s+"
    r"(?=(?:improved|rose|fell|grew|increased|decreased|declined|climbed|slipped|dropped|jumped"
    r"|edged|was|were|stood|reached|totall?ed|came|ended|amounted|remained|stayed|accounted"
    r"|made\s+up|represented|contributed|generated|posted)\b)"
)


def unapposed(text: str) -> str:
    """TEXT read with an appositive subject's lead and commas blanked, and a gloss between a
    subject and its verb, at the same length (the quote stays the sentence as written)."""
    glossed = _GLOSSED_SUBJECT.match(text)
    if glossed is not None:
        a, b = glossed.span("gloss")
        text = text[:a] + " " * (b - a) + text[b:]
    m = _APPOSED_SUBJECT.match(text)
    if m is None:
        return text
    return " " * len(m["lead"]) + m["name"] + " " + text[m.end("comma") :]


# a translation's note of the original wording: "(German original: "4,71 Milliarden Euro")",
# "(in the original: ...)": the same figure in another language, naming no region
_ORIGINAL_WORDING = re.compile(
    r"\(\s*(?:in\s+the\s+)?(?:[A-Z][a-z]+\s+)?original(?:\s+wording|\s+text)?\s*:[^()]*\)"
)


# "growth now 10% to 12%", "guidance still 5% to 7%": an adverb between a measure and its
# figure, which says when, not what
_ADVERB_BEFORE_FIGURE = re.compile(
    r"(?<=[a-z%)])\s(?:now|still|currently)(?=\s+(?:at\s+)?[+\-−]?(?:[A-Z]{0,3}[$€£¥]|\d))"
)


_VERB_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|stands|stood|sits|remains|remain)\s*$", re.IGNORECASE
)


# a footnote's marker glued to a label: "Active customers¹:", "(NRR)³" (never a unit's
# power: "m²", "km³" are words of one or two letters)
_LABEL_MARK = re.compile(r"(?:(?<=[A-Za-z]{3})|(?<=\)))[¹²³⁴⁵⁶⁷⁸⁹]+")


def without_originals(text: str) -> str:
    """TEXT with a translation's bracketed original wording blanked, a footnote's marker
    glued to a label, and an adverb standing between a measure and its figure (same
    length)."""
    text = _ORIGINAL_WORDING.sub(lambda m: " " * len(m.group()), text)
    text = _LABEL_MARK.sub(lambda m: " " * len(m.group()), text)
    # (after a verb the adverb says the figure replaced another: "is now 2.44 million")
    return _ADVERB_BEFORE_FIGURE.sub(
        lambda m: m.group() if _VERB_BEFORE.search(text, 0, m.start()) else " " * len(m.group()),
        text,
    )


_RELATIVE = re.compile(r",\s*(?:which|who)\b[^,;]*,")


def without_relative(text: str) -> str:
    """TEXT with its non-restrictive relative clauses blanked (same length, same offsets)."""
    return _RELATIVE.sub(lambda m: " " * len(m.group()), text)
