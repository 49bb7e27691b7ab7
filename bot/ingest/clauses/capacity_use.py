"""A level said as a share of a capacity: "Our plants ran at 82% of capacity", "Reservoir
storage stood at 78% of capacity", "ran its mills at 72% of installed capacity". The
percentage is how much of the capacity was used (or filled), whatever the clause calls the
thing: named "capacity utilisation", never a share of sales."""

from __future__ import annotations

import re

from bot.ingest.clauses.context import Slot
from bot.ingest.clauses.held import on_a_day
from bot.ingest.metric_names import Metric

# "of capacity", "of its installed capacity", "of total nameplate capacity"
_OF_CAPACITY = re.compile(
    r"\s+of\s+(?:(?:its|their|our|the|total|full|installed|available|nameplate|rated|usable"
    r"|practical|theoretical|production|storage|design)\s+)*capacit(?:y|ies)\b",
    re.IGNORECASE,
)


def capacity_use(text: str, sl: Slot) -> Metric | None:
    """The capacity utilisation SL (a percentage) is when the words after it say it is of
    a capacity; None for any other percentage."""
    if sl.fig.unit != "percent" or sl.fig.high is not None:
        return None
    if _OF_CAPACITY.match(text, sl.fig.end) is None:
        return None
    # "stood at 55% of capacity at December 31, 2025": the share held on that day
    sl.level = sl.level or on_a_day(text, sl.fig)
    return Metric("capacity utilisation", "percent", None, (), "capacity utilisation")
