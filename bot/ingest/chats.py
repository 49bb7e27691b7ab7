"""Chat exports (WhatsApp, Telegram) and social-media threads: each message is a person's
claim, never the company's figure ("my showroom did 412 units", "they will finish around
42.5 lakh", a reply's "I heard they'll do 45k a month"). Only a message that forwards a text
naming the company ("*Forwarded*" and the release below it), or a post of the company's own
account ("@TolvoAuto (official) · Jan 1, 2026"), carries the company's own words.

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


# "@TolvoAuto (official) · Jan 1, 2026 09:00", "@ev_tracker_lu · Jan 1, 2026 09:20": a
# post's header line, its account's handle first
_POST = re.compile(r"^\s*@(?P<handle>\w{2,40})(?P<rest>[^\n·]{0,40})·[^\n]{0,60}$")
_OFFICIAL = re.compile(r"\bofficial\b|\bverified\b", re.IGNORECASE)


def _squashed(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.casefold())


def _own_account(handle: str, rest: str, names: Sequence[str]) -> bool:
    """The company's account: marked official, or named by the company's name."""
    if _OFFICIAL.search(rest):
        return True
    squashed = _squashed(handle)
    return any(len(_squashed(n)) >= 4 and _squashed(n) in squashed for n in names if n)


def thread_text(text: str, names: Sequence[str]) -> str:
    """TEXT with every post of a social thread blanked but the company's own account's
    (one named by NAMES or marked official); the header lines blanked too. A text that is
    no thread (fewer than three post headers) comes back as it is."""
    lines = text.split("\n")
    heads = [i for i, line in enumerate(lines) if _POST.match(line)]
    if len(heads) < 3:
        return text
    out = list(lines)
    for n, i in enumerate(heads):
        m = _POST.match(lines[i])
        own = m is not None and _own_account(m["handle"], m["rest"], names)
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        for k in range(i, end):
            if k == i or not own:
                out[k] = " " * len(lines[k])
    return "\n".join(out)


def is_chat(text: str) -> bool:
    """Three or more lines in a chat export's message form."""
    return sum(1 for line in text.split("\n") if _MESSAGE.match(line)) >= 3


def official_text(text: str, names: Sequence[str]) -> str:
    """TEXT with every chat message blanked but a forwarded text naming the company (one
    of NAMES). A text that is no chat export comes back as it is."""
    if not is_chat(text):
        return thread_text(text, names)
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
