"""A product line of a list named by a coined name before a colon, its amount right after:

    - Ostrelva (ostrakimab), for psoriasis: CHF 2.64 billion, +14% cc
    - L-DXd (Lunavix) keeps breaking records: CHF 1.07 billion in Q3

An amount that follows a brand's name and nothing that says what it measures is what the
brand sold: "<Name> revenue", when the line says for when ("in Q3", "in the half"). Only a
coined name counts (no word of the language, so "Net debt:", "Dividend:", "Outlook:" or
"Galaxy:" never do), and never the company's own name, another company's, a region or a
time.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

from bot.facts import reporting
from bot.ingest.clauses.context import Context
from bot.ingest.figures import Figure
from bot.ingest.timing import find_times

# the name at the line's start (after a bullet), words of its own up to the colon, and the
# figure right after that colon
_ITEM = re.compile(
    r"^[\s•*·-]*(?P<name>[A-Z][\w-]*[a-z][\w-]*(?:\s+[A-Z][\w-]+){0,2})"
    r"(?=[\s,(:])[^:]{0,200}:\s*$"
)


def _coined(word: str) -> bool:
    parts = [p for p in re.split(r"[-\s]", word.lower()) if p]
    return bool(parts) and not any(getAllLemmas(p) for p in parts if p.isalpha())


def coined_name(text: str, f: Figure, ctx: Context) -> str | None:
    """The coined name an amount F follows right after a colon, or None."""
    if f.unit in ("units", "percent"):
        return None
    m = _ITEM.match(text[: f.start])
    if m is None:
        return None
    name = m["name"]
    if not all(_coined(w) for w in name.split()):
        return None
    if not find_times(text[f.end : f.end + 60], ctx.published):
        # with no time of its own the amount would take the period the text talked about
        # last, which a list of brands need not share: better unread than misdated
        return None
    if (
        reporting.regions_in(name)
        or find_times(name, ctx.published)
        or ctx.names.mentions(name)
        or any(ctx.metrics.is_company(w) for w in name.split())
    ):
        return None
    return name
