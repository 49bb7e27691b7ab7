"""Parts of a count said with "accounted for", the later ones with "for" alone: "Mainland
China accounted for 27.96 million TEU, Southeast Asia for 6.41 million TEU and Europe for
4.41 million TEU", "EV batteries accounted for 70.4 GWh and storage batteries for 25.8 GWh".
Each is the part's share of the count stated before it (the last count of the sentence or of
the text before), named by the part and that count's measure, never a count of its own."""

from __future__ import annotations

import re

from bot.ingest.clauses.context import Context, Slot
from bot.ingest.metric_names import Metric, named_part
from bot.ingest.rate_units import rate_unit

# the first part: its name right before "accounted for" ("By region, EMEA accounted for",
# "Mainland China, led by its terminals in the south, accounted for")
_FIRST = re.compile(
    r"(?:^|[,;:]\s*|\bthe\s+)(?P<part>[\w&'’().-]+(?:\s+[\w&'’().-]+){0,3}?)"
    r"(?:\s*,[^,;:]{1,70},)?\s+accounted\s+for\s+(?:(?:about|around|some|nearly)\s+)?$",
    re.IGNORECASE,
)
# a later part after the part before and its unit: ", Southeast Asia for", " and Europe for"
_LATER = re.compile(
    r"[^\d,;]{0,25}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
    r"(?P<part>[\w&'’().-]+(?:\s+[\w&'’().-]+){0,3}?)\s+for\s+(?:(?:about|around|some)\s+)?$",
    re.IGNORECASE,
)
_NO_PART = frozenset("it this that which they we he she of these those them".split())


def accounted_part(text: str, slots: list[Slot], i: int, ctx: Context) -> Metric | None:
    """The measure of slot I when it is a part said with "accounted for" (or "for" after
    such a part) of a count stated before it: "<part> <that count's measure>"; else None."""
    sl = slots[i]
    if sl.fig.unit != "units":
        return None
    rate = rate_unit(text, sl.fig)
    if rate is not None and rate.factor != 1.0:
        return None  # ("618 thousand boe/d": a flow's number as written, read as flows are)
    before = slots[i - 1] if i else None
    first = _FIRST.search(text, 0, sl.fig.start)
    later = None
    if first is None and before is not None and before.part and before.fig.unit == "units":
        later = _LATER.match(text, before.fig.end, sl.fig.start)
    m = first or later
    if m is None or m["part"].split()[0].lower() in _NO_PART:
        return None
    whole = _whole(slots, i, ctx, m.start())
    if whole is None:
        return None
    return named_part(whole, " ".join(m["part"].split()))


def _whole(slots: list[Slot], i: int, ctx: Context, start: int) -> Metric | None:
    """The count the parts are of: the last whole count before START in the sentence, else
    the last count the text stated before it."""
    for o in reversed(slots[:i]):
        if o.fig.end <= start and o.fig.unit == "units" and not o.skip and not o.part:
            return o.metric
    if ctx.count is not None and ctx.count.metric is not None:
        return ctx.count.metric
    return None
