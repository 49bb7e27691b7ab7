"""Two figures joined by "and" under one time phrase after the second: "opened 90 bakeries
and closed 23 in 2025", "sold 4,100 ovens and 2,300 mixers during the year". The phrase
ends the clause both figures stand in, so it is the first one's time too; read alone, the
first took the period the report was talking about."""

from __future__ import annotations

import re

from bot.ingest.clauses.context import Slot

# between the two: the first's own words, "and", the second's verb ("bakeries and closed");
# no figure, time, base or clause of another kind
_JOINED = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}\s*,?\s+and\s+(?:[a-z][\w-]*\s+){0,2}",
    re.IGNORECASE,
)
_NOT_BETWEEN = re.compile(
    r"\b(?:compared|against|versus|vs|from|up|down|of|which|while|but|respectively|each"
    r"|per|a|an|the)\b",
    re.IGNORECASE,
)


def joined_after(text: str, slots: list[Slot], i: int) -> Slot | None:
    """The figure after slot I that it is joined to by "and", the two of one unit (never
    rates, whose joined forms are read apart): its time phrase, after it, is I's too."""
    if i + 1 >= len(slots):
        return None
    sl, nxt = slots[i], slots[i + 1]
    if sl.fig.unit != nxt.fig.unit or sl.fig.unit == "percent" or nxt.skip:
        return None
    between = text[sl.fig.end : nxt.fig.start]
    if not _JOINED.fullmatch(between) or _NOT_BETWEEN.search(between):
        return None
    return nxt
