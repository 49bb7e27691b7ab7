"""A thing named only as where a figure was made is no figure asked: "how many tonnes did
they take in at its elevators" asks the tonnes taken in, never the count of elevators."""

from __future__ import annotations

from bot.answering.reading.query import Reading
from bot.answering.vocabulary.vocabulary import MetricHit

# what opens a place of the company's own ("at its elevators", "across our mills"); never
# "in the Netherlands" (a region) nor "from its stores" (a line's revenue)
_PLACES_OPENED = frozenset({"at", "across", "through", "throughout"})
_OWNERS = frozenset({"its", "their", "our"})


def figures_not_places(
    viable: list[MetricHit], reading: Reading
) -> tuple[list[MetricHit], frozenset[int]]:
    """VIABLE less the metrics whose words the question says only as a place, where
    another metric is named by words outside it; and the place's words, which a figure of
    the company's own places explains (its elevators are where it took the tonnes in)."""
    # (a name said whole as the place: "stock at its dealers" may be "dealer inventory")
    places = [
        h
        for h in viable
        if h.explained and h.coverage >= 1.0 and _said_as_place(h.explained, reading)
    ]
    if not places:
        return viable, frozenset()
    named = frozenset().union(*(h.explained for h in places))
    others = [h for h in viable if h not in places and h.explained - named]
    return (others, named) if others else (viable, frozenset())


def _said_as_place(explained: frozenset[int], reading: Reading) -> bool:
    """Is the run of words at EXPLAINED opened as a place ("at its", "across their")?"""
    first, last = min(explained), max(explained)
    if last - first + 1 != len(explained):
        return False  # (words apart: a name said in pieces, no place)
    words = [t.text for t in reading.tokens]
    before = words[max(0, first - 2) : first]
    return len(before) == 2 and before[1] in _OWNERS and before[0] in _PLACES_OPENED
