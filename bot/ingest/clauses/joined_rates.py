"""Rates set side by side: a rate joined by "and" / "or" to the rate just before it, with
only words of basis, time or comparison between them, is the same measure stated again on
another basis ("2.1% QoQ and 6.8% YoY"), for another period ("2.9% in the second quarter
and 4.6% in the third", "15.1% for the year and 16.0% in Q4"). A rate set against another
base ("up 2.8% from August and 12.0% from a year earlier") is left to the readings of bases:
its words name no period of its own."""

from __future__ import annotations

import re
from datetime import date

from bot.ingest.clauses.context import Slot
from bot.ingest.metric_names import Metric
from bot.ingest.timing import find_times

# Words that say only on what basis a rate is stated, between two rates of one measure:
# "2.1% QoQ and 6.8% YoY", "1.4% in reported terms and 1.9% in constant currency (CC)"
_BASIS_ONLY = frozenset(
    """qoq yoy q/q y/y sequentially sequential in reported terms constant currency cc
    local organic organically dollar year-on-year year-over-year quarter-on-quarter on a as
    basis the at cer exchange rates rate year over quarter month mom m/m""".split()
)
# Words that, besides a time phrase, only place a rate in time: "for the year", "in the
# first quarter alone", "for fiscal 2025 as a whole"
_TIME_FRAME = frozenset("in for during over the of alone as a whole this that its full".split())
_JOIN = re.compile(
    r"(?P<words>[^\d;]{0,60}?)\s*(?:,\s*)?\b(?:and|or)\s+|(?P<list>[^\d;]{0,40}?),\s*"
)
# "and 4.6% in the third quarter", "and 57.2% for fiscal 2025": the rate's own period
_OWN_TIME = re.compile(r"\s*(?:,\s*)?(?:in|for|during|over)\b", re.IGNORECASE)


def joined_rate(text: str, sl: Slot, previous: list[Slot], published: date) -> Metric | None:
    """The measure of the rate before SL when the two are joined with only basis words
    between them (a growth on another basis), or with only time words between them and a
    time phrase of SL's own after it (any rate, of another period or base)."""
    lead = previous[-1] if previous else None
    if lead is None or lead.skip or lead.metric is None or lead.fig.unit != "percent":
        return None
    between = _JOIN.fullmatch(text, lead.fig.end, sl.fig.start)
    growth = lead.metric.name.endswith(("growth", "change"))
    if between is not None and growth:
        said = between["words"] if between["words"] is not None else between["list"] or ""
        based = all(w in _BASIS_ONLY for w in re.findall(r"[\w/-]+", said.lower()))
    else:
        based = False
    if not based and not _another_time(text, lead, sl, published):
        return None
    sl.lead = lead.lead or lead
    if lead.value < 0 < lead.fig.value:
        sl.value = -sl.fig.value  # "fell 2.4% QoQ and 1.1% YoY": both falls
    return lead.metric


# the join of two rates after the first one's time phrase: "... in the second quarter and"
_AND = re.compile(r"(?P<said>[^;]{0,80}?)\s*,?\s*\band\s+$")


def _another_time(text: str, lead: Slot, sl: Slot, published: date) -> bool:
    """The words between LEAD and SL only place LEAD in time, and SL has a time phrase of
    its own right after it: "... 2.9% in the second quarter and 4.6% in the third quarter",
    "9.7% in the three months ended June 30, 2025 and 9.0% in the nine months ended ..."."""
    joined = _AND.fullmatch(text, lead.fig.end, sl.fig.start)
    if joined is None:
        return False
    said = joined["said"]
    times = find_times(said, published)
    if not times:
        return False
    rest = said
    for t in reversed(times):
        rest = rest[: t.start] + " " + rest[t.end :]
    if not all(w in _TIME_FRAME for w in re.findall(r"[\w/-]+", rest.lower())):
        return False
    after = text[sl.fig.end : max(sl.right, sl.fig.end)]
    own = _OWN_TIME.match(after)
    return own is not None and bool(find_times(after, published))
