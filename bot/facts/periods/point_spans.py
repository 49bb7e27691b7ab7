"""A span named by a month's end and a year's end said apart: "between end-September and
year-end 2025", "from end-Sept 2025 to end-2025". Each end is a point, a month's or a
calendar year's last day; together they are the span after the first up to the second,
as the grammar reads "between end-June and end-December 2025" in one phrase. Read apart,
the month's end was lost (no year of its own beside a named one) or read as the month.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot import patterns
from bot.facts.model import Period
from bot.facts.periods.arithmetic import month_end, spans_months
from bot.facts.periods.references import ExactRef, MonthEndRef, PeriodMention, YearRef

_END = r"(?:the\s+)?end(?:\s+of\s+(?:the\s+)?|-|\s+)"
# "between end-", "from the end of": the first end, its word "end" before its period
_OPENING = patterns.compile(rf"\b(?:between|from)\s+(?P<end>{_END})?$", re.IGNORECASE)
# " and ", " to end-", " until the end of ": the link, and the second end's word "end"
_LINK = patterns.compile(
    rf"\s+(?:and|to|until|till|through|thru)\s+(?P<end>{_END})?", re.IGNORECASE
)
# "end-2025", "year-end 2025", "end of 2025": a year's end said in its own phrase
_YEAR_END = patterns.compile(r"^(?:(?:year|yr)[\s-]*)?end\b", re.IGNORECASE)


def spans_between_points(found: list[PeriodMention], text: str) -> list[PeriodMention]:
    """FOUND with each pair of neighbouring points that open and close a span ("between A
    and B", "from A to B") read as that span, from the word that opens it."""
    out: list[PeriodMention] = []
    for mention in found:
        joined = _joined(out[-1], mention, text) if out else None
        if joined is None:
            out.append(mention)
        else:
            out[-1] = joined
    return out


def _joined(first: PeriodMention, then: PeriodMention, text: str) -> PeriodMention | None:
    opening = _OPENING.search(text, 0, first.start)
    link = _LINK.fullmatch(text, first.end, then.start)
    if opening is None or link is None:
        return None
    late = _year_end(then, bool(link["end"]))
    early = _month_end(first, bool(opening["end"]), late.year) if late else None
    if late is None or early is None:
        return None
    if early >= late:
        early = month_end(early.year - 1, early.month)  # ("end-December and year-end 2025")
    span = ExactRef(Period(early + timedelta(days=1), late))
    start = opening.start()
    return PeriodMention(span, start, then.end, text[start : then.end])


def _year_end(mention: PeriodMention, end_said: bool) -> date | None:
    """The last day of a calendar year said as its end ("year-end 2025", "end-2025")."""
    match mention.ref:
        case YearRef(year, fiscal) if not fiscal and (end_said or _YEAR_END.match(mention.text)):
            return date(year, 12, 31)
    return None


def _month_end(mention: PeriodMention, end_said: bool, year: int) -> date | None:
    """The last day of a month said as its end: "end-September" (of YEAR, which it does
    not say), or "end-Sept 2025". (Two years' ends, or a year's end before a month's, are
    read as two points already, and set against each other so.)"""
    match mention.ref:
        case MonthEndRef(month):
            return month_end(year, month)
        case ExactRef(period) if end_said and spans_months(period, 1):
            return period.end
    return None
