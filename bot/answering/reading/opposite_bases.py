"""The two sides of a figure's basis that a small word names: profit before or after tax,
pre- or post-IFRS 16, gross or net. A question that says one side is never answered with
a figure named by the other, whatever else the small word may mean in a question ("before"
also names a time; "net" a sum)."""

from __future__ import annotations

from collections.abc import Iterable

from bot.answering.english.words import lemmas

_OPPOSITES = (("before", "after"), ("pre", "post"), ("gross", "net"))


def other_side_named(name: str, said: Iterable[str]) -> str | None:
    """The word of the metric NAME whose opposite the question's words (SAID, lemmas) say
    and it does not ("after" of "profit after tax" for "profit before tax"), else None."""
    named, told = set(lemmas(name)), set(said)
    for a, b in _OPPOSITES:
        for own, other in ((a, b), (b, a)):
            if own in named and other in told and own not in told and other not in named:
                return own
    return None


def opposite(word: str, other: str) -> bool:
    """Are WORD and OTHER the two sides of one basis?"""
    return (word, other) in _OPPOSITES or (other, word) in _OPPOSITES
