"""A table's row of counts whose label ends in a noun the lexicon counts on a day
("Industrial laundry plants", "Service routes(3)", "Retail doors", "Clinics (number)"): the
things a company holds at the column's last day, never a count over the column's span.

The table reader's own pattern of level rows names the few nouns a report's labels use most
("stores", "customers", "backlog"); the lexicon's nouns of levels (`LEVEL_NOUNS`, the ones
sentences are read with) are the rest, so that a row and a sentence about the same things
agree. Only the label's last noun counts: "Plants revenue" or "Clinic visits" is no level,
and a row of how the level moved ("Net new restaurants") is counted over the span.
"""

from __future__ import annotations

import functools
import re

from bot.ingest import lexicon as lx

# notes after the noun: "(3)", "(number)", "¹", "*", ", end of period"
_NOTES = re.compile(r"(?:\s*(?:\([^()]*\)|[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+|\[\w+\]))+\s*$")


# (an app's downloads are counted over the column's span, though a sentence's "10 million
# downloads" may be a running total)
_OVER_THE_SPAN = frozenset({"downloads"})


@functools.cache
def _ending() -> re.Pattern[str]:
    nouns = sorted(set(lx.LEVEL_PLURAL) - _OVER_THE_SPAN, key=len, reverse=True)
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns)
    return re.compile(rf"(?<![\w-])(?:{alternation})$", re.IGNORECASE)


# a row of how the level moved over the span: "Net new restaurants", "Stores opened"
_MOVED = re.compile(
    r"\b(?:new|net|opened|closed|added|additions?|openings?|closures?|changes?|increases?"
    r"|decreases?|growth|conversions?|relocations?|acquired|sold)\b",
    re.IGNORECASE,
)


def counts_a_level(label: str) -> bool:
    """Whether a row of counts so labelled holds a level on the column's last day."""
    if _MOVED.search(label):
        return False
    return _ending().search(_NOTES.sub("", label.strip()).rstrip(" :,.")) is not None
