"""Chat's courtesies around a question: "hey bot, …", "so …", "i need …", "… pls", "…
thanks!", "ngl …", "… fr"; and the emphasis in one: "how much *exactly* did it move".

They say nothing about the figure, but where they stand they hide what does: a question's
first word ("had sales passed the target?" asks yes or no), its last ("… in pence" asks
the amounts in pence), and "bot" reads as a clip of "bottom" (the bottom line). A closed
class of words, so a list: greetings, the bot addressed by name, and thanks. An adverb
between "how much" and its verb ("exactly", "roughly") only says how exact the answer
should be, and hides the "how much did" the question turns on."""

from __future__ import annotations

import re

from bot import patterns
from bot.answering.english.lexicon import parts_of_speech
from bot.answering.english.words import LEXICON

_GREETING = (
    r"(?:hey|hi|hiya|hello)(?:\s+there)?|yo|oi|ok|okay|so|well|um+|uh+|er+m?|hm+"
    r"|quick\s+(?:one|q|question)"
    # a request's opening ("i need the 17% margin …": never the growth still needed)
    r"|i\s+(?:need|want)|i['’]?d\s+like(?:\s+to\s+know)?|(?:can|could)\s+you\s+tell\s+me"
    r"|do\s+you\s+know|tell\s+me|give\s+me|show\s+me"
)
_ADDRESSED = r"(?:sales\s?)?bot"
# ("ty" is this year to a sales team, "ta" an airline's code: never thanks here)
_THANKS = r"please|pls|plz|thanks|thank\s+you|thx|cheers|mate"
# Chat's tags of tone and stance, a closed class of initialisms ("ngl", "fr", "rn"): at a
# question's edge they say how it is asked, and where they stand they hide its last
# words ("… in cents fr": the cents asked). Never after a preposition ("sales in FR").
_TAGS = (
    r"lol|lmao|rofl|haha+|hehe+|tbh|ngl|fr|rn|tho|imo|imho|iirc|afaik|idk|btw|fyi|asap|innit|smh|jk"
)
_NOT_AFTER_A_PREPOSITION = r"(?<!\bin\s)(?<!\bfor\s)(?<!\bfrom\s)(?<!\bof\s)(?<!\bto\s)"
# at the start: greetings and tags, then the bot's name, each followed by a pause or a space
_LEADING = patterns.compile(
    rf"^(?:\s*(?:{_GREETING}|{_TAGS})\b\s*[,:;!.-]*)*(?:\s*{_ADDRESSED}\b\s*[,:;!-]+)?\s*",
    re.I,
)
# at the end: thanks, tags or the bot's name, after the question's own mark or a comma
_TRAILING = patterns.compile(
    rf"(?:[\s,;.!?-]*{_NOT_AFTER_A_PREPOSITION}\b(?:{_THANKS}|{_TAGS}|{_ADDRESSED})\b)+[\s.!?]*$",
    re.I,
)


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


# "how much exactly did", "how many roughly were": an adverb before the auxiliary
_HOW_MUCH_ADVERB = patterns.compile(
    r"\bhow\s+(?:much|many|far|big)\s+(?P<adverb>[a-z]+ly)\s+(?=(?:did|does|do|was|were|is|are"
    r"|has|have|had|will|would|should|could|can)\b)",
    re.I,
)


def without_emphasis(question: str) -> str:
    """QUESTION without an adverb that only is one ("exactly", "roughly") after "how much";
    never one the lexicon gives a meaning ("originally", "actually")."""

    def drop(m: re.Match[str]) -> str:
        adverb = m["adverb"].lower()
        if adverb in LEXICON or parts_of_speech(adverb) != {"ADV"}:
            return m.group()
        return m.group()[: m.start("adverb") - m.start()]

    return _HOW_MUCH_ADVERB.sub(drop, question)
