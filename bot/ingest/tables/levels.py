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

from bot.facts.model import Period
from bot.facts.periods.words import NUMBER_PATTERN, count_of
from bot.ingest import lexicon as lx
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
_AT_END = re.compile(r"\bend\s+of\s+(?:the\s+)?(?:period|year|quarter)\b|\bclosing\b", re.I)


def _report_end(text: str, published: date) -> date | None:
    """The last day of a span the report says ended ("the thirteen weeks ended November 1,
    2025"), before the table."""
    ends = [
        t.ref.period.end
        for t in find_times(text, published)
        if _SPAN_ENDED.search(t.text) and getattr(t.ref, "period", None) is not None
    ]
    return max(ends) if ends else None


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
    return None


def at_level(label: str, level: str | None) -> bool:
    """A row of the level itself at the period's beginning or end ("Stores, end of period")."""
    return (
        bool(level)
        and level in label.lower()
        and bool(_AT_START.search(label) or _AT_END.search(label))
    )
