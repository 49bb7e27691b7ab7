"""Headlines written in capitals ("RHEINAU FY VELTREXA (AMELTRIZUMAB) SALES CHF3.84B, UP 21%
CER"): the reader tells a name from a word by its capital, so such a line is read in the
case ordinary text would use. A word the English dictionary knows is written small
("SALES" -> "sales"), a short one kept as an acronym ("FY", "CER", "US") unless it is one
of the language's small words ("NOW", "TO"), anything else is a name ("VELTREXA" ->
"Veltrexa"). The text keeps its length, so every offset holds and the
quote stays as written."""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_ACRONYM = 3  # letters: "FY", "CER", "EPS", "US" stay as they are


def shouting(text: str) -> bool:
    """Whether TEXT is written in capitals: most of its letters, in several words."""
    letters = [c for c in text if c.isalpha()]
    words = _WORD.findall(text)
    return len(words) >= 3 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


# short words of the language a wire writes in capitals too ("NOW SEES", "CUTS ... TO"):
# small, never an acronym nor a company's name
_SMALL_WORDS = frozenset(
    """
    a an and as at by for in of on or to the was has had are now new set cut see saw yet off vs
    """.split()
)


def _cased(word: str) -> str:
    if word.isupper() and word.lower() in _SMALL_WORDS:
        return word.lower()  # "NOW", "TO", "FOR"
    if len(word) <= _ACRONYM or not word.isupper():
        return word
    if getAllLemmas(word.lower()):
        return word.lower()  # "SALES", "RISE", "GROUP"
    return word[0] + word[1:].lower()  # "VELTREXA": a name


def uncapped(text: str) -> str:
    """TEXT in ordinary case when it is written in capitals, else as it is."""
    if not shouting(text):
        return text
    return _WORD.sub(lambda m: _cased(m.group()), text)
