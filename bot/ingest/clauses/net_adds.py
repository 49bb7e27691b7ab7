"""A count of people or accounts gained or lost in a period ("we added 6.1 million paid
memberships in the quarter", "lost 0.6 million subscribers in Q2", "net additions were
310,000 customers"): how much the level moved, a figure of the period, never the level."""

from __future__ import annotations

import re

from bot.ingest import lexicon as lx
from bot.ingest.figures import Figure
from bot.ingest.metric_names import Metric

# levels of people or accounts, whose moves are net additions (stores and staff opened or
# hired are counted as events elsewhere)
_OUTLETS = frozenset({"stores", "restaurants", "points of sale", "employees", "headcount"})
_GAINED = re.compile(
    r"\b(?:added|adding|adds|gained|gaining|won|lost|losing|shed|shedding|net\s+(?:additions?|adds)"
    r"(?:\s+(?:were|was|of|came\s+to|totall?ed|reached))?)\s+"
    r"(?:(?:a\s+net|a\s+further|another|an\s+additional|about|around|some|nearly|roughly|net)\s+)*$",
    re.IGNORECASE,
)
_LOST = re.compile(r"\b(?:lost|losing|shed|shedding)\b", re.IGNORECASE)
_COUNTED = re.compile(r"\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*s))\b")


def net_additions(
    text: str, f: Figure, clause: int, before: Metric | None = None
) -> tuple[Metric, bool] | None:
    """The net additions F counts and whether they are a loss, or None. BEFORE: the metric
    of the figure before it in the sentence ("lost 0.6 million paid memberships in Q2, after
    adding 5.2 million in Q1": the second, with no noun, counts the same)."""
    if f.unit != "units" or not _GAINED.search(text, max(clause, f.start - 40), f.start):
        return None
    lost = _LOST.search(text, max(clause, f.start - 40), f.start) is not None
    m = _COUNTED.match(text, f.end)
    if m is None or not m["noun"].endswith("s"):
        if before is not None and before.name.endswith(" net additions"):
            return before, lost
        return None
    np = " ".join(m["np"].lower().split())
    noun = next((n for n in lx.LEVEL_PLURAL if np.endswith(n)), None)
    if noun is None or noun in _OUTLETS:
        return None
    name = f"{np} net additions"
    return Metric(name, "units", None, (), name), lost


# "700,000 homes passed added since the end of March": the count's move, said after it
_ADDED_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,3}?(?:added|gained|lost|connected\s+since|added\s+since)\b",
    re.IGNORECASE,
)


def moved_after(text: str, f: Figure) -> bool:
    """F counts how much a level moved, as the words after it say ("... added since")."""
    return f.unit == "units" and _ADDED_AFTER.match(text, f.end) is not None
