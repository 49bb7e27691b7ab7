"""Initials said in full: "ready-to-drink sales" where the store's metric is "RTD net
sales", "drive systems orders" for "DS orders". A run of words whose initials spell one
of the store's metric initials is read as those initials, when none of its words is a
word reports use for a figure or a period (which the metric's other words explain).
"""

from __future__ import annotations

import re
from collections.abc import Container

from bot import patterns
from bot.answering.english.lexicon import FUNCTION_WORDS
from bot.answering.english.words import FILLER, PERIOD_WORDS
from bot.answering.vocabulary.vocabulary import Vocabulary
from bot.facts import reporting

_WORD = patterns.compile(r"[A-Za-z]+")
_LONGEST = 5
# the words a name's initials may pass over ("Beauty and Personal Care": BPC) or keep
# ("ready to drink": RTD); no other grammar is inside a name
_JOINING = frozenset({"and", "of", "the", "for", "to", "on", "in", "by"})


def initials_said(text: str, vocab: Vocabulary) -> str:
    """TEXT with each run of words spelling a metric's initials replaced by them."""
    if not vocab.acronyms:
        return text
    words = list(_WORD.finditer(text))
    lowered = [w.group().lower() for w in words]
    own = [_own(w) for w in lowered]  # (each word's once, not once per run it is in)
    metric_words, company_words = vocab.spelling_words()
    out, last, i = [], 0, 0
    while i < len(words):
        found = (
            _run_at(words, lowered, own, i, vocab.acronyms, (metric_words, company_words))
            if own[i]  # (a run begins with a word of its own)
            else None
        )
        if found is None:
            found = _long_run_at(words, lowered, i, vocab.acronyms)
        if found is None:
            i += 1
            continue
        end, initials = found
        out += [text[last : words[i].start()], initials]
        last, i = words[end - 1].end(), end
    return "".join(out) + text[last:] if out else text


def _run_at(
    words: list[re.Match[str]],
    lowered: list[str],
    own: list[bool],
    i: int,
    acronyms: frozenset[str],
    names: tuple[Container[str], ...],
) -> tuple[int, str] | None:
    """(the end of the run starting at word I whose initials are one of ACRONYMS, the
    initials), longest first: two or more words of a name, joined by spaces, hyphens or
    "&" only, beginning and ending with a word of its own, none a word of the store's
    metric or company names (which name what they name as they are: "passengers
    carried"). LOWERED: the words lower-cased; OWN: which of them are `_own`."""
    for end in range(min(len(words), i + _LONGEST), i + 1, -1):
        if not own[i] or not own[end - 1]:
            continue
        run = lowered[i:end]
        if not all(own[k] or lowered[k] in _JOINING for k in range(i, end)):
            continue
        if any(w in held for held in names for w in run):
            continue
        gaps = _gaps(words, i, end)
        if gaps - {"", "-", "&"}:
            continue
        for kept in (run, [w for w in run if w not in _JOINING]):
            initials = "".join(w[0] for w in kept)
            # (two letters are two words' initials by chance too often: "plan cut",
            # "pinecrest current"; only a compound written as one says them)
            joined = gaps <= {"-", "&"}
            if len(kept) >= 2 and initials in acronyms and (len(initials) > 2 or joined):
                return end, initials
    return None


# A rate's initials pass over its "per" ("RASM" of "revenue per available seat mile").
_RATE_JOINING = _JOINING | {"per"}
# Initials this long are no chance spelling, even where the run's words are a figure's
# own ("total revenue per available seat mile" is a store's "TRASM"); shorter ones need
# words of a name's own (`_run_at`).
_LONG_INITIALS = 4


def _long_run_at(
    words: list[re.Match[str]], lowered: list[str], i: int, acronyms: frozenset[str]
) -> tuple[int, str] | None:
    """(the end of the run starting at word I that spells one of ACRONYMS of four letters
    or more, the initials), longest first; its words `_may_be_initialled`, joined by
    spaces or hyphens only."""
    for end in range(min(len(words), i + _LONGEST + 2), i + _LONG_INITIALS - 1, -1):
        run = lowered[i:end]
        if run[0] in _RATE_JOINING or run[-1] in _RATE_JOINING:
            continue
        if not all(w in _RATE_JOINING or _may_be_initialled(w) for w in run):
            continue
        gaps = _gaps(words, i, end)
        if gaps - {"", "-"}:
            continue
        initials = "".join(w[0] for w in run if w not in _RATE_JOINING)
        if len(initials) >= _LONG_INITIALS and initials in acronyms:
            return end, initials
    return None


def _may_be_initialled(word: str) -> bool:
    """A word of a name's own, or one reports use for a figure ("total", "revenue"); never
    a period's, nor chat or grammar of no figure."""
    if word in PERIOD_WORDS:
        return False
    return word in reporting.all_words() or (word not in FILLER and word not in FUNCTION_WORDS)


def _gaps(words: list[re.Match[str]], i: int, end: int) -> set[str]:
    """What stands between the words I..END-1 of a run (spaces taken out)."""
    return {
        a.string[a.end() : b.start()].strip()
        for a, b in zip(words[i : end - 1], words[i + 1 : end], strict=True)
    }


def _own(word: str) -> bool:
    """A word of a name's own: no grammar or chat, nor a word reports use for a figure
    or a period ("net", "sales", "quarter")."""
    return (
        word not in FILLER
        and word not in FUNCTION_WORDS
        and word not in PERIOD_WORDS
        and word not in reporting.all_words()
    )
