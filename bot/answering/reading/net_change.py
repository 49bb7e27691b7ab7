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

# (the word after "net" a change is said with, and the noun it may say it of between)
_FLOW = r"(?:adds?|additions?)"
_CHANGE = r"(?:growth|change|increase|gain|rise)"
_THING = r"(?:(?P<thing>[a-z][\w&'-]*)\s+)?"

_NET_ADDS = patterns.compile(rf"\bnet\s+{_THING}{_FLOW}\b", re.IGNORECASE)
_NET_NEW = patterns.compile(
    r"\bnet\s+new\s+(?P<thing>[a-z][\w&'-]*(?:\s+[a-z][\w&'-]*)?)", re.IGNORECASE
)
_NET_CHANGE = patterns.compile(rf"\bnet\s+{_THING}(?P<change>{_CHANGE})\b", re.IGNORECASE)


def said_as_a_change(said: str) -> str | None:
    """SAID with its net change put in plain words, or None where it asks none: "net adds"
    -> "added", "net store additions" -> "store added", "net new ARR" -> "added ARR", "net
    fleet growth" -> "fleet growth"."""
    rewritten = _NET_NEW.sub(lambda m: f"added {m['thing']}", said)
    rewritten = _NET_ADDS.sub(lambda m: f"{m['thing'] or ''} added".strip(), rewritten)
    rewritten = _NET_CHANGE.sub(
        lambda m: f"{m['thing'] + ' ' if m['thing'] else ''}{m['change']}", rewritten
    )
    return rewritten if rewritten != said else None
