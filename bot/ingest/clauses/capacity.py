"""A capacity is what could be done, never what was: "Annual handling capacity stood at 16.5
million TEUs", "Production capacity reached 40,000 tonnes a year". A figure whose clause
names it as a capacity, under a measure whose name does not say so, is left out rather
than proposed as the volume handled or produced."""

from __future__ import annotations

import re

from bot.ingest.breaks import clause_start
from bot.ingest.clauses.context import Slot

# the clause's subject is a capacity: "... capacity stood at", "capacity of", "capacity
# reached", "capacity was" (an aside in brackets allowed before the verb)
_CAPACITY_SUBJECT = re.compile(
    r"\bcapacit(?:y|ies)\b(?:\s*\([^()]{0,60}\))?\s+(?:(?:now\s+)?(?:stood|stands|reached|was|is"
    r"|were|are|rose|increased|grew|climbed|totall?ed|came|amounted)\b[^,;]{0,20}|of\s+)"
    r"(?:(?:about|around|nearly|some|roughly|approximately|to|at)\s+)*$",
    re.IGNORECASE,
)


def unnamed_capacities(text: str, slots: list[Slot]) -> None:
    """Skip each figure SLOTS hold that its clause says is a capacity while its measure's
    name is no capacity's."""
    capacity = None  # the capacity's measure, left out: its base after "up from" too
    for sl in slots:
        if sl.skip or sl.metric is None or "capacit" in sl.metric.name.lower():
            continue
        if _CAPACITY_SUBJECT.search(text, clause_start(text, sl.fig.start), sl.fig.start):
            sl.skip, sl.note = True, "a capacity named as another measure"
            capacity = sl.metric.name
        elif capacity is not None and sl.metric.name == capacity:
            # "stood at 16.5 million TEUs ..., up from 15.0 million a year earlier"
            sl.skip, sl.note = True, "a capacity's earlier level"
