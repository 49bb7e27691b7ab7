"""One deal's value is no figure of a period: "The $1.28 billion Sabre modification announced by
the Army ... was booked in the first quarter", "a EUR 450 million order from a utility", "the
$2.1 billion acquisition of Brightline". Read with the period the sentence names, it had been
proposed as the quarter's orders or revenue, a wrong figure for the whole."""

from __future__ import annotations

import re

from bot.ingest.figures import Figure

# an article before the amount, then the deal it is the value of (a name may come between):
# "The $1.28 billion Sabre modification", "a EUR 450 million order", "its $2 billion takeover"
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|our|this|that)\s+$", re.IGNORECASE)
_DEAL_AFTER = re.compile(
    r"\s*(?:[A-Z][\w&'’.-]*\s+){0,3}(?:[a-z]+[\s-]+)?"
    r"(?:contract|modification|award|deal|agreement|order|acquisition|takeover|purchase"
    r"|buyout|settlement|tender)\b(?!s)",
)


def one_deal(text: str, f: Figure) -> bool:
    """The amount F is the value of one deal the sentence names."""
    if f.unit in ("units", "percent"):
        return False
    return bool(
        _ARTICLE_BEFORE.search(text, max(0, f.start - 12), f.start)
        and _DEAL_AFTER.match(text, f.end)
    )
