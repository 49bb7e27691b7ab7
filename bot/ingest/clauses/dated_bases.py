"""A level's base told with its own day: "Net debt stood at EUR 18.4 billion at 30 June
2025, compared with EUR 19.7 billion at 31 December 2024", "We operated 856 stores at
September 28, 2025, against 811 stores at December 29, 2024". The base is the same measure
held on the day written right after it; without this reading a bare "compared with" left it
with no period of its own (and a count's base, past its noun, with no measure at all)."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from bot.facts.model import Kind, Period
from bot.ingest.clauses.context import Slot
from bot.ingest.clauses.power_levels import in_own_power_unit
from bot.ingest.timing import TimeMention

# the comparison's cue right before the base ("compared with", "against", "up from")
_CUE = re.compile(
    r"(?:\bcompared\s+(?:with|to)|\bagainst|\bversus|\bvs\.?|\bfrom)\s+(?:the\s+)?"
    r"(?:(?:about|around|approximately|roughly|some|nearly)\s+)?$",
    re.IGNORECASE,
)
# between the base and its day: a few words of what it counts, then "at", "on", "as of"
# ("811 stores at", "1,870 as of"); a month's end opens with its own "at the end of"
_TO_DAY = re.compile(r"(?:\s+[^\W\d][\w³²/-]*){0,3}?\s+(?P<at>(?:at|on|as\s+(?:of|at))\s+)?", re.I)
_END_OF = re.compile(r"(?:at|as\s+(?:of|at))\s+the\s+end\s+of\s", re.IGNORECASE)


def _own_day(text: str, times: list[TimeMention], sl: Slot) -> date | None:
    """The day written right after SL's figure ("at 31 December 2024", "at the end of
    June"), or None."""
    t = next((t for t in times if t.start >= sl.fig.end), None)
    gap = _TO_DAY.fullmatch(text, sl.fig.end, t.start) if t is not None else None
    if t is None or gap is None or t.day is None:
        return None
    if t.mode == "day" and gap["at"]:
        return t.day
    if t.mode == "month" and not gap["at"] and _END_OF.match(t.text):
        return date(t.day.year, t.day.month, monthrange(t.day.year, t.day.month)[1])
    return None


def bases_on_their_days(text: str, times: list[TimeMention], slots: list[Slot]) -> None:
    """A base after a comparison's cue, with a day of its own written after it, when the
    figure before it is a level held on a day: the same measure, held on the base's day."""
    for i, sl in enumerate(slots):
        if i == 0 or (not sl.skip and sl.period is not None):
            continue
        if not _CUE.search(text, max(0, sl.fig.start - 40), sl.fig.start):
            continue
        before = next((p for p in reversed(slots[:i]) if not p.skip), None)
        if (
            before is None
            or before.metric is None
            or before.period is None
            or before.period.days != 1
            or before.kind not in (None, Kind.ACTUAL)
            or before.fig.unit != sl.fig.unit
            or before.entity is None
        ):
            continue
        day = _own_day(text, times, sl)
        if day is None or day >= before.period.end:
            continue
        # ("3,610 MW ..., up from 3.42 GW at 31 March": the base in the unit it states)
        metric = in_own_power_unit(before.metric, text, sl.fig)
        sl.metric, sl.kind, sl.entity = metric, before.kind, before.entity
        sl.period, sl.value, sl.as_of = Period(day, day), sl.fig.value, before.as_of
        sl.skip, sl.note = False, ""
