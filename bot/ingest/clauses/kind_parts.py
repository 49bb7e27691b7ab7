"""The parts of a count, each named by a word of kind after it: "1,680 restaurants, 617 of
them company-run and 1,063 franchised", "1,201 clubs, of which 326 were company-operated and
875 were franchised", "31.6 million subscribers, and 6.79 million of them were postpaid".
Each part is the whole's measure for that kind ("franchised clubs"), on the whole's day; the
part after "and" is named by its own word, never by the part before it."""

from __future__ import annotations

import re

from bot.ingest.clauses.context import Slot
from bot.ingest.clauses.measures import generic_units

# a word (or two, hyphenated) of kind after a part's figure and its verb, ending the part:
# "company-run", "were franchised", "are prepaid" (never a place or a noun: "in the north",
# "were widebodies", read by their own rules; never a verb of what was done with them)
_KIND_AFTER = re.compile(
    r"\s+(?:units\s+)?(?:(?:were|are|was|is)\s+)?(?P<word>[a-z][a-z]*(?:-[a-z]+)*)"
    r"(?=\s*(?:[,.;)]|$|\s+and\b|\s+\())"
)
_NOT_KINDS = frozenset(
    "in at on from for to by with across during over of and or the a an it them those these"
    " sold exported shipped delivered made built produced opened closed added units".split()
)
# "617 of them company-run", "6.79 million of them were postpaid": a part of the count before
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)(?=\s)")
# "of which 326 were ...": a part after "of which", its kind after it
_OF_WHICH_BEFORE = re.compile(r"\bof\s+which\s+$", re.IGNORECASE)
# between one part and the next: "[326] were company-operated and [875]", "[617] of them
# company-run and [1,063]"
_AND_NEXT = re.compile(
    r"(?:\s+of\s+(?:them|those|these))?\s+(?:units\s+)?(?:(?:were|are|was|is)\s+)?"
    r"[a-z][a-z]*(?:-[a-z]+)*\s*,?\s*and\s+"
)


def _kind_after(text: str, end: int) -> str | None:
    m = _KIND_AFTER.match(text, end)
    if m is None or m["word"] in _NOT_KINDS:
        return None
    return m["word"]


def kind_part(text: str, slots: list[Slot], i: int) -> tuple[Slot, str] | None:
    """(the whole, the word of kind) when slot I is a part of a count named by a word of kind
    after it; None otherwise."""
    sl = slots[i]
    if sl.fig.unit != "units" or not i:
        return None
    prev = slots[i - 1]
    if prev.of is not None and _AND_NEXT.fullmatch(text, prev.fig.end, sl.fig.start):
        # "..., of which 326 were company-operated and 875 were franchised": the next part
        word = _kind_after(text, sl.fig.end)
        return (prev.of, word) if word is not None else None
    them = _OF_THEM.match(text, sl.fig.end)
    before = _OF_WHICH_BEFORE.search(text, max(0, sl.fig.start - 20), sl.fig.start)
    if them is None and before is None:
        return None
    word = _kind_after(text, them.end() if them is not None else sl.fig.end)
    whole = next(
        (p for p in reversed(slots[:i]) if not p.skip and p.metric is not None and not p.keyed),
        None,
    )
    if word is None or whole is None or whole.fig.unit != "units" or whole.metric is None:
        return None
    # (a whole read as bare "units sold" is no count its parts can be named from)
    if whole.metric.family != "units" or generic_units(whole.metric):
        return None
    return whole, word
