"""Place names: a word naming a country or a city is written as meant. "olumo lagos
revenue" asks about Lagos, never "lags"; left as written, a place the store has no
figures of is an unexplained word, and the engine says so instead of answering for the
whole company."""

from __future__ import annotations

import functools


def is_place_word(word: str) -> bool:
    """Is WORD (any case) a word of a country's or territory's English name, or of a city
    the time-zone database names a clock by ("lagos", "kuala", "herzegovina")?"""
    return word.lower() in _place_words()


@functools.cache
def _place_words() -> frozenset[str]:
    """The words of CLDR's English territory names and of its time zones' cities, from
    babel's data in its wheel (read on the first word no dictionary knows)."""
    from babel.core import Locale, get_global

    names = list(Locale("en").territories.values())
    names += [
        zone.split("/")[-1].replace("_", " ")
        for zones in get_global("territory_zones").values()
        for zone in zones
    ]
    return frozenset(
        w.lower() for name in names for w in name.split() if w.isalpha() and len(w) >= 4
    )
