"""A plan for a level on a day: "a goal of 70,000 clients by May 31, 2028", "to lift
occupancy to 94% by 31 March 2027", "450 funeral homes by the end of fiscal 2027". What the
company means to have (or be at) on that day, never a year's flow: the plan counts on the
day named, or on the last day of the period whose end it names."""

from __future__ import annotations

import re

from bot.facts import reporting
from bot.facts.model import Kind
from bot.ingest import lexicon as lx
from bot.ingest.breaks import clause_start
from bot.ingest.clauses.context import Slot
from bot.ingest.figures import Figure
from bot.ingest.metric_names import Metric
from bot.ingest.timing import MONTH_PATTERN, TimeMention

# the counted noun phrase right after the figure, then "by" and the day ("70,000 production
# seats by March 31, 2027"), or "by the end of" a period; a plan may also say the day it
# counts on with "at" ("to operate 29 hospitals at 30 June 2026", "4,960 licensed beds at
# the end of the financial year"): the same level on the same day
_BY = re.compile(
    r"(?P<noun>(?:\s+[A-Za-z][\w&'’-]*){0,6}?)\s+(?:by|at|as\s+(?:at|of))\s+"
    r"(?P<end>(?:the\s+)?end[\s-]+(?:of\s+)?)?",
    re.IGNORECASE,
)
# a verb of a flow before the figure: "sell 1 million cars by ...", "deliver 500 aircraft by
# ...": a running total to that day, read elsewhere, never a level
_FLOW_VERB = re.compile(
    r"\b(?:sell|sold|selling|ship|shipped|shipping|deliver|delivered|delivering|produce"
    r"|produced|producing|build|built|generate|generated|install|installed|open|opened|opening"
    r"|add|added|adding|cut|save|saving|invest|spend|raise|return)\b",
    re.IGNORECASE,
)
# a ratio of a period's flow, never a level on a day ("an EBIT margin of 11% by ...")
_FLOW_RATIO = re.compile(
    r"\b(?:growth|change|increase|decrease|decline|rise|fall|margin|return|yield|rate"
    r"|ratio|payout|share)\b",
    re.IGNORECASE,
)
# a verb of having or reaching a number right before the figure ("to reach 70,000 production
# seats", "the goal of reaching 450 funeral homes", "to operate 1,200 stores"): a level, even
# of things a company may also sell
_LEVEL_VERB = re.compile(
    r"\b(?:reach|reaches|reaching|have|having|operate|operating|run|running|grow\s+to"
    r"|growing\s+to|expand\s+to|expanding\s+to|lift\s+\w+\s+to|take\s+\w+\s+to"
    r"|bring\s+\w+\s+to)\s+(?:(?:about|around|some|nearly|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
# a label line before the figure: "Retail doors goal unchanged: 3,000 by end of FY26"
_LABEL = re.compile(r"[\s*•-]*(?P<label>[A-Za-z][\w&'’ -]{1,50}?)\s*:\s*")
# a plan's own words in a label (the kind nouns, and what became of the plan): what is
# planned is named by the rest
_PLAN_WORDS = re.compile(
    r"\s+(?:"
    + "|".join(sorted(lx.KIND_NOUNS, key=len, reverse=True))
    + r"|unchanged|reiterated|raised|lowered|new)\b.*$",
    re.IGNORECASE,
)
_LEVEL_NOUN = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in sorted(lx.LEVEL_PLURAL, key=len, reverse=True))
    + r"|capacity|in\s+service|in\s+operation|under\s+\w+(?:\s+\w+)?)$",
    re.IGNORECASE,
)


