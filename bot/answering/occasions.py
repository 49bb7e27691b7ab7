"""A statement named by its occasion: "at the investor day", "as of the H1 call", "the
guidance from the March trading update".

People name when a figure was stated by the event it was given at rather than by a date.
The store knows those events only as the sources its facts quote: a title ("Brolga
Mobility Investor Day 2024: edited transcript …") and a publication date. An occasion
phrase names a source when the title has every word of it (a month or a year may match
the source's date instead); the question is then asked as of that source's date, the
way "as of 19 November 2024" is. A phrase that fits no source, or sources of different
dates, names nothing here and the question is read as it was written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bot import patterns
from bot.facts.model import Source
from bot.facts.periods import month_number

# The events figures are stated at, as people name them; the phrase is up to four words
# before one of these, after a determiner ("the Nov 2024 investor day", "its H1 call").
_EVENTS = (
    "call|calls|day|update|results|meeting|presentation|release|report|letter|announcement|"
    "briefing|webcast|conference|agm|notice|transcript|session|event|statement|filing|deck|"
    "slides|10-q|10-k|8-k|interview|newsletter|podcast|interims?|bulletin|episode"
)
# Words that end a name: "the time of the H1 call" names the call, not "time of the".
_GRAMMAR = r"(?:the|of|at|in|on|a|an|to|for|and|or|by|from|its|their)"
_OCCASION = patterns.compile(
    r"\b(?P<lead>(?:at|in|during|from|on|after|before|since|by|with|of|for|as\s+of)\s+)?"
    r"(?:the|its|their|his|her|that)\s+"
    rf"(?P<name>(?:(?!{_GRAMMAR}\b)[^\s,;:?!()]+\s+){{0,4}}(?:{_EVENTS}))\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)?")


@dataclass(frozen=True)
class Occasion:
    start: int  # where the phrase (with its preposition) is in the question
    end: int
    stated: date  # the date of the one source it names


def mentioned(text: str) -> bool:
    """Does TEXT name an event at all? (A cheap test before the store is read.)"""
    return _OCCASION.search(text) is not None


def find(text: str, sources: Sequence[Source]) -> Occasion | None:
    """The occasion phrase in TEXT that names sources of a single date, if there is one."""
    for m in _OCCASION.finditer(text):
        words = _WORD.findall(m["name"].lower())
        dates = {s.published for s in sources if s.published and _names(words, s)}
        if len(dates) == 1:
            return Occasion(m.start(), m.end(), dates.pop())
    return None


def as_of(text: str, occasion: Occasion) -> str:
    """TEXT with the occasion phrase said as the date it names."""
    return f"{text[: occasion.start]}as of {occasion.stated.isoformat()}{text[occasion.end :]}"


# Events any statement is: "the June update" names what was said in June, whatever the
# source's title calls it, when the phrase dates it
_GENERIC = frozenset("update updates statement release results announcement".split())


def _names(words: list[str], source: Source) -> bool:
    """Does SOURCE have every word of the phrase: in its title or its publisher's name,
    or as its date's month or year? A generic event word ('update') needs no place in the
    title when the phrase names the source's month or year."""
    title = set(_WORD.findall(f"{source.title} {source.publisher or ''}".lower()))
    when = source.published
    dated = False
    for word in words:
        if word in title or word.rstrip("s") in title or f"{word}s" in title:
            continue
        if when is not None and (
            month_number(word) == when.month or (word.isdigit() and int(word) == when.year)
        ):
            dated = True
            continue
        if word in _GENERIC:
            continue
        return False
    return dated or not set(words) & _GENERIC - title
