"""'Ramadan 2023 (23 Mar - 20 Apr 2023)', 'Easter weekend 2024: 29-31 March 2024': a named
day or festival restated by its dates is those dates. The company's own span of it may
differ a day or two from the calendar's (a moon sighting, its own trading days): the dates
said are the figure's. "Jan+Feb 2025, pre-Ramadan": a festival after "pre-" or "post-"
beside the period said describes that period, and is none of its own."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from bot import patterns
from bot.facts.periods import DayEventRef, ExactRef, PeriodMention
from bot.facts.periods.events import event_days

# a bracket, comma, colon or dash between the event and its dates, a few words of the
# figure before it ("Ramadan 2023 sales (23 Mar - 20 Apr)"); nothing that compares
_APPOSITION = patterns.compile(
    r"(?:\s+[\w'’]+){0,3}?\s*[(,:\-–—]\s*(?:i\.?\s?e\.?,?\s*)?$", re.IGNORECASE
)
_COMPARING = patterns.compile(r"\b(?:vs\.?|versus|than|against|compared|over|and|or)\b", re.I)
# how far the dates said may lie from the calendar's days of the event
_NEAR = timedelta(days=3)


def events_dated(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """MENTIONS with each event restated by its dates read as those dates."""
    out: list[PeriodMention] = []
    for m in mentions:
        last = out[-1] if out else None
        if last is not None and _restates(text, last, m):
            # (the event's words blanked with the dates, those of the figure between kept)
            out[-1] = replace(m, said_also=last.spans + m.said_also)
            continue
        out.append(m)
    return out


def _restates(text: str, event: PeriodMention, dates: PeriodMention) -> bool:
    """Are DATES, right after EVENT in apposition, days about the event's own?"""
    if not (isinstance(event.ref, DayEventRef) and isinstance(dates.ref, ExactRef)):
        return False
    gap = text[event.end : dates.start]
    if not _APPOSITION.match(gap) or _COMPARING.search(gap):
        return False
    said = dates.ref.period
    year = event.ref.year or said.start.year
    return any(
        said.start <= days.end + _NEAR and days.start - _NEAR <= said.end
        for days in event_days(event.ref.event, year)
    )


# "pre-Ramadan", "post Christmas": the time about a festival, said of a period named
_BESIDE = patterns.compile(r"(?:\bpre|\bpost)[\s-]?$", re.IGNORECASE)


def events_described(
    text: str, mentions: list[PeriodMention]
) -> tuple[list[PeriodMention], list[tuple[int, int]]]:
    """MENTIONS without each festival said as the time before or after it ("pre-Ramadan"),
    and the spans of those words (prefix and festival) where another period is said: they
    describe it. Alone, how long before or after is unsaid: its words stay unexplained."""
    kept, described = [], []
    for m in mentions:
        before = _BESIDE.search(text[max(0, m.start - 5) : m.start])
        if not (isinstance(m.ref, DayEventRef) and before):
            kept.append(m)
        elif len(mentions) > 1:
            described.append((m.start - len(before.group(0)), m.end))
    return kept, described
