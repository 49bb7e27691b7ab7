"""A plan a result is set against: "Third-quarter deliveries reached 101,493 vehicles, above
the high end of the Company's guidance of between 96,000 and 100,000 vehicles issued on
August 21, 2025", "capex totalled $14.6 billion, below the $14.8 billion guidance". The
guidance names no period of its own: it is the result's (the quarter),
never the current fiscal year a plan with no period is otherwise taken for; and the day it
was issued, when the text gives one, is the day it was stated."""

from __future__ import annotations

import re
from datetime import date

from bot.facts.model import Kind
from bot.facts.periods import CALENDAR
from bot.ingest.clauses.context import Slot
from bot.ingest.clauses.parts import BASE_BEFORE
from bot.ingest.spans import resolve_time
from bot.ingest.timing import TimeMention

# "above the high end of the Company's guidance of", "ahead of its forecast of", "in line
# with the outlook of", "beating its target of"
_AGAINST = re.compile(
    r"\b(?:above|below|within|inside|ahead\s+of|short\s+of|in\s+line\s+with|beat(?:ing|s)?"
    r"|miss(?:ed|ing)|exceed(?:ed|ing|s)?|top(?:ped|ping)?)\b[^.;]{0,60}?"
    r"\b(?P<plan>guidance|forecast|outlook|target|range|plan|goal|budget|ambition)\b[^.;\d]{0,30}$"
    # "against a plan of 16": the plan right before its figure
    r"|\bagainst\s+(?:a|an|the|its|our|their)\s+(?:[a-z-]+\s+)?(?P<plan2>guidance|forecast"
    r"|outlook|target|range|plan|goal|budget)\s+of\s+(?:(?:about|around|some|roughly)\s+)?$",
    re.IGNORECASE,
)
# the plan's word right before its figure: "range of", "goal of about", "guidance of"
_PLAN_OF = re.compile(
    r"\b(?:guidance|forecast|outlook|target|range|plan|goal|budget|ambition)\s+(?:of\s+)?"
    r"(?:(?:about|around|some|roughly|approximately|at\s+least)\s+)?$",
    re.IGNORECASE,
)
_AIMED = frozenset({"target", "plan", "goal", "budget", "ambition"})
# "below the Ps. 14.8 billion guidance", "ahead of our $2.1 billion target": the plan word
# after its figure
# ("at the lower end of the EUR 7.0 billion to 7.1 billion range": an end of it)
_AGAINST_AHEAD = re.compile(
    r"\b(?:above|below|within|ahead\s+of|short\s+of|in\s+line\s+with|beat(?:ing|s)?|miss(?:ed|ing)"
    r"|exceed(?:ed|ing|s)?|top(?:ped|ping)?"
    r"|(?:at|near|towards?)\s+the\s+(?:lower|upper|low|high|top|bottom)(?:\s+end)?\s+of)"
    r"\s+(?:the|its|our|their|a)?\s*(?:[a-z-]+\s+)?$",
    re.IGNORECASE,
)
_PLAN_AFTER = re.compile(
    r"\s*(?:[a-z-]+\s+)?(?:guidance|forecast|outlook|target|plan|range)\b", re.IGNORECASE
)
# "... issued on August 21, 2025", "given on 14 May", "we gave in August", "that the company
# set in July"
_ISSUED = re.compile(
    r"^[^.;\d]{0,40}?\b(?:issued|given|gave|announced|provided|set|set\s+out|published)"
    r"(?:\s+(?:on|in))?\s+$",
    re.IGNORECASE,
)


