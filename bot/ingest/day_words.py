"""The words that put a figure on a day, as every reader of levels expects them: Indian and
South Asian reports write "as on March 31, 2025" where others write "as of" ("Gross NPA was
2.07 per cent as on September 30"). Read as "as of", letter for letter in place, so every
position in the sentence stays where it was."""

from __future__ import annotations

import re

# "as on" before a day: a day of the month in digits, or a month's name, after it
_AS_ON = re.compile(
    r"\b(?P<as>[Aa]s)\s+(?P<on>on)(?=\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\b|[A-Z][a-z]{2,8}\b))"
)


def as_of_for_as_on(text: str) -> str:
    """TEXT with each "as on <day>" written "as of <day>", the same length."""
    return _AS_ON.sub(lambda m: m.group(0)[: -len("on")] + "of", text)
