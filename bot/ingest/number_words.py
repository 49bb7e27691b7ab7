"""Small counts of openings and closings written in words: "we opened nineteen and closed
five", "Twenty-six centres were opened and two were closed", "after three openings and
eight closures". A report spells out the counts of outlets it opened or closed as often as
it writes digits; read as digits, they are counts like any other. Only beside a verb or a
noun of opening or closing: a number word elsewhere ("two large customers", "one of the")
counts nothing the report sells or runs."""

from __future__ import annotations

import re

_UNITS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
    " sixteen seventeen eighteen nineteen"
).split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
_VALUES = {w: n for n, w in enumerate(_UNITS, start=1)}

# a small count in words, for other readers' patterns: "nineteen", "twenty-six"
NUMBER_WORD = (
    r"(?:(?:"
    + "|".join(_TENS)
    + r")(?:[\s-](?:"
    + "|".join(_UNITS[:9])
    + r"))?|"
    + "|".join(sorted(_UNITS, key=len, reverse=True))
    + r")"
)
_NUMBER = re.compile(
    r"(?<![\w-])(?P<n>(?P<tens>"
    + "|".join(_TENS)
    + r")(?:[\s-](?P<unit>"
    + "|".join(_UNITS[:9])
    + r"))?|"
    + "|".join(sorted(_UNITS, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)
# a verb of opening or closing (or a count's own noun) right around a bare number word:
# "closed one", "opened nineteen and closed five", "three openings and eight closures",
# "two were closed"
_EVENT_BEFORE = re.compile(
    r"\b(?:opened|closed|opening|closing|exited|added|acquired|commissioned|launched)\s+(?:a\s+"
    r"further\s+|another\s+|just\s+)?$",
    re.IGNORECASE,
)
_EVENT_AFTER = re.compile(
    r"\s+(?:(?:new\s+)?(?:openings|closures)\b"
    r"|(?:[a-z][\w-]*\s+){0,3}?(?:were|was)\s+(?:opened|closed|added)\b)",
    re.IGNORECASE,
)


def _value(m: re.Match[str]) -> int:
    if m["tens"]:
        return _TENS[m["tens"].lower()] + (_VALUES[m["unit"].lower()] if m["unit"] else 0)
    return _VALUES[m["n"].lower()]


def number_words(text: str) -> list[tuple[int, int, str, int]]:
    """(start, end, words, value) of each small count written in words beside a verb or a
    noun of opening or closing."""
    out = []
    for m in _NUMBER.finditer(text):
        after, before = text[m.end() :], text[max(0, m.start() - 40) : m.start()]
        if _EVENT_BEFORE.search(before) or _EVENT_AFTER.match(after):
            out.append((m.start(), m.end(), m.group(), _value(m)))
    return out
