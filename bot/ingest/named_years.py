"""A year that ends a proper name is part of the name, never a time phrase: a statute ("the
Finance Act 2024", "the Companies Act, 2013") or a named event ("Expo 2025", "the Rugby World
Cup 2023"). Read as the period, "excise introduced by the Finance Act 2024" put a fiscal
year's figure in calendar 2024.

A plan named by its year ("Strategy 2028", "Vision 2030") is left a time phrase: its year is
the one its targets are for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

# the nouns that head a statute's or an event's name, capitalised as a name writes them
_HEADS = (
    r"Acts?|Laws?|Bill|Code|Decree|Ordinance|Regulations?|Directive|Amendments?|Proclamation"
    r"|Expo|Games|Olympics|Paralympics|Cup|Championships?|Summit|Census"
)
# the head, then the year: "Act 2024", "Act, 2013", "Expo 2025", "Cup 2023"
_NAMED_YEAR = re.compile(rf"\b(?:{_HEADS}),?\s+$")
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_M = TypeVar("_M", bound=_Spanned)


def in_a_name(text: str, start: int, end: int) -> bool:
    """Is TEXT[START:END] a bare year that ends a statute's or an event's name?"""
    return (
        _BARE_YEAR.fullmatch(text[start:end].strip()) is not None
        and _NAMED_YEAR.search(text, max(0, start - 20), start) is not None
    )


def without_named_years(text: str, found: Sequence[_M]) -> list[_M]:
    """FOUND without the years that end a name in TEXT."""
    return [m for m in found if not in_a_name(text, m.start, m.end)]
