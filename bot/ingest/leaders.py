"""Dotted leaders: a fact sheet's or a PDF's row that leads the eye from its label to its
figure with dots ("United States ........ 7.1", "Net revenue . . . . R$ 5,312 million").
The dots are no text: blanked to spaces of the same length, the row reads as the
space-aligned table row it is, and every offset in the text stays where it was."""

from __future__ import annotations

import re

# four or more dots (maybe spaced: ". . . .") after a label's last character, before a
# figure or a unit's sign on the same line
_LEADER = re.compile(r"(?<=[^\s.])[ \t]*(?:\.[ \t]?){4,}(?=[ \t]*[^\s.])")


def blank_leaders(text: str) -> str:
    """TEXT with each dotted leader turned into spaces (at least two: a column's gap)."""

    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group())

    return _LEADER.sub(blank, text)
