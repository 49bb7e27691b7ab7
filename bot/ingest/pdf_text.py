"""Text extracted from a PDF, as a reader of the printed page sees it.

A PDF's text layer carries what the page prints around the report: a running header on
every page ("ACME HOLDINGS LIMITED    INTERIM REPORT 2025    14"), page numbers ("– 2 –",
"Page 3 of 14"), rules between pages; and words the typesetter broke over two lines
("approx-" / "imately"). Left in, a header's year or page number is read as a figure or
a period, and a broken "bil-" / "lion" is no amount at all.

`page_text` blanks the furniture (a page break is a paragraph break) and mends the broken
words. It runs on the document's text before the store keeps it, so every quote taken
from the result is verbatim in the stored source.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter

from lemminflect import getAllLemmas

_MONTHS = frozenset(m.lower() for m in calendar.month_name if m)
# "– 2 –", "- 14 -", "Page 3 of 14", "p. 7", a number set far right ("      14"); a number
# alone at the margin is no page number ("14" above "new stores opened": a figure's card)
_PAGE_NUMBER = re.compile(
    r"[ \t]*[-–—][ \t]*\d{1,3}[ \t]*[-–—][ \t]*|[ \t]{10,}\d{1,3}[ \t]*"
    r"|[ \t]*(?:page|p\.)[ \t]*\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?[ \t]*",
    re.IGNORECASE,
)
# a rule drawn between pages: "-----------", "==========", "__________"
_RULE = re.compile(r"[ \t]*(?:[-=_—–][ \t]*){10,}")
# a rule drawn under a table's heads, a dash run for each column ("------  ------  ------"),
# never a rule between pages
_COLUMN_RULE = re.compile(r"[ \t]*[-=]{3,}(?:[ \t]{2,}[-=]{3,}){2,}[ \t]*")
# the page number a running header carries at either end
_EDGE_NUMBER = re.compile(r"^\s*\d{1,3}\s{2,}|\s{2,}\d{1,3}\s*$")
# a running header repeats on this many pages at least: a line twice may be a table's
# header row above two tables
_RUNNING = 3
# a word broken over a line end: "approx-" then "imately" (a compound's own hyphen,
# "year-on-" / "year", is left: the part before it is itself hyphenated)
_BROKEN = re.compile(
    r"(?<![\w-])(?P<a>[A-Za-z]{1,30})-\n(?P<indent>[ \t]*)(?P<b>[a-z]{1,30})(?P<tail>[^\s]*)[ \t]?"
)


def page_text(text: str) -> str:
    """TEXT with page furniture blanked and line-broken words joined (see the module)."""
    lines = text.split("\n")
    running = _running_headers(lines)
    kept = ["" if _furniture(line) or _header_key(line) in running else line for line in lines]
    return _BROKEN.sub(_mend, "\n".join(kept))


def _header_key(line: str) -> str:
    return " ".join(_EDGE_NUMBER.sub(" ", line).split()).casefold()


def _running_headers(lines: list[str]) -> set[str]:
    """Lines repeated on pages: no sentence, some words, seen on `_RUNNING` pages or more."""
    counts = Counter(_header_key(line) for line in lines if line.strip())
    return {
        key
        for key, n in counts.items()
        if n >= _RUNNING
        and len(re.findall(r"[A-Za-z]{2,}", key)) >= 2
        and not key.rstrip().endswith((".", ":", ";", ","))
    }


def _furniture(line: str) -> bool:
    if _COLUMN_RULE.fullmatch(line):
        return False  # a table's rule under its heads, one dash run a column: the table's
    return bool(line.strip()) and bool(_PAGE_NUMBER.fullmatch(line) or _RULE.fullmatch(line))


def _mend(m: re.Match[str]) -> str:
    joined = m["a"] + m["b"]
    if not _is_word(joined):
        return m[0]  # "Non-" / "gaming", "self-" / "service": a compound, hyphen kept
    # the rest of the broken line moves up with it; the next line keeps its indent
    return f"{joined}{m['tail']}\n{m['indent']}"


def _is_word(word: str) -> bool:
    lower = word.lower()
    return bool(getAllLemmas(lower)) or lower in _MONTHS
