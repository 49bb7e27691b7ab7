"""Totals since a launch or a day ("sold 61,000 since launch"): lifetime figures and their
periods."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.facts.model import Kind, Period
from bot.facts.periods import CALENDAR, FiscalCalendar
from bot.ingest.clauses.context import Slot
from bot.ingest.figures import Figure
from bot.ingest.metric_names import Metric
from bot.ingest.spans import resolve_time
from bot.ingest.timing import TimeMention, find_times

_SINCE = re.compile(
    r"\bsince\s+(?:(?:its|their|the|his|her)\s+)?(?:(?:market\s+)?(?:launch|debut|introduction"
    r"|release|premiere|start\s+of\s+sales|inception)\s+)?(?:(?:in|on)\s+|\()?$"
    # "since launching buy-online-pickup-in-store in March 2022"
    r"|\bsince\s+(?:first\s+)?(?:launching|introducing|releasing|opening|starting)"
    r"(?:\s+[\w+-]+){0,4}\s+(?:in|on)\s+$"
    r"|\bsince\s+(?:it|they|the\s+\w+)\s+(?:went|came|was|were|first\s+went)\s+\w+(?:\s+\w+)?"
    r"(?:\s+(?:in|on))?\s+$"
    # "since we launched the Loop in September 2021": a launch told as a clause
    # ("since the brand launched in June 2022")
    r"|\bsince\s+(?:we|it|they|the\s+(?:company|brand|format|chain|product|service|app|platform)"
    r"|(?:its|our|their)\s+\w+)\s+(?:first\s+)?(?:launched|introduced|released"
    r"|debuted|unveiled|started\s+selling)(?:\s+(?:the|our|its|their)?\s*[\w+-]+(?:\s+[\w+-]+)?)?"
    r"\s+(?:in|on)\s+$"
    # "since the company's first deliveries in June 2019", "since its founding in 2014",
    # "since the brand's first delivery in April 2019", "since our first car in April 2019"
    # ("since our very first delivery in Singapore in August 2016": where, then when)
    r"|\bsince\s+(?:(?:its|their|our|the\s+\w+['’]s|the)\s+)?(?:very\s+)?(?:first\s+[\w-]+"
    r"(?:\s+[\w-]+)?|founding|foundation|establishment)(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
    r"\s+(?:in|on)\s+$"
    r"|\bsince\s+(?:it|we|they|the\s+company)\s+(?:was|were)\s+(?:founded|established)"
    r"\s+(?:in|on)\s+$"
    # "since it began operations in January 1996", "since the port opened in 2004"
    # ("since series production began in 2019": a start named in two words)
    r"|\bsince\s+(?:it|we|they|(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:first\s+)?"
    r"(?:began|started|commenced|opened)"
    r"(?:\s+(?:operations|operating|trading|service|production|business))?\s+(?:in|on)\s+$"
    r"|\bsince\s+(?:its|our|their|the)\s+(?:opening|start\s+of\s+operations)\s+(?:in|on)\s+$"
    # a start told as any clause of the company's own past: "since we began flight-hour
    # contracts in 2012", "since it handed over its first, the X, in March 1996", "since our
    # listing in March 2017" (a total counted from then, never a figure of that year)
    r"|\bsince\s+(?:we|it|they|the\s+company|the\s+group)\s+(?:first\s+)?"
    r"(?:[a-z]+ed|began|begun|built|made|won|took|went|set|sold|shipped|flew|ran|grew)\b"
    r"[^.;:!?]{0,60}?\s(?:in|on)\s+$"
    r"|\bsince\s+(?:its|our|their|the\s+company['’]s|the\s+group['’]s)\s+[\w-]+"
    r"(?:\s+[\w-]+)?\s+(?:in|on)\s+$",
    re.IGNORECASE,
)
_PERIOD_END = re.compile(
    r"\b(?:at|by|as\s+of|through|to)\s+the\s+end\s+of\s+(?:the|this|that|last)\s+"
    r"(?P<unit>year|quarter|period|half|month|fiscal\s+year)\b",
    re.IGNORECASE,
)
END_DAY = re.compile(r"\b(?:as\s+of|as\s+at|through|to|at|by|on)\s+(?:the\s+end\s+of\s+)?$", re.I)


# A sentence opening on a "since" clause that tells any start ("Since our first kiln fired
# up in Aalborg in May 2009, we have sold ...", "Since entering Chile in 2014, it has
# opened ..."), its main clause in the perfect: the time starts a running total. (A "since"
# of cause, "Since demand recovered in March, revenue was ...", has no perfect after it.)
_SINCE_CLAUSE = re.compile(r"^\W*since\s+(?:[^\s,.;:!?()]+\s+){1,8}?(?:in|on)\s+$", re.I)
_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|also\s+|already\s+)?[a-z]+(?:ed|en|wn|ld|lt|nt|de|ne|ht)\b", re.I
)


# A start told apart from "since": in an apposition before a total in the perfect ("the Vela
# app, launched in May 2022, has now handled ..."), after the total ("..., counting from its
# launch in March 2021"), or in the clause before "since then" ("We sold our first kayak in
# March 2014; since then we have sold ...")
_STARTED_APPOSED = re.compile(
    r",\s+(?:(?:the|a|an|its|our)\s+[^,;]{0,40}?\s+)?(?:which\s+(?:was\s+)?)?"
    r"(?:launched|opened|introduced|debuted|started)\s+(?:in|on)\s+$",
    re.IGNORECASE,
)
_COUNTED_FROM = re.compile(
    r"\bcount(?:ed|ing)\s+from\s+(?:(?:its|their|the|our)\s+)?(?:[\w-]+\s+)?"
    r"(?:launch|opening|start|debut|introduction)\s+(?:in|on)\s+$",
    re.IGNORECASE,
)
SINCE_THEN = re.compile(r"[^.;:]{0,20}?[;,]\s*since\s+then\b", re.IGNORECASE)
_TOTAL_AFTER = re.compile(r",\s+(?:has|have|had)\s+(?:now\s+|already\s+)?[a-z]+ed\b", re.I)


def since_time(text: str, times: list[TimeMention]) -> TimeMention | None:
    """The time a running total starts from, or None: "since its launch in March 2021", a
    start told in an apposition or after the total, or before "since then"."""
    for t in times:
        if t.mode not in ("absolute", "day", "month"):
            continue
        if _SINCE.search(text, max(0, t.start - 70), t.start) or (
            _SINCE_CLAUSE.match(text[: t.start]) and _PERFECT.search(text, t.end)
        ):
            return t
        if _started_apart(text, t):
            return t
    return None


def _started_apart(text: str, t: TimeMention) -> bool:
    """T starts a running total told apart from a "since" phrase."""
    if _COUNTED_FROM.search(text, max(0, t.start - 70), t.start):
        return True  # "..., counting from its launch in March 2021"
    if SINCE_THEN.match(text, t.end) and _PERFECT.search(text, t.end):
        return True  # "our first kayak in March 2014; since then we have sold ..."
    # "the Vela app, launched in May 2022, has now handled ...": the total in the perfect
    return bool(
        _STARTED_APPOSED.search(text, max(0, t.start - 70), t.start)
        and _TOTAL_AFTER.match(text, t.end)
    )


# ("quarter-to-date", "month-to-date": a period so far, `to_days`, never a lifetime)
LIFETIME = re.compile(
    r"\b(?:lifetime|cumulative(?:ly)?|since\s+(?:its\s+|their\s+)?(?:launch|debut|release"
    r"|introduction)|all[\s-]time\s+sales|(?<!year[\s-])(?<!life[\s-])(?<!quarter[\s-])(?<!month[\s-])to[\s-]date)\b"
    r"|^\W*since\s+(?:its\s+|their\s+)?(?:launch|debut|release|introduction)\b",
    re.IGNORECASE,
)
LAUNCH = re.compile(
    r"\b(?:launch(?:ed)?|debut(?:ed)?|went\s+on\s+sale|released|introduced|first\s+shipped)\b"
    r"[^.;]{0,40}?\b(?:in|on)\s+$"
    r"|\bsince\s+(?:its|their|the)\s+$"
    # "sell-in since launch (Nov 2020)": the launch's date in brackets
    r"|\b(?:launch|debut|release|introduction)\s*\(\s*$",
    re.IGNORECASE,
)


def launch_date(text: str, published: date) -> date | None:
    """The one launch date a report states ("launched the Kira in March 2021", "since its
    March 2017 launch"): the start of a lifetime total it gives without one."""
    found = set()
    for t in find_times(text, published) if LIFETIME.search(text) else []:
        if t.mode not in ("absolute", "day", "month"):
            continue
        before = text[max(0, t.start - 70) : t.start]
        after = text[t.end : t.end + 12]
        if LAUNCH.search(before) or (
            re.search(r"\bsince\s+(?:its|their|the)\s+$", before, re.I)
            and re.match(r"\s+(?:launch|debut|release)", after, re.I)
        ):
            p = resolve_time(t, cal=CALENDAR, as_of=published, kind=Kind.ACTUAL, anchor=None)
            if p is not None:
                found.add(p.start)
            elif t.day is not None:
                found.add(t.day)
    return found.pop() if len(found) == 1 else None


_SO_FAR = re.compile(
    r"\b(?:has|have)\s+(?:now\s+)?[a-z]+(?:ed|ld|lt|wn|nt|de|ne)\b|\bsold\s+since\b", re.IGNORECASE
)


def cumulative_total(
    text: str,
    times: list[TimeMention],
    since: TimeMention | None,
    sl: Slot,
    cal: FiscalCalendar,
    anchor: Period | None,
    launch: date | None = None,
) -> Period | None:
    if since is not None and since.mode == "day" and since.day is not None:
        begin = Period(since.day, since.day)  # "released on July 24, 2025"
    elif since is not None:
        begin = resolve_time(
            since, cal=cal, as_of=sl.as_of or date.today(), kind=Kind.ACTUAL, anchor=None
        )
    else:
        begin = Period(launch, launch) if launch is not None else None
    if begin is None:
        return None
    end = None
    for t in times:
        if (
            since is not None
            and t.end <= since.start
            and t.mode != "day"
            and (
                _THROUGH_END.search(text, max(0, t.start - 30), t.start)
                or _END_OF.match(t.text)  # ("at the end of September": one mention)
            )
        ):
            # "has delivered 212 through the end of 2025 since it handed over its first in
            # March 1996": the end told before the start
            p = resolve_time(
                t, cal=cal, as_of=sl.as_of or date.today(), kind=Kind.ACTUAL, anchor=None
            )
            end = p.end if p is not None else end
            continue
        if t is since or (since is not None and t.start < since.end and t.mode != "day"):
            continue
        if since is None and t.mode != "day":
            # with no "since" phrase, only a day ends the total ("as of Dec 31"), or the end
            # of a month or year ("at the end of September")
            if _END_OF.match(t.text):
                p = resolve_time(
                    t, cal=cal, as_of=sl.as_of or date.today(), kind=Kind.ACTUAL, anchor=anchor
                )
                end = p.end if p is not None else end
            continue
        if t.mode == "day" and t.day is not None:
            if END_DAY.search(text, max(0, t.start - 25), t.start):
                end = t.day
        elif t.start > since.end:
            p = resolve_time(
                t, cal=cal, as_of=sl.as_of or date.today(), kind=Kind.ACTUAL, anchor=anchor
            )
            end = p.end if p is not None else end
    stated = _PERIOD_END.search(text)
    if end is None and stated is not None and anchor is not None:
        end = anchor.end  # "at the end of the year": the year the report is about
    if (
        end is None
        and anchor is not None
        and _SO_FAR.search(text)
        and anchor.end - begin.start > timedelta(days=400)
    ):
        # "has fulfilled 9.6 million since launching it in March 2022", "212k units sold
        # since launch (Mar 2023)": up to the end of the period the report is about (never
        # a span a quarter or a year could be mistaken for)
        end = anchor.end
    if (
        end is None
        and since is not None
        and sl.as_of is not None
        and _CUMULATIVE_WORD.search(text)
        and _SINCE_FIRST.search(text, max(0, since.start - 40), since.start)
        and sl.as_of - begin.start > timedelta(days=400)
    ):
        # "Cumulative deliveries since our first car in April 2019: 1,156,720", posted on 1
        # January: the company's running total up to the day before it was stated (a
        # product's total since its launch is left to the day the text gives)
        end = sl.as_of - timedelta(days=1)
    if end is None or end <= begin.start:
        return None
    return Period(begin.start, end)


_THROUGH_END = re.compile(
    r"\b(?:through|to|by|at|as\s+of|until)\s+the\s+end\s+of\s+(?:fiscal\s+|the\s+year\s+)?$",
    re.IGNORECASE,
)
_END_OF = re.compile(r"(?:through|to|by|at|as\s+of|until)\s+the\s+end\s+of\b", re.IGNORECASE)
_SINCE_FIRST = re.compile(r"\bsince\s+(?:\S+\s+){0,2}first\b", re.IGNORECASE)
_CUMULATIVE_WORD = re.compile(r"\bcumulative(?:ly)?\b|\bin\s+total\b", re.IGNORECASE)


# the perfect right before a running total: "has shipped more than", "have bought" (a
# company's own doing since a start, whatever it counts; "a cumulative 2.6 million" is read
# by the lifetime rules)
_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|also\s+|already\s+|since\s+)?(?P<verb>[a-z]+(?:ed|wn|lt|nt"
    r"|de|ne|ught|ld))\s+(?:(?:more\s+than|over|some|about|around|nearly|almost"
    r"|a\s+total\s+of)\s+)?$",
    re.IGNORECASE,
)
# what the total counts: up to two lower-case words of kind, then a plural noun
_THINGS_AFTER = re.compile(
    r"\s+(?:(?:million|mn|mln|m|billion|bn|thousand|k|lakh|crore)\s+)?"
    r"(?P<mods>(?:[a-z][a-z-]+\s+){0,2}?)(?P<noun>[a-z][a-z-]{2,}s)\b"
)
# nouns of no things counted ("more than 10 years", "5 million times"), or of a product's
# own units, which the rules of things sold name by the product ("the Strider has sold
# 18,000 units")
_NO_THINGS = frozenset("years months weeks days hours times percent points units".split())


def running_count(text: str, f: Figure, times: list[TimeMention]) -> Metric | None:
    """ "Since its launch in March 2019, the airline has carried more than 250 million
    guests": a running total of things since a start the sentence tells, counted whatever
    they are (the vocabulary of things sold need not list them), named by the things and
    the verb ("guests carried"); None for anything else."""
    if f.unit != "units":
        return None
    verb = _PERFECT_BEFORE.search(text, max(0, f.start - 60), f.start)
    things = _THINGS_AFTER.match(text, f.end) if verb is not None else None
    if verb is None or things is None or things["noun"].lower() in _NO_THINGS:
        return None
    if since_time(text, times) is None and not LIFETIME.search(text):
        return None
    mods = " ".join((things["mods"] or "").lower().split())
    name = " ".join([*([mods] if mods else []), things["noun"].lower(), verb["verb"].lower()])
    return Metric(name, "units", None, (), name)