def plans_set_against(
    text: str, times: list[TimeMention], slots: list[Slot], published: date
) -> None:
    """Each plan figure a result in the same sentence is set against takes the result's
    period, and the day the text says it was issued."""
    for i, sl in enumerate(slots):
        if not sl.skip and sl.kind is Kind.ACTUAL:
            _plan_word_kind(text, slots, i)  # "inside the range of ...": a plan, by its word
        if sl.skip or sl.kind not in (Kind.FORECAST, Kind.TARGET):
            continue
        results = [
            p
            for p in reversed(slots[:i])
            if not p.skip and p.kind is Kind.ACTUAL and p.period is not None
        ]
        # ("$1,532 million, against $1,470 million the year before - near the bottom of the
        # range": the result, never the base it was compared with)
        result = next(
            (p for p in results if not BASE_BEFORE.search(text, p.left, p.fig.start)),
            results[0] if results else None,
        )
        if result is None:
            result = _result_after(text, times, slots, i)
        elif not (
            _AGAINST.search(text, result.fig.end, sl.fig.start)
            or (
                _AGAINST_AHEAD.search(text, result.fig.end, sl.fig.start)
                and _PLAN_AFTER.match(text, sl.fig.end)
            )
        ):
            continue
        if result is None:
            continue
        if BASE_BEFORE.search(text, result.fig.end, sl.fig.start) and not _PLAN_OF.search(
            text, result.fig.end, sl.fig.start
        ):
            continue  # "inside our guidance, against 0.140% in 2024": a base, not the plan
        own = [t for t in times if sl.left <= t.start < sl.fig.start and t.mode != "day"]
        if own:
            continue  # "above its full-year 2025 guidance": a period of its own
        sl.period = result.period
        if (
            sl.metric is not None
            and result.metric is not None
            and sl.metric.family == result.metric.family
            and sl.metric.name.split()[0] == result.metric.name.split()[0]
        ):
            sl.metric = result.metric  # "guidance of 96,000 vehicles": the vehicles delivered
        end = sl.fig.end
        for t in times:
            day = t.day if t.mode == "day" else _first_day(t, published)
            if (
                day is not None
                and day < published
                and t.start >= sl.fig.start
                and _ISSUED.search(text[end : t.start] if t.start >= end else "")
            ):
                sl.as_of = day  # (a month: its first day, as "announced in May" is dated)
                break


def _first_day(t: TimeMention, published: date) -> date | None:
    """The first day of a month T names ("in August"), in the year before PUBLISHED when the
    month has not come yet that year."""
    if t.mode != "month":
        return None
    p = resolve_time(t, cal=CALENDAR, as_of=published, kind=Kind.ACTUAL, anchor=None)
    return p.start if p is not None and p.end < published else None


def _plan_word_kind(text: str, slots: list[Slot], i: int) -> None:
    """A figure read as a result that a result before it is set against by a plan's word
    ("118,400 bikes, inside the range of 115,000 to 121,000", "against a plan of 16") is
    that plan: a forecast, or a target for a goal or a plan."""
    sl = slots[i]
    result = next(
        (
            p
            for p in reversed(slots[:i])
            if not p.skip
            and p.kind is Kind.ACTUAL
            and p.period is not None
            and not BASE_BEFORE.search(text, p.left, p.fig.start)
        ),
        None,
    )
    if result is None or result.fig.unit != sl.fig.unit:
        return
    m = _AGAINST.search(text, result.fig.end, sl.fig.start)
    if (
        m is None
        or not _PLAN_OF.search(text, m.start(), sl.fig.start)
        or any(result.fig.end <= p.fig.start < sl.fig.start for p in slots)
    ):
        return  # (another figure between them is what the plan word is about)
    sl.kind = Kind.TARGET if (m["plan"] or m["plan2"]).lower() in _AIMED else Kind.FORECAST


def _result_after(text: str, times: list[TimeMention], slots: list[Slot], i: int) -> Slot | None:
    """ "fell short of its £300 million revenue target for the year, reporting revenue of
    £291.7 million for 2025": the result the plan at SLOTS[i] is set against, told after it,
    when the plan's own stretch names no dated time of its own."""
    sl = slots[i]
    if not (
        _AGAINST_AHEAD.search(text, slots[i - 1].fig.end if i else 0, sl.fig.start)
        and _PLAN_AFTER.match(text, sl.fig.end)
    ):
        return None
    if any(sl.left <= t.start < sl.right and re.search(r"\d", t.text) for t in times):
        return None  # "its 2026 target": a period of its own ("for the year" is the result's)
    return next(
        (
            p
            for p in slots[i + 1 :]
            if not p.skip and p.kind is Kind.ACTUAL and p.period is not None
        ),
        None,
    )
