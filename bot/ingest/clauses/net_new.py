"""A count of what a period added, said with "net new" or as net or gross openings: "130 to
150 net new stores in 2026", "added 196 net new restaurants", "12 net store openings", "100
gross openings". The words name a flow over the period, never the level held on its last
day: the level's noun alone ("stores") would be read as the count of stores open."""

from __future__ import annotations

import re

from bot.ingest.figures import Figure
from bot.ingest.metric_names import Metric, singular

# after the figure: "net new stores", "net new gyms", "net new customers" (a plural noun, one
# word of kind between); "net store openings", "gross café openings", "net openings"
_AFTER = re.compile(
    r"\s+(?:(?P<new>net\s+new)\s+(?P<first>[a-z][\w-]+)\b(?:\s+(?P<second>[a-z][\w-]+)\b)?"
    r"|(?P<basis>net|gross)\s+(?:(?P<thing>[a-z][\w-]*)\s+)?(?P<event>openings|closures)\b)",
    re.IGNORECASE,
)
# a label before the figure: "Net store openings: 12", "New stores opened in 2025: **18**",
# "39-week net new stores: 68" (a few words of time may follow the label)
_LABEL = re.compile(
    r"\b(?P<label>net\s+new\s+[a-z][\w-]*s|(?:net|gross|new)\s+(?:[a-z][\w-]*\s+)?"
    r"(?:openings|closures)|new\s+[a-z][\w-]*s\s+opened)\b"
    # (words of time only between the label and its colon, never a verb with a figure of
    # its own: "Net openings in 2T25 were 19 gyms: 21 inaugurations" labels no 21)
    r"(?:(?!\b(?:was|were|is|are|came|reached|totall?ed|stood)\b)[^:;.\n]){0,25}:\s*[*_]*\s*$",
    re.IGNORECASE,
)
# plural nouns after "net new" that are no things counted ("net new money" has no figure of
# units; "net new 12 months" no such phrase at all)
_NOT_THINGS = frozenset("years quarters months weeks days points percent units sales".split())


def net_new_count(text: str, f: Figure) -> Metric | None:
    """The flow a count F names with the words after it ("net new stores", "net store
    openings"), or None."""
    if f.unit != "units":
        return None
    m = _AFTER.match(text, f.end)
    if m is None:
        label = _LABEL.search(text, max(0, f.start - 60), f.start)
        return _labelled(label["label"]) if label is not None else None
    if m["new"]:
        # the first plural of the two words is what was added ("stores this year": stores;
        # "pickup points": pickup points)
        first, second = m["first"].lower(), (m["second"] or "").lower()
        words = [first] if first.endswith("s") else [first, second]
        if not words[-1].endswith("s") or words[-1] in _NOT_THINGS:
            return None
        name = "net new " + " ".join(words)
    else:
        thing = (m["thing"] or "").lower()
        if thing.endswith("s") and singular(thing) != thing:
            thing = singular(thing)  # ("net stores openings" is no English; "stores" -> "store")
        name = " ".join(w for w in (m["basis"].lower(), thing, m["event"].lower()) if w)
    return Metric(name, "units", None, (), name)


def _labelled(label: str) -> Metric:
    """The flow a label names: "net new stores" as written, "Net store openings" and "New
    stores opened" as openings of the singular thing ("net store openings", "store
    openings")."""
    words = label.lower().split()
    if words[:2] == ["net", "new"]:
        name = " ".join(words)
    elif words[-1] == "opened":
        name = f"{singular(words[1])} openings"
    else:
        basis = [] if words[0] == "new" else [words[0]]
        thing = [singular(w) for w in words[1:-1]]
        name = " ".join([*basis, *thing, words[-1]])
    return Metric(name, "units", None, (), name)
