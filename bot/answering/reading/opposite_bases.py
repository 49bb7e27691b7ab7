"""The sides of a figure's basis that a small word names: profit before or after tax, pre-
or post-IFRS 16, gross or net, and the earnings measures by their initials (EBIT, EBITA,
EBITDA, EBT). A question that says one side is never answered with a figure named by
another, whatever else the small word may mean in a question ("before" also names a time;
"net" a sum) and however near the initials are ("ebit" is one letter from "ebita")."""

from __future__ import annotations

from collections.abc import Iterable

from bot.answering.english.words import lemmas

_EXCLUSIVE = (
    frozenset({"before", "after"}),
    frozenset({"pre", "post"}),
    frozenset({"gross", "net"}),
    frozenset({"ebit", "ebita", "ebitda", "ebt"}),
)


def other_side_named(
    name: str, said: Iterable[str], groups: tuple[frozenset[str], ...] = _EXCLUSIVE
) -> str | None:
    """The word of the metric NAME whose other side the question's words (SAID, lemmas)
    say and it does not ("after" of "profit after tax" for "profit before tax"), else
    None; of the sides of GROUPS (every basis by default)."""
    named, told = set(lemmas(name)) | set(name.lower().split()), set(said)
    for sides in groups:
        own, other = (named & sides) - told, (told & sides) - named
        if own and other and not (named & told & sides):
            return min(own)
    return None


# the sides no other reading of a question's word can mean: "before" and "after" also name
# times, "gross" and "net" sums, and a name's modifier is read in its own place
# (settle._rival_modifier); the earnings measures' initials name nothing else
MEASURES = _EXCLUSIVE[-1]


def other_measure_named(name: str, said: Iterable[str]) -> str | None:
    """`other_side_named` of the earnings measures only ("ebita" of "EBITA" for "ebit")."""
    return other_side_named(name, said, (MEASURES,))


def opposite(word: str, other: str) -> bool:
    """Are WORD and OTHER two sides of one basis?"""
    return word != other and any({word, other} <= sides for sides in _EXCLUSIVE)
