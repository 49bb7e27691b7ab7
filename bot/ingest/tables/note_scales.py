"""A table's units note written with another language's scale word: "(tis. hl)" (Czech
thousands of hectolitres), "(mil. Kč)" (Czech millions of korunas), "(Mio. EUR)", "(Tsd.
Stück)", "(tys. zł)", "(mld zł)". The note readers know English scales only, so such a note
said nothing and the table's bare numbers were read as written; here its scale word is put
in English ("(thousand hl)") for them to read. Only a bracket's first word is changed, and a
bare "mil" (Spanish and Portuguese thousands) is left alone."""

from __future__ import annotations

import re

# the scale words of notes in other languages, each with its English word (a Czech or
# Slovak "mil." is a million; a Spanish or Portuguese "mil" without its point a thousand,
# never read here)
_WORDS = {
    "tis.": "thousand",
    "tys.": "thousand",
    "tsd.": "thousand",
    "tsd": "thousand",
    "mil.": "million",
    "mio.": "million",
    "mio": "million",
    "mrd.": "billion",
    "mrd": "billion",
    "mld.": "billion",
    "mld": "billion",
    "milj.": "million",
}
# the word opens a bracket (after "in"), and a unit or currency follows it
_OPENING = re.compile(
    r"(?P<open>\(\s*(?:in\s+)?)(?P<word>tis\.|tys\.|tsd\.?|mil\.|mio\.?|mrd\.?|mld\.?|milj\.)"
    r"(?=\s*[^\W\d_])",
    re.IGNORECASE,
)


def in_english(cell: str) -> str:
    """CELL with a bracketed note's foreign scale word put in English: "Beer volume by
    market (tis. hl)" -> "Beer volume by market (thousand hl)"."""
    return _OPENING.sub(lambda m: m["open"] + _WORDS[m["word"].lower()], cell)
