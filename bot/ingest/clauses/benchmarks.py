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
from bot.ingest.clauses.context import Slot
from bot.ingest.clauses.parts import BASE_BEFORE
from bot.ingest.timing import TimeMention

# "above the high end of the Company's guidance of", "ahead of its forecast of", "in line
# with the outlook of", "beating its target of"
_AGAINST = re.compile(
    r"\b(?:above|below|within|ahead\s+of|short\s+of|in\s+line\s+with|beat(?:ing|s)?|miss(?:ed|ing)"
    r"|exceed(?:ed|ing|s)?|top(?:ped|ping)?)\b[^.;]{0,60}?\b(?:guidance|forecast|outlook|target"
    r"|range|plan)\b[^.;\d]{0,30}$",
    re.IGNORECASE,
)
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
# "... issued on August 21, 2025", "given on 14 May"
_ISSUED = re.compile(
    r"^[^.;\d]{0,25}?\b(?:issued|given|announced|provided|set|published)\s+(?:on|in)\s+$",
    re.IGNORECASE,
)


def plans_set_against(
    text: str, times: list[TimeMention], slots: list[Slot], published: date
) -> None:
    """Each plan figure a result in the same sentence is set against takes the result's
    period, and the day the text says it was issued."""
    for i, sl in enumerate(slots):
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
            if (
                t.mode == "day"
                and t.day is not None
                and t.day < published
                and t.start >= sl.fig.start
                and _ISSUED.search(text[end : t.start] if t.start >= end else "")
            ):
                sl.as_of = t.day
                break


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
