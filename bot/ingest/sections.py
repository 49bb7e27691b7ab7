"""Sections of a report headed by a company: a FACTBOX's "LOTUS HARBOUR (2788.HK)", a
round-up's "* KESTREL HOMES (stock code 1627)" over the items that company said. The items
under another company's heading are that company's figures, never the report's company's
("Said October sales rose 21%" under a rival's heading has no subject of its own); those
under the report's company's own heading are its own.

A section runs from its heading to the next heading line set in capitals ("RANKINGS:",
"MARKET OUTLOOK"), or to the end of the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# a heading line: an optional bullet, words in capitals, an optional colon
_HEADING = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?P<words>[A-Z][A-Z0-9&.,'’ -]{1,70}?)[ \t]*"
    r"(?P<ticker>\((?:stock\s+code\s+)?(?:[A-Z]{2,8}:\s*)?[A-Z0-9.]{1,10}\))?[ \t]*:?[ \t]*$",
    re.MULTILINE,
)


# a heading's bracketed word that says how the section is given, no ticker: "STRATEGIC
# REPORT (EXTRACT)", "SEGMENT RESULTS (UNAUDITED)", "KEY FIGURES (CONTINUED)", "OUTLOOK
# FOR 2025 (RAISED)"
_HOW_GIVEN = frozenset(
    "EXTRACT EXTRACTS EXCERPT EXCERPTS CONTINUED CONT UNAUDITED AUDITED ABRIDGED SUMMARY"
    " DRAFT RESTATED REVISED UPDATED PRELIMINARY FINAL CONSOLIDATED ILLUSTRATIVE"
    # what happened to an outlook: "OUTLOOK FOR 2025 (RAISED)", "GUIDANCE (UNCHANGED)"
    " RAISED LOWERED CUT UNCHANGED NARROWED WIDENED TIGHTENED MAINTAINED REAFFIRMED CONFIRMED"
    " NEW".split()
)


def _own(words: str, names: Sequence[str]) -> bool:
    """Whether a heading's words name the report's company: "LOTUS HARBOUR RESORTS" for
    "Lotus Harbour"."""
    said = " ".join(words.lower().split())
    return any(
        said.startswith(n) or n.startswith(said)
        for n in (" ".join(name.lower().split()) for name in names)
        if n
    )


def others_sections(text: str, names: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each section of TEXT headed by a company that is not NAMES' one."""
    headings = [m for m in _HEADING.finditer(text) if re.search(r"[A-Z]{2}", m["words"])]
    out = []
    for k, m in enumerate(headings):
        if m["ticker"] is None or _own(m["words"], names) or _how_given(m["ticker"]):
            continue  # a heading naming no company, or our own
        end = headings[k + 1].start() if k + 1 < len(headings) else len(text)
        out.append((m.start(), end))
    return out


def _how_given(ticker: str) -> bool:
    """ "(EXTRACT)", "(UNAUDITED)": how the section is given, no company's ticker."""
    return ticker.strip("()").strip() in _HOW_GIVEN
