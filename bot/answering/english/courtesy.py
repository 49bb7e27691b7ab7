"""Chat's courtesies around a question: "hey bot, …", "so …", "… pls", "… thanks!".

They say nothing about the figure, but where they stand they hide what does: a question's
first word ("had sales passed the target?" asks yes or no), its last ("… in pence" asks
the amounts in pence), and "bot" reads as a clip of "bottom" (the bottom line). A closed
class of words, so a list: greetings, the bot addressed by name, and thanks."""

from __future__ import annotations

import re

from bot import patterns

_GREETING = (
    r"(?:hey|hi|hiya|hello)(?:\s+there)?|yo|oi|ok|okay|so|well|um+|uh+|er+m?|hm+"
    r"|quick\s+(?:one|q|question)"
)
_ADDRESSED = r"(?:sales\s?)?bot"
# ("ty" is this year to a sales team, "ta" an airline's code: never thanks here)
_THANKS = r"please|pls|plz|thanks|thank\s+you|thx|cheers|mate"
# at the start: greetings, then the bot's name, each followed by a pause or a space
_LEADING = patterns.compile(
    rf"^(?:\s*(?:{_GREETING})\b\s*[,:;!.-]*)*(?:\s*{_ADDRESSED}\b\s*[,:;!-]+)?\s*", re.I
)
# at the end: thanks or the bot's name, after the question's own mark or a comma
_TRAILING = patterns.compile(rf"(?:[\s,;.!?-]*\b(?:{_THANKS}|{_ADDRESSED})\b)+[\s.!?]*$", re.I)


def without_courtesies(question: str) -> str:
    """QUESTION without the greeting, address and thanks around it; the question itself
    when nothing would be left."""
    trimmed = _TRAILING.sub("", _LEADING.sub("", question, count=1), count=1).strip()
    if not trimmed:
        return question
    # the question's own mark stays ("… pls?" was "…?")
    if question.rstrip().endswith("?") and not trimmed.endswith("?"):
        trimmed += "?"
    return trimmed
