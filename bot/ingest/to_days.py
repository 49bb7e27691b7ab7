"""A year, quarter or month so far, told to a day: "quarter-to-date sales through 15
December", "the fourth quarter through 20 November", "month-to-date, November sales through
the 20th", "year to date, up to 30 September". A trading update counts a period under way
to the day it speaks of, so the figure's period runs from the first day of that year,
quarter or month (the company's own year and quarter: `spans.resolve_time`) to that day,
never the whole period nor the day alone.

A day is read so only where the sentence says which period runs to it: a to-date phrase
before it ("quarter-to-date", "the year so far"), or the period itself right before
"through" ("the fourth quarter through", "November sales through the 20th"). A bare
"through 15 December" says no more than the day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from bot.ingest.timing import MONTH_NUMBERS, MONTH_PATTERN, TimeMention, last_day_before

MODE = "to-day"  # a TimeMention's mode: `word` the unit, `day` the last day

# "quarter-to-date", "QTD", "the year so far", "month to date"
_TO_DATE = re.compile(
    r"\b(?P<unit>year|quarter|month)[\s-]+(?:to[\s-]+date|so\s+far)\b"
    r"|\b(?P<code>[YQM])TD\b",
    re.IGNORECASE,
)
_CODES = {"y": "year", "q": "quarter", "m": "month"}
# "through 15 December", "up to December 15", "until the 20th"
_THROUGH = re.compile(r"\b(?:through|thru|up\s+to|until|till)\s+(?:the\s+)?$", re.IGNORECASE)
# "the fourth quarter through", "Q4 sales through": the quarter named right before
_QUARTER_THROUGH = re.compile(
    r"\b(?:(?:first|second|third|fourth|current|1st|2nd|3rd|4th)\s+quarter|Q[1-4])"
    r"(?:\s+[a-z][\w-]*){0,2}\s+(?:through|thru|up\s+to|until|till)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "through the 20th": a day of the month the sentence named before it
_ORDINAL_DAY = re.compile(
    r"\b(?:through|thru|up\s+to|until|till)\s+the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b",
    re.IGNORECASE,
)
# "20 November", "November 20": a day of the latest such month by the statement
_DAY = re.compile(
    rf"(?P<d>[0-3]?\d)\s+(?P<m>{MONTH_PATTERN})(?!\w)|(?P<m2>{MONTH_PATTERN})\s+(?P<d2>[0-3]?\d)(?!\d)",
    re.IGNORECASE,
)


def _day_of(m: re.Match[str], published: date) -> date | None:
    month = MONTH_NUMBERS.get((m["m"] or m["m2"]).lower().rstrip(".")[:3])
    day = int(m["d"] or m["d2"])
    return None if month is None else last_day_before(published, month, day)


# (the sentence's words between the to-date phrase and its day: one clause at most)
_GAP = 90


def to_days(text: str, found: list[TimeMention], published: date) -> list[TimeMention]:
    """FOUND with each day a sentence counts a period so far to made a mention of that span
    (MODE), and the grammar's reading of "the fourth quarter through 20 November" as a
    quarter ending in November dropped."""
    out = list(found)
    for k, t in enumerate(out):
        if t.mode != "day" or t.day is None or not _THROUGH.search(text, 0, t.start):
            continue
        unit = _unit_before(text, t.start)
        if unit is not None:
            out[k] = replace(t, mode=MODE, word=unit)
    for q in _QUARTER_THROUGH.finditer(text):
        day = _DAY.match(text, q.end())
        at = next((k for k, t in enumerate(out) if t.start < q.end() <= t.end), None)
        if day is None or at is None or out[at].mode != "quarter":
            continue
        # "the fourth quarter through 20 November": the grammar's quarter ending in November
        last = _day_of(day, published)
        if last is not None:
            t = out[at]
            span = text[t.start : day.end()]
            out[at] = TimeMention(t.start, day.end(), span, MODE, word="quarter", day=last)
            out = [o for o in out if not (o is not out[at] and day.start() <= o.start < day.end())]
    for m in _ORDINAL_DAY.finditer(text):
        month = next(
            (t for t in reversed(out) if t.mode == "month" and t.day and t.end <= m.start()),
            None,
        )
        if month is None or m.start() - month.end > 40 or month.day is None:
            continue
        try:
            last = date(month.day.year, month.day.month, int(m["d"]))
        except ValueError:
            continue
        at = out.index(month)
        span = text[month.start : m.end()]
        out[at] = TimeMention(month.start, m.end(), span, MODE, word="month", day=last)
    return out


def _unit_before(text: str, start: int) -> str | None:
    """The period a to-date phrase shortly before START counts ("quarter-to-date")."""
    phrases = list(_TO_DATE.finditer(text, max(0, start - _GAP), start))
    if not phrases:
        return None
    m = phrases[-1]
    return _CODES[m["code"].lower()] if m["code"] else m["unit"].lower()
