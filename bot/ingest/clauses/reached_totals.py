"""A total reached, told by a verb of bringing after the figure that got it there: "served 80.1
million meals in the quarter, bringing the nine-month total to 228.7 million", "staged 8
events in the quarter, bringing the year-to-date count to 24" (the same flow, over the longer
span the words name, up to the end of the figure's period), "opened 288 stores in 2024,
bringing its network to 2,186 stores as of end-December" (the things then held, on the day
named, else at the end of the figure's period)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.facts.model import Kind, Period
from bot.facts.periods import CALENDAR
from bot.ingest.clauses.context import RENAMEABLE_SKIPS, Context, Slot
from bot.ingest.clauses.parts import BASE_BEFORE
from bot.ingest.metric_names import Metric
from bot.ingest.spans import resolve_time
from bot.ingest.timing import TimeMention

# "..., bringing the nine-month total to", "which took full-year deliveries to", "taking its
# network to": what was brought up, right before the total's figure
_BROUGHT = re.compile(
    r"\b(?:bringing|brings|brought|taking|takes|took|lifting|lifts|lifted)\s+"
    r"(?P<what>(?:the|its|our|their|it|us)\b[^,;:()]{0,50}?|[\w-]+(?:\s+[\w-]+){0,3}?)\s+to\s+"
    r"(?:a\s+(?:record\s+)?(?:total\s+of\s+)?)?(?:(?:about|around|some|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
# the longer span a running total covers, by its words
_SPANS = (
    (re.compile(r"\bnine[\s-]months?\b|\b9[\s-]?m\b|\bthree[\s-]quarters?\b", re.I), 9),
    (re.compile(r"\bsix[\s-]months?\b|\b(?:first[\s-]half|half[\s-]year|h1|1h)\b", re.I), 6),
    (re.compile(r"\byear[\s-]to[\s-]date\b|\bytd\b|\bso\s+far\b", re.I), 0),
    (re.compile(r"\bfull[\s-]year\b|\bannual\b|\byear['’]s\b|\b(?:19|20)\d\d\b", re.I), 12),
)
# a count held: "its network", "the count", "the number of stores", "the fleet", "us"
_HELD = re.compile(
    r"^(?:(?:the|its|our|their)\s+(?:total\s+)?(?:[\w-]+\s+)?(?:network|estate|count|fleet"
    r"|portfolio|footprint|number\s+of\s+(?P<things>[a-z][\w-]*s))|us|it)$",
    re.IGNORECASE,
)
# the things counted, right after the figure: "2,186 stores", "63 clinics"
_THINGS_AFTER = re.compile(r"\s+(?P<things>[a-z][\w-]*s)\b(?!\s+(?:of|per)\b)")
_NOT_THINGS = frozenset("units times months weeks days years points percent".split())
# between the level and its day: " as of", " at", " as at", " on"
_DAY_BEFORE = re.compile(r"^\s*,?\s*(?:as\s+(?:of|at|on)|at|on|by)\s+(?:the\s+)?(?:end\s+of\s+)?$")


# why a total was left unread that its verb of bringing now reads
_UNREAD = RENAMEABLE_SKIPS | {
    "a running total with no start",
    "cumulative total with no start date",
}


def _span_start(what: str, end: date, ctx: Context) -> date | None:
    """The first day of the span WHAT names, which ends on END."""
    for pattern, months in _SPANS:
        if not pattern.search(what):
            continue
        cal = ctx.fiscal or CALENDAR
        if months in (0, 12):
            return cal.year(cal.fiscal_year_of(end)).start  # the year it falls in, to date
        first = end.replace(day=1)
        for _ in range(months - 1):
            first = (first - timedelta(days=1)).replace(day=1)
        return first
    return None


def _day_named(text: str, sl: Slot, times: list[TimeMention], ctx: Context) -> date | None:
    """The day the words right after SL name for it ("as of June 30, 2025")."""
    for t in times:
        if t.start < sl.fig.end or not _DAY_BEFORE.match(text[sl.fig.end : t.start]):
            continue
        if t.day is not None and t.mode == "day":
            return t.day
        period = resolve_time(
            t, cal=ctx.fiscal or CALENDAR, as_of=ctx.published, kind=Kind.ACTUAL, anchor=None
        )
        return period.end if period is not None else None
    return None


def reached_totals(text: str, times: list[TimeMention], slots: list[Slot], ctx: Context) -> None:
    """Read each figure a verb of bringing reaches, after the figure that brought it there."""
    for i, sl in enumerate(slots):
        if (not sl.skip and sl.metric is not None) or sl.note not in _UNREAD:
            continue  # read by its own words, or none of ours
        # (never a base it was compared with: "up 15% from 24,310 a year earlier, bringing")
        lead = next(
            (
                p
                for p in reversed(slots[:i])
                if p.fig.unit == sl.fig.unit and not BASE_BEFORE.search(text, p.left, p.fig.start)
            ),
            None,
        )
        if lead is None or lead.skip or lead.metric is None or lead.period is None:
            continue
        if lead.kind is not Kind.ACTUAL:
            continue
        m = _BROUGHT.search(text, lead.fig.end, sl.fig.start)
        if m is None or sl.fig.unit != lead.fig.unit or sl.fig.high is not None:
            continue
        what = " ".join(m["what"].split())
        start = _span_start(what, lead.period.end, ctx)
        if start is not None and start < lead.period.start:
            # "bringing the nine-month total to 228.7 million": the same flow, for longer
            scale = lead.value / lead.fig.value if lead.fig.value else 1.0
            sl.metric, sl.period = lead.metric, Period(start, lead.period.end)
            sl.value = sl.fig.value * scale
        elif (held := _HELD.match(what)) is not None:
            after = _THINGS_AFTER.match(text, sl.fig.end)
            things = (after["things"] if after else None) or held["things"]
            if things is None or things.lower() in _NOT_THINGS:
                continue
            day = _day_named(text, sl, times, ctx) or lead.period.end
            name = things.lower()
            sl.metric, sl.period = Metric(name, "units", None, (), name), Period(day, day)
            sl.value = sl.fig.value
        else:
            continue
        sl.kind, sl.entity, sl.as_of = Kind.ACTUAL, lead.entity, lead.as_of
        sl.skip, sl.note = False, ""
