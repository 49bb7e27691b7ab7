"""Figures said in points of a percentage: "a take rate of 75 basis points", "cost of risk
130-150 bps", "price/mix added 3.9 percentage points", "margin up 1.6 pts". The quantity
reader takes the bare number for a count; a basis point is a hundredth of a percent and a
percentage point is one, so each is a percentage (the gold records them as percent)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.ingest.figures import Figure

# the unit's words right after the number; a bare "points" only where the sentence talks
# of percentages (never "12,410 retail points of sale", an index's "120 points")
_BASIS = re.compile(r"\s*(?:-\s*)?(?:basis[- ]points?|base points|bps|bp)(?![\w-])", re.IGNORECASE)
_PERCENTAGE = re.compile(
    r"\s*(?:-\s*)?(?:percentage[- ]points?|pct(?:\.|age)? points?|p\.\s?p\.|pp|ppts?|pts)(?![\w-])",
    re.IGNORECASE,
)
_BARE = re.compile(r"\s*points?\b(?!\s+of\s+(?:sale|presence|interest))", re.IGNORECASE)
_TALKS_PERCENT = re.compile(r"%|\bper ?cent|percentage point|basis point|\bbps\b", re.IGNORECASE)
# a move in points ("down 320 basis points", "rose 1.3 points to 40.6%") sizes a change of
# a level the sentence states: it stays unread, as before, so the level is the figure
_MOVED = re.compile(
    r"\b(?:up|down|rose|risen|fell|fallen|falls?|rises?|increased?|decreased?|improved?|"
    r"improvement|expanded?|expansion|contracted?|contraction|declined?|decline|gained?|"
    r"lost|widened?|narrowed?|grew|grown|dropped?|drop|slipped|climbed|by|higher|lower|"
    r"better|worse|compression|increase|decrease|ahead|behind|than(?:\s+the)?)"
    r"(?:\s+(?:of|by))?(?:\s+(?:about|approximately|roughly|some|nearly|almost|around|"
    r"over|more than|a further|another))?\s*[+-]?$",
    re.IGNORECASE,
)
_TO_LEVEL = re.compile(r"\s+(?:to|from)\s+[-+]?[\d$€£¥]")
# letters of a range's joining words only ("130 to 150", "between 1 and 2"): no unit said
_JOINS = re.compile(r"\b(?:to|and|between)\b", re.IGNORECASE)


def in_points(text: str, f: Figure) -> Figure:
    """F as a percentage when the words after it say basis points or percentage points
    (its text then takes the words, so no reader names a thing "points")."""
    if f.unit != "units" or re.search(r"[a-zA-Z]", _JOINS.sub("", f.text)):
        return f
    if _MOVED.search(text, 0, f.start) or _TO_LEVEL.match(text, f.end):
        return f
    scale = 1.0
    m = _BASIS.match(text, f.end)
    if m is not None:
        scale = 0.01
    else:
        m = _PERCENTAGE.match(text, f.end)
        if m is None and _TALKS_PERCENT.search(text):
            m = _BARE.match(text, f.end)
    if m is None:
        return f
    high = round(f.high * scale, 10) if f.high is not None else None
    return replace(
        f,
        end=m.end(),
        text=text[f.start : m.end()],
        value=round(f.value * scale, 10),
        unit="percent",
        explicit=True,
        high=high,
    )
