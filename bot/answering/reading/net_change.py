"""A count's net change asked in the trade's words: "net adds in Q3", "net store additions
in fiscal 2025", "net new cloud ARR", "net restaurant growth" of a company that states no
such figure but states the count itself at each period's end. Said so, the question
asks what the count gained over the period; the engine reads it again in plain words
("stores added in fiscal 2025") and takes that reading only where it names a count held
at dates, so that the change of its level answers, each end cited.
"""

from __future__ import annotations

import re

from bot import patterns
from bot.answering.reading.code_switching import stop_words
from bot.facts.periods import find_periods
from bot.facts.periods.words import month_number

# (the word after "net" a change is said with, and the noun it may say it of between)
_FLOW = r"(?:adds?|additions?)"
_CHANGE = r"(?:growth|change|increase|gain|rise)"
_THING = r"(?:(?P<thing>[a-z][\w&'-]*)\s+)?"

_NET_ADDS = patterns.compile(rf"\bnet\s+{_THING}{_FLOW}\b", re.IGNORECASE)
_NET_NEW = patterns.compile(
    r"\bnet\s+new\s+(?P<thing>[a-z][\w&'-]*)(?:\s+(?P<more>[a-z][\w&'-]*))?", re.IGNORECASE
)
_NET_CHANGE = patterns.compile(rf"\bnet\s+{_THING}(?P<change>{_CHANGE})\b", re.IGNORECASE)


def said_as_a_change(said: str) -> str | None:
    """SAID with its net change put in plain words, or None where it asks none: "net adds"
    -> "added", "net store additions" -> "store added", "net new ARR" -> "ARR added", "net
    fleet growth" -> "fleet growth". (The verb after its noun: a leading "added stores"
    reads as a kind of store.)"""
    rewritten = _NET_NEW.sub(_new_things_added, said)
    rewritten = _NET_ADDS.sub(lambda m: f"{m['thing'] or ''} added".strip(), rewritten)
    rewritten = _NET_CHANGE.sub(
        lambda m: f"{m['thing'] + ' ' if m['thing'] else ''}{m['change']}", rewritten
    )
    return rewritten if rewritten != said else None


def said_as_additions(said: str) -> list[str]:
    """SAID with "net new X" as the trade's own noun, "X net additions" (what a company
    states as "postpaid net additions"): the thing whole, then (two words said) its kind
    alone, the noun counted left implied ("net new postpaid subs": "postpaid net
    additions"). Empty where it says no "net new"."""
    m = _NET_NEW.search(said)
    if m is None:
        return []
    before, after = said[: m.start()], said[m.end() :]
    thing, rest = _thing_said(m)
    readings = [f"{before}{thing} net additions{rest}{after}"]
    if thing != m["thing"]:
        readings.append(f"{before}{m['thing']} net additions{after}")
    return readings


def _new_things_added(m: re.Match[str]) -> str:
    """'net new mobile subscribers' -> "mobile subscribers added"; 'net new stores at X'
    -> "stores added at X"."""
    thing, rest = _thing_said(m)
    return f"{thing} added{rest}"


def _thing_said(m: re.Match[str]) -> tuple[str, str]:
    """The thing "net new" is said of, and what follows it: its second word is of it only
    where it names more of it (never a small word or a period: "between", "apr-dec")."""
    more = m["more"]
    if more is None:
        return m["thing"], ""
    word = more.lower()
    small = word in stop_words("en") or month_number(word) is not None
    if word.isalpha() and not small and not find_periods(word):
        return f"{m['thing']} {more}", ""
    return m["thing"], f" {more}"
