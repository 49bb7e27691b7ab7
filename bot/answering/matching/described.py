"""A company named by what its own reports call it: "the club's wage ratio", "the bank's Q4
profit". Chat names a company by its kind as often as by its name; a report says "the
club" or "the bank" of its own company again and again. The word is read as that company
where exactly one of the companies the question's other words could be about is so called
in its reports."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot import patterns
from bot.answering.deriving.rankings import SUPERLATIVES
from bot.answering.english.lexicon import parts_of_speech
from bot.answering.english.places import is_place_word
from bot.answering.reading.word_roles import other_party

# "the club's", "the bank", "the coal miner": the word and the few words before it
_DESCRIPTION = r"\bthe\s+(?:[\w-]+\s+){{0,2}}?{word}(?P<own>['’]s)?\b"
# How often a company's reports must call it so (one mention may be another club's)
_TIMES_CALLED = 2


# the whole a company's figures are set in
_WHOLES = frozenset({"market", "markets", "industry", "sector"})


def describes_no_company(noun: str) -> bool:
    """Is NOUN never a company's description, whatever its reports call "the NOUN"? Another
    party ("the broker"), a ranking's word ("the highest"), no noun at all, or a place ("the
    Netherlands", where a company is based)."""
    if other_party(noun) or noun in SUPERLATIVES or is_place_word(noun):
        return True
    if noun in _WHOLES:
        return True  # ("the market rose 4%": every company's figures, never one's)
    return "NOUN" not in (parts_of_speech(noun) or {"NOUN"})


def described_as(said: str, noun: str) -> re.Match[str] | None:
    """Where SAID names something as "the (…) NOUN", a possessive included."""
    return patterns.compile(_DESCRIPTION.format(word=re.escape(noun)), re.IGNORECASE).search(said)


def called_so(texts: Sequence[str], noun: str) -> bool:
    """Do these reports call their company "the NOUN" (at least twice), a word written
    otherwise than in capitals ("the Group", "the club"; "the ASF" is some body's
    initials: the company's own would be its alias)?"""
    pattern = patterns.compile(rf"\bthe\s+({re.escape(noun)})\b", re.IGNORECASE)
    said = [m[1] for t in texts for m in pattern.finditer(t)]
    return sum(1 for word in said if not word.isupper()) >= _TIMES_CALLED


def company_so_called(
    noun: str, companies: Sequence[int], called: Callable[[int, str], bool]
) -> int | None:
    """The one company of COMPANIES its reports call "the NOUN" (CALLED(company, noun)
    says whether they do), or None where none or several are."""
    if len(noun) < 3 or not noun.isalpha():
        return None
    owners = [c for c in companies if called(c, noun)]
    return owners[0] if len(owners) == 1 else None


def bare(word: str) -> str:
    """'club's' -> 'club'."""
    return re.sub(r"['’]s$", "", word.lower())
