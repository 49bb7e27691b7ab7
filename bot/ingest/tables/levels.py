"""A table of a level and how it moved, a retailer's store count:

                                    Thirteen Weeks    Thirty-Nine Weeks
    Stores, beginning of period            415               419
    Opened                                   6                11
    Closed                                  (9)              (18)
    Stores, end of period                  412               412

A column headed by a bare span ("Thirteen Weeks") covers the span that ends where the
report's own period of that length ends ("the thirteen weeks ended November 1, 2025"); a
row at the beginning of the period is the level the day before it starts, one at its end
the level on its last day; "Opened" and "Closed" are the level's openings and closures over
the span (a closure written in brackets is no negative count)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from bot.facts import reporting
from bot.facts.model import Period
from bot.facts.periods.words import NUMBER_PATTERN, count_of
from bot.ingest import lexicon as lx
from bot.ingest.figures import Figure
from bot.ingest.tables.cells import counted_change
from bot.ingest.timing import find_times

_BARE_SPAN = re.compile(
    rf"(?:the\s+)?(?P<n>{NUMBER_PATTERN})[\s-](?P<unit>weeks?|months?)(?:\s+ended)?",
    re.IGNORECASE,
)
_SPAN_ENDED = re.compile(
    r"(?P<n>\w+(?:[\s-]\w+)?)[\s-](?P<unit>weeks?|months?)\s+(?:ended|ending|to)\b", re.I
)
_AT_START = re.compile(
    r"\b(?:beginning|start)\s+of\s+(?:the\s+)?(?:period|year|quarter)\b|\bopening\b", re.I
)
_AT_END = re.compile(r"\bend\s+of\s+(?:the\s+)?(?:period|year|quarter)\b|\bclosing\b|\bEOP\b", re.I)


def _report_end(text: str, published: date) -> date | None:
    """The last day of a span the report says ended ("the thirteen weeks ended November 1,
    2025"), before the table."""
    ends = [
        t.ref.period.end
        for t in find_times(text, published)
        if _SPAN_ENDED.search(t.text) and getattr(t.ref, "period", None) is not None
    ]
    return max(ends) if ends else None


# a span and the year it ends in: "26 weeks 2025", "52 weeks 2024" (a 52/53-week retailer's
# column headings), never the calendar year the year alone names
_SPAN_YEAR = re.compile(
    rf"(?:the\s+)?(?P<n>{NUMBER_PATTERN})[\s-](?P<unit>weeks?)\s+(?P<year>(?:19|20)\d\d)",
    re.IGNORECASE,
)


def _spans_ended(text: str, published: date, n: int) -> list[Period]:
    """The spans of N weeks the report says ended ("the 26 weeks ended 27 December 2025")."""
    out = []
    for t in find_times(text, published):
        m = _SPAN_ENDED.search(t.text)
        period = getattr(t.ref, "period", None)
        if m is None or period is None or count_of(m["n"].split()[-1]) != n:
            continue
        if m["unit"].lower().startswith("week"):
            out.append(period)
    return out


def year_span_columns(columns: list, header: list[str], text: str, published: date) -> list:
    """COLUMNS headed by a span of weeks and a year ("26 weeks 2025") given the span of that
    length the report says ended in that year, or, a year on, ended in the next (its prior
    year's span, 52 weeks earlier); no period at all when the report says neither."""
    out, moved = list(columns), {}
    for k, c in enumerate(columns):
        m = _SPAN_YEAR.fullmatch(header[k].strip()) if k else None
        if m is None:
            continue
        n, year = count_of(m["n"]), int(m["year"])
        spans = _spans_ended(text, published, n)
        same = [p for p in spans if p.end.year == year]
        later = [p for p in spans if p.end.year == year + 1]
        if same:
            period = same[0]
        elif later:
            period = Period(
                later[0].start - timedelta(weeks=52), later[0].end - timedelta(weeks=52)
            )
        else:
            period = None
        moved[c.period] = period
        out[k] = replace(c, period=period, thing=None)
    # a change column beside them took the year their heading seemed to name
    return [
        replace(c, period=moved[c.period])
        if c.period in moved and not _SPAN_YEAR.fullmatch(header[k].strip())
        else c
        for k, c in enumerate(out)
    ]


def span_columns(columns: list, header: list[str], before: str, published: date) -> list:
    """COLUMNS with a bare span's heading ("Thirteen Weeks") given the span ending where the
    report's own period ends (BEFORE: the text above the table)."""
    bare = [
        k
        for k, c in enumerate(columns)
        if k and c.period is None and _BARE_SPAN.fullmatch(header[k].strip())
    ]
    end = _report_end(before, published) if bare else None
    if end is None:
        return columns
    out = list(columns)
    for k in bare:
        m = _BARE_SPAN.fullmatch(header[k].strip())
        n = count_of(m["n"])
        if m["unit"].lower().startswith("week"):
            start = end - timedelta(days=7 * n - 1)
        else:
            month = end.month - n + 1
            year = end.year + (month - 1) // 12
            start = date(year, (month - 1) % 12 + 1, 1)
        out[k] = replace(out[k], period=Period(start, end), thing=None)
    return out


def counted_level(caption: str, labels: list[str]) -> str | None:
    """The level a table counts, named by its caption ("STORE COUNT") or a row ("Stores,
    end of period")."""
    for words in (caption, *labels):
        for w in re.findall(r"[A-Za-z]+", words):
            if w.lower() in lx.LEVEL_PLURAL:
                return w.lower()
            if w.lower() in lx.LEVEL_PLURAL.values():  # "Store count": the singular
                return next(p for p, s in lx.LEVEL_PLURAL.items() if s == w.lower())
    return None


def movement(label: str, level: str | None) -> str | None:
    """ "Opened" -> "store openings", "Closed" -> "store closures" in a table of a level."""
    return counted_change(label.strip(), level) if level else None


def level_day(label: str, period: Period) -> Period | None:
    """The day a level row stands on: the day before the period for its beginning, the last
    day for its end; None for a row that says neither."""
    if _AT_START.search(label):
        day = period.start - timedelta(days=1)
        return Period(day, day)
    if _AT_END.search(label):
        return Period(period.end, period.end)
    day = _day_named(label, period.end)
    return Period(day, day) if day is not None else None


_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
# "at 31 December", "at June 30": a day a row counts its level on, its year left to the column
_AT_DAY = re.compile(
    r"\bat\s+(?:(?P<d1>\d{1,2})\s+(?P<m1>[a-z]{3})[a-z]*|(?P<m2>[a-z]{3})[a-z]*\.?\s+(?P<d2>\d{1,2}))\b",
    re.IGNORECASE,
)


def _day_named(label: str, end: date) -> date | None:
    """The day LABEL names, in the year of END (or the year before, when that day would come
    after END): "at 31 December" under 2025 is 31 December 2025."""
    m = _AT_DAY.search(label)
    if m is None or (m["m1"] or m["m2"]).lower() not in _MONTHS:
        return None
    month = _MONTHS.index((m["m1"] or m["m2"]).lower()) + 1
    try:
        day = date(end.year, month, int(m["d1"] or m["d2"]))
        return day if day <= end else date(end.year - 1, month, day.day)
    except ValueError:
        return None


def at_level(label: str, level: str | None) -> bool:
    """A row of the level itself at the period's beginning or end ("Stores, end of period")."""
    return (
        bool(level)
        and level in label.lower()
        and bool(_AT_START.search(label) or _AT_END.search(label))
    )


# a count's label that says it was done over a span, never held on a day: "sold",
# "opened", "new", "net additions", "visits" (the reporting vocabulary's flows, "sales",
# "orders", "deliveries", are told by held_count before this)
_FLOW_ROW = re.compile(
    r"\b(?:[a-z]+ed|new|net|gross|additions?|adds|openings?|closures?|visits|passengers"
    r"|average|avg"
    # ("Pass units": the generic word for things sold)
    r"|units?)\b"
    r"|\b(?:per|during|over|in\s+the)\b",
    re.IGNORECASE,
)
# a row's metric that names a sale: a count sold up to a day, no level held on it
SOLD_NAME = re.compile(r"\b(?:sold|delivered|shipped|produced|exported)$")
# what a count on a day holds, as a participle: "Towers owned", "Sites operated"
_HELD = re.compile(
    r"\b(?:owned|operated|leased|managed|installed|connected|franchised|contracted)\b", re.I
)
_PERCENT = re.compile(r"%|\bper\s?cent\b", re.IGNORECASE)


def held_count(label: str, f: Figure) -> bool:
    """A bare count under a day's column that names what is held, no flow: "Towers owned
    14,820", "Tenancies 24,450" under "30 Sep 2025" are levels on that day."""
    if f.unit != "units" or _PERCENT.search(label) or "%" in f.text:
        return False
    if reporting.family_of(label) is not None:
        return False  # "Deliveries", "Orders": a flow the vocabulary names
    return not _FLOW_ROW.search(_HELD.sub("", label))