def planned_level(text: str, times: list[TimeMention], sl: Slot) -> str | None:
    """The things a plan means to hold by a day its clause names (SL's count, "" for a
    ratio): None for any other figure.

    "by <a day>" dates the plan for any count whose head noun the vocabulary does not name
    as a flow (sales, deliveries, production, revenue) and is no product, and any ratio of
    no flow; "by the end of <a period>" a count of things held ("stores", "funeral homes",
    "capacity", "units in service"), never a product's."""
    if sl.kind not in (Kind.TARGET, Kind.FORECAST) or sl.metric is None:
        return None
    if sl.fig.unit not in ("units", "percent"):
        return None
    m = _BY.match(text, sl.fig.end)
    if m is None or m.end() > sl.right + 40:
        return None
    # (a time read whole with its "end": "by end-2026")
    starts = (m.end(), m.start("end") if m["end"] else m.end())
    at = next((t for t in times if t.start in starts), None)
    if at is None:
        return None
    end_of = bool(m["end"]) or at.text.casefold().startswith("end")
    noun = " ".join(w for w in m["noun"].split() if w.lower() not in ("of", "the")).strip()
    if sl.fig.unit == "percent":
        # ("to lift occupancy to 94% by 31 March 2027": its name is the ratio's)
        plain = not noun and at.mode == "day" and not end_of
        return "" if plain and not _FLOW_RATIO.search(sl.metric.name) else None
    if not noun:
        # "Retail doors: 20,000 by the end of FY2027": the label names what is held
        label = _LABEL.fullmatch(text, 0, sl.fig.start)
        noun = _PLAN_WORDS.sub("", label["label"]).strip() if label else ""
    if not noun or _FLOW_VERB.search(text, clause_start(text, sl.fig.start), sl.fig.start):
        return None
    held = " ".join((m["noun"] or noun).split()).lower()
    if _LEVEL_NOUN.search(held):
        return held
    # the head noun: the last word before a preposition ("doses of annual capacity")
    head = re.split(r"\s+(?:of|in|on|at|for|under|across)\s+", held)[0].split()[-1]
    reached = _LEVEL_VERB.search(text, max(0, sl.fig.start - 40), sl.fig.start) is not None
    if (
        reporting.family_of(head) is not None
        or head in ("unit", "units")
        or (not reached and (head in lx.PLURAL_TO_SINGULAR or head in lx.PRODUCTS))
    ):
        return None  # "1.2 million units by ...", "2 million cars by ...": things sold
    return held if at.mode == "day" or end_of else None


# a plan's own words in the figure's clause: "targets", "aims to have", "a goal of",
# "expects to operate"
_PLAN_CUE = re.compile(
    r"\b(?:target(?:s|ed|ing)?|aim(?:s|ed|ing)?|goal|ambition|plan(?:s|ned|ning)?"
    r"|expect(?:s|ed|ing)?|on\s+track)\b",
    re.IGNORECASE,
)
# the day after "by": "30 June 2026", "June 30, 2026" (a month or a year alone names no
# day, and a day without its year may be any year's)
_DAY_AFTER = re.compile(
    rf"\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_PATTERN})|(?:{MONTH_PATTERN})\s+\d{{1,2}}"
    r"(?:st|nd|rd|th)?,?)\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
# or the period whose end it names: "by the end of 2027", "by the end of FY2027"
_PERIOD_AFTER = re.compile(r"\s*(?:(?:19|20)\d\d|FY|fiscal|financial|the\s+)", re.IGNORECASE)


# words that make the things planned an addition, never a level ("500 new stores by 2027")
_ADDED = frozenset("new additional more further net extra".split())


def planned_by(text: str, f: Figure) -> bool:
    """A few words after F name a day a plan is to reach it by: "1,550 MW of capacity in
    service by 31 December 2026", "9 GW of installed capacity by the end of 2030"."""
    m = _BY.match(text, f.end)
    return m is not None and (
        _DAY_AFTER.match(text, m.end()) is not None
        or (m["end"] is not None and _PERIOD_AFTER.match(text, m.end()) is not None)
    )


def planned_holding(text: str, f: Figure) -> Metric | None:
    """ "targets 31,000 machines in operation by 30 June 2026", "its target of 12,000 rooms
    by the end of 2027": what a plan means to hold on a day, named by the words between the
    figure and "by", whether or not the vocabulary knows them; None for anything else (a
    flow the clause sells or builds by then, an addition, a measure the vocabulary names)."""
    if f.unit != "units":
        return None
    m = _BY.match(text, f.end)
    if m is None or not (
        _DAY_AFTER.match(text, m.end()) or (m["end"] and _PERIOD_AFTER.match(text, m.end()))
    ):
        return None
    clause = clause_start(text, f.start)
    if not _PLAN_CUE.search(text, clause, f.start) or _FLOW_VERB.search(text, clause, f.start):
        return None
    words = [w for w in m["noun"].split() if w.lower() not in ("of", "the")]
    if not words or not words[0][:1].islower() or words[0].lower() in _ADDED:
        return None
    name = " ".join(words).lower()
    if reporting.family_of(name) is not None or words[-1].lower() in ("unit", "units"):
        return None  # ("1.2 million units by 2027", "deliveries": flows, read elsewhere)
    return Metric(name, "units", None, (), name)


# "350 hectares under cover by the end of FY2027": a plan's level by a period's end
_BY_AN_END = re.compile(r"(?:\s+[A-Za-z][\w&'’-]*){0,6}?\s+by\s+(?:the\s+)?end\b", re.I)


def planned_by_an_end(text: str, sl: Slot) -> bool:
    """SL is a plan for a level by the end of a period its clause names (never counted on
    a day another clause names)."""
    return (
        sl.kind in (Kind.TARGET, Kind.FORECAST) and _BY_AN_END.match(text, sl.fig.end) is not None
    )
