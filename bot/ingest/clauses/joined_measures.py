"""A second measure joined to the first by "and", its verb left to the clause before: "The
past-due ratio fell to 2.4 per cent and the write-off ratio to 0.9 per cent", "Deposits
closed the year at $10.42 billion and net loans to customers at $4.98 billion". The figure
after "and <measure> to/at" had no name of its own (the noun after it names nothing) and was
left out; it is that measure's, of the kind the first was stated in, a level where the
first was a level."""

from __future__ import annotations

import itertools
import re

from lemminflect import getAllLemmas

from bot.ingest.clauses.context import Context, Slot
from bot.ingest.clauses.kinds import DETERMINERS
from bot.ingest.metric_names import Metric, family_of_unit

# "... and the write-off ratio to", "..., and net loans to customers at": the measure opening
# in small letters (a capitalised name is a part, read by `elided.py`; "net NPA ratio" is a
# measure), then the preposition the first figure's verb took
_JOINED = re.compile(
    r"^\s*(?:per\s+cent|percent|pc|%)?\s*,?\s+and\s+(?:(?:the|its|our|their)\s+)?"
    r"(?P<name>[a-z][\w/&'’-]*(?:\s+[\w/&'’-]+){0,4}?)\s+(?P<prep>at|to)\s+"
    r"(?:(?:about|around|nearly|some|roughly|approximately)\s+)?$"
)
# the first figure's own verb and preposition: "fell to", "closed the year at", "stood at"
_FIRST_PREP = re.compile(r"\b(?P<prep>at|to)\s+(?:(?:about|around|nearly|some)\s+)?$")


def joined_measures(text: str, slots: list[Slot], ctx: Context) -> list[tuple[Slot, Slot]]:
    """Name each unread figure of SLOTS joined by "and <measure> to/at" to a figure read
    before it, whose own clause took the same preposition, by that measure; the pairs so
    joined (first, second)."""
    joined = []
    for before, sl in itertools.pairwise(slots):
        if not (sl.skip and not sl.note and sl.metric is None):
            continue
        if before.skip or before.metric is None:
            continue
        m = _JOINED.match(text[before.fig.end : sl.fig.start])
        first = _FIRST_PREP.search(text, max(0, before.fig.start - 40), before.fig.start)
        if m is None or first is None or first["prep"] != m["prep"]:
            continue
        words = [w for w in m["name"].split() if w not in DETERMINERS]
        if not words or not words[0][:1].islower():
            continue  # "and the West at 3.0%": a part by its name, read by `elided.py`
        if "NOUN" not in getAllLemmas(words[-1]) or ctx.names.mentions(m["name"]):
            continue
        if any(set(getAllLemmas(w)) == {"VERB"} for w in words):
            continue  # "and sales and marketing spend fell to 34%": a clause of its own
        name = " ".join(words)
        sl.metric = Metric(name, family_of_unit(sl.fig.unit), None, (), name)
        sl.skip, sl.kind, sl.level = False, before.kind, before.level
        joined.append((before, sl))
    return joined


def joined_periods(joined: list[tuple[Slot, Slot]]) -> None:
    """The day or span said once after both joined figures is the first's too: "the gross
    ratio rose to 2.07 per cent and the net ratio to 0.63 per cent as on September 30"."""
    for first, second in joined:
        if not (first.skip and first.note == "no period") or second.skip:
            continue
        if second.period is None or first.entity != second.entity or first.kind != second.kind:
            continue
        first.skip, first.note, first.period = False, "", second.period
