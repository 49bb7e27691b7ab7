"""'The Rs 50 bn target' of a Pakistani company: a sign several currencies are written with
("Rs": the rupees of India, Pakistan, Sri Lanka, Nepal, Mauritius, the Seychelles) is the
one the store holds figures in, where it holds just one of them. The quantity grammar
reads the sign as its commonest currency (INR); a code said ("PKR", "INR") stays as said.
And a currency glued to its amount ("rs52bn", "pkr52bn") is set apart from it."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from bot import patterns
from bot.facts.model import Quantity
from bot.facts.quantities import CURRENCY_WORDS, currency_names

# the currency a shared sign is read as, the word every currency written with it is named
# by, and the sign written bare before a number
# (a bare "$" needs none of this: every dollar is read as the company's already)
_SHARED = {"INR": ("rupee", patterns.compile(r"(?<![a-z])rs\.?\s?\d", re.IGNORECASE))}


def in_own_currency(
    said: str, amounts: tuple[Quantity, ...], units: frozenset[str]
) -> tuple[Quantity, ...]:
    """AMOUNTS with a shared sign written bare in SAID read as the one currency of the
    store's UNITS the sign is written for (none where the store holds the sign's commonest
    currency itself, or two of its kind)."""
    out = []
    for q in amounts:
        shared = _SHARED.get(q.unit)
        if shared is not None and q.unit not in units and shared[1].search(said):
            own = _family(shared[0]) & units
            q = replace(q, unit=next(iter(own))) if len(own) == 1 else q
        out.append(q)
    return tuple(out)


def _named_as(unit: str, word: str) -> bool:
    return any(name.split()[-1].rstrip("s") == word for name in currency_names().get(unit, ()))


# the words a question names any of a family's currencies by ("rupees of every kind")
_FAMILY_WORDS = {"rs": "rupee", "rupee": "rupee", "rupees": "rupee"}


def currencies_meant(word: str) -> frozenset[str] | None:
    """The currencies a shared word means ("rs", "rupees": every rupee, whichever the
    company reports in, as "dollars" are every dollar); None for any other word."""
    head = _FAMILY_WORDS.get(word.lower().rstrip("."))
    return _family(head) if head else None


@functools.cache
def _family(head: str) -> frozenset[str]:
    return frozenset(u for u in currency_names() if _named_as(u, head))


# "rs52bn", "pkr52bn", "usd10m": a currency glued to its amount
_GLUED = patterns.compile(r"\b(?P<cur>[A-Za-z]{2,4})(?=\d[\d.,]*\s*(?:[kmb]n?|bn|mn|cr)?\b)")


def currencies_unglued(text: str) -> str:
    """TEXT with a currency's code or sign written onto its amount set apart from it
    ("rs52bn": "rs 52bn"), as the amount grammar and the question's words read it; never
    other letters before a number ("q3", "fy25", "ps5")."""

    def apart(m: re.Match[str]) -> str:
        cur = m["cur"]
        known = cur.lower() in CURRENCY_WORDS or cur.lower() in _FAMILY_WORDS
        return f"{cur} " if known else cur

    return _GLUED.sub(apart, text)
