"""Words a phone's speech-to-text heard for others that sound the same: "sails" for
sales, "prophet" for profit, "revenew" for revenue. Words that sound alike share their
Metaphone code (jellyfish, a C extension with no data to download)."""

from __future__ import annotations

import functools


def sounds_alike(word: str, known: tuple[str, ...]) -> str | None:
    """The one KNOWN word WORD was heard for ("sails": sales; "prophet": profit): the same
    Metaphone code, first letter and length (give or take a letter), at most three letters
    apart. None where no word or several fit."""
    from rapidfuzz.distance import JaroWinkler

    from bot.fuzzy import OSA

    word = word.lower()
    if len(word) < 4 or not word.isalpha():
        return None
    fits = [
        k
        for k in _by_code(known).get(_code(word), ())
        if k[0] == word[0]
        and k != word
        and abs(len(k) - len(word)) <= 1  # (a name heard is never a word cut short: "fallow")
        and OSA.distance(word, k) <= 3
    ]
    if not fits:
        return None
    # of several, the one most like it letter by letter ("sails": sales, not sells)
    alike = {k: JaroWinkler.similarity(word, k) for k in fits}
    best = max(alike.values())
    nearest = [k for k, s in alike.items() if s == best]
    return nearest[0] if len(nearest) == 1 else None


@functools.lru_cache(maxsize=4)  # (one word list per state of the store's names)
def _by_code(known: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """KNOWN's words of four letters or more by their Metaphone code."""
    codes: dict[str, list[str]] = {}
    for k in known:
        if len(k) >= 4 and k.isalpha():
            codes.setdefault(_code(k), []).append(k)
    return {code: tuple(ks) for code, ks in codes.items()}


@functools.lru_cache(maxsize=65536)
def _code(word: str) -> str:
    import jellyfish  # (a C extension, loaded on the first word heard for another)

    return jellyfish.metaphone(word)
