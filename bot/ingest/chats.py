"""Chat exports (WhatsApp, Telegram): each message is a person's claim, never the company's
figure ("my showroom did 412 units", "they will finish around 42.5 lakh"). Only a message
that forwards a text naming the company ("*Forwarded*" and the release below it) carries
the company's own words.

`official_text` keeps the length of the text (every offset holds, quotes stay verbatim) and
reads every message as spaces except the forwarded texts that name the company.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# "[31/01/26, 9:02:14 PM] Name (Town): text", "31/01/2026, 21:02 - Name: text"
_MESSAGE = re.compile(
    r"^\s*(?:\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\]"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\s+-)\s+[^:]{1,80}:\s",
    re.IGNORECASE,
)
_FORWARDED = re.compile(r":\s*\*?forwarded\*?\s*$", re.IGNORECASE)


def is_chat(text: str) -> bool:
    """Three or more lines in a chat export's message form."""
    return sum(1 for line in text.split("\n") if _MESSAGE.match(line)) >= 3


def official_text(text: str, names: Sequence[str]) -> str:
    """TEXT with every chat message blanked but a forwarded text naming the company (one
    of NAMES). A text that is no chat export comes back as it is."""
    if not is_chat(text):
        return text
    lines = text.split("\n")
    out = list(lines)
    first = next(i for i, line in enumerate(lines) if _MESSAGE.match(line))
    i = first
    while i < len(lines):
        j = i + 1
        while j < len(lines) and not _MESSAGE.match(lines[j]):
            j += 1  # the message's own further lines
        block = "\n".join(lines[i + 1 : j])
        forwarded = _FORWARDED.search(lines[i]) is not None and any(
            re.search(rf"(?<!\w){re.escape(n)}(?!\w)", block, re.IGNORECASE) for n in names if n
        )
        for k in range(i, j):
            if not (forwarded and k > i):
                out[k] = " " * len(lines[k])
        i = j
    return "\n".join(out)
