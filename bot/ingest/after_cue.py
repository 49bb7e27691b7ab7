""" "After" between two figures of one measure sets the second against the first, as "versus"
does: "an EBITDA margin of 40% after 38% the year before", "EUR 809 million in the second
quarter, after EUR 703 million in the first". Read as no comparison, the base figure was
dropped and its time ("the year before") dated the sentence's other figures.

The comparison cue is rewritten "vs." in the text the clause readers see (the same length,
so every offset and quote stays the report's own); each reader already knows "vs." as a
comparison's cue, so the base is read as a base wherever "versus" would be.
"""

from __future__ import annotations

import re

# a figure's end: a digit, a percent sign, or a scale word ("EUR 122 million")
_FIGURE_END = r"(?:\d|%|(?<=\d)(?:bn|mn|m)|\b(?:million|billion|trillion|bn|mn|percent|cent))"
# the figure after "after": a percentage or an amount of money, never a count of days or
# things ("after 81 days") nor an event ("after a £19.8m charge", "after adding 5.2 million")
_BASE_FIGURE = (
    r"(?:(?:about|around|some|nearly|roughly)\s+)?"
    r"(?:(?:[A-Z]{1,3}\$|[$€£¥₹]|(?-i:[A-Z]{3})\s?)\d[\d.,]*"
    r"|\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b))"
)
_AFTER_BASE = re.compile(
    rf"{_FIGURE_END},?\s+(?P<cue>after)\s+(?={_BASE_FIGURE})",
    re.IGNORECASE,
)
_VERSUS = "vs.  "  # "after", five letters, as five characters of "versus"


def after_as_versus(text: str) -> str:
    """TEXT with each "after" that sets a figure against the one before it written "vs.",
    the same length."""
    return _AFTER_BASE.sub(_cue_replaced, text)


def _cue_replaced(m: re.Match[str]) -> str:
    whole, at = m.group(0), m.start()
    return whole[: m.start("cue") - at] + _VERSUS + whole[m.end("cue") - at :]
