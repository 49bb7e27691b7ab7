"""A statement named by its occasion: "at the investor day", "as of the H1 call", "the
guidance from the March trading update".

People name when a figure was stated by the event it was given at rather than by a date.
The store knows those events only as the sources its facts quote: a title ("Brolga
Mobility Investor Day 2024: edited transcript …") and a publication date. An occasion
phrase names a source when the title has every word of it (a month or a year may match
the source's date instead); the question is then asked as of that source's date, the
way "as of 19 November 2024" is. A phrase that fits no source, or sources of different
dates, names nothing here and the question is read as it was written.

A period's results ("the FY26 guide at the Q2 results", "as of the H1 call") are named
by the period, whatever the release's title says ("second quarter fiscal 2026"): they
are what the company said soonest after that period ended.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bot import patterns
from bot.answering.reading import asks
from bot.answering.reading.cues import per_text
from bot.answering.reading.statement_dates import as_of_without_year
from bot.facts.model import Period, Source
from bot.facts.periods import (
    ExactRef,
    FiscalCalendar,
    HalfRef,
    PeriodMention,
    QuarterRef,
    YearRef,
    find_periods,
    resolve,
)
from bot.facts.periods.words import month_number

# The events figures are stated at, as people name them; the phrase is up to four words
# before one of these, after a determiner ("the Nov 2024 investor day", "its H1 call").
_EVENTS = (
    "call|calls|day|update|results|meeting|presentation|release|report|letter|announcement|"
    "briefing|webcast|conference|agm|cmd|notice|transcript|session|event|statement|filing|deck|"
    "slides|10-q|10-k|8-k|interview|newsletter|podcast|interims?|bulletin|episode|numbers|earnings"
)
# (the event words themselves, a typo's targets: "at its interim reuslts")
EVENT_WORDS = frozenset(
    w for w in _EVENTS.replace("?", "").split("|") if w.isalpha() and len(w) >= 4
)
# Words that end a name: "the time of the H1 call" names the call, not "time of the".
_GRAMMAR = r"(?:the|of|at|in|on|a|an|to|for|and|or|by|from|its|their)"
_OCCASION = patterns.compile(
    r"\b(?P<lead>(?:at|in|during|from|on|after|before|since|by|with|of|for|as\s+of)\s+)?"
    r"(?:the|its|their|his|her|that|[a-z][\w&.-]*['’]s)\s+"  # ("Ekholm's Q3 report")
    rf"(?P<name>(?:(?!{_GRAMMAR}\b)[^\s,;:?!()]+\s+){{0,4}}(?:{_EVENTS}))\b"
    r"(?!\s+period\b)",  # ("the interim period 2024": a half, no event)
    re.IGNORECASE,
)
_WORD = patterns.compile(r"[a-z0-9]+(?:-[a-z0-9]+)?")


@dataclass(frozen=True)
class Occasion:
    """A question's words naming one source's statement date ("at its Q3 results")."""

    start: int  # where the phrase (with its preposition) is in the question
    end: int
    stated: date  # the date of the one source it names


# Each event word as any match holds it (a text with none is not searched)
_EVENT_STEMS = tuple(w.removesuffix("s?") for w in _EVENTS.split("|"))
_EVENT_NOUN = patterns.compile(rf"(?:{_EVENTS})", re.IGNORECASE)


def names_an_event(word: str) -> bool:
    """Is WORD one of the events figures are stated at ("agm", "call", "10-q")?"""
    return _EVENT_NOUN.fullmatch(word) is not None


@per_text
def mentioned(text: str) -> bool:
    """Does TEXT name an event, or a day with no year? (A cheap test before the store is
    read.)"""
    return (
        patterns.may_hold(text, _EVENT_STEMS) and _OCCASION.search(text) is not None
    ) or as_of_without_year(text) is not None


def day_without_year(text: str, sources: Sequence[Source]) -> Occasion | None:
    """'as of 1 aug', 'as of mid-July': the day in the latest year some report of the
    company was published on or after it (a day after which nothing was said asks
    nothing of a revision); None where TEXT says no such day or no report is that late."""
    said = as_of_without_year(text)
    if said is None:
        return None
    start, end, month, day = said
    published = [s.published for s in sources if s.published]
    for year in sorted({d.year for d in published}, reverse=True):
        last = calendar.monthrange(year, month)[1]
        if (day or last) > last:
            return None
        when = date(year, month, day or last)
        if any(d >= when for d in published):
            return Occasion(start, end, when)
    return None


def find(text: str, sources: Sequence[Source]) -> Occasion | None:
    """The occasion phrase in TEXT that names sources of a single date, if there is one,
    or the day it says with no year."""
    for m in _OCCASION.finditer(text):
        words = _WORD.findall(m["name"].lower())
        dates = {s.published for s in sources if s.published and _names(words, s)}
        if len(dates) == 1:
            stated = dates.pop()
            # ("its AGM in May 2027": the month it was held in is said with it)
            return Occasion(m.start(), _held_in_end(text, m.end(), stated), stated)
    return day_without_year(text, sources)


_HELD_IN = patterns.compile(
    r"\s+(?:in|of|on)\s+(?P<month>[a-z]{3,9})\.?(?:\s+(?P<year>\d{4}))?\b", re.IGNORECASE
)


# The events a period's results are given at; a phrase with other words ("the Q2
# Bloomberg interview") must name its source by title instead.
_RESULTS = frozenset(
    "results result report reports call earnings release numbers print update statement "
    "announcement webcast presentation conference briefing filing 10-q 10-k 8-k deck slides "
    "interim interims quarterly fiscal financial trading investor".split()
)
# How long after a period ends its results may come out (annual reports take longest).
_RESULTS_WITHIN_DAYS = 120


def after_period(
    text: str,
    mentions: Sequence[PeriodMention],
    sources: Sequence[Source],
    cal: FiscalCalendar,
    *,
    expecting: bool = False,
    stated: Callable[[], Sequence[date]] = tuple,
) -> Occasion | None:
    """'the FY26 revenue guide at the Q2 results': the earliest statement made after the
    quarter (or half) the occasion names ended. The phrase's quarter takes its year from
    the other period the question names (Q2 of FY26); a last quarter or half may be the
    year's before ("the FY26 guide at the Q4 results": a year's guide is first given
    when the year before it closes). Only when the question names another period
    ("revenue at the Q2 results" asks for Q2 itself), or asks an expectation with no
    period (EXPECTING: "the delivery target at the Q2 results", the latest such results).
    STATED: the dates figures were given on, where a later report says when ("on August
    5, at the half-year results, we raised the range"): results the store holds no
    release of, read only when a period's results are named."""
    for m in _OCCASION.finditer(text):
        named = _period_named(m["name"])
        if named is None:
            continue  # ("the FY2024 results": the year's, given when it closed)
        ref, words = named
        if not words or not set(words) <= _RESULTS:
            continue
        others = [x for x in mentions if x.end <= m.start() or x.start >= m.end()]
        years = [y for y in (getattr(x.ref, "year", None) for x in others) if y]
        if len(others) == 1 and len(years) == 1:
            periods = _candidates(ref, years[0], getattr(others[0].ref, "fiscal", None), cal)
        elif (not others and expecting) or (others and not years):
            # ("the h1 revenue they gave at the half-year results": the latest such results)
            periods = _latest_held(ref, sources, cal)
        else:
            continue
        # a report whose title says the event ("… third quarter results") before any
        # other published after the period (a monthly update is no quarter's results)
        titled = [
            s.published
            for s in sources
            if s.published
            and any(
                _in_title(w, set(_WORD.findall(s.title.lower()))) for w in _titled_by(ref, words)
            )
        ]
        every = [s.published for s in sources if s.published]
        found = [
            first
            for published, said in ((titled, ()), (every, None))
            for period in periods
            if (first := _first_after(period, published, stated() if said is None else said))
        ]
        # ("its Q3 numbers in October 2024": the results given in the month said)
        held = [d for d in found if _held_in_end(text, m.end(), d) > m.end()]
        if held or found:
            first = (held or found)[0]
            return Occasion(m.start(), _held_in_end(text, m.end(), first), first)
    return None


# "the half-year results", "the interims": a first half's results (no period of their own
# in the grammar, where "half-year results" is an occasion)
_HALF_YEAR = patterns.compile(r"\b(?:half[-\s]?year(?:ly)?|interims?)\b", re.IGNORECASE)


# The words a first half's report is titled by ("Half-year results", "H1 2025 call",
# "Interim report"): "results" alone titles any period's
_HALF_TITLES = ("half-year", "half", "h1", "1h", "interim", "interims")


def _titled_by(ref: QuarterRef | HalfRef | YearRef, words: list[str]) -> Sequence[str]:
    """The title words that name a report of REF's results: the phrase's own, or for a
    half named by its own word ("the half-year results") a half's."""
    return _HALF_TITLES if isinstance(ref, HalfRef) and ref.year is None else words


def _period_named(name: str) -> tuple[QuarterRef | HalfRef | YearRef, list[str]] | None:
    """The quarter, half or year an occasion's NAME says ("Q2 results", "half-year
    results"), and its other words; None where it names no one such period."""
    inside = find_periods(name)
    if len(inside) == 1 and isinstance(inside[0].ref, (QuarterRef, HalfRef, YearRef)):
        rest = f"{name[: inside[0].start]} {name[inside[0].end :]}"
        return inside[0].ref, _WORD.findall(rest.lower())
    half = _HALF_YEAR.search(name)
    if not inside and half is not None:
        rest = f"{name[: half.start()]} {name[half.end() :]}"
        # ("the interims": the event's own word names the results, titled either way)
        return HalfRef(1, None), _WORD.findall(rest.lower()) or [half.group().lower(), "results"]
    return None


def _held_in_end(text: str, end: int, stated: date) -> int:
    """Where the occasion phrase ends: past "in August 2025" said right after it, when
    that is the month (and year) it was held in."""
    held = _HELD_IN.match(text, end)
    if held is None or month_number(held["month"]) != stated.month:
        return end
    return held.end() if held["year"] is None or int(held["year"]) == stated.year else end


def _latest_held(
    ref: QuarterRef | HalfRef | YearRef, sources: Sequence[Source], cal: FiscalCalendar
) -> list[Period]:
    """The quarters (or halves) REF may name, latest first, over the years the sources
    were published in (and the fiscal year after: a fiscal year may be named ahead), in
    the company's calendar and in the calendar year alike ("the Q1 trading update")."""
    if ref.year is not None:
        return resolve(ref, cal)[:1]
    held = sorted({s.published.year for s in sources if s.published}, reverse=True)
    years = dict.fromkeys(y for h in held for y in (h + 1, h, h - 1))
    found = list(dict.fromkeys(p for y in years for p in resolve(replace(ref, year=y), cal)))
    return sorted(found, key=lambda p: p.end, reverse=True)


def _candidates(
    ref: QuarterRef | HalfRef | YearRef, year: int, fiscal: bool | None, cal: FiscalCalendar
) -> list[Period]:
    if ref.year is not None:
        return resolve(ref, cal)[:1]
    fiscal = ref.fiscal if ref.fiscal is not None else fiscal
    last = ref.quarter == 4 if isinstance(ref, QuarterRef) else ref.half == 2
    years = (year, year - 1) if last else (year,)
    return [p for y in years for p in resolve(replace(ref, year=y, fiscal=fiscal), cal)[:1]]


def _first_after(period: Period, published: Sequence[date], stated: Sequence[date]) -> date | None:
    after = [d for d in (*published, *stated) if 0 < (d - period.end).days <= _RESULTS_WITHIN_DAYS]
    return min(after, default=None)


# "the investor day in May 2022", "its March 2022 investor day": a month of a year said
# inside the phrase or right after it
_MONTH_AFTER = patterns.compile(r"^\s*(?:in|on|of|from|back\s+in)\s+$", re.I)


def by_its_month(text: str) -> str | None:
    """TEXT with an occasion phrase the store holds no report of said as the month it gives
    ("at its investor day in May 2022" -> "as of May 2022"); None where no phrase has one."""
    months = [
        m
        for m in find_periods(text)
        if isinstance(m.ref, ExactRef) and 28 <= m.ref.period.days <= 31
    ]
    for o in _OCCASION.finditer(text):
        for m in months:
            inside = o.start() <= m.start and m.end <= o.end()
            after = m.start >= o.end() and _MONTH_AFTER.match(text[o.end() : m.start])
            if inside or after:
                end = max(o.end(), m.end)
                # ("the goal before the January 2026 strategy update": before that month)
                lead = "before" if asks.BEFORE.match(o["lead"] or "") else "as of"
                return f"{text[: o.start()]}{lead} {m.text}{text[end:]}"
    return None


def as_of(text: str, occasion: Occasion) -> str:
    """TEXT with the occasion phrase said as the date it names ("before the August update":
    the day before it, so the statement it replaced). A phrase with no preposition before
    it is who did something ("what did the April 2024 AGM approve"): "they", and the date
    said after the question."""
    stated = occasion.stated
    if asks.BEFORE.match(text, occasion.start):
        stated -= timedelta(days=1)
    phrase = _OCCASION.match(text, occasion.start)
    if phrase is not None and phrase["lead"] is None:
        rest = text[occasion.end :].rstrip()
        mark = "?" if rest.endswith("?") else ""
        said = f"{text[: occasion.start]}they{rest.removesuffix('?')}"
        return f"{said} as of {stated.isoformat()}{mark}"
    return f"{text[: occasion.start]}as of {stated.isoformat()}{text[occasion.end :]}"


# Events any statement is: "the June update" names what was said in June, whatever the
# source's title calls it, when the phrase dates it
_GENERIC = frozenset("update updates statement release results announcement".split())


def _names(words: list[str], source: Source) -> bool:
    """Does SOURCE have every word of the phrase: in its title or its publisher's name
    (or their initials: "AGM"), or as its date's month or year? A generic event word
    ('update') needs no place in the title when the phrase names the source's month or
    year."""
    ordered = _WORD.findall(f"{source.title} {source.publisher or ''}".lower())
    title = set(ordered) | _initials(ordered)
    when = source.published
    dated = False
    for word in words:
        if _in_title(word, title):
            continue
        if when is not None and (
            month_number(word) == when.month or (word.isdigit() and int(word) == when.year)
        ):
            dated = True
            continue
        if word in _GENERIC:
            continue
        return False
    return dated or all(_in_title(w, title) for w in set(words) & _GENERIC)


def _initials(words: list[str]) -> set[str]:
    """The initials of each run of two to four words ("agm" of "Annual General Meeting"):
    the short form an event is asked by."""
    return {
        "".join(w[0] for w in words[i : i + n])
        for n in (2, 3, 4)
        for i in range(len(words) - n + 1)
    }


def _in_title(word: str, title: set[str]) -> bool:
    """Is WORD in the title, in the singular or plural ("results" of "Half-year result")?"""
    return word in title or word.rstrip("s") in title or f"{word}s" in title
